#pragma once

#include "cli/clierror.h"

#include <QString>

namespace re::cli {

// Reads the password from the first line of standard input (--password-stdin). On a terminal the
// typed characters are not echoed. The password is never kept beyond the login.
CliResult<QString> readPasswordFromStdin();

} // namespace re::cli
