// parsePage: bare arrays and page objects, totalCount (v6/v7) or not (v8), `next` links, full
// pages, and replies of the wrong shape.

#include "api/dialect.h"
#include "qt_printers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

QJsonArray rows(int count, int start = 0)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(QJsonObject {{QStringLiteral("id"), QString::number(start + i)}});
    return array;
}

ListQuery mailboxes(qint64 offset, qint64 limit)
{
    ListQuery q;
    q.collection = Collection::Mailboxes;
    q.sessionId = QStringLiteral("s");
    q.offset = offset;
    q.limit = limit;
    return q;
}

TEST(ParsePage, BareArrayOfOrganizationsIsTheWholeListUpToV7)
{
    ListQuery q;
    q.collection = Collection::Organizations;
    const auto page = Dialect::create(ApiVersion::V7)->parsePage(QJsonDocument(rows(500)), q);
    ASSERT_TRUE(page.hasValue());
    EXPECT_EQ(page->results.size(), 500);
    EXPECT_FALSE(page->hasMore) << "organizations are not paged before v8";
    EXPECT_FALSE(page->totalCount.has_value());
}

TEST(ParsePage, BareArrayOnAPagedCollectionHasMoreWhenFull)
{
    const auto dialect = Dialect::create(ApiVersion::V5);
    const auto full = dialect->parsePage(QJsonDocument(rows(30)), mailboxes(0, 30));
    ASSERT_TRUE(full.hasValue());
    EXPECT_TRUE(full->hasMore);
    const auto partial = dialect->parsePage(QJsonDocument(rows(29)), mailboxes(0, 30));
    ASSERT_TRUE(partial.hasValue());
    EXPECT_FALSE(partial->hasMore);
}

TEST(ParsePage, V6PageWithTotalCount)
{
    const QJsonObject body {{QStringLiteral("offset"), 30}, {QStringLiteral("limit"), 30},
        {QStringLiteral("totalCount"), 75}, {QStringLiteral("results"), rows(30, 30)}};
    const auto page
        = Dialect::create(ApiVersion::V6)->parsePage(QJsonDocument(body), mailboxes(30, 30));
    ASSERT_TRUE(page.hasValue());
    EXPECT_EQ(page->offset, 30);
    EXPECT_EQ(page->limit, 30);
    EXPECT_EQ(page->totalCount, 75);
    EXPECT_TRUE(page->hasMore);
    EXPECT_EQ(page->results.constFirst().value(u"id").toString(), u"30");

    const QJsonObject last {{QStringLiteral("offset"), 60}, {QStringLiteral("limit"), 30},
        {QStringLiteral("totalCount"), 75}, {QStringLiteral("results"), rows(15, 60)}};
    const auto lastPage
        = Dialect::create(ApiVersion::V6)->parsePage(QJsonDocument(last), mailboxes(60, 30));
    ASSERT_TRUE(lastPage.hasValue());
    EXPECT_FALSE(lastPage->hasMore);
}

TEST(ParsePage, TotalCountWinsOverAFullPage)
{
    const QJsonObject body {{QStringLiteral("offset"), 0}, {QStringLiteral("limit"), 30},
        {QStringLiteral("totalCount"), 30}, {QStringLiteral("results"), rows(30)}};
    const auto page
        = Dialect::create(ApiVersion::V7)->parsePage(QJsonDocument(body), mailboxes(0, 30));
    ASSERT_TRUE(page.hasValue());
    EXPECT_FALSE(page->hasMore);
}

TEST(ParsePage, V8PageWithoutTotalCountUsesNextLinkOrAFullPage)
{
    const auto v8 = Dialect::create(ApiVersion::V8);
    const QJsonObject withNext {{QStringLiteral("offset"), 0}, {QStringLiteral("limit"), 500},
        {QStringLiteral("results"), rows(3)},
        {QStringLiteral("_links"),
            QJsonObject {{QStringLiteral("next"),
                QJsonObject {
                    {QStringLiteral("href"), QStringLiteral("/v8/x?offset=500&limit=500")}}}}}};
    auto page = v8->parsePage(QJsonDocument(withNext), mailboxes(0, 500));
    ASSERT_TRUE(page.hasValue());
    EXPECT_TRUE(page->hasMore) << "a next link means more, however short the page";

    const QJsonObject full {{QStringLiteral("offset"), 0}, {QStringLiteral("limit"), 3},
        {QStringLiteral("results"), rows(3)}};
    page = v8->parsePage(QJsonDocument(full), mailboxes(0, 3));
    ASSERT_TRUE(page.hasValue());
    EXPECT_TRUE(page->hasMore);

    const QJsonObject empty {{QStringLiteral("offset"), 3}, {QStringLiteral("limit"), 3},
        {QStringLiteral("results"), QJsonArray()}};
    page = v8->parsePage(QJsonDocument(empty), mailboxes(3, 3));
    ASSERT_TRUE(page.hasValue());
    EXPECT_FALSE(page->hasMore);
    EXPECT_TRUE(page->results.isEmpty());
}

TEST(ParsePage, AnEmptyPageEndsPagingEvenWithANextLink)
{
    const QJsonObject body {{QStringLiteral("offset"), 30}, {QStringLiteral("limit"), 30},
        {QStringLiteral("results"), QJsonArray()},
        {QStringLiteral("_links"),
            QJsonObject {{QStringLiteral("next"),
                QJsonObject {{QStringLiteral("href"), QStringLiteral("/v8/x?offset=60")}}}}}};
    const auto page
        = Dialect::create(ApiVersion::V8)->parsePage(QJsonDocument(body), mailboxes(30, 30));
    ASSERT_TRUE(page.hasValue());
    EXPECT_FALSE(page->hasMore);
}

TEST(ParsePage, KeysAndNumbersAreReadLeniently)
{
    const QJsonObject body {{QStringLiteral("Offset"), QStringLiteral("10")},
        {QStringLiteral("LIMIT"), 10}, {QStringLiteral("Results"), rows(2)},
        {QStringLiteral("setId"), QStringLiteral("x")}};
    const auto page
        = Dialect::create(ApiVersion::V8)->parsePage(QJsonDocument(body), mailboxes(10, 10));
    ASSERT_TRUE(page.hasValue());
    EXPECT_EQ(page->offset, 10);
    EXPECT_EQ(page->results.size(), 2);
}

// Found by fuzz_pages: the rows are where we asked for them, whatever offset the server echoes, so
// paging always moves forward; a negative totalCount is no count at all.
TEST(ParsePage, AnEchoedOffsetCannotMoveThePage)
{
    for (const qint64 echoed : {qint64(-5), qint64(0), qint64(1000)}) {
        const QJsonObject body {{QStringLiteral("offset"), echoed}, {QStringLiteral("limit"), 30},
            {QStringLiteral("totalCount"), -1}, {QStringLiteral("results"), rows(30, 30)}};
        const auto page
            = Dialect::create(ApiVersion::V6)->parsePage(QJsonDocument(body), mailboxes(30, 30));
        ASSERT_TRUE(page.hasValue());
        EXPECT_EQ(page->offset, 30) << echoed;
        EXPECT_FALSE(page->totalCount.has_value()) << echoed;
        EXPECT_TRUE(page->hasMore) << echoed; // a full page without a usable count: ask once more
    }
}

TEST(ParsePage, WrongShapesAreUnexpectedResponseErrors)
{
    const auto v8 = Dialect::create(ApiVersion::V8);
    const QList<QJsonDocument> bad = {
        QJsonDocument(QJsonObject {
            {QStringLiteral("offset"), 0}, {QStringLiteral("limit"), 30}}), // no results
        QJsonDocument(
            QJsonObject {{QStringLiteral("results"), QStringLiteral("nope")}}), // not an array
        QJsonDocument(QJsonArray {1, 2, 3}), // rows not objects
        QJsonDocument(), // nothing
    };
    for (const QJsonDocument &doc : bad) {
        const auto page = v8->parsePage(doc, mailboxes(0, 30));
        ASSERT_FALSE(page.hasValue()) << doc.toJson().toStdString();
        EXPECT_EQ(page.error().kind, ApiError::Kind::UnexpectedResponse);
        EXPECT_FALSE(page.error().message.isEmpty());
        EXPECT_EQ(page.error().request, u"GET /v8/RestoreSessions/s/organization/mailboxes");
    }
}

} // namespace
