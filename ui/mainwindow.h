#pragma once

#include <QMainWindow>

class QLabel;

namespace re::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();

    QLabel *m_connectionStatus = nullptr;
};

} // namespace re::ui
