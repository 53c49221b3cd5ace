#pragma once

#include "api/apierror.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace re {

// What the token endpoint granted (api-reference.md §3). Held in memory only, never logged.
struct AccessToken
{
    QString accessToken;
    QString refreshToken; // empty: the server gave none, so the session cannot be extended
    QString userName;
    QDateTime expiresAt;  // invalid: the server said neither expires_in nor .expires
    // How long the token is valid from receipt; refresh is scheduled from this (expires_in first,
    // because the server's clock and ours may disagree about .expires).
    std::optional<std::chrono::milliseconds> lifetime;
};

// `.issued` / `.expires`: RFC 1123 from v5 servers (OWIN: "Mon, 23 Nov 2026 17:00:00 GMT"), ISO 8601
// from v6+ ("2026-11-23T17:00:00.1234567Z", .NET's seven fraction digits). A time without an offset
// is taken as UTC. nullopt when it is neither.
std::optional<QDateTime> parseTokenDate(QStringView text);

// Parses an OAuthTokenResponse. `receivedAt` anchors expires_in. Missing access_token, or a reply
// that is not a JSON object, is an UnexpectedResponse error; every other field is optional.
Result<AccessToken, ApiError> parseTokenResponse(const QJsonDocument &reply, const QDateTime &receivedAt,
                                                 const QString &request);

} // namespace re
