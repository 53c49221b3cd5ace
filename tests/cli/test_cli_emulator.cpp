// The real restore-cli binary against vb365-emulator --strict in every dialect: the same tenant must
// list identically in v5, v6, v7 and v8; explore, events and stop work everywhere; failures end
// with their documented exit code and a one-line reason.
#include "cli_process.h"
#include "emulator_process.h"
#include "qt_printers.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>

using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kDialects = {u"v5"_s, u"v6"_s, u"v7"_s, u"v8"_s};

std::unique_ptr<EmulatorProcess> startEmulator(const QStringList &arguments)
{
    EmulatorProcess::Options options;
    options.arguments = arguments;
    auto emulator = std::make_unique<EmulatorProcess>(options);
    EXPECT_TRUE(emulator->start()) << emulator->errorString().toStdString();
    return emulator;
}

std::unique_ptr<EmulatorProcess> strictEmulator(const QString &versions, const QStringList &more = {})
{
    return startEmulator(QStringList{u"--api"_s, versions, u"--strict"_s} + more);
}

CliRun cli(const EmulatorProcess &emulator, const QString &api, const QStringList &command)
{
    return runCli(connectArguments(emulator.url(), emulator.user(), api) + command, emulator.password().toUtf8() + '\n');
}

// The reason of a failed run: exactly one line on standard error, nothing on standard output.
void expectOneLineFailure(const CliRun &run, int exitCode, const QString &mentions)
{
    EXPECT_EQ(run.exitCode, exitCode) << run.describe();
    EXPECT_TRUE(run.out.isEmpty()) << run.describe();
    EXPECT_TRUE(run.err.startsWith(u"restore-cli: "_s)) << run.describe();
    EXPECT_EQ(run.err.trimmed().count(u'\n'), 0) << run.describe();
    EXPECT_TRUE(run.err.contains(mentions, Qt::CaseInsensitive)) << "should mention " << mentions.toStdString() << "\n"
                                                                 << run.describe();
}

// Starts a session with `explore` and returns its id.
QString explore(const EmulatorProcess &emulator, const QString &api, const QStringList &options)
{
    const CliRun run = cli(emulator, api, QStringList{u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s} + options);
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    return run.json().object().value(u"id"_s).toString();
}

// Requests of the emulator's log whose path contains `part`, with their `offset` query value.
QList<int> loggedOffsets(const EmulatorProcess &emulator, const QString &prefix, const QString &pathEnd)
{
    QList<int> offsets;
    for (const QString &line : emulator.logLines()) {
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString path = entry.value(u"path"_s).toString();
        if (path.startsWith(prefix, Qt::CaseInsensitive) && path.endsWith(pathEnd, Qt::CaseInsensitive))
            offsets.append(entry.value(u"query"_s).toObject().value(u"offset"_s).toVariant().toInt());
    }
    return offsets;
}

} // namespace

TEST(CliAgainstEmulator, theSameTenantListsIdenticallyInEveryDialect)
{
    auto emulator = strictEmulator(u"v5,v6,v7,v8"_s);
    const QString mail = explore(*emulator, u"v8"_s, {u"--show-deleted"_s});
    const QString drive = explore(*emulator, u"v8"_s, {u"--type"_s, u"onedrive"_s, u"--show-deleted"_s,
                                                       u"--show-all-versions"_s});
    ASSERT_FALSE(mail.isEmpty());
    ASSERT_FALSE(drive.isEmpty());
    const CliRun drives = cli(*emulator, u"v8"_s, {u"--json"_s, u"ls"_s, drive, u"OneDrives"_s});
    const QString oneDrive = drives.json().object().value(u"oneDrives"_s).toArray().at(0).toObject().value(u"name"_s).toString();
    ASSERT_FALSE(oneDrive.isEmpty()) << drives.describe();

    const QList<QStringList> commands = {
        {u"orgs"_s},
        {u"sessions"_s},
        {u"events"_s, mail},
        {u"ls"_s, mail},
        {u"ls"_s, mail, u"Mailboxes"_s},
        {u"ls"_s, mail, u"Mailboxes/Grady Bowen"_s},
        {u"ls"_s, mail, u"Mailboxes/Grady Bowen/Inbox"_s},
        {u"ls"_s, mail, u"Mailboxes/Grady Bowen/Inbox/Projects/Apollo"_s},
        {u"ls"_s, mail, u"Mailboxes/Lidia Rossi/Calendar"_s},
        {u"ls"_s, mail, u"Mailboxes/Lidia Rossi/Old Projects"_s},
        {u"ls"_s, drive, u"OneDrives"_s},
        {u"ls"_s, drive, u"OneDrives/"_s + oneDrive},
        {u"ls"_s, drive, u"OneDrives/"_s + oneDrive + u"/Documents"_s},
        {u"ls"_s, drive, u"OneDrives/"_s + oneDrive + u"/Documents/Projects/Apollo"_s},
    };
    for (const QStringList &command : commands) {
        for (const QStringList &format : {QStringList{}, QStringList{u"--json"_s}}) {
            const QStringList arguments = format + command;
            const CliRun v5 = cli(*emulator, u"v5"_s, QStringList{u"--page-size"_s, u"3"_s} + arguments);
            ASSERT_EQ(v5.exitCode, 0) << arguments.join(u' ').toStdString() << "\n" << v5.describe();
            EXPECT_TRUE(v5.err.isEmpty()) << v5.describe();
            if (!format.isEmpty()) {
                EXPECT_FALSE(v5.json().isNull()) << v5.describe();
            }
            for (const QString &api : kDialects.mid(1)) {
                const CliRun other = cli(*emulator, api, QStringList{u"--page-size"_s, u"3"_s} + arguments);
                EXPECT_EQ(other.exitCode, 0) << other.describe();
                EXPECT_EQ(other.out, v5.out) << api.toStdString() << " " << arguments.join(u' ').toStdString();
            }
            // Small pages and the default page size list the same rows: every page was followed.
            const CliRun onePage = cli(*emulator, u"v8"_s, arguments);
            EXPECT_EQ(onePage.out, v5.out) << arguments.join(u' ').toStdString();
        }
    }

    // The listings are real, and paging happened in every dialect.
    const QJsonObject mailboxes = cli(*emulator, u"v6"_s, {u"--json"_s, u"ls"_s, mail, u"Mailboxes"_s}).json().object();
    EXPECT_EQ(mailboxes.value(u"mailboxes"_s).toArray().size(), 13);
    const QJsonObject inbox =
        cli(*emulator, u"v7"_s, {u"--json"_s, u"ls"_s, mail, u"Mailboxes/Grady Bowen/Inbox"_s}).json().object();
    EXPECT_GT(inbox.value(u"items"_s).toArray().size(), 20);
    EXPECT_EQ(inbox.value(u"folders"_s).toArray().size(), 2);
    EXPECT_EQ(inbox.value(u"path"_s).toArray().size(), 3); // collection, mailbox, folder
    for (const QString &api : kDialects)
        EXPECT_TRUE(loggedOffsets(*emulator, u"/"_s + api, u"/Mailboxes"_s).contains(12)) << api.toStdString();
}

TEST(CliAgainstEmulator, exploresTheLatestStateOrAPointInTimeInEveryDialect)
{
    for (const QString &api : kDialects) {
        SCOPED_TRACE(api.toStdString());
        auto emulator = strictEmulator(api);

        const CliRun latest = cli(*emulator, api, {u"--json"_s, u"explore"_s, u"CONTOSO.onmicrosoft.com"_s});
        ASSERT_EQ(latest.exitCode, 0) << latest.describe();
        const QJsonObject session = latest.json().object();
        EXPECT_EQ(session.value(u"type"_s).toString(), u"exchange"_s);
        EXPECT_EQ(session.value(u"state"_s).toString(), u"Working"_s);
        const CliRun mailboxes = cli(*emulator, api, {u"--json"_s, u"ls"_s, session.value(u"id"_s).toString(), u"Mailboxes"_s});
        EXPECT_EQ(mailboxes.json().object().value(u"mailboxes"_s).toArray().size(), 13) << mailboxes.describe();

        const CliRun early = cli(*emulator, api, {u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s, u"--at"_s,
                                                  u"2024-01-01T00:00:00Z"_s});
        ASSERT_EQ(early.exitCode, 0) << early.describe();
        EXPECT_TRUE(early.err.contains(u"before the first backup"_s)) << early.describe();
        const CliRun empty = cli(*emulator, api, {u"--json"_s, u"ls"_s, early.json().object().value(u"id"_s).toString(),
                                                  u"Mailboxes"_s});
        EXPECT_EQ(empty.exitCode, 0) << empty.describe();
        EXPECT_TRUE(empty.json().object().value(u"mailboxes"_s).toArray().isEmpty()) << empty.describe();

        const CliRun drive = cli(*emulator, api, {u"explore"_s, u"contoso.onmicrosoft.com"_s, u"--type"_s,
                                                  u"onedrive"_s, u"--at"_s, u"2026-01-01"_s});
        ASSERT_EQ(drive.exitCode, 0) << drive.describe();
        EXPECT_TRUE(drive.out.contains(u"Type:         onedrive"_s)) << drive.describe();

        const CliRun never = cli(*emulator, api, {u"explore"_s, u"fabrikam.onmicrosoft.com"_s});
        EXPECT_EQ(never.exitCode, 0) << never.describe();
        EXPECT_TRUE(never.err.contains(u"no backup yet"_s)) << never.describe();
    }
}

TEST(CliAgainstEmulator, listsEventsAndStopsASessionByNameInEveryDialect)
{
    for (const QString &api : kDialects) {
        SCOPED_TRACE(api.toStdString());
        auto emulator = strictEmulator(api);
        const CliRun started = cli(*emulator, api, {u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s});
        ASSERT_EQ(started.exitCode, 0) << started.describe();
        const QString name = started.json().object().value(u"name"_s).toString();
        const QString id = started.json().object().value(u"id"_s).toString();

        const CliRun events = cli(*emulator, api, {u"events"_s, id});
        EXPECT_EQ(events.exitCode, 0) << events.describe();
        EXPECT_TRUE(events.out.contains(u"Restore session started"_s)) << events.describe();

        const CliRun stopped = cli(*emulator, api, {u"--json"_s, u"stop"_s, name.toUpper()});
        ASSERT_EQ(stopped.exitCode, 0) << stopped.describe();
        EXPECT_EQ(stopped.json().object().value(u"id"_s).toString(), id);
        EXPECT_EQ(stopped.json().object().value(u"state"_s).toString(), u"Stopped"_s);
        EXPECT_TRUE(stopped.json().object().value(u"endTime"_s).isString()) << stopped.describe();

        const CliRun sessions = cli(*emulator, api, {u"sessions"_s});
        EXPECT_TRUE(sessions.out.contains(u"Stopped"_s)) << sessions.describe();
        expectOneLineFailure(cli(*emulator, api, {u"ls"_s, id, u"Mailboxes"_s}), 1, u"stopped"_s);
    }
}

TEST(CliAgainstEmulator, pathsTakeIdsThatContainSlashes)
{
    auto emulator = strictEmulator(u"v7"_s);
    const QString session = explore(*emulator, u"v7"_s, {});
    const QJsonObject mailbox =
        cli(*emulator, u"v7"_s, {u"--json"_s, u"ls"_s, session, u"Mailboxes/Grady Bowen"_s}).json().object();
    const QJsonArray path = mailbox.value(u"path"_s).toArray();
    ASSERT_EQ(path.size(), 2);
    const QString mailboxId = path.at(1).toObject().value(u"id"_s).toString();
    QString inboxId;
    for (const QJsonValue &folder : mailbox.value(u"folders"_s).toArray()) {
        if (folder.toObject().value(u"name"_s).toString() == u"Inbox"_s)
            inboxId = folder.toObject().value(u"id"_s).toString();
    }
    ASSERT_TRUE(inboxId.contains(u'/')) << inboxId.toStdString();

    const CliRun byName = cli(*emulator, u"v7"_s, {u"ls"_s, session, u"Mailboxes/Grady Bowen/Inbox/Projects"_s});
    const CliRun byId = cli(*emulator, u"v7"_s, {u"ls"_s, session, u"/Mailboxes/%1/%2/Projects/"_s.arg(mailboxId, inboxId)});
    ASSERT_EQ(byId.exitCode, 0) << byId.describe();
    EXPECT_EQ(byId.out, byName.out);
    EXPECT_TRUE(byId.out.contains(u"Apollo/"_s)) << byId.describe();
}

TEST(CliAgainstEmulator, anAmbiguousNameListsTheCandidates)
{
    auto emulator = strictEmulator(u"v8"_s);
    const QString session = explore(*emulator, u"v8"_s, {});
    const CliRun run = cli(*emulator, u"v8"_s, {u"ls"_s, session, u"Mailboxes/grady.bowen@contoso.onmicrosoft.com"_s});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_TRUE(run.err.contains(u"matches 2 mailboxes"_s)) << run.describe();
    EXPECT_TRUE(run.err.contains(u"In-Place Archive - Grady Bowen"_s)) << run.describe();
    EXPECT_EQ(run.err.count(u"(id "_s), 2) << run.describe();
}

TEST(CliAgainstEmulator, failuresEndWithTheirExitCodeAndOneLine)
{
    auto emulator = strictEmulator(u"v5,v8"_s, {u"--fail"_s, u"GET /v8/RestoreSessions/*/Events=503:Maintenance window"_s});
    const QString session = explore(*emulator, u"v8"_s, {});
    for (const QString &api : {u"v5"_s, u"v8"_s}) {
        const CliRun wrong = runCli(connectArguments(emulator->url(), emulator->user(), api) + QStringList{u"orgs"_s},
                                    "not-the-password\n");
        expectOneLineFailure(wrong, 4, u"user name or password"_s);
        EXPECT_FALSE(wrong.err.contains(u"not-the-password"_s));
    }
    expectOneLineFailure(cli(*emulator, u"v8"_s, {u"events"_s, u"7f1c2c55-0000-4000-8000-000000000000"_s}), 5,
                         u"7f1c2c55-0000-4000-8000-000000000000"_s);
    expectOneLineFailure(cli(*emulator, u"v8"_s, {u"explore"_s, u"northwind"_s}), 5, u"northwind"_s);
    expectOneLineFailure(cli(*emulator, u"v8"_s, {u"ls"_s, session, u"Mailboxes/Nobody"_s}), 5, u"Nobody"_s);
    expectOneLineFailure(cli(*emulator, u"v8"_s, {u"ls"_s, session, u"Sites"_s}), 5, u"Sites"_s);
    expectOneLineFailure(cli(*emulator, u"v8"_s, {u"events"_s, session}), 1, u"Maintenance window"_s);
    expectOneLineFailure(cli(*emulator, u"v6"_s, {u"orgs"_s}), 1, u"does not serve API v6"_s);
    expectOneLineFailure(runCli({u"--server"_s, emulator->url().toString(), u"orgs"_s}, {}), 2, u"--user"_s);
    expectOneLineFailure(runCli(connectArguments(emulator->url(), emulator->user()) + QStringList{u"orgs"_s}, {}), 6,
                         u"password"_s);

    QUrl refused = emulator->url();
    refused.setPort(1);
    expectOneLineFailure(runCli(connectArguments(refused, u"x"_s) + QStringList{u"orgs"_s}, "pw\n"), 1, u"refused"_s);
}

TEST(CliAgainstEmulator, anUntrustedCertificateNamesItsFingerprintAndTheFlag)
{
    auto emulator = strictEmulator(u"v6,v8"_s, {u"--tls"_s});
    const QString sha256 = emulator->certificateSha256();
    ASSERT_EQ(sha256.size(), 64);

    const CliRun unknown = cli(*emulator, {}, {u"orgs"_s});
    expectOneLineFailure(unknown, 3, u"--trust-fingerprint "_s + sha256);

    QString colons; // the notation certificate viewers show
    for (int i = 0; i < sha256.size(); i += 2)
        colons += (i ? u":"_s : QString()) + sha256.mid(i, 2).toUpper();
    const CliRun pinned = cli(*emulator, {}, {u"--trust-fingerprint"_s, colons, u"orgs"_s});
    EXPECT_EQ(pinned.exitCode, 0) << pinned.describe();
    EXPECT_TRUE(pinned.out.contains(u"contoso.onmicrosoft.com"_s)) << pinned.describe();

    const CliRun other = cli(*emulator, u"v8"_s, {u"--trust-fingerprint"_s, QString(64, u'c'), u"orgs"_s});
    expectOneLineFailure(other, 3, u"does not match --trust-fingerprint"_s);
}

TEST(CliAgainstEmulator, verboseLogsRequestsButNoSecrets)
{
    auto emulator = strictEmulator(u"v8"_s);
    const CliRun run = cli(*emulator, {}, {u"--verbose"_s, u"orgs"_s});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(run.err.contains(u"/v8/Organizations"_s, Qt::CaseInsensitive)) << run.describe();
    EXPECT_FALSE(run.err.contains(emulator->password())) << run.describe();
    EXPECT_FALSE(run.err.contains(u"Bearer"_s, Qt::CaseInsensitive)) << run.describe();
    EXPECT_FALSE(run.err.contains(u"access_token"_s)) << run.describe();
    EXPECT_FALSE(run.out.contains(emulator->password())) << run.describe();
}
