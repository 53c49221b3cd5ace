#pragma once

#include "apiversion.h"
#include "request.h"
#include "result.h"

#include "sessions.h"
#include "tenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <initializer_list>

namespace vb365emu {

// A resource path below the version prefix: literal segments (spelled as in the v6+ OpenAPI) and ids.
// v5 hrefs print literals in lower case like the v1–v5 doc examples; ids keep their case and are
// percent-encoded (Exchange ids contain `/`, `+`, `=`).
class ResourcePath
{
public:
    struct Segment
    {
        Segment(const char *literal) : text(QLatin1String(literal)), isId(false) {}
        Segment(const QString &idValue) : text(idValue), isId(true) {}
        static Segment literal(const QString &name)
        {
            Segment s(name);
            s.isId = false;
            return s;
        }
        QString text;
        bool isId;
    };

    ResourcePath(std::initializer_list<Segment> segments) : m_segments(segments) {}
    ResourcePath operator/(const Segment &segment) const;
    QString render(bool lowerCaseLiterals) const;

private:
    QList<Segment> m_segments;
};

// The wire conventions of one request's dialect: hrefs, dates, paging, `_links`/`_actions`.
class Wire
{
public:
    explicit Wire(const Request &request) : m_request(request) {}

    ApiVersion version() const { return m_request.version; }
    // Absolute (v5) or `/vN/…` server-relative (v6+) href, with an optional query.
    QString href(const ResourcePath &path, const QueryItems &query = {}) const;
    QJsonObject link(const ResourcePath &path, const QueryItems &query = {}) const;
    QJsonObject action(const ResourcePath &resource, const QString &verb) const; // {uri, method}
    // `null` (v5/v6) or `root` (v7+): the documented top-level selector.
    QString rootSelector() const;
    // Name of the folder filter of mail items: folderId (v5/v6) or parentId (v7+).
    QString mailItemFolderParameter() const;

    static QString date(const QDateTime &value); // ISO 8601 UTC with milliseconds

    // A paging object: offset, limit, results, `_links` (first/prev/self/next as applicable) and
    // `totalCount` on v6/v7 only. `filters` are repeated in every page link.
    QJsonObject page(const ResourcePath &collection, const QueryItems &filters, PageRange range, qint64 totalCount,
                     const QJsonArray &results) const;

private:
    const Request &m_request;
};

// The validated query parameters of list calls.
Result<PageRange> pageRangeOf(const Request &request);
// parentId (or folderId) → selector; refuses in strict mode the selector spelling of another dialect.
Result<ParentSelector> parentSelectorOf(const Request &request, const QString &parameter);

} // namespace vb365emu
