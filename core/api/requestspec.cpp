#include "api/requestspec.h"

namespace re {

namespace {

// Everything but RFC 3986 unreserved characters is encoded, so ids with '+', '/', '=' survive
// and the server's form-style query decoding cannot turn '+' into a space.
QByteArray encodeComponent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace

QUrl RequestSpec::url(const QUrl &serverRoot) const
{
    QByteArray encoded = serverRoot.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    for (const QString &segment : pathSegments) {
        encoded += '/';
        encoded += encodeComponent(segment);
    }
    if (!query.isEmpty()) {
        encoded += '?';
        bool first = true;
        for (const auto &[name, value] : query) {
            if (!first)
                encoded += '&';
            first = false;
            encoded += encodeComponent(name);
            encoded += '=';
            encoded += encodeComponent(value);
        }
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QString RequestSpec::describe() const
{
    QString path;
    for (const QString &segment : pathSegments)
        path += QLatin1Char('/') + segment;
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

} // namespace re
