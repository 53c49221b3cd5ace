// The generated tenant: determinism, id formats, lookups, paging, deleted items, versions, point in time,
// and the lazy large tenant.
#include "tenant.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace vb365emu;
using namespace Qt::StringLiterals;

namespace {

constexpr PageRange everything{0, 1'000'000};

// Range-for over `optional->items` would dangle (the optional is a temporary): copy the items out.
template <typename T>
QList<T> itemsOf(const std::optional<Page<T>> &page)
{
    return page ? page->items : QList<T>();
}

TenantView demoView(const Tenant &tenant, bool showDeleted = false, bool showAllVersions = false)
{
    ExploreScope scope{tenant.organizations().first().id, std::nullopt, showDeleted, showAllVersions};
    return *tenant.view(scope);
}

// Every mail item and drive document of the first mailbox/OneDrive, rendered into one string.
QString fingerprint(const Tenant &tenant)
{
    const TenantView view = demoView(tenant, true, true);
    QStringList parts;
    for (const Organization &o : tenant.organizations())
        parts << o.id << o.name << o.officeName;
    for (const Mailbox &m : view.mailboxes(everything).items)
        parts << m.id << m.name << m.email;
    const Mailbox first = view.mailboxes({0, 1}).items.first();
    for (const MailItem &item : itemsOf(view.mailItems(first.id, ParentSelector::everything(), everything)))
        parts << item.id << item.subject << item.from << item.body << item.received.toString(Qt::ISODate);
    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    parts << drive.id << drive.url;
    for (const DriveItem &d : itemsOf(view.driveDocuments(drive.id, ParentSelector::everything(), everything, true)))
        parts << d.id << d.name << QString::number(d.sizeBytes) << d.modificationTime.toString(Qt::ISODate);
    return parts.join(QLatin1Char('|'));
}

template <typename T>
QStringList idsOf(const QList<T> &entities)
{
    QStringList ids;
    for (const T &entity : entities)
        ids << entity.id;
    return ids;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

TEST(EmulatorTenant, SameSeedGivesIdenticalData)
{
    EXPECT_EQ(fingerprint(Tenant(TenantKind::Demo, 7)), fingerprint(Tenant(TenantKind::Demo, 7)));
}

TEST(EmulatorTenant, DifferentSeedGivesDifferentNamesAndIds)
{
    const Tenant a(TenantKind::Demo, 1);
    const Tenant b(TenantKind::Demo, 2);
    EXPECT_NE(a.organizations().first().id, b.organizations().first().id);
    EXPECT_NE(a.organizations().first().name, b.organizations().first().name);
    const Mailbox ma = demoView(a).mailboxes({0, 1}).items.first();
    const Mailbox mb = demoView(b).mailboxes({0, 1}).items.first();
    EXPECT_NE(ma.id, mb.id);
    EXPECT_NE(fingerprint(a), fingerprint(b));
}

TEST(EmulatorTenant, DemoHasTwoOrganizationsOneNeverBackedUp)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const QList<Organization> orgs = tenant.organizations();
    ASSERT_EQ(orgs.size(), 2);
    EXPECT_EQ(orgs.at(0).name, u"contoso.onmicrosoft.com"_s);
    EXPECT_TRUE(orgs.at(0).isBackedUp);
    ASSERT_TRUE(orgs.at(0).firstBackupTime && orgs.at(0).lastBackupTime);
    EXPECT_LT(*orgs.at(0).firstBackupTime, *orgs.at(0).lastBackupTime);
    EXPECT_FALSE(orgs.at(1).isBackedUp);
    EXPECT_FALSE(orgs.at(1).firstBackupTime.has_value());
    EXPECT_FALSE(orgs.at(1).lastBackupTime.has_value());
    EXPECT_TRUE(tenant.organization(orgs.at(1).id.toUpper()).has_value());
    EXPECT_FALSE(tenant.organization(u"00000000-0000-0000-0000-000000000000"_s).has_value());
}

TEST(EmulatorTenant, DemoMailboxesIncludeOneArchive)
{
    const TenantView view = demoView(Tenant(TenantKind::Demo, 1));
    const Page<Mailbox> page = view.mailboxes(everything);
    EXPECT_EQ(page.totalCount, 13);
    int archives = 0;
    QSet<QString> emails;
    for (const Mailbox &m : page.items) {
        archives += m.isArchive ? 1 : 0;
        if (!m.isArchive)
            emails.insert(m.email);
        EXPECT_TRUE(QRegularExpression(u"^[a-z]+\\.[a-z]+@contoso\\.onmicrosoft\\.com$"_s).match(m.email).hasMatch())
            << m.email.toStdString();
    }
    EXPECT_EQ(archives, 1);
    EXPECT_EQ(emails.size(), 12) << "user e-mail addresses must be distinct";
}

TEST(EmulatorTenant, ExchangeIdsContainPlusSlashAndEquals)
{
    const TenantView view = demoView(Tenant(TenantKind::Demo, 3), true);
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    const auto folders = view.mailFolders(mailbox.id, ParentSelector::everything(), everything);
    ASSERT_TRUE(folders);
    ASSERT_GT(folders->items.size(), 10);
    const auto items = view.mailItems(mailbox.id, ParentSelector::everything(), everything);
    ASSERT_TRUE(items);
    ASSERT_GT(items->items.size(), 50);
    QStringList ids;
    for (const MailFolder &f : itemsOf(folders))
        ids << f.id;
    for (const MailItem &i : itemsOf(items))
        ids << i.id;
    for (const QString &id : ids) {
        EXPECT_TRUE(id.contains(QLatin1Char('+')) && id.contains(QLatin1Char('/')) && id.endsWith(u"="_s))
            << id.toStdString();
    }
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()) << "ids must be unique";
}

TEST(EmulatorTenant, OneDriveAndDocumentIdFormats)
{
    const TenantView view = demoView(Tenant(TenantKind::Demo, 1));
    const QRegularExpression guid(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    const QRegularExpression twoGuids(u"^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}){2}$"_s);
    for (const OneDrive &d : view.oneDrives(everything).items) {
        EXPECT_EQ(d.id.size(), 72);
        EXPECT_TRUE(twoGuids.match(d.id).hasMatch()) << d.id.toStdString();
        EXPECT_TRUE(d.url.startsWith(u"https://contoso-my.sharepoint.com/personal/"_s)) << d.url.toStdString();
        EXPECT_TRUE(view.oneDrive(d.id.toUpper()).has_value());
    }
    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    for (const DriveItem &item : itemsOf(view.driveDocuments(drive.id, ParentSelector::everything(), everything, true)))
        EXPECT_TRUE(guid.match(item.id).hasMatch()) << item.id.toStdString();
    EXPECT_TRUE(guid.match(view.mailboxes({0, 1}).items.first().id).hasMatch());
}

TEST(EmulatorTenant, EveryListedEntityIsFoundByIdAndForgedIdsAreNot)
{
    const TenantView view = demoView(Tenant(TenantKind::Demo, 1), true, true);
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    const Mailbox other = view.mailboxes({1, 1}).items.first();
    for (const MailFolder &f : itemsOf(view.mailFolders(mailbox.id, ParentSelector::everything(), everything))) {
        const auto found = view.mailFolder(mailbox.id, f.id);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->name, f.name);
        EXPECT_FALSE(view.mailFolder(other.id, f.id)) << "a folder id of one mailbox must not resolve in another";
    }
    for (const MailItem &i : itemsOf(view.mailItems(mailbox.id, ParentSelector::everything(), everything))) {
        const auto found = view.mailItem(mailbox.id, i.id);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->subject, i.subject);
        EXPECT_EQ(found->folderId, i.folderId);
    }
    const MailItem item = view.mailItems(mailbox.id, ParentSelector::everything(), {0, 1})->items.first();
    QString forged = item.id;
    forged[10] = forged[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_FALSE(view.mailItem(mailbox.id, forged));
    EXPECT_FALSE(view.mailItem(mailbox.id, item.id.toLower())) << "Exchange ids are case-sensitive";
    EXPECT_FALSE(view.mailItem(mailbox.id, u"not base64 at all"_s));
    EXPECT_FALSE(view.mailbox(u"garbage"_s));

    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    for (const DriveItem &d : itemsOf(view.driveDocuments(drive.id, ParentSelector::everything(), everything, true))) {
        const auto found = view.driveItem(drive.id, d.id);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->name, d.name);
        EXPECT_EQ(found->isFolder, d.isFolder);
        EXPECT_EQ(found->sizeBytes, d.sizeBytes);
    }
}

TEST(EmulatorTenant, MailFolderTreeAndSelectors)
{
    const TenantView view = demoView(Tenant(TenantKind::Demo, 1));
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    const auto top = view.mailFolders(mailbox.id, ParentSelector::topLevel(), everything);
    ASSERT_TRUE(top);
    QStringList names;
    for (const MailFolder &f : itemsOf(top)) {
        names << f.name;
        EXPECT_TRUE(f.parentId.isEmpty());
    }
    EXPECT_EQ(names, (QStringList{u"Inbox"_s, u"Sent Items"_s, u"Deleted Items"_s, u"Drafts"_s, u"Junk Email"_s,
                                  u"Outbox"_s, u"Calendar"_s, u"Contacts"_s, u"Tasks"_s}));
    const MailFolder inbox = top->items.first();
    EXPECT_EQ(inbox.category, MailFolderCategory::Inbox);
    EXPECT_EQ(top->items.at(6).type, MailFolderType::Appointment);
    EXPECT_EQ(top->items.at(7).type, MailFolderType::Contact);
    const auto children = view.mailFolders(mailbox.id, ParentSelector::childrenOf(inbox.id), everything);
    ASSERT_TRUE(children);
    ASSERT_EQ(children->totalCount, 2);
    EXPECT_EQ(children->items.first().parentId, inbox.id);
    const auto all = view.mailFolders(mailbox.id, ParentSelector::everything(), everything);
    EXPECT_EQ(all->totalCount, 12);
    EXPECT_FALSE(view.mailFolders(mailbox.id, ParentSelector::childrenOf(u"AAAA"_s), everything));

    // Items of the calendar and contacts folders are of their kind.
    const auto appointments = view.mailItems(mailbox.id, ParentSelector::childrenOf(top->items.at(6).id), everything);
    ASSERT_TRUE(appointments && !appointments->items.isEmpty());
    EXPECT_EQ(appointments->items.first().itemClass, u"IPM.Appointment"_s);
    EXPECT_TRUE(appointments->items.first().startTime.isValid());
    const auto contacts = view.mailItems(mailbox.id, ParentSelector::childrenOf(top->items.at(7).id), everything);
    ASSERT_TRUE(contacts && !contacts->items.isEmpty());
    EXPECT_EQ(contacts->items.first().itemClass, u"IPM.Contact"_s);
    EXPECT_FALSE(contacts->items.first().email.isEmpty());
}

TEST(EmulatorTenant, PagesConcatenateToTheWholeList)
{
    const TenantView view = demoView(Tenant(TenantKind::Demo, 5), true);
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    const auto whole = view.mailItems(mailbox.id, ParentSelector::everything(), everything);
    ASSERT_TRUE(whole);
    QStringList paged;
    for (qint64 offset = 0; offset < whole->totalCount; offset += 7) {
        const auto page = view.mailItems(mailbox.id, ParentSelector::everything(), {offset, 7});
        EXPECT_EQ(page->totalCount, whole->totalCount);
        for (const MailItem &i : itemsOf(page))
            paged << i.id;
    }
    QStringList expected;
    for (const MailItem &i : itemsOf(whole))
        expected << i.id;
    EXPECT_EQ(paged, expected);
    EXPECT_TRUE(view.mailItems(mailbox.id, ParentSelector::everything(), {whole->totalCount, 30})->items.isEmpty());
    EXPECT_TRUE(view.mailItems(mailbox.id, ParentSelector::everything(), {0, 0})->items.isEmpty());

    // Everything = the sum of every folder.
    qint64 sum = 0;
    for (const MailFolder &f : itemsOf(view.mailFolders(mailbox.id, ParentSelector::everything(), everything)))
        sum += view.mailItems(mailbox.id, ParentSelector::childrenOf(f.id), {0, 0})->totalCount;
    EXPECT_EQ(sum, whole->totalCount);
}

TEST(EmulatorTenant, DeletedItemsOnlyWithShowDeleted)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView hiding = demoView(tenant, false);
    const TenantView showing = demoView(tenant, true);
    const Mailbox mailbox = hiding.mailboxes({0, 1}).items.first();
    const MailFolder inbox = hiding.mailFolders(mailbox.id, ParentSelector::topLevel(), {0, 1})->items.first();

    const auto visible = hiding.mailItems(mailbox.id, ParentSelector::childrenOf(inbox.id), everything);
    const auto all = showing.mailItems(mailbox.id, ParentSelector::childrenOf(inbox.id), everything);
    EXPECT_LT(visible->totalCount, all->totalCount);
    QList<MailItem> deleted;
    for (const MailItem &i : itemsOf(all)) {
        if (i.isDeleted)
            deleted << i;
    }
    ASSERT_EQ(deleted.size(), all->totalCount - visible->totalCount);
    for (const MailItem &i : itemsOf(visible))
        EXPECT_FALSE(i.isDeleted);
    EXPECT_FALSE(hiding.mailItem(mailbox.id, deleted.first().id));
    EXPECT_TRUE(showing.mailItem(mailbox.id, deleted.first().id));

    // The deleted folder "Old Projects" and its items.
    auto findOldProjects = [&](const TenantView &view) -> std::optional<MailFolder> {
        for (const MailFolder &f : itemsOf(view.mailFolders(mailbox.id, ParentSelector::topLevel(), everything))) {
            if (f.name == u"Old Projects"_s)
                return f;
        }
        return std::nullopt;
    };
    EXPECT_FALSE(findOldProjects(hiding));
    const auto oldProjects = findOldProjects(showing);
    ASSERT_TRUE(oldProjects);
    EXPECT_TRUE(oldProjects->isDeleted);
    EXPECT_FALSE(hiding.mailFolder(mailbox.id, oldProjects->id));
    const auto oldItems = showing.mailItems(mailbox.id, ParentSelector::childrenOf(oldProjects->id), everything);
    ASSERT_EQ(oldItems->totalCount, 4);
    EXPECT_TRUE(oldItems->items.first().isDeleted);

    // OneDrive: the deleted folder and deleted documents.
    const OneDrive drive = hiding.oneDrives({0, 1}).items.first();
    const auto hiddenDocs = hiding.driveDocuments(drive.id, ParentSelector::everything(), everything, true);
    const auto allDocs = showing.driveDocuments(drive.id, ParentSelector::everything(), everything, true);
    EXPECT_LT(hiddenDocs->totalCount, allDocs->totalCount);
    for (const DriveItem &d : itemsOf(hiddenDocs))
        EXPECT_FALSE(d.isDeleted) << d.name.toStdString();
    bool sawDeletedFolder = false;
    for (const DriveItem &d : itemsOf(allDocs)) {
        sawDeletedFolder = sawDeletedFolder || (d.isFolder && d.isDeleted && d.name == u"Old drafts"_s);
        if (d.isDeleted) {
            EXPECT_FALSE(hiding.driveItem(drive.id, d.id)) << d.name.toStdString();
        }
    }
    EXPECT_TRUE(sawDeletedFolder);
}

TEST(EmulatorTenant, DocumentVersionsOnlyWithShowAllVersions)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView latestOnly = demoView(tenant, false, false);
    const TenantView allVersions = demoView(tenant, false, true);
    const OneDrive drive = latestOnly.oneDrives({0, 1}).items.first();
    const DriveItem documents = latestOnly.driveFolders(drive.id, ParentSelector::topLevel(), {0, 1})->items.first();
    ASSERT_EQ(documents.name, u"Documents"_s);
    const DriveItem first = latestOnly.driveDocuments(drive.id, ParentSelector::childrenOf(documents.id), {0, 1})
                                ->items.first();
    EXPECT_EQ(first.versionId, 3);
    EXPECT_EQ(first.version, u"3.0"_s);
    EXPECT_EQ(first.versionCount, 3);

    EXPECT_EQ(latestOnly.documentVersions(drive.id, first.id, everything)->totalCount, 0);
    const auto versions = allVersions.documentVersions(drive.id, first.id, everything);
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->totalCount, 2);
    EXPECT_EQ(versions->items.at(0).versionId, 2);
    EXPECT_EQ(versions->items.at(1).versionId, 1);
    EXPECT_EQ(versions->items.at(1).version, u"1.0"_s);
    EXPECT_LT(versions->items.at(1).modificationTime, versions->items.at(0).modificationTime);
    EXPECT_LT(versions->items.at(0).modificationTime, first.modificationTime);
    EXPECT_TRUE(allVersions.documentVersion(drive.id, first.id, 1));
    EXPECT_FALSE(latestOnly.documentVersion(drive.id, first.id, 1));
    EXPECT_TRUE(latestOnly.documentVersion(drive.id, first.id, 3));
    EXPECT_FALSE(allVersions.documentVersion(drive.id, first.id, 4));
}

TEST(EmulatorTenant, PointInTimeBeforeFirstBackupHasNoData)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const Organization org = tenant.organizations().first();
    const auto before = tenant.view({org.id, org.firstBackupTime->addSecs(-1), false, false});
    ASSERT_TRUE(before);
    EXPECT_FALSE(before->hasData());
    EXPECT_EQ(before->mailboxes(everything).totalCount, 0);
    EXPECT_EQ(before->oneDrives(everything).totalCount, 0);
    const Mailbox known = demoView(tenant).mailboxes({0, 1}).items.first();
    EXPECT_FALSE(before->mailbox(known.id));

    const auto at = tenant.view({org.id, *org.firstBackupTime, false, false});
    EXPECT_TRUE(at->hasData());
    EXPECT_EQ(at->mailboxes(everything).totalCount, 13);

    const auto neverBackedUp = tenant.view({tenant.organizations().at(1).id, std::nullopt, false, false});
    ASSERT_TRUE(neverBackedUp);
    EXPECT_FALSE(neverBackedUp->hasData());
    EXPECT_EQ(neverBackedUp->mailboxes(everything).totalCount, 0);
    EXPECT_FALSE(tenant.view({u"nope"_s, std::nullopt, false, false}));
}

TEST(EmulatorTenant, LargeTenantIsLazy)
{
    const qint64 rssBefore = residentKiB();
    const Tenant tenant(TenantKind::Large, 1);
    const TenantView view = *tenant.view({tenant.organizations().first().id, std::nullopt, false, false});
    EXPECT_EQ(view.mailboxes({0, 30}).totalCount, 10000);
    EXPECT_EQ(view.oneDrives({0, 30}).totalCount, 10000);

    const Page<Mailbox> last = view.mailboxes({9999, 30});
    ASSERT_EQ(last.items.size(), 1);
    EXPECT_TRUE(view.mailbox(last.items.first().id));

    const Mailbox first = view.mailboxes({0, 1}).items.first();
    std::optional<MailFolder> archive;
    for (const MailFolder &f : itemsOf(view.mailFolders(first.id, ParentSelector::topLevel(), everything))) {
        if (f.name == u"Archive 100k"_s)
            archive = f;
    }
    ASSERT_TRUE(archive);
    // Page 3,300 (30 per page) of the 100,000-item folder.
    const auto page = view.mailItems(first.id, ParentSelector::childrenOf(archive->id), {3300 * 30, 30});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->totalCount, 100000);
    ASSERT_EQ(page->items.size(), 30);
    const auto again = view.mailItem(first.id, page->items.at(17).id);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->subject, page->items.at(17).subject);
    const auto tail = view.mailItems(first.id, ParentSelector::childrenOf(archive->id), {99990, 30});
    EXPECT_EQ(tail->items.size(), 10);

    // The archive folder exists only in the first mailbox.
    const Mailbox second = view.mailboxes({1, 1}).items.first();
    for (const MailFolder &f : itemsOf(view.mailFolders(second.id, ParentSelector::everything(), everything)))
        EXPECT_NE(f.name, u"Archive 100k"_s);

    // The 4 GiB document of the first OneDrive.
    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    std::optional<DriveItem> big;
    for (const DriveItem &d : itemsOf(view.driveDocuments(drive.id, ParentSelector::everything(), everything))) {
        if (d.sizeBytes == 4LL * 1024 * 1024 * 1024)
            big = d;
    }
    ASSERT_TRUE(big);
    EXPECT_TRUE(big->name.endsWith(u".mp4"_s));

    const qint64 rssAfter = residentKiB();
    ASSERT_GT(rssBefore, 0);
    // Everything above touched 10,000-entry and 100,000-entry lists; nothing of that may stay resident.
    EXPECT_LT(rssAfter - rssBefore, 20 * 1024) << "RSS grew from " << rssBefore << " KiB to " << rssAfter << " KiB";
}

TEST(EmulatorTenant, PointInTimeBetweenBackupsShowsTheStateOfThen)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const Organization org = tenant.organizations().first();
    const QDateTime then = org.firstBackupTime->addSecs(org.firstBackupTime->secsTo(*org.lastBackupTime) / 2);
    const TenantView now = *tenant.view({org.id, std::nullopt, true, true});
    const TenantView past = *tenant.view({org.id, then, true, true});
    EXPECT_EQ(past.mailboxes(everything).totalCount, now.mailboxes(everything).totalCount);

    // Mail: the past shows only what had arrived by then — the older end of every folder.
    const Mailbox mailbox = now.mailboxes({0, 1}).items.first();
    const MailFolder inbox = now.mailFolders(mailbox.id, ParentSelector::topLevel(), {0, 1})->items.first();
    const auto nowItems = now.mailItems(mailbox.id, ParentSelector::childrenOf(inbox.id), everything);
    const auto pastItems = past.mailItems(mailbox.id, ParentSelector::childrenOf(inbox.id), everything);
    ASSERT_GT(pastItems->totalCount, 0);
    ASSERT_LT(pastItems->totalCount, nowItems->totalCount);
    EXPECT_EQ(idsOf(pastItems->items), idsOf(nowItems->items.mid(nowItems->totalCount - pastItems->totalCount)));
    for (const MailItem &item : pastItems->items)
        EXPECT_LE(item.received, then);
    EXPECT_FALSE(past.mailItem(mailbox.id, nowItems->items.first().id)) << "arrived after the point in time";
    EXPECT_TRUE(past.mailItem(mailbox.id, pastItems->items.first().id));
    QList<MailItem> paged;
    for (qint64 offset = 0; offset < pastItems->totalCount; offset += 4)
        paged += past.mailItems(mailbox.id, ParentSelector::childrenOf(inbox.id), {offset, 4})->items;
    EXPECT_EQ(idsOf(paged), idsOf(pastItems->items));

    // OneDrive: documents created later are missing, the others show the version current then.
    const OneDrive drive = now.oneDrives({0, 1}).items.first();
    const auto nowDocs = now.driveDocuments(drive.id, ParentSelector::everything(), everything);
    const auto pastDocs = past.driveDocuments(drive.id, ParentSelector::everything(), everything);
    EXPECT_LE(pastDocs->totalCount, nowDocs->totalCount);
    bool olderVersionSeen = false;
    for (const DriveItem &document : pastDocs->items) {
        EXPECT_LE(document.creationTime, then);
        EXPECT_LE(document.modificationTime, then) << document.name.toStdString();
        const DriveItem latest = *now.driveItem(drive.id, document.id);
        EXPECT_LE(document.versionId, latest.versionId);
        olderVersionSeen = olderVersionSeen || document.versionId < latest.versionId;
        EXPECT_EQ(past.documentVersions(drive.id, document.id, everything)->totalCount, document.versionId - 1);
        EXPECT_FALSE(past.documentVersion(drive.id, document.id, document.versionId + 1));
    }
    EXPECT_TRUE(olderVersionSeen);

    // At (or after) the last backup the view is the latest state.
    const TenantView atLast = *tenant.view({org.id, org.lastBackupTime, true, true});
    EXPECT_EQ(atLast.mailItems(mailbox.id, ParentSelector::everything(), {0, 0})->totalCount,
              now.mailItems(mailbox.id, ParentSelector::everything(), {0, 0})->totalCount);
    EXPECT_EQ(atLast.driveDocuments(drive.id, ParentSelector::everything(), {0, 0})->totalCount,
              nowDocs->totalCount);
}
