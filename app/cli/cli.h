#pragma once

#include "cli/clierror.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace re::cli {

using PasswordSource = std::function<CliResult<QString>()>;

// restore-cli from argument list to exit code: parses, connects, runs the command and prints the
// report to `out` (tables, or JSON with --json). A failure prints "restore-cli: <reason>" to `err`
// and returns its ExitCode. Needs a QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const PasswordSource &password);

} // namespace re::cli
