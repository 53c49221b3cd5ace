#include "client_test_support.h"

#include <QSignalSpy>

using namespace re;
using namespace re::test;
using namespace std::chrono_literals;

namespace {

RequestSpec organizations()
{
    return Dialect::create(ApiVersion::V8)->list(ListQuery{});
}

RequestSpec unauthenticated(RequestSpec spec)
{
    spec.authenticated = false;
    return spec;
}

TimeoutPolicy shortPolicy()
{
    return TimeoutPolicy{.connect = 200ms, .firstByte = 300ms, .inactivity = 300ms, .waitingNotice = 50ms};
}

class ApiJobTest : public ClientTest
{};

} // namespace

TEST_F(ApiJobTest, successParsesJsonFinishesOnceAndDeletesItself)
{
    loginWith(QStringLiteral("tok-1"), [](const FakeRequest &) {
        return FakeResponse::json(200, R"({"offset":0,"limit":500,"results":[]})");
    });
    ApiJob *job = client->send(organizations());
    QPointer<ApiJob> alive(job);
    auto outcome = watch(job);
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->finishedCount, 1);
    EXPECT_FALSE(outcome->error.isError()) << outcome->error.message.toStdString();
    EXPECT_EQ(outcome->status, 200);
    EXPECT_TRUE(outcome->json.isObject());
    EXPECT_EQ(outcome->phases.last(), ApiJob::Phase::Finished);
    ASSERT_TRUE(waitUntil([&] { return alive.isNull(); }, 2000));

    const FakeRequest &sent = network.requests().last();
    EXPECT_EQ(sent.method, QByteArray("GET"));
    EXPECT_EQ(sent.bearer(), QByteArray("tok-1"));
    EXPECT_EQ(sent.header("Accept"), QByteArray("application/json"));
    EXPECT_EQ(sent.url.toString(), QStringLiteral("https://vbo.example.test:4443/v8/Organizations?offset=0&limit=500"));
}

TEST_F(ApiJobTest, unauthenticatedRequestsCarryNoToken)
{
    loginWith(QStringLiteral("tok-1"), [](const FakeRequest &) { return FakeResponse::json(401, "{}"); });
    auto outcome = watch(client->send(Dialect::create(ApiVersion::V8)->probe()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(outcome->error.isError()); // the probe accepts 401
    EXPECT_TRUE(network.requests().last().header("Authorization").isEmpty());
}

TEST_F(ApiJobTest, emptyBodyOn204IsSuccessWithNullDocument)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) { return FakeResponse::json(204, {}); });
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(outcome->error.isError());
    EXPECT_TRUE(outcome->json.isNull());
}

TEST_F(ApiJobTest, httpErrorCarriesTheServerMessage)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) {
        return FakeResponse::json(500, R"({"message":"Restore session cannot be created."})");
    });
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::ServerError);
    EXPECT_EQ(outcome->error.httpStatus, 500);
    EXPECT_EQ(outcome->error.serverMessage, QStringLiteral("Restore session cannot be created."));
    EXPECT_EQ(outcome->error.request, QStringLiteral("GET /v8/Organizations"));
}

TEST_F(ApiJobTest, notFoundWithoutMessage)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) { return FakeResponse::json(404, {}); });
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(outcome->error.serverMessage.isEmpty());
}

TEST_F(ApiJobTest, malformedJsonIsMalformedResponse)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) {
        FakeResponse r = FakeResponse::json(200, R"({"results": [ {"id": "1"}, )");
        return r;
    });
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::MalformedResponse);
}

TEST_F(ApiJobTest, transportFailuresMapToTheirKinds)
{
    const QList<std::pair<QNetworkReply::NetworkError, ApiError::Kind>> cases = {
        {QNetworkReply::ConnectionRefusedError, ApiError::Kind::ConnectionRefused},
        {QNetworkReply::HostNotFoundError, ApiError::Kind::HostNotFound},
        {QNetworkReply::RemoteHostClosedError, ApiError::Kind::ConnectionLost},
        {QNetworkReply::SslHandshakeFailedError, ApiError::Kind::Tls},
    };
    for (const auto &[code, kind] : cases) {
        network.setHandler([code](const FakeRequest &) { return FakeResponse::failure(code, QStringLiteral("boom")); });
        auto outcome = watch(client->send(unauthenticated(organizations())));
        ASSERT_TRUE(waitFinished(outcome));
        EXPECT_EQ(outcome->error.kind, kind) << static_cast<int>(code);
        EXPECT_FALSE(outcome->error.message.isEmpty());
    }
}

TEST_F(ApiJobTest, connectTimeoutWhenTheRequestIsNeverSent)
{
    network.setHandler([](const FakeRequest &) {
        FakeResponse r;
        r.stage = FakeResponse::Stage::HangBeforeSend;
        return r;
    });
    auto outcome = watch(client->send(unauthenticated(organizations()), shortPolicy()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(outcome->error.message.startsWith(QStringLiteral("Could not connect to vbo.example.test:4443 within 0.2 seconds")))
        << outcome->error.message.toStdString();
}

TEST_F(ApiJobTest, firstByteTimeoutAfterShowingWaitingForServer)
{
    network.setHandler([](const FakeRequest &) {
        FakeResponse r;
        r.stage = FakeResponse::Stage::HangAfterSend;
        return r;
    });
    auto outcome = watch(client->send(unauthenticated(organizations()), shortPolicy()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(outcome->error.message.contains(QStringLiteral("did not answer within 0.3 seconds")));
    EXPECT_TRUE(outcome->phases.contains(ApiJob::Phase::WaitingForServer));
}

TEST_F(ApiJobTest, blockingActionHasNoFirstByteLimitAndReportsWaiting)
{
    // A v5–v7 restore answers when the restore is done: 600 ms here, far beyond the browse limit.
    network.setHandler([](const FakeRequest &) {
        FakeResponse r = FakeResponse::json(200, R"({"createdItemsCount":3})");
        r.headerDelay = 600ms;
        return r;
    });
    TimeoutPolicy blocking = shortPolicy();
    blocking.firstByte = 0ms;
    auto outcome = watch(client->send(unauthenticated(organizations()), blocking));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(outcome->error.isError()) << outcome->error.message.toStdString();
    EXPECT_TRUE(outcome->phases.contains(ApiJob::Phase::WaitingForServer));
}

TEST_F(ApiJobTest, inactivityWatchdogFiresWhenTheBodyStalls)
{
    network.setHandler([](const FakeRequest &) {
        FakeResponse r = FakeResponse::json(200, QByteArray(4096, ' '));
        r.chunkSize = 100;
        r.stage = FakeResponse::Stage::StallAfterHeaders;
        return r;
    });
    auto outcome = watch(client->send(unauthenticated(organizations()), shortPolicy()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(outcome->error.message.contains(QStringLiteral("stopped sending data")));
}

TEST_F(ApiJobTest, slowButSteadyBodyIsNotATimeout)
{
    network.setHandler([](const FakeRequest &) {
        FakeResponse r = FakeResponse::json(200, R"({"results":[)" + QByteArray(50, ' ') + "]}");
        r.chunkSize = 10;
        r.chunkDelay = 100ms; // 700 ms in total, each gap below the 300 ms inactivity limit
        return r;
    });
    auto outcome = watch(client->send(unauthenticated(organizations()), shortPolicy()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(outcome->error.isError()) << outcome->error.message.toStdString();
}

TEST_F(ApiJobTest, cancelFinishesOnceWithCancelled)
{
    network.setHandler([](const FakeRequest &) {
        FakeResponse r;
        r.stage = FakeResponse::Stage::HangAfterSend;
        return r;
    });
    ApiJob *job = client->send(unauthenticated(organizations()), TimeoutPolicy::blockingAction());
    auto outcome = watch(job);
    ASSERT_TRUE(waitUntil([&] { return outcome->phases.contains(ApiJob::Phase::AwaitingReply); }));
    job->cancel();
    ASSERT_TRUE(waitFinished(outcome));
    QTest::qWait(20);
    EXPECT_EQ(outcome->finishedCount, 1);
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Cancelled);
}

TEST_F(ApiJobTest, notLoggedInFailsWithoutSendingAnything)
{
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Unauthorized);
    EXPECT_TRUE(network.requests().isEmpty());
}

TEST_F(ApiJobTest, requestsMeetingA401AreReplayedOnceAfterOneSharedRefresh)
{
    int refreshes = 0;
    network.setHandler([&refreshes](const FakeRequest &request) {
        if (isTokenRequest(request)) {
            if (formField(request, "grant_type") == QStringLiteral("refresh_token")) {
                ++refreshes;
                EXPECT_EQ(formField(request, "refresh_token"), QStringLiteral("refresh-of-old"));
                FakeResponse r = FakeResponse::json(200, tokenReply(QStringLiteral("new")));
                r.headerDelay = 50ms; // the other 401s arrive while this is in flight
                return r;
            }
            return FakeResponse::json(200, tokenReply(QStringLiteral("old")));
        }
        if (request.bearer() == "new")
            return FakeResponse::json(200, R"({"results":[]})");
        return FakeResponse::json(401, R"({"message":"Authorization has been denied for this request."})");
    });
    client->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }));

    QList<std::shared_ptr<JobOutcome>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes.append(watch(client->send(organizations())));
    for (const auto &outcome : outcomes) {
        ASSERT_TRUE(waitFinished(outcome));
        EXPECT_FALSE(outcome->error.isError()) << outcome->error.message.toStdString();
        EXPECT_TRUE(outcome->replayed);
        EXPECT_TRUE(outcome->phases.contains(ApiJob::Phase::Authorizing));
    }
    EXPECT_EQ(refreshes, 1);
    EXPECT_EQ(network.countRequests([](const FakeRequest &r) { return r.bearer() == "new"; }), 3);
}

TEST_F(ApiJobTest, a401AfterTheReplayEndsTheRequest)
{
    network.setHandler([](const FakeRequest &request) {
        if (isTokenRequest(request))
            return FakeResponse::json(200, tokenReply(formField(request, "grant_type") + QStringLiteral("-token")));
        return FakeResponse::json(401, "{}");
    });
    client->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }));
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(network.countRequests([](const FakeRequest &r) { return !isTokenRequest(r); }), 2); // once + one replay
}

TEST_F(ApiJobTest, refusedRefreshAsksToLogInAgain)
{
    network.setHandler([](const FakeRequest &request) {
        if (isTokenRequest(request)) {
            if (formField(request, "grant_type") == QStringLiteral("refresh_token"))
                return FakeResponse::json(400, R"({"error":"invalid_grant","error_description":"Refresh token expired."})");
            return FakeResponse::json(200, tokenReply(QStringLiteral("old")));
        }
        return FakeResponse::json(401, "{}");
    });
    QSignalSpy loginRequired(client.get(), &ApiClient::loginRequired);
    client->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }));
    auto outcome = watch(client->send(organizations()));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(outcome->error.message, QStringLiteral("Your session on the server has ended. Log in again."));
    EXPECT_EQ(outcome->error.serverMessage, QStringLiteral("Refresh token expired."));
    EXPECT_EQ(loginRequired.count(), 1);
}

TEST_F(ApiJobTest, streamDeliversChunksWithoutBuffering)
{
    const QByteArray file = QByteArray("PK\x03\x04", 4) + QByteArray(300000, 'z');
    network.setHandler([file](const FakeRequest &) {
        FakeResponse r = FakeResponse::json(200, file);
        r.contentType = "application/octet-stream";
        r.chunkSize = 64 * 1024;
        r.chunkDelay = 5ms;
        return r;
    });
    RequestSpec spec = unauthenticated(organizations());
    spec.method = "POST";
    spec.response = ResponseKind::Stream;
    ApiJob *job = client->send(spec, shortPolicy());
    QByteArray received;
    int readyReads = 0;
    qint64 maxPending = 0;
    bool headers = false;
    QObject::connect(job, &ApiJob::headersReceived, job, [&] { headers = true; });
    QObject::connect(job, &ApiJob::readyRead, job, [&] {
        ++readyReads;
        maxPending = std::max(maxPending, job->bytesAvailable());
        received += job->read(job->bytesAvailable());
    });
    auto outcome = watch(job);
    QObject::connect(job, &ApiJob::finished, job, [&] { received += job->read(job->bytesAvailable()); });
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(outcome->error.isError()) << outcome->error.message.toStdString();
    EXPECT_TRUE(headers);
    EXPECT_EQ(received, file);
    EXPECT_GE(readyReads, 4);
    EXPECT_LE(maxPending, 64 * 1024); // never more than one chunk held
    EXPECT_EQ(network.requests().last().header("Accept"), QByteArray("application/octet-stream"));
}

TEST_F(ApiJobTest, failedStreamReportsTheJsonErrorBody)
{
    network.setHandler([](const FakeRequest &) {
        return FakeResponse::json(500, R"({"message":"64-bit Outlook is not installed."})");
    });
    RequestSpec spec = unauthenticated(organizations());
    spec.response = ResponseKind::Stream;
    ApiJob *job = client->send(spec, shortPolicy());
    bool streamed = false;
    QObject::connect(job, &ApiJob::readyRead, job, [&] { streamed = true; });
    auto outcome = watch(job);
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(streamed);
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::ServerError);
    EXPECT_EQ(outcome->error.serverMessage, QStringLiteral("64-bit Outlook is not installed."));
}
