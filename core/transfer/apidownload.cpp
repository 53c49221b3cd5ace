#include "transfer/apidownload.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>
#include <utility>

namespace re {

namespace {

ApiError localError(ApiError::Kind kind, const char *text, const RequestSpec &spec)
{
    ApiError error;
    error.kind = kind;
    error.message = QCoreApplication::translate("re::DownloadJob", text);
    error.request = spec.describe();
    return error;
}

} // namespace

namespace {

// The bearer token of the last attempt, so a 401 can say which token the server rejected.
using SentToken = std::shared_ptr<QString>;

DownloadStarter starterFor(ApiClient *client, RequestSpec spec, SentToken sent)
{
    return [client = QPointer<ApiClient>(client), spec = std::move(spec), sent = std::move(sent)](
               const DownloadAttempt &attempt) -> Result<QNetworkReply *, ApiError> {
        if (!client) {
            return unexpected(localError(ApiError::Kind::Local,
                                         "The connection to the server was closed.", spec));
        }
        Result<QNetworkReply *, ApiError> reply =
            client->startRawRequest(spec, [&attempt, &sent](QNetworkRequest &request) {
                attempt.applyTo(request);
                request.setTransferTimeout(0);
                *sent = QString::fromLatin1(request.rawHeader("Authorization").mid(7)); // after "Bearer "
            });
        if (!reply && reply.error().kind == ApiError::Kind::Unauthorized && client->tokens()
            && client->tokens()->isLoggedIn()) {
            // Logged in but no token at hand: a refresh is in flight. Worth another attempt.
            return unexpected(localError(ApiError::Kind::Timeout,
                                         "Waiting for the login to be renewed.", spec));
        }
        return reply;
    };
}

} // namespace

DownloadStarter starterFor(ApiClient *client, RequestSpec spec)
{
    return starterFor(client, std::move(spec), std::make_shared<QString>());
}

Result<DownloadRequest, ApiError> downloadRequestFor(ApiClient *client, const ActionTarget &target,
                                                     ActionVerb verb, const QJsonObject &options,
                                                     const QString &targetDirectory,
                                                     const QString &suggestedName)
{
    if (!client || !client->dialect()) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = QCoreApplication::translate(
            "re::DownloadJob", "The API version of the server is not known yet; connect first.");
        return unexpected(std::move(error));
    }
    Result<RequestSpec, ApiError> spec = client->dialect()->actionRequest(target, verb, options);
    if (!spec)
        return unexpected(spec.error());
    DownloadRequest request;
    request.serverKey = serverKeyFor(client->serverRoot());
    request.targetDirectory = targetDirectory;
    request.suggestedName = suggestedName;
    auto sent = std::make_shared<QString>();
    request.start = starterFor(client, std::move(spec).value(), sent);
    request.renewLogin = [client = QPointer<ApiClient>(client), sent](
                             QObject *context, std::function<void(Result<void, ApiError>)> done) {
        if (!client || !client->tokens()) {
            done(unexpected(localError(ApiError::Kind::Local, "The connection to the server was closed.", {})));
            return;
        }
        // One refresh for every request that met the 401 (the ApiClient's own rule), then retry.
        client->tokens()->recoverFromUnauthorized(*sent, context, [done](Result<QString, ApiError> token) {
            if (token)
                done({});
            else
                done(unexpected(token.error()));
        });
    };
    return request;
}

} // namespace re
