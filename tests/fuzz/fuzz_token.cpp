// Token responses (OAuthTokenResponse, every dialect) and the error bodies the client quotes to the
// user: parseTokenResponse must answer a token or an UnexpectedResponse error, never crash; the
// token dates of both forms (RFC 1123, ISO 8601) parse or are refused; serverMessageFrom stays
// bounded.

#include "fuzz_support.h"

#include "api/client/errormapper.h"
#include "auth/tokenresponse.h"
#include "resources/lenientjson.h"

#include <QDateTime>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = re::fuzz::bytesOf(data, size);
    const QDateTime receivedAt = QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const re::Result<re::AccessToken, re::ApiError> token =
        re::parseTokenResponse(document, receivedAt, QStringLiteral("POST /v8/Token"));
    if (token) {
        RE_FUZZ_CHECK(!token->accessToken.isEmpty());
        if (token->lifetime)
            RE_FUZZ_CHECK(token->expiresAt.isValid());
    } else {
        RE_FUZZ_CHECK(token.error().isError());
        RE_FUZZ_CHECK(!token.error().message.isEmpty());
        // The reply may hold a token; the error must never quote it.
        const QString access = document.object().value(QStringLiteral("access_token")).toString();
        if (access.size() >= 8)
            RE_FUZZ_CHECK(!token.error().message.contains(access));
    }

    const QString text = QString::fromUtf8(bytes);
    if (const std::optional<QDateTime> date = re::parseTokenDate(text))
        RE_FUZZ_CHECK(date->isValid());
    if (const std::optional<QDateTime> date = re::parseApiDateTime(text))
        RE_FUZZ_CHECK(date->isValid());

    const QString message = re::errors::serverMessageFrom(bytes);
    RE_FUZZ_CHECK(message.size() <= 501);
    return 0;
}
