// Item search over real loopback HTTP: every scope in v5 Action style and v6–v8 per-verb style, under
// --strict, with paging, empty results, refused query syntax and deterministic results; plus the query
// language itself (SearchQuery, no process).

#include "emulator_fixture.h"
#include "searchquery.h"

#include <QJsonDocument>

using namespace vb365emu;
using namespace vb365emu::test;

namespace {

class SearchStory : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v5,v6,v7,v8"), QStringLiteral("--strict")});
    }
    std::unique_ptr<re::test::EmulatorProcess> emulator;
};

QString session(const QString &id) { return QStringLiteral("RestoreSessions/") + encoded(id); }

// POSTs one search page: v5 `{"search": {"query"}}` to <resource>/Action, v6+ `{"query"}` to <resource>/<verb>.
HttpResult searchPage(Api &api, const QString &resource, const QString &verb, const QString &query, qint64 offset,
                      qint64 limit)
{
    const QString paging = QStringLiteral("?offset=%1&limit=%2").arg(offset).arg(limit);
    const QJsonObject options{{QStringLiteral("query"), query}};
    if (api.isV5())
        return api.post(resource + QStringLiteral("/Action") + paging, compact(QJsonObject{{QStringLiteral("search"), options}}));
    return api.post(resource + QLatin1Char('/') + verb + paging, compact(options));
}

// Every result of a search, page by page, checking the page invariants.
QJsonArray searchAll(Api &api, const QString &resource, const QString &verb, const QString &query, qint64 limit)
{
    QJsonArray all;
    for (qint64 offset = 0;; offset += limit) {
        const HttpResult r = searchPage(api, resource, verb, query, offset, limit);
        EXPECT_EQ(r.status, 200) << r.body.left(300).toStdString();
        const QJsonObject page = r.json().toObject();
        EXPECT_EQ(page[QStringLiteral("offset")].toInteger(), offset);
        EXPECT_EQ(page[QStringLiteral("limit")].toInteger(), limit);
        EXPECT_EQ(page.contains(QStringLiteral("totalCount")), api.versionNumber() == 6 || api.versionNumber() == 7);
        const QJsonArray results = page[QStringLiteral("results")].toArray();
        EXPECT_LE(results.size(), limit);
        for (const QJsonValue &v : results)
            all.append(v);
        const bool next = page[QStringLiteral("_links")].toObject().contains(QStringLiteral("next"));
        EXPECT_EQ(next, results.size() == limit && !results.isEmpty() && (!page.contains(QStringLiteral("totalCount"))
                                                                          || offset + limit < page[QStringLiteral("totalCount")].toInteger()));
        if (!next || r.status != 200 || all.size() > 5000)
            return all;
    }
}

QStringList idsOf(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &v : rows)
        ids << idOf(v);
    return ids;
}

TEST_P(SearchStory, MailSearchOnEveryScopePagesStablyAndMatches)
{
    Api api(*emulator, GetParam());
    const QString sessionId = idOf(api.explore(QStringLiteral("vex")));
    const QString org = session(sessionId) + QStringLiteral("/Organization");
    const QString query = QStringLiteral("subject:budget");

    // Whole session: v5 Organization/Action (seed 004's `search`), v6+ organization/searchExchange.
    const QJsonArray whole = searchAll(api, org, QStringLiteral("searchExchange"), query, 7);
    ASSERT_GT(whole.size(), 7) << "the demo tenant has budget mails in several mailboxes";
    for (const QJsonValue &v : whole)
        EXPECT_TRUE(v[QStringLiteral("subject")].toString().contains(QStringLiteral("budget"), Qt::CaseInsensitive));
    // Paging is stable: small pages add up to one big page, in the same order.
    const HttpResult onePage = searchPage(api, org, QStringLiteral("searchExchange"), query, 0, 1000);
    EXPECT_EQ(idsOf(onePage.json()[QStringLiteral("results")].toArray()), idsOf(whole));
    if (api.versionNumber() >= 8) {
        EXPECT_FALSE(whole.first()[QStringLiteral("mailboxId")].toString().isEmpty());
    }
    EXPECT_FALSE(whole.first()[QStringLiteral("_links")][QStringLiteral("mailbox")][QStringLiteral("href")].toString().isEmpty());

    // The mailboxes collection answers the same set.
    EXPECT_EQ(idsOf(searchAll(api, org + QStringLiteral("/Mailboxes"), QStringLiteral("search"), query, 50)), idsOf(whole));

    // One mailbox: a subset of the whole, all in that mailbox.
    const QString mailboxHref = whole.first()[QStringLiteral("_links")][QStringLiteral("mailbox")][QStringLiteral("href")].toString();
    const QString mailboxId = QUrl::fromPercentEncoding(mailboxHref.section(QLatin1Char('/'), -1).toUtf8());
    const QString mailbox = org + QStringLiteral("/Mailboxes/") + encoded(mailboxId);
    const QJsonArray inMailbox = searchAll(api, mailbox, QStringLiteral("search"), query, 3);
    ASSERT_FALSE(inMailbox.isEmpty());
    EXPECT_LT(inMailbox.size(), whole.size());
    for (const QJsonValue &v : inMailbox)
        EXPECT_TRUE(v[QStringLiteral("_links")][QStringLiteral("mailbox")][QStringLiteral("href")].toString().endsWith(encoded(mailboxId)));

    // One folder (with its sub-folders): the Inbox search finds only Inbox-tree items.
    const QString selector = api.versionNumber() >= 7 ? QStringLiteral("root") : QStringLiteral("null");
    const QJsonArray folders = api.get(mailbox + QStringLiteral("/Folders?parentId=") + selector).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(folders.isEmpty());
    const QString inboxId = idOf(folders.first());
    const QJsonArray inInbox = searchAll(api, mailbox + QStringLiteral("/Folders/") + encoded(inboxId), QStringLiteral("search"),
                                         QStringLiteral("NOT subject:zzzz"), 10);
    EXPECT_GT(inInbox.size(), 20);
    const QJsonArray inboxOnly = api.get(mailbox + QStringLiteral("/Items?") + (api.versionNumber() >= 7 ? QStringLiteral("parentId=") : QStringLiteral("folderId="))
                                         + encoded(inboxId) + QStringLiteral("&limit=1000"))
                                     .json()[QStringLiteral("results")].toArray();
    EXPECT_GE(inInbox.size(), inboxOnly.size()) << "sub-folders are searched too";
    for (const QString &id : idsOf(inboxOnly))
        EXPECT_TRUE(idsOf(inInbox).contains(id));
}

TEST_P(SearchStory, DocumentSearchOnEveryScope)
{
    Api api(*emulator, GetParam());
    const QString sessionId = idOf(api.explore(QStringLiteral("veod")));
    const QString drives = session(sessionId) + QStringLiteral("/Organization/OneDrives");
    const QJsonArray docx = searchAll(api, drives, QStringLiteral("search"), QStringLiteral("ext:docx"), 20);
    ASSERT_GT(docx.size(), 20);
    for (const QJsonValue &v : docx)
        EXPECT_TRUE(v[QStringLiteral("name")].toString().endsWith(QStringLiteral(".docx"))) << v[QStringLiteral("name")].toString().toStdString();

    const QJsonArray all = api.get(drives + QStringLiteral("?limit=1")).json()[QStringLiteral("results")].toArray();
    ASSERT_EQ(all.size(), 1);
    const QString drive = drives + QLatin1Char('/') + encoded(idOf(all.first()));
    const QJsonArray inDrive = searchAll(api, drive, QStringLiteral("search"), QStringLiteral("ext:docx OR ext:pdf"), 4);
    ASSERT_FALSE(inDrive.isEmpty());
    const QString selector = api.versionNumber() >= 7 ? QStringLiteral("root") : QStringLiteral("null");
    const QJsonArray top = api.get(drive + QStringLiteral("/Folders?parentId=") + selector).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(top.isEmpty());
    QString documentsFolder;
    for (const QJsonValue &f : top) {
        if (f[QStringLiteral("name")].toString() == QLatin1String("Documents"))
            documentsFolder = idOf(f);
    }
    ASSERT_FALSE(documentsFolder.isEmpty());
    const QJsonArray inFolder = searchAll(api, drive + QStringLiteral("/Folders/") + encoded(documentsFolder), QStringLiteral("search"),
                                          QStringLiteral("name:*"), 5);
    EXPECT_GT(inFolder.size(), 4) << "Documents/ and its sub-folders hold several documents";
}

TEST_P(SearchStory, EmptyResultsBadSyntaxAndUnknownScopes)
{
    Api api(*emulator, GetParam());
    const QString sessionId = idOf(api.explore(QStringLiteral("vex")));
    const QString org = session(sessionId) + QStringLiteral("/Organization");

    const HttpResult none = searchPage(api, org + QStringLiteral("/Mailboxes"), QStringLiteral("search"),
                                       QStringLiteral("subject:\"no such subject anywhere\""), 0, 30);
    ASSERT_EQ(none.status, 200) << none.body.toStdString();
    EXPECT_TRUE(none.json()[QStringLiteral("results")].toArray().isEmpty());
    EXPECT_FALSE(none.json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("next")));

    const struct
    {
        const char *query;
        const char *message;
    } bad[] = {{"foo:bar", "unknown property 'foo'"},
               {"subject:\"open", "not closed"},
               {"budget OR", "not followed by a term"},
               {"(budget", "not closed"},
               {"received:yesterday", "not a date"},
               {"hasattachments:maybe", "true or false"},
               {"   ", "empty"}};
    for (const auto &b : bad) {
        const HttpResult r = searchPage(api, org + QStringLiteral("/Mailboxes"), QStringLiteral("search"), QString::fromUtf8(b.query), 0, 30);
        EXPECT_EQ(r.status, 400) << b.query;
        EXPECT_TRUE(r.json()[QStringLiteral("message")].toString().contains(QLatin1String(b.message))) << b.query << ": " << r.body.toStdString();
    }
    const HttpResult unknownMailbox = searchPage(api, org + QStringLiteral("/Mailboxes/00000000-0000-0000-0000-000000000000"),
                                                 QStringLiteral("search"), QStringLiteral("budget"), 0, 30);
    EXPECT_EQ(unknownMailbox.status, 404);
    // A OneDrive search in an Exchange session is refused, as every browse call of the wrong type.
    const HttpResult wrongType = searchPage(api, org + QStringLiteral("/OneDrives"), QStringLiteral("search"), QStringLiteral("x"), 0, 30);
    EXPECT_EQ(wrongType.status, 400);
    // --strict: only the documented option name.
    const QJsonObject misspelt{{QStringLiteral("Query"), QStringLiteral("budget")}};
    const HttpResult strict = api.isV5() ? api.post(org + QStringLiteral("/Action"), compact(QJsonObject{{QStringLiteral("search"), misspelt}}))
                                         : api.post(org + QStringLiteral("/Mailboxes/search"), compact(misspelt));
    EXPECT_EQ(strict.status, 400) << strict.body.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Dialects, SearchStory,
                         ::testing::Values(QStringLiteral("v5"), QStringLiteral("v6"), QStringLiteral("v7"), QStringLiteral("v8")),
                         [](const ::testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

TEST(SearchLarge, DeterministicAcrossServersAndBoundedOnTheWholeTenant)
{
    QList<QStringList> runs;
    for (int run = 0; run < 2; ++run) {
        auto emulator = startEmulator({QStringLiteral("--tenant"), QStringLiteral("large"), QStringLiteral("--strict")});
        Api api(*emulator, QStringLiteral("v8"));
        const QString sessionId = idOf(api.explore(QStringLiteral("vex")));
        const QString org = session(sessionId) + QStringLiteral("/Organization");
        // The mailbox on page 300 of 30: a search scoped to it answers from it alone.
        const QJsonArray page = api.get(org + QStringLiteral("/Mailboxes?offset=8990&limit=1")).json()[QStringLiteral("results")].toArray();
        ASSERT_EQ(page.size(), 1);
        const QString mailbox = org + QStringLiteral("/Mailboxes/") + encoded(idOf(page.first()));
        const QJsonArray found = searchAll(api, mailbox, QStringLiteral("search"), QStringLiteral("hasattachments:true"), 10);
        ASSERT_FALSE(found.isEmpty());
        for (const QJsonValue &v : found)
            EXPECT_EQ(v[QStringLiteral("mailboxId")].toString(), idOf(page.first()));
        // The whole tenant: a rare word costs at most the scan budget and still answers.
        const HttpResult rare = searchPage(api, org, QStringLiteral("searchExchange"), QStringLiteral("subject:\"no such words\""), 0, 30);
        EXPECT_EQ(rare.status, 200);
        EXPECT_TRUE(rare.json()[QStringLiteral("results")].toArray().isEmpty());
        runs << idsOf(found);
    }
    EXPECT_EQ(runs.at(0), runs.at(1)) << "same seed, same results";
}

// ---- the query language, without a server ------------------------------------------------------

MailItem mail(const QString &subject, const QString &from, const QDateTime &received, bool attachment)
{
    MailItem item;
    item.subject = subject;
    item.from = from;
    item.to = {QStringLiteral("amara.fernandez@contoso.onmicrosoft.com")};
    item.received = received;
    item.itemClass = QStringLiteral("IPM.Note");
    if (attachment)
        item.attachments = {{QStringLiteral("plan.xlsx"), 10}};
    return item;
}

bool matches(const QString &query, const MailItem &item)
{
    Result<SearchQuery> q = SearchQuery::parse(query, SearchDomain::Mail);
    EXPECT_TRUE(q.hasValue()) << query.toStdString() << ": " << (q ? QString() : q.error()).toStdString();
    return q && q->matches(item);
}

TEST(SearchQuerySyntax, OperatorsPhrasesWildcardsAndDates)
{
    const MailItem item = mail(QStringLiteral("Q3 budget review"), QStringLiteral("grady.bowen@contoso.onmicrosoft.com"),
                               QDateTime(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC), true);
    EXPECT_TRUE(matches(QStringLiteral("budget"), item));
    EXPECT_TRUE(matches(QStringLiteral("subject:\"budget review\""), item));
    EXPECT_FALSE(matches(QStringLiteral("subject:\"review budget\""), item));
    EXPECT_TRUE(matches(QStringLiteral("subject:budg*"), item));
    EXPECT_FALSE(matches(QStringLiteral("subject:udget*"), item)) << "wildcards anchor at word starts";
    EXPECT_TRUE(matches(QStringLiteral("subject:b?dget"), item));
    EXPECT_TRUE(matches(QStringLiteral("from:grady AND hasattachments:true"), item));
    EXPECT_TRUE(matches(QStringLiteral("from:grady hasattachments:yes"), item)) << "juxtaposition is AND";
    EXPECT_FALSE(matches(QStringLiteral("from:grady AND NOT hasattachments:true"), item));
    EXPECT_TRUE(matches(QStringLiteral("from:nobody OR to:amara"), item));
    EXPECT_TRUE(matches(QStringLiteral("(from:nobody OR from:grady) AND subject:review"), item));
    EXPECT_TRUE(matches(QStringLiteral("received:2025-03-14"), item));
    EXPECT_TRUE(matches(QStringLiteral("received:>=2025-03-14"), item));
    EXPECT_FALSE(matches(QStringLiteral("received:>2025-03-14"), item));
    EXPECT_TRUE(matches(QStringLiteral("received:2025-03-01..2025-03-14"), item)) << "a range includes its last day";
    EXPECT_FALSE(matches(QStringLiteral("received:<2025-03-14"), item));
    EXPECT_TRUE(matches(QStringLiteral("attachmentnames:*.xlsx"), item));
    EXPECT_TRUE(matches(QStringLiteral("KIND:email"), item)) << "property names in any case";
}

TEST(SearchQuerySyntax, DocumentProperties)
{
    DriveItem doc;
    doc.name = QStringLiteral("Apollo plan.docx");
    doc.createdBy = QStringLiteral("Lidia Rossi");
    doc.modifiedBy = QStringLiteral("Kenji Archie");
    doc.modificationTime = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
    const auto docMatches = [&doc](const QString &query) {
        Result<SearchQuery> q = SearchQuery::parse(query, SearchDomain::Documents);
        EXPECT_TRUE(q.hasValue()) << query.toStdString();
        return q && q->matches(doc);
    };
    EXPECT_TRUE(docMatches(QStringLiteral("name:plan*")));
    EXPECT_TRUE(docMatches(QStringLiteral("ext:docx")));
    EXPECT_TRUE(docMatches(QStringLiteral("ext:.docx")));
    EXPECT_FALSE(docMatches(QStringLiteral("ext:doc")));
    EXPECT_TRUE(docMatches(QStringLiteral("author:lidia AND modifiedby:kenji")));
    EXPECT_TRUE(docMatches(QStringLiteral("modified:2026-01-01..2026-12-31")));
    EXPECT_FALSE(SearchQuery::parse(QStringLiteral("subject:x"), SearchDomain::Documents).hasValue())
        << "mail properties are unknown to document searches";
}

} // namespace
