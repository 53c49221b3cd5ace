#pragma once

#include "apiversion.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace vb365emu {

using QueryItems = QList<QPair<QString, QString>>;

// One request as the handlers see it: the path split into percent-decoded segments (so ids may contain
// `/`, `+` and `=`), the query decoded form-style (`+` is a space, like ASP.NET), the body as received.
struct Request
{
    QString method;      // upper case: GET, POST, HEAD…
    QString path;        // decoded, for logs and fault patterns
    QStringList segments; // decoded segments of the whole path
    QueryItems query;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QString baseUrl; // scheme://host:port of this server, for absolute hrefs

    ApiVersion version = ApiVersion::V8; // valid once the prefix was recognised
    bool strict = false;

    // Case-insensitive in lenient mode, exact in strict mode.
    std::optional<QString> queryValue(const QString &name) const;
    bool isForm() const;
};

Request requestFromHttp(const QHttpServerRequest &http, const QString &baseUrl);
QueryItems parseFormEncoded(const QByteArray &encoded);

} // namespace vb365emu
