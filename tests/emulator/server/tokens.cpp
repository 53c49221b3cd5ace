#include "tokens.h"

#include "lenientjson.h"
#include "options.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

namespace vb365emu {

namespace {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// OWIN (v5) writes RFC 1123 dates; the v6+ OpenAPI declares ISO 8601 date-time (DESIGN.md §11).
QString tokenDate(const QDateTime &utc, ApiVersion version)
{
    if (version == ApiVersion::V5)
        return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    return utc.toString(Qt::ISODate);
}

Reply oauthError(const QString &error, const QString &description)
{
    return Reply::json(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, 400);
}

// The token request's fields, from a form (all versions) or a JSON object (v6+).
Result<JsonOptions> tokenFields(const Request &request)
{
    if (request.isForm() || request.body.trimmed().isEmpty()) {
        QJsonObject fields;
        for (const auto &[key, value] : parseFormEncoded(request.body))
            fields.insert(key, value);
        return JsonOptions(fields, request.strict);
    }
    if (request.version == ApiVersion::V5 && request.strict)
        return fail(QStringLiteral("The token request must be application/x-www-form-urlencoded."));
    Result<QJsonValue> parsed = parseLenientJson(request.body);
    if (!parsed || !parsed->isObject())
        return fail(QStringLiteral("The token request is neither a form nor a JSON object."));
    return JsonOptions(parsed->toObject(), request.strict);
}

} // namespace

TokenStore::Grant TokenStore::issue(const QString &userName)
{
    Grant grant;
    grant.accessToken = randomToken();
    grant.refreshToken = randomToken();
    grant.userName = userName;
    grant.issued = QDateTime::currentDateTimeUtc();
    grant.expires = grant.issued.addSecs(m_lifetimeSeconds);
    m_accessExpiry.insert(grant.accessToken, grant.expires);
    m_refreshOwner.insert(grant.refreshToken, userName);
    return grant;
}

std::optional<TokenStore::Grant> TokenStore::redeemRefreshToken(const QString &refreshToken)
{
    const auto it = m_refreshOwner.constFind(refreshToken);
    if (it == m_refreshOwner.constEnd())
        return std::nullopt;
    const QString user = it.value();
    m_refreshOwner.erase(it);
    return issue(user);
}

bool TokenStore::accepts(const QByteArray &authorizationHeader) const
{
    const QByteArray prefix = "bearer ";
    if (!authorizationHeader.toLower().startsWith(prefix))
        return false;
    const QString token = QString::fromLatin1(authorizationHeader.mid(prefix.size()).trimmed());
    const auto it = m_accessExpiry.constFind(token);
    return it != m_accessExpiry.constEnd() && QDateTime::currentDateTimeUtc() < it.value();
}

Reply answerTokenRequest(const Request &request, TokenStore &tokens, const ServerOptions &options)
{
    Result<JsonOptions> fields = tokenFields(request);
    if (!fields)
        return oauthError(QStringLiteral("invalid_request"), fields.error());
    QStringList known{QStringLiteral("grant_type"), QStringLiteral("username"), QStringLiteral("password"),
                      QStringLiteral("refresh_token"), QStringLiteral("client_id")};
    if (request.version >= ApiVersion::V7)
        known.append(QStringLiteral("disable_antiforgery_token"));
    if (request.strict) {
        const QStringList unknown = fields->unknownKeys(known);
        if (!unknown.isEmpty())
            return oauthError(QStringLiteral("invalid_request"),
                              QStringLiteral("Unknown field(s): %1").arg(unknown.join(QStringLiteral(", "))));
    }
    const QString grantType = fields->value(QStringLiteral("grant_type")).toString();
    std::optional<TokenStore::Grant> grant;
    if (grantType == QLatin1String("password")) {
        const QString user = fields->value(QStringLiteral("username")).toString();
        const QString password = fields->value(QStringLiteral("password")).toString();
        if (user.compare(options.user, Qt::CaseInsensitive) != 0 || password != options.password)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("The user name or password is incorrect."));
        grant = tokens.issue(options.user);
    } else if (grantType == QLatin1String("refresh_token")) {
        grant = tokens.redeemRefreshToken(fields->value(QStringLiteral("refresh_token")).toString());
        if (!grant)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("The refresh token is invalid or was already used."));
    } else {
        return oauthError(QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("The grant type '%1' is not supported.").arg(grantType));
    }
    if (!options.issuedTokensPath.isEmpty()) {
        // For secrets audits: the tokens a client was given, so its logs and files can be searched.
        QFile file(options.issuedTokensPath);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write((grant->accessToken + QLatin1Char('\n') + grant->refreshToken + QLatin1Char('\n')).toLatin1());
    }
    return Reply::json(QJsonObject{
        {QStringLiteral("access_token"), grant->accessToken},
        {QStringLiteral("refresh_token"), grant->refreshToken},
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("expires_in"), tokens.lifetimeSeconds()},
        {QStringLiteral("userName"), grant->userName},
        {QStringLiteral(".issued"), tokenDate(grant->issued, request.version)},
        {QStringLiteral(".expires"), tokenDate(grant->expires, request.version)},
    });
}

} // namespace vb365emu
