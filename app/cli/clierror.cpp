#include "cli/clierror.h"

#include <QRegularExpression>

namespace re::cli {

ExitCode exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Tls:
        return ExitCode::TlsTrust;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::BadCredentials:
    case ApiError::Kind::Forbidden:
        return ExitCode::Authentication;
    case ApiError::Kind::Validation:
        return ExitCode::Usage;
    case ApiError::Kind::Local:
        return ExitCode::Local;
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::NotFound: // a 404 of the server (unknown id, prefix not served): the server's word
    case ApiError::Kind::ServerError:
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::UnexpectedResponse:
    case ApiError::Kind::Cancelled:
        return ExitCode::ServerError;
    }
    return ExitCode::ServerError;
}

QString oneLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    return QString(text).replace(breaks, QStringLiteral(" ")).trimmed();
}

} // namespace re::cli
