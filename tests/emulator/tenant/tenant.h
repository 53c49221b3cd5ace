#pragma once

// The synthetic VB365 tenant the emulator serves: organizations, mailboxes, mail folders and items,
// OneDrives, OneDrive folders, documents and their versions.
//
// Everything is generated deterministically from (tenant kind, seed) and lazily: an entity is computed from
// its index when asked for, so the `large` tenant (10,000 mailboxes, a 100,000-item folder, a 4 GiB document)
// costs almost no memory. The same seed always gives byte-identical entities and ids.
//
// No wire formats here: the HTTP side (tests/emulator/server) turns these structs into JSON per API version.
// Wire enum spellings are available through wireName().

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vb365emu {

// ---------------------------------------------------------------------------------------------------------
// Paging and selectors shared by every list.

struct PageRange
{
    qint64 offset = 0;
    qint64 limit = 30; // the caller clamps to the server's cap; negative offsets/limits count as 0
};

template <typename T>
struct Page
{
    QList<T> items;         // at most range.limit entries, starting at range.offset
    qint64 totalCount = 0;  // number of entries visible without paging
};

// `parentId` semantics of folder/item lists (api-reference §7.1, §8.1).
struct ParentSelector
{
    enum class Mode {
        TopLevel,   // parentId=null / root: direct children of the root
        ChildrenOf, // parentId=<id>: direct children of that folder
        Everything  // parameter absent: the whole tree flattened
    };
    Mode mode = Mode::TopLevel;
    QString parentId; // only for ChildrenOf

    static ParentSelector topLevel() { return {Mode::TopLevel, {}}; }
    static ParentSelector childrenOf(const QString &id) { return {Mode::ChildrenOf, id}; }
    static ParentSelector everything() { return {Mode::Everything, {}}; }
};

// ---------------------------------------------------------------------------------------------------------
// Entities. Ids are strings exactly as they appear on the wire. GUID-shaped ids are lower case; lookups
// accept them in any case. Exchange folder/item ids are base64-like and case-sensitive (they contain + / =).

enum class TenantKind { Demo, Large };
std::optional<TenantKind> tenantKindFromName(const QString &name); // "demo" | "large", any case

enum class OrganizationType { Office365, OnPremises, Hybrid };
enum class OrganizationRegion { Worldwide, Germany, China, USDefence, USGovernment };

struct Organization
{
    QString id; // uuid
    QString name;       // e.g. contoso.onmicrosoft.com
    QString officeName; // e.g. Contoso
    QString description;
    OrganizationType type = OrganizationType::Office365;
    OrganizationRegion region = OrganizationRegion::Worldwide;
    bool isBackedUp = false;
    std::optional<QDateTime> firstBackupTime; // UTC; absent when never backed up
    std::optional<QDateTime> lastBackupTime;  // UTC; absent when never backed up
    bool isExchangeOnline = true;
    bool isSharePointOnline = true;
    bool isTeamsOnline = false;
};

struct Mailbox
{
    QString id; // uuid
    QString name;
    QString email;
    bool isArchive = false;
    bool isPublic = false;
};

enum class MailFolderType { None, Appointment, Contact, Task, Journal, StickyNote };
enum class MailFolderCategory { None, Inbox, Outbox, Sent, Deleted, Drafts, Junk, Conflicts, SyncIssues };

struct MailFolder
{
    QString id; // base64-like, contains + / =
    QString mailboxId;
    QString parentId; // empty for a top-level folder
    QString name;
    QString description;
    MailFolderType type = MailFolderType::None;
    MailFolderCategory category = MailFolderCategory::None;
    bool isDeleted = false; // only listed when the session was explored with showDeleted
};

enum class MailItemKind { Message, Appointment, Contact, Task };
enum class Importance { Low, Normal, High };
enum class TaskStatus { NotStarted, InProgress, Completed, WaitingOnSomeoneElse, Deferred };

struct MailAttachment
{
    QString name;
    qint64 sizeBytes = 0;
};

// One struct for every item kind; the fields after the common block are filled for their kind only.
struct MailItem
{
    // common
    QString id; // base64-like, contains + / =
    QString mailboxId;
    QString folderId;
    MailItemKind kind = MailItemKind::Message;
    QString itemClass; // IPM.Note, IPM.Appointment, IPM.Contact, IPM.Task
    QString subject;
    QString body; // plain text
    QList<MailAttachment> attachments;
    bool isDeleted = false; // only listed when the session was explored with showDeleted

    // Message
    QString from;    // e-mail address
    QStringList to;  // the v6+ wire types to/cc/bcc as one string: join with "; "
    QStringList cc;
    QStringList bcc;
    QDateTime sent;     // invalid (omit on the wire) for drafts
    QDateTime received; // invalid for drafts
    Importance importance = Importance::Normal;
    bool reminder = false;

    // Appointment
    QString organizer;
    QStringList attendees;
    QDateTime startTime;
    QDateTime endTime;
    QString location;
    bool recurring = false;

    // Contact
    QString fullName;
    QString email;
    QString company;
    QString jobTitle;
    QString businessPhone;
    QString mobilePhone;
    QString fileAs;

    // Task
    TaskStatus taskStatus = TaskStatus::NotStarted;
    int percentComplete = 0;
    QDateTime startDate;
    QDateTime dueDate;
    QString owner;
};

struct OneDrive
{
    QString id;    // two GUIDs glued together, 72 characters
    QString name;  // owner's display name
    QString url;   // https://<tenant>-my.sharepoint.com/personal/<user>
    QString email; // owner's e-mail
};

// A OneDrive folder or document (v7+ lists mix both; discriminate with isFolder).
struct DriveItem
{
    QString id; // uuid
    QString oneDriveId;
    QString parentId; // empty when the item sits in the OneDrive's root
    QString name;     // documents carry an extension
    bool isFolder = false;
    qint64 sizeBytes = 0; // 0 for folders
    QString version;      // "3.0"
    int versionId = 1;    // 1-based; earlier versions have smaller ids
    int versionCount = 1; // how many versions exist including this one (latest only; 1 for versions)
    QString createdBy;
    QDateTime creationTime;
    QString modifiedBy;
    QDateTime modificationTime;
    bool isDeleted = false; // only listed when the session was explored with showDeleted
    bool inheritedPermissions = true;
};

// ---------------------------------------------------------------------------------------------------------

// What a restore session shows (api-reference §5.2): the organization at a point in time.
struct ExploreScope
{
    QString organizationId;
    // Absent = latest; before the first backup = no data at all; between backups = the state of then (newer
    // mail items and documents hidden, documents at the version current then).
    std::optional<QDateTime> pointInTime;
    bool showDeleted = false;
    bool showAllVersions = false;
};

class TenantData;
class TenantView;

// The generated tenant. Cheap to copy (shared immutable data). Thread-safe for concurrent readers.
class Tenant
{
public:
    Tenant(TenantKind kind, quint64 seed);

    TenantKind kind() const;
    quint64 seed() const;

    QList<Organization> organizations() const; // small (1-2 entries)
    std::optional<Organization> organization(const QString &id) const;

    // The browse API of one session's scope; nullopt when scope.organizationId is unknown.
    std::optional<TenantView> view(const ExploreScope &scope) const;

private:
    friend class TenantView;
    std::shared_ptr<const TenantData> m_data;
};

// One restore session's window on the tenant: the lists and lookups every browse endpoint needs.
// Lists answer nullopt when their parent (mailbox, folder, OneDrive, document) does not exist in this view,
// and an empty page when the parent exists but has nothing to list.
class TenantView
{
public:
    const Organization &organization() const { return m_organization; }
    const ExploreScope &scope() const { return m_scope; }
    // False when the point in time is before the organization's first backup (or it was never backed up).
    bool hasData() const;

    // Exchange
    Page<Mailbox> mailboxes(PageRange range) const;
    std::optional<Mailbox> mailbox(const QString &mailboxId) const;
    std::optional<Page<MailFolder>> mailFolders(const QString &mailboxId, const ParentSelector &parent,
                                                PageRange range) const;
    std::optional<MailFolder> mailFolder(const QString &mailboxId, const QString &folderId) const;
    // Items of one folder (ChildrenOf) or of the whole mailbox (Everything; TopLevel counts as Everything
    // because items never sit above the top-level folders).
    std::optional<Page<MailItem>> mailItems(const QString &mailboxId, const ParentSelector &folder,
                                            PageRange range) const;
    std::optional<MailItem> mailItem(const QString &mailboxId, const QString &itemId) const;

    // OneDrive
    Page<OneDrive> oneDrives(PageRange range) const;
    std::optional<OneDrive> oneDrive(const QString &oneDriveId) const;
    std::optional<Page<DriveItem>> driveFolders(const QString &oneDriveId, const ParentSelector &parent,
                                                PageRange range) const;
    // Documents only, or (v7+ includeFolders=true) folders first, then documents.
    std::optional<Page<DriveItem>> driveDocuments(const QString &oneDriveId, const ParentSelector &parent,
                                                  PageRange range, bool includeFolders = false) const;
    // Any folder or document by id (the latest version).
    std::optional<DriveItem> driveItem(const QString &oneDriveId, const QString &itemId) const;
    // Previous versions of a document, newest first (the latest is the document itself). Empty unless the
    // session shows all versions; nullopt when the document is unknown.
    std::optional<Page<DriveItem>> documentVersions(const QString &oneDriveId, const QString &documentId,
                                                    PageRange range) const;
    // One version by versionId, including the latest one.
    std::optional<DriveItem> documentVersion(const QString &oneDriveId, const QString &documentId,
                                             int versionId) const;

private:
    friend class Tenant;
    friend class ContentGenerator; // reads document contents, which the browse API does not expose
    friend class ProductionState;  // restores walk documents with their production state
    TenantView(std::shared_ptr<const TenantData> data, int organizationIndex, Organization organization,
               ExploreScope scope);

    std::shared_ptr<const TenantData> m_data;
    int m_organizationIndex = 0;
    Organization m_organization;
    ExploreScope m_scope;
};

// PascalCase wire spellings of the enums (api-reference: "emit PascalCase").
QString wireName(OrganizationType value);
QString wireName(OrganizationRegion value);
QString wireName(MailFolderType value);
QString wireName(MailFolderCategory value);
QString wireName(Importance value);
QString wireName(TaskStatus value);

} // namespace vb365emu
