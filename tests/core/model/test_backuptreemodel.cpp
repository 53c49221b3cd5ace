#include "fake_browse_source.h"
#include "model_tester_guard.h"
#include "wait.h"

#include "model/backuptreemodel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace re;
using re::test::FakeBrowseSource;
using NodeKind = BackupTreeModel::NodeKind;

namespace {

Organization org(const QString &id, const QString &name)
{
    Organization o;
    o.id = id;
    o.name = name;
    return o;
}

Mailbox mailbox(const QString &id, const QString &name, bool archive = false)
{
    Mailbox m;
    m.id = id;
    m.name = name;
    m.email = name + QStringLiteral("@contoso.com");
    m.isArchive = archive;
    return m;
}

MailFolder mailFolder(const QString &id, const QString &name, const QString &type = QStringLiteral("None"))
{
    MailFolder f;
    f.id = id;
    f.name = name;
    f.type = type;
    return f;
}

RestoreSession session(const QString &id, std::optional<SessionType> type)
{
    RestoreSession s;
    s.id = id;
    s.name = QStringLiteral("Session ") + id;
    s.type = type;
    return s;
}

QList<Organization> organizations(int count)
{
    QList<Organization> list;
    for (int i = 0; i < count; ++i)
        list.append(org(QStringLiteral("org-%1").arg(i), QStringLiteral("Org %1").arg(i)));
    return list;
}

NodeKind kindOf(const QModelIndex &index)
{
    return static_cast<NodeKind>(index.data(NodeKindRole).toInt());
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

// Owns source, model and tester for the whole test: the tester watches every change the test makes.
class BackupTreeModelTest : public ::testing::Test
{
protected:
    void makeModel(BackupTreeModel::Options options = {})
    {
        model = std::make_unique<BackupTreeModel>(&source, std::move(options));
        guard = std::make_unique<re::test::ModelTesterGuard>(model.get());
    }
    void TearDown() override
    {
        guard.reset();
        model.reset();
    }

    // Fetches `parent` (unless it is loading already: attaching the tester fetches the root, see
    // ModelTesterGuard) and waits until the page has been answered.
    void load(const QModelIndex &parent)
    {
        if (model->loadState(parent) != LoadState::Loading) {
            ASSERT_TRUE(model->canFetchMore(parent));
            model->fetchMore(parent);
        }
        ASSERT_TRUE(re::test::waitUntil([&] { return model->loadState(parent) != LoadState::Loading; }));
    }

    // Server-less model with one organization holding an Exchange session "s1" with mailboxes.
    QModelIndex exchangeSessionWithMailboxes(int mailboxCount)
    {
        source.setRows(Collection::Organizations, {}, {}, {}, organizations(1));
        QList<Mailbox> boxes;
        for (int i = 0; i < mailboxCount; ++i)
            boxes << mailbox(QStringLiteral("mb-%1").arg(i), QStringLiteral("user%1").arg(i), i == 1);
        source.setRows(Collection::Mailboxes, QStringLiteral("s1"), {}, {}, boxes);
        makeModel();
        load({});
        const QModelIndex organization = model->index(0, 0);
        const QModelIndex sessionIndex = model->addSession(organization, session(QStringLiteral("s1"), SessionType::Exchange));
        return model->index(0, 0, sessionIndex); // the "Mailboxes" group
    }

    FakeBrowseSource source;
    std::unique_ptr<BackupTreeModel> model;
    std::unique_ptr<re::test::ModelTesterGuard> guard;
};

} // namespace

TEST_F(BackupTreeModelTest, RootShowsExpandArrowBeforeOrganizationsAreKnown)
{
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(2));
    // Checked before the tester is attached: its constructor calls fetchMore() on the root once.
    model = std::make_unique<BackupTreeModel>(&source);
    EXPECT_TRUE(model->hasChildren());
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(model->canFetchMore({}));
    EXPECT_TRUE(source.requests().isEmpty()) << "nothing may load before a view asks";
    guard = std::make_unique<re::test::ModelTesterGuard>(model.get());
    load({});
    ASSERT_EQ(source.requests().size(), 1);
    EXPECT_EQ(source.requests().first().collection, Collection::Organizations);
    EXPECT_EQ(childNames(*model, {}), (QStringList{QStringLiteral("Org 0"), QStringLiteral("Org 1")}));
    EXPECT_EQ(kindOf(model->index(0, 0)), NodeKind::Organization);
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST_F(BackupTreeModelTest, ServerNodeHoldsOrganizations)
{
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(1));
    makeModel({QStringLiteral("vbo.contoso.local"), 300});
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex server = model->index(0, 0);
    EXPECT_EQ(server.data().toString(), QStringLiteral("vbo.contoso.local"));
    EXPECT_EQ(kindOf(server), NodeKind::Server);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_TRUE(model->hasChildren(server));
    load(server);
    EXPECT_EQ(childNames(*model, server), QStringList{QStringLiteral("Org 0")});
}

TEST_F(BackupTreeModelTest, OneRequestPerNodeWhileLoading)
{
    source.manual = true;
    makeModel();
    model->fetchMore({});
    EXPECT_FALSE(model->canFetchMore({})) << "a view calling again must not start a second request";
    model->fetchMore({});
    model->fetchMore({});
    EXPECT_EQ(source.requests().size(), 1);
    EXPECT_EQ(model->loadState({}), LoadState::Loading);
    EXPECT_TRUE(model->hasChildren({}));
}

TEST_F(BackupTreeModelTest, LoadingRowAppearsOnlyAfterTheDelay)
{
    source.manual = true;
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(2));
    makeModel({{}, 50});
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 0) << "no placeholder before the delay";
    ASSERT_TRUE(re::test::waitUntil([&] { return model->rowCount() == 1; }, 2000));
    const QModelIndex placeholder = model->index(0, 0);
    EXPECT_EQ(kindOf(placeholder), NodeKind::LoadingRow);
    EXPECT_TRUE(placeholder.data(LoadingRole).toBool());
    EXPECT_FALSE(placeholder.data().toString().isEmpty());
    EXPECT_FALSE(model->hasChildren(placeholder));
    EXPECT_FALSE(placeholder.flags() & Qt::ItemIsSelectable);

    ASSERT_TRUE(source.answerNext());
    EXPECT_EQ(childNames(*model, {}), (QStringList{QStringLiteral("Org 0"), QStringLiteral("Org 1")}));
    EXPECT_FALSE(model->index(1, 0).data(LoadingRole).toBool());
}

TEST_F(BackupTreeModelTest, FastReplyNeverShowsALoadingRow)
{
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(2));
    makeModel({{}, 200});
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    load({});
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 0);
    EXPECT_EQ(inserted.first().at(2).toInt(), 1);
    QTest::qWait(250); // the cancelled timer must not add a placeholder later
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(BackupTreeModelTest, FailureBecomesAnErrorRowAndRetryLoadsTheChildren)
{
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(2));
    source.failNext(ListQuery{Collection::Organizations, {}, {}, {}, 0, 0, {}},
                    FakeBrowseSource::serverError(QStringLiteral("Database is offline")));
    makeModel();
    load({});
    EXPECT_EQ(model->loadState({}), LoadState::Failed);
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex errorRow = model->index(0, 0);
    EXPECT_EQ(kindOf(errorRow), NodeKind::ErrorRow);
    EXPECT_TRUE(errorRow.data().toString().contains(QStringLiteral("Database is offline")));
    EXPECT_TRUE(errorRow.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP status: 500")));
    const ApiError error = errorRow.data(ErrorRole).value<ApiError>();
    EXPECT_EQ(error.kind, ApiError::Kind::ServerError);
    EXPECT_EQ(error.serverMessage, QStringLiteral("Database is offline"));
    EXPECT_FALSE(model->canFetchMore({})) << "a failed node waits for an explicit retry";

    model->retry(errorRow);
    EXPECT_TRUE(model->index(0, 0).data(LoadingRole).toBool()) << "the error row turns into the loading row";
    ASSERT_TRUE(re::test::waitUntil([&] { return model->loadState({}) == LoadState::Loaded; }));
    EXPECT_EQ(childNames(*model, {}), (QStringList{QStringLiteral("Org 0"), QStringLiteral("Org 1")}));
    EXPECT_EQ(source.requests().size(), 2);
}

TEST_F(BackupTreeModelTest, PagesLoadAsTheViewAsksAndNothingIsTruncated)
{
    const QModelIndex group = exchangeSessionWithMailboxes(7); // page size 3
    EXPECT_EQ(kindOf(group), NodeKind::MailboxGroup);
    load(group);
    EXPECT_EQ(model->rowCount(group), 3);
    EXPECT_TRUE(model->canFetchMore(group));
    model->fetchMore(group);
    ASSERT_TRUE(re::test::waitUntil([&] { return model->rowCount(group) == 6; }));
    model->fetchMore(group);
    ASSERT_TRUE(re::test::waitUntil([&] { return model->rowCount(group) == 7; }));
    EXPECT_FALSE(model->canFetchMore(group));
    QList<qint64> offsets;
    for (const ListQuery &q : source.requests()) {
        if (q.collection == Collection::Mailboxes)
            offsets << q.offset;
    }
    EXPECT_EQ(offsets, (QList<qint64>{0, 3, 6}));
    EXPECT_EQ(model->index(6, 0, group).data().toString(), QStringLiteral("user6"));
}

TEST_F(BackupTreeModelTest, FailedLaterPageKeepsLoadedRowsAndRetriesTheSameOffset)
{
    const QModelIndex group = exchangeSessionWithMailboxes(5);
    load(group);
    source.failNext(ListQuery{Collection::Mailboxes, QStringLiteral("s1"), {}, {}, 0, 0, {}},
                    FakeBrowseSource::serverError(QStringLiteral("Timeout in the backup proxy")));
    model->fetchMore(group);
    ASSERT_TRUE(re::test::waitUntil([&] { return model->loadState(group) == LoadState::Failed; }));
    ASSERT_EQ(model->rowCount(group), 4);
    EXPECT_EQ(kindOf(model->index(3, 0, group)), NodeKind::ErrorRow);
    EXPECT_EQ(model->index(2, 0, group).data().toString(), QStringLiteral("user2"));

    model->retry(group);
    ASSERT_TRUE(re::test::waitUntil([&] { return model->loadState(group) == LoadState::Loaded; }));
    EXPECT_EQ(childNames(*model, group),
              (QStringList{QStringLiteral("user0"), QStringLiteral("user1"), QStringLiteral("user2"),
                           QStringLiteral("user3"), QStringLiteral("user4")}));
    EXPECT_EQ(source.requests().last().offset, 3);
}

TEST_F(BackupTreeModelTest, SessionGroupsFollowTheSessionType)
{
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(1));
    makeModel();
    load({});
    const QModelIndex organization = model->index(0, 0);
    EXPECT_FALSE(model->hasChildren(organization)) << "organizations list only the sessions added to them";
    const QModelIndex exchange = model->addSession(organization, session(QStringLiteral("s1"), SessionType::Exchange));
    const QModelIndex oneDrive = model->addSession(organization, session(QStringLiteral("s2"), SessionType::OneDrive));
    const QModelIndex unknown = model->addSession(organization, session(QStringLiteral("s3"), std::nullopt));
    EXPECT_EQ(model->rowCount(organization), 3);
    EXPECT_EQ(childNames(*model, exchange), QStringList{QStringLiteral("Mailboxes")});
    EXPECT_EQ(childNames(*model, oneDrive), QStringList{QStringLiteral("OneDrives")});
    EXPECT_EQ(model->rowCount(unknown), 2);
    EXPECT_EQ(kindOf(model->index(0, 0, oneDrive)), NodeKind::OneDriveGroup);
    EXPECT_EQ(exchange.data(SessionTypeRole).toInt(), static_cast<int>(SessionType::Exchange));
    const ResourceRef ref = exchange.data(ResourceRefRole).value<ResourceRef>();
    EXPECT_EQ(ref.kind, ResourceKind::RestoreSession);
    EXPECT_EQ(ref.sessionId, QStringLiteral("s1"));
    EXPECT_EQ(ref.organizationId, QStringLiteral("org-0"));

    EXPECT_EQ(model->addSession(organization, session(QStringLiteral("s1"), SessionType::Exchange)), exchange)
        << "the same session id is the same node";
    EXPECT_EQ(model->rowCount(organization), 3);
}

TEST_F(BackupTreeModelTest, ReattachedSessionWithoutKnownOrganizationGoesToTheTopLevel)
{
    source.setRows(Collection::Organizations, {}, {}, {}, organizations(2));
    makeModel();
    load({});
    const QModelIndex added = model->addSession({}, session(QStringLiteral("s9"), SessionType::OneDrive));
    EXPECT_EQ(added.row(), 2);
    EXPECT_FALSE(added.parent().isValid());
    EXPECT_EQ(model->rowCount(), 3);
}

TEST_F(BackupTreeModelTest, BrowsesMailboxesAndNestedFoldersWithTheRightQueries)
{
    const QModelIndex group = exchangeSessionWithMailboxes(2);
    source.setRows(Collection::MailFolders, QStringLiteral("s1"), QStringLiteral("mb-1"), {},
                   QList<MailFolder>{mailFolder(QStringLiteral("f+/=1"), QStringLiteral("Inbox")),
                                     mailFolder(QStringLiteral("f2"), QStringLiteral("Contacts"), QStringLiteral("Contact"))});
    source.setRows(Collection::MailFolders, QStringLiteral("s1"), QStringLiteral("mb-1"), QStringLiteral("f+/=1"),
                   QList<MailFolder>{mailFolder(QStringLiteral("f3"), QStringLiteral("Projects"))});
    load(group);
    const QModelIndex archive = model->index(1, 0, group);
    EXPECT_EQ(kindOf(archive), NodeKind::Mailbox);
    EXPECT_TRUE(archive.data(IsArchiveRole).toBool());
    EXPECT_EQ(archive.data(Qt::ToolTipRole).toString(), QStringLiteral("user1@contoso.com"));
    load(archive);
    const ListQuery &topLevel = source.requests().last();
    EXPECT_EQ(topLevel.collection, Collection::MailFolders);
    EXPECT_EQ(topLevel.sessionId, QStringLiteral("s1"));
    EXPECT_EQ(topLevel.containerId, QStringLiteral("mb-1"));
    EXPECT_TRUE(topLevel.parentId.isEmpty());
    EXPECT_EQ(childNames(*model, archive), (QStringList{QStringLiteral("Inbox"), QStringLiteral("Contacts")}));
    EXPECT_EQ(model->index(1, 0, archive).data(FolderTypeRole).toString(), QStringLiteral("Contact"));

    const QModelIndex inbox = model->index(0, 0, archive);
    EXPECT_TRUE(model->hasChildren(inbox));
    load(inbox);
    EXPECT_EQ(source.requests().last().parentId, QStringLiteral("f+/=1"));
    const QModelIndex projects = model->index(0, 0, inbox);
    const ResourceRef ref = projects.data(ResourceRefRole).value<ResourceRef>();
    EXPECT_EQ(ref.kind, ResourceKind::MailFolder);
    EXPECT_EQ(ref.sessionId, QStringLiteral("s1"));
    EXPECT_EQ(ref.containerId, QStringLiteral("mb-1"));
    EXPECT_EQ(ref.id, QStringLiteral("f3"));

    load(projects);
    EXPECT_FALSE(model->hasChildren(projects)) << "an empty folder loses its expand arrow";
    EXPECT_EQ(model->findNode(NodeKind::MailFolder, ref), projects);
}

TEST_F(BackupTreeModelTest, BrowsesOneDrivesAndTheirFolders)
{
    source.setRows(Collection::OneDrives, QStringLiteral("s2"), {}, {},
                   QList<OneDrive>{OneDrive{QStringLiteral("od-1"), QStringLiteral("Adele"),
                                            QStringLiteral("https://contoso-my.sharepoint.com/personal/adele"), {}}});
    OneDriveFolder folder;
    folder.id = QStringLiteral("odf-1");
    folder.name = QStringLiteral("Documents");
    source.setRows(Collection::OneDriveFolders, QStringLiteral("s2"), QStringLiteral("od-1"), {},
                   QList<OneDriveFolder>{folder});
    makeModel();
    const QModelIndex sessionIndex = model->addSession({}, session(QStringLiteral("s2"), SessionType::OneDrive));
    const QModelIndex group = model->index(0, 0, sessionIndex);
    load(group);
    const QModelIndex drive = model->index(0, 0, group);
    EXPECT_EQ(kindOf(drive), NodeKind::OneDrive);
    load(drive);
    EXPECT_EQ(source.requests().last().collection, Collection::OneDriveFolders);
    EXPECT_EQ(source.requests().last().containerId, QStringLiteral("od-1"));
    EXPECT_EQ(childNames(*model, drive), QStringList{QStringLiteral("Documents")});
    EXPECT_EQ(kindOf(model->index(0, 0, drive)), NodeKind::OneDriveFolder);
}

TEST_F(BackupTreeModelTest, RemovingASessionCancelsItsRequests)
{
    const QModelIndex group = exchangeSessionWithMailboxes(2);
    source.manual = true;
    model->fetchMore(group);
    ASSERT_EQ(source.pendingCount(), 1);
    model->removeSession(QStringLiteral("s1"));
    EXPECT_EQ(source.pendingCount(), 0);
    EXPECT_EQ(source.cancelledCount(), 1);
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 0);
}

TEST_F(BackupTreeModelTest, DestroyedModelNeverReceivesALateReply)
{
    source.manual = true;
    makeModel();
    model->fetchMore({});
    ASSERT_EQ(source.pendingCount(), 1);
    guard.reset();
    model.reset();
    EXPECT_EQ(source.cancelledCount(), 1);
    EXPECT_FALSE(source.answerNext());
}

TEST_F(BackupTreeModelTest, RefreshReloadsAndKeepsIdentityByIds)
{
    const QModelIndex group = exchangeSessionWithMailboxes(2);
    load(group);
    ResourceRef ref;
    ref.sessionId = QStringLiteral("s1");
    ref.containerId = QStringLiteral("mb-1");
    const QPersistentModelIndex before = model->findNode(NodeKind::Mailbox, ref);
    ASSERT_TRUE(before.isValid());
    model->refresh(group);
    EXPECT_FALSE(before.isValid()) << "refresh drops the old rows";
    ASSERT_TRUE(re::test::waitUntil([&] { return model->loadState(group) == LoadState::Loaded; }));
    const QModelIndex after = model->findNode(NodeKind::Mailbox, ref);
    ASSERT_TRUE(after.isValid());
    EXPECT_EQ(after.data().toString(), QStringLiteral("user1"));
}

TEST_F(BackupTreeModelTest, PageThatAnnouncesMoreWithoutProgressIsAnError)
{
    source.manual = true;
    makeModel();
    model->fetchMore({});
    BrowsePage page;
    page.rows = QList<Organization>{};
    page.hasMore = true;
    page.nextOffset = 0;
    ASSERT_TRUE(source.answerWith(page));
    EXPECT_EQ(model->loadState({}), LoadState::Failed);
    EXPECT_EQ(kindOf(model->index(0, 0)), NodeKind::ErrorRow);
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST_F(BackupTreeModelTest, RowsOfTheWrongKindAreAnError)
{
    source.manual = true;
    makeModel();
    model->fetchMore({});
    BrowsePage page;
    page.rows = QList<Mailbox>{mailbox(QStringLiteral("m"), QStringLiteral("m"))};
    ASSERT_TRUE(source.answerWith(page));
    EXPECT_EQ(model->loadState({}), LoadState::Failed);
    EXPECT_EQ(model->index(0, 0).data(ErrorRole).value<ApiError>().kind, ApiError::Kind::UnexpectedResponse);
}

TEST_F(BackupTreeModelTest, UnreadableRowsAreReportedAndPagingContinuesAfterThem)
{
    source.manual = true;
    makeModel();
    QSignalSpy unreadable(model.get(), &BackupTreeModel::unreadableRows);
    model->fetchMore({});
    BrowsePage page;
    page.rows = organizations(2);
    page.rowErrors = {QStringLiteral("The server sent a organization without an id")};
    page.nextOffset = 3;
    page.hasMore = true;
    ASSERT_TRUE(source.answerWith(page));
    ASSERT_EQ(unreadable.size(), 1);
    EXPECT_EQ(unreadable.first().at(1).toStringList().size(), 1);
    model->fetchMore({});
    EXPECT_EQ(source.requests().last().offset, 3);
}

TEST_F(BackupTreeModelTest, SiblingsTheServerRepeatsAcrossPagesAppearOnce)
{
    source.manual = true;
    makeModel();
    model->fetchMore({});
    BrowsePage first;
    first.rows = organizations(2);
    first.nextOffset = 2;
    first.hasMore = true;
    ASSERT_TRUE(source.answerWith(first));
    model->fetchMore({});
    BrowsePage second;
    second.rows = QList<Organization>{org(QStringLiteral("org-1"), QStringLiteral("Org 1")),
                                      org(QStringLiteral("org-2"), QStringLiteral("Org 2"))};
    second.nextOffset = 4;
    ASSERT_TRUE(source.answerWith(second));
    EXPECT_EQ(childNames(*model, {}),
              (QStringList{QStringLiteral("Org 0"), QStringLiteral("Org 1"), QStringLiteral("Org 2")}));
}

TEST_F(BackupTreeModelTest, DestroyedSourceBecomesAnErrorRow)
{
    auto shortLived = std::make_unique<FakeBrowseSource>();
    model = std::make_unique<BackupTreeModel>(shortLived.get());
    guard = std::make_unique<re::test::ModelTesterGuard>(model.get());
    shortLived.reset();
    model->fetchMore({});
    EXPECT_EQ(model->loadState({}), LoadState::Failed);
    EXPECT_EQ(kindOf(model->index(0, 0)), NodeKind::ErrorRow);
}
