#pragma once

// A plain synchronous HTTP client for the emulator tests: QNetworkAccessManager + an event loop,
// nothing from core/ (the emulator must be checked independently of the client).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vb365emu::test {

struct HttpResult
{
    int status = 0; // 0 = no HTTP answer (see networkError)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;
    bool networkFailed = false;

    QByteArray header(const QByteArray &name) const;
    QJsonValue json() const; // undefined when the body is not JSON
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base, QString pinnedSha256 = {});

    void setBearer(const QString &token) { m_bearer = token; }
    QString bearer() const { return m_bearer; }
    QUrl base() const { return m_base; }

    // `pathAndQuery` is appended to the base URL verbatim (so tests control the encoding).
    HttpResult get(const QString &pathAndQuery, int timeoutMs = 30000);
    HttpResult head(const QString &pathAndQuery);
    HttpResult postJson(const QString &pathAndQuery, const QByteArray &json, int timeoutMs = 30000);
    HttpResult postForm(const QString &pathAndQuery, const QByteArray &form);
    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                    const QByteArray &contentType, int timeoutMs = 30000);

    // Logs in with the password grant; returns false when the token call fails.
    bool login(const QString &prefix, const QString &user, const QString &password);

    static QByteArray encodeSegment(const QString &id); // percent-encodes `/`, `+`, `=` too

private:
    QUrl m_base;
    QString m_pin;
    QString m_bearer;
    QNetworkAccessManager m_nam;
};

} // namespace vb365emu::test
