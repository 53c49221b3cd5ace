#include "api/client/downloadadapter.h"

#include "api/client/apiclient.h"
#include "api/client/errormapper.h"

#include <QNetworkRequest>
#include <QPointer>

#include <utility>

namespace re {

DownloadStarter downloadStarterFor(ApiClient *client, RequestSpec spec)
{
    return [client = QPointer<ApiClient>(client),
            spec = std::move(spec)](const DownloadAttempt &attempt) -> Result<QNetworkReply *, ApiError> {
        if (!client)
            return unexpected(errors::cancelled(spec.describe()));
        return client->startRawRequest(spec, [&attempt](QNetworkRequest &request) {
            attempt.applyTo(request);
            request.setTransferTimeout(0);
        });
    };
}

} // namespace re
