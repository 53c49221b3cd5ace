#pragma once

// Internal: how the generated tenant is shaped and how each entity is computed from its index path.
// Not part of the emulator's contract (tenant.h / sessions.h / content.h are).

#include "documentformats.h"
#include "tenant.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace vb365emu {

// Which raw indices of a list are deleted: none, all (inside a deleted folder), or every period-th one.
// Maps the visible index of a page to the raw index in O(1), so paging never enumerates.
struct DeletionPattern
{
    qint64 count = 0;
    qint64 first = 0; // raw indices below this did not exist yet at the session's point in time
    int period = 0; // 0 = nothing deleted; otherwise raw r is deleted iff r % period == period - 1 (period >= 2)
    bool allDeleted = false;

    bool isDeleted(qint64 raw) const;
    qint64 visibleCount(bool showDeleted) const;
    qint64 rawIndex(qint64 visible, bool showDeleted) const;
};

struct Person
{
    QString firstName;
    QString lastName;
    QString displayName;
    QString alias; // adele.vance
    QString email;
};

struct DocumentBlueprint
{
    int organization = 0;
    qint64 drive = 0;
    int container = 0;
    qint64 index = 0;
    QString id;
    QString oneDriveId;
    QString parentId;
    QString name; // with extension
    DocumentFormat format = DocumentFormat::Text;
    quint64 contentKey = 0;
    int versionCount = 1;  // versions in the latest backup
    int latestVersion = 1; // the newest version at the session's point in time (versionCount without one)
    qint64 binarySize = 0;
    bool isDeleted = false;
    bool editedInProduction = false; // changed in the live OneDrive after the last backup (restores.h)
    QString owner;     // display name
    QString colleague; // display name of the other editor
    QDateTime created;
    QDateTime lastModified;
};

// A OneDrive item id decoded: a folder (container) or a document (container, index).
struct DriveItemAddress
{
    bool isFolder = false;
    int container = 0;
    qint64 index = 0;
};

class TenantData
{
public:
    TenantData(TenantKind kind, quint64 seed);

    TenantKind kind() const { return m_kind; }
    quint64 seed() const { return m_seed; }

    const QList<Organization> &organizations() const { return m_organizations; }
    std::optional<int> organizationIndex(const QString &id) const;

    // People and mailboxes
    Person person(int org, qint64 user) const;
    qint64 mailboxCount(int org) const;
    Mailbox mailbox(int org, qint64 index) const;
    std::optional<qint64> mailboxIndex(int org, const QString &id) const;

    // Mail folders: a fixed set of slots per mailbox, listed in depth-first order.
    int mailFolderSlots() const;
    bool mailFolderExists(int org, qint64 mailbox, int folder) const;
    int mailFolderParent(int folder) const; // -1 = top level
    bool mailFolderDeleted(int folder) const;
    MailFolder mailFolder(int org, qint64 mailbox, int folder) const;
    std::optional<int> mailFolderIndex(int org, qint64 mailbox, const QString &id) const;
    DeletionPattern mailItemPattern(int org, qint64 mailbox, int folder) const;
    MailItem mailItem(int org, qint64 mailbox, int folder, qint64 raw) const;
    // How many items of a folder (a prefix of the newest-first raw order) arrived after `pointInTime`.
    qint64 mailItemsNewerThan(int org, qint64 mailbox, int folder, const QDateTime &pointInTime) const;
    std::optional<std::pair<int, qint64>> mailItemAddress(int org, qint64 mailbox, const QString &id) const;

    // OneDrives: containers are the root (0) and a fixed set of folders (1..), depth-first.
    qint64 driveCount(int org) const;
    OneDrive oneDrive(int org, qint64 drive) const;
    std::optional<qint64> driveIndex(int org, const QString &id) const;
    int driveContainers() const;
    int driveContainerParent(int container) const; // 0 = root; -1 for the root itself
    bool driveContainerDeleted(int container) const;
    QString driveFolderId(int org, qint64 drive, int container) const; // empty for the root
    DriveItem driveFolder(int org, qint64 drive, int container) const;
    DeletionPattern documentPattern(int org, qint64 drive, int container) const;
    DocumentBlueprint document(int org, qint64 drive, int container, qint64 index) const;
    DriveItem documentVersion(const DocumentBlueprint &document, int versionId) const;
    // When a version was written: version 1 at creation, the last one at the last modification.
    static QDateTime versionTime(const DocumentBlueprint &document, int versionId);
    DocumentContentSpec documentContent(const DocumentBlueprint &document, int versionId) const;
    std::optional<DriveItemAddress> driveItemAddress(int org, qint64 drive, const QString &id) const;

private:
    const Organization &org(int index) const { return m_organizations.at(index); }
    QString domainLabel(int org) const { return m_domainLabels.at(org); }
    qint64 userCount(int org) const;
    quint64 scope(int org, qint64 index) const { return (quint64(org) << 40) | quint64(index); }
    QDateTime itemTime(int org, qint64 raw, qint64 count, quint64 key) const;
    MailItem messageItem(int org, qint64 mailbox, int folder, qint64 raw, MailItem item) const;

    TenantKind m_kind;
    quint64 m_seed;
    QList<Organization> m_organizations;
    QStringList m_domainLabels;
    QList<QList<int>> m_firstNameOrder; // per organization: demo users get distinct names
    QList<QList<int>> m_lastNameOrder;
};

} // namespace vb365emu
