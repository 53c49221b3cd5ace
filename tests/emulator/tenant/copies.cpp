// copyTo (OneDrive data into another OneDrive or folder), restoreTo (Exchange data into another mailbox) and
// the attachment lists of send actions: the ProductionState changes that do not write back in place.

#include "restores.h"

#include "browser.h"
#include "tenantlog.h"

namespace vb365emu {
using namespace Qt::StringLiterals;

namespace {

Browser browserOf(const TenantView &view, const std::shared_ptr<const TenantData> &data, int organizationIndex)
{
    return Browser(*data, organizationIndex, view.scope(), view.hasData());
}

QString joinPath(const QString &left, const QString &right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    return left + QLatin1Char('/') + right;
}

// "a/b/c.docx" → {"a/b", "c.docx"}
std::pair<QString, QString> splitPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? std::pair{QString(), path} : std::pair{path.left(slash), path.mid(slash + 1)};
}

} // namespace

std::optional<LastVersionAction> lastVersionActionFromName(const QString &name)
{
    if (name.compare(u"merge"_s, Qt::CaseInsensitive) == 0)
        return LastVersionAction::Merge;
    if (name.compare(u"overwrite"_s, Qt::CaseInsensitive) == 0)
        return LastVersionAction::Overwrite;
    return std::nullopt;
}

std::optional<QList<ProductionState::PlannedCopy>> ProductionState::planFolders(const TenantView &view,
                                                                               const QString &oneDriveId,
                                                                               const QStringList &folderIds)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    QList<PlacedDocument> placed;
    if (folderIds.isEmpty()) {
        placed = browser.documentsUnder(*drive, 0, QString());
    } else {
        for (const QString &folderId : folderIds) {
            const std::optional<int> container = browser.selectedContainer(*drive, ParentSelector::childrenOf(folderId));
            if (!container)
                return std::nullopt;
            const QString name = browser.data().driveFolder(browser.organization(), *drive, *container).name;
            placed += browser.documentsUnder(*drive, *container, name + QLatin1Char('/'));
        }
    }
    QList<PlannedCopy> plan;
    plan.reserve(placed.size());
    for (const PlacedDocument &document : placed) {
        const auto [directory, name] = splitPath(document.path);
        plan.append({document.document.id, name, directory, document.document.latestVersion});
    }
    return plan;
}

std::optional<DocumentRestoreStatistics> ProductionState::copyPlanned(const TenantView &view,
                                                                      const QList<PlannedCopy> &plan,
                                                                      const CopyDestination &destination,
                                                                      const QString &restoredBy, const QDateTime &now)
{
    DocumentRestoreStatistics statistics;
    for (const PlannedCopy &planned : plan) {
        const QString path = joinPath(destination.folder, planned.relativePath);
        const QString key = (view.organization().id + QLatin1Char('/') + destination.oneDriveId + QLatin1Char('/')
                             + joinPath(path, planned.name))
                                .toLower();
        DocumentRestore restore{planned.documentId, planned.versionId, planned.name, path,
                                DocumentRestoreOutcome::Copied};
        const auto existing = m_copies.constFind(key);
        if (existing != m_copies.cend()) {
            if (*existing == planned.versionId)
                restore.outcome = DocumentRestoreOutcome::SkippedNoChanges;
            else
                restore.outcome = destination.lastVersionAction == LastVersionAction::Merge
                                      ? DocumentRestoreOutcome::Merged
                                      : DocumentRestoreOutcome::Overwritten;
        }
        m_copies.insert(key, planned.versionId);
        ++statistics.totalItemsCount;
        if (restore.outcome == DocumentRestoreOutcome::SkippedNoChanges) {
            ++statistics.skippedItemsByNoChangesCount;
        } else {
            ++statistics.restoredItemsCount;
            m_changes.append({destination.oneDriveId, planned.documentId, planned.versionId, planned.name, path,
                              restore.outcome, now.toUTC(), restoredBy});
        }
        qCDebug(lcEmuTenant) << "copy" << planned.name << "to" << destination.oneDriveId << path << "→"
                             << wireName(restore.outcome);
        statistics.documents.append(restore);
    }
    return statistics;
}

std::optional<DocumentRestoreStatistics> ProductionState::copyDocuments(const TenantView &view,
                                                                        const QString &oneDriveId,
                                                                        const QStringList &documentIds,
                                                                        const CopyDestination &destination,
                                                                        const QString &restoredBy,
                                                                        const QDateTime &now,
                                                                        std::optional<int> versionId)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive || !browser.drive(destination.oneDriveId))
        return std::nullopt;
    QList<PlannedCopy> plan;
    for (const QString &id : documentIds) {
        const std::optional<DocumentBlueprint> document = browser.document(*drive, id);
        if (!document)
            return std::nullopt;
        const int version = versionId.value_or(document->latestVersion);
        if (version < 1 || version > document->latestVersion
            || (version < document->latestVersion && !view.scope().showAllVersions))
            return std::nullopt;
        plan.append({document->id, document->name, QString(), version});
    }
    return copyPlanned(view, plan, destination, restoredBy, now);
}

std::optional<DocumentRestoreStatistics> ProductionState::copyFolders(const TenantView &view,
                                                                      const QString &oneDriveId,
                                                                      const QStringList &folderIds,
                                                                      const CopyDestination &destination,
                                                                      const QString &restoredBy, const QDateTime &now)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    if (folderIds.isEmpty() || !browser.drive(destination.oneDriveId))
        return std::nullopt;
    const std::optional<QList<PlannedCopy>> plan = planFolders(view, oneDriveId, folderIds);
    if (!plan)
        return std::nullopt;
    return copyPlanned(view, *plan, destination, restoredBy, now);
}

std::optional<DocumentRestoreStatistics> ProductionState::copyOneDrive(const TenantView &view,
                                                                       const QString &oneDriveId,
                                                                       const CopyDestination &destination,
                                                                       const QString &restoredBy, const QDateTime &now)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    if (!browser.drive(destination.oneDriveId))
        return std::nullopt;
    const std::optional<QList<PlannedCopy>> plan = planFolders(view, oneDriveId, {});
    if (!plan)
        return std::nullopt;
    return copyPlanned(view, *plan, destination, restoredBy, now);
}

std::optional<QStringList> ProductionState::documentNames(const TenantView &view, const QString &oneDriveId,
                                                          const QStringList &folderIds,
                                                          const QStringList &documentIds) const
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    QStringList names;
    if (!documentIds.isEmpty()) {
        for (const QString &id : documentIds) {
            const std::optional<DocumentBlueprint> document = browser.document(*drive, id);
            if (!document)
                return std::nullopt;
            names << document->name;
        }
        return names;
    }
    const std::optional<QList<PlannedCopy>> plan = planFolders(view, oneDriveId, folderIds);
    if (!plan)
        return std::nullopt;
    for (const PlannedCopy &planned : *plan)
        names << joinPath(planned.relativePath, planned.name);
    return names;
}

// ---- Exchange: restoreTo another mailbox

bool ProductionState::visitMailItems(const TenantView &view, const QString &mailboxId,
                                     const std::optional<QString> &topFolder, const MailVisitor &visit)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return false;
    std::optional<int> top;
    if (topFolder) {
        top = browser.mailFolder(*mailbox, *topFolder);
        if (!top)
            return false;
    }
    for (const int f : browser.mailFolders(*mailbox, -2)) {
        bool selected = !top || f == *top;
        for (int up = browser.data().mailFolderParent(f); up >= 0 && !selected; up = browser.data().mailFolderParent(up))
            selected = up == *top;
        if (!selected)
            continue;
        QStringList names;
        for (int p = f; p >= 0; p = browser.data().mailFolderParent(p))
            names.prepend(browser.data().mailFolder(browser.organization(), *mailbox, p).name);
        const MailFolder folder = browser.data().mailFolder(browser.organization(), *mailbox, f);
        const QString path = names.join(QLatin1Char('/'));
        const Segment<MailItem> items = browser.mailItemsOf(*mailbox, f);
        for (qint64 i = 0; i < items.count; ++i)
            visit(items.make(i), folder, path);
    }
    return true;
}

void ProductionState::deliverMail(const MailItem &item, const MailFolder &folder, const QString &path,
                                  const MailDestination &destination, const QString &restoredBy, const QDateTime &now,
                                  MailRestoreStatistics &statistics)
{
    if ((item.isDeleted && !destination.includeDeletedItems)
        || (destination.excludeDrafts && folder.category == MailFolderCategory::Drafts)
        || (destination.excludeDeletedItemsFolder && folder.category == MailFolderCategory::Deleted))
        return; // excluded: not part of the restore at all
    const QString targetPath = joinPath(destination.folder, path);
    const QString key = (destination.mailbox + QLatin1Char('/') + targetPath + QLatin1Char('/') + item.id).toLower();
    if (m_deliveredMail.contains(key)) {
        ++statistics.skippedItemsCount;
        return;
    }
    m_deliveredMail.insert(key, true);
    ++statistics.createdItemsCount;
    statistics.items.append({item.id, targetPath, MailRestoreOutcome::Created});
    m_deliveries.append({destination.mailbox, targetPath, item.mailboxId, item.id, item.subject,
                         destination.markRestoredAsUnread, now.toUTC(), restoredBy});
}

std::optional<MailRestoreStatistics> ProductionState::copyMailItems(const TenantView &view, const QString &mailboxId,
                                                                    const QStringList &itemIds,
                                                                    const MailDestination &destination,
                                                                    const QString &restoredBy, const QDateTime &now)
{
    const Browser browser = browserOf(view, view.m_data, view.m_organizationIndex);
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    struct Planned
    {
        MailItem item;
        MailFolder folder;
        QString path;
    };
    QList<Planned> plan;
    for (const QString &id : itemIds) {
        const std::optional<MailItem> item = view.mailItem(mailboxId, id);
        if (!item)
            return std::nullopt;
        const auto address = browser.data().mailItemAddress(browser.organization(), *mailbox, id);
        QStringList names;
        for (int p = address->first; p >= 0; p = browser.data().mailFolderParent(p))
            names.prepend(browser.data().mailFolder(browser.organization(), *mailbox, p).name);
        plan.append({*item, browser.data().mailFolder(browser.organization(), *mailbox, address->first),
                     names.join(QLatin1Char('/'))});
    }
    MailRestoreStatistics statistics;
    // A selection names its items explicitly: the folder exclusions do not apply to it.
    MailDestination selected = destination;
    selected.excludeDrafts = selected.excludeDeletedItemsFolder = false;
    selected.includeDeletedItems = true;
    for (const Planned &planned : plan)
        deliverMail(planned.item, planned.folder, planned.path, selected, restoredBy, now, statistics);
    return statistics;
}

std::optional<MailRestoreStatistics> ProductionState::copyMailFolder(const TenantView &view, const QString &mailboxId,
                                                                     const QString &folderId,
                                                                     const MailDestination &destination,
                                                                     const QString &restoredBy, const QDateTime &now)
{
    MailRestoreStatistics statistics;
    const bool known = visitMailItems(view, mailboxId, folderId,
                                      [&](const MailItem &item, const MailFolder &folder, const QString &path) {
                                          deliverMail(item, folder, path, destination, restoredBy, now, statistics);
                                      });
    if (!known)
        return std::nullopt;
    return statistics;
}

std::optional<MailRestoreStatistics> ProductionState::copyMailbox(const TenantView &view, const QString &mailboxId,
                                                                  const MailDestination &destination,
                                                                  const QString &restoredBy, const QDateTime &now)
{
    MailRestoreStatistics statistics;
    const bool known = visitMailItems(view, mailboxId, std::nullopt,
                                      [&](const MailItem &item, const MailFolder &folder, const QString &path) {
                                          deliverMail(item, folder, path, destination, restoredBy, now, statistics);
                                      });
    if (!known)
        return std::nullopt;
    return statistics;
}

} // namespace vb365emu
