// The restore log: JSON lines in, rows out, CSV export, corrupt lines skipped, never a secret.

#include "actions/restorelog.h"

#include "qt_printers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace re;
using namespace re::actions;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"Hunter2-Pa55!"_s;

RestoreToMailbox restoreToMailbox()
{
    RestoreToMailbox request;
    request.target.ref = {ResourceKind::Mailbox, {}, u"session-1"_s, u"mailbox-1"_s, {}, {}};
    request.mailbox = u"target@contoso.com"_s;
    request.credentials = RestoreCredentials::withPassword(u"admin@contoso.com"_s, kSecret);
    return request;
}

RestoreOutcome successfulOutcome()
{
    RestoreOutcome outcome;
    outcome.result = Outcome::Success;
    outcome.started = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    outcome.finished = outcome.started.addSecs(42);
    RestoreStatistics statistics;
    statistics.family = RestoreStatistics::Family::Exchange;
    statistics.createdItemsCount = 3;
    statistics.mergedItemsCount = 1;
    statistics.skippedItemsCount = 0;
    statistics.failedItemsCount = 0;
    outcome.statistics = statistics;
    return outcome;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(RestoreLog, DefaultPathIsInTheAppDataDirectory)
{
    EXPECT_TRUE(RestoreLog::defaultPath().endsWith(u"/restore-log.jsonl"_s));
    EXPECT_TRUE(RestoreLog::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

TEST(RestoreLog, AppendsOneLinePerActionAndReadsThemBack)
{
    QTemporaryDir dir;
    const RestoreLog log(dir.filePath(u"sub/restore-log.jsonl"_s));
    const JournalContext context {u"helpdesk"_s, u"https://vbo.example.test:4443"_s, u"Contoso"_s,
                                  u"Ticket 4711, user deleted the Projects folder"_s};
    ASSERT_TRUE(log.append(RestoreLogEntry::make(context, restoreToMailbox(), successfulOutcome())));
    RestoreOutcome failed;
    failed.result = Outcome::Failed;
    failed.message = u"The mailbox was not found."_s;
    ASSERT_TRUE(log.append(RestoreLogEntry::make(context, restoreToMailbox(), failed)));

    EXPECT_EQ(fileBytes(log.filePath()).count('\n'), 2);
    EXPECT_EQ(QFile::permissions(log.filePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    const auto contents = log.read();
    ASSERT_TRUE(contents);
    ASSERT_EQ(contents->entries.size(), 2);
    EXPECT_EQ(contents->skippedLines, 0);
    const RestoreLogEntry &first = contents->entries.first();
    EXPECT_EQ(first.action, u"restoreToMailbox"_s);
    EXPECT_EQ(first.user, u"helpdesk"_s);
    EXPECT_EQ(first.server, u"https://vbo.example.test:4443"_s);
    EXPECT_EQ(first.organization, u"Contoso"_s);
    EXPECT_EQ(first.sessionId, u"session-1"_s);
    EXPECT_EQ(first.target, u"mailbox mailbox-1"_s);
    EXPECT_EQ(first.reason, context.reason);
    EXPECT_EQ(first.outcome, u"success"_s);
    EXPECT_EQ(first.counters.value(u"created"_s).toInt(), 3);
    EXPECT_EQ(first.options.value(u"mailbox"_s).toString(), u"target@contoso.com"_s);
    EXPECT_EQ(first.started, successfulOutcome().started);
    EXPECT_EQ(first.finished, successfulOutcome().finished);
    EXPECT_EQ(contents->entries.last().outcome, u"failed"_s);
    EXPECT_EQ(contents->entries.last().message, u"The mailbox was not found."_s);
}

TEST(RestoreLog, HoldsNoPassword)
{
    QTemporaryDir dir;
    const RestoreLog log(dir.filePath(u"restore-log.jsonl"_s));
    BulkOneDriveRestore bulk;
    bulk.sessionId = u"s"_s;
    bulk.oneDrives = {QJsonObject {{u"id"_s, u"od-1"_s}, {u"name"_s, u"Alice"_s}}};
    bulk.credentials.office = RestoreCredentials::withPassword(u"office@contoso.com"_s, kSecret);
    bulk.credentials.onPremises = UserPassword {u"admin"_s, kSecret};
    ASSERT_TRUE(log.append(RestoreLogEntry::make({}, restoreToMailbox(), successfulOutcome())));
    ASSERT_TRUE(log.append(RestoreLogEntry::make({}, bulk, successfulOutcome())));
    // Even an entry assembled by hand with secrets in its options loses them on the way in.
    RestoreLogEntry handMade;
    handMade.action = u"restoreToOriginal"_s;
    handMade.options = QJsonObject {{u"userPassword"_s, kSecret},
                                    {u"nested"_s, QJsonObject {{u"applicationCertificatePassword"_s, kSecret}}}};
    ASSERT_TRUE(log.append(handMade));

    const QByteArray bytes = fileBytes(log.filePath());
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(kSecret.toUtf8())) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(maskedSecret().toUtf8()));
    EXPECT_TRUE(bytes.contains("admin@contoso.com")); // the account name is kept: who restored with what

    const QString csvPath = dir.filePath(u"export.csv"_s);
    ASSERT_TRUE(log.exportCsv(csvPath));
    EXPECT_FALSE(fileBytes(csvPath).contains(kSecret.toUtf8()));
}

TEST(RestoreLog, SkipsAndCountsCorruptLines)
{
    QTemporaryDir dir;
    const RestoreLog log(dir.filePath(u"restore-log.jsonl"_s));
    ASSERT_TRUE(log.append(RestoreLogEntry::make({}, restoreToMailbox(), successfulOutcome())));
    {
        QFile file(log.filePath());
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("{\"action\": \"restoreTo\", truncated\n");
        file.write("[1, 2, 3]\n");
        file.write("{\"no\": \"action\"}\n");
        file.write("\n");
    }
    ASSERT_TRUE(log.append(RestoreLogEntry::make({}, restoreToMailbox(), successfulOutcome())));
    const auto contents = log.read();
    ASSERT_TRUE(contents);
    EXPECT_EQ(contents->entries.size(), 2);
    EXPECT_EQ(contents->skippedLines, 3);
}

TEST(RestoreLog, MissingFileIsAnEmptyLog)
{
    QTemporaryDir dir;
    const auto contents = RestoreLog(dir.filePath(u"none.jsonl"_s)).read();
    ASSERT_TRUE(contents);
    EXPECT_TRUE(contents->entries.isEmpty());
}

TEST(RestoreLog, UnwritableLocationIsAClearError)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const RestoreLog log(dir.filePath(u"file/restore-log.jsonl"_s)); // a directory that is a file
    const auto written = log.append(RestoreLogEntry::make({}, restoreToMailbox(), successfulOutcome()));
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().contains(u"restore log"_s)) << written.error().toStdString();
}

TEST(RestoreLog, CsvQuotesAndDefusesFormulas)
{
    RestoreLogEntry entry;
    entry.action = u"sendByMail"_s;
    entry.reason = u"He said \"urgent\", twice\nsecond line"_s;
    entry.organization = u"=HYPERLINK(\"http://evil\")"_s;
    entry.counters = QJsonObject {{u"created"_s, 2}, {u"failed"_s, 0}};
    const QString csv = RestoreLog::toCsv({entry});
    const QStringList lines = csv.split(u"\r\n"_s);
    EXPECT_TRUE(lines.first().startsWith(u"started,finished,user,server,organization"_s));
    EXPECT_TRUE(csv.contains(u"\"He said \"\"urgent\"\", twice\nsecond line\""_s)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(u"\"created=2; failed=0\""_s)) << csv.toStdString();
    EXPECT_TRUE(csv.endsWith(u"\r\n"_s));
}

TEST(RestoreLog, WithoutSecretsMasksAtAnyDepth)
{
    const QJsonObject masked = withoutSecrets(QJsonObject {
        {u"userName"_s, u"a"_s},
        {u"OfficeUserPassword"_s, u"x"_s},
        {u"list"_s, QJsonArray {QJsonObject {{u"refresh_token"_s, u"t"_s}}}},
        {u"credentials.userCode"_s, u"ABCD"_s}});
    EXPECT_EQ(masked.value(u"userName"_s).toString(), u"a"_s);
    EXPECT_EQ(masked.value(u"OfficeUserPassword"_s).toString(), maskedSecret());
    EXPECT_EQ(masked.value(u"list"_s).toArray().first().toObject().value(u"refresh_token"_s).toString(), maskedSecret());
    EXPECT_EQ(masked.value(u"credentials.userCode"_s).toString(), maskedSecret());
}

TEST(RestoreOutcomes, CountersFollowTheFamily)
{
    RestoreStatistics oneDrive;
    oneDrive.family = RestoreStatistics::Family::OneDrive;
    oneDrive.totalItemsCount = 5;
    oneDrive.restoredItemsCount = 3;
    oneDrive.skippedItemsByNoChangesCount = 2;
    const QJsonObject counters = countersToJson(countersOf(oneDrive));
    EXPECT_EQ(counters.value(u"total"_s).toInt(), 5);
    EXPECT_EQ(counters.value(u"restored"_s).toInt(), 3);
    EXPECT_EQ(counters.value(u"skippedNoChanges"_s).toInt(), 2);
    EXPECT_FALSE(counters.contains(u"failed"_s)); // not sent = not shown, never 0
    EXPECT_EQ(judge(oneDrive), Outcome::Success);

    RestoreStatistics partly;
    partly.family = RestoreStatistics::Family::Exchange;
    partly.createdItemsCount = 4;
    partly.failedItemsCount = 1;
    partly.exceptions = {u"Item X: access denied"_s};
    EXPECT_EQ(judge(partly), Outcome::Warning);
    EXPECT_EQ(problemsOf(partly), QStringList {u"Item X: access denied"_s});

    RestoreStatistics stopped = partly;
    stopped.cannotContinueError = u"The mailbox is on Litigation Hold."_s;
    EXPECT_EQ(judge(stopped), Outcome::Failed);
    EXPECT_EQ(problemsOf(stopped).first(), u"The mailbox is on Litigation Hold."_s);

    RestoreStatistics bulk;
    bulk.family = RestoreStatistics::Family::Bulk;
    bulk.status = Outcome::Warning;
    bulk.details = {BulkRestoreDetail {u"1"_s, u"a"_s, Outcome::Success, {}, {}},
                    BulkRestoreDetail {u"2"_s, u"b"_s, Outcome::Failed, u"not resolved"_s, {}}};
    const QJsonObject bulkCounters = countersToJson(countersOf(bulk));
    EXPECT_EQ(bulkCounters.value(u"targets"_s).toInt(), 2);
    EXPECT_EQ(bulkCounters.value(u"failed"_s).toInt(), 1);
    EXPECT_EQ(judge(bulk), Outcome::Warning);
    EXPECT_EQ(problemsOf(bulk), QStringList {u"b: not resolved"_s});
}
