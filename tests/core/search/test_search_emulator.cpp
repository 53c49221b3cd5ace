// Search results through ApiBrowseSource → ApiClient → vb365-emulator --strict (v5 and v8): a new query
// cancels the one in flight (its late answer never reaches the list), and results page like a folder.

#include "model_tester_guard.h"
#include "emulator_process.h"
#include "wait.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "model/apibrowsesource.h"
#include "model/itemlistmodel.h"

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace re;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kDelayMs = 2500;

class SearchAgainstEmulator : public ::testing::TestWithParam<ApiVersion>
{
protected:
    void SetUp() override
    {
        // Folder searches answer late: the test starts one and replaces it before the answer comes.
        const QString delayed = QStringLiteral("POST /%1/*/folders/*/*=%2").arg(toString(GetParam())).arg(kDelayMs);
        emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options{
            {QStringLiteral("--api"), toString(GetParam()), QStringLiteral("--strict"), QStringLiteral("--delay"), delayed}});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        client = std::make_unique<ApiClient>(emulator->url());
        client->setApiVersion(GetParam());
        client->login(emulator->user(), emulator->password());
        ASSERT_TRUE(test::waitUntil([&] { return client->tokens()->isLoggedIn(); }, kWaitMs));
        source = std::make_unique<ApiBrowseSource>(client.get());
    }

    template <typename T>
    QList<T> listOf(ListQuery query)
    {
        std::optional<Result<Page<T>, ApiError>> page;
        client->fetchPage<T>(query, &context, [&](Result<Page<T>, ApiError> r) { page = std::move(r); });
        EXPECT_TRUE(test::waitUntil([&] { return page.has_value(); }, kWaitMs));
        return page && *page ? (*page)->items : QList<T>{};
    }

    QString exploreExchange()
    {
        ListQuery orgs;
        orgs.collection = Collection::Organizations;
        const QList<Organization> organizations = listOf<Organization>(orgs);
        EXPECT_FALSE(organizations.isEmpty());
        std::optional<Result<RestoreSession, ApiError>> outcome;
        client->explore(organizations.value(0).id, {}, &context, [&](Result<RestoreSession, ApiError> r) { outcome = std::move(r); });
        EXPECT_TRUE(test::waitUntil([&] { return outcome.has_value(); }, kWaitMs));
        return outcome && *outcome ? (*outcome)->id : QString();
    }

    QObject context;
    std::unique_ptr<test::EmulatorProcess> emulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ApiBrowseSource> source;
};

} // namespace

TEST_P(SearchAgainstEmulator, ANewQueryCancelsTheOneInFlight)
{
    const QString session = exploreExchange();
    ASSERT_FALSE(session.isEmpty());
    ListQuery mailboxes;
    mailboxes.collection = Collection::Mailboxes;
    mailboxes.sessionId = session;
    const QList<Mailbox> all = listOf<Mailbox>(mailboxes);
    ASSERT_FALSE(all.isEmpty());
    ListQuery folders;
    folders.collection = Collection::MailFolders;
    folders.sessionId = session;
    folders.containerId = all.first().id;
    const QList<MailFolder> top = listOf<MailFolder>(folders);
    ASSERT_FALSE(top.isEmpty());

    ItemListModel list(source.get(), ItemListModel::Options{300, 7});
    test::ModelTesterGuard guard(&list);
    const ResourceRef inbox{ResourceKind::MailFolder, {}, session, all.first().id, top.first().id, {}};
    const ResourceRef mailbox{ResourceKind::Mailbox, {}, session, all.first().id, {}, {}};
    list.setSearch(inbox, QStringLiteral("kind:email")); // answered kDelayMs late
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    list.setSearch(mailbox, QStringLiteral("kind:contacts"));
    ASSERT_TRUE(test::waitUntil([&] { return list.state() == LoadState::Loaded; }, kWaitMs)) << list.lastError().message.toStdString();
    EXPECT_LT(timer.elapsed(), kDelayMs) << "the new query did not wait for the old one";
    ASSERT_GT(list.rowCount(), 0);
    // Long after the old answer was due: still only the new query's rows.
    QTest::qWait(kDelayMs + 500);
    while (list.canFetchMore({})) {
        list.fetchMore({});
        ASSERT_TRUE(test::waitUntil([&] { return list.state() != LoadState::Loading; }, kWaitMs));
    }
    EXPECT_EQ(list.state(), LoadState::Loaded);
    EXPECT_GT(list.rowCount(), 7) << "several pages of 7";
    for (int row = 0; row < list.rowCount(); ++row) {
        EXPECT_TRUE(list.mailItem(row)->itemClass.startsWith(QStringLiteral("IPM.Contact"))) << list.mailItem(row)->itemClass.toStdString();
        EXPECT_EQ(list.index(row, 0).data(ResourceRefRole).value<ResourceRef>().containerId, all.first().id);
    }
    EXPECT_EQ(list.searchText(), QStringLiteral("kind:contacts"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, SearchAgainstEmulator, ::testing::Values(ApiVersion::V5, ApiVersion::V8),
                         [](const ::testing::TestParamInfo<ApiVersion> &param) { return toString(param.param).toStdString(); });
