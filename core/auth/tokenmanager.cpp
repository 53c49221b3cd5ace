#include "auth/tokenmanager.h"

#include "api/client/errormapper.h"
#include "api/dialect.h"
#include "common/logging.h"

#include <algorithm>
#include <utility>

namespace re {

namespace {

// Failures after which the same refresh token may still work a little later.
bool isPassing(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::ServerError:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

// The token endpoint answers a refused grant with 400 (OAuth invalid_grant) or 401.
bool isGrantRefused(const ApiError &error)
{
    return error.httpStatus == 400 || error.httpStatus == 401;
}

} // namespace

std::chrono::milliseconds TokenTiming::defaultRefreshLead(std::chrono::milliseconds lifetime)
{
    return std::min<std::chrono::milliseconds>(std::chrono::minutes(1), lifetime / 5);
}

TokenManager::TokenManager(TokenTransport transport, TokenTiming timing, QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_timing(std::move(timing))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer); // short test lifetimes need the lead kept
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenManager::refreshNow);
}

TokenManager::~TokenManager() = default;

void TokenManager::setDialect(const Dialect *dialect)
{
    m_dialect = dialect;
}

void TokenManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TokenManager::login(const QString &userName, const QString &password)
{
    if (!m_dialect) {
        qCWarning(lcAuth) << "login requested before an API version was chosen";
        emit loginFailed(errors::noApiVersion(QStringLiteral("POST /Token")));
        return;
    }
    const quint64 generation = ++m_generation;
    m_refreshTimer.stop();
    m_userName = userName;
    m_token = {};
    setState(State::LoggingIn);
    const RequestSpec spec = m_dialect->passwordGrant(userName, password);
    const QString request = spec.describe();
    qCInfo(lcAuth) << "logging in:" << request; // describe() never contains the form body
    m_transport(spec, [this, guard = QPointer<TokenManager>(this), generation,
                       request](Result<QJsonDocument, ApiError> reply) {
        if (guard)
            onLoginReply(generation, std::move(reply), request);
    });
}

void TokenManager::onLoginReply(quint64 generation, Result<QJsonDocument, ApiError> reply, const QString &request)
{
    if (generation != m_generation)
        return;
    Result<AccessToken, ApiError> token =
        reply ? parseTokenResponse(reply.value(), m_timing.now(), request) : Result<AccessToken, ApiError>(
                                                                                  unexpected(reply.error()));
    if (!token) {
        ApiError error = token.error();
        if (isGrantRefused(error))
            error = errors::badCredentials(error);
        qCInfo(lcAuth) << "login failed:" << error.message;
        m_endReason = error;
        setState(State::LoggedOut);
        flushWaiters([&error](const Waiter &) { return Result<QString, ApiError>(unexpected(error)); });
        emit loginFailed(error);
        return;
    }
    accept(std::move(token).value());
    emit loggedIn();
}

void TokenManager::logout()
{
    ++m_generation;
    m_refreshTimer.stop();
    m_token = {};
    m_endReason = {};
    setState(State::LoggedOut);
    const ApiError error = notLoggedInError();
    flushWaiters([&error](const Waiter &) { return Result<QString, ApiError>(unexpected(error)); });
}

void TokenManager::refreshNow()
{
    if (m_state == State::LoggedIn)
        startRefresh();
}

void TokenManager::startRefresh()
{
    if (m_state == State::Refreshing || m_state == State::LoggingIn)
        return; // the reply in flight serves every waiter
    if (m_state == State::LoggedOut) {
        const ApiError error = notLoggedInError();
        flushWaiters([&error](const Waiter &) { return Result<QString, ApiError>(unexpected(error)); });
        return;
    }
    if (m_token.refreshToken.isEmpty() || !m_dialect) {
        endSession(errors::sessionEnded());
        return;
    }
    const quint64 generation = ++m_generation;
    m_refreshTimer.stop();
    setState(State::Refreshing);
    const RequestSpec spec = m_dialect->refreshGrant(m_token.refreshToken);
    const QString request = spec.describe();
    qCDebug(lcAuth) << "refreshing the access token:" << request;
    m_transport(spec, [this, guard = QPointer<TokenManager>(this), generation,
                       request](Result<QJsonDocument, ApiError> reply) {
        if (guard)
            onRefreshReply(generation, std::move(reply), request);
    });
}

void TokenManager::onRefreshReply(quint64 generation, Result<QJsonDocument, ApiError> reply, const QString &request)
{
    if (generation != m_generation)
        return;
    Result<AccessToken, ApiError> token =
        reply ? parseTokenResponse(reply.value(), m_timing.now(), request) : Result<AccessToken, ApiError>(
                                                                                  unexpected(reply.error()));
    if (token) {
        accept(std::move(token).value());
        qCInfo(lcAuth) << "access token refreshed";
        emit refreshed();
        return;
    }

    const ApiError &error = token.error();
    if (isPassing(error) && tokenStillValidFor(m_timing.retryDelay)) {
        // Keep the session: the current token still works; try again shortly.
        qCInfo(lcAuth) << "refresh failed for now, retrying:" << error.message;
        setState(State::LoggedIn);
        m_refreshTimer.start(m_timing.retryDelay);
        // Requests that met a 401 cannot use the current token; tell them what went wrong instead.
        const QString current = m_token.accessToken;
        flushWaiters([&error, &current](const Waiter &waiter) {
            return waiter.needsNewToken ? Result<QString, ApiError>(unexpected(error)) : Result<QString, ApiError>(current);
        });
        return;
    }
    qCInfo(lcAuth) << "refresh refused; the user must log in again:" << error.message;
    endSession(errors::sessionEnded(error));
}

void TokenManager::accept(AccessToken token)
{
    m_token = std::move(token);
    if (!m_token.userName.isEmpty())
        m_userName = m_token.userName;
    m_endReason = {};
    setState(State::LoggedIn);
    scheduleRefresh();
    const QString current = m_token.accessToken;
    flushWaiters([&current](const Waiter &) { return Result<QString, ApiError>(current); });
}

void TokenManager::endSession(const ApiError &reason)
{
    ++m_generation;
    m_refreshTimer.stop();
    m_token = {};
    m_endReason = reason;
    setState(State::LoggedOut);
    flushWaiters([&reason](const Waiter &) { return Result<QString, ApiError>(unexpected(reason)); });
    emit loginRequired(reason);
}

void TokenManager::scheduleRefresh()
{
    if (!m_token.lifetime) {
        // Without a lifetime the first 401 triggers the refresh instead.
        qCInfo(lcAuth) << "the token reply gives no lifetime; refreshing when the server asks for it";
        return;
    }
    const std::chrono::milliseconds lifetime = *m_token.lifetime;
    const std::chrono::milliseconds due =
        std::max<std::chrono::milliseconds>(std::chrono::milliseconds(0), lifetime - m_timing.refreshLead(lifetime));
    m_refreshTimer.start(due);
    qCDebug(lcAuth) << "token valid for" << lifetime.count() << "ms; refresh in" << due.count() << "ms";
}

std::chrono::milliseconds TokenManager::timeUntilRefresh() const
{
    if (!m_refreshTimer.isActive())
        return std::chrono::milliseconds(-1);
    return m_refreshTimer.remainingTimeAsDuration();
}

bool TokenManager::tokenStillValidFor(std::chrono::milliseconds margin) const
{
    if (m_token.accessToken.isEmpty())
        return false;
    if (!m_token.expiresAt.isValid())
        return true;
    return m_timing.now().msecsTo(m_token.expiresAt) > margin.count();
}

ApiError TokenManager::notLoggedInError() const
{
    return m_endReason.isError() && m_endReason.kind == ApiError::Kind::Unauthorized ? m_endReason
                                                                                      : errors::notLoggedIn({});
}

void TokenManager::enqueue(QObject *context, TokenHandler handler, bool needsNewToken)
{
    m_waiters.append(Waiter{context, std::move(handler), context != nullptr, needsNewToken});
}

void TokenManager::flushWaiters(const std::function<Result<QString, ApiError>(const Waiter &)> &resultFor)
{
    // Handlers may enqueue again (a replayed request meeting another 401): take the list first.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        waiter.handler(resultFor(waiter));
    }
}

void TokenManager::withAccessToken(QObject *context, TokenHandler handler)
{
    switch (m_state) {
    case State::LoggedOut:
        handler(unexpected(notLoggedInError()));
        return;
    case State::LoggingIn:
    case State::Refreshing:
        enqueue(context, std::move(handler), false);
        return;
    case State::LoggedIn:
        if (tokenStillValidFor(std::chrono::milliseconds(0))) {
            handler(m_token.accessToken);
            return;
        }
        // The timer missed the expiry (e.g. the computer slept): refresh first.
        enqueue(context, std::move(handler), true);
        startRefresh();
        return;
    }
}

QString TokenManager::usableAccessToken()
{
    if (m_state != State::LoggedIn)
        return {};
    if (tokenStillValidFor(std::chrono::milliseconds(0)))
        return m_token.accessToken;
    startRefresh();
    return {};
}

void TokenManager::recoverFromUnauthorized(const QString &rejectedToken, QObject *context, TokenHandler handler)
{
    switch (m_state) {
    case State::LoggedOut:
        handler(unexpected(notLoggedInError()));
        return;
    case State::LoggingIn:
    case State::Refreshing:
        enqueue(context, std::move(handler), true);
        return;
    case State::LoggedIn:
        if (m_token.accessToken != rejectedToken) {
            handler(m_token.accessToken); // already replaced since that request was sent
            return;
        }
        qCInfo(lcAuth) << "the server rejected the access token; refreshing";
        enqueue(context, std::move(handler), true);
        startRefresh();
        return;
    }
}

} // namespace re
