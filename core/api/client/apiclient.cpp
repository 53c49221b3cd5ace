#include "api/client/apiclient.h"
#include "api/client/tlsrefusal.h"

#include "api/client/errormapper.h"
#include "auth/tokenmanager.h"
#include "common/logging.h"
#include "resources/restoresession.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <utility>

namespace re {

ApiClient::ApiClient(const QUrl &serverRoot, QObject *parent)
    : QObject(parent), m_serverRoot(serverRoot), m_ownedNetwork(std::make_unique<QNetworkAccessManager>())
{
    m_network = m_ownedNetwork.get();
    init();
}

ApiClient::ApiClient(const QUrl &serverRoot, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_serverRoot(serverRoot), m_network(network)
{
    init();
}

ApiClient::~ApiClient()
{
    // Jobs are children and die first with their replies, while the QNAM still exists.
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

void ApiClient::init()
{
    // Redirects may only go to equally safe places (never https → http).
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_tokens = new TokenManager(
        [this](const RequestSpec &spec, TokenReplyHandler onReply) { sendTokenRequest(spec, std::move(onReply)); },
        TokenTiming{}, this);
    connect(m_tokens, &TokenManager::loginRequired, this, &ApiClient::loginRequired);
}

void ApiClient::setApiVersion(ApiVersion version)
{
    setDialect(Dialect::create(version));
}

void ApiClient::setDialect(std::unique_ptr<Dialect> dialect)
{
    m_dialect = std::move(dialect);
    m_tokens->setDialect(m_dialect.get());
    if (m_dialect)
        qCInfo(lcApi).noquote() << "using API" << toString(m_dialect->version()) << "at"
                                << m_serverRoot.toDisplayString();
}

std::optional<ApiVersion> ApiClient::apiVersion() const
{
    if (!m_dialect)
        return std::nullopt;
    return m_dialect->version();
}

void ApiClient::login(const QString &userName, const QString &password)
{
    m_tokens->login(userName, password);
}

void ApiClient::sendTokenRequest(const RequestSpec &spec, std::function<void(Result<QJsonDocument, ApiError>)> onReply)
{
    ApiJob *job = send(spec);
    connect(job, &ApiJob::finished, m_tokens, [job, onReply = std::move(onReply)] { onReply(job->result()); });
}

// ---- requests -----------------------------------------------------------------------------------

QNetworkRequest ApiClient::buildRequest(const RequestSpec &spec, const QString &accessToken) const
{
    QNetworkRequest request(spec.url(m_serverRoot));
    request.setRawHeader("Accept", spec.response == ResponseKind::Stream ? QByteArrayLiteral("application/octet-stream")
                                                                          : QByteArrayLiteral("application/json"));
    if (!spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    else if (!spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (spec.response == ResponseKind::Stream) // files are measured and sniffed as sent: no transparent decompression
        request.setRawHeader("Accept-Encoding", "identity");
    if (spec.authenticated && !accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    const QString agent = QCoreApplication::applicationName() + QLatin1Char('/') + QCoreApplication::applicationVersion();
    request.setHeader(QNetworkRequest::UserAgentHeader, agent);
    // Stages are timed by ApiJob (TimeoutPolicy); QNAM's own whole-transfer timeout stays off.
    request.setTransferTimeout(0);
    return request;
}

QNetworkReply *ApiClient::dispatch(const QNetworkRequest &request, const RequestSpec &spec)
{
    if (spec.method == "GET")
        return m_network->get(request);
    if (spec.body.isEmpty()) {
        // Qt 6.4 never emits requestSent for a POST with an empty upload buffer, which would leave the
        // job in its connect stage while a v8 save is prepared (measured). Without an upload device
        // it does; Content-Length: 0 keeps servers that insist on a length (HTTP.sys: 411) happy.
        QNetworkRequest bodyless = request;
        bodyless.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        return m_network->sendCustomRequest(bodyless, spec.method);
    }
    if (spec.method == "POST")
        return m_network->post(request, spec.body);
    if (spec.method == "PUT")
        return m_network->put(request, spec.body);
    return m_network->sendCustomRequest(request, spec.method, spec.body);
}

ApiJob *ApiClient::send(const RequestSpec &spec, TimeoutPolicy::Preset preset)
{
    return send(spec, m_policies.forPreset(preset));
}

ApiJob *ApiClient::send(const RequestSpec &spec, const TimeoutPolicy &policy)
{
    if (spec.pathSegments.isEmpty())
        return failedJob(QString::fromLatin1(spec.method), errors::invalidRequest(spec.describe()));
    auto *job = new ApiJob(this, spec, policy);
    // Started from the event loop so the caller can connect to the job first, whatever happens.
    QMetaObject::invokeMethod(job, &ApiJob::start, Qt::QueuedConnection);
    return job;
}

ApiJob *ApiClient::failedJob(const QString &what, ApiError error)
{
    RequestSpec spec;
    spec.pathSegments = {what};
    ApiJob *job = ApiJob::failed(this, spec, std::move(error));
    QMetaObject::invokeMethod(job, &ApiJob::start, Qt::QueuedConnection);
    return job;
}

ApiJob *ApiClient::noDialectJob(const QString &what)
{
    return failedJob(what, errors::noApiVersion(what));
}

Result<QNetworkReply *, ApiError> ApiClient::startRawRequest(const RequestSpec &spec,
                                                              const std::function<void(QNetworkRequest &)> &customize)
{
    QString token;
    if (spec.authenticated) {
        if (m_tokens->state() == TokenManager::State::LoggedOut)
            return unexpected(errors::notLoggedIn(spec.describe()));
        token = m_tokens->usableAccessToken();
        if (token.isEmpty()) // a login or refresh is in flight (the call above started one if needed)
            return unexpected(errors::loginBeingRenewed(spec.describe()));
    }
    QNetworkRequest request = buildRequest(spec, token);
    if (customize)
        customize(request);
    QNetworkReply *reply = dispatch(request, spec);
    attachTrust(reply, spec.describe());
    return reply;
}

// ---- TLS ----------------------------------------------------------------------------------------

std::optional<ApiError> ApiClient::judgeCertificate(QNetworkReply *reply, const QList<QSslError> &errors,
                                                    const QString &request)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QUrl url = reply->url();
    switch (m_trust.evaluate(peer, errors)) {
    case TrustVerdict::Trusted:
        qCInfo(lcTls) << "accepting the pinned certificate of" << errors::hostPort(url);
        reply->ignoreSslErrors(errors); // exactly these errors, nothing else
        return std::nullopt;
    case TrustVerdict::Changed:
        qCWarning(lcTls) << "the certificate of" << errors::hostPort(url) << "differs from the pinned one";
        return errors::certificateChanged(url, request);
    case TrustVerdict::Unknown:
        break;
    }
    const CertificateInfo info = TrustStore::describe(peer, errors);
    qCInfo(lcTls) << "untrusted certificate at" << errors::hostPort(url) << "sha256" << info.sha256Hex;
    emit certificateDecisionRequired(info, m_serverRoot);
    return errors::certificateUntrusted(url, info.problems, request);
}

void ApiClient::attachTrust(QNetworkReply *reply, const QString &request)
{
    // Context `this`: a reply that outlives its client must not call into it.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, request](const QList<QSslError> &errors) {
        if (std::optional<ApiError> refusal = judgeCertificate(reply, errors, request))
            tls::attachRefusal(reply, *refusal);
    });
}

// ---- typed calls ----------------------------------------------------------------------------------

void ApiClient::whenFinished(ApiJob *job, QObject *context, std::function<void(ApiJob &)> onResult)
{
    connect(job, &ApiJob::finished, context ? context : job,
            [job, onResult = std::move(onResult)] { onResult(*job); });
}

ApiError ApiClient::shapeError(const QString &detail, const ApiJob &job)
{
    return errors::unexpectedShape(detail, job.spec().describe());
}

Result<QJsonObject, ApiError> ApiClient::objectOf(const ApiJob &job)
{
    if (!job.succeeded())
        return unexpected(job.error());
    if (!job.json().isObject())
        return unexpected(shapeError(tr("Expected a JSON object, but the reply is empty or a list."), job));
    return job.json().object();
}

void ApiClient::explore(const QString &organizationId, const ExploreOptions &options, QObject *context,
                        Done<RestoreSession> onDone)
{
    ApiJob *job = m_dialect ? send(m_dialect->explore(organizationId, options)) : noDialectJob(QStringLiteral("explore"));
    whenFinished(job, context, [onDone = std::move(onDone)](ApiJob &done) {
        Result<QJsonObject, ApiError> object = objectOf(done);
        if (!object) {
            onDone(unexpected(object.error()));
            return;
        }
        Result<RestoreSession, QString> session = RestoreSession::fromJson(object.value());
        if (!session) {
            onDone(unexpected(shapeError(session.error(), done)));
            return;
        }
        onDone(std::move(session).value());
    });
}

void ApiClient::stopSession(const QString &sessionId, QObject *context,
                            std::function<void(Result<void, ApiError>)> onDone)
{
    ApiJob *job = m_dialect ? send(m_dialect->stopSession(sessionId)) : noDialectJob(QStringLiteral("stop"));
    whenFinished(job, context, [onDone = std::move(onDone)](ApiJob &done) {
        if (!done.succeeded()) {
            onDone(unexpected(done.error()));
            return;
        }
        onDone({});
    });
}

ApiJob *ApiClient::action(const ActionTarget &target, ActionVerb verb, const QJsonObject &options)
{
    if (!m_dialect)
        return noDialectJob(QStringLiteral("action"));
    Result<RequestSpec, ApiError> spec = m_dialect->actionRequest(target, verb, options);
    if (!spec)
        return failedJob(QStringLiteral("action"), spec.error());
    TimeoutPolicy::Preset preset = TimeoutPolicy::Preset::Browse;
    if (spec->response == ResponseKind::Stream)
        preset = TimeoutPolicy::Preset::Download;
    else if (m_dialect->restoreReply() == Dialect::RestoreReply::Statistics && spec->response == ResponseKind::Json)
        preset = TimeoutPolicy::Preset::BlockingAction; // v5–v7 answer when the restore is done
    return send(spec.value(), preset);
}

} // namespace re
