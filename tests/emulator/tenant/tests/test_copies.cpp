// copyTo (OneDrive data into another OneDrive), restoreTo (mail into another mailbox), attachment names of
// sends, and the separate restore sessions of v8 restores.
#include "restores.h"
#include "sessions.h"

#include "qt_printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace vb365emu;
using namespace Qt::StringLiterals;

namespace {

constexpr PageRange everything{0, 1'000'000};
const QDateTime copyTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone::utc());

struct DemoDrives
{
    explicit DemoDrives(bool showAllVersions = false)
        : view(*tenant.view({tenant.organizations().first().id, std::nullopt, false, showAllVersions}))
    {
    }
    Tenant tenant{TenantKind::Demo, 1};
    TenantView view;
    QList<OneDrive> drives = view.oneDrives({0, 2}).items;
    ProductionState production;
};

} // namespace

TEST(EmulatorCopies, FolderLandsBelowTheTargetFolderUnderItsOwnName)
{
    DemoDrives demo;
    ASSERT_EQ(demo.drives.size(), 2);
    const DriveItem folder = demo.view.driveFolders(demo.drives[0].id, ParentSelector::topLevel(), {0, 1})->items.first();
    const CopyDestination target{demo.drives[1].id, u"pictures"_s, LastVersionAction::Merge};
    const auto first = demo.production.copyFolders(demo.view, demo.drives[0].id, {folder.id}, target, u"admin"_s, copyTime);
    ASSERT_TRUE(first);
    ASSERT_GT(first->totalItemsCount, 0);
    EXPECT_EQ(first->restoredItemsCount, first->totalItemsCount);
    const QList<LiveChange> changes = demo.production.changes(demo.drives[1].id);
    ASSERT_EQ(changes.size(), first->totalItemsCount);
    for (const LiveChange &change : changes) {
        EXPECT_EQ(change.outcome, DocumentRestoreOutcome::Copied);
        EXPECT_TRUE(change.path == u"pictures/"_s + folder.name || change.path.startsWith(u"pictures/"_s + folder.name + u'/'))
            << change.path.toStdString();
        EXPECT_EQ(change.restoredBy, u"admin"_s);
    }
    EXPECT_TRUE(demo.production.changes(demo.drives[0].id).isEmpty()) << "the source is not touched";

    const auto again = demo.production.copyFolders(demo.view, demo.drives[0].id, {folder.id}, target, u"admin"_s, copyTime);
    EXPECT_EQ(again->restoredItemsCount, 0);
    EXPECT_EQ(again->skippedItemsByNoChangesCount, first->totalItemsCount);
}

TEST(EmulatorCopies, AnotherVersionIsMergedOrOverwritten)
{
    DemoDrives demo(true);
    // A document with an earlier version, directly in a folder of the first OneDrive.
    const auto folders = demo.view.driveFolders(demo.drives[0].id, ParentSelector::everything(), everything);
    std::optional<DriveItem> document;
    for (const DriveItem &folder : folders->items) {
        // Keep the page alive: a range-for over a member of a temporary would dangle.
        const auto page = demo.view.driveDocuments(demo.drives[0].id, ParentSelector::childrenOf(folder.id), everything);
        for (const DriveItem &d : page->items) {
            if (d.versionCount > 1) {
                document = d;
                break;
            }
        }
        if (document)
            break;
    }
    ASSERT_TRUE(document);
    for (const LastVersionAction action : {LastVersionAction::Merge, LastVersionAction::Overwrite}) {
        const CopyDestination target{demo.drives[1].id, action == LastVersionAction::Merge ? u"m"_s : u"o"_s, action};
        const auto earlier = demo.production.copyDocuments(demo.view, demo.drives[0].id, {document->id}, target, u"a"_s, copyTime, 1);
        ASSERT_TRUE(earlier);
        EXPECT_EQ(earlier->documents.first().outcome, DocumentRestoreOutcome::Copied);
        EXPECT_EQ(earlier->documents.first().path, target.folder) << "documents land directly in the target folder";
        const auto latest = demo.production.copyDocuments(demo.view, demo.drives[0].id, {document->id}, target, u"a"_s, copyTime);
        ASSERT_TRUE(latest);
        EXPECT_EQ(latest->documents.first().outcome,
                  action == LastVersionAction::Merge ? DocumentRestoreOutcome::Merged : DocumentRestoreOutcome::Overwritten);
        EXPECT_EQ(latest->documents.first().versionId, document->versionId);
    }
}

TEST(EmulatorCopies, UnknownTargetOrSourceChangesNothing)
{
    DemoDrives demo;
    const CopyDestination nowhere{u"no-such-onedrive"_s, {}, LastVersionAction::Merge};
    EXPECT_FALSE(demo.production.copyOneDrive(demo.view, demo.drives[0].id, nowhere, u"a"_s, copyTime));
    const CopyDestination target{demo.drives[1].id, {}, LastVersionAction::Merge};
    EXPECT_FALSE(demo.production.copyDocuments(demo.view, demo.drives[0].id, {u"no-such-document"_s}, target, u"a"_s, copyTime));
    EXPECT_FALSE(demo.production.copyFolders(demo.view, demo.drives[0].id, {u"no-such-folder"_s}, target, u"a"_s, copyTime));
    EXPECT_TRUE(demo.production.changes().isEmpty());
}

TEST(EmulatorCopies, DocumentNamesOfSends)
{
    DemoDrives demo;
    const DriveItem folder = demo.view.driveFolders(demo.drives[0].id, ParentSelector::topLevel(), {0, 1})->items.first();
    const auto names = demo.production.documentNames(demo.view, demo.drives[0].id, {folder.id}, {});
    ASSERT_TRUE(names);
    ASSERT_FALSE(names->isEmpty());
    for (const QString &name : *names)
        EXPECT_TRUE(name.startsWith(folder.name + u'/')) << name.toStdString();
    const auto whole = demo.production.documentNames(demo.view, demo.drives[0].id, {}, {});
    EXPECT_GE(whole->size(), names->size());
    EXPECT_FALSE(demo.production.documentNames(demo.view, demo.drives[0].id, {}, {u"nope"_s}));
}

TEST(EmulatorCopies, RestoreToAnotherMailboxHonoursExclusionsAndSkipsRepeats)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView view = *tenant.view({tenant.organizations().first().id, std::nullopt, false, false});
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    ProductionState production;
    MailDestination destination;
    destination.mailbox = u"audit@contoso.example"_s;
    destination.folder = u"Restored"_s;
    destination.excludeDrafts = true;
    destination.markRestoredAsUnread = true;
    const auto first = production.copyMailbox(view, mailbox.id, destination, u"admin"_s, copyTime);
    ASSERT_TRUE(first);
    ASSERT_GT(first->createdItemsCount, 0);
    const QList<MailDelivery> deliveries = production.mailDeliveries();
    EXPECT_EQ(deliveries.size(), first->createdItemsCount);
    for (const MailDelivery &delivery : deliveries) {
        EXPECT_EQ(delivery.mailbox, u"audit@contoso.example"_s);
        EXPECT_TRUE(delivery.folderPath.startsWith(u"Restored/"_s)) << delivery.folderPath.toStdString();
        EXPECT_FALSE(delivery.folderPath.startsWith(u"Restored/Drafts"_s)) << delivery.folderPath.toStdString();
        EXPECT_TRUE(delivery.unread);
        EXPECT_EQ(delivery.sourceMailboxId, mailbox.id);
    }
    // Without the exclusion the drafts come too; what is already there is skipped.
    destination.excludeDrafts = false;
    const auto second = production.copyMailbox(view, mailbox.id, destination, u"admin"_s, copyTime);
    EXPECT_EQ(second->skippedItemsCount, first->createdItemsCount);
    EXPECT_GE(second->createdItemsCount, 0);
    EXPECT_FALSE(production.copyMailbox(view, u"nope"_s, destination, u"admin"_s, copyTime));
    EXPECT_FALSE(production.copyMailItems(view, mailbox.id, {u"AAAA"_s}, destination, u"admin"_s, copyTime));
}

TEST(EmulatorCopies, AsyncRestoreSessionsAreSeparateAndComplete)
{
    RestoreSessionStore store{Tenant(TenantKind::Demo, 1)};
    const auto browse = store.create({store.tenant().organizations().first().id, SessionType::Veod, std::nullopt, false, true, u"helpdesk"_s});
    ASSERT_TRUE(browse);
    const auto restore = store.createRestore(browse->id, u"Restore OneDrive"_s);
    ASSERT_TRUE(restore);
    EXPECT_NE(restore->id, browse->id);
    EXPECT_EQ(restore->type, SessionType::Veod);
    EXPECT_EQ(restore->state, SessionState::Working);
    EXPECT_TRUE(restore->scope.showAllVersions) << "the restore session sees what the browsing one saw";
    EXPECT_TRUE(restore->name.startsWith(u"Restore OneDrive ("_s)) << restore->name.toStdString();
    const auto done = store.complete(restore->id, SessionResult::Warning);
    EXPECT_EQ(done->state, SessionState::Stopped);
    EXPECT_EQ(done->result, SessionResult::Warning);
    EXPECT_TRUE(done->endTime);
    // A stopped session stays as it is.
    const auto again = store.complete(restore->id, SessionResult::Success);
    EXPECT_EQ(again->result, SessionResult::Warning);
    EXPECT_FALSE(store.createRestore(u"unknown"_s, u"x"_s));
    EXPECT_EQ(store.find(browse->id)->state, SessionState::Working);
}
