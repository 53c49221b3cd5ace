#pragma once

#include "api/apierror.h"
#include "api/apiversion.h"
#include "api/client/apijob.h"
#include "api/client/page.h"
#include "api/client/timeoutpolicy.h"
#include "api/dialect.h"
#include "common/result.h"
#include "resources/parsing.h"
#include "tls/truststore.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace re {

class TokenManager;
struct RestoreSession;

// The connection to one VB365 server: owns the QNetworkAccessManager (or uses one it is given),
// the server root URL, the API dialect, the TokenManager and the TrustStore. Every request goes
// through buildRequest() — the one place that adds the bearer token — and every reply through
// ApiJob's error mapping. Request bodies and Authorization headers are never logged.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // serverRoot: scheme://host:port (optionally with a path prefix), without /vN.
    explicit ApiClient(const QUrl &serverRoot, QObject *parent = nullptr);
    // Uses `network` (not owned; must outlive the client). Tests pass a fake here.
    ApiClient(const QUrl &serverRoot, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl serverRoot() const { return m_serverRoot; }
    QNetworkAccessManager *network() const { return m_network; }

    // The dialect: chosen by the profile or found by detectVersion(). Requests fail with a
    // Validation error until one is set.
    void setApiVersion(ApiVersion version);
    void setDialect(std::unique_ptr<Dialect> dialect);
    const Dialect *dialect() const { return m_dialect.get(); }
    std::optional<ApiVersion> apiVersion() const;

    TrustStore &trustStore() { return m_trust; }
    void setTrustStore(TrustStore trust) { m_trust = std::move(trust); }

    TokenManager *tokens() const { return m_tokens; }
    void login(const QString &userName, const QString &password);

    void setTimeoutPolicies(const TimeoutPolicies &policies) { m_policies = policies; }
    const TimeoutPolicies &timeoutPolicies() const { return m_policies; }

    // ---- raw requests ----
    ApiJob *send(const RequestSpec &spec, TimeoutPolicy::Preset preset = TimeoutPolicy::Preset::Browse);
    ApiJob *send(const RequestSpec &spec, const TimeoutPolicy &policy);

    // A started reply with authentication and the TLS trust decision on top, for consumers that read
    // a QNetworkReply themselves (the download manager's starter). Uses the current token as is;
    // the caller owns the reply. Not logged in → Unauthorized error.
    Result<QNetworkReply *, ApiError> startRawRequest(const RequestSpec &spec,
                                                       const std::function<void(QNetworkRequest &)> &customize = {});

    // ---- typed calls: `onDone` runs in `context`'s thread and is skipped if `context` dies ----
    template <typename T>
    using Done = std::function<void(Result<T, ApiError>)>;

    template <typename T>
    void fetchPage(const ListQuery &query, QObject *context, Done<Page<T>> onDone);
    template <typename T>
    void fetch(const ResourceRef &ref, QObject *context, Done<T> onDone);
    void explore(const QString &organizationId, const ExploreOptions &options, QObject *context,
                 Done<RestoreSession> onDone);
    void stopSession(const QString &sessionId, QObject *context, std::function<void(Result<void, ApiError>)> onDone);
    // Runs an action verb. Save/export replies are streams (read them from the job); restores use
    // the BlockingAction policy where the dialect's restores block (v5–v7).
    ApiJob *action(const ActionTarget &target, ActionVerb verb, const QJsonObject &options);

    // Probes /v8 … /v5 without a token, newest first: 401 (or 200) = served, 404 = not. The first
    // other failure (refused, TLS, timeout) ends the search with that error.
    void detectVersion(QObject *context, std::function<void(Result<ApiVersion, ApiError>)> onDone);

signals:
    // The server's certificate is untrusted and not pinned. The request failed with a Tls error;
    // the UI/CLI may show `info`, pin trustStore() to info.sha256Hex and retry.
    void certificateDecisionRequired(const re::CertificateInfo &info, const QUrl &server);
    // Forwarded from TokenManager: the session ended; log in again (no view state is lost).
    void loginRequired(const re::ApiError &error);

private:
    friend class ApiJob;

    void init();
    QNetworkRequest buildRequest(const RequestSpec &spec, const QString &accessToken) const;
    QNetworkReply *dispatch(const QNetworkRequest &request, const RequestSpec &spec);
    // Applies the TrustStore to a reply's TLS errors: ignores exactly these errors when trusted,
    // otherwise returns the Tls error to report (and announces an unknown certificate).
    std::optional<ApiError> judgeCertificate(QNetworkReply *reply, const QList<QSslError> &errors,
                                             const QString &request);
    void attachTrust(QNetworkReply *reply, const QString &request);
    void sendTokenRequest(const RequestSpec &spec, std::function<void(Result<QJsonDocument, ApiError>)> onReply);
    // A job that finishes with `error` without sending anything (started from the event loop).
    ApiJob *failedJob(const QString &what, ApiError error);
    ApiJob *noDialectJob(const QString &what);
    // Connects `onResult` to job->finished() in `context`.
    static void whenFinished(ApiJob *job, QObject *context, std::function<void(ApiJob &)> onResult);
    static ApiError shapeError(const QString &detail, const ApiJob &job);
    static Result<QJsonObject, ApiError> objectOf(const ApiJob &job);

    QUrl m_serverRoot;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    std::unique_ptr<Dialect> m_dialect;
    TrustStore m_trust;
    TokenManager *m_tokens = nullptr;
    TimeoutPolicies m_policies;
};

// ---- template implementations ------------------------------------------------------------------

template <typename T>
void ApiClient::fetchPage(const ListQuery &query, QObject *context, Done<Page<T>> onDone)
{
    if (!m_dialect) {
        whenFinished(noDialectJob(QStringLiteral("list")), context,
                     [onDone](ApiJob &job) { onDone(unexpected(job.error())); });
        return;
    }
    ApiJob *job = send(m_dialect->list(query));
    // Nobody waits for a page whose context died (a cancelled browse request, a superseded search):
    // abort it on the wire instead of letting the server's answer arrive for nothing.
    // Queued: while `destroyed` runs, the context's own connections still exist and a synchronous
    // cancel would deliver the Cancelled result to the very callback that must be skipped.
    if (context)
        QObject::connect(context, &QObject::destroyed, job, &ApiJob::cancel, Qt::QueuedConnection);
    whenFinished(job, context, [this, query, onDone = std::move(onDone)](ApiJob &done) {
        if (!done.succeeded()) {
            onDone(unexpected(done.error()));
            return;
        }
        if (!m_dialect) {
            onDone(unexpected(shapeError(tr("The API version of this server changed during the request."), done)));
            return;
        }
        Result<RawPage, ApiError> raw = m_dialect->parsePage(done.json(), query);
        if (!raw) {
            onDone(unexpected(raw.error()));
            return;
        }
        ParsedRows<T> rows = parseRows<T>(raw->results);
        Page<T> page;
        page.items = std::move(rows.rows);
        page.rowErrors = std::move(rows.errors);
        page.offset = raw->offset;
        page.limit = raw->limit;
        page.totalCount = raw->totalCount;
        page.hasMore = raw->hasMore;
        onDone(std::move(page));
    });
}

template <typename T>
void ApiClient::fetch(const ResourceRef &ref, QObject *context, Done<T> onDone)
{
    ApiJob *job = m_dialect ? send(m_dialect->get(ref)) : noDialectJob(QStringLiteral("get"));
    whenFinished(job, context, [onDone = std::move(onDone)](ApiJob &done) {
        Result<QJsonObject, ApiError> object = objectOf(done);
        if (!object) {
            onDone(unexpected(object.error()));
            return;
        }
        Result<T, QString> parsed = T::fromJson(object.value());
        if (!parsed) {
            onDone(unexpected(shapeError(parsed.error(), done)));
            return;
        }
        onDone(std::move(parsed).value());
    });
}

} // namespace re
