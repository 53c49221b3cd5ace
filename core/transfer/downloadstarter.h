#pragma once

#include "transfer/downloadtypes.h"

#include <QByteArray>
#include <QNetworkRequest>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace re {

// A starter that sends `method` with `body` to `request` on `nam` for every attempt, adding the
// attempt's headers (DownloadAttempt::applyTo) and switching off QNAM's transfer timeout (the job's
// watchdog owns inactivity). `nam` must outlive the job. Used by the benchmark and tests; the API
// client's adapter does the same with authentication and TLS trust on top.
DownloadStarter starterFor(QNetworkAccessManager *nam, QNetworkRequest request,
                           QByteArray method = QByteArrayLiteral("GET"), QByteArray body = {});

} // namespace re
