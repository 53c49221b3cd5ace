#pragma once

// Small pieces every resource route uses: query names, page answers, 404s, date and boolean parameters.

#include "reply.h"
#include "request.h"
#include "result.h"
#include "router.h"
#include "wire.h"

#include "tenant.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace vb365emu::routes {

inline const QString kOffset = QStringLiteral("offset");
inline const QString kLimit = QStringLiteral("limit");
inline const QString kParentId = QStringLiteral("parentId");
inline const QString kFolderId = QStringLiteral("folderId");
inline const ApiVersions kPerVerbVersions{ApiVersion::V6, ApiVersion::V7, ApiVersion::V8};

// The same documented query names in every served version.
inline QueryNames names(QStringList list)
{
    return [list = std::move(list)](ApiVersion) { return list; };
}

template <typename T, typename ToJson>
Reply pageReply(const Wire &wire, const ResourcePath &collection, const QueryItems &filters, PageRange range,
                const Page<T> &page, ToJson toJson)
{
    QJsonArray results;
    for (const T &entry : page.items)
        results.append(toJson(entry));
    return Reply::json(wire.page(collection, filters, range, page.totalCount, results));
}

// One page of a list the server filtered or ordered itself.
template <typename T>
Page<T> slice(const QList<T> &all, PageRange range)
{
    Page<T> page;
    page.totalCount = all.size();
    page.items = all.mid(std::min<qint64>(range.offset, all.size()), range.limit);
    return page;
}

Reply notFound(const QString &what, const QString &id);
// Accepts the documented forms: ISO 8601 (with or without zone, 0-7 fraction digits),
// "yyyy-MM-dd HH:mm:ss.SSS" and "yyyy.MM.dd HH:mm:ss" (zone-less = UTC).
std::optional<QDateTime> parsePointInTime(const QString &text);
// A true/false query parameter (any case); absent = nullopt.
Result<std::optional<bool>> queryBoolean(const Request &request, const QString &name);

} // namespace vb365emu::routes
