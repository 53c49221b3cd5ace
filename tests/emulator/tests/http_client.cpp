#include "http_client.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace vb365emu::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonValue HttpResult::json() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

HttpClient::HttpClient(QUrl base, QString pinnedSha256) : m_base(std::move(base)), m_pin(std::move(pinnedSha256)) {}

QByteArray HttpClient::encodeSegment(const QString &id)
{
    return QUrl::toPercentEncoding(id);
}

HttpResult HttpClient::get(const QString &pathAndQuery, int timeoutMs)
{
    return send("GET", pathAndQuery, {}, {}, timeoutMs);
}

HttpResult HttpClient::head(const QString &pathAndQuery)
{
    return send("HEAD", pathAndQuery, {}, {});
}

HttpResult HttpClient::postJson(const QString &pathAndQuery, const QByteArray &json, int timeoutMs)
{
    return send("POST", pathAndQuery, json, "application/json", timeoutMs);
}

HttpResult HttpClient::postForm(const QString &pathAndQuery, const QByteArray &form)
{
    return send("POST", pathAndQuery, form, "application/x-www-form-urlencoded");
}

HttpResult HttpClient::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &contentType, int timeoutMs)
{
    QNetworkRequest request(QUrl::fromEncoded(m_base.toEncoded() + pathAndQuery.toUtf8(), QUrl::StrictMode));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // QNAM only knows that a HEAD answer has no body when it is sent as a real HEAD.
    QNetworkReply *reply = verb == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QByteArray presented = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (!m_pin.isEmpty() && presented == m_pin.toLatin1())
            reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    result.networkFailed = reply->error() != QNetworkReply::NoError && result.status == 0;
    if (reply->error() != QNetworkReply::NoError)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

bool HttpClient::login(const QString &prefix, const QString &user, const QString &password)
{
    const QByteArray form = "grant_type=password&username=" + QUrl::toPercentEncoding(user)
                            + "&password=" + QUrl::toPercentEncoding(password);
    const HttpResult r = postForm(QStringLiteral("/%1/Token").arg(prefix), form);
    if (r.status != 200)
        return false;
    m_bearer = r.json().toObject().value(QStringLiteral("access_token")).toString();
    return !m_bearer.isEmpty();
}

} // namespace vb365emu::test
