#pragma once

#include "api/dialect.h"
#include "api/requestspec.h"
#include "common/result.h"
#include "transfer/downloadtypes.h"

#include <QJsonObject>
#include <QString>

namespace re {

class ApiClient;

// The seam between the API client and the download engine: every attempt re-issues `spec` (a
// save/export action, ResponseKind::Stream) through `client`, so authentication, TLS trust (the
// pinned certificate) and the server root come from the client. The attempt adds Accept,
// Accept-Encoding and, when resuming, Range/If-Range; QNAM's transfer timeout stays off (the job's
// watchdog judges inactivity). While a token refresh is in flight the attempt fails with a
// retryable Timeout error, so the job tries again after its backoff with the new token.
// `client` must outlive the job; if it does not, attempts fail with a clear error.
DownloadStarter starterFor(ApiClient *client, RequestSpec spec);

// Everything DownloadManager::enqueue() needs for a save/export action on `target`: the dialect's
// checked request (a Validation error when this API version lacks the verb for the target), the
// server key of the client's root, and the suggested name (the nominal extension is corrected by
// content sniffing later).
Result<DownloadRequest, ApiError> downloadRequestFor(ApiClient *client, const ActionTarget &target,
                                                     ActionVerb verb, const QJsonObject &options,
                                                     const QString &targetDirectory,
                                                     const QString &suggestedName);

} // namespace re
