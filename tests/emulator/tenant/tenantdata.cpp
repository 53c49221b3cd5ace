#include "tenantdata.h"

#include "detrandom.h"
#include "ids.h"
#include "wordpools.h"

#include <QTimeZone>

#include <algorithm>

namespace vb365emu {
using namespace Qt::StringLiterals;

namespace {

// ---- Shapes: the folder sets every mailbox / OneDrive has. Counts are ranges drawn per entity.

struct CountRange
{
    int minimum = 0;
    int maximum = 0;
};

struct MailFolderShape
{
    QString name;
    int parent; // slot index, -1 = top level
    MailFolderType type;
    MailFolderCategory category;
    bool deleted;
    int deletedPeriod;
    CountRange demoItems;
    CountRange largeItems;
    bool onlyFirstLargeMailbox = false;
};

constexpr int archive100kItems = 100000;
constexpr qint64 largeRecordingBytes = 4LL * 1024 * 1024 * 1024;
constexpr qint64 demoUsers = 12;
constexpr qint64 demoSecondOrgUsers = 5;
constexpr qint64 largeUsers = 10000;

const QList<MailFolderShape> &mailFolderShapes()
{
    using T = MailFolderType;
    using C = MailFolderCategory;
    static const QList<MailFolderShape> shapes{
        {u"Inbox"_s, -1, T::None, C::Inbox, false, 7, {25, 40}, {3, 8}},
        {u"Projects"_s, 0, T::None, C::None, false, 5, {6, 12}, {0, 3}},
        {u"Apollo"_s, 1, T::None, C::None, false, 0, {3, 8}, {0, 2}},
        {u"Newsletters"_s, 0, T::None, C::None, false, 4, {5, 10}, {0, 2}},
        {u"Sent Items"_s, -1, T::None, C::Sent, false, 0, {10, 20}, {1, 4}},
        {u"Deleted Items"_s, -1, T::None, C::Deleted, false, 3, {3, 8}, {0, 2}},
        {u"Drafts"_s, -1, T::None, C::Drafts, false, 0, {1, 3}, {0, 1}},
        {u"Junk Email"_s, -1, T::None, C::Junk, false, 0, {0, 4}, {0, 1}},
        {u"Outbox"_s, -1, T::None, C::Outbox, false, 0, {0, 0}, {0, 0}},
        {u"Calendar"_s, -1, T::Appointment, C::None, false, 0, {6, 10}, {1, 3}},
        {u"Contacts"_s, -1, T::Contact, C::None, false, 0, {6, 11}, {0, 3}},
        {u"Tasks"_s, -1, T::Task, C::None, false, 0, {3, 6}, {0, 2}},
        {u"Old Projects"_s, -1, T::None, C::None, true, 0, {4, 4}, {0, 0}},
        {u"Archive 100k"_s, -1, T::None, C::None, false, 0, {0, 0}, {archive100kItems, archive100kItems}, true},
    };
    return shapes;
}

struct DriveContainerShape
{
    QString name; // empty for the root
    int parent;   // container index; -1 for the root
    bool deleted;
    int deletedPeriod;
    QList<DocumentFormat> formats;
    CountRange demoDocuments;
    CountRange largeDocuments;
};

constexpr int recordingsContainer = 6;

const QList<DriveContainerShape> &driveContainerShapes()
{
    using F = DocumentFormat;
    static const QList<DriveContainerShape> shapes{
        {QString(), -1, false, 0, {F::Text, F::Markdown, F::Docx, F::Pdf}, {2, 4}, {1, 2}},
        {u"Documents"_s, 0, false, 5, {F::Docx, F::Xlsx, F::Pdf, F::Text, F::Csv}, {4, 7}, {1, 3}},
        {u"Projects"_s, 1, false, 0, {F::Docx, F::Markdown, F::Xlsx, F::Pdf}, {2, 5}, {0, 2}},
        {u"Apollo"_s, 2, false, 4, {F::Docx, F::Markdown, F::Pdf}, {2, 4}, {0, 1}},
        {u"Finance"_s, 1, false, 0, {F::Xlsx, F::Csv, F::Pdf}, {2, 4}, {0, 1}},
        {u"Pictures"_s, 0, false, 0, {F::Png}, {2, 5}, {0, 2}},
        {u"Recordings"_s, 0, false, 0, {F::Video}, {1, 1}, {0, 1}},
        {u"Old drafts"_s, 0, true, 0, {F::Text, F::Docx}, {2, 3}, {0, 1}},
    };
    return shapes;
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// ASCII for mail aliases and URLs: "Zoë Jørgensen" → "zoe", "jorgensen".
QString asciiFold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c == u'ø' || c == u'Ø')
            folded += QLatin1Char('o');
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

ids::Payload payloadOf(std::initializer_list<std::pair<int, quint32>> fields32, std::initializer_list<quint8> bytes = {})
{
    ids::Payload payload{};
    int at = 0;
    for (const quint8 byte : bytes)
        payload[size_t(at++)] = byte;
    for (const auto &[offset, value] : fields32)
        ids::put32(payload, offset, value);
    return payload;
}

} // namespace

// ---- DeletionPattern

bool DeletionPattern::isDeleted(qint64 raw) const
{
    return allDeleted || (period >= 2 && raw % period == period - 1);
}

namespace {

// How many of the raw indices [0, n) a view lists.
qint64 keptBelow(const DeletionPattern &pattern, qint64 n, bool showDeleted)
{
    if (showDeleted)
        return n;
    if (pattern.allDeleted)
        return 0;
    return pattern.period >= 2 ? n - n / pattern.period : n;
}

} // namespace

qint64 DeletionPattern::visibleCount(bool showDeleted) const
{
    return keptBelow(*this, count, showDeleted) - keptBelow(*this, std::min(first, count), showDeleted);
}

qint64 DeletionPattern::rawIndex(qint64 visible, bool showDeleted) const
{
    const qint64 kept = visible + keptBelow(*this, std::min(first, count), showDeleted);
    if (showDeleted || period < 2)
        return kept;
    return (kept / (period - 1)) * period + kept % (period - 1);
}

// ---- Organizations and people

TenantData::TenantData(TenantKind kind, quint64 seed) : m_kind(kind), m_seed(seed)
{
    const auto &names = pools::organizationNames();
    // Seed 1 (the default) starts at contoso; every other seed shifts through the list.
    const quint64 poolSize = quint64(names.size());
    const qsizetype first = qsizetype((seed % poolSize + poolSize - 1) % poolSize);
    const int organizationCount = kind == TenantKind::Demo ? 2 : 1;
    for (int i = 0; i < organizationCount; ++i) {
        const pools::OrganizationName &name = names.at((first + i) % names.size());
        DetRandom random(seed, "organization", {quint64(i)});
        Organization o;
        o.id = ids::guid(seed, "organization", 0, payloadOf({}, {quint8(i)}));
        o.name = name.domainLabel + u".onmicrosoft.com"_s;
        o.officeName = name.officeName;
        m_domainLabels << name.domainLabel;
        if (kind == TenantKind::Large) {
            o.description = u"Large synthetic tenant: 10,000 mailboxes and OneDrives"_s;
            o.isBackedUp = true;
            o.firstBackupTime = utc(2024, 1, 10, 1).addSecs(qint64(random.below(3600)));
            o.lastBackupTime = utc(2026, 11, 21, 1).addSecs(qint64(random.below(3600)));
        } else if (i == 0) {
            o.description = u"Demo organization"_s;
            o.isBackedUp = true;
            o.firstBackupTime = utc(2025, 3, 1, 1).addDays(qint64(random.below(30))).addSecs(qint64(random.below(3600)));
            o.lastBackupTime = utc(2026, 11, 20, 1).addSecs(qint64(random.below(3600)));
        } else {
            o.description = u"Added to the backup infrastructure, never backed up"_s;
            o.type = OrganizationType::Hybrid;
            o.region = OrganizationRegion::Germany;
        }
        o.isTeamsOnline = kind == TenantKind::Demo && i == 0; // only the demo's Contoso licenses Teams
        m_organizations << o;

        DetRandom order(seed, "people-order", {quint64(i)});
        m_firstNameOrder << order.permutation(int(pools::firstNames().size()));
        m_lastNameOrder << order.permutation(int(pools::lastNames().size()));
    }
}

std::optional<int> TenantData::organizationIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_organizations.size(); ++i) {
        if (m_organizations.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return std::nullopt;
}

qint64 TenantData::userCount(int o) const
{
    if (m_kind == TenantKind::Large)
        return largeUsers;
    return o == 0 ? demoUsers : demoSecondOrgUsers;
}

Person TenantData::person(int o, qint64 user) const
{
    const QStringList &firsts = pools::firstNames();
    const QStringList &lasts = pools::lastNames();
    Person p;
    if (m_kind == TenantKind::Demo) {
        // Distinct names: walk two seeded permutations of the pools.
        p.firstName = firsts.at(m_firstNameOrder.at(o).at(user % firsts.size()));
        p.lastName = lasts.at(m_lastNameOrder.at(o).at(user % lasts.size()));
        p.alias = asciiFold(p.firstName) + QLatin1Char('.') + asciiFold(p.lastName);
    } else {
        DetRandom random(m_seed, "person", {quint64(o), quint64(user)});
        p.firstName = random.pick(firsts);
        p.lastName = random.pick(lasts);
        p.alias = asciiFold(p.firstName) + QLatin1Char('.') + asciiFold(p.lastName) + QString::number(user);
    }
    p.displayName = p.firstName + QLatin1Char(' ') + p.lastName;
    p.email = p.alias + QLatin1Char('@') + org(o).name;
    return p;
}

// ---- Mailboxes

qint64 TenantData::mailboxCount(int o) const
{
    // The demo's first organization has one online archive (of its first user) after the user mailboxes.
    return userCount(o) + (m_kind == TenantKind::Demo && o == 0 ? 1 : 0);
}

Mailbox TenantData::mailbox(int o, qint64 index) const
{
    const bool archive = index >= userCount(o);
    const Person owner = person(o, archive ? 0 : index);
    Mailbox m;
    m.id = ids::guid(m_seed, "mailbox", quint64(o), payloadOf({{0, quint32(index)}}));
    m.name = archive ? u"In-Place Archive - "_s + owner.displayName : owner.displayName;
    m.email = owner.email;
    m.isArchive = archive;
    return m;
}

std::optional<qint64> TenantData::mailboxIndex(int o, const QString &id) const
{
    const std::optional<ids::Payload> payload = ids::guidPayload(m_seed, "mailbox", quint64(o), id);
    if (!payload)
        return std::nullopt;
    const qint64 index = ids::get32(*payload, 0);
    if (index >= mailboxCount(o) || (*payload)[4] != 0 || (*payload)[5] != 0 || (*payload)[6] != 0)
        return std::nullopt;
    return index;
}

// ---- Mail folders and items

int TenantData::mailFolderSlots() const { return int(mailFolderShapes().size()); }

bool TenantData::mailFolderExists(int, qint64 mailbox, int folder) const
{
    if (folder < 0 || folder >= mailFolderSlots())
        return false;
    const MailFolderShape &shape = mailFolderShapes().at(folder);
    return !shape.onlyFirstLargeMailbox || (m_kind == TenantKind::Large && mailbox == 0);
}

int TenantData::mailFolderParent(int folder) const { return mailFolderShapes().at(folder).parent; }

bool TenantData::mailFolderDeleted(int folder) const { return mailFolderShapes().at(folder).deleted; }

MailFolder TenantData::mailFolder(int o, qint64 mailbox, int folder) const
{
    const MailFolderShape &shape = mailFolderShapes().at(folder);
    MailFolder f;
    f.id = ids::exchangeId(m_seed, "mail-folder", scope(o, mailbox), payloadOf({}, {quint8(folder)}));
    f.mailboxId = this->mailbox(o, mailbox).id;
    if (shape.parent >= 0)
        f.parentId = ids::exchangeId(m_seed, "mail-folder", scope(o, mailbox), payloadOf({}, {quint8(shape.parent)}));
    f.name = shape.name;
    f.type = shape.type;
    f.category = shape.category;
    f.isDeleted = shape.deleted;
    if (shape.onlyFirstLargeMailbox)
        f.description = u"%L1 archived messages"_s.arg(archive100kItems);
    return f;
}

std::optional<int> TenantData::mailFolderIndex(int o, qint64 mailbox, const QString &id) const
{
    const std::optional<ids::Payload> payload = ids::exchangeIdPayload(m_seed, "mail-folder", scope(o, mailbox), id);
    if (!payload)
        return std::nullopt;
    const int folder = (*payload)[0];
    for (size_t i = 1; i < payload->size(); ++i) {
        if ((*payload)[i] != 0)
            return std::nullopt;
    }
    if (!mailFolderExists(o, mailbox, folder))
        return std::nullopt;
    return folder;
}

DeletionPattern TenantData::mailItemPattern(int o, qint64 mailbox, int folder) const
{
    const MailFolderShape &shape = mailFolderShapes().at(folder);
    const CountRange range = m_kind == TenantKind::Demo ? shape.demoItems : shape.largeItems;
    DetRandom random(m_seed, "mail-folder-size", {scope(o, mailbox), quint64(folder)});
    DeletionPattern pattern;
    pattern.count = random.between(range.minimum, range.maximum);
    pattern.period = shape.deletedPeriod;
    pattern.allDeleted = shape.deleted;
    return pattern;
}

QDateTime TenantData::itemTime(int o, qint64 raw, qint64 count, quint64 key) const
{
    // Newest first: item 0 arrived shortly before the last backup, later items step back in time.
    const QDateTime last = org(o).lastBackupTime.value_or(utc(2026, 1, 1));
    const qint64 span = 540LL * 24 * 3600;
    const qint64 step = std::max<qint64>(60, span / std::max<qint64>(count, 1));
    DetRandom random(key);
    return last.addSecs(-(raw + 1) * step - qint64(random.below(quint64(step / 2 + 1))));
}

qint64 TenantData::mailItemsNewerThan(int o, qint64 mailbox, int folder, const QDateTime &pointInTime) const
{
    // Item times strictly decrease with the raw index (the jitter is below one step), so binary search.
    const qint64 count = mailItemPattern(o, mailbox, folder).count;
    qint64 low = 0;
    qint64 high = count;
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        const quint64 key = entityKey(m_seed, "mail-item", {scope(o, mailbox), quint64(folder), quint64(middle)});
        if (itemTime(o, middle, count, key) > pointInTime)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

std::optional<std::pair<int, qint64>> TenantData::mailItemAddress(int o, qint64 mailbox, const QString &id) const
{
    const std::optional<ids::Payload> payload = ids::exchangeIdPayload(m_seed, "mail-item", scope(o, mailbox), id);
    if (!payload)
        return std::nullopt;
    const int folder = (*payload)[0];
    const qint64 raw = ids::get32(*payload, 1);
    if ((*payload)[5] != 0 || (*payload)[6] != 0 || (*payload)[7] != 0 || !mailFolderExists(o, mailbox, folder)
        || raw >= mailItemPattern(o, mailbox, folder).count)
        return std::nullopt;
    return std::pair{folder, raw};
}

MailItem TenantData::mailItem(int o, qint64 mailbox, int folder, qint64 raw) const
{
    const MailFolderShape &shape = mailFolderShapes().at(folder);
    const DeletionPattern pattern = mailItemPattern(o, mailbox, folder);
    const quint64 key = entityKey(m_seed, "mail-item", {scope(o, mailbox), quint64(folder), quint64(raw)});
    DetRandom random(key);
    const qint64 users = userCount(o);
    const qint64 ownerIndex = mailbox >= users ? 0 : mailbox;
    const Person owner = person(o, ownerIndex);
    auto colleague = [&] {
        qint64 other = qint64(random.below(quint64(users)));
        if (other == ownerIndex)
            other = (other + 1) % users;
        return person(o, other);
    };
    const QString project = random.pick(pools::projectNames());
    // Subject templates may name the project with %1 (QString::arg would warn on those without).
    auto withProject = [&project](QString text) { return text.replace(u"%1"_s, project); };

    MailItem item;
    item.id = ids::exchangeId(m_seed, "mail-item", scope(o, mailbox), payloadOf({{1, quint32(raw)}}, {quint8(folder)}));
    item.mailboxId = this->mailbox(o, mailbox).id;
    item.folderId = ids::exchangeId(m_seed, "mail-folder", scope(o, mailbox), payloadOf({}, {quint8(folder)}));
    item.isDeleted = pattern.isDeleted(raw);
    const QDateTime when = itemTime(o, raw, pattern.count, key);

    QStringList body;
    for (qint64 i = random.between(2, 5); i > 0; --i)
        body << random.pick(pools::sentences());

    switch (shape.type) {
    case MailFolderType::Appointment: {
        item.kind = MailItemKind::Appointment;
        item.itemClass = u"IPM.Appointment"_s;
        item.subject = withProject(random.pick(pools::meetingSubjects()));
        item.organizer = random.chance(50) ? owner.email : colleague().email;
        for (qint64 i = random.between(1, 4); i > 0; --i)
            item.attendees << colleague().email;
        item.startTime = when.addDays(qint64(random.below(60)));
        item.startTime.setTime(QTime(int(random.between(8, 16)), random.chance(50) ? 0 : 30));
        item.endTime = item.startTime.addSecs(60 * 30 * random.between(1, 4));
        item.location = random.pick(pools::meetingLocations());
        item.recurring = random.chance(25);
        item.body = body.join(QLatin1Char(' '));
        return item;
    }
    case MailFolderType::Contact: {
        const Person contact = colleague();
        item.kind = MailItemKind::Contact;
        item.itemClass = u"IPM.Contact"_s;
        item.fullName = contact.displayName;
        item.subject = contact.displayName;
        item.email = contact.email;
        item.company = org(o).officeName;
        item.jobTitle = random.pick(pools::jobTitles());
        item.businessPhone = u"+1 425 555 %1"_s.arg(random.between(0, 9999), 4, 10, QLatin1Char('0'));
        item.mobilePhone = u"+1 206 555 %1"_s.arg(random.between(0, 9999), 4, 10, QLatin1Char('0'));
        item.fileAs = contact.lastName + u", "_s + contact.firstName;
        return item;
    }
    case MailFolderType::Task: {
        item.kind = MailItemKind::Task;
        item.itemClass = u"IPM.Task"_s;
        item.subject = withProject(random.pick(pools::taskSubjects()));
        item.taskStatus = TaskStatus(random.below(5));
        item.percentComplete = item.taskStatus == TaskStatus::Completed ? 100
                               : item.taskStatus == TaskStatus::NotStarted ? 0
                                                                           : int(random.between(10, 90));
        item.startDate = when;
        item.dueDate = when.addDays(random.between(1, 30));
        item.owner = owner.displayName;
        item.body = body.join(QLatin1Char(' '));
        return item;
    }
    case MailFolderType::Journal:
    case MailFolderType::StickyNote:
    case MailFolderType::None:
        break;
    }

    item.kind = MailItemKind::Message;
    item.itemClass = random.chance(6) ? u"IPM.Schedule.Meeting.Request"_s : u"IPM.Note"_s;
    item.subject = withProject(random.pick(pools::messageSubjects()));
    const bool outgoing = shape.category == MailFolderCategory::Sent || shape.category == MailFolderCategory::Drafts
                          || shape.category == MailFolderCategory::Outbox;
    if (outgoing) {
        item.from = owner.email;
        for (qint64 i = random.between(1, 3); i > 0; --i)
            item.to << colleague().email;
        if (random.chance(30))
            item.cc << colleague().email;
        if (random.chance(10))
            item.bcc << colleague().email;
    } else {
        const bool external = shape.category == MailFolderCategory::Junk || shape.name == u"Newsletters"_s
                              || random.chance(25);
        item.from = external ? random.pick(pools::externalSenders()) : colleague().email;
        item.to << owner.email;
        if (random.chance(35))
            item.cc << colleague().email;
    }
    if (shape.category != MailFolderCategory::Drafts) {
        item.sent = when.addSecs(-qint64(random.below(300)) - 1);
        item.received = when;
    }
    item.importance = random.chance(10) ? Importance::High : random.chance(5) ? Importance::Low : Importance::Normal;
    item.reminder = random.chance(8);
    if (random.chance(30)) {
        for (qint64 i = random.between(1, 2); i > 0; --i)
            item.attachments << MailAttachment{random.pick(pools::attachmentNames()), random.between(8 * 1024, 2 * 1024 * 1024)};
    }
    body.prepend(u"Hi %1,"_s.arg(owner.firstName));
    body << QString() << u"Best regards"_s;
    item.body = body.join(QLatin1Char('\n'));
    return item;
}

// ---- OneDrives

qint64 TenantData::driveCount(int o) const { return userCount(o); }

OneDrive TenantData::oneDrive(int o, qint64 drive) const
{
    const Person owner = person(o, drive);
    OneDrive d;
    const ids::Payload payload = payloadOf({{0, quint32(drive)}});
    d.id = ids::guid(m_seed, "onedrive-site", quint64(o), payload) + ids::guid(m_seed, "onedrive-web", quint64(o), payload);
    d.name = owner.displayName;
    d.email = owner.email;
    QString personal = owner.email;
    personal.replace(QLatin1Char('.'), QLatin1Char('_')).replace(QLatin1Char('@'), QLatin1Char('_'));
    d.url = u"https://%1-my.sharepoint.com/personal/%2"_s.arg(domainLabel(o), personal);
    return d;
}

std::optional<qint64> TenantData::driveIndex(int o, const QString &id) const
{
    if (id.size() != 72)
        return std::nullopt;
    const std::optional<ids::Payload> payload = ids::guidPayload(m_seed, "onedrive-web", quint64(o), id.mid(36));
    if (!payload)
        return std::nullopt;
    const qint64 drive = ids::get32(*payload, 0);
    if (drive >= driveCount(o) || oneDrive(o, drive).id.compare(id, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return drive;
}

int TenantData::driveContainers() const { return int(driveContainerShapes().size()); }

int TenantData::driveContainerParent(int container) const { return driveContainerShapes().at(container).parent; }

bool TenantData::driveContainerDeleted(int container) const { return driveContainerShapes().at(container).deleted; }

QString TenantData::driveFolderId(int o, qint64 drive, int container) const
{
    if (container <= 0)
        return {};
    return ids::guid(m_seed, "drive-item", scope(o, drive), payloadOf({}, {1, quint8(container)}));
}

DriveItem TenantData::driveFolder(int o, qint64 drive, int container) const
{
    const DriveContainerShape &shape = driveContainerShapes().at(container);
    const Person owner = person(o, drive);
    const QDateTime first = org(o).firstBackupTime.value_or(utc(2025, 1, 1));
    DetRandom random(m_seed, "drive-folder", {scope(o, drive), quint64(container)});
    DriveItem f;
    f.id = driveFolderId(o, drive, container);
    f.oneDriveId = oneDrive(o, drive).id;
    f.parentId = driveFolderId(o, drive, shape.parent);
    f.name = shape.name;
    f.isFolder = true;
    f.version = u"1.0"_s;
    f.versionId = 1;
    f.createdBy = owner.displayName;
    f.modifiedBy = owner.displayName;
    f.creationTime = first.addDays(-random.between(200, 900)).addSecs(qint64(random.below(86400)));
    f.modificationTime = f.creationTime.addDays(random.between(0, 150));
    f.isDeleted = shape.deleted;
    return f;
}

DeletionPattern TenantData::documentPattern(int o, qint64 drive, int container) const
{
    const DriveContainerShape &shape = driveContainerShapes().at(container);
    DeletionPattern pattern;
    pattern.period = shape.deletedPeriod;
    pattern.allDeleted = shape.deleted;
    if (m_kind == TenantKind::Large && drive == 0 && container == recordingsContainer) {
        pattern.count = 1; // the 4 GiB document
        return pattern;
    }
    const CountRange range = m_kind == TenantKind::Demo ? shape.demoDocuments : shape.largeDocuments;
    DetRandom random(m_seed, "drive-container-size", {scope(o, drive), quint64(container)});
    pattern.count = random.between(range.minimum, range.maximum);
    return pattern;
}

DocumentBlueprint TenantData::document(int o, qint64 drive, int container, qint64 index) const
{
    const DriveContainerShape &shape = driveContainerShapes().at(container);
    DetRandom random(m_seed, "document", {scope(o, drive), quint64(container), quint64(index)});
    DocumentBlueprint d;
    d.organization = o;
    d.drive = drive;
    d.container = container;
    d.index = index;
    d.id = ids::guid(m_seed, "drive-item", scope(o, drive), payloadOf({{2, quint32(index)}}, {2, quint8(container)}));
    d.oneDriveId = oneDrive(o, drive).id;
    d.parentId = driveFolderId(o, drive, container);
    d.format = shape.formats.at(qsizetype(random.below(quint64(shape.formats.size()))));
    d.contentKey = random.next();
    d.isDeleted = documentPattern(o, drive, container).isDeleted(index);

    // Titles walk the pool from a per-folder offset, so names inside one folder never repeat.
    const QStringList &titles = d.format == DocumentFormat::Png     ? pools::pictureTitles()
                                : d.format == DocumentFormat::Video ? pools::recordingTitles()
                                                                    : pools::documentTitles();
    DetRandom folderRandom(m_seed, "document-titles", {scope(o, drive), quint64(container)});
    const qint64 start = qint64(folderRandom.below(quint64(titles.size())));
    QString title = titles.at((start + index) % titles.size());
    if (index >= titles.size())
        title += u" (%1)"_s.arg(index / titles.size() + 1);

    if (d.format == DocumentFormat::Video) {
        if (m_kind == TenantKind::Large && drive == 0) {
            title = pools::recordingTitles().first();
            d.binarySize = largeRecordingBytes;
        } else {
            d.binarySize = random.between(512 * 1024, 4 * 1024 * 1024);
        }
        d.versionCount = 1;
    } else {
        // The first document of "Documents" always has history, so every demo OneDrive shows versions.
        const bool forced = container == 1 && index == 0;
        d.versionCount = forced ? 3 : random.chance(40) ? int(random.between(2, 4)) : 1;
    }
    d.latestVersion = d.versionCount;
    d.name = title + QLatin1Char('.') + extensionOf(d.format);

    const Person owner = person(o, drive);
    d.owner = owner.displayName;
    const qint64 users = userCount(o);
    d.colleague = person(o, (drive + 1 + qint64(random.below(quint64(users - 1)))) % users).displayName;
    const QDateTime first = org(o).firstBackupTime.value_or(utc(2025, 1, 1));
    const QDateTime last = org(o).lastBackupTime.value_or(utc(2026, 1, 1));
    d.created = first.addDays(-random.between(30, 400)).addSecs(qint64(random.below(86400)));
    d.lastModified = d.created.addSecs(qint64(random.below(quint64(d.created.secsTo(last)))));
    // A separate stream, so this rule never shifts the values drawn above.
    DetRandom production(m_seed, "document-production", {scope(o, drive), quint64(container), quint64(index)});
    d.editedInProduction = !d.isDeleted && ((container == 1 && index == 1) || production.chance(25));
    return d;
}

DriveItem TenantData::documentVersion(const DocumentBlueprint &document, int versionId) const
{
    DriveItem item;
    item.id = document.id;
    item.oneDriveId = document.oneDriveId;
    item.parentId = document.parentId;
    item.name = document.name;
    item.version = u"%1.0"_s.arg(versionId);
    item.versionId = versionId;
    item.versionCount = versionId == document.latestVersion ? document.latestVersion : 1;
    item.createdBy = document.owner;
    item.creationTime = document.created;
    item.modificationTime = versionTime(document, versionId);
    item.modifiedBy = versionId % 2 == 0 ? document.colleague : document.owner;
    item.isDeleted = document.isDeleted;
    item.inheritedPermissions = document.container != 0;
    item.sizeBytes = documentContentSize(documentContent(document, versionId));
    return item;
}

QDateTime TenantData::versionTime(const DocumentBlueprint &document, int versionId)
{
    // Version 1 is the upload (creation); later ones are spread evenly up to the last modification.
    if (document.versionCount <= 1)
        return document.created;
    return document.created.addSecs(document.created.secsTo(document.lastModified) * (versionId - 1)
                                    / (document.versionCount - 1));
}

DocumentContentSpec TenantData::documentContent(const DocumentBlueprint &document, int versionId) const
{
    DocumentContentSpec spec;
    spec.format = document.format;
    spec.key = document.contentKey;
    spec.version = versionId;
    spec.title = document.name.section(QLatin1Char('.'), 0, -2);
    spec.author = versionId % 2 == 0 ? document.colleague : document.owner;
    spec.modified = versionTime(document, versionId);
    spec.binarySize = document.binarySize;
    return spec;
}

std::optional<DriveItemAddress> TenantData::driveItemAddress(int o, qint64 drive, const QString &id) const
{
    const std::optional<ids::Payload> payload = ids::guidPayload(m_seed, "drive-item", scope(o, drive), id);
    if (!payload)
        return std::nullopt;
    const quint8 kind = (*payload)[0];
    const int container = (*payload)[1];
    if (container >= driveContainers())
        return std::nullopt;
    if (kind == 1 && container > 0 && ids::get32(*payload, 2) == 0 && (*payload)[6] == 0)
        return DriveItemAddress{true, container, 0};
    if (kind == 2 && (*payload)[6] == 0) {
        const qint64 index = ids::get32(*payload, 2);
        if (index < documentPattern(o, drive, container).count)
            return DriveItemAddress{false, container, index};
    }
    return std::nullopt;
}

} // namespace vb365emu
