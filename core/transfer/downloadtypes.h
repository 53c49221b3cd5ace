#pragma once

#include "api/apierror.h"
#include "common/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QObject;
class QNetworkRequest;
QT_END_NAMESPACE

namespace re {

enum class DownloadState {
    Queued,      // waiting for a free slot on its server
    Preparing,   // request sent, nothing back yet: the server is building the file
    Downloading, // bytes are arriving
    Retrying,    // the connection failed; waiting (backoff) before re-issuing the action
    Verifying,   // all bytes in: checking length, sniffing the type, naming the file
    Finished,    // the file is at finalPath
    Failed,      // see error; no file, no .part left behind
    Cancelled,   // by the user; no file, no .part left behind
};

// For the downloads panel and the CLI ("Preparing on server", "Retrying", …), translated.
QString displayName(DownloadState state);
bool isTerminal(DownloadState state); // Finished, Failed, Cancelled
bool isRunning(DownloadState state);  // Preparing, Downloading, Retrying, Verifying: holds a slot

// One try at fetching the file. The job hands it to its starter, which re-issues the save/export
// action; applyTo() adds what the attempt needs to the request.
struct DownloadAttempt
{
    int number = 1;          // 1-based
    qint64 resumeOffset = 0; // > 0: ask for the rest only (the server advertised ranges)
    QByteArray validator;    // ETag or Last-Modified of the first reply, for If-Range

    // Accept: application/octet-stream, Accept-Encoding: identity; and, when resuming, Range: bytes=N- with If-Range, so a
    // server whose file changed answers 200 with the whole new file instead of a wrong tail.
    void applyTo(QNetworkRequest &request) const;
};

// Sends the request of one attempt and hands back the reply (the job deletes it when done), or an
// error when the request could not even be sent. Errors of kind Timeout, ConnectionLost or
// ConnectionRefused are retried like a dropped connection (e.g. a token refresh in flight); any
// other kind (not logged in, …) ends the download. The reply must have no
// transfer timeout of its own: the job's watchdog judges inactivity (a server may prepare a PST
// for many minutes before the first byte).
using DownloadStarter = std::function<Result<QNetworkReply *, ApiError>(const DownloadAttempt &)>;

struct DownloadRequest
{
    DownloadStarter start;
    QString serverKey;       // "host:port": downloads to one server share its concurrency limit
    QString targetDirectory; // where the file goes
    // The name to use when the server sends no Content-Disposition filename, with the action's
    // nominal extension ("Mailbox.pst", "Documents.zip"). Sanitised like a server name.
    QString suggestedName;
    // Called when the server answers 401 (the token expired or was revoked mid-download): renew
    // the login, then report. Success repeats the attempt with the new token; failure ends the
    // download with that error. Unset: a 401 ends the download.
    std::function<void(QObject *context, std::function<void(Result<void, ApiError>)> done)> renewLogin;
};

// "host:port" of a URL, the key DownloadManager limits concurrency by.
QString serverKeyFor(const QUrl &url);

// Exponential backoff: first, 2×first, 4×first, … capped at `cap`.
std::function<std::chrono::milliseconds(int failedAttempts)>
exponentialBackoff(std::chrono::milliseconds first, std::chrono::milliseconds cap);

struct DownloadPolicy
{
    int maxAttempts = 5;
    // Delay before attempt n+1 after n attempts failed. Tests inject short ones.
    std::function<std::chrono::milliseconds(int failedAttempts)> retryDelay =
        exponentialBackoff(std::chrono::seconds(2), std::chrono::seconds(60));
    // No header or byte for this long while the server prepares the file: give up this attempt.
    // There is no total timeout: a big PST export may legitimately take longer than this overall.
    std::chrono::milliseconds firstByteTimeout = std::chrono::minutes(60);
    // Once data flows, this long without a byte counts as a dropped connection (and is retried).
    std::chrono::milliseconds stallTimeout = std::chrono::minutes(2);
    // Memory bounds: QNAM holds at most replyBufferBytes undelivered; we read and write at most
    // chunkBytes at a time. 256 KiB, not 1 MiB: page-cache writes of 1 MiB cost this Linux 6.x
    // 2-4x the kernel CPU of 64-256 KiB ones (docs/performance.md, measured with re-download-bench).
    qint64 replyBufferBytes = 4 * 1024 * 1024;
    qint64 chunkBytes = 256 * 1024;
    // Refuse to start when the known size would leave less than this free on the target disk.
    qint64 freeSpaceReserveBytes = 16 * 1024 * 1024;
};

// Everything the downloads panel shows for one job.
struct DownloadSnapshot
{
    QString name;            // final file name once known, else the (sanitised) suggested name
    QString serverKey;
    DownloadState state = DownloadState::Queued;
    qint64 receivedBytes = 0;
    qint64 totalBytes = -1;  // -1: unknown (no Content-Length)
    double bytesPerSecond = 0.0;
    std::optional<qint64> etaSeconds;
    int attempt = 0;         // current attempt, 1-based (0 before the first)
    int maxAttempts = 0;
    qint64 retryInMs = 0;    // Retrying: time left before the next attempt
    qint64 waitingMs = 0;    // Preparing: time since the request was sent
    QString finalPath;       // Finished: absolute path of the file
    ApiError error;          // Failed: what went wrong, readable
};

} // namespace re

Q_DECLARE_METATYPE(re::DownloadState)
