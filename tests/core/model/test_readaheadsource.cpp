// ReadAheadSource over a scripted FakeBrowseSource (manual mode: the test decides when the "server"
// answers): which pages go out ahead, that the consumer gets exactly the pages it asked for, in order,
// and that the BrowseSource contract (event-loop delivery, cancellation) holds through it.

#include "fake_browse_source.h"
#include "model_tester_guard.h"
#include "wait.h"

#include "model/backuptreemodel.h"
#include "model/readaheadsource.h"

#include <QCoreApplication>
#include <QTest>

#include <gtest/gtest.h>

using namespace re;
using re::test::FakeBrowseSource;

namespace {

QList<Mailbox> mailboxes(int count)
{
    QList<Mailbox> list;
    for (int i = 0; i < count; ++i) {
        Mailbox m;
        m.id = QStringLiteral("mb-%1").arg(i);
        m.name = QStringLiteral("User %1").arg(i, 4, 10, QLatin1Char('0'));
        list.append(m);
    }
    return list;
}

ListQuery mailboxQuery(qint64 offset, qint64 limit = 10)
{
    ListQuery query;
    query.collection = Collection::Mailboxes;
    query.sessionId = QStringLiteral("s1");
    query.offset = offset;
    query.limit = limit;
    return query;
}

QStringList namesOf(const BrowsePage &page)
{
    QStringList names;
    for (const Mailbox &m : std::get<QList<Mailbox>>(page.rows))
        names << m.name;
    return names;
}

// One consumer request and what reached its callback.
struct Asked
{
    std::unique_ptr<BrowseRequest> handle;
    std::optional<Result<BrowsePage, ApiError>> result;
    int calls = 0;
};

class ReadAheadSourceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        fake.manual = true;
        fake.setRows(Collection::Mailboxes, QStringLiteral("s1"), {}, {}, mailboxes(35));
    }
    std::unique_ptr<Asked> ask(const ListQuery &query)
    {
        auto asked = std::make_unique<Asked>();
        Asked *raw = asked.get();
        asked->handle = source.fetch(query, [raw](Result<BrowsePage, ApiError> result) {
            ++raw->calls;
            raw->result = std::move(result);
        });
        return asked;
    }
    QList<qint64> offsetsAsked() const
    {
        QList<qint64> offsets;
        for (const ListQuery &query : fake.requests())
            offsets << query.offset;
        return offsets;
    }
    static void settle() { QCoreApplication::processEvents(); }

    FakeBrowseSource fake;
    ReadAheadSource source{&fake};
};

TEST_F(ReadAheadSourceTest, aListOfOnePageCostsOneRequest)
{
    fake.setRows(Collection::Mailboxes, QStringLiteral("s1"), {}, {}, mailboxes(4));
    auto first = ask(mailboxQuery(0));
    EXPECT_EQ(fake.pendingCount(), 1); // nothing read ahead before the list proved long
    ASSERT_TRUE(fake.answerNext());
    settle();
    ASSERT_TRUE(first->result && first->result->hasValue());
    EXPECT_EQ(namesOf(first->result->value()).size(), 4);
    EXPECT_EQ(fake.requests().size(), 1);
    EXPECT_EQ(source.pagesAhead(), 0);
}

TEST_F(ReadAheadSourceTest, thePageAfterOneThatSaysMoreGoesOutBeforeTheConsumerSeesIt)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.answerNext());
    // The callback ran; the next page was requested before it did.
    EXPECT_EQ(offsetsAsked(), (QList<qint64>{0, 10}));
    EXPECT_EQ(source.pagesAhead(), 1);
    ASSERT_TRUE(first->result);
}

TEST_F(ReadAheadSourceTest, pagingThroughAListKeepsOnePageAheadAndDeliversEveryPageOnceInOrder)
{
    QStringList seen;
    qint64 offset = 0;
    bool more = true;
    while (more) {
        auto asked = ask(mailboxQuery(offset));
        EXPECT_EQ(asked->calls, 0) << "never inside fetch()";
        // Answer whatever is pending (the asked page and the one ahead) until this page arrived.
        ASSERT_TRUE(re::test::waitUntil(
            [&] {
                if (!asked->result)
                    fake.answerNext();
                return asked->result.has_value();
            },
            5000));
        settle();
        ASSERT_EQ(asked->calls, 1);
        ASSERT_TRUE(asked->result->hasValue()) << asked->result->error().message.toStdString();
        const BrowsePage &page = asked->result->value();
        seen << namesOf(page);
        more = page.hasMore;
        offset = page.nextOffset;
    }
    EXPECT_EQ(seen.size(), 35);
    EXPECT_EQ(seen.first(), QStringLiteral("User 0000"));
    EXPECT_EQ(seen.last(), QStringLiteral("User 0034"));
    EXPECT_EQ(seen.removeDuplicates(), 0);
    // Four pages needed; one more at most (past the end), and that one is let go of.
    EXPECT_LE(fake.requests().size(), 5);
    EXPECT_EQ(source.pagesAhead(), 0);
}

TEST_F(ReadAheadSourceTest, askingPastTheFirstPageReadsTheOneAfterItAtOnce)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.answerNext()); // page 0 arrives, page 10 goes out ahead
    settle();
    auto second = ask(mailboxQuery(10)); // taken over while in flight; page 20 goes out now
    EXPECT_EQ(offsetsAsked(), (QList<qint64>{0, 10, 20}));
    EXPECT_EQ(fake.pendingCount(), 2); // the server has the next page to build while this one is read
}

TEST_F(ReadAheadSourceTest, thePagingStrideIsLearntWhenTheConsumerLeavesThePageSizeToTheServer)
{
    fake.pageSize = 10;
    auto first = ask(mailboxQuery(0, 0));
    ASSERT_TRUE(fake.answerNext());
    settle();
    auto second = ask(mailboxQuery(10, 0));
    EXPECT_EQ(offsetsAsked(), (QList<qint64>{0, 10, 20}));
}

TEST_F(ReadAheadSourceTest, aDestroyedHandleNeverHearsAndCancelsThePageItTookOver)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.answerNext());
    settle();
    auto second = ask(mailboxQuery(10));
    const int cancelledBefore = fake.cancelledCount();
    second->handle.reset();
    EXPECT_GT(fake.cancelledCount(), cancelledBefore);
    while (fake.answerNext()) {}
    settle();
    EXPECT_EQ(second->calls, 0);
}

TEST_F(ReadAheadSourceTest, aPageThatArrivedAheadIsDeliveredFromTheEventLoop)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.answerNext());
    ASSERT_TRUE(fake.answerNext()); // the page read ahead arrives before anyone asks
    settle();
    auto second = ask(mailboxQuery(10));
    EXPECT_EQ(second->calls, 0) << "never inside fetch()";
    settle();
    ASSERT_EQ(second->calls, 1);
    EXPECT_EQ(namesOf(second->result->value()).first(), QStringLiteral("User 0010"));
    // Destroying a handle whose page is already on its way through the event loop silences it.
    auto third = ask(mailboxQuery(20));
    ASSERT_TRUE(fake.answerNext());
    settle();
    auto fourthAhead = ask(mailboxQuery(30));
    fourthAhead->handle.reset();
    settle();
    EXPECT_EQ(fourthAhead->calls, 0);
}

TEST_F(ReadAheadSourceTest, askingFromAnotherOffsetDropsThePageAheadAndAsksTheServer)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.answerNext());
    ASSERT_TRUE(fake.answerNext());
    settle();
    EXPECT_EQ(source.pagesAhead(), 1);
    auto again = ask(mailboxQuery(0)); // a refresh starts over
    EXPECT_EQ(source.pagesAhead(), 0);
    EXPECT_EQ(offsetsAsked(), (QList<qint64>{0, 10, 0}));
}

TEST_F(ReadAheadSourceTest, aPageHeldTooLongIsAskedForAgainRatherThanShownStale)
{
    ReadAheadSource quick(&fake, ReadAheadSource::Options{8, 0});
    std::optional<Result<BrowsePage, ApiError>> firstResult;
    auto first = quick.fetch(mailboxQuery(0), [&](Result<BrowsePage, ApiError> r) { firstResult = std::move(r); });
    ASSERT_TRUE(fake.answerNext());
    ASSERT_TRUE(fake.answerNext());
    settle();
    QTest::qWait(5);
    auto second = quick.fetch(mailboxQuery(10), [](Result<BrowsePage, ApiError>) {});
    // Page 10 again from the server (and page 20 ahead of it, as for any page past the first).
    EXPECT_EQ(offsetsAsked(), (QList<qint64>{0, 10, 10, 20}));
}

TEST_F(ReadAheadSourceTest, aFailedPageEndsTheReadAheadOfItsList)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.failPending(FakeBrowseSource::serverError(QStringLiteral("boom"))));
    settle();
    ASSERT_TRUE(first->result && !first->result->hasValue());
    EXPECT_EQ(first->result->error().serverMessage, QStringLiteral("boom"));
    EXPECT_EQ(source.pagesAhead(), 0);
    EXPECT_EQ(fake.requests().size(), 1);
}

TEST_F(ReadAheadSourceTest, aFailureReadAheadReachesTheConsumerWhoAsksForThatPage)
{
    auto first = ask(mailboxQuery(0));
    ASSERT_TRUE(fake.answerNext());
    ASSERT_TRUE(fake.failPending(FakeBrowseSource::serverError(QStringLiteral("page two broke"))));
    settle();
    auto second = ask(mailboxQuery(10));
    settle();
    ASSERT_TRUE(second->result && !second->result->hasValue());
    EXPECT_EQ(second->result->error().serverMessage, QStringLiteral("page two broke"));
}

TEST_F(ReadAheadSourceTest, differentListsAreReadAheadSeparatelyAndWithinTheLimit)
{
    ReadAheadSource narrow(&fake, ReadAheadSource::Options{2, 30000});
    for (const QString &session : {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}) {
        fake.setRows(Collection::Mailboxes, session, {}, {}, mailboxes(25));
        ListQuery query = mailboxQuery(0);
        query.sessionId = session;
        auto handle = narrow.fetch(query, [](Result<BrowsePage, ApiError>) {});
        ASSERT_TRUE(fake.answerNext());
    }
    EXPECT_EQ(narrow.pagesAhead(), 2);
}

TEST_F(ReadAheadSourceTest, theConsumersOfALostInnerSourceHearSo)
{
    auto inner = std::make_unique<FakeBrowseSource>();
    inner->manual = true;
    ReadAheadSource outer(inner.get());
    std::optional<Result<BrowsePage, ApiError>> result;
    auto handle = outer.fetch(mailboxQuery(0), [&](Result<BrowsePage, ApiError> r) { result = std::move(r); });
    inner.reset();
    settle();
    ASSERT_TRUE(result && !result->hasValue());
    EXPECT_EQ(result->error().message, lostSourceError().message);
    auto later = outer.fetch(mailboxQuery(0), [&](Result<BrowsePage, ApiError> r) { result = std::move(r); });
    result.reset();
    settle();
    ASSERT_TRUE(result && !result->hasValue());
}

// The tree over the read-ahead source, as the window uses it: every row exactly once, in order, and the
// model checks of QAbstractItemModelTester hold throughout.
TEST_F(ReadAheadSourceTest, theTreeLoadsEveryMailboxOnceThroughIt)
{
    fake.manual = false;
    fake.setRows(Collection::Mailboxes, QStringLiteral("s1"), {}, {}, mailboxes(95));
    BackupTreeModel::Options options;
    options.pageSize = 10;
    BackupTreeModel tree(&source, options);
    re::test::ModelTesterGuard guard(&tree);
    RestoreSession session;
    session.id = QStringLiteral("s1");
    session.type = SessionType::Exchange;
    const QModelIndex group = tree.index(0, 0, tree.addSession({}, session));
    while (tree.canFetchMore(group) || tree.loadState(group) == LoadState::Loading) {
        if (tree.canFetchMore(group))
            tree.fetchMore(group);
        ASSERT_TRUE(re::test::waitUntil([&] { return tree.loadState(group) != LoadState::Loading; }, 5000));
    }
    ASSERT_EQ(tree.loadState(group), LoadState::Loaded);
    ASSERT_EQ(tree.rowCount(group), 95);
    for (int row = 0; row < 95; ++row)
        ASSERT_EQ(tree.index(row, 0, group).data().toString(), QStringLiteral("User %1").arg(row, 4, 10, QLatin1Char('0')));
}

} // namespace
