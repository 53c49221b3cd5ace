#pragma once

#include "api/requestspec.h"
#include "transfer/downloadtypes.h"

namespace re {

class ApiClient;

// The DownloadStarter for a save/export action: every attempt re-sends `spec` through `client`
// (bearer token, TLS trust decision, the attempt's Range/If-Range headers, no QNAM transfer
// timeout — the download job's watchdog judges stalls). A client that is gone, or a login being
// renewed, is reported as an error the job can retry or show.
DownloadStarter downloadStarterFor(ApiClient *client, RequestSpec spec);

} // namespace re
