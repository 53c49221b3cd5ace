#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace re {

// What the body of a successful reply is.
enum class ResponseKind {
    Json,   // a JSON document (object, array or page object)
    Empty,  // no body expected (204, or 200 with nothing useful)
    Stream, // application/octet-stream file bytes: never buffered whole
};

// One HTTP request as a dialect describes it: no URLs with ids glued in, no encoding decisions.
// ApiClient (and only it) turns this into a QNetworkRequest.
struct RequestSpec
{
    QByteArray method = "GET";
    // Unencoded path segments below the server root, e.g. {"v8", "RestoreSessions", id, "Stop"}.
    // Ids may contain '+', '/', '=' (real Exchange ids): url() percent-encodes every segment.
    QStringList pathSegments;
    // Unencoded query items. The server decodes queries form-style ('+' is a space),
    // so url() encodes '+' as %2B as well.
    QList<std::pair<QString, QString>> query;
    QByteArray body;        // empty: no body
    QByteArray contentType; // "application/json", "application/x-www-form-urlencoded", or empty
    QList<int> acceptedStatuses = {200};
    ResponseKind response = ResponseKind::Json;
    bool authenticated = true; // false for the token endpoint and unauthenticated version probes

    // The absolute URL below serverRoot (scheme://host:port[/prefix]).
    QUrl url(const QUrl &serverRoot) const;
    // "POST /v8/RestoreSessions/<id>/Stop" — for logs and error messages; never contains the body.
    QString describe() const;
};

} // namespace re
