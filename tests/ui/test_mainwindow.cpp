#include "mainwindow.h"
#include "prompter.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

TEST(MainWindowShell, OpensAndClosesCleanly)
{
    re::ui::ScriptedPrompter prompter;
    re::ui::MainWindow window(prompter);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Restore Explorer"));
    EXPECT_TRUE(window.close());
    EXPECT_FALSE(window.isVisible());
}

TEST(MainWindowShell, QuitActionHasStandardShortcutAndClosesWindow)
{
    re::ui::ScriptedPrompter prompter;
    re::ui::MainWindow window(prompter);
    window.show();
    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    ASSERT_NE(quit, nullptr);
    EXPECT_FALSE(quit->shortcut().isEmpty());
    if (!QKeySequence(QKeySequence::Quit).isEmpty()) {
        EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    }
    quit->trigger();
    EXPECT_FALSE(window.isVisible());
}

TEST(MainWindowShell, StatusBarSaysNotConnected)
{
    re::ui::ScriptedPrompter prompter;
    re::ui::MainWindow window(prompter);
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    const bool found = std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->text() == QStringLiteral("Not connected") && !l->accessibleName().isEmpty();
    });
    EXPECT_TRUE(found);
}
