#pragma once

#include "api/apiversion.h"
#include "api/dialect.h"
#include "cli/actioncommand.h"
#include "cli/clierror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace re::cli {

enum class CommandKind {
    Organizations, // orgs
    Sessions,      // sessions
    Explore,       // explore ORG
    Stop,          // stop SESSION
    Events,        // events SESSION
    List,          // ls SESSION [PATH]
    Restore,       // restore SESSION PATH... (docs/cli.md)
    Copy,          // copy SESSION PATH... --to-onedrive ONEDRIVE
    Send,          // send SESSION PATH... --to ADDRESSES
    Save,          // save SESSION PATH... [-o DIR]: files, ZIPs, .msg (docs/downloads.md)
    Export,        // export SESSION PATH... [-o DIR]: mail as PST
    Search,        // search SESSION [SCOPE] QUERY: the server's item search (docs/search.md)
};

// Options that every command shares: where to connect and how to print.
struct GlobalOptions
{
    QUrl server;                   // scheme://host:port, no /vN
    std::optional<ApiVersion> api; // nullopt = detect (--api auto)
    QString user;
    bool passwordFromStdin = false;
    QByteArray trustedFingerprint; // 64 lower-case hex characters, or empty
    bool json = false;
    qint64 pageSize = 0;           // 0 = the dialect's default page size
    bool verbose = false;
};

// One parsed command line.
struct Invocation
{
    enum class Action { Run, ShowHelp, ShowVersion };
    Action action = Action::Run;
    GlobalOptions global;
    CommandKind command = CommandKind::Organizations;
    QString target;         // ORG or SESSION
    QString path;           // PATH of ls (may be empty)
    ExploreOptions explore; // explore only
    ActionArguments actionArguments; // restore, copy, send
    QStringList paths;       // save/export: every PATH (path holds the first)
    QString outputDirectory; // save/export: -o DIR, default the current directory
    bool asZip = false;      // save: --zip, a single document as a ZIP
    QString query;           // search: QUERY (SCOPE, when given, is in path)
};

// Parses arguments (arguments[0] is the program name). Errors are ExitCode::Usage with a message
// naming the offending argument.
CliResult<Invocation> parseCommandLine(const QStringList &arguments);

// The --help text.
QString usageText();

// Helpers of the parser, public for the unit tests.
// "https://vbo:4443", "vbo" (→ https://vbo:4443), "http://127.0.0.1:8080/"; no /vN path.
Result<QUrl, QString> parseServerUrl(const QString &text);
// "latest" (→ invalid QDateTime), ISO 8601 with or without fractions and zone (no zone = UTC), or a
// date (start of that day, UTC).
Result<QDateTime, QString> parsePointInTime(const QString &text);
std::optional<SessionType> sessionTypeFromName(QStringView name); // exchange|onedrive|sharepoint|teams
QString sessionTypeName(SessionType type);                        // the same words

} // namespace re::cli
