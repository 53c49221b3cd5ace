#include "cli/pathresolver.h"

#include "cli/connection.h"
#include "cli/resolver.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"

namespace re::cli {

namespace {

ListQuery listOf(Collection collection, const QString &sessionId, const QString &containerId = {},
                 const QString &parentId = {})
{
    ListQuery query;
    query.collection = collection;
    query.sessionId = sessionId;
    query.containerId = containerId;
    query.parentId = parentId;
    return query;
}

Candidate candidateOf(const MailFolder &folder) { return {folder.id, {folder.name}, folder.name}; }
Candidate candidateOf(const OneDriveFolder &folder) { return {folder.id, {folder.name}, folder.name}; }
Candidate candidateOf(const MailItem &item) { return {item.id, {item.subject}, item.subject}; }
Candidate candidateOf(const OneDriveDocument &document) { return {document.id, {document.name}, document.name}; }
bool isFolderRow(const MailItem &) { return false; }
bool isFolderRow(const OneDriveDocument &document) { return document.isFolder; } // v7+ mixed listings

// How one kind of container (a mailbox, a OneDrive) is walked down to a folder or an item.
struct TreeShape
{
    Collection folders;
    Collection items;
    ResourceKind folderKind;
    ResourceKind itemKind;
    bool itemsAtTopLevel; // OneDrive documents sit in the root too; mail items only in folders
};

constexpr TreeShape kMailShape{Collection::MailFolders, Collection::MailItems, ResourceKind::MailFolder,
                               ResourceKind::MailItem, false};
constexpr TreeShape kDriveShape{Collection::OneDriveFolders, Collection::OneDriveDocuments,
                                ResourceKind::OneDriveFolder, ResourceKind::OneDriveDocument, true};

// Follows `remaining` from `current` (a mailbox or OneDrive) down through folders; the last step may
// name an item.
template <typename Folder, typename Item>
CliResult<PathSubject> walk(Connection &connection, const TreeShape &shape, PathSubject current, QStringView remaining)
{
    const QString sessionId = current.ref.sessionId;
    const QString containerId = current.ref.containerId;
    QString folderId;
    while (!remaining.isEmpty()) {
        CliResult<QList<Folder>> folders = connection.listAll<Folder>(listOf(shape.folders, sessionId, containerId, folderId));
        if (!folders)
            return unexpected(folders.error());
        QList<Candidate> candidates;
        for (const Folder &folder : folders.value())
            candidates.append(candidateOf(folder));
        CliResult<PathStep> step = resolvePathStep(candidates, remaining, Cli::tr("folders here"));
        if (step) {
            const Folder &folder = folders->at(step->index);
            folderId = folder.id;
            current.ref = {shape.folderKind, {}, sessionId, containerId, folder.id, {}};
            current.name = folder.name;
            current.oneDrive = {};
            remaining = remaining.mid(step->consumed);
            continue;
        }
        if (step.error().code != ExitCode::NotFound || (folderId.isEmpty() && !shape.itemsAtTopLevel))
            return unexpected(step.error());

        CliResult<QList<Item>> items = connection.listAll<Item>(listOf(shape.items, sessionId, containerId, folderId));
        if (!items)
            return unexpected(items.error());
        items->removeIf([](const Item &item) { return isFolderRow(item); });
        candidates.clear();
        for (const Item &item : items.value())
            candidates.append(candidateOf(item));
        CliResult<PathStep> itemStep = resolvePathStep(candidates, remaining, Cli::tr("folders or items here"));
        if (!itemStep)
            return unexpected(itemStep.error());
        const Candidate &item = candidates.at(itemStep->index);
        if (itemStep->consumed < remaining.size())
            return fail(ExitCode::NotFound, Cli::tr("\"%1\" is an item: nothing lies below it").arg(item.label));
        current.ref = {shape.itemKind, {}, sessionId, containerId, item.id, {}};
        current.name = item.label;
        current.oneDrive = {};
        return current;
    }
    return current;
}

} // namespace

CliResult<PathSubject> resolvePath(Connection &connection, const RestoreSession &session, const QString &path,
                                   CollectionRoot root)
{
    QStringView remaining(path);
    while (remaining.startsWith(u'/'))
        remaining = remaining.mid(1);
    const bool exchange = session.type == SessionType::Exchange;
    if (!exchange && session.type != SessionType::OneDrive)
        return fail(ExitCode::Usage, Cli::tr("PATHs name mailboxes or OneDrives: restore session %1 is neither an Exchange "
                                             "nor a OneDrive session").arg(session.id));
    const QString collection = exchange ? QStringLiteral("Mailboxes") : QStringLiteral("OneDrives");
    CliResult<PathStep> rootStep = resolvePathStep({{collection, {collection}, collection}}, remaining,
                                                   Cli::tr("contents of this session"));
    if (!rootStep)
        return unexpected(rootStep.error());
    remaining = remaining.mid(rootStep->consumed);

    if (remaining.isEmpty()) {
        if (!exchange || root == CollectionRoot::Refused)
            return fail(ExitCode::Usage, Cli::tr("%1: name a %2 below %3")
                                             .arg(path, exchange ? Cli::tr("mailbox") : Cli::tr("OneDrive"), collection));
        PathSubject organization;
        organization.ref.kind = ResourceKind::SessionOrganization;
        organization.ref.sessionId = session.id;
        organization.name = session.organization.isEmpty() ? session.name : session.organization;
        return organization;
    }

    QList<Candidate> candidates;
    PathSubject container;
    if (exchange) {
        CliResult<QList<Mailbox>> mailboxes = connection.listAll<Mailbox>(listOf(Collection::Mailboxes, session.id));
        if (!mailboxes)
            return unexpected(mailboxes.error());
        for (const Mailbox &mailbox : mailboxes.value())
            candidates.append({mailbox.id, {mailbox.name, mailbox.email}, mailbox.name});
        CliResult<PathStep> step = resolvePathStep(candidates, remaining, Cli::tr("mailboxes"));
        if (!step)
            return unexpected(step.error());
        const Mailbox &mailbox = mailboxes->at(step->index);
        container.ref = {ResourceKind::Mailbox, {}, session.id, mailbox.id, {}, {}};
        container.name = mailbox.name;
        return walk<MailFolder, MailItem>(connection, kMailShape, container, remaining.mid(step->consumed));
    }
    CliResult<QList<OneDrive>> drives = connection.listAll<OneDrive>(listOf(Collection::OneDrives, session.id));
    if (!drives)
        return unexpected(drives.error());
    for (const OneDrive &drive : drives.value())
        candidates.append({drive.id, {drive.name}, drive.name});
    CliResult<PathStep> step = resolvePathStep(candidates, remaining, Cli::tr("OneDrives"));
    if (!step)
        return unexpected(step.error());
    const OneDrive &drive = drives->at(step->index);
    container.ref = {ResourceKind::OneDrive, {}, session.id, drive.id, {}, {}};
    container.name = drive.name;
    container.oneDrive = {{QStringLiteral("id"), drive.id}, {QStringLiteral("name"), drive.name}, {QStringLiteral("url"), drive.url}};
    return walk<OneDriveFolder, OneDriveDocument>(connection, kDriveShape, container, remaining.mid(step->consumed));
}

CliResult<ResourceRef> resolvePathRef(Connection &connection, const RestoreSession &session, const QString &path)
{
    CliResult<PathSubject> subject = resolvePath(connection, session, path);
    if (!subject)
        return unexpected(subject.error());
    return subject->ref;
}

} // namespace re::cli
