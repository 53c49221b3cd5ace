#include "tenant.h"

#include "browser.h"
#include "paging.h"
#include "tenantdata.h"

namespace vb365emu {
using namespace Qt::StringLiterals;

std::optional<TenantKind> tenantKindFromName(const QString &name)
{
    if (name.compare(u"demo"_s, Qt::CaseInsensitive) == 0)
        return TenantKind::Demo;
    if (name.compare(u"large"_s, Qt::CaseInsensitive) == 0)
        return TenantKind::Large;
    return std::nullopt;
}

// ---- Tenant

Tenant::Tenant(TenantKind kind, quint64 seed) : m_data(std::make_shared<const TenantData>(kind, seed)) {}

TenantKind Tenant::kind() const { return m_data->kind(); }

quint64 Tenant::seed() const { return m_data->seed(); }

QList<Organization> Tenant::organizations() const { return m_data->organizations(); }

std::optional<Organization> Tenant::organization(const QString &id) const
{
    const std::optional<int> index = m_data->organizationIndex(id);
    if (!index)
        return std::nullopt;
    return m_data->organizations().at(*index);
}

std::optional<TenantView> Tenant::view(const ExploreScope &scope) const
{
    const std::optional<Organization> org = organization(scope.organizationId);
    if (!org)
        return std::nullopt;
    ExploreScope normalized = scope;
    normalized.organizationId = org->id;
    return TenantView(m_data, *m_data->organizationIndex(org->id), *org, normalized);
}

// ---- TenantView

namespace {

int parentSlot(const ParentSelector &selector, int topLevel)
{
    return selector.mode == ParentSelector::Mode::Everything ? -2 : topLevel;
}

} // namespace

TenantView::TenantView(std::shared_ptr<const TenantData> data, int organizationIndex, Organization organization,
                       ExploreScope scope)
    : m_data(std::move(data)),
      m_organizationIndex(organizationIndex),
      m_organization(std::move(organization)),
      m_scope(std::move(scope))
{
}

bool TenantView::hasData() const
{
    if (!m_organization.isBackedUp || !m_organization.firstBackupTime)
        return false;
    return !m_scope.pointInTime || *m_scope.pointInTime >= *m_organization.firstBackupTime;
}

Page<Mailbox> TenantView::mailboxes(PageRange range) const
{
    const qint64 total = hasData() ? m_data->mailboxCount(m_organizationIndex) : 0;
    return pageOf<Mailbox>(total, range, [&](qint64 i) { return m_data->mailbox(m_organizationIndex, i); });
}

std::optional<Mailbox> TenantView::mailbox(const QString &mailboxId) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> index = browser.mailbox(mailboxId);
    if (!index)
        return std::nullopt;
    return m_data->mailbox(m_organizationIndex, *index);
}

std::optional<Page<MailFolder>> TenantView::mailFolders(const QString &mailboxId, const ParentSelector &parent,
                                                        PageRange range) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    int parentFolder = parentSlot(parent, -1);
    if (parent.mode == ParentSelector::Mode::ChildrenOf) {
        const std::optional<int> folder = browser.mailFolder(*mailbox, parent.parentId);
        if (!folder)
            return std::nullopt;
        parentFolder = *folder;
    }
    const QList<int> folders = browser.mailFolders(*mailbox, parentFolder);
    return pageOf<MailFolder>(folders.size(), range,
                              [&](qint64 i) { return m_data->mailFolder(m_organizationIndex, *mailbox, folders.at(i)); });
}

std::optional<MailFolder> TenantView::mailFolder(const QString &mailboxId, const QString &folderId) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    const std::optional<int> folder = browser.mailFolder(*mailbox, folderId);
    if (!folder)
        return std::nullopt;
    return m_data->mailFolder(m_organizationIndex, *mailbox, *folder);
}

std::optional<Page<MailItem>> TenantView::mailItems(const QString &mailboxId, const ParentSelector &folder,
                                                    PageRange range) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    QList<Segment<MailItem>> segments;
    if (folder.mode == ParentSelector::Mode::ChildrenOf) {
        const std::optional<int> slot = browser.mailFolder(*mailbox, folder.parentId);
        if (!slot)
            return std::nullopt;
        segments << browser.mailItemsOf(*mailbox, *slot);
    } else {
        for (const int slot : browser.mailFolders(*mailbox, -2))
            segments << browser.mailItemsOf(*mailbox, slot);
    }
    return pageAcross(segments, range);
}

std::optional<MailItem> TenantView::mailItem(const QString &mailboxId, const QString &itemId) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> mailbox = browser.mailbox(mailboxId);
    if (!mailbox)
        return std::nullopt;
    return browser.mailItem(*mailbox, itemId);
}

Page<OneDrive> TenantView::oneDrives(PageRange range) const
{
    const qint64 total = hasData() ? m_data->driveCount(m_organizationIndex) : 0;
    return pageOf<OneDrive>(total, range, [&](qint64 i) { return m_data->oneDrive(m_organizationIndex, i); });
}

std::optional<OneDrive> TenantView::oneDrive(const QString &oneDriveId) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    return m_data->oneDrive(m_organizationIndex, *drive);
}

std::optional<Page<DriveItem>> TenantView::driveFolders(const QString &oneDriveId, const ParentSelector &parent,
                                                        PageRange range) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    const std::optional<int> container = browser.selectedContainer(*drive, parent);
    if (!container)
        return std::nullopt;
    return pageAcross(QList<Segment<DriveItem>>{browser.foldersSegment(*drive, *container)}, range);
}

std::optional<Page<DriveItem>> TenantView::driveDocuments(const QString &oneDriveId, const ParentSelector &parent,
                                                          PageRange range, bool includeFolders) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    const std::optional<int> container = browser.selectedContainer(*drive, parent);
    if (!container)
        return std::nullopt;
    QList<Segment<DriveItem>> segments;
    if (includeFolders)
        segments << browser.foldersSegment(*drive, *container);
    if (*container == -2) {
        segments << browser.documentsSegment(*drive, 0);
        for (const int c : browser.driveFolders(-2))
            segments << browser.documentsSegment(*drive, c);
    } else {
        segments << browser.documentsSegment(*drive, *container);
    }
    return pageAcross(segments, range);
}

std::optional<DriveItem> TenantView::driveItem(const QString &oneDriveId, const QString &itemId) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    const std::optional<DriveItemAddress> address = m_data->driveItemAddress(m_organizationIndex, *drive, itemId);
    if (!address)
        return std::nullopt;
    if (address->isFolder) {
        if (!browser.containerVisible(address->container))
            return std::nullopt;
        return m_data->driveFolder(m_organizationIndex, *drive, address->container);
    }
    const std::optional<DocumentBlueprint> document = browser.document(*drive, itemId);
    if (!document)
        return std::nullopt;
    return m_data->documentVersion(*document, document->latestVersion);
}

std::optional<Page<DriveItem>> TenantView::documentVersions(const QString &oneDriveId, const QString &documentId,
                                                            PageRange range) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    const std::optional<DocumentBlueprint> document = browser.document(*drive, documentId);
    if (!document)
        return std::nullopt;
    const qint64 previous = m_scope.showAllVersions ? document->latestVersion - 1 : 0;
    return pageOf<DriveItem>(previous, range, [&](qint64 i) {
        return m_data->documentVersion(*document, int(document->latestVersion - 1 - i));
    });
}

std::optional<DriveItem> TenantView::documentVersion(const QString &oneDriveId, const QString &documentId,
                                                     int versionId) const
{
    const Browser browser(*m_data, m_organizationIndex, m_scope, hasData());
    const std::optional<qint64> drive = browser.drive(oneDriveId);
    if (!drive)
        return std::nullopt;
    const std::optional<DocumentBlueprint> document = browser.document(*drive, documentId);
    if (!document || versionId < 1 || versionId > document->latestVersion)
        return std::nullopt;
    if (versionId < document->latestVersion && !m_scope.showAllVersions)
        return std::nullopt;
    return m_data->documentVersion(*document, versionId);
}

// ---- Wire names

QString wireName(OrganizationType value)
{
    switch (value) {
    case OrganizationType::Office365: return u"Office365"_s;
    case OrganizationType::OnPremises: return u"OnPremises"_s;
    case OrganizationType::Hybrid: return u"Hybrid"_s;
    }
    return {};
}

QString wireName(OrganizationRegion value)
{
    switch (value) {
    case OrganizationRegion::Worldwide: return u"Worldwide"_s;
    case OrganizationRegion::Germany: return u"Germany"_s;
    case OrganizationRegion::China: return u"China"_s;
    case OrganizationRegion::USDefence: return u"USDefence"_s;
    case OrganizationRegion::USGovernment: return u"USGovernment"_s;
    }
    return {};
}

QString wireName(MailFolderType value)
{
    switch (value) {
    case MailFolderType::None: return u"None"_s;
    case MailFolderType::Appointment: return u"Appointment"_s;
    case MailFolderType::Contact: return u"Contact"_s;
    case MailFolderType::Task: return u"Task"_s;
    case MailFolderType::Journal: return u"Journal"_s;
    case MailFolderType::StickyNote: return u"StickyNote"_s;
    }
    return {};
}

QString wireName(MailFolderCategory value)
{
    switch (value) {
    case MailFolderCategory::None: return u"None"_s;
    case MailFolderCategory::Inbox: return u"Inbox"_s;
    case MailFolderCategory::Outbox: return u"Outbox"_s;
    case MailFolderCategory::Sent: return u"Sent"_s;
    case MailFolderCategory::Deleted: return u"Deleted"_s;
    case MailFolderCategory::Drafts: return u"Drafts"_s;
    case MailFolderCategory::Junk: return u"Junk"_s;
    case MailFolderCategory::Conflicts: return u"Conflicts"_s;
    case MailFolderCategory::SyncIssues: return u"SyncIssues"_s;
    }
    return {};
}

QString wireName(Importance value)
{
    switch (value) {
    case Importance::Low: return u"Low"_s;
    case Importance::Normal: return u"Normal"_s;
    case Importance::High: return u"High"_s;
    }
    return {};
}

QString wireName(TaskStatus value)
{
    switch (value) {
    case TaskStatus::NotStarted: return u"NotStarted"_s;
    case TaskStatus::InProgress: return u"InProgress"_s;
    case TaskStatus::Completed: return u"Completed"_s;
    case TaskStatus::WaitingOnSomeoneElse: return u"WaitingOnSomeoneElse"_s;
    case TaskStatus::Deferred: return u"Deferred"_s;
    }
    return {};
}

} // namespace vb365emu
