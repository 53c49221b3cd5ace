#include "download_test_support.h"
#include "qt_printers.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStorageInfo>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace re {
namespace {

using test::FakeDownloadServer;
using test::FakeResponse;
using test::JobRun;
using test::fastPolicy;
using test::fileMatchesPattern;
using test::filesIn;

const QByteArray kZipMagic("PK\x03\x04\x14\x00\x08\x00", 8);
const QByteArray kPstMagic("!BDN\x9A\x3B\x01\x00", 8);
const QByteArray kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

class DownloadJobTest : public ::testing::Test
{
protected:
    QString dir() const { return m_dir.path(); }
    QNetworkAccessManager *nam() { return &m_nam; }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

TEST_F(DownloadJobTest, StreamsToPartThenRenamesToTheSniffedName)
{
    FakeResponse response;
    response.size = 3 * 1024 * 1024 + 17;
    response.magic = kZipMagic;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"Documents"_s);

    QStringList partsSeen;
    QObject::connect(run.job.get(), &DownloadJob::progressChanged, run.job.get(), [&] {
        for (const QString &f : filesIn(dir()))
            if (!partsSeen.contains(f))
                partsSeen << f;
    });
    ASSERT_TRUE(run.run());

    const DownloadSnapshot s = run.job->snapshot();
    ASSERT_EQ(s.state, DownloadState::Finished) << s.error.message.toStdString();
    EXPECT_EQ(filesIn(dir()), QStringList{u"Documents.zip"_s});
    EXPECT_EQ(s.finalPath, QDir(dir()).absoluteFilePath(u"Documents.zip"_s));
    EXPECT_EQ(s.receivedBytes, response.size);
    EXPECT_EQ(s.totalBytes, response.size);
    EXPECT_TRUE(fileMatchesPattern(s.finalPath, response.size, kZipMagic));
    // While bytes arrived, only the .part existed.
    EXPECT_EQ(partsSeen.value(0), u"Documents.part"_s);
    EXPECT_EQ(run.states, (QList<DownloadState>{DownloadState::Preparing, DownloadState::Downloading,
                                                DownloadState::Verifying, DownloadState::Finished}));
    // The request asked for the raw stream.
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests()[0].headers.value("accept"), "application/octet-stream");
    EXPECT_EQ(server.requests()[0].method, "POST");
}

TEST_F(DownloadJobTest, EachKindOfSaveGetsTheRightExtension)
{
    struct Case
    {
        QByteArray magic;
        QString suggested;
        QString expected;
    };
    const QList<Case> cases = {
        {kPstMagic, u"Mailbox.pst"_s, u"Mailbox.pst"_s},
        {kZipMagic, u"Mailbox.pst"_s, u"Mailbox.zip"_s}, // PST split into parts: a ZIP
        {kOleMagic, u"Subject line.msg"_s, u"Subject line.msg"_s},
        {kOleMagic, u"Item"_s, u"Item.msg"_s},
        {kZipMagic, u"report.docx"_s, u"report.docx"_s}, // an Office file is a ZIP: keep it
        {QByteArray("%PDF-1.7\n"), u"manual.pdf"_s, u"manual.pdf"_s},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.expected.toStdString());
        QTemporaryDir target;
        FakeResponse response;
        response.size = 4096;
        response.magic = c.magic;
        FakeDownloadServer server(FakeDownloadServer::always(response));
        JobRun run(nam(), server.url(), target.path(), c.suggested);
        ASSERT_TRUE(run.run());
        ASSERT_EQ(run.job->state(), DownloadState::Finished);
        EXPECT_EQ(filesIn(target.path()), QStringList{c.expected});
        EXPECT_TRUE(fileMatchesPattern(run.job->snapshot().finalPath, response.size, c.magic));
    }
}

TEST_F(DownloadJobTest, ServerNameFromContentDispositionIsSanitised)
{
    FakeResponse response;
    response.size = 1000;
    response.magic = kZipMagic;
    response.contentDisposition = "attachment; filename=\"../../../etc/CON.zip\"";
    FakeDownloadServer server(FakeDownloadServer::always(response));
    QTemporaryDir outer;
    const QString target = outer.filePath(u"inner/deeper"_s);
    ASSERT_TRUE(QDir().mkpath(target));
    JobRun run(nam(), server.url(), target, u"fallback.zip"_s);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(filesIn(target), QStringList{u"_._._etc_CON.zip"_s});
    EXPECT_EQ(QFileInfo(run.job->snapshot().finalPath).absolutePath(), QDir(target).absolutePath());
    EXPECT_TRUE(filesIn(outer.path()).isEmpty());
    EXPECT_TRUE(filesIn(outer.filePath(u"inner"_s)).isEmpty());
}

TEST_F(DownloadJobTest, AsciiFallbackOfTheKnownNameKeepsTheRealName)
{
    FakeResponse response;
    response.size = 500;
    response.contentDisposition = "attachment; filename=\"R_sum_.docx\"";
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"Résumé.docx"_s);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(filesIn(dir()), QStringList{u"Résumé.docx"_s});
}

// Found by the fault matrix (docs/hardening.md): a 200 whose body is JSON is not the file — never
// saved under the file's name, never retried.
TEST_F(DownloadJobTest, JsonInsteadOfTheFileIsRefusedAndNothingIsSaved)
{
    FakeResponse response;
    response.body = R"({"unexpected": true})";
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"item.msg"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.kind, ApiError::Kind::UnexpectedResponse);
    EXPECT_TRUE(s.error.message.startsWith(u"The server answered with a JSON document instead of the file"_s))
        << s.error.message.toStdString();
    EXPECT_TRUE(filesIn(dir()).isEmpty());
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(DownloadJobTest, HostileNamesStayInsideTheFolder)
{
    const QList<QByteArray> hostile = {
        "attachment; filename=\"..\"",
        "attachment; filename=\"/etc/passwd\"",
        "attachment; filename*=UTF-8''..%2F..%2Fescape.zip",
        "attachment; filename=\"AUX\"",
        "attachment; filename=\"a\x01\x1b" "b\\c.zip\"",
        "attachment; filename=\"" + QByteArray(400, 'x') + ".zip\"",
    };
    for (const QByteArray &disposition : hostile) {
        SCOPED_TRACE(disposition.toStdString());
        QTemporaryDir outer;
        const QString target = outer.filePath(u"t"_s);
        ASSERT_TRUE(QDir().mkpath(target));
        FakeResponse response;
        response.size = 100;
        response.magic = kZipMagic;
        response.contentDisposition = disposition;
        FakeDownloadServer server(FakeDownloadServer::always(response));
        JobRun run(nam(), server.url(), target, u"Documents.zip"_s);
        ASSERT_TRUE(run.run());
        ASSERT_EQ(run.job->state(), DownloadState::Finished) << run.job->snapshot().error.message.toStdString();
        const QStringList files = filesIn(target);
        ASSERT_EQ(files.size(), 1);
        EXPECT_LE(files[0].toUtf8().size(), 255);
        EXPECT_TRUE(files[0].endsWith(u".zip"_s)) << files[0].toStdString();
        EXPECT_EQ(filesIn(outer.path()), QStringList());
    }
}

TEST_F(DownloadJobTest, ExistingFileIsNeverOverwritten)
{
    for (const QString &existing : {u"report.zip"_s, u"report (1).zip"_s}) {
        QFile f(QDir(dir()).filePath(existing));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    FakeResponse response;
    response.size = 5000;
    response.magic = kZipMagic;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"report.zip"_s);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(QFileInfo(run.job->snapshot().finalPath).fileName(), u"report (2).zip"_s);
    for (const QString &existing : {u"report.zip"_s, u"report (1).zip"_s}) {
        QFile f(QDir(dir()).filePath(existing));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), "keep me");
    }
}

TEST_F(DownloadJobTest, ConcurrentJobsWithTheSameNameGetDistinctFiles)
{
    FakeResponse response;
    response.size = 200000;
    response.magic = kPstMagic;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun a(nam(), server.url(), dir(), u"Mailbox.pst"_s);
    JobRun b(nam(), server.url(), dir(), u"Mailbox.pst"_s);
    a.job->start();
    b.job->start();
    EXPECT_NE(a.job->partPath(), b.job->partPath());
    ASSERT_TRUE(test::waitUntil([&] { return isTerminal(a.job->state()) && isTerminal(b.job->state()); }));
    EXPECT_EQ(filesIn(dir()), (QStringList{u"Mailbox (1).pst"_s, u"Mailbox.pst"_s}));
}

TEST_F(DownloadJobTest, NoContentLengthCompletesWhenTheServerCloses)
{
    FakeResponse response;
    response.size = 777777;
    response.magic = kZipMagic;
    response.sendContentLength = false;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"Files.zip"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    ASSERT_EQ(s.state, DownloadState::Finished) << s.error.message.toStdString();
    EXPECT_EQ(s.totalBytes, -1);
    EXPECT_TRUE(fileMatchesPattern(s.finalPath, response.size, kZipMagic));
}

TEST_F(DownloadJobTest, DroppedConnectionIsRetriedFromZeroWhenRangesAreNotOffered)
{
    FakeDownloadServer server([](int index, const test::RecordedRequest &) {
        FakeResponse r;
        r.size = 2 * 1024 * 1024;
        r.magic = kZipMagic;
        if (index == 0)
            r.dropAfterBytes = 700000;
        return r;
    });
    JobRun run(nam(), server.url(), dir(), u"Docs.zip"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    ASSERT_EQ(s.state, DownloadState::Finished) << s.error.message.toStdString();
    EXPECT_TRUE(run.passedThrough(DownloadState::Retrying));
    EXPECT_EQ(s.attempt, 2);
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_FALSE(server.requests()[1].headers.contains("range"));
    EXPECT_EQ(server.requests()[1].body, "{}"); // the action is re-issued as it was
    EXPECT_TRUE(fileMatchesPattern(s.finalPath, 2 * 1024 * 1024, kZipMagic));
    EXPECT_EQ(filesIn(dir()), QStringList{u"Docs.zip"_s});
}

TEST_F(DownloadJobTest, DroppedConnectionResumesWithRangeWhenTheServerHonoursIt)
{
    const qint64 size = 3 * 1024 * 1024 + 5;
    FakeDownloadServer server([size](int index, const test::RecordedRequest &) {
        FakeResponse r;
        r.size = size;
        r.magic = kPstMagic;
        r.acceptRanges = true;
        r.etag = "\"abc\"";
        if (index == 0)
            r.dropAfterBytes = 1000000;
        return r;
    });
    JobRun run(nam(), server.url(), dir(), u"Mailbox.pst"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    ASSERT_EQ(s.state, DownloadState::Finished) << s.error.message.toStdString();
    ASSERT_EQ(server.requests().size(), 2);
    const QByteArray range = server.requests()[1].headers.value("range");
    ASSERT_TRUE(range.startsWith("bytes=")) << range.toStdString();
    const qint64 resumedAt = range.mid(6, range.size() - 7).toLongLong();
    EXPECT_GT(resumedAt, 0);
    EXPECT_LE(resumedAt, 1000000);
    EXPECT_EQ(server.requests()[1].headers.value("if-range"), "\"abc\"");
    EXPECT_TRUE(fileMatchesPattern(s.finalPath, size, kPstMagic));
}

TEST_F(DownloadJobTest, WrongContentRangeRestartsFromZero)
{
    const qint64 size = 1024 * 1024;
    FakeDownloadServer server([size](int index, const test::RecordedRequest &) {
        FakeResponse r;
        r.size = size;
        r.magic = kZipMagic;
        r.acceptRanges = true;
        if (index == 0)
            r.dropAfterBytes = 300000;
        if (index == 1)
            r.wrongRangeShift = 1; // says it starts one byte later than asked
        return r;
    });
    JobRun run(nam(), server.url(), dir(), u"x.zip"_s);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished) << run.job->snapshot().error.message.toStdString();
    ASSERT_EQ(server.requests().size(), 3);
    EXPECT_TRUE(server.requests()[1].headers.contains("range"));
    EXPECT_FALSE(server.requests()[2].headers.contains("range"));
    EXPECT_TRUE(fileMatchesPattern(run.job->snapshot().finalPath, size, kZipMagic));
}

TEST_F(DownloadJobTest, RangeIgnoredByTheServerTruncatesThePart)
{
    const qint64 size = 1500000;
    FakeDownloadServer server([size](int index, const test::RecordedRequest &) {
        FakeResponse r;
        r.size = size;
        r.magic = kZipMagic;
        // Advertises ranges on the first reply, then answers the range request with a full 200.
        r.acceptRanges = index == 0;
        r.etag = "\"e\"";
        if (index == 0)
            r.dropAfterBytes = 600000;
        return r;
    });
    JobRun run(nam(), server.url(), dir(), u"x.zip"_s);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_TRUE(server.requests()[1].headers.contains("range"));
    EXPECT_TRUE(fileMatchesPattern(run.job->snapshot().finalPath, size, kZipMagic));
}

TEST_F(DownloadJobTest, SlowFirstByteShowsPreparingAndStillCompletes)
{
    FakeResponse response;
    response.size = 50000;
    response.magic = kPstMagic;
    response.firstByteDelayMs = 1500;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    DownloadPolicy policy = fastPolicy();
    policy.stallTimeout = std::chrono::milliseconds(500); // must not apply before the first byte
    JobRun run(nam(), server.url(), dir(), u"Mailbox.pst"_s, policy);
    run.job->start();
    ASSERT_TRUE(test::waitUntil([&] { return run.job->snapshot().waitingMs >= 1000; }, 5000));
    EXPECT_EQ(run.job->state(), DownloadState::Preparing);
    ASSERT_TRUE(test::waitUntil([&] { return isTerminal(run.job->state()); }));
    EXPECT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(DownloadJobTest, FirstByteWatchdogRetriesAndThenGivesUp)
{
    FakeResponse response;
    response.size = 100;
    response.firstByteDelayMs = 5000;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    DownloadPolicy policy = fastPolicy();
    policy.firstByteTimeout = std::chrono::milliseconds(200);
    policy.maxAttempts = 2;
    JobRun run(nam(), server.url(), dir(), u"Mailbox.pst"_s, policy);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(s.error.message.contains(u"after 2 attempt"_s)) << s.error.message.toStdString();
    EXPECT_EQ(server.requests().size(), 2);
    EXPECT_TRUE(filesIn(dir()).isEmpty());
}

TEST_F(DownloadJobTest, StalledTransferIsAbortedAndRetried)
{
    FakeDownloadServer server([](int index, const test::RecordedRequest &) {
        FakeResponse r;
        r.size = 400000;
        r.magic = kZipMagic;
        if (index == 0)
            r.stallAfterBytes = 100000;
        return r;
    });
    DownloadPolicy policy = fastPolicy();
    policy.stallTimeout = std::chrono::milliseconds(300);
    JobRun run(nam(), server.url(), dir(), u"a.zip"_s, policy);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(server.requests().size(), 2);
    EXPECT_TRUE(fileMatchesPattern(run.job->snapshot().finalPath, 400000, kZipMagic));
}

TEST_F(DownloadJobTest, ServerErrorFailsWithItsMessageAndIsNotRetried)
{
    FakeResponse response;
    response.status = 500;
    response.body = R"({"message":"Failed to export: 64-bit Outlook is not installed."})";
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"Mailbox.pst"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.httpStatus, 500);
    EXPECT_EQ(s.error.serverMessage, u"Failed to export: 64-bit Outlook is not installed."_s);
    EXPECT_TRUE(s.error.message.contains(u"64-bit Outlook"_s));
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(filesIn(dir()).isEmpty());
}

TEST_F(DownloadJobTest, ServiceUnavailableIsRetried)
{
    FakeDownloadServer server([](int index, const test::RecordedRequest &) {
        FakeResponse r;
        if (index == 0) {
            r.status = 503;
            r.body = R"({"message":"busy"})";
        } else {
            r.size = 1234;
            r.magic = kOleMagic;
        }
        return r;
    });
    JobRun run(nam(), server.url(), dir(), u"Hello"_s);
    ASSERT_TRUE(run.run());
    ASSERT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(filesIn(dir()), QStringList{u"Hello.msg"_s});
}

TEST_F(DownloadJobTest, GivesUpAfterMaxAttemptsAndLeavesNothing)
{
    FakeResponse response;
    response.size = 100000;
    response.magic = kZipMagic;
    response.dropAfterBytes = 5000;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    DownloadPolicy policy = fastPolicy();
    policy.maxAttempts = 3;
    JobRun run(nam(), server.url(), dir(), u"a.zip"_s, policy);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.job->state(), DownloadState::Failed);
    EXPECT_EQ(run.job->snapshot().error.kind, ApiError::Kind::ConnectionLost);
    EXPECT_EQ(server.requests().size(), 3);
    EXPECT_TRUE(filesIn(dir()).isEmpty());
}

TEST_F(DownloadJobTest, MissingFolderFailsClearlyBeforeSending)
{
    FakeResponse response;
    response.size = 10;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir() + u"/does/not/exist"_s, u"a.zip"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.kind, ApiError::Kind::Local);
    EXPECT_TRUE(s.error.message.contains(u"does not exist"_s)) << s.error.message.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(DownloadJobTest, UnwritableFolderFailsClearlyBeforeSending)
{
    FakeResponse response;
    response.size = 10;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    QString target = dir() + u"/readonly"_s;
    ASSERT_TRUE(QDir().mkpath(target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ExeOwner);
    if (::geteuid() == 0)
        target = u"/proc/self"_s; // root ignores permissions; /proc refuses new files to anyone
    JobRun run(nam(), server.url(), target, u"a.zip"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.kind, ApiError::Kind::Local);
    EXPECT_TRUE(s.error.message.contains(u"Cannot create a file in the folder"_s))
        << s.error.message.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
    QFile::setPermissions(dir() + u"/readonly"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(DownloadJobTest, KnownSizeBeyondFreeSpaceFailsBeforeWriting)
{
    // A chroot whose mount table does not describe its own paths gives no free-space figure; the job
    // then rightly skips the check (it cannot know), so there is nothing to test here.
    const QStorageInfo storage(dir());
    if (!storage.isValid() || !storage.isReady() || storage.bytesAvailable() < 0)
        GTEST_SKIP() << "free space of " << dir().toStdString() << " is unknown on this system";
    FakeResponse response;
    response.size = 100000;
    response.announcedLength = qint64(1) << 60; // an exabyte
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"huge.zip"_s);
    ASSERT_TRUE(run.run());
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.kind, ApiError::Kind::Local);
    EXPECT_TRUE(s.error.message.contains(u"Not enough free disk space"_s)) << s.error.message.toStdString();
    EXPECT_EQ(server.requests().size(), 1); // not retried: retrying cannot make space
    EXPECT_TRUE(filesIn(dir()).isEmpty());
}

TEST_F(DownloadJobTest, WriteErrorMidStreamFailsAndRemovesThePart)
{
    // A file-size limit makes write() fail with EFBIG, as a full disk makes it fail with ENOSPC.
    struct FileSizeLimit
    {
        explicit FileSizeLimit(rlim_t bytes)
        {
            getrlimit(RLIMIT_FSIZE, &saved);
            previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit = saved;
            limit.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        ~FileSizeLimit()
        {
            setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, previousHandler);
        }
        rlimit saved{};
        void (*previousHandler)(int) = nullptr;
    };

    FakeResponse response;
    response.size = 4 * 1024 * 1024;
    response.magic = kZipMagic;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"big.zip"_s);
    {
        FileSizeLimit limit(512 * 1024);
        ASSERT_TRUE(run.run());
    }
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Failed);
    EXPECT_EQ(s.error.kind, ApiError::Kind::Local);
    EXPECT_TRUE(s.error.message.startsWith(u"Cannot write"_s)) << s.error.message.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(filesIn(dir()).isEmpty());
}

TEST_F(DownloadJobTest, CancelInEveryPhaseLeavesNoFile)
{
    enum class Phase { Preparing, Downloading, Retrying };
    for (Phase phase : {Phase::Preparing, Phase::Downloading, Phase::Retrying}) {
        SCOPED_TRACE(static_cast<int>(phase));
        QTemporaryDir target;
        FakeResponse response;
        response.size = 64 * 1024 * 1024;
        response.magic = kZipMagic;
        if (phase == Phase::Preparing)
            response.firstByteDelayMs = 10000;
        if (phase == Phase::Downloading)
            response.stallAfterBytes = 2 * 1024 * 1024;
        if (phase == Phase::Retrying)
            response.dropAfterBytes = 1000;
        FakeDownloadServer server(FakeDownloadServer::always(response));
        DownloadPolicy policy = fastPolicy();
        policy.retryDelay = [](int) { return std::chrono::milliseconds(10000); };
        JobRun run(nam(), server.url(), target.path(), u"big.zip"_s, policy);
        run.job->start();
        const DownloadState waitFor = phase == Phase::Preparing ? DownloadState::Preparing
            : phase == Phase::Downloading                       ? DownloadState::Downloading
                                                                : DownloadState::Retrying;
        ASSERT_TRUE(test::waitUntil([&] {
            return run.job->state() == waitFor
                && (phase != Phase::Downloading || run.job->snapshot().receivedBytes > 0);
        }));
        EXPECT_EQ(filesIn(target.path()), QStringList{u"big.zip.part"_s});
        QSignalSpy finished(run.job.get(), &DownloadJob::finished);
        run.job->cancel();
        EXPECT_EQ(run.job->state(), DownloadState::Cancelled);
        EXPECT_EQ(finished.count(), 1);
        EXPECT_TRUE(filesIn(target.path()).isEmpty());
        QTest::qWait(50); // nothing arrives late and recreates a file
        EXPECT_TRUE(filesIn(target.path()).isEmpty());
    }
}

TEST_F(DownloadJobTest, FailedJobCanBeStartedAgain)
{
    FakeDownloadServer server([](int index, const test::RecordedRequest &) {
        FakeResponse r;
        if (index == 0) {
            r.status = 404;
            r.body = R"({"message":"Restore session not found"})";
        } else {
            r.size = 999;
            r.magic = kZipMagic;
        }
        return r;
    });
    JobRun run(nam(), server.url(), dir(), u"a.zip"_s);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.job->state(), DownloadState::Failed);
    EXPECT_EQ(run.job->snapshot().error.kind, ApiError::Kind::NotFound);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.job->state(), DownloadState::Finished);
    EXPECT_EQ(filesIn(dir()), QStringList{u"a.zip"_s});
}

TEST_F(DownloadJobTest, StarterErrorIsReportedAsIs)
{
    DownloadRequest request;
    request.start = [](const DownloadAttempt &) -> Result<QNetworkReply *, ApiError> {
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = u"Log in again."_s;
        return unexpected(error);
    };
    request.targetDirectory = dir();
    request.suggestedName = u"a.zip"_s;
    DownloadJob job(request, fastPolicy());
    job.start();
    EXPECT_EQ(job.state(), DownloadState::Failed);
    EXPECT_EQ(job.snapshot().error.message, u"Log in again."_s);
    EXPECT_TRUE(filesIn(dir()).isEmpty());
}

TEST_F(DownloadJobTest, SnapshotReportsSpeedAndEtaWhileDownloading)
{
    FakeResponse response;
    response.size = 8 * 1024 * 1024;
    response.magic = kZipMagic;
    response.stallAfterBytes = 6 * 1024 * 1024;
    FakeDownloadServer server(FakeDownloadServer::always(response));
    JobRun run(nam(), server.url(), dir(), u"a.zip"_s);
    run.job->start();
    ASSERT_TRUE(test::waitUntil([&] { return run.job->snapshot().receivedBytes >= 6 * 1024 * 1024; }));
    QTest::qWait(150); // one more progress sample
    const DownloadSnapshot s = run.job->snapshot();
    EXPECT_EQ(s.state, DownloadState::Downloading);
    EXPECT_EQ(s.totalBytes, 8 * 1024 * 1024);
    EXPECT_EQ(s.attempt, 1);
    EXPECT_EQ(s.name, u"a.zip"_s);
    run.job->cancel();
}

} // namespace
} // namespace re
