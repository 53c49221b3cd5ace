#pragma once

#include "api/apierror.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace re::cli {

// Translation context of every user-visible text of restore-cli: Cli::tr("…").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The process exit codes of restore-cli (docs/cli.md). Scripts branch on them: keep them stable.
enum class ExitCode {
    Ok = 0,
    ServerError = 1,    // the server answered with an error, an unreadable answer, or could not be reached
    Usage = 2,          // bad command line, or a name that matches more than one thing
    TlsTrust = 3,       // the certificate is not trusted (or not the pinned one)
    Authentication = 4, // wrong user name or password, session ended, access refused
    NotFound = 5,       // ORG, SESSION or PATH names nothing on the server
    Local = 6,          // local failure: reading the password, writing files
    Interrupted = 130,  // Ctrl+C (or SIGTERM) during a download: nothing half-written is left
};

// A failure of a command: what the user reads (may hold several lines, the first one says it all)
// and the exit code.
struct CliError
{
    ExitCode code = ExitCode::ServerError;
    QString message;
};

template <typename T>
using CliResult = Result<T, CliError>;

inline Unexpected<CliError> fail(ExitCode code, QString message)
{
    return unexpected(CliError{code, std::move(message)});
}

// The exit code an API failure maps to.
ExitCode exitCodeFor(ApiError::Kind kind);

// The API failure as one line: ApiError messages are sentences that may contain line breaks.
QString oneLine(const QString &text);

} // namespace re::cli
