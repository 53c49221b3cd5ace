#include "wire.h"

#include <QUrl>

namespace vb365emu {

namespace {
constexpr qint64 kDefaultLimit = 30;
constexpr qint64 kMaxLimit = 10000; // the v5 changelog's cap
} // namespace

ResourcePath ResourcePath::operator/(const Segment &segment) const
{
    ResourcePath copy = *this;
    copy.m_segments.append(segment);
    return copy;
}

QString ResourcePath::render(bool lowerCaseLiterals) const
{
    QStringList parts;
    for (const Segment &segment : m_segments) {
        if (segment.isId)
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(segment.text)));
        else
            parts.append(lowerCaseLiterals ? segment.text.toLower() : segment.text);
    }
    return parts.join(QLatin1Char('/'));
}

QString Wire::href(const ResourcePath &path, const QueryItems &query) const
{
    const bool absolute = hasAbsoluteHrefs(m_request.version);
    QString url = (absolute ? m_request.baseUrl : QString()) + QLatin1Char('/') + versionPrefix(m_request.version)
                  + QLatin1Char('/') + path.render(absolute);
    QStringList pairs;
    for (const auto &[name, value] : query)
        pairs.append(name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!pairs.isEmpty())
        url += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    return url;
}

QJsonObject Wire::link(const ResourcePath &path, const QueryItems &query) const
{
    return QJsonObject{{QStringLiteral("href"), href(path, query)}};
}

QJsonObject Wire::action(const ResourcePath &resource, const QString &verb) const
{
    // v5 actions all post to <resource>/action with the verb as body key.
    const ResourcePath target =
        resource / ResourcePath::Segment::literal(usesActionEndpoints(m_request.version) ? QStringLiteral("action") : verb);
    return QJsonObject{{QStringLiteral("uri"), href(target)}, {QStringLiteral("method"), QStringLiteral("POST")}};
}

QString Wire::rootSelector() const
{
    return usesRootSelector(m_request.version) ? QStringLiteral("root") : QStringLiteral("null");
}

QString Wire::mailItemFolderParameter() const
{
    return mailItemsFilterByParentId(m_request.version) ? QStringLiteral("parentId") : QStringLiteral("folderId");
}

QString Wire::date(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject Wire::page(const ResourcePath &collection, const QueryItems &filters, PageRange range, qint64 totalCount,
                       const QJsonArray &results) const
{
    const auto pageLink = [&](qint64 offset) {
        QueryItems query = filters;
        query.append({QStringLiteral("offset"), QString::number(offset)});
        query.append({QStringLiteral("limit"), QString::number(range.limit)});
        return link(collection, query);
    };
    QJsonObject links{{QStringLiteral("self"), pageLink(range.offset)}};
    if (range.offset > 0) {
        links.insert(QStringLiteral("first"), pageLink(0));
        links.insert(QStringLiteral("prev"), pageLink(std::max<qint64>(0, range.offset - range.limit)));
    }
    if (range.offset + range.limit < totalCount)
        links.insert(QStringLiteral("next"), pageLink(range.offset + range.limit));
    QJsonObject page{
        {QStringLiteral("offset"), range.offset},
        {QStringLiteral("limit"), range.limit},
        {QStringLiteral("results"), results},
        {QStringLiteral("_links"), links},
    };
    if (pagesCarryTotalCount(m_request.version))
        page.insert(QStringLiteral("totalCount"), totalCount);
    return page;
}

Result<PageRange> pageRangeOf(const Request &request)
{
    PageRange range{0, kDefaultLimit};
    const auto number = [&request](const QString &name, qint64 &target) -> QString {
        const std::optional<QString> text = request.queryValue(name);
        if (!text)
            return {};
        bool ok = false;
        const qint64 value = text->toLongLong(&ok);
        if (!ok || value < 0)
            return QStringLiteral("The query parameter '%1' must be a non-negative integer, not '%2'.").arg(name, *text);
        target = value;
        return {};
    };
    for (const QString &error : {number(QStringLiteral("offset"), range.offset), number(QStringLiteral("limit"), range.limit)}) {
        if (!error.isEmpty())
            return fail(error);
    }
    if (range.limit > kMaxLimit) {
        if (request.strict)
            return fail(QStringLiteral("The query parameter 'limit' may not exceed %1.").arg(kMaxLimit));
        range.limit = kMaxLimit;
    }
    if (range.limit == 0)
        range.limit = kDefaultLimit;
    return range;
}

Result<ParentSelector> parentSelectorOf(const Request &request, const QString &parameter)
{
    const std::optional<QString> value = request.queryValue(parameter);
    if (!value)
        return ParentSelector::everything();
    const bool isNull = value->compare(QLatin1String("null"), Qt::CaseInsensitive) == 0;
    const bool isRoot = value->compare(QLatin1String("root"), Qt::CaseInsensitive) == 0;
    if (!isNull && !isRoot)
        return ParentSelector::childrenOf(*value);
    if (request.strict) {
        const QString documented = usesRootSelector(request.version) ? QStringLiteral("root") : QStringLiteral("null");
        if (*value != documented)
            return fail(QStringLiteral("%1=%2 is not the top-level selector of %3; use %1=%4.")
                            .arg(parameter, *value, versionPrefix(request.version), documented));
    }
    return ParentSelector::topLevel();
}

} // namespace vb365emu
