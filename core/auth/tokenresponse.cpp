#include "auth/tokenresponse.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace re {

namespace {

// Json.NET matches names case-insensitively; the token reply's own names are exact, but a proxy or
// an older build may differ in case. Exact match first, then any case.
QJsonValue member(const QJsonObject &object, QLatin1StringView name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

// Longer than any real token lives; beyond it `expires_in` is nonsense (and would overflow the
// millisecond arithmetic of the refresh schedule), so it counts as absent. Found by fuzz_token.
constexpr qint64 kMaxLifetimeSeconds = 366LL * 24 * 3600;

std::optional<qint64> seconds(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= static_cast<double>(kMaxLifetimeSeconds))
        return static_cast<qint64>(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0 && n <= kMaxLifetimeSeconds)
            return n;
    }
    return std::nullopt;
}

ApiError malformedTokenReply(const QString &detail, const QString &request)
{
    ApiError error;
    error.kind = ApiError::Kind::UnexpectedResponse;
    error.request = request;
    error.message = QCoreApplication::translate(
                        "ApiError", "The server's login reply could not be used: %1 The address may not "
                                    "belong to a Veeam Backup for Microsoft 365 REST API, or a proxy changed the reply.")
                        .arg(detail);
    return error;
}

} // namespace

std::optional<QDateTime> parseTokenDate(QStringView text)
{
    QString t = text.trimmed().toString();
    if (t.isEmpty())
        return std::nullopt;
    // RFC 1123 names the zone "GMT" (or "UTC"); Qt's RFC 2822 parser wants a numeric offset.
    for (const QLatin1StringView zone : {QLatin1StringView(" GMT"), QLatin1StringView(" UTC")}) {
        if (t.endsWith(zone, Qt::CaseInsensitive)) {
            t.chop(zone.size());
            t += QStringLiteral(" +0000");
            break;
        }
    }
    QDateTime parsed = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            parsed.setTimeSpec(Qt::UTC);
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

Result<AccessToken, ApiError> parseTokenResponse(const QJsonDocument &reply, const QDateTime &receivedAt,
                                                 const QString &request)
{
    if (!reply.isObject())
        return unexpected(malformedTokenReply(
            QCoreApplication::translate("ApiError", "it is not a JSON object."), request));
    const QJsonObject json = reply.object();

    AccessToken token;
    token.accessToken = member(json, QLatin1StringView("access_token")).toString();
    if (token.accessToken.isEmpty())
        return unexpected(malformedTokenReply(
            QCoreApplication::translate("ApiError", "it contains no access token."), request));
    token.refreshToken = member(json, QLatin1StringView("refresh_token")).toString();
    token.userName = member(json, QLatin1StringView("userName")).toString();

    if (const std::optional<qint64> expiresIn = seconds(member(json, QLatin1StringView("expires_in")))) {
        token.lifetime = std::chrono::seconds(*expiresIn);
        token.expiresAt = receivedAt.addSecs(*expiresIn);
    } else if (const std::optional<QDateTime> expires =
                   parseTokenDate(member(json, QLatin1StringView(".expires")).toString())) {
        token.expiresAt = *expires;
        const qint64 untilExpiry = receivedAt.secsTo(*expires); // seconds: no overflow for any valid date
        token.lifetime = std::chrono::seconds(std::clamp<qint64>(untilExpiry, 0, kMaxLifetimeSeconds));
    }
    return token;
}

} // namespace re
