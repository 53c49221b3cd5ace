// "Save to…" and the downloads panel in the real main window against vb365-emulator (v5 and v8,
// --strict): the tree's mailbox as PST, the list's mail items as one archive or a .msg, OneDrive
// folders and documents; the panel's columns, cancel, retry, open file/folder; the notice when a
// download ends; and the quit prompt while downloads run.
#include "api/client/apiclient.h"
#include "downloads/downloadlistmodel.h"
#include "downloads/downloadspanel.h"
#include "downloads/savecontroller.h"
#include "emulator_process.h"
#include "explorerapp.h"
#include "model/backuptreemodel.h"
#include "model/itemfilterproxymodel.h"
#include "model/itemlistmodel.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"
#include "wait.h"
#include "wizards/actioncontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace re;
using namespace re::ui;
using namespace Qt::StringLiterals;
using NodeKind = BackupTreeModel::NodeKind;

namespace {

const QByteArray kZipMagic = QByteArrayLiteral("PK\x03\x04");
const QByteArray kPstMagic = QByteArrayLiteral("!BDN");
const QByteArray kOleMagic = QByteArray::fromHex("d0cf11e0a1b11ae1");

QByteArray headOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QModelIndex childOfKind(const QAbstractItemModel &model, const QModelIndex &parent, NodeKind kind,
                        const QString &name = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(NodeKindRole).toInt() == static_cast<int>(kind) && (name.isEmpty() || child.data().toString() == name))
            return child;
    }
    return {};
}

class DownloadsUi : public ::testing::TestWithParam<QString>
{
protected:
    void start(const QStringList &more = {})
    {
        QStringList arguments{u"--tenant"_s, u"demo"_s, u"--api"_s, GetParam(), u"--strict"_s};
        m_emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options{arguments + more});
        ASSERT_TRUE(m_emulator->start()) << m_emulator->errorString().toStdString();
        ASSERT_TRUE(m_settingsDir.isValid() && m_target.isValid());
        m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(*m_settings);
        m_app = std::make_unique<ExplorerApp>(m_store.get(), nullptr, m_prompter);
        ServerProfile profile = ServerProfile::create(m_emulator->url());
        profile.userName = m_emulator->user();
        ASSERT_TRUE(m_store->add(profile).hasValue());
        QSignalSpy connected(m_app.get(), &ExplorerApp::connected);
        m_app->connection().connectTo(profile, m_emulator->password());
        ASSERT_TRUE(connected.wait(15000));
        window().show();
        QApplication::setActiveWindow(&window());
        saves().setFolderChooser([this](QWidget *, const QString &title, const QString &) {
            m_folderTitles << title;
            return m_target.path();
        });
        window().actionController()->setRestoreLogPath(m_settingsDir.filePath(u"restore-log.jsonl"_s));
        m_tester = std::make_unique<QAbstractItemModelTester>(saves().panel()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    MainWindow &window() { return m_app->window(); }
    SaveController &saves() { return *window().saveController(); }
    BackupTreeModel &tree() { return *window().treeModel(); }
    QAction *saveAction() { return window().findChild<QAction *>(u"actionSaveTo"_s); }

    QModelIndex waitForChild(const QModelIndex &parent, NodeKind kind, const QString &name = {})
    {
        window().treeView()->expand(parent);
        if (tree().canFetchMore(parent))
            tree().fetchMore(parent);
        QModelIndex found;
        test::waitUntil([&] {
            found = childOfKind(tree(), parent, kind, name);
            return found.isValid();
        }, 20000);
        return found;
    }

    // Opens a session on the first organization and returns its node.
    QModelIndex openSession(SessionType type)
    {
        const QModelIndex org = waitForChild(tree().index(0, 0), NodeKind::Organization);
        EXPECT_TRUE(org.isValid());
        Result<RestoreSession, ApiError> opened = unexpected(ApiError{});
        bool done = false;
        ExploreOptions options;
        options.type = type;
        m_client()->explore(org.data(ResourceRefRole).value<ResourceRef>().organizationId, options, &window(),
                            [&](Result<RestoreSession, ApiError> session) {
                                opened = std::move(session);
                                done = true;
                            });
        EXPECT_TRUE(test::waitUntil([&] { return done; }, 20000));
        if (!opened)
            return {};
        RestoreSession session = opened.value();
        if (session.organization.isEmpty())
            session.organization = org.data().toString();
        return window().addSession(session, false);
    }

    ApiClient *m_client() { return m_app->connection().client(); }

    // Focuses the tree on `index` and triggers "Save to…".
    void saveTreeNode(const QModelIndex &index)
    {
        window().treeView()->setFocus();
        window().treeView()->setCurrentIndex(index);
        ASSERT_TRUE(saveAction()->isEnabled());
        saveAction()->trigger();
    }

    // Waits for every download of the panel to end; returns the last one's snapshot.
    DownloadSnapshot waitForLastDownload()
    {
        const QList<DownloadJob *> jobs = saves().manager()->jobs();
        EXPECT_FALSE(jobs.isEmpty());
        if (jobs.isEmpty())
            return {};
        DownloadJob *job = jobs.constLast();
        EXPECT_TRUE(test::waitUntil([job] { return isTerminal(job->state()); }, 60000));
        return job->snapshot();
    }

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_target;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ExplorerApp> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_folderTitles;
};

} // namespace

TEST_P(DownloadsUi, SaveToFromTheTreeAndTheItemList)
{
    ASSERT_NO_FATAL_FAILURE(start());
    const QModelIndex session = openSession(SessionType::Exchange);
    ASSERT_TRUE(session.isValid());
    const QModelIndex mailboxes = waitForChild(session, NodeKind::MailboxGroup);
    const QModelIndex mailbox = waitForChild(mailboxes, NodeKind::Mailbox, u"Grady Bowen"_s);
    ASSERT_TRUE(mailbox.isValid());

    // A mailbox from the tree: its PST, shown in the panel.
    saveTreeNode(mailbox);
    EXPECT_TRUE(saves().dock()->isVisible());
    DownloadSnapshot pst = waitForLastDownload();
    ASSERT_EQ(pst.state, DownloadState::Finished) << pst.error.message.toStdString();
    EXPECT_EQ(QFileInfo(pst.finalPath).fileName(), u"Grady Bowen.pst"_s);
    EXPECT_TRUE(headOf(pst.finalPath).startsWith(kPstMagic));
    EXPECT_EQ(m_folderTitles.constLast(), u"Save \"Grady Bowen\" to"_s);
    DownloadListModel *model = saves().panel()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, DownloadListModel::Name).data().toString(), u"Grady Bowen.pst"_s);
    EXPECT_EQ(model->index(0, DownloadListModel::Progress).data(DownloadListModel::ProgressRole).toInt(), 100);
    EXPECT_EQ(model->index(0, DownloadListModel::State).data().toString(), u"Finished"_s);
    EXPECT_FALSE(model->index(0, DownloadListModel::Size).data().toString().isEmpty());

    // Two mail items selected in the list: one archive of .msg files; one item: a .msg.
    const QModelIndex inbox = waitForChild(mailbox, NodeKind::MailFolder, u"Inbox"_s);
    ASSERT_TRUE(inbox.isValid());
    window().treeView()->setCurrentIndex(inbox);
    ItemListModel *items = window().itemModel();
    ASSERT_TRUE(test::waitUntil([items] { return items->state() == LoadState::Loaded && items->rowCount() >= 2; }, 20000));
    QTableView *list = window().itemView();
    list->setFocus();
    ASSERT_TRUE(test::waitUntil([list] { return list->hasFocus(); }, 2000)) << "the item list did not get the focus";
    list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->selectionModel()->select(list->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(saves().currentSubjects().size(), 2);
    saveAction()->trigger();
    ASSERT_EQ(saves().manager()->jobs().size(), 2); // one download for both items
    const DownloadSnapshot archive = waitForLastDownload();
    ASSERT_EQ(archive.state, DownloadState::Finished) << archive.error.message.toStdString();
    EXPECT_TRUE(headOf(archive.finalPath).startsWith(kZipMagic));
    EXPECT_EQ(m_folderTitles.constLast(), u"Save 2 items to"_s);

    list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString subject = list->model()->index(0, ItemListModel::MailSubject).data().toString();
    saveAction()->trigger();
    const DownloadSnapshot msg = waitForLastDownload();
    ASSERT_EQ(msg.state, DownloadState::Finished) << msg.error.message.toStdString();
    EXPECT_TRUE(headOf(msg.finalPath).startsWith(kOleMagic));
    EXPECT_TRUE(msg.finalPath.endsWith(u".msg"_s)) << msg.finalPath.toStdString();
    EXPECT_EQ(m_folderTitles.constLast(), u"Save \"%1\" to"_s.arg(subject));

    // Open file / open folder act on the selected finished download.
    QList<QUrl> opened;
    saves().panel()->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    saves().panel()->select(saves().manager()->jobs().constLast());
    ASSERT_TRUE(saves().panel()->openFileAction()->isEnabled());
    saves().panel()->openFileAction()->trigger();
    saves().panel()->openFolderAction()->trigger();
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.at(0).toLocalFile(), msg.finalPath);
    EXPECT_EQ(QDir(opened.at(1).toLocalFile()).absolutePath(), QDir(m_target.path()).absolutePath());
    EXPECT_FALSE(saves().panel()->retryAction()->isEnabled());
    EXPECT_FALSE(saves().panel()->cancelAction()->isEnabled());

    for (const QString &file : filesIn(m_target.path()))
        EXPECT_FALSE(file.endsWith(u".part"_s)) << file.toStdString();
    EXPECT_EQ(filesIn(m_target.path()).size(), 3);
    EXPECT_EQ(m_prompter.unexpectedPrompts(), 0);

    const auto log = window().actionController()->restoreLog().read();
    ASSERT_TRUE(log.hasValue());
    QStringList actionsLogged;
    for (const actions::RestoreLogEntry &entry : log->entries) {
        actionsLogged << entry.action;
        EXPECT_EQ(entry.outcome, u"success"_s);
        EXPECT_FALSE(entry.organization.isEmpty());
    }
    EXPECT_EQ(actionsLogged, (QStringList{u"exportToPst"_s, u"save"_s, u"save"_s}));

    // Clearing the ended rows empties the panel; the files stay.
    ASSERT_TRUE(saves().panel()->clearAction()->isEnabled());
    saves().panel()->clearAction()->trigger();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(saves().manager()->jobs().isEmpty());
    EXPECT_EQ(filesIn(m_target.path()).size(), 3);
}

TEST_P(DownloadsUi, OneDriveFoldersAndDocuments)
{
    ASSERT_NO_FATAL_FAILURE(start());
    const QModelIndex session = openSession(SessionType::OneDrive);
    ASSERT_TRUE(session.isValid());
    const QModelIndex drives = waitForChild(session, NodeKind::OneDriveGroup);
    const QModelIndex drive = waitForChild(drives, NodeKind::OneDrive, u"Grady Bowen"_s);
    ASSERT_TRUE(drive.isValid());
    const QModelIndex documents = waitForChild(drive, NodeKind::OneDriveFolder, u"Documents"_s);
    ASSERT_TRUE(documents.isValid());

    saveTreeNode(documents);
    const DownloadSnapshot zip = waitForLastDownload();
    ASSERT_EQ(zip.state, DownloadState::Finished) << zip.error.message.toStdString();
    EXPECT_EQ(QFileInfo(zip.finalPath).fileName(), u"Documents.zip"_s);
    EXPECT_TRUE(headOf(zip.finalPath).startsWith(kZipMagic));

    // The OneDrive's root documents in the list: one selected document arrives as itself.
    window().treeView()->setCurrentIndex(drive);
    ItemListModel *items = window().itemModel();
    ASSERT_TRUE(test::waitUntil([items] { return items->state() == LoadState::Loaded && items->rowCount() >= 1; }, 20000));
    int row = -1;
    for (int r = 0; r < window().itemView()->model()->rowCount() && row < 0; ++r) {
        if (!window().itemView()->model()->index(r, 0).data(IsFolderRole).toBool())
            row = r;
    }
    ASSERT_GE(row, 0);
    const QString name = window().itemView()->model()->index(row, ItemListModel::DocumentName).data().toString();
    window().itemView()->setFocus();
    ASSERT_TRUE(test::waitUntil([this] { return window().itemView()->hasFocus(); }, 2000));
    window().itemView()->selectionModel()->select(window().itemView()->model()->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    saveAction()->trigger();
    const DownloadSnapshot document = waitForLastDownload();
    ASSERT_EQ(document.state, DownloadState::Finished) << document.error.message.toStdString();
    EXPECT_EQ(QFileInfo(document.finalPath).fileName(), name);

    // The same again never overwrites: "name (1).ext".
    saveAction()->trigger();
    const DownloadSnapshot again = waitForLastDownload();
    ASSERT_EQ(again.state, DownloadState::Finished);
    EXPECT_NE(again.finalPath, document.finalPath);
    EXPECT_TRUE(QFileInfo(again.finalPath).fileName().contains(u" (1)"_s)) << again.finalPath.toStdString();
}

TEST_P(DownloadsUi, PreparingCancelRetryNoticeAndQuit)
{
    ASSERT_NO_FATAL_FAILURE(start({u"--first-byte-delay-ms"_s, u"2500"_s}));
    const QModelIndex session = openSession(SessionType::Exchange);
    const QModelIndex mailbox = waitForChild(waitForChild(session, NodeKind::MailboxGroup), NodeKind::Mailbox, u"Grady Bowen"_s);
    ASSERT_TRUE(mailbox.isValid());
    QSignalSpy notices(&saves(), &SaveController::notified);
    saves().setNotifyAfterMs(1000); // the 2.5 s export counts as long

    saveTreeNode(mailbox);
    DownloadJob *job = saves().manager()->jobs().constLast();
    DownloadListModel *model = saves().panel()->model();
    ASSERT_TRUE(test::waitUntil([job] { return job->state() == DownloadState::Preparing; }));
    ASSERT_TRUE(test::waitUntil([model] {
        return model->index(0, DownloadListModel::State).data().toString().startsWith(u"Preparing on server"_s);
    }));

    // Cancel while the server prepares: no file, no .part; then retry finishes it.
    saves().panel()->select(job);
    ASSERT_TRUE(saves().panel()->cancelAction()->isEnabled());
    saves().panel()->cancelAction()->trigger();
    EXPECT_EQ(job->state(), DownloadState::Cancelled);
    EXPECT_TRUE(filesIn(m_target.path()).isEmpty());
    ASSERT_TRUE(saves().panel()->retryAction()->isEnabled());
    saves().panel()->retryAction()->trigger();
    ASSERT_TRUE(test::waitUntil([job] { return job->state() == DownloadState::Finished; }, 30000))
        << job->snapshot().error.message.toStdString();
    EXPECT_TRUE(headOf(job->snapshot().finalPath).startsWith(kPstMagic));
    ASSERT_GE(notices.size(), 1);
    EXPECT_EQ(notices.constLast().at(0).toString(), u"Download finished"_s);
    EXPECT_TRUE(saves().panel()->notice().contains(u"Grady Bowen.pst"_s)) << saves().panel()->notice().toStdString();

    // Quitting (or disconnecting) while one runs asks first; Cancel keeps everything, Yes cancels it
    // and leaves no .part.
    saveTreeNode(mailbox);
    DownloadJob *running = saves().manager()->jobs().constLast();
    ASSERT_TRUE(test::waitUntil([running] { return running->state() == DownloadState::Preparing; }));
    m_prompter.setNextAnswer(QMessageBox::Cancel);
    emit window().disconnectRequested();
    EXPECT_TRUE(window().isAttached());
    EXPECT_EQ(running->state(), DownloadState::Preparing);
    EXPECT_EQ(m_prompter.asked().constLast().title, u"Disconnect"_s);
    m_prompter.setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window().close());
    EXPECT_TRUE(window().isVisible());
    EXPECT_EQ(running->state(), DownloadState::Preparing);
    ASSERT_FALSE(m_prompter.asked().isEmpty());
    EXPECT_TRUE(m_prompter.asked().constLast().text.contains(u"download"_s)) << m_prompter.asked().constLast().text.toStdString();
    m_prompter.setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(window().close());
    EXPECT_EQ(running->state(), DownloadState::Cancelled);
    EXPECT_EQ(filesIn(m_target.path()).size(), 1); // only the finished PST
    EXPECT_EQ(m_prompter.unexpectedPrompts(), 0);
}

TEST_P(DownloadsUi, WizardPstExportGoesThroughThePanel)
{
    ASSERT_NO_FATAL_FAILURE(start());
    const QModelIndex session = openSession(SessionType::Exchange);
    const QModelIndex mailbox = waitForChild(waitForChild(session, NodeKind::MailboxGroup), NodeKind::Mailbox, u"Grady Bowen"_s);
    ASSERT_TRUE(mailbox.isValid());
    window().treeView()->setCurrentIndex(mailbox);
    actions::ExportToPst request;
    request.target.ref = mailbox.data(ResourceRefRole).value<ResourceRef>();
    actions::JournalContext journal;
    journal.user = m_emulator->user();
    journal.reason = u"Ticket 4711"_s;
    emit window().actionController()->downloadRequested(request, journal);
    const DownloadSnapshot pst = waitForLastDownload();
    ASSERT_EQ(pst.state, DownloadState::Finished) << pst.error.message.toStdString();
    EXPECT_TRUE(headOf(pst.finalPath).startsWith(kPstMagic));
    EXPECT_EQ(m_folderTitles.constLast(), u"Export \"Grady Bowen\" to"_s);

    // Recorded like a restore, with who and where.
    const auto log = window().actionController()->restoreLog().read();
    ASSERT_TRUE(log.hasValue());
    ASSERT_EQ(log->entries.size(), 1);
    const actions::RestoreLogEntry &entry = log->entries.constFirst();
    EXPECT_EQ(entry.action, u"exportToPst"_s);
    EXPECT_EQ(entry.outcome, u"success"_s);
    EXPECT_EQ(entry.user, m_emulator->user());
    EXPECT_EQ(entry.reason, u"Ticket 4711"_s);
    EXPECT_TRUE(entry.message.contains(pst.finalPath)) << entry.message.toStdString();
}

TEST_P(DownloadsUi, ConcurrencyPerServerComesFromTheSettings)
{
    const QString key = u"downloads/maxConcurrentPerServer"_s;
    QSettings().setValue(key, 1);
    ASSERT_NO_FATAL_FAILURE(start({u"--first-byte-delay-ms"_s, u"1500"_s}));
    QSettings().remove(key);
    EXPECT_EQ(saves().manager()->maxConcurrentPerServer(), 1);
    const QModelIndex session = openSession(SessionType::OneDrive);
    const QModelIndex drive = waitForChild(waitForChild(session, NodeKind::OneDriveGroup), NodeKind::OneDrive, u"Grady Bowen"_s);
    ASSERT_TRUE(drive.isValid());
    saveTreeNode(drive);
    saveTreeNode(drive);
    const QList<DownloadJob *> jobs = saves().manager()->jobs();
    ASSERT_EQ(jobs.size(), 2);
    ASSERT_TRUE(test::waitUntil([&jobs] { return jobs.at(0)->state() == DownloadState::Preparing; }));
    EXPECT_EQ(jobs.at(1)->state(), DownloadState::Queued); // waits for the first: one per server
    EXPECT_TRUE(saves().panel()->model()->index(1, DownloadListModel::State).data().toString().startsWith(u"Queued"_s));
    ASSERT_TRUE(test::waitUntil([&jobs] { return jobs.at(1)->state() == DownloadState::Finished; }, 30000));
    EXPECT_EQ(jobs.at(0)->state(), DownloadState::Finished);
}

INSTANTIATE_TEST_SUITE_P(Dialects, DownloadsUi, ::testing::Values(u"v5"_s, u"v8"_s),
                         [](const auto &param) { return param.param.toStdString(); });
