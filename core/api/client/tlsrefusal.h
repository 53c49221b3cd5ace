#pragma once

#include "api/apierror.h"

#include <QNetworkReply>
#include <QVariant>

#include <optional>

// ApiClient::startRawRequest judges a raw reply's certificate itself (pinning, "changed", "not
// trusted"); the reply then only says "SSL handshake failed". The judgement travels with the reply
// so a consumer that maps the reply's errors on its own (the download job) tells the user the same
// specific sentence as every other request.
namespace re::tls {

inline constexpr char kRefusalProperty[] = "re.tlsRefusal";

inline void attachRefusal(QNetworkReply *reply, const ApiError &refusal)
{
    reply->setProperty(kRefusalProperty, QVariant::fromValue(refusal));
}

inline std::optional<ApiError> refusalOf(const QNetworkReply *reply)
{
    const QVariant refusal = reply->property(kRefusalProperty);
    if (!refusal.canConvert<ApiError>())
        return std::nullopt;
    return refusal.value<ApiError>();
}

} // namespace re::tls
