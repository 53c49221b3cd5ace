#pragma once

#include "api/apierror.h"
#include "api/requestspec.h"
#include "auth/tokenresponse.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace re {

class Dialect;

// Sends one token request and reports its reply. The seam between TokenManager and the network:
// ApiClient sends it as an unauthenticated ApiJob; unit tests answer it directly.
using TokenReplyHandler = std::function<void(Result<QJsonDocument, ApiError>)>;
using TokenTransport = std::function<void(const RequestSpec &spec, TokenReplyHandler onReply)>;

// Time as TokenManager sees it; tests inject a faster schedule.
struct TokenTiming
{
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    // How long before expiry to refresh a token of the given lifetime.
    std::function<std::chrono::milliseconds(std::chrono::milliseconds lifetime)> refreshLead = defaultRefreshLead;
    // After a refresh failed for a passing reason (network, 5xx) while the token is still valid.
    std::chrono::milliseconds retryDelay = std::chrono::seconds(5);

    // A fifth of the lifetime, at most a minute: 60 min → refresh after 59 min; 3 s → after 2.4 s.
    static std::chrono::milliseconds defaultRefreshLead(std::chrono::milliseconds lifetime);
};

// The session's bearer token: password grant, refresh before expiry, one refresh for every request
// that meets a 401, "log in again" when the refresh is refused. Tokens live in memory only; the
// password is used once and not kept.
class TokenManager : public QObject
{
    Q_OBJECT

public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, Refreshing };
    Q_ENUM(State)

    using TokenHandler = std::function<void(Result<QString, ApiError>)>;

    explicit TokenManager(TokenTransport transport, TokenTiming timing = {}, QObject *parent = nullptr);
    ~TokenManager() override;

    // Replaces the clock and schedule (tests); applies from the next token received.
    void setTiming(TokenTiming timing) { m_timing = std::move(timing); }
    // The dialect whose /vN/Token endpoint is used; must outlive its use (ApiClient owns it).
    void setDialect(const Dialect *dialect);

    // Password grant. Ends in loggedIn() or loginFailed().
    void login(const QString &userName, const QString &password);
    // Forgets the tokens here (the server keeps its sessions; see api-reference.md §3 on logout).
    void logout();
    // Starts a refresh now unless one is in flight.
    void refreshNow();

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn || m_state == State::Refreshing; }
    QString userName() const { return m_userName; }
    QDateTime expiresAt() const { return m_token.expiresAt; }
    // Time left until the scheduled refresh; negative when none is scheduled.
    std::chrono::milliseconds timeUntilRefresh() const;

    // Calls `handler` with a usable access token: at once when one is held, after the login or
    // refresh in flight, or with an Unauthorized error when logged out. Skipped if `context` dies.
    void withAccessToken(QObject *context, TokenHandler handler);
    // For callers that cannot wait: the access token if one is held and not expired; otherwise
    // empty (and a refresh is started when the token merely expired).
    QString usableAccessToken();
    // A request sent with `rejectedToken` met 401: refresh once for all such requests (unless the
    // token was already replaced), then hand out the new token or the error that ended the session.
    void recoverFromUnauthorized(const QString &rejectedToken, QObject *context, TokenHandler handler);

signals:
    void stateChanged(re::TokenManager::State state);
    void loggedIn();
    void loginFailed(const re::ApiError &error);
    void refreshed();
    // The refresh was refused or the session expired: the user must log in again. Open views stay.
    void loginRequired(const re::ApiError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenHandler handler;
        bool hasContext = false;
        bool needsNewToken = false; // came from a 401: the current token is known to be rejected
    };

    void setState(State state);
    void enqueue(QObject *context, TokenHandler handler, bool needsNewToken);
    void startRefresh();
    void onLoginReply(quint64 generation, Result<QJsonDocument, ApiError> reply, const QString &request);
    void onRefreshReply(quint64 generation, Result<QJsonDocument, ApiError> reply, const QString &request);
    void accept(AccessToken token);
    void endSession(const ApiError &reason);
    void scheduleRefresh();
    void flushWaiters(const std::function<Result<QString, ApiError>(const Waiter &)> &resultFor);
    bool tokenStillValidFor(std::chrono::milliseconds margin) const;
    ApiError notLoggedInError() const;

    TokenTransport m_transport;
    TokenTiming m_timing;
    const Dialect *m_dialect = nullptr;
    State m_state = State::LoggedOut;
    AccessToken m_token;
    QString m_userName;
    ApiError m_endReason; // why the last session ended (Kind::None: never logged in)
    quint64 m_generation = 0; // replies of superseded logins/refreshes are ignored
    QList<Waiter> m_waiters;
    QTimer m_refreshTimer;
};

} // namespace re
