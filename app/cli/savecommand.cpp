// restore-cli save / export: resolves the PATHs to things to download, plans as few downloads as the
// API allows (core/transfer/saveplan.h) and runs them through DownloadManager into -o DIR.
#include "cli/clidownloads.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/resolver.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "transfer/apidownload.h"
#include "transfer/downloadmanager.h"
#include "transfer/saveplan.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace re::cli {

namespace {

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
QString nameOf(const MailFolder &folder) { return folder.name; }
QString nameOf(const OneDriveFolder &folder) { return folder.name; }
QString nameOf(const MailItem &item) { return item.subject; }
QString nameOf(const OneDriveDocument &document) { return document.name; }
bool isFolderRow(const MailItem &) { return false; }
bool isFolderRow(const OneDriveDocument &document) { return document.isFolder; } // v7+ mixed listings

// Follows `remaining` from `container` down through folders; the last step may name an item.
template <typename Folder, typename Item>
CliResult<SaveSubject> walkToSubject(Connection &connection, const TreeShape &shape, SaveSubject container,
                                     QStringView remaining)
{
    SaveSubject current = std::move(container);
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
            current.name = nameOf(folder);
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
        const Item &item = items->at(itemStep->index);
        if (itemStep->consumed < remaining.size())
            return fail(ExitCode::NotFound, Cli::tr("\"%1\" is an item: nothing lies below it").arg(nameOf(item)));
        current.ref = {shape.itemKind, {}, sessionId, containerId, item.id, {}};
        current.name = nameOf(item);
        return current;
    }
    return current;
}

CliResult<SaveSubject> resolveSubject(Connection &connection, const RestoreSession &session, const QString &path)
{
    QStringView remaining(path);
    while (remaining.startsWith(u'/'))
        remaining = remaining.mid(1);
    const bool exchange = session.type == SessionType::Exchange;
    const bool oneDrive = session.type == SessionType::OneDrive;
    if (!exchange && !oneDrive)
        return fail(ExitCode::Usage, Cli::tr("save and export work on Exchange and OneDrive sessions"));
    const QString root = exchange ? QStringLiteral("Mailboxes") : QStringLiteral("OneDrives");
    CliResult<PathStep> rootStep = resolvePathStep({{root, {root}, root}}, remaining, Cli::tr("contents of this session"));
    if (!rootStep)
        return unexpected(rootStep.error());
    remaining = remaining.mid(rootStep->consumed);

    if (remaining.isEmpty()) {
        if (!exchange)
            return fail(ExitCode::Usage, Cli::tr("%1: name a OneDrive below OneDrives").arg(path));
        SaveSubject organization;
        organization.ref.kind = ResourceKind::SessionOrganization;
        organization.ref.sessionId = session.id;
        organization.name = session.organization.isEmpty() ? session.name : session.organization;
        return organization;
    }

    QList<Candidate> containers;
    SaveSubject container;
    if (exchange) {
        CliResult<QList<Mailbox>> mailboxes = connection.listAll<Mailbox>(listOf(Collection::Mailboxes, session.id));
        if (!mailboxes)
            return unexpected(mailboxes.error());
        for (const Mailbox &mailbox : mailboxes.value())
            containers.append({mailbox.id, {mailbox.name, mailbox.email}, mailbox.name});
        CliResult<PathStep> step = resolvePathStep(containers, remaining, Cli::tr("mailboxes"));
        if (!step)
            return unexpected(step.error());
        const Mailbox &mailbox = mailboxes->at(step->index);
        container.ref = {ResourceKind::Mailbox, {}, session.id, mailbox.id, {}, {}};
        container.name = mailbox.name;
        return walkToSubject<MailFolder, MailItem>(connection, kMailShape, container, remaining.mid(step->consumed));
    }
    CliResult<QList<OneDrive>> drives = connection.listAll<OneDrive>(listOf(Collection::OneDrives, session.id));
    if (!drives)
        return unexpected(drives.error());
    for (const OneDrive &drive : drives.value())
        containers.append({drive.id, {drive.name}, drive.name});
    CliResult<PathStep> step = resolvePathStep(containers, remaining, Cli::tr("OneDrives"));
    if (!step)
        return unexpected(step.error());
    const OneDrive &drive = drives->at(step->index);
    container.ref = {ResourceKind::OneDrive, {}, session.id, drive.id, {}, {}};
    container.name = drive.name;
    return walkToSubject<OneDriveFolder, OneDriveDocument>(connection, kDriveShape, container, remaining.mid(step->consumed));
}

QString kindName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? Cli::tr("file") : suffix;
}

} // namespace

CliResult<Report> CommandRunner::save(const Invocation &invocation)
{
    // Checked before asking the server for anything: a typo in -o should not cost a PST export.
    const QFileInfo folder(invocation.outputDirectory);
    if (!folder.isDir())
        return fail(ExitCode::Local, Cli::tr("-o %1: no such folder").arg(QDir::toNativeSeparators(invocation.outputDirectory)));
    if (!folder.isWritable())
        return fail(ExitCode::Local, Cli::tr("-o %1: the folder is not writable").arg(QDir::toNativeSeparators(invocation.outputDirectory)));

    CliResult<RestoreSession> session = resolveSession(invocation.target);
    if (!session)
        return unexpected(session.error());
    if (session->state == SessionState::Stopped)
        return fail(ExitCode::ServerError,
                    Cli::tr("restore session %1 is stopped; start a new one with explore").arg(session->id));

    QList<SaveSubject> subjects;
    for (const QString &path : invocation.paths) {
        CliResult<SaveSubject> subject = resolveSubject(m_connection, session.value(), path);
        if (!subject)
            return unexpected(subject.error());
        subjects.append(std::move(subject).value());
    }

    ApiClient &client = m_connection.client();
    SavePlanOptions options;
    options.format = invocation.command == CommandKind::Export ? SaveFormat::Pst : SaveFormat::Native;
    options.documentsAsZip = invocation.asZip;
    Result<QList<SavePlanEntry>, ApiError> plan = planSave(*client.dialect(), subjects, options);
    if (!plan)
        return fail(exitCodeFor(plan.error().kind), oneLine(plan.error().message));

    DownloadManager manager;
    const QString directory = folder.absoluteFilePath();
    for (const SavePlanEntry &entry : plan.value()) {
        Result<DownloadRequest, ApiError> request =
            downloadRequestFor(&client, entry.target, entry.verb, entry.options, directory, entry.suggestedName);
        if (!request)
            return fail(exitCodeFor(request.error().kind), oneLine(request.error().message));
        manager.enqueue(std::move(request).value());
    }
    CliResult<QList<DownloadSnapshot>> done = waitForDownloads(manager, m_notes, progressStyleForStderr());
    if (!done)
        return unexpected(done.error());

    Section saved;
    saved.columns = {Cli::tr("Size"), Cli::tr("Type"), Cli::tr("Path")};
    saved.rightAligned = {0};
    for (const DownloadSnapshot &snapshot : done.value()) {
        const QString path = QDir::toNativeSeparators(snapshot.finalPath);
        saved.addRow({QLocale().formattedDataSize(snapshot.receivedBytes), kindName(path), path},
                     {{QStringLiteral("path"), path},
                      {QStringLiteral("name"), snapshot.name},
                      {QStringLiteral("bytes"), static_cast<double>(snapshot.receivedBytes)}});
    }
    return Report::list(std::move(saved));
}

} // namespace re::cli
