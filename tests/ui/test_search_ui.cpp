// Search in the explorer against vb365-emulator --strict: the find box jumps to a mailbox on page 300 of
// the large tenant (revealing it in the lazy tree), the item search lists server results whose rows keep
// their own mailbox, a refused query shows the server's message, and the builder writes the query.
#include "dialogtesthelpers.h"
#include "emulator_process.h"
#include "wait.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "mainwindow.h"
#include "model/apibrowsesource.h"
#include "model/backuptreemodel.h"
#include "model/itemlistmodel.h"
#include "prompter.h"
#include "search/findbox.h"
#include "search/itemsearchbar.h"
#include "search/searchbuilderdialog.h"
#include "search/searchcontroller.h"
#include "widgets/messagebanner.h"
#include "wizards/actioncontroller.h"
#include "wizards/actionoffers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace re;
using namespace re::ui;
using NodeKind = BackupTreeModel::NodeKind;

namespace {

constexpr int kWaitMs = 20000;

class SearchUiTest : public ::testing::Test
{
protected:
    void start(const QString &tenant)
    {
        emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options{
            {QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"), QStringLiteral("--tenant"), tenant}});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        client = std::make_unique<ApiClient>(emulator->url());
        client->setApiVersion(ApiVersion::V8);
        client->login(emulator->user(), emulator->password());
        ASSERT_TRUE(test::waitUntil([&] { return client->tokens()->isLoggedIn(); }, kWaitMs));
        source = std::make_unique<ApiBrowseSource>(client.get());
        window = std::make_unique<MainWindow>(prompter);
        window->attach(client.get(), source.get(), ServerProfile::create(emulator->url()));
        window->show();
    }
    void TearDown() override
    {
        if (window)
            window->detach();
        window.reset();
        source.reset();
        client.reset();
        emulator.reset();
    }

    QModelIndex openSession(SessionType type)
    {
        std::optional<Result<RestoreSession, ApiError>> outcome;
        QObject context;
        ExploreOptions options;
        options.type = type;
        const QModelIndex server = window->treeModel()->index(0, 0);
        EXPECT_TRUE(test::waitUntil([&] { return window->treeModel()->rowCount(server) > 0
                                                 && !window->treeModel()->index(0, 0, server).data(LoadingRole).toBool(); }, kWaitMs));
        const ResourceRef org = window->treeModel()->index(0, 0, server).data(ResourceRefRole).value<ResourceRef>();
        client->explore(org.organizationId, options, &context, [&](Result<RestoreSession, ApiError> r) { outcome = std::move(r); });
        EXPECT_TRUE(test::waitUntil([&] { return outcome.has_value(); }, kWaitMs));
        if (!outcome || !*outcome)
            return {};
        return window->addSession(outcome->value(), false);
    }

    std::unique_ptr<test::EmulatorProcess> emulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ApiBrowseSource> source;
    ScriptedPrompter prompter;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(SearchUiTest, FindBoxJumpsToAMailboxOnPage300OfTheLargeTenant)
{
    start(QStringLiteral("large"));
    const QModelIndex session = openSession(SessionType::Exchange);
    ASSERT_TRUE(session.isValid());
    window->treeView()->setCurrentIndex(session);
    // The mailbox at position 8,991 of 10,000: far beyond anything the tree has loaded.
    std::optional<QJsonObject> target;
    QObject context;
    ListQuery query;
    query.collection = Collection::Mailboxes;
    query.sessionId = session.data(ResourceRefRole).value<ResourceRef>().sessionId;
    query.offset = 8990;
    query.limit = 1;
    std::optional<Result<Page<Mailbox>, ApiError>> page;
    client->fetchPage<Mailbox>(query, &context, [&](Result<Page<Mailbox>, ApiError> r) { page = std::move(r); });
    ASSERT_TRUE(test::waitUntil([&] { return page.has_value(); }, kWaitMs));
    ASSERT_TRUE(*page && (*page)->items.size() == 1);
    const Mailbox wanted = (*page)->items.first();

    QLineEdit *edit = window->findBox()->edit();
    edit->setFocus();
    QTest::keyClicks(edit, wanted.email);
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] {
        return window->treeView()->currentIndex().data(ResourceRefRole).value<ResourceRef>().containerId == wanted.id;
    }, kWaitMs)) << window->findBox()->statusText().toStdString() << " indexed "
                 << window->searchController()->finder()->indexedCount() << " complete "
                 << window->searchController()->finder()->isIndexComplete() << " matches "
                 << window->searchController()->finder()->matches().size() << " text "
                 << window->searchController()->finder()->text().toStdString() << " error "
                 << window->searchController()->finder()->lastError().message.toStdString();
    const QModelIndex current = window->treeView()->currentIndex();
    EXPECT_EQ(current.data(NodeKindRole).toInt(), static_cast<int>(NodeKind::Mailbox));
    EXPECT_TRUE(current.data(FoundBySearchRole).toBool());
    EXPECT_EQ(current.data().toString(), wanted.name);
    EXPECT_TRUE(window->treeView()->isExpanded(current.parent()));
    EXPECT_LT(window->treeModel()->rowCount(current.parent()), 8990) << "found without loading 300 pages";
    // The revealed mailbox is a real node: its folders load.
    window->treeView()->expand(current);
    if (window->treeModel()->canFetchMore(current))
        window->treeModel()->fetchMore(current);
    EXPECT_TRUE(test::waitUntil([&] { return window->treeModel()->rowCount(current) > 3; }, kWaitMs));
}

TEST_F(SearchUiTest, ItemSearchListsServerResultsAndShowsTheServersMessage)
{
    start(QStringLiteral("demo"));
    const QModelIndex session = openSession(SessionType::Exchange);
    ASSERT_TRUE(session.isValid());
    window->treeView()->setCurrentIndex(session);
    ItemSearchBar *bar = window->itemSearchBar();
    ASSERT_TRUE(bar->edit()->isEnabled()) << "a session can be searched as a whole";

    bar->edit()->setText(QStringLiteral("subject:budget"));
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    ItemListModel *items = window->itemModel();
    ASSERT_TRUE(test::waitUntil([&] { return items->state() == LoadState::Loaded && items->rowCount() > 0; }, kWaitMs));
    EXPECT_EQ(items->searchText(), QStringLiteral("subject:budget"));
    QSet<QString> mailboxes;
    for (int row = 0; row < items->rowCount(); ++row) {
        EXPECT_TRUE(items->mailItem(row)->subject.contains(QStringLiteral("budget"), Qt::CaseInsensitive));
        const ResourceRef ref = items->index(row, 0).data(ResourceRefRole).value<ResourceRef>();
        EXPECT_FALSE(ref.containerId.isEmpty()) << "every row names its mailbox, so actions reach it";
        mailboxes.insert(ref.containerId);
    }
    EXPECT_GT(mailboxes.size(), 1);
    EXPECT_EQ(window->searchController()->history()->recent().first(), QStringLiteral("subject:budget"));

    // The actions of the item list apply to results: one row targets its own mailbox; rows of one
    // mailbox are one selection; rows of several mailboxes are no single target.
    QTableView *view = window->itemView();
    const auto refAt = [&](int row) { return view->model()->index(row, 0).data(ResourceRefRole).value<ResourceRef>(); };
    view->selectRow(0);
    ActionContext one = window->actionController()->itemContext();
    ASSERT_TRUE(one.isValid());
    EXPECT_EQ(one.target.ref.kind, ResourceKind::MailItem);
    EXPECT_EQ(one.target.ref.containerId, refAt(0).containerId);
    int other = -1;
    int same = -1;
    for (int row = 1; row < view->model()->rowCount(); ++row) {
        if (other < 0 && refAt(row).containerId != refAt(0).containerId)
            other = row;
        if (same < 0 && refAt(row).containerId == refAt(0).containerId)
            same = row;
    }
    ASSERT_GE(other, 0);
    view->selectionModel()->select(view->model()->index(other, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_FALSE(window->actionController()->itemContext().isValid());
    if (same >= 0) {
        view->selectRow(0);
        view->selectionModel()->select(view->model()->index(same, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const ActionContext two = window->actionController()->itemContext();
        ASSERT_TRUE(two.isValid());
        EXPECT_EQ(two.target.selectedIds.size(), 2);
        EXPECT_EQ(two.target.ref.containerId, refAt(0).containerId);
    }

    bar->edit()->setText(QStringLiteral("subject:(broken"));
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return items->state() == LoadState::Failed; }, kWaitMs));
    EXPECT_TRUE(items->lastError().serverMessage.contains(QStringLiteral("Invalid search query"))
                || items->lastError().message.contains(QStringLiteral("Invalid search query")))
        << items->lastError().message.toStdString();
    auto *banner = window->findChild<MessageBanner *>(QStringLiteral("listBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(test::waitUntil([&] { return banner->isVisible(); }, 5000));
}

TEST_F(SearchUiTest, BuilderWritesTheQueryAndEveryControlHasAName)
{
    SearchBuilderDialog mail(SearchCriteria::Domain::Mail);
    mail.findChild<QLineEdit *>(QStringLiteral("builderFrom"))->setText(QStringLiteral("anna*"));
    mail.findChild<QLineEdit *>(QStringLiteral("builderSubject"))->setText(QStringLiteral("q3 plan"));
    mail.findChild<QCheckBox *>(QStringLiteral("builderSinceEnabled"))->setChecked(true);
    mail.findChild<QDateEdit *>(QStringLiteral("builderSince"))->setDate(QDate(2025, 1, 1));
    mail.findChild<QComboBox *>(QStringLiteral("builderAttachments"))->setCurrentIndex(1);
    EXPECT_EQ(mail.query().value(), QStringLiteral("from:anna* AND subject:\"q3 plan\" AND received:>=2025-01-01 AND hasattachments:true"));
    EXPECT_TRUE(test::controlsWithoutAccessibleName(mail).isEmpty()) << test::controlsWithoutAccessibleName(mail).join(u',').toStdString();
    SearchBuilderDialog documents(SearchCriteria::Domain::Documents);
    EXPECT_EQ(documents.findChild<QLineEdit *>(QStringLiteral("builderSubject")), nullptr);
    documents.findChild<QLineEdit *>(QStringLiteral("builderFileType"))->setText(QStringLiteral(".xlsx"));
    EXPECT_EQ(documents.query().value(), QStringLiteral("ext:xlsx"));
    documents.accept();
    EXPECT_EQ(documents.result(), QDialog::Accepted);
    SearchBuilderDialog empty(SearchCriteria::Domain::Mail);
    empty.accept();
    EXPECT_NE(empty.result(), QDialog::Accepted) << "nothing to search for keeps the dialog open";
    EXPECT_FALSE(empty.findChild<QLabel *>(QStringLiteral("builderPreview"))->text().isEmpty());
}
