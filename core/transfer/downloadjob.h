#pragma once

#include "transfer/downloadtypes.h"
#include "transfer/ratemeter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace re {

// One file: streams a save/export reply into "<name>.part" in the target folder as it arrives
// (never holding it in memory), retries dropped connections by re-issuing the action (resuming with
// Range/If-Range only where the server advertised it), checks the length, decides the type from the
// first bytes and renames the .part to a sanitised name that overwrites nothing.
// A job that ends Failed or Cancelled leaves no file behind; the .part never carries a final name.
class DownloadJob : public QObject
{
    Q_OBJECT

public:
    explicit DownloadJob(DownloadRequest request, DownloadPolicy policy = {},
                         QObject *parent = nullptr);
    ~DownloadJob() override;

    // Queued → running. Also starts a Failed or Cancelled job afresh (the panel's "Retry").
    void start();
    // Stops the transfer and removes the .part. No effect on a finished job.
    void cancel();
    // Failed/Cancelled → Queued, so a manager schedules it again.
    void requeue();

    DownloadState state() const { return m_state; }
    QString serverKey() const { return m_request.serverKey; }
    DownloadSnapshot snapshot() const;
    // The .part being written while running (for tests and diagnostics), empty otherwise.
    QString partPath() const;

signals:
    void stateChanged(re::DownloadState state);
    // At most ~10 per second while bytes arrive, and once at every state change.
    void progressChanged(qint64 receivedBytes, qint64 totalBytes);
    // Reached Finished, Failed or Cancelled.
    void finished();

private:
    enum class AbortReason { None, Watchdog, RangeMismatch, LocalError };

    void setState(DownloadState state);
    void beginAttempt(qint64 resumeOffset);
    void limitReplyBuffer();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onWatchdog();
    bool acceptHeaders(QNetworkReply *reply);
    void consumeBody(QNetworkReply *reply);
    void startWriteback(bool all);
    void collectErrorBody(QNetworkReply *reply);
    void renewLoginAndRepeat();
    void handleFailedAttempt(const ApiError &error, bool retryable);
    void verifyAndCommit();
    void fail(ApiError error);
    void detachReply();
    void discardPart();
    void emitProgress(bool force);
    QString preferredName() const;

    Result<void, ApiError> openPartFile();
    Result<void, ApiError> ensureFreeSpace(qint64 bytesStillToCome) const;
    Result<QString, ApiError> commitPartFile(const QString &fileName);
    // `writeErrno`: errno right after the failed write (0 when not known).
    ApiError diskError(const QString &path, const QFileDevice &file, int writeErrno = 0) const;

    DownloadRequest m_request;
    DownloadPolicy m_policy;
    DownloadState m_state = DownloadState::Queued;

    QFile m_part;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_chunk; // reused read buffer
    qint64 m_writebackFrom = 0; // the .part's bytes before this were handed to the disk

    // Per download
    int m_attempt = 0;
    qint64 m_received = 0;  // bytes in the .part
    qint64 m_total = -1;    // expected size, -1 unknown
    bool m_canResume = false;
    QByteArray m_validator; // ETag / Last-Modified of the first full reply
    QString m_servedName;   // Content-Disposition filename
    QString m_finalPath;
    ApiError m_error;
    bool m_loginRenewed = false; // a second 401 after renewing the login ends the download

    // Per attempt
    qint64 m_resumeOffset = 0;
    bool m_headersSeen = false;
    int m_httpStatus = 0;
    QByteArray m_errorBody;
    AbortReason m_abortReason = AbortReason::None;
    ApiError m_localError;

    QTimer m_watchdog;
    QTimer m_retryTimer;
    QTimer m_ticker;
    QDeadlineTimer m_retryDeadline;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_progressClock;
    QElapsedTimer m_rateClock;
    RateMeter m_rate;
};

} // namespace re
