// Search in core without a server: the query builder, recent/saved searches per profile, the search
// requests of every dialect, search results in ItemListModel (per-row containers, cancellation of the
// previous query), the name finder and revealing what it found in the lazy tree.

#include "fake_browse_source.h"
#include "model_tester_guard.h"
#include "wait.h"

#include "api/dialect.h"
#include "model/backuptreemodel.h"
#include "model/itemlistmodel.h"
#include "search/namefinder.h"
#include "search/searchcriteria.h"
#include "search/searchhistory.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace re;
using NodeKind = BackupTreeModel::NodeKind;

namespace {

// ---- the query builder ----------------------------------------------------------------------------

TEST(SearchCriteria, MailCriteriaBecomeTheServersSyntax)
{
    SearchCriteria c;
    c.from = QStringLiteral("grady*");
    c.subject = QStringLiteral("budget review");
    c.since = QDate(2025, 1, 1);
    c.until = QDate(2025, 3, 31);
    c.hasAttachments = true;
    EXPECT_EQ(c.toQuery(SearchCriteria::Domain::Mail).value(),
              QStringLiteral("from:grady* AND subject:\"budget review\" AND received:2025-01-01..2025-03-31 AND hasattachments:true"));

    SearchCriteria open;
    open.to = QStringLiteral("amara@contoso.com");
    open.since = QDate(2025, 1, 1);
    open.words = QStringLiteral("invoice OR receipt");
    EXPECT_EQ(open.toQuery(SearchCriteria::Domain::Mail).value(),
              QStringLiteral("to:amara@contoso.com AND received:>=2025-01-01 AND (invoice OR receipt)"));

    SearchCriteria until;
    until.until = QDate(2024, 12, 31);
    until.hasAttachments = false;
    EXPECT_EQ(until.toQuery(SearchCriteria::Domain::Mail).value(), QStringLiteral("received:<=2024-12-31 AND hasattachments:false"));
}

TEST(SearchCriteria, DocumentCriteriaAndRefusals)
{
    SearchCriteria c;
    c.fileName = QStringLiteral("plan*");
    c.fileType = QStringLiteral(".docx");
    c.from = QStringLiteral("Lidia Rossi");
    EXPECT_EQ(c.toQuery(SearchCriteria::Domain::Documents).value(),
              QStringLiteral("author:\"Lidia Rossi\" AND name:plan* AND ext:docx"));

    EXPECT_FALSE(SearchCriteria{}.toQuery(SearchCriteria::Domain::Mail).hasValue()) << "nothing to search for";
    SearchCriteria reversed;
    reversed.since = QDate(2025, 2, 1);
    reversed.until = QDate(2025, 1, 1);
    EXPECT_TRUE(reversed.toQuery(SearchCriteria::Domain::Mail).error().contains(QStringLiteral("before")));
    SearchCriteria subjectOfDocument;
    subjectOfDocument.subject = QStringLiteral("x");
    EXPECT_FALSE(subjectOfDocument.toQuery(SearchCriteria::Domain::Documents).hasValue());
    SearchCriteria fileOfMail;
    fileOfMail.fileName = QStringLiteral("x");
    EXPECT_FALSE(fileOfMail.toQuery(SearchCriteria::Domain::Mail).hasValue());
    SearchCriteria onlyQuotes;
    onlyQuotes.subject = QStringLiteral("\"\"");
    EXPECT_FALSE(onlyQuotes.toQuery(SearchCriteria::Domain::Mail).hasValue());
    EXPECT_EQ(SearchCriteria::quoted(QStringLiteral("say \"hi\" now")), QStringLiteral("\"say hi now\""));
    EXPECT_EQ(SearchCriteria::quoted(QStringLiteral("a:b")), QStringLiteral("\"a:b\""));
}

// ---- recent and saved searches --------------------------------------------------------------------

// A pasted document is no search: the criterion is named with the limit, nothing is sent or remembered
// (docs/hardening.md, "Hostile input").
TEST(SearchCriteria, APastedDocumentIsRefusedByNameAndNeverRemembered)
{
    const QString huge(SearchCriteria::kMaxCriterionLength + 1, QLatin1Char('x'));
    SearchCriteria mail;
    mail.subject = huge;
    const Result<QString, QString> refused = mail.toQuery(SearchCriteria::Domain::Mail);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error(), QStringLiteral("The subject is too long (1025 characters; at most 1024). Check what was pasted."));
    mail.subject.chop(1);
    EXPECT_TRUE(mail.toQuery(SearchCriteria::Domain::Mail));
    SearchCriteria documents;
    documents.fileName = huge;
    EXPECT_TRUE(documents.toQuery(SearchCriteria::Domain::Documents).error().contains(QStringLiteral("file name")));

    EXPECT_TRUE(SearchCriteria::queryProblem(QString(SearchCriteria::kMaxQueryLength, QLatin1Char('q'))).isEmpty());
    const QString tooLong(SearchCriteria::kMaxQueryLength + 1, QLatin1Char('q'));
    EXPECT_LT(SearchCriteria::queryProblem(tooLong).size(), 200);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    SearchHistory history(settings, QUuid::createUuid());
    history.addRecent(tooLong);
    EXPECT_TRUE(history.recent().isEmpty());
    EXPECT_FALSE(history.save({QStringLiteral("big"), tooLong, QStringLiteral("mail")}));
    EXPECT_FALSE(history.save({QString(SearchHistory::kMaxNameLength + 1, QLatin1Char('n')), QStringLiteral("from:anna"),
                               QStringLiteral("mail")}));
    EXPECT_TRUE(history.saved().isEmpty());
}

TEST(SearchHistory, RecentAndSavedPerProfileWithoutSecrets)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QUuid one = QUuid::createUuid();
    const QUuid two = QUuid::createUuid();
    SearchHistory first(settings, one);
    for (int i = 0; i < SearchHistory::kMaxRecent + 5; ++i)
        first.addRecent(QStringLiteral("subject:q%1").arg(i));
    first.addRecent(QStringLiteral("subject:q10"));
    first.addRecent(QStringLiteral("   "));
    QStringList recent = first.recent();
    ASSERT_EQ(recent.size(), SearchHistory::kMaxRecent);
    EXPECT_EQ(recent.first(), QStringLiteral("subject:q10")) << "re-used queries move to the top";
    EXPECT_EQ(recent.count(QStringLiteral("subject:q10")), 1);
    EXPECT_TRUE(SearchHistory(settings, two).recent().isEmpty()) << "another profile has its own history";

    ASSERT_TRUE(first.save({QStringLiteral("Budget mails"), QStringLiteral("subject:budget"), QStringLiteral("mail")}).hasValue());
    ASSERT_TRUE(first.save({QStringLiteral("Apollo"), QStringLiteral("name:apollo*"), QStringLiteral("documents")}).hasValue());
    ASSERT_TRUE(first.save({QStringLiteral("budget MAILS"), QStringLiteral("subject:budget AND hasattachments:true"), QStringLiteral("mail")}).hasValue());
    EXPECT_FALSE(first.save({QString(), QStringLiteral("x"), {}}).hasValue());
    EXPECT_FALSE(first.save({QStringLiteral("x"), QStringLiteral(" "), {}}).hasValue());
    settings.sync();
    SearchHistory reread(settings, one);
    const QList<SearchHistory::Saved> saved = reread.saved();
    ASSERT_EQ(saved.size(), 2) << "same name in another case replaces";
    EXPECT_EQ(saved.at(0).name, QStringLiteral("Apollo"));
    EXPECT_EQ(saved.at(1).query, QStringLiteral("subject:budget AND hasattachments:true"));
    reread.remove(QStringLiteral("apollo"));
    EXPECT_EQ(reread.saved().size(), 1);
    EXPECT_TRUE(SearchHistory(settings, two).saved().isEmpty());
    reread.clearRecent();
    EXPECT_TRUE(reread.recent().isEmpty());
}

// ---- the search requests of every dialect -----------------------------------------------------------

struct ExpectedSearch
{
    ApiVersion version;
    const char *organizationPath; // whole session, mail
    const char *folderPath;       // one mail folder
    const char *drivesPath;       // every OneDrive
};

class SearchRequests : public ::testing::TestWithParam<ExpectedSearch>
{
};

TEST_P(SearchRequests, PathsBodiesAndPaging)
{
    const ExpectedSearch expected = GetParam();
    const std::unique_ptr<Dialect> dialect = Dialect::create(expected.version);
    const bool v5 = expected.version == ApiVersion::V5;
    const auto bodyOf = [&](const RequestSpec &spec) {
        const QJsonObject body = QJsonDocument::fromJson(spec.body).object();
        return v5 ? body.value(QStringLiteral("search")).toObject() : body;
    };
    ListQuery q;
    q.collection = Collection::MailItems;
    q.sessionId = QStringLiteral("s");
    q.search = QStringLiteral("subject:\"a b\"");
    q.offset = 60;
    q.limit = 30;
    RequestSpec spec = dialect->list(q);
    EXPECT_EQ(spec.method, "POST");
    EXPECT_EQ(spec.pathSegments.join(QLatin1Char('/')), QString::fromLatin1(expected.organizationPath));
    EXPECT_EQ(bodyOf(spec), (QJsonObject{{QStringLiteral("query"), q.search}}));
    if (v5) {
        EXPECT_EQ(QJsonDocument::fromJson(spec.body).object().keys(), QStringList{QStringLiteral("search")});
    }
    EXPECT_EQ(spec.contentType, "application/json");
    EXPECT_TRUE(spec.query.contains({QStringLiteral("offset"), QStringLiteral("60")}));
    EXPECT_TRUE(spec.query.contains({QStringLiteral("limit"), QStringLiteral("30")}));

    q.containerId = QStringLiteral("m/1");
    q.parentId = QStringLiteral("f+1=");
    spec = dialect->list(q);
    EXPECT_EQ(spec.pathSegments.join(QLatin1Char('/')), QString::fromLatin1(expected.folderPath));
    EXPECT_EQ(spec.pathSegments.at(spec.pathSegments.size() - (v5 ? 2 : 2)), QStringLiteral("f+1=")) << "ids stay whole segments";

    ListQuery d;
    d.collection = Collection::OneDriveDocuments;
    d.sessionId = QStringLiteral("s");
    d.search = QStringLiteral("ext:docx");
    spec = dialect->list(d);
    EXPECT_EQ(spec.pathSegments.join(QLatin1Char('/')), QString::fromLatin1(expected.drivesPath));
    EXPECT_EQ(bodyOf(spec).value(QStringLiteral("query")).toString(), QStringLiteral("ext:docx"));

    d.search.clear();
    d.containerId = QStringLiteral("od");
    EXPECT_EQ(dialect->list(d).method, "GET") << "no search text: the plain list";
}

INSTANTIATE_TEST_SUITE_P(
    Dialects, SearchRequests,
    ::testing::Values(
        ExpectedSearch{ApiVersion::V5, "v5/RestoreSessions/s/Organization/Action", "v5/RestoreSessions/s/Organization/Mailboxes/m/1/Folders/f+1=/Action",
                       "v5/RestoreSessions/s/Organization/OneDrives/Action"},
        ExpectedSearch{ApiVersion::V6, "v6/RestoreSessions/s/organization/searchExchange",
                       "v6/RestoreSessions/s/organization/mailboxes/m/1/folders/f+1=/search", "v6/RestoreSessions/s/Organization/OneDrives/search"},
        ExpectedSearch{ApiVersion::V7, "v7/RestoreSessions/s/organization/searchExchange",
                       "v7/RestoreSessions/s/organization/mailboxes/m/1/folders/f+1=/search", "v7/RestoreSessions/s/Organization/OneDrives/search"},
        ExpectedSearch{ApiVersion::V8, "v8/RestoreSessions/s/organization/searchExchange",
                       "v8/RestoreSessions/s/organization/mailboxes/m/1/folders/f+1=/search", "v8/RestoreSessions/s/Organization/OneDrives/search"}),
    [](const ::testing::TestParamInfo<ExpectedSearch> &param) { return toString(param.param.version).toStdString(); });

// ---- search results in the item list --------------------------------------------------------------

MailItem mailIn(const QString &mailbox, int n)
{
    MailItem item;
    item.id = QStringLiteral("item%1").arg(n);
    item.subject = QStringLiteral("budget %1").arg(n);
    item.containerId = mailbox;
    return item;
}

TEST(SearchResults, PagedRowsNameTheirOwnMailboxAndANewQueryCancelsTheOld)
{
    test::FakeBrowseSource source;
    source.manual = true;
    QList<MailItem> rows;
    for (int i = 0; i < 7; ++i)
        rows << mailIn(i % 2 ? QStringLiteral("mbB") : QStringLiteral("mbA"), i);
    source.setRows(Collection::MailItems, QStringLiteral("s"), QString(), QString(), rows);
    ItemListModel list(&source);
    test::ModelTesterGuard guard(&list);

    const ResourceRef everyMailbox{ResourceKind::Mailbox, QStringLiteral("org"), QStringLiteral("s"), {}, {}, {}};
    list.setSearch(everyMailbox, QStringLiteral("subject:old"));
    ASSERT_EQ(source.pendingCount(), 1);
    list.setSearch(everyMailbox, QStringLiteral("  subject:budget "));
    EXPECT_EQ(source.cancelledCount(), 1) << "the previous query is cancelled";
    ASSERT_EQ(source.pendingCount(), 1);
    EXPECT_EQ(source.pendingQuery()->search, QStringLiteral("subject:budget"));
    EXPECT_EQ(source.pendingQuery()->collection, Collection::MailItems);
    EXPECT_EQ(list.searchText(), QStringLiteral("subject:budget"));
    ASSERT_TRUE(source.answerNext());
    EXPECT_EQ(list.rowCount(), 3);
    ASSERT_TRUE(list.canFetchMore({}));
    list.fetchMore({});
    EXPECT_EQ(source.pendingQuery()->offset, 3);
    EXPECT_EQ(source.pendingQuery()->search, QStringLiteral("subject:budget")) << "later pages keep the query";
    while (source.answerNext() || list.canFetchMore({})) {
        if (list.canFetchMore({}))
            list.fetchMore({});
    }
    ASSERT_EQ(list.rowCount(), 7);
    for (int row = 0; row < list.rowCount(); ++row) {
        const ResourceRef ref = list.index(row, 0).data(ResourceRefRole).value<ResourceRef>();
        EXPECT_EQ(ref.kind, ResourceKind::MailItem);
        EXPECT_EQ(ref.sessionId, QStringLiteral("s"));
        EXPECT_EQ(ref.containerId, list.mailItem(row)->containerId) << "actions go to the row's own mailbox";
    }
    // Back to a folder: a plain list again.
    list.setFolder(ResourceRef{ResourceKind::MailFolder, {}, QStringLiteral("s"), QStringLiteral("mbA"), QStringLiteral("f"), {}});
    EXPECT_TRUE(list.searchText().isEmpty());
    EXPECT_TRUE(source.pendingQuery()->search.isEmpty());
    list.setSearch(everyMailbox, QStringLiteral("   "));
    EXPECT_EQ(list.content(), ItemListModel::Content::None) << "an empty query searches nothing";
}

TEST(SearchResults, ScopesMapToQueries)
{
    const auto q = [](ResourceKind kind, const QString &container, const QString &id) {
        return ItemListModel::searchQuery(ResourceRef{kind, {}, QStringLiteral("s"), container, id, {}}, QStringLiteral("x"));
    };
    EXPECT_EQ(q(ResourceKind::MailFolder, QStringLiteral("m"), QStringLiteral("f"))->parentId, QStringLiteral("f"));
    EXPECT_EQ(q(ResourceKind::Mailbox, QStringLiteral("m"), {})->containerId, QStringLiteral("m"));
    EXPECT_EQ(q(ResourceKind::OneDrive, {}, {})->collection, Collection::OneDriveDocuments);
    EXPECT_EQ(q(ResourceKind::OneDriveFolder, QStringLiteral("o"), QStringLiteral("d"))->parentId, QStringLiteral("d"));
    EXPECT_FALSE(q(ResourceKind::RestoreSession, {}, {}).has_value());
}

// ---- the name finder and the tree ---------------------------------------------------------------------

QList<Mailbox> mailboxes(int count)
{
    QList<Mailbox> list;
    for (int i = 0; i < count; ++i) {
        Mailbox m;
        m.id = QStringLiteral("mb%1").arg(i);
        m.name = i == 8990 ? QStringLiteral("Zelda Quintero") : QStringLiteral("User %1").arg(i);
        m.email = i == 8990 ? QStringLiteral("zelda.quintero@contoso.com") : QStringLiteral("user%1@contoso.com").arg(i);
        list << m;
    }
    return list;
}

TEST(NameFinder, FindsOnPage300AsSoonAsThatPageArrivesAndRanksExactNamesFirst)
{
    test::FakeBrowseSource source;
    source.manual = true;
    source.setRows(Collection::Mailboxes, QStringLiteral("s"), {}, {}, mailboxes(10000));
    NameFinder finder(&source);
    QSignalSpy changed(&finder, &NameFinder::matchesChanged);
    finder.setScope(QStringLiteral("s"), NameFinder::Kind::Mailboxes);
    finder.find(QStringLiteral("zelda"));
    EXPECT_TRUE(finder.matches().isEmpty());
    int pages = 0;
    while (finder.matches().isEmpty() && source.answerNext())
        ++pages;
    EXPECT_EQ(pages, 8990 / NameFinder::kPageSize + 1) << "found with the page that holds it";
    ASSERT_EQ(finder.matches().size(), 1);
    EXPECT_EQ(finder.matches().first().offset, 8990);
    EXPECT_EQ(finder.matches().first().detail, QStringLiteral("zelda.quintero@contoso.com"));
    while (source.answerNext()) {
    }
    EXPECT_TRUE(finder.isIndexComplete());
    EXPECT_EQ(finder.indexedCount(), 10000);
    const int requestsBefore = static_cast<int>(source.requests().size());
    finder.find(QStringLiteral("USER 12"));
    EXPECT_EQ(source.requests().size(), requestsBefore) << "later keystrokes use the index";
    ASSERT_FALSE(finder.matches().isEmpty());
    EXPECT_EQ(finder.matches().first().name, QStringLiteral("User 12")) << "exact name first";
    EXPECT_EQ(finder.matches().at(1).name, QStringLiteral("User 120")) << "then names starting with it";
    EXPECT_LE(finder.matches().size(), NameFinder::kMaxMatches);
    finder.find(QStringLiteral("quintero zelda"));
    EXPECT_EQ(finder.matches().size(), 1) << "every word, any order";
    finder.find(QString());
    EXPECT_TRUE(finder.matches().isEmpty());
    EXPECT_GT(changed.count(), 3);

    // Another session: the index is dropped and a load in flight cancelled.
    finder.setScope(QStringLiteral("s2"), NameFinder::Kind::Mailboxes);
    finder.find(QStringLiteral("x"));
    ASSERT_EQ(source.pendingCount(), 1);
    finder.setScope(QStringLiteral("s3"), NameFinder::Kind::OneDrives);
    EXPECT_EQ(source.pendingCount(), 0);
    EXPECT_EQ(finder.indexedCount(), 0);
}

TEST(NameFinder, ReportsAFailedPage)
{
    test::FakeBrowseSource source;
    source.manual = true;
    NameFinder finder(&source);
    QSignalSpy failed(&finder, &NameFinder::failed);
    finder.setScope(QStringLiteral("s"), NameFinder::Kind::OneDrives);
    finder.find(QStringLiteral("a"));
    ASSERT_TRUE(source.failPending(test::FakeBrowseSource::serverError(QStringLiteral("Proxy offline"))));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(finder.lastError().serverMessage, QStringLiteral("Proxy offline"));
    EXPECT_FALSE(finder.isLoading());
    finder.prefetch();
    EXPECT_EQ(source.pendingCount(), 1) << "a retry asks again";
}

TEST(TreeReveal, InsertsAFoundMailboxAheadOfItsPageWithoutDuplicatingIt)
{
    test::FakeBrowseSource source;
    source.manual = true;
    source.pageSize = 30;
    source.setRows(Collection::Mailboxes, QStringLiteral("s"), {}, {}, mailboxes(100));
    BackupTreeModel tree(&source, BackupTreeModel::Options{{}, 300, 30});
    test::ModelTesterGuard guard(&tree);
    RestoreSession session;
    session.id = QStringLiteral("s");
    session.type = SessionType::Exchange;
    const QModelIndex sessionIndex = tree.addSession({}, session);
    ASSERT_TRUE(sessionIndex.isValid());
    const QModelIndex group = tree.index(0, 0, sessionIndex);
    ASSERT_EQ(group.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::MailboxGroup));
    tree.fetchMore(group);
    while (source.answerNext()) { // the organizations (fetched by the tester) and the first page
    }
    ASSERT_EQ(tree.rowCount(group), 30);

    Mailbox found = mailboxes(100).at(77);
    const QModelIndex revealed = tree.revealMailbox(group, found);
    ASSERT_TRUE(revealed.isValid());
    EXPECT_EQ(revealed.row(), 0);
    EXPECT_EQ(revealed.data().toString(), found.name);
    EXPECT_TRUE(revealed.data(FoundBySearchRole).toBool());
    EXPECT_EQ(revealed.data(ResourceRefRole).value<ResourceRef>().containerId, found.id);
    EXPECT_EQ(tree.rowCount(group), 31);
    EXPECT_EQ(tree.revealMailbox(group, found), revealed) << "revealing again finds the node";
    EXPECT_EQ(tree.revealMailbox(group, mailboxes(100).at(3)).row(), 4) << "a loaded mailbox is just selected";
    EXPECT_FALSE(tree.revealMailbox(sessionIndex, found).isValid()) << "only below a Mailboxes group";
    // Loading the rest never lists mailbox 77 twice, and nothing is lost.
    while (tree.canFetchMore(group)) {
        tree.fetchMore(group);
        while (source.answerNext()) {
        }
    }
    EXPECT_EQ(tree.rowCount(group), 100);
    // The revealed node is a real mailbox node: it loads its folders.
    EXPECT_TRUE(tree.hasChildren(revealed));
}

} // namespace
