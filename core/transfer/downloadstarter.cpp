#include "transfer/downloadstarter.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <utility>

namespace re {

DownloadStarter starterFor(QNetworkAccessManager *nam, QNetworkRequest request, QByteArray method,
                           QByteArray body)
{
    return [nam = QPointer<QNetworkAccessManager>(nam), request = std::move(request),
            method = std::move(method), body = std::move(body)](
               const DownloadAttempt &attempt) -> Result<QNetworkReply *, ApiError> {
        if (!nam) {
            ApiError error;
            error.kind = ApiError::Kind::Local;
            error.message = QCoreApplication::translate("re::DownloadJob",
                                                        "The connection to the server was closed.");
            return unexpected(std::move(error));
        }
        QNetworkRequest attemptRequest = request;
        attempt.applyTo(attemptRequest);
        attemptRequest.setTransferTimeout(0);
        if (!body.isEmpty() && !attemptRequest.header(QNetworkRequest::ContentTypeHeader).isValid())
            attemptRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return nam->sendCustomRequest(attemptRequest, method, body);
    };
}

} // namespace re
