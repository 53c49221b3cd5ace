// restore-cli search SESSION [SCOPE] QUERY: the server's item search (docs/search.md), the same request
// the GUI's item search sends, every page of the results as a listing.

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/listings.h"
#include "model/itemlistmodel.h"

namespace re::cli {

namespace {

// Results of a whole-session search come from many mailboxes / OneDrives: each JSON record names its
// own, so a script can act on it (the table stays as ls prints it).
template <typename Row>
Section withContainers(Section section, const QList<Row> &rows, const QString &key)
{
    for (qsizetype i = 0; i < rows.size() && i < section.records.size(); ++i) {
        QJsonObject record = section.records.at(i).toObject();
        record.insert(key, rows.at(i).containerId);
        section.records[i] = record;
    }
    return section;
}

} // namespace

CliResult<Report> CommandRunner::search(const Invocation &invocation)
{
    CliResult<RestoreSession> found = resolveSession(invocation.target);
    if (!found)
        return unexpected(found.error());
    const RestoreSession &session = found.value();
    if (session.state == SessionState::Stopped)
        return fail(ExitCode::ServerError, Cli::tr("restore session %1 is stopped; start a new one with explore").arg(session.id));
    const bool exchange = session.type == SessionType::Exchange;
    if (!exchange && session.type != SessionType::OneDrive)
        return fail(ExitCode::Usage, Cli::tr("search works in Exchange and OneDrive sessions; %1 is a %2 session")
                                         .arg(session.id, sessionTypeName(session.type.value_or(SessionType::Exchange))));

    // No SCOPE (or just the collection's name): every mailbox / OneDrive of the session.
    const QString root = exchange ? QStringLiteral("Mailboxes") : QStringLiteral("OneDrives");
    QString path = invocation.path.trimmed();
    while (path.startsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('/')))
        path = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path.chopped(1);
    ResourceRef scope{exchange ? ResourceKind::Mailbox : ResourceKind::OneDrive, {}, session.id, {}, {}, {}};
    if (!path.isEmpty() && path.compare(root, Qt::CaseInsensitive) != 0) {
        CliResult<ResourceRef> ref = resolvePathRef(m_connection, session, path);
        if (!ref)
            return unexpected(ref.error());
        scope = ref.value();
    }
    const std::optional<ListQuery> query = ItemListModel::searchQuery(scope, invocation.query);
    if (!query)
        return fail(ExitCode::Usage, Cli::tr("%1: SCOPE must be a mailbox, a mail folder, a OneDrive or a OneDrive folder, "
                                             "not a single item")
                                         .arg(invocation.path));

    const QJsonObject extra{{QStringLiteral("session"), session.id},
                            {QStringLiteral("scope"), path.isEmpty() ? root : path},
                            {QStringLiteral("query"), query->search}};
    if (exchange) {
        CliResult<QList<MailItem>> items = m_connection.listAll<MailItem>(*query);
        if (!items)
            return unexpected(items.error());
        return Report::listing({withContainers(mailItemsSection(items.value()), items.value(), QStringLiteral("mailboxId"))}, extra);
    }
    CliResult<QList<OneDriveDocument>> documents = m_connection.listAll<OneDriveDocument>(*query);
    if (!documents)
        return unexpected(documents.error());
    return Report::listing({withContainers(documentsSection(documents.value()), documents.value(), QStringLiteral("oneDriveId"))},
                           extra);
}

} // namespace re::cli
