// 100,000 rows through ItemListModel and ItemFilterProxyModel with an in-memory source: the model's own
// cost (no network, no JSON), so a regression to quadratic appends or per-row signals shows up here.
// No QAbstractItemModelTester: it is quadratic on lists this long (DESIGN.md §11).

#include "fake_browse_source.h"
#include "wait.h"

#include "model/itemfilterproxymodel.h"
#include "model/itemlistmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <iostream>

using namespace re;
using re::test::FakeBrowseSource;

namespace {

constexpr qint64 kItems = 100000;

FakeBrowseSource::Listing generatedMail()
{
    return {kItems, [](qint64 offset, qint64 count) {
                QList<MailItem> rows;
                rows.reserve(count);
                const QDateTime base(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
                for (qint64 i = offset; i < offset + count; ++i) {
                    MailItem item;
                    item.id = QStringLiteral("AAMkAGI2TG93AAA%1=").arg(i, 8, 10, QLatin1Char('0'));
                    item.itemClass = QStringLiteral("IPM.Note");
                    item.from = QStringLiteral("user%1@contoso.com").arg(i % 500);
                    item.subject = QStringLiteral("Quarterly report %1").arg(i);
                    // Received times out of order so that sorting has real work to do.
                    item.received = base.addSecs((i * 7919) % 9999991);
                    item.attachmentCount = static_cast<qint32>(i % 3);
                    item.hasAttachments = item.attachmentCount > 0;
                    rows.append(item);
                }
                return BrowseRows(std::move(rows));
            }};
}

} // namespace

TEST(ItemListModelLarge, HundredThousandRowsAppendInPagesSortedAndFiltered)
{
    std::cout << "[ figures  ] sizeof(MailItem) " << sizeof(MailItem) << ", sizeof(OneDriveDocument) "
              << sizeof(OneDriveDocument) << " bytes" << std::endl;
    FakeBrowseSource source;
    source.pageSize = 500; // the dialects' default page
    source.setListing(Collection::MailItems, QStringLiteral("s"), QStringLiteral("mb"), QStringLiteral("big"),
                      generatedMail());
    ItemListModel model(&source);
    ItemFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ItemListModel::MailReceived, Qt::AscendingOrder); // sorted while pages arrive: the costly case
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QElapsedTimer clock;
    clock.start();
    qint64 slowestPageMs = 0;
    model.setFolder(ResourceRef{ResourceKind::MailFolder, {}, QStringLiteral("s"), QStringLiteral("mb"),
                                QStringLiteral("big"), {}});
    for (;;) {
        QElapsedTimer page;
        page.start();
        ASSERT_TRUE(re::test::waitUntil([&] { return model.state() != LoadState::Loading; }, 30000));
        slowestPageMs = std::max(slowestPageMs, page.elapsed());
        ASSERT_EQ(model.state(), LoadState::Loaded);
        if (!proxy.canFetchMore({}))
            break;
        proxy.fetchMore({});
    }
    const qint64 loadMs = clock.elapsed();
    ASSERT_EQ(model.rowCount(), kItems);
    ASSERT_EQ(proxy.rowCount(), kItems);
    EXPECT_EQ(inserted.size(), kItems / 500) << "one insert signal per page, never per row";
    for (int row = 1; row < 1000; ++row) {
        ASSERT_LE(proxy.index(row - 1, ItemListModel::MailReceived).data(SortRole).toDateTime(),
                  proxy.index(row, ItemListModel::MailReceived).data(SortRole).toDateTime());
    }

    clock.restart();
    proxy.setFilterText(QStringLiteral("report 4242"));
    const qint64 filterMs = clock.elapsed();
    EXPECT_EQ(proxy.rowCount(), 11); // 4242 and 42420…42429
    std::cout << "[ figures  ] 100,000 rows in pages of 500, sorted proxy: " << loadMs << " ms, slowest page "
              << slowestPageMs << " ms; filter over all columns " << filterMs << " ms" << std::endl;
}
