#include "cli/commands.h"

#include "cli/connection.h"
#include "cli/listings.h"
#include "cli/resolver.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"

namespace re::cli {

namespace {

const QString kMailboxes = QStringLiteral("Mailboxes");
const QString kOneDrives = QStringLiteral("OneDrives");

ListQuery listOf(Collection collection, const QString &sessionId = {}, const QString &containerId = {},
                 const QString &parentId = {})
{
    ListQuery query;
    query.collection = collection;
    query.sessionId = sessionId;
    query.containerId = containerId;
    query.parentId = parentId;
    return query;
}

ResourceRef sessionRef(const QString &sessionId)
{
    ResourceRef ref;
    ref.kind = ResourceKind::RestoreSession;
    ref.sessionId = sessionId;
    return ref;
}

QJsonObject locationEntry(const QString &kind, const QString &id, const QString &name)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

// A level of a folder tree: the folder a path named (empty id = the top level) and its subfolders.
template <typename Folder>
struct FolderLevel
{
    QString folderId;
    QList<Folder> subfolders;
};

// Follows `remaining` down the folder tree of one mailbox or OneDrive (query: collection, session
// and container set), one listing per step.
template <typename Folder>
CliResult<FolderLevel<Folder>> walkFolders(Connection &connection, ListQuery query, QStringView remaining,
                                           QJsonArray &location)
{
    FolderLevel<Folder> level;
    for (;;) {
        query.parentId = level.folderId;
        CliResult<QList<Folder>> folders = connection.listAll<Folder>(query);
        if (!folders)
            return unexpected(folders.error());
        level.subfolders = std::move(folders).value();
        if (remaining.isEmpty())
            return level;
        QList<Candidate> candidates;
        for (const Folder &folder : level.subfolders)
            candidates.append({folder.id, {folder.name}, folder.name});
        CliResult<PathStep> step = resolvePathStep(candidates, remaining, Cli::tr("folders here"));
        if (!step)
            return unexpected(step.error());
        const Folder &folder = level.subfolders.at(step->index);
        location.append(locationEntry(QStringLiteral("folder"), folder.id, folder.name));
        level.folderId = folder.id;
        remaining = remaining.mid(step->consumed);
    }
}

Report lsReport(const RestoreSession &session, const QJsonArray &location, QList<Section> sections)
{
    return Report::listing(std::move(sections),
                           {{QStringLiteral("session"), session.id}, {QStringLiteral("path"), location}});
}

} // namespace

CommandRunner::CommandRunner(Connection &connection, QTextStream &notes) : m_connection(connection), m_notes(notes) {}

CliResult<Report> CommandRunner::run(const Invocation &invocation)
{
    switch (invocation.command) {
    case CommandKind::Organizations:
        return organizations();
    case CommandKind::Sessions:
        return sessions();
    case CommandKind::Explore:
        return explore(invocation.target, invocation.explore);
    case CommandKind::Stop:
        return stop(invocation.target);
    case CommandKind::Events:
        return events(invocation.target);
    case CommandKind::List:
        return list(invocation.target, invocation.path);
    case CommandKind::Restore:
    case CommandKind::Copy:
    case CommandKind::Send:
        return action(invocation);
    case CommandKind::Save:
    case CommandKind::Export:
        return save(invocation);
    case CommandKind::Search:
        return search(invocation);
    }
    return fail(ExitCode::Usage, Cli::tr("unknown command"));
}

CliResult<Report> CommandRunner::organizations()
{
    CliResult<QList<Organization>> organizations = m_connection.listAll<Organization>(listOf(Collection::Organizations));
    if (!organizations)
        return unexpected(organizations.error());
    sortOrganizations(organizations.value());
    return Report::list(organizationsSection(organizations.value()));
}

CliResult<Report> CommandRunner::sessions()
{
    CliResult<QList<RestoreSession>> sessions = m_connection.listAll<RestoreSession>(listOf(Collection::RestoreSessions));
    if (!sessions)
        return unexpected(sessions.error());
    sortSessions(sessions.value());
    return Report::list(sessionsSection(sessions.value()));
}

CliResult<Report> CommandRunner::explore(const QString &organization, const ExploreOptions &options)
{
    CliResult<Organization> org = resolveOrganization(organization);
    if (!org)
        return unexpected(org.error());
    if (org->isBackedUp == false) {
        m_notes << Cli::tr("restore-cli: note: %1 has no backup yet; the session will show no data").arg(org->name)
                << Qt::endl;
    } else if (options.pointInTime.isValid() && org->firstBackupTime && options.pointInTime < *org->firstBackupTime) {
        m_notes << Cli::tr("restore-cli: note: %1 is before the first backup of %2 (%3); the session will show no data")
                       .arg(options.pointInTime.toString(Qt::ISODate), org->name,
                            org->firstBackupTime->toUTC().toString(Qt::ISODate))
                << Qt::endl;
    }
    CliResult<RestoreSession> session = m_connection.explore(org->id, options);
    if (!session)
        return unexpected(session.error());
    return Report::record(sessionSection(session.value()));
}

CliResult<Report> CommandRunner::stop(const QString &session)
{
    CliResult<RestoreSession> found = resolveSession(session);
    if (!found)
        return unexpected(found.error());
    CliResult<void> stopped = m_connection.stop(found->id);
    if (!stopped)
        return unexpected(stopped.error());
    CliResult<RestoreSession> after = m_connection.fetch<RestoreSession>(sessionRef(found->id));
    if (!after)
        return unexpected(after.error());
    return Report::record(sessionSection(after.value()));
}

CliResult<Report> CommandRunner::events(const QString &session)
{
    CliResult<RestoreSession> found = resolveSession(session);
    if (!found)
        return unexpected(found.error());
    CliResult<QList<SessionEvent>> events = m_connection.listAll<SessionEvent>(listOf(Collection::SessionEvents, found->id));
    if (!events)
        return unexpected(events.error());
    sortEvents(events.value());
    return Report::list(eventsSection(events.value()));
}

CliResult<Report> CommandRunner::list(const QString &session, const QString &path)
{
    CliResult<RestoreSession> found = resolveSession(session);
    if (!found)
        return unexpected(found.error());
    const RestoreSession &restoreSession = found.value();
    if (restoreSession.state == SessionState::Stopped)
        return fail(ExitCode::ServerError,
                    Cli::tr("restore session %1 is stopped; start a new one with explore").arg(restoreSession.id));

    QStringList roots;
    if (restoreSession.type == SessionType::Exchange)
        roots = {kMailboxes};
    else if (restoreSession.type == SessionType::OneDrive)
        roots = {kOneDrives};
    else
        return fail(ExitCode::Usage, Cli::tr("ls can browse Exchange and OneDrive sessions; %1 is a %2 session")
                                         .arg(restoreSession.id, sessionTypeName(restoreSession.type.value_or(SessionType::Exchange))));

    QStringView remaining(path);
    while (remaining.startsWith(u'/'))
        remaining = remaining.mid(1);
    if (remaining.isEmpty())
        return lsReport(restoreSession, {}, {collectionsSection(roots)});

    QList<Candidate> rootCandidates;
    for (const QString &root : roots)
        rootCandidates.append({root, {root}, root});
    CliResult<PathStep> step = resolvePathStep(rootCandidates, remaining, Cli::tr("contents of this session"));
    if (!step)
        return unexpected(step.error());
    const QString root = roots.at(step->index);
    remaining = remaining.mid(step->consumed);
    const QJsonArray location{locationEntry(QStringLiteral("collection"), root, root)};
    return root == kMailboxes ? listMailboxes(restoreSession, remaining, location)
                              : listOneDrives(restoreSession, remaining, location);
}

CliResult<Report> CommandRunner::listMailboxes(const RestoreSession &session, QStringView remaining,
                                               QJsonArray location)
{
    CliResult<QList<Mailbox>> mailboxes = m_connection.listAll<Mailbox>(listOf(Collection::Mailboxes, session.id));
    if (!mailboxes)
        return unexpected(mailboxes.error());
    if (remaining.isEmpty())
        return lsReport(session, location, {mailboxesSection(mailboxes.value())});

    QList<Candidate> candidates;
    for (const Mailbox &mailbox : mailboxes.value()) {
        candidates.append({mailbox.id, {mailbox.name, mailbox.email},
                           mailbox.email.isEmpty() ? mailbox.name : mailbox.name + QStringLiteral(" <%1>").arg(mailbox.email)});
    }
    CliResult<PathStep> step = resolvePathStep(candidates, remaining, Cli::tr("mailboxes"));
    if (!step)
        return unexpected(step.error());
    const Mailbox &mailbox = mailboxes->at(step->index);
    location.append(locationEntry(QStringLiteral("mailbox"), mailbox.id, mailbox.name));

    CliResult<FolderLevel<MailFolder>> level = walkFolders<MailFolder>(
        m_connection, listOf(Collection::MailFolders, session.id, mailbox.id), remaining.mid(step->consumed), location);
    if (!level)
        return unexpected(level.error());
    QList<Section> sections{mailFoldersSection(level->subfolders)};
    if (!level->folderId.isEmpty()) { // a mailbox's top level holds folders only
        CliResult<QList<MailItem>> items =
            m_connection.listAll<MailItem>(listOf(Collection::MailItems, session.id, mailbox.id, level->folderId));
        if (!items)
            return unexpected(items.error());
        sections.append(mailItemsSection(items.value()));
    }
    return lsReport(session, location, std::move(sections));
}

CliResult<Report> CommandRunner::listOneDrives(const RestoreSession &session, QStringView remaining,
                                               QJsonArray location)
{
    CliResult<QList<OneDrive>> oneDrives = m_connection.listAll<OneDrive>(listOf(Collection::OneDrives, session.id));
    if (!oneDrives)
        return unexpected(oneDrives.error());
    if (remaining.isEmpty())
        return lsReport(session, location, {oneDrivesSection(oneDrives.value())});

    QList<Candidate> candidates;
    for (const OneDrive &oneDrive : oneDrives.value())
        candidates.append({oneDrive.id, {oneDrive.name}, oneDrive.name});
    CliResult<PathStep> step = resolvePathStep(candidates, remaining, Cli::tr("OneDrives"));
    if (!step)
        return unexpected(step.error());
    const OneDrive &oneDrive = oneDrives->at(step->index);
    location.append(locationEntry(QStringLiteral("oneDrive"), oneDrive.id, oneDrive.name));

    CliResult<FolderLevel<OneDriveFolder>> level = walkFolders<OneDriveFolder>(
        m_connection, listOf(Collection::OneDriveFolders, session.id, oneDrive.id), remaining.mid(step->consumed), location);
    if (!level)
        return unexpected(level.error());
    CliResult<QList<OneDriveDocument>> documents =
        m_connection.listAll<OneDriveDocument>(listOf(Collection::OneDriveDocuments, session.id, oneDrive.id, level->folderId));
    if (!documents)
        return unexpected(documents.error());
    // Listings that mix folders in (v7+ includeFolders) would list them twice.
    documents->removeIf([](const OneDriveDocument &document) { return document.isFolder; });
    return lsReport(session, location, {oneDriveFoldersSection(level->subfolders), documentsSection(documents.value())});
}

CliResult<Organization> CommandRunner::resolveOrganization(const QString &text)
{
    CliResult<QList<Organization>> organizations = m_connection.listAll<Organization>(listOf(Collection::Organizations));
    if (!organizations)
        return unexpected(organizations.error());
    QList<Candidate> candidates;
    for (const Organization &org : organizations.value())
        candidates.append({org.id, {org.name, org.officeName}, org.name});
    CliResult<qsizetype> index = resolveOne(candidates, text, Cli::tr("organizations"));
    if (!index)
        return unexpected(index.error());
    return organizations->at(index.value());
}

CliResult<RestoreSession> CommandRunner::resolveSession(const QString &text)
{
    CliResult<QList<RestoreSession>> sessions = m_connection.listAll<RestoreSession>(listOf(Collection::RestoreSessions));
    if (!sessions)
        return unexpected(sessions.error());
    sortSessions(sessions.value());
    QList<Candidate> candidates;
    for (const RestoreSession &session : sessions.value()) {
        candidates.append({session.id, {session.name},
                           QStringLiteral("%1 [%2]").arg(session.name, sessionStateText(session.state))});
    }
    CliResult<qsizetype> index = resolveOne(candidates, text, Cli::tr("restore sessions"));
    if (!index)
        return unexpected(index.error());
    return sessions->at(index.value());
}

} // namespace re::cli
