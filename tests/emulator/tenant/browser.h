#pragma once

// Internal: the browse logic shared by TenantView (lists, lookups) and ContentGenerator (archives, exports):
// TenantData's index space seen through one session's filters (deleted items, versions, point in time).

#include "paging.h"
#include "tenantdata.h"


namespace vb365emu {

// A document with its path below some folder ("Projects/Apollo/Plan.docx").
struct PlacedDocument
{
    DocumentBlueprint document;
    QString path;
};

// The browse logic of one view: TenantData's index space plus the session's filters (deleted items,
// versions, point in time). Kept out of the public header.
class Browser
{
public:
    Browser(const TenantData &data, int org, const ExploreScope &scope, bool hasData)
        : m_data(data), m_org(org), m_scope(scope), m_hasData(hasData)
    {
    }

    const TenantData &data() const { return m_data; }
    int organization() const { return m_org; }
    const ExploreScope &scope() const { return m_scope; }
    bool hasData() const { return m_hasData; }

    std::optional<qint64> mailbox(const QString &id) const
    {
        if (!m_hasData)
            return std::nullopt;
        return m_data.mailboxIndex(m_org, id);
    }

    bool mailFolderVisible(qint64 mailbox, int folder) const
    {
        if (!m_data.mailFolderExists(m_org, mailbox, folder))
            return false;
        for (int f = folder; f >= 0 && !m_scope.showDeleted; f = m_data.mailFolderParent(f)) {
            if (m_data.mailFolderDeleted(f))
                return false;
        }
        return true;
    }

    std::optional<int> mailFolder(qint64 mailbox, const QString &id) const
    {
        const std::optional<int> folder = m_data.mailFolderIndex(m_org, mailbox, id);
        if (!folder || !mailFolderVisible(mailbox, *folder))
            return std::nullopt;
        return folder;
    }

    // Visible folder slots in depth-first order; parent -2 = every level.
    QList<int> mailFolders(qint64 mailbox, int parent) const
    {
        QList<int> folders;
        for (int f = 0; f < m_data.mailFolderSlots(); ++f) {
            if ((parent == -2 || m_data.mailFolderParent(f) == parent) && mailFolderVisible(mailbox, f))
                folders << f;
        }
        return folders;
    }

    // A folder's items as the session sees them: deleted ones only with showDeleted, and none that arrived
    // after the session's point in time.
    DeletionPattern mailItemPattern(qint64 mailbox, int folder) const
    {
        DeletionPattern pattern = m_data.mailItemPattern(m_org, mailbox, folder);
        if (m_scope.pointInTime)
            pattern.first = m_data.mailItemsNewerThan(m_org, mailbox, folder, *m_scope.pointInTime);
        return pattern;
    }

    Segment<MailItem> mailItemsOf(qint64 mailbox, int folder) const
    {
        const DeletionPattern pattern = mailItemPattern(mailbox, folder);
        const bool showDeleted = m_scope.showDeleted;
        const TenantData &data = m_data;
        const int org = m_org;
        return {pattern.visibleCount(showDeleted), [&data, org, mailbox, folder, pattern, showDeleted](qint64 i) {
                    return data.mailItem(org, mailbox, folder, pattern.rawIndex(i, showDeleted));
                }};
    }

    std::optional<MailItem> mailItem(qint64 mailbox, const QString &id) const
    {
        const auto address = m_data.mailItemAddress(m_org, mailbox, id);
        if (!address || !mailFolderVisible(mailbox, address->first)
            || address->second < mailItemPattern(mailbox, address->first).first)
            return std::nullopt;
        MailItem item = m_data.mailItem(m_org, mailbox, address->first, address->second);
        if (item.isDeleted && !m_scope.showDeleted)
            return std::nullopt;
        return item;
    }

    std::optional<qint64> drive(const QString &id) const
    {
        if (!m_hasData)
            return std::nullopt;
        return m_data.driveIndex(m_org, id);
    }

    bool containerVisible(int container) const
    {
        for (int c = container; c > 0 && !m_scope.showDeleted; c = m_data.driveContainerParent(c)) {
            if (m_data.driveContainerDeleted(c))
                return false;
        }
        return container >= 0 && container < m_data.driveContainers();
    }

    // Visible folder containers (1..) in depth-first order; parent -2 = every level.
    QList<int> driveFolders(int parent) const
    {
        QList<int> containers;
        for (int c = 1; c < m_data.driveContainers(); ++c) {
            if ((parent == -2 || m_data.driveContainerParent(c) == parent) && containerVisible(c))
                containers << c;
        }
        return containers;
    }

    // The container a selector points at: 0 for the root, the folder's container, or nullopt when the id is
    // not a visible folder. Everything answers -2.
    std::optional<int> selectedContainer(qint64 drive, const ParentSelector &selector) const
    {
        switch (selector.mode) {
        case ParentSelector::Mode::TopLevel: return 0;
        case ParentSelector::Mode::Everything: return -2;
        case ParentSelector::Mode::ChildrenOf: break;
        }
        const std::optional<DriveItemAddress> address = m_data.driveItemAddress(m_org, drive, selector.parentId);
        if (!address || !address->isFolder || !containerVisible(address->container))
            return std::nullopt;
        return address->container;
    }

    Segment<DriveItem> foldersSegment(qint64 drive, int parent) const
    {
        const QList<int> containers = driveFolders(parent);
        const TenantData &data = m_data;
        const int org = m_org;
        return {containers.size(), [&data, org, drive, containers](qint64 i) {
                    return data.driveFolder(org, drive, containers.at(i));
                }};
    }

    // The documents of one container the session lists, latest versions as of its point in time.
    QList<DocumentBlueprint> visibleDocuments(qint64 drive, int container) const
    {
        QList<DocumentBlueprint> documents;
        const bool showDeleted = m_scope.showDeleted;
        const DeletionPattern pattern = m_data.documentPattern(m_org, drive, container);
        for (qint64 i = 0; i < pattern.visibleCount(showDeleted); ++i) {
            DocumentBlueprint document = m_data.document(m_org, drive, container, pattern.rawIndex(i, showDeleted));
            if (atPointInTime(document))
                documents << document;
        }
        return documents;
    }

    Segment<DriveItem> documentsSegment(qint64 drive, int container) const
    {
        const QList<DocumentBlueprint> documents = visibleDocuments(drive, container);
        const TenantData &data = m_data;
        return {documents.size(), [&data, documents](qint64 i) {
                    return data.documentVersion(documents.at(i), documents.at(i).latestVersion);
                }};
    }

    // Every visible document in a container and, recursively, its visible sub-folders; paths start with
    // `prefix` and name the sub-folders.
    QList<PlacedDocument> documentsUnder(qint64 drive, int container, const QString &prefix) const
    {
        QList<PlacedDocument> documents;
        for (DocumentBlueprint &document : visibleDocuments(drive, container)) {
            const QString path = prefix + document.name;
            documents.append({std::move(document), path});
        }
        for (const int child : driveFolders(container)) {
            const QString name = m_data.driveFolder(m_org, drive, child).name;
            documents += documentsUnder(drive, child, prefix + name + QLatin1Char('/'));
        }
        return documents;
    }

    std::optional<DocumentBlueprint> document(qint64 drive, const QString &id) const
    {
        const std::optional<DriveItemAddress> address = m_data.driveItemAddress(m_org, drive, id);
        if (!address || address->isFolder || !containerVisible(address->container))
            return std::nullopt;
        DocumentBlueprint document = m_data.document(m_org, drive, address->container, address->index);
        if ((document.isDeleted && !m_scope.showDeleted) || !atPointInTime(document))
            return std::nullopt;
        return document;
    }

private:
    // Whether the document existed at the session's point in time; if so, its latest version is set to the
    // newest one written by then.
    bool atPointInTime(DocumentBlueprint &document) const
    {
        if (!m_scope.pointInTime)
            return true;
        const QDateTime &pointInTime = *m_scope.pointInTime;
        if (document.created > pointInTime)
            return false;
        document.latestVersion = 1;
        for (int v = 2; v <= document.versionCount && TenantData::versionTime(document, v) <= pointInTime; ++v)
            document.latestVersion = v;
        return true;
    }

    const TenantData &m_data;
    int m_org;
    const ExploreScope &m_scope;
    bool m_hasData;
};

} // namespace vb365emu
