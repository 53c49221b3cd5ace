// Restores to the original location: Keep vs Overwrite, recreated deleted documents, unchanged documents
// skipped, and the recorded production changes.
#include "restores.h"
#include "sessions.h"

#include "qt_printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace vb365emu;
using namespace Qt::StringLiterals;

namespace {

constexpr PageRange everything{0, 1'000'000};
const QDateTime restoreTime(QDate(2026, 11, 23), QTime(17, 0), QTimeZone::utc());

struct DemoOneDrive
{
    explicit DemoOneDrive(bool showDeleted = false, bool showAllVersions = false)
        : view(*tenant.view({tenant.organizations().first().id, std::nullopt, showDeleted, showAllVersions}))
    {
    }

    DriveItem documentsFolderEntry(qint64 index) const
    {
        const DriveItem folder = view.driveFolders(drive.id, ParentSelector::topLevel(), {0, 1})->items.first();
        return view.driveDocuments(drive.id, ParentSelector::childrenOf(folder.id), {index, 1})->items.first();
    }

    Tenant tenant{TenantKind::Demo, 1};
    TenantView view;
    OneDrive drive = view.oneDrives({0, 1}).items.first();
    ProductionState production;
};

DocumentRestoreOutcome restoreOne(DemoOneDrive &demo, const QString &documentId, DocumentAction action,
                                  std::optional<int> version = std::nullopt)
{
    const auto statistics = demo.production.restoreDocuments(demo.view, demo.drive.id, {documentId}, action,
                                                             u"helpdesk"_s, restoreTime, version);
    EXPECT_TRUE(statistics);
    if (!statistics)
        return DocumentRestoreOutcome::SkippedNoChanges;
    EXPECT_EQ(statistics->totalItemsCount, 1);
    return statistics->documents.first().outcome;
}

} // namespace

TEST(EmulatorRestores, UnchangedDocumentIsSkippedWithEitherAction)
{
    DemoOneDrive demo;
    const DriveItem first = demo.documentsFolderEntry(0); // never edited in production (only index 1 is forced)
    if (ProductionState::editedAfterBackup(demo.view, demo.drive.id, first.id))
        GTEST_SKIP() << "seed 1 made this document edited too";
    EXPECT_EQ(restoreOne(demo, first.id, DocumentAction::Keep), DocumentRestoreOutcome::SkippedNoChanges);
    EXPECT_EQ(restoreOne(demo, first.id, DocumentAction::Overwrite), DocumentRestoreOutcome::SkippedNoChanges);
    EXPECT_TRUE(demo.production.changes().isEmpty());
}

TEST(EmulatorRestores, KeepWritesARestoredCopyBesideTheEditedDocument)
{
    DemoOneDrive demo;
    const DriveItem edited = demo.documentsFolderEntry(1);
    ASSERT_TRUE(ProductionState::editedAfterBackup(demo.view, demo.drive.id, edited.id));

    const auto statistics = demo.production.restoreDocuments(demo.view, demo.drive.id, {edited.id},
                                                             DocumentAction::Keep, u"helpdesk"_s, restoreTime);
    ASSERT_TRUE(statistics);
    EXPECT_EQ(statistics->restoredItemsCount, 1);
    EXPECT_EQ(statistics->skippedItemsByNoChangesCount, 0);
    const DocumentRestore restore = statistics->documents.first();
    EXPECT_EQ(restore.outcome, DocumentRestoreOutcome::KeptBeside);
    EXPECT_EQ(restore.writtenName, u"RESTORED-"_s + edited.name);
    EXPECT_EQ(restore.path, u"Documents"_s);
    EXPECT_EQ(restore.versionId, edited.versionId);

    const QList<LiveChange> changes = demo.production.changes(demo.drive.id.toUpper());
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().name, u"RESTORED-"_s + edited.name);
    EXPECT_EQ(changes.first().restoredBy, u"helpdesk"_s);
    EXPECT_EQ(changes.first().time, restoreTime);

    // The copy already holds this version; the live document is still the edited one.
    EXPECT_EQ(restoreOne(demo, edited.id, DocumentAction::Keep), DocumentRestoreOutcome::SkippedNoChanges);
    // Overwrite replaces the live document, after which it matches the backup.
    EXPECT_EQ(restoreOne(demo, edited.id, DocumentAction::Overwrite), DocumentRestoreOutcome::Overwritten);
    EXPECT_EQ(restoreOne(demo, edited.id, DocumentAction::Overwrite), DocumentRestoreOutcome::SkippedNoChanges);
    EXPECT_EQ(restoreOne(demo, edited.id, DocumentAction::Keep), DocumentRestoreOutcome::SkippedNoChanges);
    EXPECT_EQ(demo.production.changes().size(), 2);
}

TEST(EmulatorRestores, DeletedDocumentIsRecreatedUnderItsName)
{
    DemoOneDrive demo(true);
    std::optional<DriveItem> deleted;
    const auto all = demo.view.driveDocuments(demo.drive.id, ParentSelector::everything(), everything);
    for (const DriveItem &d : all->items) {
        if (d.isDeleted && !deleted)
            deleted = d;
    }
    ASSERT_TRUE(deleted);
    const auto statistics = demo.production.restoreDocuments(demo.view, demo.drive.id, {deleted->id},
                                                             DocumentAction::Keep, u"helpdesk"_s, restoreTime);
    ASSERT_TRUE(statistics);
    EXPECT_EQ(statistics->documents.first().outcome, DocumentRestoreOutcome::Recreated);
    EXPECT_EQ(statistics->documents.first().writtenName, deleted->name);
    EXPECT_EQ(restoreOne(demo, deleted->id, DocumentAction::Keep), DocumentRestoreOutcome::SkippedNoChanges);

    // Without showDeleted the document does not exist in the session.
    DemoOneDrive hiding;
    EXPECT_FALSE(hiding.production.restoreDocuments(hiding.view, hiding.drive.id, {deleted->id},
                                                    DocumentAction::Keep, {}, restoreTime));
}

TEST(EmulatorRestores, EarlierVersionOverwritesAndLatestRestoresBack)
{
    DemoOneDrive demo(false, true);
    const DriveItem document = demo.documentsFolderEntry(0);
    ASSERT_EQ(document.versionCount, 3);
    if (ProductionState::editedAfterBackup(demo.view, demo.drive.id, document.id))
        GTEST_SKIP() << "seed 1 made this document edited too";
    EXPECT_EQ(restoreOne(demo, document.id, DocumentAction::Overwrite, 1), DocumentRestoreOutcome::Overwritten);
    EXPECT_EQ(restoreOne(demo, document.id, DocumentAction::Overwrite, 1), DocumentRestoreOutcome::SkippedNoChanges);
    EXPECT_EQ(restoreOne(demo, document.id, DocumentAction::Overwrite), DocumentRestoreOutcome::Overwritten);
    EXPECT_EQ(demo.production.changes().last().versionId, 3);

    DemoOneDrive latestOnly;
    EXPECT_FALSE(latestOnly.production.restoreDocuments(latestOnly.view, latestOnly.drive.id, {document.id},
                                                        DocumentAction::Overwrite, {}, restoreTime, 1));
    EXPECT_FALSE(demo.production.restoreDocuments(demo.view, demo.drive.id, {document.id}, DocumentAction::Overwrite,
                                                  {}, restoreTime, 4));
}

TEST(EmulatorRestores, WholeOneDriveCountsEditedAndUnchangedDocuments)
{
    DemoOneDrive demo;
    const auto documents = demo.view.driveDocuments(demo.drive.id, ParentSelector::everything(), everything);
    qint64 edited = 0;
    for (const DriveItem &d : documents->items)
        edited += ProductionState::editedAfterBackup(demo.view, demo.drive.id, d.id) ? 1 : 0;
    ASSERT_GT(edited, 0);

    const auto statistics = demo.production.restoreOneDrive(demo.view, demo.drive.id, DocumentAction::Keep,
                                                            u"helpdesk"_s, restoreTime);
    ASSERT_TRUE(statistics);
    EXPECT_EQ(statistics->totalItemsCount, documents->totalCount);
    EXPECT_EQ(statistics->restoredItemsCount, edited);
    EXPECT_EQ(statistics->skippedItemsByNoChangesCount, documents->totalCount - edited);
    for (const LiveChange &change : demo.production.changes())
        EXPECT_TRUE(change.name.startsWith(u"RESTORED-"_s)) << change.name.toStdString();

    // A folder restore covers its sub-folders.
    const DriveItem folder = demo.view.driveFolders(demo.drive.id, ParentSelector::topLevel(), {0, 1})->items.first();
    const auto inFolder = demo.production.restoreFolders(demo.view, demo.drive.id, {folder.id},
                                                         DocumentAction::Overwrite, {}, restoreTime);
    ASSERT_TRUE(inFolder);
    bool nested = false;
    for (const DocumentRestore &restore : inFolder->documents)
        nested = nested || restore.path.startsWith(u"Documents/Projects"_s);
    EXPECT_TRUE(nested);
    EXPECT_FALSE(demo.production.restoreFolders(demo.view, demo.drive.id, {documents->items.first().id},
                                                DocumentAction::Keep, {}, restoreTime))
        << "a document id is not a folder";
}

TEST(EmulatorRestores, UnknownIdsChangeNothing)
{
    DemoOneDrive demo;
    const DriveItem edited = demo.documentsFolderEntry(1);
    EXPECT_FALSE(demo.production.restoreDocuments(demo.view, demo.drive.id, {edited.id, u"nope"_s},
                                                  DocumentAction::Overwrite, {}, restoreTime));
    EXPECT_FALSE(demo.production.restoreOneDrive(demo.view, u"nope"_s, DocumentAction::Keep, {}, restoreTime));
    EXPECT_TRUE(demo.production.changes().isEmpty());
    EXPECT_EQ(documentActionFromName(u"KEEP"_s), DocumentAction::Keep);
    EXPECT_EQ(documentActionFromName(u"overwrite"_s), DocumentAction::Overwrite);
    EXPECT_FALSE(documentActionFromName(u"merge"_s));
}

TEST(EmulatorRestores, SessionStoreOwnsOneProductionState)
{
    const Tenant tenant(TenantKind::Demo, 1);
    RestoreSessionStore store(tenant);
    const auto session = store.create({tenant.organizations().first().id, SessionType::Veod, {}, false, false, {}});
    const TenantView view = *store.view(session->id);
    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    ASSERT_TRUE(store.production().restoreOneDrive(view, drive.id, DocumentAction::Keep, u"helpdesk"_s,
                                                   store.currentTime()));
    EXPECT_FALSE(store.production().changes().isEmpty());
}

TEST(EmulatorRestores, MailRestoreCreatesDeletedMergesEditedSkipsTheRest)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView view = *tenant.view({tenant.organizations().first().id, std::nullopt, true, false});
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    const MailFolder inbox = view.mailFolders(mailbox.id, ParentSelector::topLevel(), {0, 1})->items.first();
    ProductionState production;

    qint64 deleted = 0;
    qint64 edited = 0;
    qint64 total = 0;
    const auto folders = view.mailFolders(mailbox.id, ParentSelector::everything(), everything);
    for (const MailFolder &folder : folders->items) {
        if (folder.id != inbox.id && folder.parentId != inbox.id
            && view.mailFolder(mailbox.id, folder.parentId).value_or(MailFolder()).parentId != inbox.id)
            continue;
        const auto items = view.mailItems(mailbox.id, ParentSelector::childrenOf(folder.id), everything);
        for (const MailItem &item : items->items) {
            ++total;
            deleted += item.isDeleted ? 1 : 0;
            edited += ProductionState::mailItemEditedAfterBackup(item) ? 1 : 0;
        }
    }
    ASSERT_GT(deleted, 0);

    const auto statistics = production.restoreMailFolder(view, mailbox.id, inbox.id);
    ASSERT_TRUE(statistics);
    EXPECT_EQ(statistics->createdItemsCount, deleted);
    EXPECT_EQ(statistics->mergedItemsCount, edited);
    EXPECT_EQ(statistics->skippedItemsCount, total - deleted - edited);
    EXPECT_EQ(statistics->items.size(), deleted + edited);
    bool nested = false;
    for (const MailRestore &restore : statistics->items)
        nested = nested || restore.folderPath == u"Inbox/Projects/Apollo"_s || restore.folderPath == u"Inbox/Projects"_s;
    EXPECT_TRUE(nested) << "sub-folders are included";
    EXPECT_EQ(production.restoredMailItemCount(), deleted + edited);

    // A second restore finds everything in place.
    const auto again = production.restoreMailFolder(view, mailbox.id, inbox.id);
    EXPECT_EQ(again->createdItemsCount + again->mergedItemsCount, 0);
    EXPECT_EQ(again->skippedItemsCount, total);

    EXPECT_FALSE(production.restoreMailItems(view, mailbox.id, {u"AAAA"_s}));
    EXPECT_FALSE(production.restoreMailbox(view, u"nope"_s));
    const auto whole = production.restoreMailbox(view, mailbox.id);
    ASSERT_TRUE(whole);
    EXPECT_GT(whole->createdItemsCount, 0) << "deleted items of other folders";
}

TEST(EmulatorRestores, LargeMailboxRestoreStreams)
{
    const Tenant tenant(TenantKind::Large, 1);
    const TenantView view = *tenant.view({tenant.organizations().first().id, std::nullopt, false, false});
    const Mailbox first = view.mailboxes({0, 1}).items.first();
    ProductionState production;
    const auto statistics = production.restoreMailbox(view, first.id);
    ASSERT_TRUE(statistics);
    EXPECT_GT(statistics->skippedItemsCount + statistics->mergedItemsCount, 100000);
    EXPECT_EQ(statistics->items.size(), statistics->createdItemsCount + statistics->mergedItemsCount);
}
