#pragma once

#include "cli/clierror.h"

#include <QString>

namespace re::cli {

// Reads the password from the first line of standard input (--password-stdin). On a terminal the
// typed characters are not echoed. The password is never kept beyond the login.
CliResult<QString> readPasswordFromStdin();

// Reads the next line of standard input for `option` (e.g. the restore password after the login
// password). hidden: no echo on a terminal; allowEmpty: an empty line is an answer (a confirmation).
CliResult<QString> readLineFromStdin(const QString &option, bool hidden, bool allowEmpty);

} // namespace re::cli
