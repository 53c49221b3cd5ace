// restore-cli restore / copy / send end to end: the real binary against vb365-emulator --strict in v5 and
// v8 for every seed action; the emulator's production state (GET /vN/_emulator/Production, test-only)
// proves each effect, and the restore log is checked for what it holds and what it must never hold.
#include "cli_process.h"
#include "emulator_fixture.h"
#include "emulator_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

#include <csignal>

using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

const QString kRestoreUser = u"admin@contoso.example"_s;
const QByteArray kRestorePassword = "Restore-Secret-9";

class CliActions : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        EmulatorProcess::Options options;
        options.arguments = {u"--api"_s, GetParam(), u"--strict"_s, u"--restore-duration-ms"_s, u"150"_s};
        options.arguments += extraEmulatorArguments();
        emulator = std::make_unique<EmulatorProcess>(options);
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        api = std::make_unique<vb365emu::test::Api>(*emulator, GetParam());
        ASSERT_TRUE(logDir.isValid());
        logPath = logDir.filePath(u"restore-log.jsonl"_s);
    }
    virtual QStringList extraEmulatorArguments() const { return {}; }

    // restore-cli with the login password on the first line and `moreInput` after it.
    CliRun cli(const QStringList &command, const QByteArray &moreInput = {})
    {
        return runCli(connectArguments(emulator->url(), emulator->user(), GetParam()) + command,
                      emulator->password().toUtf8() + '\n' + moreInput);
    }
    // An action with the restore password on the line after the login password.
    CliRun act(const QString &command, const QStringList &arguments)
    {
        return cli(QStringList{command} + arguments
                       + QStringList{u"--restore-user"_s, kRestoreUser, u"--restore-password-stdin"_s, u"--restore-log"_s,
                                     logPath, u"--poll-interval"_s, u"100"_s, u"--reason"_s, u"ticket 4711"_s},
                   kRestorePassword + '\n');
    }
    QString explore(const QString &type)
    {
        const CliRun run = cli({u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s, u"--type"_s, type});
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        return run.json().object().value(u"id"_s).toString();
    }
    QJsonArray names(const QString &below)
    {
        return api->get(below).json()[u"results"_s].toArray();
    }
    QJsonObject production() { return api->get(u"_emulator/Production"_s).json().toObject(); }
    QString restoreLog() const
    {
        QFile file(logPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static void expectOneLineFailure(const CliRun &run, int exitCode, const QString &mentions)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.describe();
        EXPECT_TRUE(run.out.isEmpty()) << run.describe();
        EXPECT_EQ(run.err.trimmed().count(u'\n'), 0) << run.describe();
        EXPECT_TRUE(run.err.contains(mentions, Qt::CaseInsensitive)) << mentions.toStdString() << '\n' << run.describe();
    }

    std::unique_ptr<EmulatorProcess> emulator;
    std::unique_ptr<vb365emu::test::Api> api;
    QTemporaryDir logDir;
    QString logPath;
};

class CliSends : public CliActions
{
protected:
    QStringList extraEmulatorArguments() const override { return {u"--mail-configured"_s}; }
};

QString oneDrivesOf(const QString &session)
{
    return u"RestoreSessions/"_s + session + u"/Organization/OneDrives"_s;
}

} // namespace

TEST_P(CliActions, restoreKeepWritesRestoredCopiesThenOverwriteReplaces)
{
    const QString session = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_GE(drives.size(), 1);
    const QString drive = drives[0][u"name"_s].toString();
    const QString path = u"OneDrives/"_s + drive;

    const CliRun keep = act(u"restore"_s, {u"--json"_s, session, path, u"--document-action"_s, u"keep"_s});
    ASSERT_EQ(keep.exitCode, 0) << keep.describe();
    const QJsonObject report = keep.json().object();
    EXPECT_EQ(report[u"action"_s].toString(), u"restoreToOriginal"_s);
    EXPECT_EQ(report[u"outcome"_s].toString(), u"success"_s);
    const qint64 restored = report[u"counters"_s][u"restored"_s].toInteger();
    EXPECT_GT(restored, 0) << keep.describe();
    if (GetParam() == u"v8"_s) {
        EXPECT_NE(report[u"restoreSessionId"_s].toString(), session); // polled in a session of its own
    }
    QJsonArray changes = production()[u"oneDriveChanges"_s].toArray();
    ASSERT_EQ(changes.size(), restored);
    int kept = 0;
    for (const QJsonValue &change : changes) {
        if (change[u"outcome"_s].toString() == u"KeptBeside"_s) {
            ++kept;
            EXPECT_TRUE(change[u"name"_s].toString().startsWith(u"RESTORED-"_s));
        }
        EXPECT_EQ(change[u"restoredBy"_s].toString(), kRestoreUser);
    }
    EXPECT_GT(kept, 0);

    const CliRun overwrite = act(u"restore"_s, {session, path, u"--document-action"_s, u"overwrite"_s});
    ASSERT_EQ(overwrite.exitCode, 0) << overwrite.describe();
    EXPECT_TRUE(overwrite.out.contains(u"Restore to the original location"_s)) << overwrite.describe();
    int replaced = 0;
    for (const QJsonValue &change : production()[u"oneDriveChanges"_s].toArray())
        replaced += change[u"outcome"_s].toString() == u"Overwritten"_s;
    EXPECT_EQ(replaced, kept);

    // Two runs, two log lines: who, where, why, the counters — and never the password.
    const QString log = restoreLog();
    EXPECT_EQ(log.count(u'\n'), 2) << log.toStdString();
    EXPECT_TRUE(log.contains(u"ticket 4711"_s));
    EXPECT_TRUE(log.contains(kRestoreUser));
    EXPECT_TRUE(log.contains(u"\"restored\""_s));
    EXPECT_FALSE(log.contains(QString::fromLatin1(kRestorePassword))) << log.toStdString();
    EXPECT_FALSE(log.contains(emulator->password() + u'"')) << log.toStdString();
}

TEST_P(CliActions, folderRestoreAndAnEarlierDocumentVersion)
{
    const CliRun explored = cli({u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s, u"--type"_s, u"onedrive"_s,
                                 u"--show-all-versions"_s});
    ASSERT_EQ(explored.exitCode, 0) << explored.describe();
    const QString session = explored.json().object().value(u"id"_s).toString();
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_FALSE(drives.isEmpty());
    const QString drive = oneDrivesOf(session) + u'/' + vb365emu::test::encoded(drives[0][u"id"_s].toString());
    const QString root = GetParam() == u"v8"_s ? u"root"_s : u"null"_s;
    const QJsonArray folders = names(drive + u"/Folders?parentId="_s + root);
    ASSERT_FALSE(folders.isEmpty());
    const QString base = u"OneDrives/"_s + drives[0][u"name"_s].toString() + u'/';

    // Seed 001: a folder restored to the original location, Keep.
    const CliRun folder = act(u"restore"_s, {session, base + folders[0][u"name"_s].toString()});
    ASSERT_EQ(folder.exitCode, 0) << folder.describe();
    for (const QJsonValue &change : production()[u"oneDriveChanges"_s].toArray())
        EXPECT_TRUE(change[u"path"_s].toString().startsWith(folders[0][u"name"_s].toString())) << change[u"path"_s].toString().toStdString();

    if (GetParam() == u"v5"_s) {
        // v5 has no document versions: refused by core before anything is sent.
        const CliRun refused = act(u"restore"_s, {session, base + u"whatever.docx"_s, u"--version-id"_s, u"1"_s});
        EXPECT_NE(refused.exitCode, 0) << refused.describe();
        return;
    }
    // An earlier version of a document of the first folder (written back in place, v6+ …/Versions/{v}/restore).
    const QString folderId = vb365emu::test::encoded(folders[0][u"id"_s].toString());
    const QJsonArray documents = names(drive + u"/Documents?parentId="_s + folderId);
    for (const QJsonValue &document : documents) {
        const QString id = document[u"id"_s].toString();
        const QJsonArray versions = names(drive + u"/Documents/"_s + vb365emu::test::encoded(id) + u"/Versions"_s);
        if (versions.size() < 2)
            continue;
        const int earliest = versions.last()[u"versionId"_s].toInt() < versions.first()[u"versionId"_s].toInt()
                                 ? versions.last()[u"versionId"_s].toInt()
                                 : versions.first()[u"versionId"_s].toInt();
        const CliRun version = act(u"restore"_s, {u"--json"_s, session,
                                                  base + folders[0][u"name"_s].toString() + u'/' + document[u"name"_s].toString(),
                                                  u"--version-id"_s,
                                                  QString::number(earliest), u"--document-action"_s, u"overwrite"_s});
        ASSERT_EQ(version.exitCode, 0) << version.describe();
        EXPECT_EQ(version.json().object()[u"action"_s].toString(), u"restoreVersion"_s);
        const QJsonArray changes = production()[u"oneDriveChanges"_s].toArray();
        ASSERT_FALSE(changes.isEmpty());
        EXPECT_EQ(changes.last()[u"documentId"_s].toString(), id);
        EXPECT_EQ(changes.last()[u"versionId"_s].toInt(), earliest);
        return;
    }
    FAIL() << "no document with several versions in the first folder";
}

TEST_P(CliActions, copyLandsInTheTargetOneDrive)
{
    const QString session = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_GE(drives.size(), 2);
    const QString source = oneDrivesOf(session) + u'/' + vb365emu::test::encoded(drives[0][u"id"_s].toString());
    const QJsonArray folders = names(source + u"/Folders?parentId="_s + (GetParam() == u"v8"_s ? u"root"_s : u"null"_s));
    ASSERT_FALSE(folders.isEmpty());
    const QString folder = folders[0][u"name"_s].toString();

    const CliRun copy = act(u"copy"_s, {session, u"OneDrives/"_s + drives[0][u"name"_s].toString() + u'/' + folder,
                                        u"--to-onedrive"_s, drives[1][u"name"_s].toString(), u"--folder"_s, u"pictures"_s});
    ASSERT_EQ(copy.exitCode, 0) << copy.describe();
    const QJsonArray changes = production()[u"oneDriveChanges"_s].toArray();
    ASSERT_FALSE(changes.isEmpty());
    for (const QJsonValue &change : changes) {
        EXPECT_EQ(change[u"oneDriveId"_s].toString(), drives[1][u"id"_s].toString());
        EXPECT_EQ(change[u"outcome"_s].toString(), u"Copied"_s);
        EXPECT_TRUE(change[u"path"_s].toString().startsWith(u"pictures/"_s + folder)) << change[u"path"_s].toString().toStdString();
    }
    EXPECT_TRUE(restoreLog().contains(u"copyToOneDrive"_s));
}

TEST_P(CliActions, severalOneDrivesAreOneBulkRestore)
{
    const QString session = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_GE(drives.size(), 2);
    const CliRun bulk = act(u"restore"_s, {u"--json"_s, session, u"OneDrives/"_s + drives[0][u"name"_s].toString(),
                                           u"OneDrives/"_s + drives[1][u"name"_s].toString()});
    ASSERT_EQ(bulk.exitCode, 0) << bulk.describe();
    EXPECT_EQ(bulk.json().object()[u"action"_s].toString(), u"bulkOneDriveRestore"_s);
    QSet<QString> touched;
    for (const QJsonValue &change : production()[u"oneDriveChanges"_s].toArray())
        touched.insert(change[u"oneDriveId"_s].toString());
    EXPECT_EQ(touched, (QSet<QString>{drives[0][u"id"_s].toString(), drives[1][u"id"_s].toString()}));
}

TEST_P(CliActions, bulkRestoreWithOnlyTheOnPremisesAccountLikeSeed000)
{
    const QString session = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_GE(drives.size(), 2);
    const CliRun bulk = cli({u"restore"_s, session, u"OneDrives/"_s + drives[0][u"name"_s].toString(),
                             u"OneDrives/"_s + drives[1][u"name"_s].toString(), u"--on-premises-user"_s, u"admin"_s,
                             u"--on-premises-password-stdin"_s, u"--restore-log"_s, logPath, u"--poll-interval"_s, u"100"_s},
                            "12345678\n");
    ASSERT_EQ(bulk.exitCode, 0) << bulk.describe();
    const QJsonArray changes = production()[u"oneDriveChanges"_s].toArray();
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_EQ(changes[0][u"restoredBy"_s].toString(), u"admin"_s);
    EXPECT_FALSE(restoreLog().contains(u"12345678"_s));
    // Anywhere else the on-premises account is a usage error.
    expectOneLineFailure(cli({u"restore"_s, session, u"OneDrives/"_s + drives[0][u"name"_s].toString(), u"--on-premises-user"_s,
                              u"admin"_s}),
                         2, u"bulk"_s);
}

TEST_P(CliActions, mailboxRestoreAndRestoreToAnotherMailbox)
{
    const QString session = explore(u"exchange"_s);
    const QJsonArray mailboxes = names(u"RestoreSessions/"_s + session + u"/Organization/Mailboxes"_s);
    ASSERT_FALSE(mailboxes.isEmpty());
    const QString mailbox = u"Mailboxes/"_s + mailboxes[0][u"name"_s].toString();

    const CliRun original = act(u"restore"_s, {u"--json"_s, session, mailbox});
    ASSERT_EQ(original.exitCode, 0) << original.describe();
    const QJsonObject counters = original.json().object()[u"counters"_s].toObject();
    const QJsonArray restores = production()[u"mailRestores"_s].toArray();
    if (GetParam() == u"v8"_s) {
        EXPECT_EQ(counters[u"restored"_s].toInteger(), restores.size()) << original.describe();
    } else {
        EXPECT_EQ(counters[u"created"_s].toInteger() + counters[u"merged"_s].toInteger(), restores.size()) << original.describe();
    }

    const CliRun to = act(u"restore"_s, {session, mailbox, u"--to-mailbox"_s, u"djohnes@northsupport.example"_s,
                                         u"--folder"_s, u"Restored"_s, u"--exclude-drafts"_s, u"--mark-unread"_s});
    ASSERT_EQ(to.exitCode, 0) << to.describe();
    const QJsonArray deliveries = production()[u"mailDeliveries"_s].toArray();
    ASSERT_FALSE(deliveries.isEmpty());
    for (const QJsonValue &delivery : deliveries) {
        EXPECT_EQ(delivery[u"mailbox"_s].toString(), u"djohnes@northsupport.example"_s);
        EXPECT_TRUE(delivery[u"folderPath"_s].toString().startsWith(u"Restored/"_s));
        EXPECT_TRUE(delivery[u"unread"_s].toBool());
    }
    EXPECT_TRUE(restoreLog().contains(u"restoreToMailbox"_s));
}

TEST_P(CliActions, severalMailboxesAreOneBulkRestore)
{
    const QString session = explore(u"exchange"_s);
    const QJsonArray mailboxes = names(u"RestoreSessions/"_s + session + u"/Organization/Mailboxes"_s);
    ASSERT_GE(mailboxes.size(), 3);
    // By id: the first two share a name ("Grady Bowen" and his In-Place Archive).
    const CliRun bulk = act(u"restore"_s, {u"--json"_s, session, u"Mailboxes/"_s + mailboxes[0][u"id"_s].toString(),
                                           u"Mailboxes/"_s + mailboxes[2][u"id"_s].toString(), u"--cas-server"_s,
                                           u"outlook.office365.com"_s, u"--exclude-drafts"_s});
    ASSERT_EQ(bulk.exitCode, 0) << bulk.describe();
    EXPECT_EQ(bulk.json().object()[u"action"_s].toString(), u"bulkMailboxRestore"_s);
    EXPECT_FALSE(production()[u"mailRestores"_s].toArray().isEmpty());
    EXPECT_TRUE(restoreLog().contains(u"bulkMailboxRestore"_s));
    // Mail options without --to-mailbox or several mailboxes do not fit.
    expectOneLineFailure(act(u"restore"_s, {session, u"Mailboxes/"_s + mailboxes[0][u"id"_s].toString(), u"--mark-unread"_s}), 2,
                         u"--mark-unread"_s);
    expectOneLineFailure(act(u"restore"_s, {session, u"Mailboxes/"_s + mailboxes[0][u"id"_s].toString(), u"--deleted-items"_s}), 2,
                         u"--deleted-items"_s);
    expectOneLineFailure(act(u"restore"_s, {session, u"Mailboxes/"_s + mailboxes[0][u"id"_s].toString(), u"--folder"_s, u"X"_s}), 2,
                         u"--folder"_s);
}

TEST_P(CliActions, validationErrorsComeFromCoreInOneLineAndSendNothing)
{
    const QString session = explore(u"exchange"_s);
    const QJsonArray mailboxes = names(u"RestoreSessions/"_s + session + u"/Organization/Mailboxes"_s);
    ASSERT_FALSE(mailboxes.isEmpty());
    const QString mailbox = u"Mailboxes/"_s + mailboxes[0][u"name"_s].toString();
    expectOneLineFailure(act(u"restore"_s, {session, mailbox, u"--to-mailbox"_s, u"not an address"_s}), 2, u"address"_s);
    expectOneLineFailure(cli({u"restore"_s, session, mailbox}), 2, u"--restore-user"_s);
    expectOneLineFailure(cli({u"restore"_s, session, mailbox, u"--document-action"_s, u"replace"_s}), 2, u"keep or overwrite"_s);
    expectOneLineFailure(cli({u"copy"_s, session, mailbox}), 2, u"--to-onedrive"_s);
    expectOneLineFailure(cli({u"send"_s, session, mailbox, u"--to"_s, u"r.clark@bestsupport.example"_s}), 2, u"cannot be run"_s);
    expectOneLineFailure(act(u"restore"_s, {session, u"Mailboxes/nobody@nowhere.example"_s}), 5, u"nobody@nowhere.example"_s);
    const QString drives = explore(u"onedrive"_s);
    const QString drive = u"OneDrives/"_s + names(oneDrivesOf(drives))[0][u"name"_s].toString();
    expectOneLineFailure(cli({u"send"_s, drives, drive, u"--from"_s, u"j_smith@bestsupport.example"_s, u"--to"_s, u"someone"_s}), 2,
                         u"address"_s);
    EXPECT_TRUE(production()[u"mailRestores"_s].toArray().isEmpty());
    EXPECT_TRUE(production()[u"mailDeliveries"_s].toArray().isEmpty());
    EXPECT_TRUE(restoreLog().isEmpty()); // nothing was run
}

TEST_P(CliActions, sendWithoutEmailSettingsFailsWithTheServersReason)
{
    const QString session = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_FALSE(drives.isEmpty());
    const CliRun run = cli({u"send"_s, session, u"OneDrives/"_s + drives[0][u"name"_s].toString(), u"--to"_s,
                            u"r.clark@bestsupport.example"_s, u"--from"_s, u"j_smith@bestsupport.example"_s,
                            u"--restore-log"_s, logPath});
    expectOneLineFailure(run, 1, u"EmailSettings"_s);
    EXPECT_TRUE(production()[u"sentMessages"_s].toArray().isEmpty());
    EXPECT_TRUE(restoreLog().contains(u"\"failed\""_s)); // failed runs are logged too
}

TEST_P(CliActions, deviceCodeSignsInWithoutAPassword)
{
    const QString session = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(session));
    ASSERT_FALSE(drives.isEmpty());
    const CliRun run = cli({u"restore"_s, session, u"OneDrives/"_s + drives[0][u"name"_s].toString(), u"--device-code"_s,
                            u"--restore-log"_s, logPath, u"--poll-interval"_s, u"100"_s},
                           "\n"); // Enter after signing in
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(run.err.contains(u"microsoft.com/devicelogin"_s)) << run.describe();
    const QJsonArray changes = production()[u"oneDriveChanges"_s].toArray();
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_TRUE(changes[0][u"restoredBy"_s].toString().startsWith(u"device code"_s));
}

TEST_P(CliSends, sendDeliversTheDocumentsAndMailItems)
{
    const QString drive = explore(u"onedrive"_s);
    const QJsonArray drives = names(oneDrivesOf(drive));
    ASSERT_FALSE(drives.isEmpty());
    const QString oneDrive = oneDrivesOf(drive) + u'/' + vb365emu::test::encoded(drives[0][u"id"_s].toString());
    const QJsonArray documents = names(oneDrive + u"/Documents"_s + (GetParam() == u"v8"_s ? u"?parentId=root"_s : u"?parentId=null"_s));
    ASSERT_GE(documents.size(), 2);
    const QString base = u"OneDrives/"_s + drives[0][u"name"_s].toString() + u'/';
    const CliRun sent = cli({u"send"_s, drive, base + documents[0][u"name"_s].toString(), base + documents[1][u"name"_s].toString(),
                             u"--to"_s, u"r.clark@bestsupport.example"_s, u"--from"_s, u"j_smith@bestsupport.example"_s,
                             u"--subject"_s, u"Support Ticket"_s, u"--text"_s, u"Please find attached the files you requested"_s,
                             u"--restore-log"_s, logPath});
    ASSERT_EQ(sent.exitCode, 0) << sent.describe();
    const QJsonArray messages = production()[u"sentMessages"_s].toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0][u"to"_s].toString(), u"r.clark@bestsupport.example"_s);
    EXPECT_EQ(messages[0][u"subject"_s].toString(), u"Support Ticket"_s);
    EXPECT_EQ(messages[0][u"attachmentCount"_s].toInt(), 2);
    EXPECT_TRUE(restoreLog().contains(u"sendByMail"_s));
}

INSTANTIATE_TEST_SUITE_P(V5AndV8, CliActions, ::testing::Values(u"v5"_s, u"v8"_s),
                         [](const ::testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });
INSTANTIATE_TEST_SUITE_P(V5AndV8, CliSends, ::testing::Values(u"v5"_s, u"v8"_s),
                         [](const ::testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

// A server without 64-bit Outlook (vb365-emulator --no-outlook): the PST export fails in one line with the
// server's reason and leaves nothing in -o DIR.
TEST(CliPstExport, withoutOutlookFailsInOneLineAndLeavesNoFile)
{
    for (const QString &api : {u"v5"_s, u"v8"_s}) {
        EmulatorProcess::Options options;
        options.arguments = {u"--api"_s, api, u"--strict"_s, u"--no-outlook"_s};
        EmulatorProcess emulator(options);
        ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();
        const QStringList connect = connectArguments(emulator.url(), emulator.user(), api);
        const QByteArray password = emulator.password().toUtf8() + '\n';
        const CliRun explored = runCli(connect + QStringList{u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s}, password);
        ASSERT_EQ(explored.exitCode, 0) << explored.describe();
        const QString session = explored.json().object().value(u"id"_s).toString();
        vb365emu::test::Api http(emulator, api);
        const QJsonArray mailboxes = http.get(u"RestoreSessions/"_s + session + u"/Organization/Mailboxes"_s).json()[u"results"_s].toArray();
        ASSERT_FALSE(mailboxes.isEmpty());
        QTemporaryDir output;
        const CliRun run = runCli(connect + QStringList{u"export"_s, session, u"Mailboxes/"_s + mailboxes[0][u"name"_s].toString(),
                                                        u"-o"_s, output.path()},
                                  password);
        EXPECT_EQ(run.exitCode, 1) << run.describe();
        EXPECT_EQ(run.err.trimmed().count(u'\n'), 0) << run.describe();
        EXPECT_TRUE(run.err.contains(u"64-bit"_s)) << run.describe();
        EXPECT_TRUE(QDir(output.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty()) << run.describe();
    }
}

// Ctrl+C while a v8 restore runs: restore-cli stops the restore session it polls and exits 130.
TEST(CliRestoreInterrupt, ctrlCStopsTheV8RestoreSession)
{
    EmulatorProcess::Options options;
    options.arguments = {u"--api"_s, u"v8"_s, u"--strict"_s, u"--restore-duration-ms"_s, u"60000"_s};
    EmulatorProcess emulator(options);
    ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();
    const QStringList connect = connectArguments(emulator.url(), emulator.user(), u"v8"_s);
    const QByteArray password = emulator.password().toUtf8() + '\n';
    const CliRun explored = runCli(connect + QStringList{u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s, u"--type"_s,
                                                         u"onedrive"_s},
                                   password);
    ASSERT_EQ(explored.exitCode, 0) << explored.describe();
    const QString session = explored.json().object().value(u"id"_s).toString();
    vb365emu::test::Api http(emulator, u"v8"_s);
    const QJsonArray drives = http.get(oneDrivesOf(session)).json()[u"results"_s].toArray();
    ASSERT_FALSE(drives.isEmpty());
    QTemporaryDir logDir;

    QProcess cli;
    cli.start(QStringLiteral(RE_CLI_PATH),
              connect + QStringList{u"restore"_s, session, u"OneDrives/"_s + drives[0][u"name"_s].toString(), u"--restore-user"_s,
                                    kRestoreUser, u"--restore-password-stdin"_s, u"--poll-interval"_s, u"100"_s,
                                    u"--restore-log"_s, logDir.filePath(u"log.jsonl"_s)});
    ASSERT_TRUE(cli.waitForStarted());
    cli.write(password + kRestorePassword + '\n');
    cli.closeWriteChannel();
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("running") && clock.elapsed() < 30000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(200);
        err += cli.readAllStandardError();
    }
    ASSERT_TRUE(err.contains("running")) << err.toStdString();
    ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
    ASSERT_TRUE(cli.waitForFinished(30000));
    err += cli.readAllStandardError();
    EXPECT_EQ(cli.exitCode(), 130) << err.toStdString();
    EXPECT_TRUE(err.contains("interrupted")) << err.toStdString();

    // The restore session (not the browsing one) is stopped and its restore event cancelled.
    const QJsonArray sessions = http.get(u"RestoreSessions"_s).json()[u"results"_s].toArray();
    ASSERT_FALSE(sessions.isEmpty());
    const QJsonObject restore = sessions[0].toObject(); // newest first
    EXPECT_NE(restore[u"id"_s].toString(), session);
    EXPECT_EQ(restore[u"state"_s].toString(), u"Stopped"_s);
    const QJsonArray events = http.get(u"RestoreSessions/"_s + restore[u"id"_s].toString() + u"/Events"_s).json()[u"results"_s].toArray();
    bool cancelled = false;
    for (const QJsonValue &event : events)
        cancelled |= event[u"status"_s].toString() == u"Cancelled"_s;
    EXPECT_TRUE(cancelled);
    QFile log(logDir.filePath(u"log.jsonl"_s));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(log.readAll().contains("\"cancelled\""));
}
