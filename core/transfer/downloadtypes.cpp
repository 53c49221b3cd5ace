#include "transfer/downloadtypes.h"

#include <QCoreApplication>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace re {

QString displayName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued:
        return QCoreApplication::translate("DownloadState", "Queued");
    case DownloadState::Preparing:
        return QCoreApplication::translate("DownloadState", "Preparing on server");
    case DownloadState::Downloading:
        return QCoreApplication::translate("DownloadState", "Downloading");
    case DownloadState::Retrying:
        return QCoreApplication::translate("DownloadState", "Retrying");
    case DownloadState::Verifying:
        return QCoreApplication::translate("DownloadState", "Verifying");
    case DownloadState::Finished:
        return QCoreApplication::translate("DownloadState", "Finished");
    case DownloadState::Failed:
        return QCoreApplication::translate("DownloadState", "Failed");
    case DownloadState::Cancelled:
        return QCoreApplication::translate("DownloadState", "Cancelled");
    }
    return {};
}

bool isTerminal(DownloadState state)
{
    return state == DownloadState::Finished || state == DownloadState::Failed
        || state == DownloadState::Cancelled;
}

bool isRunning(DownloadState state)
{
    return state != DownloadState::Queued && !isTerminal(state);
}

void DownloadAttempt::applyTo(QNetworkRequest &request) const
{
    request.setRawHeader("Accept", "application/octet-stream");
    // Uncompressed: Content-Length then counts the bytes we write, and no CPU goes to inflating.
    request.setRawHeader("Accept-Encoding", "identity");
    if (resumeOffset > 0 && !validator.isEmpty()) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(resumeOffset) + '-');
        request.setRawHeader("If-Range", validator);
    }
}

QString serverKeyFor(const QUrl &url)
{
    const int defaultPort = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80;
    return url.host().toLower() + u':' + QString::number(url.port(defaultPort));
}

std::function<std::chrono::milliseconds(int)> exponentialBackoff(std::chrono::milliseconds first,
                                                                 std::chrono::milliseconds cap)
{
    return [first, cap](int failedAttempts) {
        std::chrono::milliseconds delay = first;
        for (int i = 1; i < failedAttempts && delay < cap; ++i)
            delay *= 2;
        return qMin(delay, cap);
    };
}

} // namespace re
