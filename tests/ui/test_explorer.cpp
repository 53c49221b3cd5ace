// The explorer against the real vb365-emulator: connecting (and the certificate question), the
// lazy tree down to a mail folder, explore/stop, the item filter, quit, and layout persistence.
#include "dialogs/exploredialog.h"
#include "dialogs/sessionlistdialog.h"
#include "dialogtesthelpers.h"
#include "api/client/apiclient.h"
#include "emulator_process.h"
#include "explorerapp.h"
#include "model/backuptreemodel.h"
#include "model/itemlistmodel.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "wait.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace re;
using namespace re::ui;
using NodeKind = BackupTreeModel::NodeKind;

namespace {

QModelIndex childOfKind(const QAbstractItemModel &model, const QModelIndex &parent, NodeKind kind,
                        const QString &name = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(NodeKindRole).toInt() == static_cast<int>(kind)
            && (name.isEmpty() || child.data().toString() == name))
            return child;
    }
    return {};
}

class ExplorerTest : public ::testing::Test
{
protected:
    void startEmulator(QStringList arguments)
    {
        arguments << QStringLiteral("--tenant") << QStringLiteral("demo") << QStringLiteral("--api")
                  << QStringLiteral("v5,v6,v7,v8");
        m_emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options {arguments});
        ASSERT_TRUE(m_emulator->start()) << m_emulator->errorString().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(*m_settings);
        m_app = std::make_unique<ExplorerApp>(m_store.get(), nullptr, m_prompter);
    }

    ServerProfile savedProfile()
    {
        ServerProfile profile = ServerProfile::create(m_emulator->url());
        profile.userName = m_emulator->user();
        EXPECT_TRUE(m_store->add(profile).hasValue());
        return profile;
    }

    // Connects over plain HTTP and waits until the window shows the server.
    void connectPlain()
    {
        startEmulator({});
        QSignalSpy connected(m_app.get(), &ExplorerApp::connected);
        m_app->connection().connectTo(savedProfile(), m_emulator->password());
        ASSERT_TRUE(connected.wait(15000));
        ASSERT_TRUE(m_app->window().isAttached());
    }

    MainWindow &window() { return m_app->window(); }
    BackupTreeModel &tree() { return *window().treeModel(); }

    QModelIndex waitForChild(const QModelIndex &parent, NodeKind kind, const QString &name = {})
    {
        window().treeView()->expand(parent);
        if (tree().canFetchMore(parent))
            tree().fetchMore(parent);
        QModelIndex found;
        test::waitUntil([&] {
            found = childOfKind(tree(), parent, kind, name);
            return found.isValid();
        });
        return found;
    }

    QModelIndex firstOrganization() { return waitForChild(tree().index(0, 0), NodeKind::Organization); }

    // Explores the first organization through the dialog with the given options and returns the session node.
    QModelIndex exploreFirstOrganization(SessionType type = SessionType::Exchange)
    {
        const QModelIndex org = firstOrganization();
        EXPECT_TRUE(org.isValid());
        QPointer<QDialog> opened;
        const auto connection = QObject::connect(&window(), &MainWindow::exploreDialogOpened, &window(),
                                                 [&opened](QDialog *d) { opened = d; });
        window().treeView()->setCurrentIndex(org);
        window().findChild<QAction *>(QStringLiteral("actionExplore"))->trigger();
        EXPECT_TRUE(test::waitUntil([&] { return !opened.isNull(); }));
        QObject::disconnect(connection);
        if (!opened)
            return {};
        auto *dialog = qobject_cast<ExploreDialog *>(opened.data());
        ExploreOptions options = dialog->options();
        options.type = type;
        dialog->setOptions(options);
        dialog->accept();
        QModelIndex session;
        test::waitUntil([&] {
            session = childOfKind(tree(), org, NodeKind::RestoreSession);
            return session.isValid();
        });
        return session;
    }

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ExplorerApp> m_app;
};

} // namespace

TEST_F(ExplorerTest, ConnectsAndShowsServerVersionAndOrganizations)
{
    connectPlain();
    EXPECT_TRUE(window().statusText().contains(QStringLiteral("API v8"))) << window().statusText().toStdString();
    EXPECT_TRUE(window().statusText().contains(m_emulator->user()));
    EXPECT_TRUE(firstOrganization().isValid());
    // Auto-detection is remembered in the saved profile.
    EXPECT_EQ(m_store->profiles().first().lastDetectedVersion, ApiVersion::V8);
    EXPECT_EQ(m_store->lastUsed()->id, m_store->profiles().first().id);
}

TEST_F(ExplorerTest, WrongPasswordFailsWithAReadableMessage)
{
    startEmulator({});
    QSignalSpy failed(m_app.get(), &ExplorerApp::connectionFailed);
    m_app->connection().connectTo(savedProfile(), QStringLiteral("not the password"));
    ASSERT_TRUE(failed.wait(15000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    EXPECT_FALSE(window().isAttached());
}

TEST_F(ExplorerTest, UntrustedCertificateIsAskedAndPinnedWhenTrusted)
{
    startEmulator({QStringLiteral("--tls")});
    m_prompter.setNextTrustAnswer(true);
    QSignalSpy connected(m_app.get(), &ExplorerApp::connected);
    const ServerProfile profile = savedProfile();
    m_app->connection().connectTo(profile, m_emulator->password());
    ASSERT_TRUE(connected.wait(15000));
    ASSERT_EQ(m_prompter.trustRequests().size(), 1);
    EXPECT_EQ(m_store->find(profile.id)->pinnedSha256, m_emulator->certificateSha256().toLatin1());
    EXPECT_EQ(m_prompter.unexpectedPrompts(), 0);
}

TEST_F(ExplorerTest, RefusedCertificateEndsTheAttempt)
{
    startEmulator({QStringLiteral("--tls")});
    m_prompter.setNextTrustAnswer(false);
    QSignalSpy failed(m_app.get(), &ExplorerApp::connectionFailed);
    const ServerProfile profile = savedProfile();
    m_app->connection().connectTo(profile, m_emulator->password());
    ASSERT_TRUE(failed.wait(15000));
    EXPECT_EQ(m_prompter.trustRequests().size(), 1);
    EXPECT_TRUE(m_store->find(profile.id)->pinnedSha256.isEmpty());
    EXPECT_FALSE(window().isAttached());
}

TEST_F(ExplorerTest, ExploreBrowseToAMailFolderFilterAndSort)
{
    connectPlain();
    const QModelIndex session = exploreFirstOrganization();
    ASSERT_TRUE(session.isValid());
    EXPECT_EQ(window().sessionsOpenedHere().size(), 1);

    const QModelIndex group = waitForChild(session, NodeKind::MailboxGroup);
    const QModelIndex mailbox = waitForChild(group, NodeKind::Mailbox);
    ASSERT_TRUE(mailbox.isValid());
    const QModelIndex inbox = waitForChild(mailbox, NodeKind::MailFolder, QStringLiteral("Inbox"));
    ASSERT_TRUE(inbox.isValid());
    window().treeView()->setCurrentIndex(inbox);
    ASSERT_TRUE(test::waitUntil([&] {
        return window().itemModel()->state() == LoadState::Loaded && window().itemModel()->rowCount() > 0;
    }));
    EXPECT_EQ(window().itemModel()->content(), ItemListModel::Content::Mail);
    EXPECT_TRUE(window().statusText().contains(session.data().toString()));

    QTableView *items = window().itemView();
    const int all = items->model()->rowCount();
    const QString subject = items->model()->index(0, ItemListModel::MailSubject).data().toString();
    ASSERT_FALSE(subject.isEmpty());
    window().findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    auto *filter = window().findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(subject);
    EXPECT_GE(items->model()->rowCount(), 1);
    EXPECT_LE(items->model()->rowCount(), all);
    for (int row = 0; row < items->model()->rowCount(); ++row) {
        bool matches = false;
        for (int column = 0; column < items->model()->columnCount(); ++column)
            matches = matches || items->model()->index(row, column).data().toString().contains(subject, Qt::CaseInsensitive);
        EXPECT_TRUE(matches);
    }
    filter->clear();
    EXPECT_EQ(items->model()->rowCount(), all);

    items->sortByColumn(ItemListModel::MailSubject, Qt::AscendingOrder);
    for (int row = 1; row < items->model()->rowCount(); ++row)
        EXPECT_LE(items->model()->index(row - 1, ItemListModel::MailSubject).data().toString().localeAwareCompare(
                      items->model()->index(row, ItemListModel::MailSubject).data().toString()),
                  0);

    // Selecting an item fills the details pane.
    items->setCurrentIndex(items->model()->index(0, 0));
    EXPECT_TRUE(window().detailsView()->toPlainText().contains(
        items->model()->index(0, ItemListModel::MailSubject).data().toString()));
}

TEST_F(ExplorerTest, StopSessionAsksAndRemovesItFromTheTree)
{
    connectPlain();
    const QModelIndex session = exploreFirstOrganization(SessionType::OneDrive);
    ASSERT_TRUE(session.isValid());
    const QString id = session.data(ResourceRefRole).value<ResourceRef>().sessionId;
    window().treeView()->setCurrentIndex(session);

    m_prompter.setNextAnswer(QMessageBox::No);
    window().findChild<QAction *>(QStringLiteral("actionStopSession"))->trigger();
    EXPECT_TRUE(QPersistentModelIndex(session).isValid());

    m_prompter.setNextAnswer(QMessageBox::Yes);
    const QPersistentModelIndex persistent(session);
    window().findChild<QAction *>(QStringLiteral("actionStopSession"))->trigger();
    ASSERT_TRUE(test::waitUntil([&] { return !persistent.isValid(); }));
    EXPECT_TRUE(window().sessionsOpenedHere().isEmpty());
    EXPECT_EQ(m_prompter.unexpectedPrompts(), 0);
    const QStringList log = m_emulator->logLines();
    const bool stopped = std::any_of(log.begin(), log.end(), [&id](const QString &line) {
        return line.contains(id) && line.contains(QStringLiteral("top"), Qt::CaseInsensitive);
    });
    EXPECT_TRUE(stopped);
}

TEST_F(ExplorerTest, QuitOffersToStopTheSessionsOpenedHere)
{
    connectPlain();
    ASSERT_TRUE(exploreFirstOrganization().isValid());
    window().show();

    m_prompter.setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window().close());
    EXPECT_EQ(window().sessionsOpenedHere().size(), 1);

    m_prompter.setNextAnswer(QMessageBox::Yes);
    window().close();
    ASSERT_TRUE(test::waitUntil([&] { return !window().isVisible(); }));
    EXPECT_TRUE(window().sessionsOpenedHere().isEmpty());
    EXPECT_EQ(m_prompter.asked().size(), 2);
}

TEST_F(ExplorerTest, SessionsOnTheServerCanBeReattached)
{
    connectPlain();
    const QModelIndex org = firstOrganization();
    ASSERT_TRUE(org.isValid());
    // A session opened elsewhere (another run, the CLI): on the server, not in this tree.
    QString id;
    m_app->connection().client()->explore(org.data(ResourceRefRole).value<ResourceRef>().organizationId,
                                          ExploreOptions {}, &window(),
                                          [&id](Result<RestoreSession, ApiError> session) {
                                              ASSERT_TRUE(session.hasValue());
                                              id = session->id;
                                          });
    ASSERT_TRUE(test::waitUntil([&] { return !id.isEmpty(); }));
    ASSERT_FALSE(childOfKind(tree(), org, NodeKind::RestoreSession).isValid());

    QPointer<SessionListDialog> dialog;
    QObject::connect(&window(), &MainWindow::sessionListOpened, &window(),
                     [&dialog](QDialog *opened) { dialog = qobject_cast<SessionListDialog *>(opened); });
    window().findChild<QAction *>(QStringLiteral("actionReattach"))->trigger();
    ASSERT_TRUE(test::waitUntil([&] { return dialog && !dialog->sessions().isEmpty(); }));
    ASSERT_TRUE(dialog->selectSession(id));
    dialog->findChild<QPushButton *>(QStringLiteral("reattachButton"))->click();

    const QModelIndex reattached = childOfKind(tree(), firstOrganization(), NodeKind::RestoreSession);
    ASSERT_TRUE(reattached.isValid());
    EXPECT_EQ(reattached.data(ResourceRefRole).value<ResourceRef>().sessionId, id);
    EXPECT_EQ(window().treeView()->currentIndex(), reattached);
    // Reattached sessions were not opened here: quitting does not offer to stop them.
    EXPECT_FALSE(window().sessionsOpenedHere().contains(id));
}

TEST_F(ExplorerTest, TeamsSessionShowsItsEventsInTheDetails)
{
    connectPlain();
    const QModelIndex session = exploreFirstOrganization(SessionType::Teams);
    ASSERT_TRUE(session.isValid());
    EXPECT_EQ(tree().rowCount(session), 0); // browsing Teams content comes later
    window().treeView()->setCurrentIndex(session);
    ASSERT_TRUE(test::waitUntil([&] {
        const QString text = window().detailsView()->toPlainText();
        return text.contains(QStringLiteral("Events")) && !text.contains(QStringLiteral("Loading"));
    })) << window().detailsView()->toPlainText().toStdString();
    EXPECT_TRUE(window().detailsView()->toPlainText().contains(QStringLiteral("Teams")));
}

TEST_F(ExplorerTest, EveryControlOfTheMainWindowHasAnAccessibleNameAndActionsHaveShortcuts)
{
    connectPlain();
    EXPECT_EQ(test::controlsWithoutAccessibleName(window()), QStringList());
    for (const char *name : {"actionConnect", "actionExplore", "actionReattach", "actionStopSession",
                             "actionRefresh", "actionRetry", "actionFind", "actionQuit", "actionFocusTree",
                             "actionFocusItems", "actionFocusDetails"}) {
        auto *action = window().findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
    }
}

TEST(MainWindowLayout, SplitterStateIsRemembered)
{
    ScriptedPrompter prompter;
    QList<int> sizes;
    {
        MainWindow window(prompter);
        window.resize(1000, 700);
        window.show();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({250, 750});
        sizes = splitter->sizes();
        ASSERT_TRUE(window.close());
    }
    MainWindow again(prompter);
    again.show();
    EXPECT_EQ(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    EXPECT_EQ(again.size(), QSize(1000, 700));
}
