#include "cli/commandline.h"

#include "tls/truststore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <utility>

namespace re::cli {

namespace {

constexpr int kDefaultHttpsPort = 4443; // the VB365 REST service's default port
constexpr qint64 kMaxPageSize = 10000;  // the server's maximum page size
constexpr int kMaxActionPaths = 1000;   // restore/copy/send: items of one selection

constexpr qsizetype kMaxSavePaths = 1000;

constexpr std::array<std::pair<QStringView, CommandKind>, 12> kCommands = {{
    {u"orgs", CommandKind::Organizations},
    {u"sessions", CommandKind::Sessions},
    {u"explore", CommandKind::Explore},
    {u"stop", CommandKind::Stop},
    {u"events", CommandKind::Events},
    {u"ls", CommandKind::List},
    {u"restore", CommandKind::Restore},
    {u"copy", CommandKind::Copy},
    {u"send", CommandKind::Send},
    {u"save", CommandKind::Save},
    {u"export", CommandKind::Export},
    {u"search", CommandKind::Search},
}};

constexpr std::array<std::pair<QStringView, SessionType>, 4> kSessionTypes = {{
    {u"exchange", SessionType::Exchange},
    {u"onedrive", SessionType::OneDrive},
    {u"sharepoint", SessionType::SharePoint},
    {u"teams", SessionType::Teams},
}};

// How many positional arguments (after the command word) a command takes.
std::pair<int, int> argumentCount(CommandKind command)
{
    switch (command) {
    case CommandKind::Organizations:
    case CommandKind::Sessions:
        return {0, 0};
    case CommandKind::Explore:
    case CommandKind::Stop:
    case CommandKind::Events:
        return {1, 1};
    case CommandKind::List:
        return {1, 2};
    case CommandKind::Restore:
    case CommandKind::Copy:
    case CommandKind::Send:
        return {2, kMaxActionPaths + 1};
    case CommandKind::Save:
    case CommandKind::Export:
        return {2, kMaxSavePaths + 1};
    case CommandKind::Search:
        return {2, 3};
    }
    return {0, 0};
}

struct Options
{
    QCommandLineOption server{QStringLiteral("server"), QString(), QStringLiteral("URL")};
    QCommandLineOption api{QStringLiteral("api"), QString(), QStringLiteral("VERSION"), QStringLiteral("auto")};
    QCommandLineOption user{QStringLiteral("user"), QString(), QStringLiteral("NAME")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin")};
    QCommandLineOption trustFingerprint{QStringLiteral("trust-fingerprint"), QString(), QStringLiteral("SHA256")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption pageSize{QStringLiteral("page-size"), QString(), QStringLiteral("N")};
    QCommandLineOption verbose{QStringLiteral("verbose")};
    QCommandLineOption at{QStringLiteral("at"), QString(), QStringLiteral("TIME")};
    QCommandLineOption type{QStringLiteral("type"), QString(), QStringLiteral("TYPE")};
    QCommandLineOption showDeleted{QStringLiteral("show-deleted")};
    QCommandLineOption showAllVersions{QStringLiteral("show-all-versions")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("DIR")};
    QCommandLineOption zip{QStringLiteral("zip")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{QStringLiteral("version")};

    QList<QCommandLineOption> all() const
    {
        return {server, api, user, passwordStdin, trustFingerprint, json, pageSize, verbose,
                at, type, showDeleted, showAllVersions, output, zip, help, version};
    }
    QList<QCommandLineOption> exploreOnly() const { return {at, type, showDeleted, showAllVersions}; }
    QList<QCommandLineOption> saveOnly() const { return {output, zip}; }
};

Unexpected<CliError> usage(const QString &message)
{
    return fail(ExitCode::Usage, message);
}

std::optional<ActionCommand> actionCommandOf(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Restore: return ActionCommand::Restore;
    case CommandKind::Copy: return ActionCommand::Copy;
    case CommandKind::Send: return ActionCommand::Send;
    default: return std::nullopt;
    }
}

CliResult<GlobalOptions> globalOptions(const QCommandLineParser &parser, const Options &options)
{
    GlobalOptions global;
    if (!parser.isSet(options.server))
        return usage(Cli::tr("--server is missing: pass the server's address, e.g. --server https://vbo.example.com:4443"));
    Result<QUrl, QString> server = parseServerUrl(parser.value(options.server));
    if (!server)
        return usage(server.error());
    global.server = server.value();

    const QString api = parser.value(options.api);
    if (api.compare(QStringLiteral("auto"), Qt::CaseInsensitive) != 0) {
        global.api = apiVersionFromString(api);
        if (!global.api)
            return usage(Cli::tr("--api %1: use auto, v5, v6, v7 or v8").arg(api));
    }

    global.user = parser.value(options.user);
    if (global.user.isEmpty())
        return usage(Cli::tr("--user is missing: pass the account to log in with"));
    global.passwordFromStdin = parser.isSet(options.passwordStdin);
    if (!global.passwordFromStdin)
        return usage(Cli::tr("no password: pipe it into restore-cli and pass --password-stdin"));

    if (parser.isSet(options.trustFingerprint)) {
        Result<QByteArray, QString> pin = TrustStore::parseFingerprint(parser.value(options.trustFingerprint));
        if (!pin)
            return usage(Cli::tr("--trust-fingerprint: %1").arg(pin.error()));
        global.trustedFingerprint = pin.value();
    }
    if (parser.isSet(options.pageSize)) {
        bool ok = false;
        global.pageSize = parser.value(options.pageSize).toLongLong(&ok);
        if (!ok || global.pageSize < 1 || global.pageSize > kMaxPageSize)
            return usage(Cli::tr("--page-size %1: use a number from 1 to %2")
                             .arg(parser.value(options.pageSize))
                             .arg(kMaxPageSize));
    }
    global.json = parser.isSet(options.json);
    global.verbose = parser.isSet(options.verbose);
    return global;
}

CliResult<ExploreOptions> exploreOptions(const QCommandLineParser &parser, const Options &options)
{
    ExploreOptions explore;
    if (parser.isSet(options.at)) {
        Result<QDateTime, QString> at = parsePointInTime(parser.value(options.at));
        if (!at)
            return usage(at.error());
        explore.pointInTime = at.value();
    }
    if (parser.isSet(options.type)) {
        const std::optional<SessionType> type = sessionTypeFromName(parser.value(options.type));
        if (!type)
            return usage(Cli::tr("--type %1: use exchange, onedrive, sharepoint or teams").arg(parser.value(options.type)));
        explore.type = *type;
    }
    explore.showDeleted = parser.isSet(options.showDeleted);
    explore.showAllVersions = parser.isSet(options.showAllVersions);
    return explore;
}

} // namespace

CliResult<Invocation> parseCommandLine(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options.all());
    parser.addOptions(actionCommandOptions());
    if (!parser.parse(arguments))
        return usage(parser.errorText());

    Invocation invocation;
    if (parser.isSet(options.help)) {
        invocation.action = Invocation::Action::ShowHelp;
        return invocation;
    }
    if (parser.isSet(options.version)) {
        invocation.action = Invocation::Action::ShowVersion;
        return invocation;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Cli::tr("no command: use orgs, sessions, explore, stop, events, ls, save, export, search, restore, copy or send (see --help)"));
    const QString word = positional.takeFirst();
    const auto command = std::find_if(kCommands.begin(), kCommands.end(),
                                      [&word](const auto &entry) { return entry.first == word; });
    if (command == kCommands.end())
        return usage(Cli::tr("unknown command \"%1\": use orgs, sessions, explore, stop, events, ls, save, export, search, restore, copy or send").arg(word));
    invocation.command = command->second;

    const auto [fewest, most] = argumentCount(invocation.command);
    if (positional.size() < fewest || positional.size() > most)
        return usage(Cli::tr("%1 takes %2; see --help")
                         .arg(word, fewest == most ? Cli::tr("%n argument(s)", nullptr, fewest)
                                                   : Cli::tr("%1 to %2 arguments").arg(fewest).arg(most)));
    if (!positional.isEmpty())
        invocation.target = positional.at(0);
    if (positional.size() > 1)
        invocation.path = positional.at(1);
    invocation.paths = positional.mid(1);
    if (invocation.command == CommandKind::Search) { // SESSION [SCOPE] QUERY: the query is always last
        invocation.query = positional.last();
        invocation.path = positional.size() == 3 ? positional.at(1) : QString();
        if (invocation.query.trimmed().isEmpty())
            return fail(ExitCode::Usage, Cli::tr("search: QUERY is empty"));
    }
    if (fewest > 0 && invocation.target.trimmed().isEmpty())
        return usage(Cli::tr("%1: the argument is empty").arg(word));

    if (invocation.command != CommandKind::Explore) {
        for (const QCommandLineOption &option : options.exploreOnly()) {
            if (parser.isSet(option))
                return usage(Cli::tr("--%1 belongs to the explore command").arg(option.names().constFirst()));
        }
    }

    const bool saves = invocation.command == CommandKind::Save || invocation.command == CommandKind::Export;
    if (!saves) {
        for (const QCommandLineOption &option : options.saveOnly()) {
            if (parser.isSet(option))
                return usage(Cli::tr("--%1 belongs to the save and export commands").arg(option.names().constLast()));
        }
    }
    if (invocation.command == CommandKind::Export && parser.isSet(options.zip))
        return usage(Cli::tr("--zip belongs to the save command"));
    if (saves) {
        invocation.outputDirectory = parser.isSet(options.output) ? parser.value(options.output) : QStringLiteral(".");
        if (invocation.outputDirectory.trimmed().isEmpty())
            return usage(Cli::tr("-o: the folder is empty"));
        invocation.asZip = parser.isSet(options.zip);
    }

    if (const std::optional<ActionCommand> action = actionCommandOf(invocation.command)) {
        CliResult<ActionArguments> parsedAction = parseActionArguments(parser, *action);
        if (!parsedAction)
            return unexpected(parsedAction.error());
        invocation.actionArguments = std::move(parsedAction).value();
        invocation.actionArguments.paths = positional.mid(1);
    } else if (const QStringList given = actionOptionsSet(parser); !given.isEmpty()) {
        return usage(Cli::tr("--%1 belongs to the restore, copy and send commands").arg(given.constFirst()));
    }

    CliResult<GlobalOptions> global = globalOptions(parser, options);
    if (!global)
        return unexpected(global.error());
    invocation.global = std::move(global).value();

    if (invocation.command == CommandKind::Explore) {
        CliResult<ExploreOptions> explore = exploreOptions(parser, options);
        if (!explore)
            return unexpected(explore.error());
        invocation.explore = explore.value();
    }
    return invocation;
}

Result<QUrl, QString> parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool hasScheme = trimmed.contains(QStringLiteral("://"));
    QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return unexpected(Cli::tr("--server %1 is not a server address; use e.g. https://vbo.example.com:4443").arg(text));
    if (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))
        return unexpected(Cli::tr("--server %1: use an https:// (or http://) address").arg(text));
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return unexpected(Cli::tr("--server: give only scheme, host, port (no user name, query or fragment)"));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty() && apiVersionFromString(segments.constLast()))
        return unexpected(Cli::tr("--server %1: leave out the /%2 part; choose the version with --api")
                              .arg(text, segments.constLast()));
    url.setPath(path);
    if (!hasScheme && url.port() == -1)
        url.setPort(kDefaultHttpsPort);
    return url;
}

Result<QDateTime, QString> parsePointInTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("latest"), Qt::CaseInsensitive) == 0)
        return QDateTime();
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (day.isValid() && trimmed.size() == 10)
            at = day.startOfDay(QTimeZone::utc());
    }
    if (!at.isValid())
        return unexpected(Cli::tr("--at %1: use latest or an ISO 8601 time such as 2026-01-31T18:00:00Z").arg(text));
    if (at.timeSpec() == Qt::LocalTime) // no zone given: UTC, like every time restore-cli prints
        at = QDateTime(at.date(), at.time(), QTimeZone::utc());
    return at.toUTC();
}

std::optional<SessionType> sessionTypeFromName(QStringView name)
{
    for (const auto &[word, type] : kSessionTypes) {
        if (name.compare(word, Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString sessionTypeName(SessionType type)
{
    for (const auto &[word, known] : kSessionTypes) {
        if (known == type)
            return word.toString();
    }
    return {};
}

QString usageText()
{
    return Cli::tr(
        "Usage: restore-cli --server URL --user NAME --password-stdin [options] COMMAND [arguments]\n"
        "\n"
        "Browse the backups of a Veeam Backup for Microsoft 365 server through its REST API.\n"
        "\n"
        "Commands:\n"
        "  orgs                      list the organizations\n"
        "  sessions                  list your restore sessions\n"
        "  explore ORG               start a restore session for organization ORG (id or name)\n"
        "      --at TIME|latest      point in time (ISO 8601, UTC unless a zone is given); default latest\n"
        "      --type TYPE           exchange (default), onedrive, sharepoint or teams\n"
        "      --show-deleted        include deleted items\n"
        "      --show-all-versions   include earlier versions of documents\n"
        "  stop SESSION              stop restore session SESSION (id or name)\n"
        "  events SESSION            list the events of a restore session\n"
        "  ls SESSION [PATH]         list a level of a session's tree, all pages; PATH is\n"
        "                            Mailboxes/<mailbox>/<folder>/... or OneDrives/<OneDrive>/<folder>/...\n"
        "                            (each step a name, e-mail address or id)\n"
        "  save SESSION PATH...      download what PATH names (a document, a mail item as .msg, a folder or\n"
        "                            OneDrive as ZIP, a mailbox or mail folder as PST); several mail items\n"
        "                            or documents of one mailbox or OneDrive arrive as one file\n"
        "      -o, --output DIR      the folder to save into (default: the current folder)\n"
        "      --zip                 a single document as a ZIP\n"
        "  export SESSION PATH...    export mailboxes, mail folders or mail items to PST (-o DIR as above);\n"
        "                            PATH Mailboxes alone exports the whole organization\n"
        "                            Both print each saved file's path; existing files are never\n"
        "                            overwritten (\"name (1).pst\")\n"
        "  search SESSION [SCOPE] QUERY  the server's item search, all pages; SCOPE is a mailbox, mail\n"
        "                            folder, OneDrive or OneDrive folder as in ls (default: the whole\n"
        "                            session); QUERY in the server's syntax, e.g. 'from:anna subject:\"q3 plan\"\n"
        "                            AND received:>=2025-01-01' or 'name:budget* AND ext:xlsx'\n"
        "\n"
        "Options:\n"
        "  --server URL              https://host:port of the REST service (host alone: https, port 4443)\n"
        "  --api auto|v5|v6|v7|v8    API version; auto picks the newest the server serves (default)\n"
        "  --user NAME               account to log in with\n"
        "  --password-stdin          read the password from the first line of standard input\n"
        "  --trust-fingerprint SHA256  trust the server's certificate with this SHA-256 fingerprint\n"
        "  --json                    print JSON instead of tables\n"
        "  --page-size N             items per request when listing (1-10000)\n"
        "  --verbose                 log requests (never passwords or tokens) to standard error\n"
        "  --help, --version\n"
        "\n"
        "Exit codes: 0 ok, 1 server or API error, 2 usage, 3 certificate not trusted,\n"
        "4 authentication, 5 not found, 6 local error.\n")
           + Cli::tr("\nRestore, copy and send:\n") + actionUsageText();
}

} // namespace re::cli
