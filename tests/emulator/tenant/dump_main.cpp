// vb365-emu-tenant-dump: prints the generated tenant as a tree (organizations, mailboxes with folder and item
// counts, OneDrives with folders, documents, sizes, versions and deleted flags). For documentation and for
// finding ids to use in manual tests.

#include "tenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace vb365emu;
using namespace Qt::StringLiterals;

namespace {

constexpr PageRange everything{0, 1'000'000};

QString flags(bool deleted, int versionCount = 1)
{
    QStringList parts;
    if (deleted)
        parts << u"deleted"_s;
    if (versionCount > 1)
        parts << u"%1 versions"_s.arg(versionCount);
    return parts.isEmpty() ? QString() : u"  [%1]"_s.arg(parts.join(u", "_s));
}

void printMailbox(QTextStream &out, const TenantView &view, const Mailbox &mailbox)
{
    out << u"  mailbox %1 <%2>%3  id %4\n"_s.arg(mailbox.name, mailbox.email,
                                                  mailbox.isArchive ? u" (archive)"_s : QString(), mailbox.id);
    const auto folders = view.mailFolders(mailbox.id, ParentSelector::everything(), everything);
    for (const MailFolder &folder : folders ? folders->items : QList<MailFolder>()) {
        int depth = 0;
        for (QString parent = folder.parentId; !parent.isEmpty(); parent = view.mailFolder(mailbox.id, parent)->parentId)
            ++depth;
        const auto items = view.mailItems(mailbox.id, ParentSelector::childrenOf(folder.id), everything);
        qint64 deleted = 0;
        for (const MailItem &item : items->items)
            deleted += item.isDeleted ? 1 : 0;
        out << u"    %1%2 (%3, %4 items, %5 deleted)%6\n"_s.arg(QString(depth * 2, QLatin1Char(' ')), folder.name,
                                                                wireName(folder.type))
                   .arg(items->totalCount)
                   .arg(deleted)
                   .arg(flags(folder.isDeleted));
    }
}

void printDriveLevel(QTextStream &out, const TenantView &view, const OneDrive &drive, const ParentSelector &parent,
                     int depth)
{
    const auto entries = view.driveDocuments(drive.id, parent, everything, true);
    for (const DriveItem &item : entries ? entries->items : QList<DriveItem>()) {
        const QString indent(depth * 2 + 4, QLatin1Char(' '));
        if (item.isFolder) {
            out << indent << item.name << u"/"_s << flags(item.isDeleted) << u"\n"_s;
            printDriveLevel(out, view, drive, ParentSelector::childrenOf(item.id), depth + 1);
        } else {
            out << indent << item.name << u"  %1 bytes"_s.arg(item.sizeBytes)
                << flags(item.isDeleted, item.versionCount) << u"\n"_s;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the generated tenant of vb365-emulator."_s);
    parser.addHelpOption();
    const QCommandLineOption tenantOption(u"tenant"_s, u"demo or large."_s, u"name"_s, u"demo"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated tenant."_s, u"n"_s, u"1"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"At most this many mailboxes and OneDrives."_s, u"n"_s, u"50"_s);
    parser.addOptions({tenantOption, seedOption, limitOption});
    parser.process(app);

    QTextStream err(stderr);
    const std::optional<TenantKind> kind = tenantKindFromName(parser.value(tenantOption));
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    bool limitOk = false;
    const qint64 limit = parser.value(limitOption).toLongLong(&limitOk);
    if (!kind || !seedOk || !limitOk) {
        err << "vb365-emu-tenant-dump: --tenant must be demo or large, --seed and --limit numbers\n";
        return 2;
    }

    QTextStream out(stdout);
    const Tenant tenant(*kind, seed);
    for (const Organization &org : tenant.organizations()) {
        out << u"organization %1 (%2, %3, %4)  id %5\n"_s.arg(org.name, org.officeName, wireName(org.type),
                                                               wireName(org.region), org.id);
        if (!org.isBackedUp) {
            out << u"  never backed up: no restore points, explore shows no data\n"_s;
            continue;
        }
        out << u"  backups from %1 to %2\n"_s.arg(org.firstBackupTime->toString(Qt::ISODate),
                                                  org.lastBackupTime->toString(Qt::ISODate));
        const TenantView view = *tenant.view({org.id, std::nullopt, true, true});
        const Page<Mailbox> mailboxes = view.mailboxes({0, limit});
        out << u"  %1 mailboxes\n"_s.arg(mailboxes.totalCount);
        for (const Mailbox &mailbox : mailboxes.items)
            printMailbox(out, view, mailbox);
        const Page<OneDrive> drives = view.oneDrives({0, limit});
        out << u"  %1 OneDrives\n"_s.arg(drives.totalCount);
        for (const OneDrive &drive : drives.items) {
            out << u"  onedrive %1  %2\n"_s.arg(drive.name, drive.url);
            printDriveLevel(out, view, drive, ParentSelector::topLevel(), 0);
        }
    }
    return 0;
}
