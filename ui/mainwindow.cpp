#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace re::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Restore Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/restore-explorer.svg")));
    resize(1100, 720);

    auto *placeholder = new QLabel(
        tr("No server connected.\nConnect to a Veeam Backup for Microsoft 365 server to browse "
           "its backups."),
        this);
    placeholder->setObjectName(QStringLiteral("emptyStateLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setAccessibleName(tr("Connection state"));
    setCentralWidget(placeholder);

    m_connectionStatus = new QLabel(tr("Not connected"), this);
    m_connectionStatus->setAccessibleName(tr("Connection status"));
    statusBar()->addPermanentWidget(m_connectionStatus);

    createActions();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Restore Explorer"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Restore Explorer"),
                       tr("<b>Restore Explorer %1</b><p>Browse, restore and save data backed up "
                          "by Veeam Backup for Microsoft 365.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace re::ui
