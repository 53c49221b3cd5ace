#include "model/browseroles.h"
#include "model/browsesource.h"

#include <QStringList>

namespace re {

ApiError browseError(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError lostSourceError()
{
    return browseError(ApiError::Kind::Cancelled,
                       QCoreApplication::translate("BrowseModels", "The connection to the server has been closed."));
}

std::optional<ApiError> pagingProblem(const BrowsePage &page, qint64 requestedOffset)
{
    if (page.hasMore && page.nextOffset <= requestedOffset)
        return browseError(ApiError::Kind::UnexpectedResponse,
                           QCoreApplication::translate("BrowseModels",
                                                       "The server announced more entries but sent none."));
    return std::nullopt;
}

QString errorDetailsText(const ApiError &error)
{
    QStringList lines{errorDisplayText(error)};
    if (!error.serverMessage.isEmpty() && error.serverMessage != lines.first())
        lines << QCoreApplication::translate("BrowseModels", "Server message: %1").arg(error.serverMessage);
    if (error.httpStatus != 0)
        lines << QCoreApplication::translate("BrowseModels", "HTTP status: %1").arg(error.httpStatus);
    if (!error.request.isEmpty())
        lines << QCoreApplication::translate("BrowseModels", "Request: %1").arg(error.request);
    return lines.join(u'\n');
}

} // namespace re
