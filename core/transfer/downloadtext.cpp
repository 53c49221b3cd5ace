#include "transfer/downloadtext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace re {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("re::DownloadText", text);
}

QString clock(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    return h > 0 ? u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : u"%1:%2"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace

QString sizeText(const DownloadSnapshot &snapshot)
{
    const QLocale locale;
    if (snapshot.state == DownloadState::Finished || snapshot.receivedBytes == snapshot.totalBytes)
        return locale.formattedDataSize(snapshot.receivedBytes);
    if (snapshot.totalBytes < 0)
        return snapshot.receivedBytes > 0 ? locale.formattedDataSize(snapshot.receivedBytes) : QString();
    return trText("%1 of %2").arg(locale.formattedDataSize(snapshot.receivedBytes),
                                  locale.formattedDataSize(snapshot.totalBytes));
}

QString speedText(double bytesPerSecond)
{
    if (bytesPerSecond <= 0.0)
        return {};
    return trText("%1/s").arg(QLocale().formattedDataSize(static_cast<qint64>(bytesPerSecond)));
}

QString etaText(std::optional<qint64> seconds)
{
    return seconds && *seconds >= 0 ? clock(*seconds) : QString();
}

int percentDone(const DownloadSnapshot &snapshot)
{
    if (snapshot.state == DownloadState::Finished)
        return 100;
    if (snapshot.totalBytes <= 0)
        return -1;
    return static_cast<int>(std::clamp<qint64>(snapshot.receivedBytes * 100 / snapshot.totalBytes, 0, 100));
}

QString stateText(const DownloadSnapshot &snapshot)
{
    const QString state = displayName(snapshot.state);
    switch (snapshot.state) {
    case DownloadState::Preparing:
        return snapshot.waitingMs >= 1000 ? trText("%1 (%2)").arg(state, clock(snapshot.waitingMs / 1000)) : state;
    case DownloadState::Retrying:
        return trText("Retrying in %1 s (attempt %2 of %3): %4")
            .arg((snapshot.retryInMs + 999) / 1000)
            .arg(snapshot.attempt + 1)
            .arg(snapshot.maxAttempts)
            .arg(snapshot.error.message);
    case DownloadState::Failed:
        return trText("Failed: %1").arg(snapshot.error.message);
    default:
        return state;
    }
}

} // namespace re
