#include "routehelpers.h"

namespace vb365emu::routes {

Reply notFound(const QString &what, const QString &id)
{
    return Reply::message(404, QStringLiteral("%1 with ID '%2' was not found.").arg(what, id));
}

std::optional<QDateTime> parsePointInTime(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                      QStringLiteral("yyyy.MM.dd HH:mm:ss")}) {
            value = QDateTime::fromString(text, format);
            if (value.isValid())
                break;
        }
    }
    if (!value.isValid())
        return std::nullopt;
    if (value.timeSpec() == Qt::LocalTime)
        value.setTimeSpec(Qt::UTC);
    return value.toUTC();
}

Result<std::optional<bool>> queryBoolean(const Request &request, const QString &name)
{
    const std::optional<QString> text = request.queryValue(name);
    if (!text)
        return std::optional<bool>();
    if (text->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return std::optional<bool>(true);
    if (text->compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return std::optional<bool>(false);
    return fail(QStringLiteral("The query parameter '%1' must be true or false.").arg(name));
}

} // namespace vb365emu::routes
