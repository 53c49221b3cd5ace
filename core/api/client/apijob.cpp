#include "api/client/apijob.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "common/logging.h"

#include <QJsonParseError>
#include <QMetaObject>
#include <QNetworkReply>

#include <utility>

namespace re {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024; // error bodies are short JSON; never hold more

} // namespace

ApiJob::ApiJob(ApiClient *client, RequestSpec spec, TimeoutPolicy policy)
    : QObject(client), m_client(client), m_spec(std::move(spec)), m_policy(policy)
{
    if (client)
        m_url = m_spec.url(client->serverRoot());
    m_stageTimer.setSingleShot(true);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::AwaitingReply)
            setPhase(Phase::WaitingForServer);
    });
}

ApiJob::~ApiJob()
{
    releaseReply();
}

ApiJob *ApiJob::failed(ApiClient *client, RequestSpec spec, ApiError error)
{
    auto *job = new ApiJob(client, std::move(spec), {});
    job->m_presetError = std::move(error);
    return job;
}

Result<QJsonDocument, ApiError> ApiJob::result() const
{
    if (m_error.isError())
        return unexpected(m_error);
    return m_json;
}

QByteArray ApiJob::header(const QByteArray &name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

qint64 ApiJob::bytesAvailable() const
{
    return m_reply && m_streamingBody ? m_reply->bytesAvailable() : 0;
}

QByteArray ApiJob::read(qint64 maxBytes)
{
    return m_reply && m_streamingBody ? m_reply->read(maxBytes) : QByteArray();
}

void ApiJob::setReadBufferSize(qint64 bytes)
{
    m_readBufferSize = bytes;
    if (m_reply)
        m_reply->setReadBufferSize(bytes);
}

void ApiJob::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void ApiJob::start()
{
    if (isFinished())
        return;
    if (m_presetError.isError()) {
        finishWith(m_presetError);
        return;
    }
    if (!m_client) {
        finishWith(errors::cancelled(m_spec.describe()));
        return;
    }
    if (!m_spec.authenticated) {
        sendWith({});
        return;
    }
    setPhase(Phase::Authorizing);
    m_client->tokens()->withAccessToken(this, [this](Result<QString, ApiError> token) {
        if (isFinished())
            return;
        if (!token) {
            ApiError error = token.error();
            error.request = m_spec.describe();
            finishWith(std::move(error));
            return;
        }
        sendWith(token.value());
    });
}

void ApiJob::sendWith(const QString &accessToken)
{
    if (!m_client) {
        finishWith(errors::cancelled(m_spec.describe()));
        return;
    }
    m_usedToken = accessToken;
    m_headersSeen = false;
    m_streamingBody = false;
    m_errorBody.clear();
    m_tlsError = {};
    m_httpStatus = 0;

    const QNetworkRequest request = m_client->buildRequest(m_spec, accessToken);
    qCDebug(lcApi) << "sending" << m_spec.describe() << (m_replayed ? "(replay after refresh)" : "");
    QNetworkReply *reply = m_client->dispatch(request, m_spec);
    reply->setParent(this); // dies with the job even if the QNAM lives on
    if (m_readBufferSize > 0)
        reply->setReadBufferSize(m_readBufferSize);
    m_reply = reply;

    connect(reply, &QNetworkReply::requestSent, this, &ApiJob::onRequestSent);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onHeaders);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::onProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, [this] {
        if (m_phase == Phase::Connecting && m_policy.connect.count() > 0)
            m_stageTimer.start(m_policy.connect); // a long upload is progress, not a hang
    });
    connect(reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);

    setPhase(Phase::Connecting);
    m_stageTimer.disconnect(this);
    if (m_policy.connect.count() > 0) {
        connect(&m_stageTimer, &QTimer::timeout, this, [this] { abortFor(Abort::ConnectTimeout); });
        m_stageTimer.start(m_policy.connect);
    }
}

void ApiJob::onRequestSent()
{
    if (m_phase != Phase::Connecting)
        return;
    m_stageTimer.stop();
    m_stageTimer.disconnect(this);
    setPhase(Phase::AwaitingReply);
    if (m_policy.firstByte.count() > 0) {
        connect(&m_stageTimer, &QTimer::timeout, this, [this] { abortFor(Abort::FirstByteTimeout); });
        m_stageTimer.start(m_policy.firstByte);
    }
    if (m_policy.waitingNotice.count() > 0)
        m_noticeTimer.start(m_policy.waitingNotice);
    else
        setPhase(Phase::WaitingForServer);
}

void ApiJob::onHeaders()
{
    if (!m_reply || m_headersSeen)
        return;
    if (m_phase == Phase::Connecting)
        onRequestSent(); // some transports never report requestSent separately
    m_headersSeen = true;
    m_noticeTimer.stop();
    m_stageTimer.stop();
    m_stageTimer.disconnect(this);
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    setPhase(Phase::Receiving);
    if (m_policy.inactivity.count() > 0) {
        connect(&m_stageTimer, &QTimer::timeout, this, [this] { abortFor(Abort::InactivityTimeout); });
        m_stageTimer.start(m_policy.inactivity);
    }
    if (statusAccepted(m_httpStatus)) {
        m_streamingBody = m_spec.response == ResponseKind::Stream;
        emit headersReceived(m_httpStatus);
    }
}

void ApiJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersSeen)
        onHeaders();
    if (m_stageTimer.isActive())
        m_stageTimer.start(); // restart the inactivity watchdog
    if (m_streamingBody) {
        emit readyRead();
        return;
    }
    if (m_spec.response == ResponseKind::Stream) {
        // A failed stream: keep the (JSON) error body, bounded, for the message.
        const QByteArray chunk = m_reply->read(kMaxErrorBody - m_errorBody.size());
        m_errorBody += chunk;
        if (m_errorBody.size() >= kMaxErrorBody)
            m_reply->readAll(); // drop the rest
    }
    // Json/Empty bodies stay in the reply until finished.
}

void ApiJob::onProgress(qint64 received, qint64 total)
{
    if (m_headersSeen && m_stageTimer.isActive())
        m_stageTimer.start();
    emit downloadProgress(received, total);
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_client || !m_reply)
        return;
    if (std::optional<ApiError> refusal = m_client->judgeCertificate(m_reply, errors, m_spec.describe()))
        m_tlsError = std::move(*refusal);
}

void ApiJob::abortFor(Abort reason)
{
    if (isFinished() || !m_reply)
        return;
    m_abort = reason;
    static constexpr const char *kReasons[] = {"", "cancelled", "connect timeout", "first-byte timeout",
                                               "inactivity timeout"};
    qCInfo(lcApi).noquote() << "aborting" << m_spec.describe() << "-" << kReasons[static_cast<int>(reason)];
    m_reply->abort(); // emits finished → onReplyFinished maps m_abort
}

void ApiJob::cancel()
{
    if (isFinished())
        return;
    if (m_reply) {
        abortFor(Abort::Cancelled);
        return;
    }
    finishWith(errors::cancelled(m_spec.describe()));
}

ApiError ApiJob::abortError() const
{
    switch (m_abort) {
    case Abort::ConnectTimeout: return errors::timeout(errors::TimeoutStage::Connect, m_policy.connect, m_url, m_spec.describe());
    case Abort::FirstByteTimeout:
        return errors::timeout(errors::TimeoutStage::FirstByte, m_policy.firstByte, m_url, m_spec.describe());
    case Abort::InactivityTimeout:
        return errors::timeout(errors::TimeoutStage::Inactivity, m_policy.inactivity, m_url, m_spec.describe());
    case Abort::Cancelled:
    case Abort::None: break;
    }
    return errors::cancelled(m_spec.describe());
}

bool ApiJob::statusAccepted(int status) const
{
    // Any 2xx is success (v8 turned several 200s into 201/204, api-reference.md §4).
    return m_spec.acceptedStatuses.contains(status) || (status >= 200 && status < 300);
}

void ApiJob::onReplyFinished()
{
    if (isFinished() || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (!m_headersSeen && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        onHeaders();
    m_stageTimer.stop();
    m_noticeTimer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;

    if (m_abort != Abort::None) {
        finishWith(abortError());
        return;
    }
    if (status == 0) {
        if (m_tlsError.isError()) {
            finishWith(m_tlsError);
            return;
        }
        finishWith(errors::fromNetworkError(reply->error(), reply->errorString(), m_url, m_spec.describe()));
        return;
    }
    if (status == 401 && m_spec.authenticated && !m_spec.acceptedStatuses.contains(401)) {
        if (!m_replayed) {
            replayAfterUnauthorized();
            return;
        }
        finishWith(errors::sessionEnded(errors::fromHttpStatus(status, reply->readAll(), m_url, m_spec.describe())));
        return;
    }
    if (!statusAccepted(status)) {
        const QByteArray body = m_spec.response == ResponseKind::Stream ? m_errorBody + reply->read(kMaxErrorBody)
                                                                        : reply->readAll();
        finishWith(errors::fromHttpStatus(status, body, m_url, m_spec.describe()));
        return;
    }
    if (reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError) {
        // The status was fine but the connection broke off mid-body (codes 1–99 are transport
        // failures; HTTP-level codes such as 401's AuthenticationRequiredError are not).
        finishWith(errors::fromNetworkError(reply->error(), reply->errorString(), m_url, m_spec.describe()));
        return;
    }
    if (m_spec.response != ResponseKind::Json) {
        succeed({});
        return;
    }
    const QByteArray body = reply->readAll();
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && reply->rawHeader("Content-Encoding").isEmpty() && body.size() < announced.toLongLong()) {
        // The connection closed before the announced length arrived, and Qt did not always say so:
        // a cut-off reply is a lost connection, not a server that speaks broken JSON.
        finishWith(errors::fromNetworkError(QNetworkReply::RemoteHostClosedError,
                                            tr("the reply ended after %1 of %2 bytes")
                                                .arg(body.size())
                                                .arg(announced.toLongLong()),
                                            m_url, m_spec.describe()));
        return;
    }
    succeed(body);
}

void ApiJob::succeed(const QByteArray &body)
{
    if (m_spec.response == ResponseKind::Json && !body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        m_json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            m_json = {};
            finishWith(errors::malformedJson(parseError, m_reply ? m_reply->rawHeader("Content-Type") : QByteArray(),
                                             m_url, m_spec.describe()));
            return;
        }
    }
    finishWith({});
}

void ApiJob::replayAfterUnauthorized()
{
    m_replayed = true;
    const QString rejected = m_usedToken;
    releaseReply();
    setPhase(Phase::Authorizing);
    qCInfo(lcApi) << m_spec.describe() << "met 401; waiting for a new token to replay it once";
    m_client->tokens()->recoverFromUnauthorized(rejected, this, [this](Result<QString, ApiError> token) {
        if (isFinished())
            return;
        if (!token) {
            ApiError error = token.error();
            error.request = m_spec.describe();
            finishWith(std::move(error));
            return;
        }
        sendWith(token.value());
    });
}

void ApiJob::finishWith(ApiError error)
{
    if (isFinished())
        return;
    m_stageTimer.stop();
    m_noticeTimer.stop();
    m_error = std::move(error);
    if (m_error.isError()) {
        if (m_error.request.isEmpty())
            m_error.request = m_spec.describe();
        qCInfo(lcApi).noquote() << m_spec.describe() << "failed:" << m_error.message;
    } else {
        qCDebug(lcApi) << m_spec.describe() << "→" << m_httpStatus;
    }
    setPhase(Phase::Finished);
    emit finished();
    releaseReply();
    deleteLater();
}

void ApiJob::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace re
