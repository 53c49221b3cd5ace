#pragma once

#include "reply.h"
#include "request.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace vb365emu {

struct ServerOptions;

// Bearer tokens handed out by POST /vN/Token. Access tokens expire after the configured lifetime,
// refresh tokens are single-use (a refresh returns a new pair).
class TokenStore
{
public:
    explicit TokenStore(int lifetimeSeconds) : m_lifetimeSeconds(lifetimeSeconds) {}

    struct Grant
    {
        QString accessToken;
        QString refreshToken;
        QString userName;
        QDateTime issued;
        QDateTime expires;
    };

    Grant issue(const QString &userName);
    std::optional<Grant> redeemRefreshToken(const QString &refreshToken);
    // The bearer value of an Authorization header; false when missing, unknown or expired.
    bool accepts(const QByteArray &authorizationHeader) const;

    int lifetimeSeconds() const { return m_lifetimeSeconds; }

private:
    int m_lifetimeSeconds;
    QHash<QString, QDateTime> m_accessExpiry;
    QHash<QString, QString> m_refreshOwner;
};

// POST /vN/Token: form-encoded (all versions) or JSON (v6+), password and refresh_token grants.
Reply answerTokenRequest(const Request &request, TokenStore &tokens, const ServerOptions &options);

} // namespace vb365emu
