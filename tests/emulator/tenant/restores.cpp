#include "restores.h"

#include "browser.h"
#include "detrandom.h"
#include "tenantlog.h"

namespace vb365emu {
using namespace Qt::StringLiterals;

namespace {

struct PlannedRestore
{
    DocumentBlueprint document;
    int versionId = 0;
    QString folderPath;
};

Browser browserOf(const TenantView &view, const std::shared_ptr<const TenantData> &data, int organizationIndex)
{
    return Browser(*data, organizationIndex, view.scope(), view.hasData());
}

// "Documents/Projects" for a container; empty for the root.
QString containerPath(const Browser &browser, qint64 drive, int container)
{
    QStringList names;
    for (int c = container; c > 0; c = browser.data().driveContainerParent(c))
        names.prepend(browser.data().driveFolder(browser.organization(), drive, c).name);
    return names.join(QLatin1Char('/'));
}

} // namespace

std::optional<DocumentAction> documentActionFromName(const QString &name)
{
    if (name.compare(u"keep"_s, Qt::CaseInsensitive) == 0)
        return DocumentAction::Keep;
    if (name.compare(u"overwrite"_s, Qt::CaseInsensitive) == 0)
        return DocumentAction::Overwrite;
    return std::nullopt;
}

QString ProductionState::liveKey(const QString &organizationId, const QString &oneDriveId,
                                 const QString &documentId) const
{
    return (organizationId + QLatin1Char('/') + oneDriveId + QLatin1Char('/') + documentId).toLower();
}

bool ProductionState::editedAfterBackup(const TenantView &view, const QString &oneDriveId, const QString &documentId)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return false;
    const std::optional<DocumentBlueprint> document = browser.document(*drive, documentId);
    return document && (document->isDeleted || document->editedInProduction);
}

std::optional<DocumentRestoreStatistics> ProductionState::restoreDocuments(
    const TenantView &view, const QString &oneDriveId, const QStringList &documentIds, DocumentAction action,
    const QString &restoredBy, const QDateTime &now, std::optional<int> versionId)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    QList<PlannedRestore> plan;
    for (const QString &id : documentIds) {
        const std::optional<DocumentBlueprint> document = browser.document(*drive, id);
        if (!document)
            return std::nullopt;
        const int version = versionId.value_or(document->latestVersion);
        if (version < 1 || version > document->latestVersion
            || (version < document->latestVersion && !view.scope().showAllVersions))
            return std::nullopt;
        plan.append({*document, version, containerPath(browser, *drive, document->container)});
    }

    DocumentRestoreStatistics statistics;
    for (const PlannedRestore &planned : plan) {
        const DocumentBlueprint &document = planned.document;
        const QString key = liveKey(view.organization().id, document.oneDriveId, document.id);
        LiveDocument live = m_live.value(
            key, LiveDocument{document.isDeleted || document.editedInProduction ? std::nullopt
                                                                                 : std::optional<int>(document.versionCount),
                              !document.isDeleted});
        DocumentRestore restore{document.id, planned.versionId, document.name, planned.folderPath,
                                DocumentRestoreOutcome::SkippedNoChanges};
        if (!live.present) {
            live = LiveDocument{planned.versionId, true};
            restore.outcome = DocumentRestoreOutcome::Recreated;
        } else if (live.versionId == planned.versionId) {
            restore.outcome = DocumentRestoreOutcome::SkippedNoChanges;
        } else if (action == DocumentAction::Overwrite) {
            live.versionId = planned.versionId;
            restore.outcome = DocumentRestoreOutcome::Overwritten;
        } else {
            restore.writtenName = u"RESTORED-"_s + document.name;
            const auto copy = m_restoredCopies.constFind(key);
            if (copy != m_restoredCopies.cend() && *copy == planned.versionId) {
                restore.outcome = DocumentRestoreOutcome::SkippedNoChanges;
            } else {
                m_restoredCopies.insert(key, planned.versionId);
                restore.outcome = DocumentRestoreOutcome::KeptBeside;
            }
        }
        m_live.insert(key, live);

        ++statistics.totalItemsCount;
        if (restore.outcome == DocumentRestoreOutcome::SkippedNoChanges) {
            ++statistics.skippedItemsByNoChangesCount;
        } else {
            ++statistics.restoredItemsCount;
            m_changes.append({document.oneDriveId, document.id, planned.versionId, restore.writtenName,
                              planned.folderPath, restore.outcome, now.toUTC(), restoredBy});
        }
        qCDebug(lcEmuTenant) << "restore" << document.name << "version" << planned.versionId << "→"
                             << wireName(restore.outcome);
        statistics.documents.append(restore);
    }
    return statistics;
}

std::optional<DocumentRestoreStatistics> ProductionState::restoreFolders(const TenantView &view,
                                                                         const QString &oneDriveId,
                                                                         const QStringList &folderIds,
                                                                         DocumentAction action,
                                                                         const QString &restoredBy,
                                                                         const QDateTime &now)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    QStringList documentIds;
    for (const QString &folderId : folderIds) {
        const std::optional<int> container = browser.selectedContainer(*drive, ParentSelector::childrenOf(folderId));
        if (!container)
            return std::nullopt;
        for (const PlacedDocument &placed : browser.documentsUnder(*drive, *container, QString()))
            documentIds << placed.document.id;
    }
    return restoreDocuments(view, oneDriveId, documentIds, action, restoredBy, now);
}

std::optional<DocumentRestoreStatistics> ProductionState::restoreOneDrive(const TenantView &view,
                                                                          const QString &oneDriveId,
                                                                          DocumentAction action,
                                                                          const QString &restoredBy,
                                                                          const QDateTime &now)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    QStringList documentIds;
    for (const PlacedDocument &placed : browser.documentsUnder(*drive, 0, QString()))
        documentIds << placed.document.id;
    return restoreDocuments(view, oneDriveId, documentIds, action, restoredBy, now);
}

// ---- Exchange

bool ProductionState::mailItemEditedAfterBackup(const MailItem &item)
{
    if (item.isDeleted)
        return false;
    // Keyed by the id, which already encodes seed, mailbox, folder and index.
    const QByteArray id = item.id.toLatin1();
    return DetRandom(entityKey(0, std::string_view(id.constData(), size_t(id.size())))).chance(10);
}

namespace {

QString mailFolderPath(const Browser &browser, qint64 mailbox, int folder)
{
    QStringList names;
    for (int f = folder; f >= 0; f = browser.data().mailFolderParent(f))
        names.prepend(browser.data().mailFolder(browser.organization(), mailbox, f).name);
    return names.join(QLatin1Char('/'));
}

} // namespace

void ProductionState::applyMailRestore(const QString &organizationId, const MailItem &item,
                                       const QString &folderPath, MailRestoreStatistics &statistics)
{
    const QString key = liveKey(organizationId, item.mailboxId, item.id);
    MailRestoreOutcome outcome = MailRestoreOutcome::Skipped;
    if (!m_restoredMailItems.contains(key)) {
        outcome = item.isDeleted                    ? MailRestoreOutcome::Created
                  : mailItemEditedAfterBackup(item) ? MailRestoreOutcome::Merged
                                                    : MailRestoreOutcome::Skipped;
    }
    switch (outcome) {
    case MailRestoreOutcome::Created: ++statistics.createdItemsCount; break;
    case MailRestoreOutcome::Merged: ++statistics.mergedItemsCount; break;
    case MailRestoreOutcome::Skipped: ++statistics.skippedItemsCount; return;
    }
    m_restoredMailItems.insert(key, outcome);
    statistics.items.append({item.id, folderPath, outcome});
    m_mailRestoreLog.append({item.id, folderPath, outcome});
}

std::optional<MailRestoreStatistics> ProductionState::restoreMailItems(const TenantView &view,
                                                                       const QString &mailboxId,
                                                                       const QStringList &itemIds)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    QList<std::pair<MailItem, QString>> plan; // a selection: small
    for (const QString &id : itemIds) {
        const std::optional<MailItem> item = view.mailItem(mailboxId, id);
        if (!item)
            return std::nullopt;
        const auto address = browser.data().mailItemAddress(browser.organization(), *mailbox, id);
        plan.append({*item, mailFolderPath(browser, *mailbox, address->first)});
    }
    MailRestoreStatistics statistics;
    for (const auto &[item, path] : plan)
        applyMailRestore(view.organization().id, item, path, statistics);
    return statistics;
}

// Streams through the folders (the large tenant's 100,000-item folder is never held in memory).
std::optional<MailRestoreStatistics> ProductionState::restoreMailFolders(const TenantView &view,
                                                                         const QString &mailboxId,
                                                                         std::optional<int> topFolder)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    MailRestoreStatistics statistics;
    for (const int f : browser.mailFolders(*mailbox, -2)) {
        bool selected = !topFolder || f == *topFolder;
        for (int up = browser.data().mailFolderParent(f); up >= 0 && !selected; up = browser.data().mailFolderParent(up))
            selected = up == *topFolder;
        if (!selected)
            continue;
        const QString path = mailFolderPath(browser, *mailbox, f);
        const Segment<MailItem> items = browser.mailItemsOf(*mailbox, f);
        for (qint64 i = 0; i < items.count; ++i)
            applyMailRestore(view.organization().id, items.make(i), path, statistics);
    }
    return statistics;
}

std::optional<MailRestoreStatistics> ProductionState::restoreMailFolder(const TenantView &view,
                                                                        const QString &mailboxId,
                                                                        const QString &folderId)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    const std::optional<int> folder = browser.mailFolder(*mailbox, folderId);
    if (!folder)
        return std::nullopt;
    return restoreMailFolders(view, mailboxId, *folder);
}

std::optional<MailRestoreStatistics> ProductionState::restoreMailbox(const TenantView &view, const QString &mailboxId)
{
    return restoreMailFolders(view, mailboxId, std::nullopt);
}

// ---- Inspection

QList<LiveChange> ProductionState::changes(const QString &oneDriveId) const
{
    if (oneDriveId.isEmpty())
        return m_changes;
    QList<LiveChange> selected;
    for (const LiveChange &change : m_changes) {
        if (change.oneDriveId.compare(oneDriveId, Qt::CaseInsensitive) == 0)
            selected << change;
    }
    return selected;
}

QString wireName(DocumentRestoreOutcome value)
{
    switch (value) {
    case DocumentRestoreOutcome::Recreated: return u"Recreated"_s;
    case DocumentRestoreOutcome::Overwritten: return u"Overwritten"_s;
    case DocumentRestoreOutcome::KeptBeside: return u"KeptBeside"_s;
    case DocumentRestoreOutcome::SkippedNoChanges: return u"SkippedNoChanges"_s;
    case DocumentRestoreOutcome::Copied: return u"Copied"_s;
    case DocumentRestoreOutcome::Merged: return u"Merged"_s;
    }
    return {};
}

QString wireName(MailRestoreOutcome value)
{
    switch (value) {
    case MailRestoreOutcome::Created: return u"Created"_s;
    case MailRestoreOutcome::Merged: return u"Merged"_s;
    case MailRestoreOutcome::Skipped: return u"Skipped"_s;
    }
    return {};
}

} // namespace vb365emu
