#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

// The one place where failures become the sentences a help-desk user reads (context "ApiError"):
// each says what happened and what to try. HTTP errors put the server's own `message` (or the token
// endpoint's `error_description`) first. No function here ever sees a body of a request, a password
// or a token.
namespace re::errors {

enum class TimeoutStage {
    Connect,    // no connection (TCP/TLS) or the request could not be sent
    FirstByte,  // request sent, no response headers
    Inactivity, // the reply started and then stopped
};

// "host:port" of a URL, with the scheme's default port when none is given.
QString hostPort(const QUrl &url);

// The server's own words in an error body: `message` (any case), then `error_description`, then
// `error`. Empty when the body is not such JSON. Trimmed and bounded in length.
QString serverMessageFrom(const QByteArray &body);

// A transport failure without an HTTP status (DNS, refused, reset, TLS handshake, …).
ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &qtText, const QUrl &url,
                          const QString &request);
// A reply whose status the request did not accept. `body` is the error body (usually JSON).
ApiError fromHttpStatus(int status, const QByteArray &body, const QUrl &url, const QString &request);
ApiError timeout(TimeoutStage stage, std::chrono::milliseconds limit, const QUrl &url, const QString &request);
ApiError malformedJson(const QJsonParseError &parseError, const QByteArray &contentType, const QUrl &url,
                       const QString &request);
// JSON of the wrong shape; `detail` says what was wrong (already translated).
ApiError unexpectedShape(const QString &detail, const QString &request);
ApiError cancelled(const QString &request);

// TLS: the certificate is not trusted and not pinned (`problems`: TrustStore::describe().problems).
ApiError certificateUntrusted(const QUrl &url, const QStringList &problems, const QString &request);
// TLS: a fingerprint is pinned and the server now shows another certificate.
ApiError certificateChanged(const QUrl &url, const QString &request);

// Authentication.
ApiError notLoggedIn(const QString &request);
// The refresh was refused or impossible: "Your session on the server has ended. Log in again."
// `cause` (optional) keeps the server's words and status of the refusal.
ApiError sessionEnded(const ApiError &cause = {});
// A raw request could not get a token because the login is being renewed right now: a passing
// state (ConnectionLost), so callers that retry dropped connections retry this too.
ApiError loginBeingRenewed(const QString &request);
// The password grant was refused (400 invalid_grant, or 401).
ApiError badCredentials(const ApiError &cause);

// A request asked for before the server's API version is known (not detected, not chosen).
ApiError noApiVersion(const QString &request);
// A request that cannot be sent as built (no address); `request` names it.
ApiError invalidRequest(const QString &request);

// Version detection found no prefix this program speaks.
ApiError noSupportedVersion(const QUrl &url);

} // namespace re::errors
