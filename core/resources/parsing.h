#pragma once

#include "common/result.h"
#include "resources/lenientjson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace re {

// A resource without an id cannot be addressed again, so it is the one field every parser insists
// on. `what` is the resource's user-visible name, already translated.
inline QString missingIdMessage(const QString &what)
{
    return QCoreApplication::translate(
        "Resources", "The server sent a %1 without an id; it cannot be shown or restored.")
        .arg(what);
}

// Reads `id` leniently (a number is accepted as text); nullopt when it is absent or empty.
inline std::optional<QString> requiredId(const LenientObject &json)
{
    std::optional<QString> id = json.string(u"id");
    if (!id || id->isEmpty())
        return std::nullopt;
    return id;
}

// The id of the mailbox or OneDrive a row belongs to: `idKey` (v8 writes mailboxId / oneDriveId), else
// the last path segment of the `linkKey` href in `_links` (every version links the container). Search
// results across a whole session need it: their rows come from many containers.
inline QString containerIdOf(const LenientObject &json, QStringView idKey, QStringView linkKey)
{
    if (std::optional<QString> id = json.string(idKey); id && !id->isEmpty())
        return *id;
    const LenientObject links(json.object(u"_links"));
    const QString href = LenientObject(links.object(linkKey)).stringOr(u"href");
    QString path = href.section(QLatin1Char('?'), 0, 0);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), -1).toUtf8());
}

// One page of rows: the rows that parsed, and one message per row that did not (never dropped
// silently).
template <typename T>
struct ParsedRows
{
    QList<T> rows;
    QStringList errors;
};

template <typename T>
ParsedRows<T> parseRows(const QList<QJsonObject> &objects)
{
    ParsedRows<T> parsed;
    parsed.rows.reserve(objects.size());
    for (const QJsonObject &object : objects) {
        Result<T, QString> row = T::fromJson(object);
        if (row)
            parsed.rows.append(std::move(row).value());
        else
            parsed.errors.append(row.error());
    }
    return parsed;
}

} // namespace re
