#pragma once

#include "api/apierror.h"
#include "api/client/errormapper.h"
#include "api/client/timeoutpolicy.h"
#include "api/requestspec.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace re {

class ApiClient;

// One REST call. Owns its QNetworkReply, applies its TimeoutPolicy, turns every failure into an
// ApiError (errormapper.h), replays itself once with a new token after a 401, emits finished()
// exactly once and then deletes itself (read the results inside the finished() handler).
//
// ResponseKind::Stream replies are not buffered: after headersReceived() the job emits readyRead()
// whenever bytes arrive; call read() then (and once more in finished() for the rest). Error bodies
// of failed streams are collected (bounded) for the error message.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Authorizing,      // waiting for an access token (login or refresh in flight)
        Connecting,       // connecting / sending the request
        AwaitingReply,    // sent; the server has not answered yet
        WaitingForServer, // sent long ago (TimeoutPolicy::waitingNotice): show "waiting for the server"
        Receiving,        // headers in, body arriving
        Finished,
    };
    Q_ENUM(Phase)

    ~ApiJob() override;

    const RequestSpec &spec() const { return m_spec; }
    const TimeoutPolicy &policy() const { return m_policy; }
    Phase phase() const { return m_phase; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool wasReplayed() const { return m_replayed; }

    // After finished():
    bool succeeded() const { return isFinished() && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // ResponseKind::Json: the parsed reply; a null document for an empty body (204).
    const QJsonDocument &json() const { return m_json; }
    // The result as one value: the JSON document or the error.
    Result<QJsonDocument, ApiError> result() const;
    // A response header (after headersReceived()).
    QByteArray header(const QByteArray &name) const;
    QUrl url() const { return m_url; }

    // ResponseKind::Stream:
    qint64 bytesAvailable() const;
    QByteArray read(qint64 maxBytes);
    // Bounds QNAM's buffer of undelivered bytes (back-pressure while the reader is slow); 0 = none.
    void setReadBufferSize(qint64 bytes);

    // Aborts the request: finished() with a Cancelled error (unless it already finished).
    void cancel();

signals:
    void phaseChanged(re::ApiJob::Phase phase);
    // Response headers of a successful reply arrived (status accepted). Streams: data follows.
    void headersReceived(int httpStatus);
    // Stream replies only: bytes are available to read().
    void readyRead();
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class ApiClient;
    enum class Abort { None, Cancelled, ConnectTimeout, FirstByteTimeout, InactivityTimeout };

    ApiJob(ApiClient *client, RequestSpec spec, TimeoutPolicy policy);
    // A job that fails without sending anything (validation, no API version chosen).
    static ApiJob *failed(ApiClient *client, RequestSpec spec, ApiError error);

    void start();
    void sendWith(const QString &accessToken);
    void setPhase(Phase phase);
    void onRequestSent();
    void onHeaders();
    void onReadyRead();
    void onProgress(qint64 received, qint64 total);
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void abortFor(Abort reason);
    void replayAfterUnauthorized();
    void finishWith(ApiError error);
    void succeed(const QByteArray &body);
    void releaseReply();
    bool statusAccepted(int status) const;
    ApiError abortError() const;

    QPointer<ApiClient> m_client;
    RequestSpec m_spec;
    TimeoutPolicy m_policy;
    QUrl m_url;
    Phase m_phase = Phase::Authorizing;
    QPointer<QNetworkReply> m_reply;
    QString m_usedToken; // to tell TokenManager which token the server rejected; never logged
    bool m_replayed = false;
    bool m_headersSeen = false;
    bool m_streamingBody = false; // Stream reply with an accepted status: the reader takes the bytes
    qint64 m_readBufferSize = 0;
    Abort m_abort = Abort::None;
    ApiError m_tlsError;          // set when the certificate was judged untrusted or changed
    ApiError m_presetError;       // failed(): reported at start
    QByteArray m_errorBody;       // body of a failed Stream reply (bounded)
    int m_httpStatus = 0;
    ApiError m_error;
    QJsonDocument m_json;

    QTimer m_stageTimer;   // connect, then first byte, then inactivity
    QTimer m_noticeTimer;  // "waiting for the server"
};

} // namespace re
