// The browse models over ApiBrowseSource → ApiClient → vb365-emulator --strict, in v5 and v8.

#include "memorybounds.h"
#include "model_tester_guard.h"
#include "emulator_process.h"
#include "wait.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "model/apibrowsesource.h"
#include "model/backuptreemodel.h"
#include "model/itemfilterproxymodel.h"
#include "model/itemlistmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTimer>

#include <gtest/gtest.h>

#include <chrono>

using namespace re;
using NodeKind = BackupTreeModel::NodeKind;

namespace {

constexpr int kNetworkWaitMs = 30000;

// Resident and peak memory of this process from /proc (Linux), in MiB; -1 when unavailable.
double procStatusMiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Records the longest gap between ticks of a 5 ms timer: how long the event loop was blocked at once.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, m_sinceTick.restart());
        });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longestMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestMs = 0;
};

class ModelsAgainstEmulator : public ::testing::TestWithParam<ApiVersion>
{
protected:
    void start(QStringList extraArguments = {})
    {
        QStringList arguments{QStringLiteral("--api"), toString(GetParam()), QStringLiteral("--strict")};
        arguments += extraArguments;
        emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options{arguments, true, 15000});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        client = std::make_unique<ApiClient>(emulator->url());
        client->setApiVersion(GetParam());
        client->login(emulator->user(), emulator->password());
        ASSERT_TRUE(test::waitUntil([&] { return client->tokens()->isLoggedIn(); }, kNetworkWaitMs))
            << "login to the emulator failed";
        source = std::make_unique<ApiBrowseSource>(client.get());
    }
    void TearDown() override
    {
        guards.clear();
        list.reset();
        tree.reset();
        source.reset();
        client.reset();
        emulator.reset();
    }

    void makeTree(qint64 pageSize = 0)
    {
        tree = std::make_unique<BackupTreeModel>(source.get(),
                                                 BackupTreeModel::Options{QStringLiteral("emulator"), 300, pageSize});
        guards.push_back(std::make_unique<test::ModelTesterGuard>(tree.get()));
    }

    // Loads every page of `parent`'s children (a page may be loading already: attaching the tester
    // fetches top-level rows); false on a failure or a timeout.
    bool loadAll(const QModelIndex &parent)
    {
        for (;;) {
            if (!test::waitUntil([&] { return tree->loadState(parent) != LoadState::Loading; }, kNetworkWaitMs))
                return false;
            if (!tree->canFetchMore(parent))
                return tree->loadState(parent) == LoadState::Loaded;
            tree->fetchMore(parent);
        }
    }

    QModelIndex childNamed(const QModelIndex &parent, const QString &name) const
    {
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex child = tree->index(row, 0, parent);
            if (child.data().toString() == name)
                return child;
        }
        return {};
    }

    RestoreSession explore(const QString &organizationId, SessionType type)
    {
        ExploreOptions options;
        options.type = type;
        std::optional<Result<RestoreSession, ApiError>> outcome;
        QObject context;
        client->explore(organizationId, options, &context,
                        [&](Result<RestoreSession, ApiError> session) { outcome = std::move(session); });
        EXPECT_TRUE(test::waitUntil([&] { return outcome.has_value(); }, kNetworkWaitMs));
        if (!outcome || !*outcome) {
            ADD_FAILURE() << "explore failed: " << (outcome ? outcome->error().message.toStdString() : "timeout");
            return {};
        }
        return outcome->value();
    }

    // server → first organization → a new session of `type` → its group node.
    QModelIndex groupOfNewSession(SessionType type)
    {
        const QModelIndex server = tree->index(0, 0);
        EXPECT_TRUE(loadAll(server));
        const QModelIndex organization = tree->index(0, 0, server);
        EXPECT_EQ(organization.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::Organization));
        const ResourceRef org = organization.data(ResourceRefRole).value<ResourceRef>();
        const RestoreSession session = explore(org.organizationId, type);
        const QModelIndex sessionIndex = tree->addSession(organization, session);
        EXPECT_EQ(tree->rowCount(sessionIndex), 1);
        return tree->index(0, 0, sessionIndex);
    }

    // The number of rows one request with a large page lists (the reference for the paged models).
    qint64 countInOneRequest(ListQuery query)
    {
        query.limit = 5000;
        std::optional<Result<Page<MailItem>, ApiError>> outcome;
        QObject context;
        client->fetchPage<MailItem>(query, &context,
                                    [&](Result<Page<MailItem>, ApiError> page) { outcome = std::move(page); });
        EXPECT_TRUE(test::waitUntil([&] { return outcome.has_value(); }, kNetworkWaitMs));
        if (!outcome || !*outcome)
            return -1;
        EXPECT_FALSE(outcome->value().hasMore);
        return outcome->value().items.size();
    }

    int requestsMatching(const QString &fragment) const
    {
        int count = 0;
        for (const QString &line : emulator->logLines())
            count += line.contains(fragment, Qt::CaseInsensitive) ? 1 : 0;
        return count;
    }

    std::unique_ptr<test::EmulatorProcess> emulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ApiBrowseSource> source;
    std::unique_ptr<BackupTreeModel> tree;
    std::unique_ptr<ItemListModel> list;
    std::vector<std::unique_ptr<test::ModelTesterGuard>> guards;
};

} // namespace

TEST_P(ModelsAgainstEmulator, BrowsesAnExchangeSessionLazilyPageByPage)
{
    ASSERT_NO_FATAL_FAILURE(start());
    makeTree(5);
    const QModelIndex group = groupOfNewSession(SessionType::Exchange);
    EXPECT_EQ(group.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::MailboxGroup));
    EXPECT_TRUE(tree->hasChildren(group));
    EXPECT_EQ(requestsMatching(QStringLiteral("/Mailboxes")), 0) << "nothing loads before the view asks";

    ASSERT_TRUE(loadAll(group));
    const int mailboxes = tree->rowCount(group);
    EXPECT_GE(mailboxes, 12) << "the demo tenant's first organization has 12 users";
    EXPECT_GE(requestsMatching(QStringLiteral("/Mailboxes")), (mailboxes + 4) / 5) << "pages of 5";
    QSet<QString> ids;
    for (int row = 0; row < mailboxes; ++row)
        ids.insert(tree->index(row, 0, group).data(ResourceRefRole).value<ResourceRef>().containerId);
    EXPECT_EQ(ids.size(), mailboxes) << "no mailbox twice, none lost between pages";

    const QModelIndex mailbox = tree->index(0, 0, group);
    ASSERT_TRUE(loadAll(mailbox));
    const QModelIndex inbox = childNamed(mailbox, QStringLiteral("Inbox"));
    ASSERT_TRUE(inbox.isValid());
    EXPECT_EQ(inbox.data(FolderCategoryRole).toString(),
              GetParam() == ApiVersion::V5 ? QString() : QStringLiteral("Inbox"));
    ASSERT_TRUE(loadAll(inbox));
    EXPECT_TRUE(childNamed(inbox, QStringLiteral("Projects")).isValid());
    EXPECT_TRUE(childNamed(inbox, QStringLiteral("Newsletters")).isValid());
    EXPECT_FALSE(childNamed(mailbox, QStringLiteral("Projects")).isValid()) << "nested folders stay nested";

    list = std::make_unique<ItemListModel>(source.get(), ItemListModel::Options{300, 7});
    guards.push_back(std::make_unique<test::ModelTesterGuard>(list.get()));
    list->setFolder(inbox.data(ResourceRefRole).value<ResourceRef>());
    ASSERT_TRUE(test::waitUntil([&] { return list->state() != LoadState::Loading; }, kNetworkWaitMs));
    while (list->canFetchMore({})) {
        list->fetchMore({});
        ASSERT_TRUE(test::waitUntil([&] { return list->state() != LoadState::Loading; }, kNetworkWaitMs));
    }
    ASSERT_EQ(list->state(), LoadState::Loaded) << list->lastError().message.toStdString();
    EXPECT_GT(list->rowCount(), 7) << "more than one page of 7";
    EXPECT_EQ(list->rowCount(), countInOneRequest(*ItemListModel::itemQuery(list->folder())))
        << "pages of 7 add up to what one big request lists";
    QSet<QString> itemIds;
    for (int row = 0; row < list->rowCount(); ++row) {
        itemIds.insert(list->mailItem(row)->id);
        EXPECT_FALSE(list->index(row, ItemListModel::MailReceived).data().toString().isEmpty());
    }
    EXPECT_EQ(itemIds.size(), list->rowCount());
}

TEST_P(ModelsAgainstEmulator, BrowsesAOneDriveSessionAndListsDocuments)
{
    ASSERT_NO_FATAL_FAILURE(start());
    makeTree();
    const QModelIndex group = groupOfNewSession(SessionType::OneDrive);
    EXPECT_EQ(group.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::OneDriveGroup));
    ASSERT_TRUE(loadAll(group));
    ASSERT_GT(tree->rowCount(group), 0);
    const QModelIndex drive = tree->index(0, 0, group);
    EXPECT_EQ(drive.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::OneDrive));
    ASSERT_TRUE(loadAll(drive));
    ASSERT_GT(tree->rowCount(drive), 0);
    EXPECT_EQ(tree->index(0, 0, drive).data(NodeKindRole).toInt(), static_cast<int>(NodeKind::OneDriveFolder));

    list = std::make_unique<ItemListModel>(source.get());
    guards.push_back(std::make_unique<test::ModelTesterGuard>(list.get()));
    list->setFolder(drive.data(ResourceRefRole).value<ResourceRef>());
    ASSERT_TRUE(test::waitUntil([&] { return list->state() != LoadState::Loading; }, kNetworkWaitMs));
    ASSERT_EQ(list->state(), LoadState::Loaded) << list->lastError().message.toStdString();
    EXPECT_EQ(list->content(), ItemListModel::Content::Documents);
    for (int row = 0; row < list->rowCount(); ++row)
        EXPECT_FALSE(list->index(row, ItemListModel::DocumentName).data().toString().isEmpty());
}

TEST_P(ModelsAgainstEmulator, ServerErrorBecomesAnErrorRowAndRetryAsksAgain)
{
    ASSERT_NO_FATAL_FAILURE(start({QStringLiteral("--fail"),
                                   QStringLiteral("GET /%1/RestoreSessions/*/Mailboxes=500:Mailbox database is offline")
                                       .arg(toString(GetParam()))}));
    makeTree();
    const QModelIndex group = groupOfNewSession(SessionType::Exchange);
    tree->fetchMore(group);
    ASSERT_TRUE(test::waitUntil([&] { return tree->loadState(group) == LoadState::Failed; }, kNetworkWaitMs));
    ASSERT_EQ(tree->rowCount(group), 1);
    const QModelIndex errorRow = tree->index(0, 0, group);
    EXPECT_EQ(errorRow.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::ErrorRow));
    EXPECT_TRUE(errorRow.data().toString().contains(QStringLiteral("Mailbox database is offline")))
        << errorRow.data().toString().toStdString();
    const ApiError error = errorRow.data(ErrorRole).value<ApiError>();
    EXPECT_EQ(error.httpStatus, 500);
    EXPECT_EQ(error.serverMessage, QStringLiteral("Mailbox database is offline"));
    EXPECT_FALSE(tree->canFetchMore(group));
    const int before = requestsMatching(QStringLiteral("/Mailboxes"));

    tree->retry(errorRow);
    ASSERT_TRUE(test::waitUntil([&] { return tree->loadState(group) == LoadState::Failed; }, kNetworkWaitMs));
    ASSERT_TRUE(test::waitUntil([&] { return requestsMatching(QStringLiteral("/Mailboxes")) == before + 1; }, 5000));
    EXPECT_EQ(tree->rowCount(group), 1) << "still one error row, not two";
}

// 100,000 items, without the model tester (it is quadratic on a list this long).
TEST_P(ModelsAgainstEmulator, HundredThousandItemsLoadCompletelyWithoutLongStalls)
{
    ASSERT_NO_FATAL_FAILURE(start({QStringLiteral("--tenant"), QStringLiteral("large")}));
    makeTree();
    const QModelIndex group = groupOfNewSession(SessionType::Exchange);
    tree->fetchMore(group); // one page is enough: the first mailbox holds the big folder
    ASSERT_TRUE(test::waitUntil([&] { return tree->loadState(group) == LoadState::Loaded; }, kNetworkWaitMs));
    const QModelIndex mailbox = tree->index(0, 0, group);
    ASSERT_TRUE(loadAll(mailbox));
    const QModelIndex archive = childNamed(mailbox, QStringLiteral("Archive 100k"));
    ASSERT_TRUE(archive.isValid());

    const double rssBefore = procStatusMiB("VmRSS");
    list = std::make_unique<ItemListModel>(source.get(), ItemListModel::Options{300, 2000});
    ItemFilterProxyModel proxy;
    proxy.setSourceModel(list.get());
    StallMeter stalls;
    QElapsedTimer clock;
    clock.start();
    list->setFolder(archive.data(ResourceRefRole).value<ResourceRef>());
    int pages = 0;
    for (;;) {
        ASSERT_TRUE(test::waitUntil([&] { return list->state() != LoadState::Loading; }, kNetworkWaitMs));
        ASSERT_EQ(list->state(), LoadState::Loaded) << list->lastError().message.toStdString();
        ++pages;
        if (!proxy.canFetchMore({}))
            break;
        proxy.fetchMore({});
    }
    const qint64 loadMs = clock.elapsed();
    ASSERT_EQ(list->rowCount(), 100000) << "never truncated";
    EXPECT_EQ(proxy.rowCount(), 100000);
    QSet<QString> ids;
    ids.reserve(100000);
    for (int row = 0; row < list->rowCount(); ++row)
        ids.insert(list->mailItem(row)->id);
    EXPECT_EQ(ids.size(), 100000) << "no item twice";

    clock.restart();
    proxy.sort(ItemListModel::MailReceived, Qt::DescendingOrder);
    const qint64 sortMs = clock.elapsed();
    clock.restart();
    proxy.setFilterText(QStringLiteral("zzz-no-such-text"));
    const qint64 filterMs = clock.elapsed();
    EXPECT_EQ(proxy.rowCount(), 0);
    const double rssAfter = procStatusMiB("VmRSS");
    const double peak = procStatusMiB("VmHWM");
    std::cout << "[ figures  ] " << toString(GetParam()).toStdString() << ": 100,000 items in " << pages
              << " pages of 2000: " << loadMs << " ms, longest event-loop stall " << stalls.longestMs()
              << " ms; sort " << sortMs << " ms, filter " << filterMs << " ms; RSS " << rssBefore << " -> "
              << rssAfter << " MiB, peak " << peak << " MiB" << std::endl;
    if (test::kMemoryBoundsApply) {
        EXPECT_LT(peak, 250.0) << "the whole process stays within the memory goal";
    }
}

INSTANTIATE_TEST_SUITE_P(Versions, ModelsAgainstEmulator, ::testing::Values(ApiVersion::V5, ApiVersion::V8),
                         [](const ::testing::TestParamInfo<ApiVersion> &param) {
                             return toString(param.param).toStdString();
                         });
