#include "request.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace vb365emu {

namespace {

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

QByteArray headerValue(const QHttpServerRequest &http, const QByteArray &name)
{
    for (const auto &[key, value] : http.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QueryItems parseFormEncoded(const QByteArray &encoded)
{
    QueryItems items;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            items.append({formDecode(pair), QString()});
        else
            items.append({formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))});
    }
    return items;
}

std::optional<QString> Request::queryValue(const QString &name) const
{
    const Qt::CaseSensitivity cs = strict ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const auto &[key, value] : query) {
        if (key.compare(name, cs) == 0)
            return value;
    }
    return std::nullopt;
}

bool Request::isForm() const
{
    return contentType.toLower().startsWith("application/x-www-form-urlencoded");
}

Request requestFromHttp(const QHttpServerRequest &http, const QString &baseUrl)
{
    Request r;
    r.method = methodName(http.method());
    const QUrl url = http.url();
    // Split the still-encoded path so that %2F inside an id does not become a separator.
    const QByteArray encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &segment : encodedPath.split('/')) {
        if (!segment.isEmpty())
            r.segments.append(QUrl::fromPercentEncoding(segment));
    }
    r.path = QLatin1Char('/') + r.segments.join(QLatin1Char('/'));
    r.query = parseFormEncoded(url.query(QUrl::FullyEncoded).toLatin1());
    r.body = http.body();
    r.contentType = headerValue(http, "Content-Type");
    r.authorization = headerValue(http, "Authorization");
    r.baseUrl = baseUrl;
    return r;
}

} // namespace vb365emu
