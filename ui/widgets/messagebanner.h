#pragma once

#include <QFrame>

class QLabel;

namespace re::ui {

// An inline message inside a dialog (errors from core, notices): an icon and selectable text.
// Hidden while empty, so a dialog keeps its layout until there is something to say.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void clear();
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Level m_level = Level::Information;
};

} // namespace re::ui
