#include "api/client/errormapper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace re::errors {

namespace {

constexpr qsizetype kMaxServerMessageLength = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

ApiError make(ApiError::Kind kind, QString message, const QString &request, int status = 0,
              QString serverMessage = {})
{
    ApiError error;
    error.kind = kind;
    error.message = std::move(message);
    error.request = request;
    error.httpStatus = status;
    error.serverMessage = std::move(serverMessage);
    return error;
}

QString seconds(std::chrono::milliseconds limit)
{
    // Whole seconds read best; sub-second limits only occur in tests.
    if (limit.count() % 1000 == 0)
        return QString::number(limit.count() / 1000);
    return QString::number(static_cast<double>(limit.count()) / 1000.0, 'f', 1);
}

QString serviceHint()
{
    return tr("Check the address and port and that the Veeam Backup for Microsoft 365 REST API service is running.");
}

// What a status means to a help-desk user, and what to try.
QString statusExplanation(int status, const QString &server)
{
    switch (status) {
    case 400:
        return tr("The server rejected the request as invalid. Check the values you entered.");
    case 401:
        return tr("Your session on the server has ended. Log in again.");
    case 403:
        return tr("Your account is not allowed to do this on %1. Ask the server's administrator for the "
                  "needed Veeam Backup for Microsoft 365 role.").arg(server);
    case 404:
        return tr("The server does not know this item or address. It may have been removed, or the restore "
                  "session may have ended; refresh the view and try again.");
    case 405:
        return tr("The server does not offer this operation at this address. The server may run a different "
                  "version of the REST API than the one chosen for it.");
    case 408:
    case 504:
        return tr("The server took too long to answer. Try again later.");
    case 409:
        return tr("The server refused because of a conflicting operation. Wait for it to finish and try again.");
    case 429:
    case 503:
        return tr("The server %1 is busy or unavailable at the moment. Try again in a few minutes.").arg(server);
    case 502:
        return tr("A gateway or proxy between you and %1 could not reach the server. Try again; if it keeps "
                  "happening, check the network path to the server.").arg(server);
    default:
        break;
    }
    if (status >= 500)
        return tr("The server %1 ran into a problem while handling the request. Try again; if it keeps "
                  "happening, check the Veeam Backup for Microsoft 365 REST API log on the server.").arg(server);
    return tr("The server refused the request. Try again; if it keeps happening, contact the server's "
              "administrator.");
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401: return ApiError::Kind::Unauthorized;
    case 403: return ApiError::Kind::Forbidden;
    case 404: return ApiError::Kind::NotFound;
    default: return ApiError::Kind::ServerError;
    }
}

QString findMember(const QJsonObject &object, QLatin1StringView name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0 && it.value().isString())
            return it.value().toString().trimmed();
    }
    return {};
}

} // namespace

QString hostPort(const QUrl &url)
{
    const int defaultPort = url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    QString host = url.host();
    if (host.contains(u':'))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    return host + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

QString serverMessageFrom(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    QString text;
    for (const QLatin1StringView name : {QLatin1StringView("message"), QLatin1StringView("error_description"),
                                         QLatin1StringView("error")}) {
        text = findMember(object, name);
        if (!text.isEmpty())
            break;
    }
    if (text.size() > kMaxServerMessageLength)
        text = text.left(kMaxServerMessageLength) + QChar(0x2026);
    return text;
}

ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &qtText, const QUrl &url,
                          const QString &request)
{
    const QString server = hostPort(url);
    using E = QNetworkReply::NetworkError;
    switch (code) {
    case E::HostNotFoundError:
        return make(ApiError::Kind::HostNotFound,
                    tr("The server name \"%1\" could not be found. Check the spelling of the address and your "
                       "network or DNS settings.").arg(url.host()),
                    request);
    case E::ConnectionRefusedError:
        return make(ApiError::Kind::ConnectionRefused,
                    tr("The server %1 refused the connection. %2").arg(server, serviceHint()), request);
    case E::TimeoutError:
        return make(ApiError::Kind::Timeout,
                    tr("The connection to %1 timed out. Check the network and any firewall between you and "
                       "the server, then try again.").arg(server),
                    request);
    case E::OperationCanceledError:
        return cancelled(request);
    case E::SslHandshakeFailedError:
        return make(ApiError::Kind::Tls,
                    tr("A secure connection to %1 could not be established (%2). Check that the address uses "
                       "https and the REST API port, and that the server's certificate is valid.")
                        .arg(server, qtText),
                    request);
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return make(ApiError::Kind::ConnectionLost,
                    tr("The proxy server could not connect to %1 (%2). Check the proxy settings of this "
                       "computer.").arg(server, qtText),
                    request);
    case E::RemoteHostClosedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
        return make(ApiError::Kind::ConnectionLost,
                    tr("The connection to %1 was lost before the server finished answering (%2). Try again; if "
                       "it keeps happening, check the network and the server.").arg(server, qtText),
                    request);
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return make(ApiError::Kind::ServerError,
                    tr("The server %1 redirected the request in a way that cannot be followed (%2). Check that "
                       "the address points at the REST API itself.").arg(server, qtText),
                    request);
    default:
        break;
    }
    return make(ApiError::Kind::ConnectionLost,
                tr("The request to %1 failed (%2). Try again; if it keeps happening, check the network and the "
                   "server.").arg(server, qtText),
                request);
}

ApiError fromHttpStatus(int status, const QByteArray &body, const QUrl &url, const QString &request)
{
    const QString serverText = serverMessageFrom(body);
    const QString explanation = statusExplanation(status, hostPort(url));
    QString message;
    if (serverText.isEmpty())
        message = tr("The server answered with HTTP status %1. %2").arg(QString::number(status), explanation);
    else
        message = tr("The server said: \"%1\" (HTTP status %2). %3")
                      .arg(serverText, QString::number(status), explanation);
    return make(kindForStatus(status), message, request, status, serverText);
}

ApiError timeout(TimeoutStage stage, std::chrono::milliseconds limit, const QUrl &url, const QString &request)
{
    const QString server = hostPort(url);
    QString message;
    switch (stage) {
    case TimeoutStage::Connect:
        message = tr("Could not connect to %1 within %2 seconds. Check the address, the network and any "
                     "firewall between you and the server.").arg(server, seconds(limit));
        break;
    case TimeoutStage::FirstByte:
        message = tr("The server %1 accepted the request but did not answer within %2 seconds. It may be busy; "
                     "try again later.").arg(server, seconds(limit));
        break;
    case TimeoutStage::Inactivity:
        message = tr("The server %1 stopped sending data for %2 seconds. The connection may have been lost; "
                     "try again.").arg(server, seconds(limit));
        break;
    }
    return make(ApiError::Kind::Timeout, message, request);
}

ApiError malformedJson(const QJsonParseError &parseError, const QByteArray &contentType, const QUrl &url,
                       const QString &request)
{
    QString message = tr("The server %1 sent a reply that is not valid JSON (%2 at character %3).")
                          .arg(hostPort(url), parseError.errorString(), QString::number(parseError.offset));
    if (!contentType.isEmpty() && !contentType.contains("json"))
        message += QLatin1Char(' ')
                   + tr("It sent \"%1\" instead; a proxy or another web service may be answering at this address.")
                         .arg(QString::fromLatin1(contentType));
    message += QLatin1Char(' ')
               + tr("Check that the address points at the Veeam Backup for Microsoft 365 REST API, then try again.");
    return make(ApiError::Kind::MalformedResponse, message, request);
}

ApiError unexpectedShape(const QString &detail, const QString &request)
{
    return make(ApiError::Kind::UnexpectedResponse,
                tr("The server's reply could not be understood: %1 The server may run a REST API version this "
                   "program does not expect; check the API version chosen for this server.").arg(detail),
                request);
}

ApiError cancelled(const QString &request)
{
    return make(ApiError::Kind::Cancelled, tr("The request was cancelled."), request);
}

ApiError certificateUntrusted(const QUrl &url, const QStringList &problems, const QString &request)
{
    const QString reasons = problems.isEmpty() ? tr("no reason given") : problems.join(QStringLiteral("; "));
    return make(ApiError::Kind::Tls,
                tr("The certificate of %1 is not trusted (%2). Compare its fingerprint with the one the "
                   "server's administrator gives you before you trust it for this server.")
                    .arg(hostPort(url), reasons),
                request);
}

ApiError certificateChanged(const QUrl &url, const QString &request)
{
    return make(ApiError::Kind::Tls,
                tr("The certificate of %1 is not the one you trusted for this server. Someone may be "
                   "intercepting the connection. Do not continue unless the server's administrator confirms a "
                   "new certificate; then trust the new one in the server's settings.").arg(hostPort(url)),
                request);
}

ApiError notLoggedIn(const QString &request)
{
    return make(ApiError::Kind::Unauthorized, tr("You are not logged in to the server. Log in first."), request);
}

ApiError sessionEnded(const ApiError &cause)
{
    ApiError error = make(ApiError::Kind::Unauthorized, tr("Your session on the server has ended. Log in again."),
                          cause.request, cause.httpStatus, cause.serverMessage);
    return error;
}

ApiError loginBeingRenewed(const QString &request)
{
    return make(ApiError::Kind::ConnectionLost,
                tr("The login to the server is being renewed. Try again in a moment."), request);
}

ApiError badCredentials(const ApiError &cause)
{
    QString message = tr("The server did not accept the user name or password.");
    if (!cause.serverMessage.isEmpty())
        message += QLatin1Char(' ') + tr("It said: \"%1\".").arg(cause.serverMessage);
    message += QLatin1Char(' ')
               + tr("Check them (a Windows account is written DOMAIN\\user) and try again.");
    return make(ApiError::Kind::BadCredentials, message, cause.request, cause.httpStatus, cause.serverMessage);
}

ApiError noApiVersion(const QString &request)
{
    return make(ApiError::Kind::Validation,
                tr("No API version has been chosen for this server yet. Connect first, or choose a version in "
                   "the server's settings."),
                request);
}

ApiError invalidRequest(const QString &request)
{
    return make(ApiError::Kind::Validation,
                tr("This operation cannot be sent to the server as requested. Check the selection and try again."),
                request);
}

ApiError noSupportedVersion(const QUrl &url)
{
    return make(ApiError::Kind::NotFound,
                tr("%1 does not offer a Veeam Backup for Microsoft 365 REST API version this program supports "
                   "(v5 to v8). Check the address and port (the REST API's default port is 4443).")
                    .arg(hostPort(url)),
                {});
}

} // namespace re::errors
