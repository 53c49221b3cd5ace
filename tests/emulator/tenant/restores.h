#pragma once

// What restores to the original location change (api-reference §8.4, §13 item 9): the live OneDrives of the
// organization — not the backup, which browsing keeps showing unchanged.
//
// The live state starts equal to the latest backup, except for documents deleted in the backup (gone from
// production) and documents edited in production after the last backup (DocumentChange below). A restore
// of a document version then
//   * recreates a document that is gone (its own name),
//   * skips it when production already holds exactly that version ("skippedItemsByNoChangesCount"),
//   * with Overwrite replaces the live document,
//   * with Keep writes "RESTORED-<name>" beside the live document and leaves that alone.
// Every change is recorded, so tests can observe Keep vs Overwrite through the emulator's own state.

#include "tenant.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace vb365emu {

enum class DocumentAction { Keep, Overwrite };

std::optional<DocumentAction> documentActionFromName(const QString &name); // keep|overwrite, any case

enum class DocumentRestoreOutcome {
    Recreated,       // was gone from production; written with its own name
    Overwritten,     // Overwrite: the live document now holds the restored version
    KeptBeside,      // Keep: written as RESTORED-<name> next to the live document
    SkippedNoChanges, // production already holds exactly this version
    Copied,           // copyTo: written into the destination, where it was not yet
    Merged            // copyTo with Merge: the destination's copy got the backed-up version as a new version
};

// copyTo's DocumentLastVersionAction: what happens when the destination already holds the document.
enum class LastVersionAction { Merge, Overwrite };

std::optional<LastVersionAction> lastVersionActionFromName(const QString &name); // merge|overwrite, any case

// Where copyTo writes: another (or the same) OneDrive, below a folder path ("pictures"; empty = root).
struct CopyDestination
{
    QString oneDriveId;
    QString folder;
    LastVersionAction lastVersionAction = LastVersionAction::Merge;
};

struct DocumentRestore
{
    QString documentId;
    int versionId = 0;
    QString writtenName; // the name in production after the restore (RESTORED-… for KeptBeside)
    QString path;        // folder path in the OneDrive, e.g. "Documents/Projects"
    DocumentRestoreOutcome outcome = DocumentRestoreOutcome::SkippedNoChanges;
};

// Counters in the shape of RESTItemRestoreStatistics (OneDrive/SharePoint family).
struct DocumentRestoreStatistics
{
    qint64 totalItemsCount = 0;
    qint64 restoredItemsCount = 0;
    qint64 failedItemsCount = 0;
    qint64 skippedItemsByErrorCount = 0;
    qint64 skippedItemsByNoChangesCount = 0;
    qint64 failedRestrictionsCount = 0;
    QList<DocumentRestore> documents; // one entry per document, in restore order
};

// One changed document of a live OneDrive.
struct LiveChange
{
    QString oneDriveId;
    QString documentId; // the backed-up document the change came from
    int versionId = 0;  // the backed-up version production now holds
    QString name;       // live name (RESTORED-… for copies)
    QString path;
    DocumentRestoreOutcome outcome = DocumentRestoreOutcome::Recreated;
    QDateTime time;     // when it was restored (UTC)
    QString restoredBy;
};

enum class MailRestoreOutcome {
    Created, // gone from the live mailbox (deleted in the backup view, or never there): written back
    Merged,  // changed in the live mailbox after the backup: the backed-up state is merged into it
    Skipped  // the live mailbox already holds it unchanged
};

// Where restoreTo writes Exchange data: any mailbox address (it need not be part of the tenant) and an optional
// folder; the item keeps its folder path below that folder.
struct MailDestination
{
    QString mailbox;
    QString folder;
    bool includeDeletedItems = false; // deletedItems: items deleted in the backup are restored too
    bool excludeDrafts = false;
    bool excludeDeletedItemsFolder = false; // excludeDeletedItems: the "Deleted Items" folder is left out
    bool markRestoredAsUnread = false;
};

// A mail item written into another mailbox by restoreTo.
struct MailDelivery
{
    QString mailbox; // destination address
    QString folderPath;
    QString sourceMailboxId;
    QString itemId;
    QString subject;
    bool unread = false;
    QDateTime time;
    QString restoredBy;
};

// A message the server sent for a send action (OneDrive data or mail items as attachments).
struct SentMessage
{
    QString explorer; // "vex" (mail items) or "veod" (OneDrive data)
    QString from;
    QString to;
    QString subject;
    QString text;
    QStringList attachments; // file names (at most kMaxListedAttachments)
    qint64 attachmentCount = 0;
    QDateTime time;
    QString sentBy;
};

struct MailRestore
{
    QString itemId;
    QString folderPath; // "Inbox/Projects"
    MailRestoreOutcome outcome = MailRestoreOutcome::Skipped;
};

// Counters in the shape of RESTItemsRestoreStatistics / RESTFoldersRestoreStatistics (Exchange family).
struct MailRestoreStatistics
{
    qint64 createdItemsCount = 0;
    qint64 mergedItemsCount = 0;
    qint64 failedItemsCount = 0;
    qint64 skippedItemsCount = 0;
    qint64 failedFoldersCount = 0;
    QList<MailRestore> items; // the created and merged items, in restore order (skipped ones are only counted)
};

// The organization's production side. Not thread-safe: used from the server's thread.
class ProductionState
{
public:
    // Restores documents of the session's view. nullopt when the OneDrive, a document or a folder is unknown
    // in the view (nothing is changed then). versionId: nullopt = the version the view shows (latest).
    std::optional<DocumentRestoreStatistics> restoreDocuments(const TenantView &view, const QString &oneDriveId,
                                                              const QStringList &documentIds,
                                                              DocumentAction action, const QString &restoredBy,
                                                              const QDateTime &now,
                                                              std::optional<int> versionId = std::nullopt);
    std::optional<DocumentRestoreStatistics> restoreFolders(const TenantView &view, const QString &oneDriveId,
                                                            const QStringList &folderIds, DocumentAction action,
                                                            const QString &restoredBy, const QDateTime &now);
    std::optional<DocumentRestoreStatistics> restoreOneDrive(const TenantView &view, const QString &oneDriveId,
                                                             DocumentAction action, const QString &restoredBy,
                                                             const QDateTime &now);

    // copyTo: the same selection shapes as the restores above; documents land in the destination OneDrive
    // below destination.folder with their path relative to the copied folder (documents: directly).
    // versionId only for one document. nullopt when the source OneDrive, a folder or a document is unknown.
    std::optional<DocumentRestoreStatistics> copyDocuments(const TenantView &view, const QString &oneDriveId,
                                                           const QStringList &documentIds,
                                                           const CopyDestination &destination,
                                                           const QString &restoredBy, const QDateTime &now,
                                                           std::optional<int> versionId = std::nullopt);
    std::optional<DocumentRestoreStatistics> copyFolders(const TenantView &view, const QString &oneDriveId,
                                                         const QStringList &folderIds,
                                                         const CopyDestination &destination,
                                                         const QString &restoredBy, const QDateTime &now);
    std::optional<DocumentRestoreStatistics> copyOneDrive(const TenantView &view, const QString &oneDriveId,
                                                          const CopyDestination &destination,
                                                          const QString &restoredBy, const QDateTime &now);

    // File names of a selection for send actions: whole OneDrive (both lists empty), folders or documents.
    // nullopt when something is unknown.
    std::optional<QStringList> documentNames(const TenantView &view, const QString &oneDriveId,
                                             const QStringList &folderIds, const QStringList &documentIds) const;

    // Exchange restores to the original mailbox. nullopt when the mailbox, an item or the folder is unknown in
    // the view. A folder restore includes its sub-folders; a mailbox restore every visible folder.
    std::optional<MailRestoreStatistics> restoreMailItems(const TenantView &view, const QString &mailboxId,
                                                          const QStringList &itemIds);
    std::optional<MailRestoreStatistics> restoreMailFolder(const TenantView &view, const QString &mailboxId,
                                                           const QString &folderId);
    std::optional<MailRestoreStatistics> restoreMailbox(const TenantView &view, const QString &mailboxId);
    // restoreTo another mailbox: the same selections; Created the first time an item lands in that mailbox
    // and folder, Skipped afterwards. topFolder/mailbox variants stream like the restores above.
    std::optional<MailRestoreStatistics> copyMailItems(const TenantView &view, const QString &mailboxId,
                                                       const QStringList &itemIds, const MailDestination &destination,
                                                       const QString &restoredBy, const QDateTime &now);
    std::optional<MailRestoreStatistics> copyMailFolder(const TenantView &view, const QString &mailboxId,
                                                        const QString &folderId, const MailDestination &destination,
                                                        const QString &restoredBy, const QDateTime &now);
    std::optional<MailRestoreStatistics> copyMailbox(const TenantView &view, const QString &mailboxId,
                                                     const MailDestination &destination, const QString &restoredBy,
                                                     const QDateTime &now);

    void recordSent(SentMessage message) { m_sent.append(std::move(message)); }

    // Items changed in the live mailbox after the backup (about one in ten, never deleted ones).
    static bool mailItemEditedAfterBackup(const MailItem &item);
    // How many mail items restores wrote (created or merged) so far.
    qint64 restoredMailItemCount() const { return m_restoredMailItems.size(); }

    // Whether production differs from the latest backup for this document before any restore: edited in
    // production after the last backup (about a quarter of the documents; the second document of every
    // "Documents" folder always), or deleted (gone).
    static bool editedAfterBackup(const TenantView &view, const QString &oneDriveId, const QString &documentId);

    // Every change restores made to one OneDrive (all OneDrives when oneDriveId is empty), oldest first.
    QList<LiveChange> changes(const QString &oneDriveId = {}) const;
    // Mail items restores to the original mailbox wrote (created or merged), oldest first.
    QList<MailRestore> mailRestores() const { return m_mailRestoreLog; }
    QList<MailDelivery> mailDeliveries() const { return m_deliveries; }
    QList<SentMessage> sentMessages() const { return m_sent; }

    static constexpr int kMaxListedAttachments = 1000;

private:
    struct LiveDocument
    {
        std::optional<int> versionId; // the backed-up version production holds; nullopt = edited or gone
        bool present = true;
    };
    QString liveKey(const QString &organizationId, const QString &oneDriveId, const QString &documentId) const;
    void applyMailRestore(const QString &organizationId, const MailItem &item, const QString &folderPath,
                          MailRestoreStatistics &statistics);
    std::optional<MailRestoreStatistics> restoreMailFolders(const TenantView &view, const QString &mailboxId,
                                                            std::optional<int> topFolder);
    using MailVisitor = std::function<void(const MailItem &item, const MailFolder &folder, const QString &path)>;
    // Every visible item of the mailbox (topFolder: of that folder and its sub-folders); false when the
    // mailbox or folder is unknown.
    static bool visitMailItems(const TenantView &view, const QString &mailboxId, const std::optional<QString> &topFolder,
                               const MailVisitor &visit);
    void deliverMail(const MailItem &item, const MailFolder &folder, const QString &path,
                     const MailDestination &destination, const QString &restoredBy, const QDateTime &now,
                     MailRestoreStatistics &statistics);
    struct PlannedCopy
    {
        QString documentId;
        QString name;
        QString relativePath; // below the destination folder
        int versionId = 0;
    };
    std::optional<DocumentRestoreStatistics> copyPlanned(const TenantView &view, const QList<PlannedCopy> &plan,
                                                         const CopyDestination &destination, const QString &restoredBy,
                                                         const QDateTime &now);
    // Documents below the given folders (all of the OneDrive when folderIds is empty) with paths relative to
    // each folder's parent.
    static std::optional<QList<PlannedCopy>> planFolders(const TenantView &view, const QString &oneDriveId,
                                                         const QStringList &folderIds);

    QHash<QString, LiveDocument> m_live;       // documents touched by a restore (others are as generated)
    QHash<QString, int> m_restoredCopies;      // RESTORED-<name> copies: key → backed-up version they hold
    QHash<QString, MailRestoreOutcome> m_restoredMailItems; // organization/mailbox/item → what was done
    QList<LiveChange> m_changes;
    QList<MailRestore> m_mailRestoreLog;
    QHash<QString, int> m_copies;         // destination OneDrive/path/name → backed-up version it holds
    QHash<QString, bool> m_deliveredMail; // destination mailbox/folder/item
    QList<MailDelivery> m_deliveries;
    QList<SentMessage> m_sent;
};

QString wireName(DocumentRestoreOutcome value);
QString wireName(MailRestoreOutcome value);

} // namespace vb365emu
