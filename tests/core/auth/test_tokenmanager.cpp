#include "auth/tokenmanager.h"

#include "api/dialect.h"
#include "qt_printers.h"
#include "wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace re;
using namespace std::chrono_literals;

namespace {

// Stands in for the network: keeps each token request until the test answers it.
struct FakeTokenEndpoint
{
    struct Pending
    {
        RequestSpec spec;
        TokenReplyHandler reply;
        QString field(const char *name) const
        {
            return QUrlQuery(QString::fromUtf8(spec.body)).queryItemValue(QString::fromLatin1(name),
                                                                          QUrl::FullyDecoded);
        }
    };
    QList<Pending> pending;
    int requests = 0;

    TokenTransport transport()
    {
        return [this](const RequestSpec &spec, TokenReplyHandler reply) {
            ++requests;
            pending.append({spec, std::move(reply)});
        };
    }

    Pending take()
    {
        EXPECT_FALSE(pending.isEmpty());
        return pending.takeFirst();
    }

    static QJsonDocument grant(const QString &access, const QString &refresh, int expiresIn)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access},
                                         {QStringLiteral("refresh_token"), refresh},
                                         {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                         {QStringLiteral("expires_in"), expiresIn},
                                         {QStringLiteral("userName"), QStringLiteral("helpdesk")}});
    }

    static ApiError refusal(int status, const QString &description)
    {
        ApiError error;
        error.kind = status == 401 ? ApiError::Kind::Unauthorized : ApiError::Kind::ServerError;
        error.httpStatus = status;
        error.serverMessage = description;
        error.message = QStringLiteral("HTTP %1").arg(status);
        return error;
    }
};

class TokenManagerTest : public testing::Test
{
protected:
    void SetUp() override { makeManager({}); }

    void makeManager(TokenTiming timing)
    {
        manager = std::make_unique<TokenManager>(endpoint.transport(), std::move(timing));
        manager->setDialect(dialect.get());
    }

    void logIn(const QString &access = QStringLiteral("A1"), int expiresIn = 3600)
    {
        manager->login(QStringLiteral("helpdesk"), QStringLiteral("s3cret&=+"));
        endpoint.take().reply(FakeTokenEndpoint::grant(access, QStringLiteral("R-") + access, expiresIn));
        ASSERT_TRUE(manager->isLoggedIn());
    }

    // Records what a TokenHandler received.
    struct Outcome
    {
        bool called = false;
        QString token;
        ApiError error;
    };
    TokenManager::TokenHandler recordInto(Outcome &outcome)
    {
        return [&outcome](Result<QString, ApiError> result) {
            outcome.called = true;
            if (result)
                outcome.token = result.value();
            else
                outcome.error = result.error();
        };
    }

    std::unique_ptr<Dialect> dialect = Dialect::create(ApiVersion::V8);
    FakeTokenEndpoint endpoint;
    std::unique_ptr<TokenManager> manager;
};

} // namespace

TEST(TokenTiming, defaultLeadIsAFifthCappedAtOneMinute)
{
    EXPECT_EQ(TokenTiming::defaultRefreshLead(3600s), 60s);
    EXPECT_EQ(TokenTiming::defaultRefreshLead(3s), 600ms);
}

TEST_F(TokenManagerTest, passwordGrantSendsFormFieldsAndSchedulesRefreshBeforeExpiry)
{
    QSignalSpy loggedIn(manager.get(), &TokenManager::loggedIn);
    manager->login(QStringLiteral("DOMAIN\\helpdesk"), QStringLiteral("p&ss=word+1"));
    EXPECT_EQ(manager->state(), TokenManager::State::LoggingIn);
    FakeTokenEndpoint::Pending request = endpoint.take();
    EXPECT_FALSE(request.spec.authenticated);
    EXPECT_EQ(request.spec.contentType, QByteArray("application/x-www-form-urlencoded"));
    EXPECT_EQ(request.field("grant_type"), QStringLiteral("password"));
    EXPECT_EQ(request.field("username"), QStringLiteral("DOMAIN\\helpdesk"));
    EXPECT_EQ(request.field("password"), QStringLiteral("p&ss=word+1"));

    request.reply(FakeTokenEndpoint::grant(QStringLiteral("A1"), QStringLiteral("R1"), 3600));
    EXPECT_EQ(loggedIn.count(), 1);
    EXPECT_EQ(manager->state(), TokenManager::State::LoggedIn);
    EXPECT_EQ(manager->userName(), QStringLiteral("helpdesk"));
    // 3600 s lifetime, 60 s lead → about 3540 s from now.
    EXPECT_GT(manager->timeUntilRefresh(), 3530s);
    EXPECT_LE(manager->timeUntilRefresh(), 3540s);
}

TEST_F(TokenManagerTest, refusedPasswordIsBadCredentialsWithTheServersDescription)
{
    QSignalSpy failed(manager.get(), &TokenManager::loginFailed);
    manager->login(QStringLiteral("helpdesk"), QStringLiteral("wrong"));
    endpoint.take().reply(unexpected(FakeTokenEndpoint::refusal(400, QStringLiteral("The user name or password is incorrect."))));
    ASSERT_EQ(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    EXPECT_EQ(error.kind, ApiError::Kind::BadCredentials);
    EXPECT_TRUE(error.message.contains(QStringLiteral("The user name or password is incorrect.")));
    EXPECT_FALSE(error.message.contains(QStringLiteral("wrong")));
    EXPECT_EQ(manager->state(), TokenManager::State::LoggedOut);
}

TEST_F(TokenManagerTest, withAccessTokenAnswersAtOnceWhenLoggedInAndQueuesDuringLogin)
{
    Outcome early;
    manager->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    manager->withAccessToken(nullptr, recordInto(early));
    EXPECT_FALSE(early.called);
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("A1"), QStringLiteral("R1"), 3600));
    EXPECT_TRUE(early.called);
    EXPECT_EQ(early.token, QStringLiteral("A1"));

    Outcome later;
    manager->withAccessToken(nullptr, recordInto(later));
    EXPECT_TRUE(later.called);
    EXPECT_EQ(later.token, QStringLiteral("A1"));
}

TEST_F(TokenManagerTest, loggedOutGivesUnauthorizedWithoutAnyRequest)
{
    Outcome outcome;
    manager->withAccessToken(nullptr, recordInto(outcome));
    EXPECT_TRUE(outcome.called);
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(endpoint.requests, 0);
}

TEST_F(TokenManagerTest, manyRequestsMeetingA401ShareOneRefreshAndGetTheNewToken)
{
    logIn();
    Outcome a, b, c;
    manager->recoverFromUnauthorized(QStringLiteral("A1"), nullptr, recordInto(a));
    manager->recoverFromUnauthorized(QStringLiteral("A1"), nullptr, recordInto(b));
    manager->recoverFromUnauthorized(QStringLiteral("A1"), nullptr, recordInto(c));
    EXPECT_EQ(manager->state(), TokenManager::State::Refreshing);
    ASSERT_EQ(endpoint.pending.size(), 1); // one refresh for all three
    FakeTokenEndpoint::Pending refresh = endpoint.take();
    EXPECT_EQ(refresh.field("grant_type"), QStringLiteral("refresh_token"));
    EXPECT_EQ(refresh.field("refresh_token"), QStringLiteral("R-A1"));
    EXPECT_EQ(refresh.field("disable_antiforgery_token"), QStringLiteral("true")); // v7+

    QSignalSpy refreshed(manager.get(), &TokenManager::refreshed);
    refresh.reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 3600));
    EXPECT_EQ(refreshed.count(), 1);
    for (const Outcome *o : {&a, &b, &c}) {
        EXPECT_TRUE(o->called);
        EXPECT_EQ(o->token, QStringLiteral("A2"));
    }
}

TEST_F(TokenManagerTest, a401WithAnAlreadyReplacedTokenReplaysWithoutAnotherRefresh)
{
    logIn(QStringLiteral("A1"));
    manager->refreshNow();
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 3600));
    Outcome late;
    manager->recoverFromUnauthorized(QStringLiteral("A1"), nullptr, recordInto(late));
    EXPECT_TRUE(late.called);
    EXPECT_EQ(late.token, QStringLiteral("A2"));
    EXPECT_TRUE(endpoint.pending.isEmpty());
}

TEST_F(TokenManagerTest, refusedRefreshEndsTheSessionAndAsksToLogInAgain)
{
    logIn();
    QSignalSpy loginRequired(manager.get(), &TokenManager::loginRequired);
    Outcome waiting;
    manager->recoverFromUnauthorized(QStringLiteral("A1"), nullptr, recordInto(waiting));
    endpoint.take().reply(unexpected(FakeTokenEndpoint::refusal(400, QStringLiteral("invalid_grant"))));

    ASSERT_EQ(loginRequired.count(), 1);
    const auto error = loginRequired.at(0).at(0).value<ApiError>();
    EXPECT_EQ(error.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(error.message, QStringLiteral("Your session on the server has ended. Log in again."));
    EXPECT_EQ(error.serverMessage, QStringLiteral("invalid_grant"));
    EXPECT_TRUE(waiting.called);
    EXPECT_EQ(waiting.error.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(manager->state(), TokenManager::State::LoggedOut);
    EXPECT_EQ(manager->userName(), QStringLiteral("helpdesk")); // kept to prefill the login

    Outcome after; // later requests learn why, without another round trip
    manager->withAccessToken(nullptr, recordInto(after));
    EXPECT_EQ(after.error.message, error.message);
    EXPECT_EQ(endpoint.requests, 2);
}

TEST_F(TokenManagerTest, passingRefreshFailureKeepsTheSessionAndRetries)
{
    TokenTiming timing;
    timing.retryDelay = 50ms;
    makeManager(timing);
    logIn();
    Outcome rejected, fresh;
    manager->recoverFromUnauthorized(QStringLiteral("A1"), nullptr, recordInto(rejected));
    ApiError refused;
    refused.kind = ApiError::Kind::ConnectionRefused;
    refused.message = QStringLiteral("refused");
    QSignalSpy loginRequired(manager.get(), &TokenManager::loginRequired);
    endpoint.take().reply(unexpected(refused));

    EXPECT_EQ(loginRequired.count(), 0);
    EXPECT_EQ(manager->state(), TokenManager::State::LoggedIn);
    EXPECT_EQ(rejected.error.kind, ApiError::Kind::ConnectionRefused); // not "log in again"
    manager->withAccessToken(nullptr, recordInto(fresh));
    EXPECT_EQ(fresh.token, QStringLiteral("A1")); // still valid for an hour

    ASSERT_TRUE(test::waitUntil([&] { return !endpoint.pending.isEmpty(); }, 2000)); // the retry
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 3600));
    EXPECT_EQ(manager->state(), TokenManager::State::LoggedIn);
}

TEST_F(TokenManagerTest, refreshRunsOnScheduleFromExpiresIn)
{
    TokenTiming timing;
    timing.refreshLead = [](std::chrono::milliseconds lifetime) { return lifetime - 100ms; };
    makeManager(timing);
    logIn(QStringLiteral("A1"), 60);
    EXPECT_TRUE(endpoint.pending.isEmpty());
    ASSERT_TRUE(test::waitUntil([&] { return !endpoint.pending.isEmpty(); }, 3000));
    FakeTokenEndpoint::Pending refresh = endpoint.take();
    EXPECT_EQ(refresh.field("refresh_token"), QStringLiteral("R-A1"));
    refresh.reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 60));
    Outcome now;
    manager->withAccessToken(nullptr, recordInto(now));
    EXPECT_EQ(now.token, QStringLiteral("A2"));
}

TEST_F(TokenManagerTest, expiredTokenIsRefreshedBeforeUse)
{
    QDateTime clock = QDateTime::currentDateTimeUtc();
    TokenTiming timing;
    timing.now = [&clock] { return clock; };
    makeManager(timing);
    logIn(QStringLiteral("A1"), 60);
    clock = clock.addSecs(120); // e.g. the laptop slept through the scheduled refresh
    Outcome outcome;
    manager->withAccessToken(nullptr, recordInto(outcome));
    EXPECT_FALSE(outcome.called);
    ASSERT_EQ(endpoint.pending.size(), 1);
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 60));
    EXPECT_EQ(outcome.token, QStringLiteral("A2"));
}

TEST_F(TokenManagerTest, aLoginSupersedesARefreshInFlight)
{
    logIn(QStringLiteral("A1"));
    manager->refreshNow();
    FakeTokenEndpoint::Pending staleRefresh = endpoint.take();
    manager->login(QStringLiteral("other"), QStringLiteral("pw"));
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("B1"), QStringLiteral("RB"), 3600));
    staleRefresh.reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 3600));
    Outcome outcome;
    manager->withAccessToken(nullptr, recordInto(outcome));
    EXPECT_EQ(outcome.token, QStringLiteral("B1"));
}

TEST_F(TokenManagerTest, waitersWhoseContextDiedAreSkipped)
{
    manager->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    bool called = false;
    {
        QObject context;
        manager->withAccessToken(&context, [&called](Result<QString, ApiError>) { called = true; });
    }
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("A1"), QStringLiteral("R1"), 3600));
    EXPECT_FALSE(called);
}

TEST_F(TokenManagerTest, usableAccessTokenNeverWaitsAndStartsARefreshWhenExpired)
{
    QDateTime clock = QDateTime::currentDateTimeUtc();
    TokenTiming timing;
    timing.now = [&clock] { return clock; };
    makeManager(timing);
    EXPECT_TRUE(manager->usableAccessToken().isEmpty()); // logged out
    logIn(QStringLiteral("A1"), 60);
    EXPECT_EQ(manager->usableAccessToken(), QStringLiteral("A1"));
    clock = clock.addSecs(61);
    EXPECT_TRUE(manager->usableAccessToken().isEmpty());
    EXPECT_EQ(manager->state(), TokenManager::State::Refreshing);
    endpoint.take().reply(FakeTokenEndpoint::grant(QStringLiteral("A2"), QStringLiteral("R2"), 60));
    EXPECT_EQ(manager->usableAccessToken(), QStringLiteral("A2"));
}

TEST_F(TokenManagerTest, loginWithoutAnApiVersionFailsClearly)
{
    manager->setDialect(nullptr);
    QSignalSpy failed(manager.get(), &TokenManager::loginFailed);
    manager->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Validation);
    EXPECT_EQ(endpoint.requests, 0);
}
