#include "restores.h"

#include "browser.h"
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
        const int version = versionId.value_or(document->versionCount);
        if (version < 1 || version > document->versionCount
            || (version < document->versionCount && !view.scope().showAllVersions))
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
    }
    return {};
}

} // namespace vb365emu
