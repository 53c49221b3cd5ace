#pragma once

#include <QMetaType>
#include <QString>

namespace re {

// Every failure the client can meet, as one value. `message` is what a help-desk user reads:
// what happened and what to try, translated, never containing a secret.
struct ApiError
{
    enum class Kind {
        None,
        HostNotFound,       // DNS failed
        ConnectionRefused,  // nothing listens at host:port
        ConnectionLost,     // connection closed or reset mid-request
        Timeout,            // connect/header timeout or inactivity watchdog fired
        Tls,                // handshake failed, untrusted or changed certificate
        Unauthorized,       // 401, or a refresh that failed: log in again
        BadCredentials,     // the token endpoint refused user name/password (400 invalid_grant)
        Forbidden,          // 403
        NotFound,           // 404 (unknown id, or API version not served)
        ServerError,        // other 4xx/5xx with or without a server message
        MalformedResponse,  // body is not JSON where JSON was expected
        UnexpectedResponse, // JSON of the wrong shape (missing id, page without results, …)
        Cancelled,          // the user (or the program) cancelled the request
        Validation,         // the request itself was refused before sending (bad input)
        Local,              // local failure: disk, keychain, settings
    };

    Kind kind = Kind::None;
    int httpStatus = 0;      // 0 when no HTTP status was received
    QString serverMessage;   // the server's own `message` / `error_description`, verbatim
    QString message;         // user-readable sentence(s): what happened, what to try
    QString request;         // RequestSpec::describe() of the failing request, for logs/details

    bool isError() const { return kind != Kind::None; }
};

} // namespace re

Q_DECLARE_METATYPE(re::ApiError)
