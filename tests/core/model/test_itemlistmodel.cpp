#include "fake_browse_source.h"
#include "model_tester_guard.h"
#include "wait.h"

#include "model/itemfilterproxymodel.h"
#include "model/itemlistmodel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace re;
using re::test::FakeBrowseSource;

namespace {

MailItem mail(const QString &id, const QString &from, const QString &subject, const QDateTime &received,
              int attachments = 0, bool deleted = false)
{
    MailItem item;
    item.id = id;
    item.itemClass = QStringLiteral("IPM.Note");
    item.from = from;
    item.subject = subject;
    item.received = received;
    item.attachmentCount = attachments;
    item.hasAttachments = attachments > 0;
    item.deleted = deleted;
    return item;
}

OneDriveDocument doc(const QString &id, const QString &name, qint64 size, bool deleted = false)
{
    OneDriveDocument d;
    d.id = id;
    d.name = name;
    d.sizeBytes = size;
    d.version = QStringLiteral("1.0");
    d.modifiedBy = QStringLiteral("Adele Vance");
    d.modified = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    d.deleted = deleted;
    return d;
}

ResourceRef mailFolderRef(const QString &folderId)
{
    return ResourceRef{ResourceKind::MailFolder, QStringLiteral("org"), QStringLiteral("s1"), QStringLiteral("mb-1"),
                       folderId, {}};
}

ResourceRef oneDriveRef()
{
    return ResourceRef{ResourceKind::OneDrive, {}, QStringLiteral("s2"), QStringLiteral("od-1"), {}, {}};
}

QDateTime day(int d)
{
    return QDateTime(QDate(2024, 1, d), QTime(12, 0), Qt::UTC);
}

class ItemListModelTest : public ::testing::Test
{
protected:
    void makeModel(ItemListModel::Options options = {})
    {
        model = std::make_unique<ItemListModel>(&source, options);
        guard = std::make_unique<re::test::ModelTesterGuard>(model.get());
    }
    void TearDown() override
    {
        guard.reset();
        model.reset();
    }
    bool waitLoaded()
    {
        return re::test::waitUntil([&] { return model->state() == LoadState::Loaded; });
    }
    void inboxWith(QList<MailItem> items)
    {
        source.setRows(Collection::MailItems, QStringLiteral("s1"), QStringLiteral("mb-1"), QStringLiteral("inbox"),
                       std::move(items));
    }

    FakeBrowseSource source;
    std::unique_ptr<ItemListModel> model;
    std::unique_ptr<re::test::ModelTesterGuard> guard;
};

} // namespace

TEST_F(ItemListModelTest, MailFolderListsItsItemsWithMailColumns)
{
    inboxWith({mail(QStringLiteral("i1"), QStringLiteral("Megan"), QStringLiteral("Budget"), day(3), 2),
               mail(QStringLiteral("i2"), QStringLiteral("Alex"), QStringLiteral("Lunch"), day(4), 0, true)});
    makeModel();
    EXPECT_EQ(model->columnCount(), 0);
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    EXPECT_EQ(model->content(), ItemListModel::Content::Mail);
    EXPECT_EQ(model->state(), LoadState::Loading);
    ASSERT_TRUE(waitLoaded());
    const ListQuery &query = source.requests().first();
    EXPECT_EQ(query.collection, Collection::MailItems);
    EXPECT_EQ(query.sessionId, QStringLiteral("s1"));
    EXPECT_EQ(query.containerId, QStringLiteral("mb-1"));
    EXPECT_EQ(query.parentId, QStringLiteral("inbox"));

    ASSERT_EQ(model->rowCount(), 2);
    ASSERT_EQ(model->columnCount(), ItemListModel::MailColumnCount);
    EXPECT_EQ(model->headerData(ItemListModel::MailFrom, Qt::Horizontal).toString(), QStringLiteral("From"));
    EXPECT_EQ(model->headerData(ItemListModel::MailReceived, Qt::Horizontal).toString(), QStringLiteral("Received"));
    EXPECT_EQ(model->index(0, ItemListModel::MailFrom).data().toString(), QStringLiteral("Megan"));
    EXPECT_EQ(model->index(0, ItemListModel::MailSubject).data().toString(), QStringLiteral("Budget"));
    EXPECT_FALSE(model->index(0, ItemListModel::MailReceived).data().toString().isEmpty());
    EXPECT_EQ(model->index(0, ItemListModel::MailReceived).data(SortRole).toDateTime(), day(3));
    // The Attachments column carries the count; mail has no Size column (the API reports no size).
    EXPECT_EQ(model->headerData(ItemListModel::MailAttachments, Qt::Horizontal).toString(), QStringLiteral("Attachments"));
    EXPECT_EQ(model->index(0, ItemListModel::MailAttachments).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model->index(0, ItemListModel::MailAttachments).data(SortRole).toInt(), 2);
    EXPECT_TRUE(model->index(1, ItemListModel::MailAttachments).data().toString().isEmpty());
    EXPECT_TRUE(model->index(0, 0).data(HasAttachmentsRole).toBool());
    EXPECT_FALSE(model->index(1, 0).data(HasAttachmentsRole).toBool());
    EXPECT_TRUE(model->index(1, 0).data(DeletedRole).toBool());
    EXPECT_EQ(model->index(1, ItemListModel::MailDeleted).data().toString(), QStringLiteral("Deleted"));
    EXPECT_EQ(model->index(0, 0).data(ItemClassRole).toString(), QStringLiteral("IPM.Note"));
    const ResourceRef ref = model->index(1, 3).data(ResourceRefRole).value<ResourceRef>();
    EXPECT_EQ(ref.kind, ResourceKind::MailItem);
    EXPECT_EQ(ref.sessionId, QStringLiteral("s1"));
    EXPECT_EQ(ref.containerId, QStringLiteral("mb-1"));
    EXPECT_EQ(ref.id, QStringLiteral("i2"));
    ASSERT_NE(model->mailItem(1), nullptr);
    EXPECT_EQ(model->mailItem(1)->subject, QStringLiteral("Lunch"));
    EXPECT_EQ(model->document(0), nullptr);
}

TEST_F(ItemListModelTest, OneDriveRootListsDocumentsWithDocumentColumns)
{
    source.setRows(Collection::OneDriveDocuments, QStringLiteral("s2"), QStringLiteral("od-1"), {},
                   QList<OneDriveDocument>{doc(QStringLiteral("d1"), QStringLiteral("Plan.docx"), 2048),
                                           doc(QStringLiteral("d2"), QStringLiteral("Old.txt"), -1, true)});
    makeModel();
    model->setFolder(oneDriveRef());
    ASSERT_TRUE(waitLoaded());
    EXPECT_TRUE(source.requests().first().parentId.isEmpty());
    ASSERT_EQ(model->columnCount(), ItemListModel::DocumentColumnCount);
    EXPECT_EQ(model->headerData(ItemListModel::DocumentModifiedBy, Qt::Horizontal).toString(),
              QStringLiteral("Modified by"));
    EXPECT_EQ(model->index(0, ItemListModel::DocumentName).data().toString(), QStringLiteral("Plan.docx"));
    EXPECT_FALSE(model->index(0, ItemListModel::DocumentSize).data().toString().isEmpty());
    EXPECT_EQ(model->index(0, ItemListModel::DocumentSize).data(SortRole).toLongLong(), 2048);
    EXPECT_TRUE(model->index(1, ItemListModel::DocumentSize).data().toString().isEmpty()) << "unknown size stays blank";
    EXPECT_EQ(model->index(0, ItemListModel::DocumentVersion).data().toString(), QStringLiteral("1.0"));
    EXPECT_EQ(model->index(0, ItemListModel::DocumentModifiedBy).data().toString(), QStringLiteral("Adele Vance"));
    EXPECT_TRUE(model->index(1, 0).data(DeletedRole).toBool());
    EXPECT_EQ(model->index(0, 0).data(ResourceRefRole).value<ResourceRef>().kind, ResourceKind::OneDriveDocument);
}

TEST_F(ItemListModelTest, NonFolderClearsTheList)
{
    makeModel();
    model->setFolder(ResourceRef{ResourceKind::Mailbox, {}, QStringLiteral("s1"), QStringLiteral("mb-1"), {}, {}});
    EXPECT_EQ(model->content(), ItemListModel::Content::None);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_TRUE(source.requests().isEmpty());
}

TEST_F(ItemListModelTest, PagesLoadThroughFetchMoreUntilTheServerHasNoMore)
{
    QList<MailItem> items;
    for (int i = 0; i < 8; ++i)
        items << mail(QStringLiteral("i%1").arg(i), QStringLiteral("From %1").arg(i), QStringLiteral("S"), day(1));
    inboxWith(items);
    makeModel();
    QSignalSpy pages(model.get(), &ItemListModel::pageLoaded);
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(model->rowCount(), 3);
    while (model->canFetchMore({})) {
        model->fetchMore({});
        ASSERT_TRUE(waitLoaded());
    }
    EXPECT_EQ(model->rowCount(), 8);
    EXPECT_FALSE(model->hasMore());
    EXPECT_EQ(pages.size(), 3);
    EXPECT_EQ(pages.last().at(0).toInt(), 8);
    EXPECT_FALSE(pages.last().at(1).toBool());
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(model->mailItem(i)->id, QStringLiteral("i%1").arg(i));
}

TEST_F(ItemListModelTest, PageSizeOptionIsPassedToTheSource)
{
    makeModel({kDefaultLoadingDelayMs, 250});
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    ASSERT_EQ(source.requests().size(), 1);
    EXPECT_EQ(source.requests().first().limit, 250);
}

TEST_F(ItemListModelTest, ChangingFolderCancelsTheOldRequest)
{
    source.manual = true;
    inboxWith({mail(QStringLiteral("old"), QStringLiteral("x"), QStringLiteral("old folder"), day(1))});
    source.setRows(Collection::MailItems, QStringLiteral("s1"), QStringLiteral("mb-1"), QStringLiteral("sent"),
                   QList<MailItem>{mail(QStringLiteral("new"), QStringLiteral("y"), QStringLiteral("new folder"), day(2))});
    makeModel();
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    model->setFolder(mailFolderRef(QStringLiteral("sent")));
    EXPECT_EQ(resets.size(), 2);
    EXPECT_EQ(source.cancelledCount(), 1);
    ASSERT_EQ(source.pendingCount(), 1);
    EXPECT_EQ(source.pendingQuery()->parentId, QStringLiteral("sent"));
    ASSERT_TRUE(source.answerNext());
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->mailItem(0)->id, QStringLiteral("new"));
}

TEST_F(ItemListModelTest, StaleReplyFromABrokenSourceNeverLandsInTheNewFolder)
{
    source.manual = true;
    source.deliverAfterCancel = true;
    inboxWith({mail(QStringLiteral("old"), QStringLiteral("x"), QStringLiteral("old folder"), day(1))});
    makeModel();
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    model->setFolder(mailFolderRef(QStringLiteral("sent")));
    ASSERT_EQ(source.pendingCount(), 2);
    ASSERT_TRUE(source.answerNext()); // the inbox reply, delivered although its handle was destroyed
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->state(), LoadState::Loading) << "the sent folder is still waiting for its own reply";
    ASSERT_TRUE(source.answerNext());
    EXPECT_EQ(model->state(), LoadState::Loaded);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(ItemListModelTest, SameFolderAgainDoesNotReload)
{
    inboxWith({mail(QStringLiteral("i"), QStringLiteral("x"), QStringLiteral("s"), day(1))});
    makeModel();
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    ASSERT_TRUE(waitLoaded());
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    EXPECT_EQ(source.requests().size(), 1);
    model->refresh();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(source.requests().size(), 2);
    EXPECT_EQ(model->rowCount(), 1);
}

TEST_F(ItemListModelTest, FailedPageKeepsRowsAndRetryAsksForTheSamePage)
{
    QList<MailItem> items;
    for (int i = 0; i < 5; ++i)
        items << mail(QStringLiteral("i%1").arg(i), QStringLiteral("f"), QStringLiteral("s"), day(1));
    inboxWith(items);
    makeModel();
    QSignalSpy states(model.get(), &ItemListModel::stateChanged);
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    ASSERT_TRUE(waitLoaded());
    source.failNext(*ItemListModel::itemQuery(mailFolderRef(QStringLiteral("inbox"))),
                    FakeBrowseSource::serverError(QStringLiteral("Item store unavailable")));
    model->fetchMore({});
    ASSERT_TRUE(re::test::waitUntil([&] { return model->state() == LoadState::Failed; }));
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->lastError().serverMessage, QStringLiteral("Item store unavailable"));
    EXPECT_FALSE(model->canFetchMore({})) << "no automatic retry loop";
    EXPECT_EQ(states.last().at(0).value<LoadState>(), LoadState::Failed);

    model->retry();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(source.requests().last().offset, 3);
    EXPECT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->lastError().kind, ApiError::Kind::None);
}

TEST_F(ItemListModelTest, LoadingIndicatorOnlyForSlowPages)
{
    source.manual = true;
    makeModel({40, 0});
    QSignalSpy indicator(model.get(), &ItemListModel::loadingIndicatorVisibleChanged);
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    EXPECT_FALSE(model->isLoadingIndicatorVisible());
    ASSERT_TRUE(re::test::waitUntil([&] { return model->isLoadingIndicatorVisible(); }, 2000));
    ASSERT_TRUE(source.answerNext());
    EXPECT_FALSE(model->isLoadingIndicatorVisible());
    EXPECT_EQ(indicator.size(), 2);
}

TEST_F(ItemListModelTest, WrongKindOfRowsIsAnError)
{
    source.manual = true;
    makeModel();
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    BrowsePage page;
    page.rows = QList<OneDriveDocument>{doc(QStringLiteral("d"), QStringLiteral("x"), 1)};
    ASSERT_TRUE(source.answerWith(page));
    EXPECT_EQ(model->state(), LoadState::Failed);
    EXPECT_EQ(model->lastError().kind, ApiError::Kind::UnexpectedResponse);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(ItemListModelTest, FilterProxyMatchesAnyVisibleColumnAndSortsByRawValues)
{
    source.setRows(Collection::OneDriveDocuments, QStringLiteral("s2"), QStringLiteral("od-1"), {},
                   QList<OneDriveDocument>{doc(QStringLiteral("d1"), QStringLiteral("b.txt"), 10),
                                           doc(QStringLiteral("d2"), QStringLiteral("a.txt"), 9),
                                           doc(QStringLiteral("d3"), QStringLiteral("Report.docx"), 100000)});
    makeModel();
    ItemFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    re::test::ModelTesterGuard proxyGuard(&proxy);
    model->setFolder(oneDriveRef());
    ASSERT_TRUE(waitLoaded());
    ASSERT_EQ(proxy.rowCount(), 3);

    proxy.sort(ItemListModel::DocumentSize, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("a.txt")) << "9 bytes before 10 bytes";
    EXPECT_EQ(proxy.index(2, 0).data().toString(), QStringLiteral("Report.docx"));
    proxy.sort(ItemListModel::DocumentName, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Report.docx"));

    proxy.setFilterText(QStringLiteral("  TXT "));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("adele")); // matches the "Modified by" column
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("nothing like this"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilterText({});
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(ItemListModelTest, ProxyPassesFetchMoreThroughAndFiltersLaterPages)
{
    QList<MailItem> items;
    for (int i = 0; i < 7; ++i)
        items << mail(QStringLiteral("i%1").arg(i), i % 2 ? QStringLiteral("Megan") : QStringLiteral("Alex"),
                      QStringLiteral("s"), day(i + 1));
    inboxWith(items);
    makeModel();
    ItemFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    re::test::ModelTesterGuard proxyGuard(&proxy);
    proxy.setFilterText(QStringLiteral("megan"));
    proxy.sort(ItemListModel::MailReceived, Qt::DescendingOrder);
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    ASSERT_TRUE(waitLoaded());
    while (proxy.canFetchMore({})) {
        proxy.fetchMore({});
        ASSERT_TRUE(waitLoaded());
    }
    EXPECT_EQ(model->rowCount(), 7);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, ItemListModel::MailReceived).data(SortRole).toDateTime(), day(6));
    EXPECT_EQ(proxy.index(2, ItemListModel::MailReceived).data(SortRole).toDateTime(), day(2));
}

TEST_F(ItemListModelTest, DestroyedSourceEndsLoadingWithAnError)
{
    auto shortLived = std::make_unique<FakeBrowseSource>();
    shortLived->manual = true;
    model = std::make_unique<ItemListModel>(shortLived.get());
    guard = std::make_unique<re::test::ModelTesterGuard>(model.get());
    model->setFolder(mailFolderRef(QStringLiteral("inbox")));
    ASSERT_EQ(model->state(), LoadState::Loading);
    shortLived.reset();
    EXPECT_EQ(model->state(), LoadState::Failed);
    EXPECT_EQ(model->lastError().kind, ApiError::Kind::Cancelled);
    model->retry();
    EXPECT_EQ(model->state(), LoadState::Failed) << "retry without a source fails at once instead of hanging";
}
