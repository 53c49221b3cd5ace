#include "download_test_support.h"
#include "qt_printers.h"
#include "transfer/downloadmanager.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace re {
namespace {

using test::FakeDownloadServer;
using test::FakeResponse;

DownloadRequest requestFor(QNetworkAccessManager *nam, const QUrl &url, const QString &dir,
                           const QString &name)
{
    DownloadRequest request;
    request.start = starterFor(nam, QNetworkRequest(url), "POST", "{}");
    request.serverKey = serverKeyFor(url);
    request.targetDirectory = dir;
    request.suggestedName = name;
    return request;
}

bool allTerminal(const DownloadManager &manager)
{
    const QList<DownloadJob *> jobs = manager.jobs();
    return std::all_of(jobs.begin(), jobs.end(), [](const DownloadJob *j) { return isTerminal(j->state()); });
}

TEST(DownloadManager, RunsAtMostTheLimitPerServerAndFinishesAll)
{
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    FakeResponse slow;
    slow.size = 300000;
    slow.firstByteDelayMs = 150;
    slow.magic = "PK\x03\x04";
    FakeDownloadServer serverA(FakeDownloadServer::always(slow));
    FakeDownloadServer serverB(FakeDownloadServer::always(slow));

    DownloadManager manager;
    manager.setDefaultPolicy(test::fastPolicy());
    manager.setMaxConcurrentPerServer(2);
    int maxRunningA = 0;
    QObject::connect(&manager, &DownloadManager::jobChanged, &manager, [&] {
        maxRunningA = std::max(maxRunningA, manager.runningCount(serverKeyFor(serverA.url())));
    });
    for (int i = 0; i < 5; ++i)
        manager.enqueue(requestFor(&nam, serverA.url(), dir.path(), u"a%1.zip"_s.arg(i)));
    for (int i = 0; i < 3; ++i)
        manager.enqueue(requestFor(&nam, serverB.url(), dir.path(), u"b%1.zip"_s.arg(i)));
    EXPECT_EQ(manager.jobs().first()->state(), DownloadState::Queued); // starts on the next turn

    ASSERT_TRUE(test::waitUntil([&] { return allTerminal(manager); }, 30000));
    for (const DownloadJob *job : manager.jobs())
        EXPECT_EQ(job->state(), DownloadState::Finished) << job->snapshot().error.message.toStdString();
    EXPECT_EQ(serverA.maxConcurrentConnections(), 2);
    EXPECT_EQ(serverB.maxConcurrentConnections(), 2);
    EXPECT_EQ(maxRunningA, 2);
    EXPECT_EQ(test::filesIn(dir.path()).size(), 8);
    // Queue order is kept per server.
    EXPECT_EQ(serverA.requests().size(), 5);
}

TEST(DownloadManager, DefaultLimitIsThree)
{
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    FakeResponse slow;
    slow.size = 1000;
    slow.firstByteDelayMs = 300;
    FakeDownloadServer server(FakeDownloadServer::always(slow));
    DownloadManager manager;
    EXPECT_EQ(manager.maxConcurrentPerServer(), 3);
    for (int i = 0; i < 6; ++i)
        manager.enqueue(requestFor(&nam, server.url(), dir.path(), u"f.bin"_s));
    ASSERT_TRUE(test::waitUntil([&] { return allTerminal(manager); }, 30000));
    EXPECT_EQ(server.maxConcurrentConnections(), 3);
}

TEST(DownloadManager, CancelledQueuedJobNeverStartsAndRetryRequeues)
{
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    FakeResponse r;
    r.size = 5000;
    r.firstByteDelayMs = 200;
    FakeDownloadServer server(FakeDownloadServer::always(r));
    DownloadManager manager;
    manager.setDefaultPolicy(test::fastPolicy());
    manager.setMaxConcurrentPerServer(1);
    DownloadJob *first = manager.enqueue(requestFor(&nam, server.url(), dir.path(), u"one.bin"_s));
    DownloadJob *second = manager.enqueue(requestFor(&nam, server.url(), dir.path(), u"two.bin"_s));
    second->cancel();
    ASSERT_TRUE(test::waitUntil([&] { return isTerminal(first->state()); }));
    QTest::qWait(50);
    EXPECT_EQ(second->state(), DownloadState::Cancelled);
    EXPECT_EQ(server.requests().size(), 1);

    manager.retry(second);
    EXPECT_EQ(second->state(), DownloadState::Queued);
    ASSERT_TRUE(test::waitUntil([&] { return isTerminal(second->state()); }));
    EXPECT_EQ(second->state(), DownloadState::Finished);
    EXPECT_EQ(test::filesIn(dir.path()), (QStringList{u"one.bin"_s, u"two.bin"_s}));
}

TEST(DownloadManager, RemovingARunningJobCancelsItAndStartsTheNext)
{
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    FakeResponse r;
    r.size = 5000;
    r.firstByteDelayMs = 5000;
    FakeDownloadServer server(FakeDownloadServer::always(r));
    DownloadManager manager;
    manager.setMaxConcurrentPerServer(1);
    DownloadJob *first = manager.enqueue(requestFor(&nam, server.url(), dir.path(), u"one.bin"_s));
    DownloadJob *second = manager.enqueue(requestFor(&nam, server.url(), dir.path(), u"two.bin"_s));
    ASSERT_TRUE(test::waitUntil([&] { return first->state() == DownloadState::Preparing; }));
    QSignalSpy removed(&manager, &DownloadManager::jobRemoved);
    manager.remove(first);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(manager.jobs(), QList<DownloadJob *>{second});
    ASSERT_TRUE(test::waitUntil([&] { return second->state() == DownloadState::Preparing; }));
    EXPECT_EQ(test::filesIn(dir.path()), QStringList{u"two.bin.part"_s});
}

} // namespace
} // namespace re
