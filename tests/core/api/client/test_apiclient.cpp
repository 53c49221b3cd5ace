#include "client_test_support.h"

#include "resources/exchange.h"
#include "resources/organization.h"
#include "resources/restoresession.h"

using namespace re;
using namespace re::test;
using namespace std::chrono_literals;

namespace {

class ApiClientTest : public ClientTest
{
protected:
    template <typename T>
    struct Captured
    {
        bool done = false;
        std::optional<Result<T, ApiError>> result;
    };
    template <typename T>
    std::function<void(Result<T, ApiError>)> capture(Captured<T> &into)
    {
        return [&into](Result<T, ApiError> result) {
            into.done = true;
            into.result.emplace(std::move(result));
        };
    }
};

FakeResponse serves(const FakeRequest &request, const QStringList &served)
{
    const QString prefix = request.path().section(u'/', 1, 1);
    return served.contains(prefix) ? FakeResponse::json(401, R"({"message":"Authorization has been denied."})")
                                   : FakeResponse::json(404, {});
}

} // namespace

TEST_F(ApiClientTest, fetchPageParsesTypedRowsAndKeepsRowErrors)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) {
        return FakeResponse::json(200, R"({"offset":0,"limit":2,"results":[
            {"id":"mb-1","name":"Alex","email":"alex@contoso.example"},
            {"name":"no id"}],
            "_links":{"next":{"href":"/v8/RestoreSessions/s/Organization/Mailboxes?offset=2&limit=2"}}})");
    });
    Captured<Page<Mailbox>> captured;
    ListQuery query;
    query.collection = Collection::Mailboxes;
    query.sessionId = QStringLiteral("s");
    query.limit = 2;
    client->fetchPage<Mailbox>(query, nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_TRUE(*captured.result) << captured.result->error().message.toStdString();
    const Page<Mailbox> &page = captured.result->value();
    ASSERT_EQ(page.items.size(), 1);
    EXPECT_EQ(page.items.first().email, QStringLiteral("alex@contoso.example"));
    EXPECT_EQ(page.rowErrors.size(), 1);
    EXPECT_TRUE(page.hasMore);
    EXPECT_EQ(page.nextOffset(), 2);
}

TEST_F(ApiClientTest, fetchPageOfTheWrongShapeIsUnexpectedResponse)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) { return FakeResponse::json(200, R"({"items":[]})"); });
    Captured<Page<Mailbox>> captured;
    ListQuery query;
    query.collection = Collection::Mailboxes;
    query.sessionId = QStringLiteral("s");
    client->fetchPage<Mailbox>(query, nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_FALSE(*captured.result);
    EXPECT_EQ(captured.result->error().kind, ApiError::Kind::UnexpectedResponse);
}

TEST_F(ApiClientTest, fetchSingleResourceWithoutIdIsUnexpectedResponse)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) { return FakeResponse::json(200, R"({"name":"Contoso"})"); });
    Captured<Organization> captured;
    ResourceRef ref;
    ref.kind = ResourceKind::Organization;
    ref.organizationId = QStringLiteral("org-1");
    client->fetch<Organization>(ref, nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_FALSE(*captured.result);
    EXPECT_EQ(captured.result->error().kind, ApiError::Kind::UnexpectedResponse);
    EXPECT_TRUE(captured.result->error().message.contains(QStringLiteral("without an id")));
}

TEST_F(ApiClientTest, exploreReturnsTheSessionAndStopAcceptsNoContent)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &request) {
        if (request.path().endsWith(QStringLiteral("/explore")))
            return FakeResponse::json(201, R"({"id":"sess-1","name":"Contoso","state":"Working","type":"Vex"})");
        return FakeResponse::json(204, {});
    });
    Captured<RestoreSession> session;
    ExploreOptions options;
    client->explore(QStringLiteral("org-1"), options, nullptr, capture(session));
    ASSERT_TRUE(waitUntil([&] { return session.done; }));
    ASSERT_TRUE(*session.result) << session.result->error().message.toStdString();
    EXPECT_EQ(session.result->value().id, QStringLiteral("sess-1"));

    bool stopped = false;
    client->stopSession(QStringLiteral("sess-1"), nullptr, [&stopped](Result<void, ApiError> r) { stopped = r.hasValue(); });
    ASSERT_TRUE(waitUntil([&] { return stopped; }));
    EXPECT_EQ(network.requests().last().path(), QStringLiteral("/v8/RestoreSessions/sess-1/Stop"));
}

TEST_F(ApiClientTest, callbacksOfADeadContextAreSkipped)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) { return FakeResponse::json(200, R"({"results":[]})"); });
    bool called = false;
    {
        QObject context;
        ListQuery query;
        client->fetchPage<Organization>(query, &context, [&called](auto) { called = true; });
    }
    QTest::qWait(50);
    EXPECT_FALSE(called);
}

TEST_F(ApiClientTest, actionThisVersionLacksIsAValidationErrorWithoutARequest)
{
    loginWith(QStringLiteral("t"), [](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
    const qsizetype before = network.requests().size();
    ActionTarget target;
    target.ref.kind = ResourceKind::MailItem;
    target.ref.sessionId = QStringLiteral("s");
    target.ref.containerId = QStringLiteral("mb");
    target.ref.id = QStringLiteral("item");
    auto outcome = watch(client->action(target, ActionVerb::CopyTo, {}));
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::Validation);
    EXPECT_EQ(network.requests().size(), before);
}

TEST_F(ApiClientTest, restoreActionsUseTheBlockingPolicyWhereRestoresBlock)
{
    client->setApiVersion(ApiVersion::V6);
    TimeoutPolicies policies;
    policies.browse = TimeoutPolicy{.connect = 1s, .firstByte = 100ms, .inactivity = 1s, .waitingNotice = 10ms};
    policies.blockingAction = TimeoutPolicy{.connect = 1s, .firstByte = 0ms, .inactivity = 1s, .waitingNotice = 10ms};
    client->setTimeoutPolicies(policies);
    loginWith(QStringLiteral("t"), [](const FakeRequest &) {
        FakeResponse r = FakeResponse::json(200, R"({"createdItemsCount":1})");
        r.headerDelay = 400ms; // longer than the browse first-byte limit
        return r;
    });
    ActionTarget target;
    target.ref.kind = ResourceKind::Mailbox;
    target.ref.sessionId = QStringLiteral("s");
    target.ref.containerId = QStringLiteral("mb");
    ApiJob *job = client->action(target, ActionVerb::RestoreToOriginal, {});
    EXPECT_EQ(job->policy().firstByte, 0ms);
    auto outcome = watch(job);
    ASSERT_TRUE(waitFinished(outcome));
    EXPECT_FALSE(outcome->error.isError()) << outcome->error.message.toStdString();
    EXPECT_TRUE(outcome->phases.contains(ApiJob::Phase::WaitingForServer));
}

TEST_F(ApiClientTest, withoutAnApiVersionRequestsFailClearly)
{
    client->setDialect(nullptr);
    Captured<Organization> captured;
    client->fetch<Organization>(ResourceRef{}, nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_FALSE(*captured.result);
    EXPECT_EQ(captured.result->error().kind, ApiError::Kind::Validation);
    EXPECT_TRUE(network.requests().isEmpty());
}

TEST_F(ApiClientTest, detectVersionPicksTheNewestServedPrefix)
{
    network.setHandler([](const FakeRequest &r) {
        return serves(r, {QStringLiteral("v5"), QStringLiteral("v6")});
    });
    Captured<ApiVersion> captured;
    client->detectVersion(nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_TRUE(*captured.result) << captured.result->error().message.toStdString();
    EXPECT_EQ(captured.result->value(), ApiVersion::V6);
    QStringList probed;
    for (const FakeRequest &r : network.requests()) {
        probed.append(r.path());
        EXPECT_TRUE(r.header("Authorization").isEmpty());
    }
    EXPECT_EQ(probed, (QStringList{QStringLiteral("/v8/ServiceInstance"), QStringLiteral("/v7/ServiceInstance"),
                                   QStringLiteral("/v6/ServiceInstance")}));
}

TEST_F(ApiClientTest, detectVersionFindsV5ThroughOrganizations)
{
    network.setHandler([](const FakeRequest &r) { return serves(r, {QStringLiteral("v5")}); });
    Captured<ApiVersion> captured;
    client->detectVersion(nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_TRUE(*captured.result);
    EXPECT_EQ(captured.result->value(), ApiVersion::V5);
    EXPECT_EQ(network.requests().last().path(), QStringLiteral("/v5/Organizations"));
}

TEST_F(ApiClientTest, detectVersionWithNothingServedSaysSo)
{
    network.setHandler([](const FakeRequest &r) { return serves(r, {}); });
    Captured<ApiVersion> captured;
    client->detectVersion(nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_FALSE(*captured.result);
    EXPECT_EQ(captured.result->error().kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(captured.result->error().message.contains(QStringLiteral("4443")));
    EXPECT_EQ(network.requests().size(), 4);
}

TEST_F(ApiClientTest, detectVersionStopsAtTheFirstTransportFailure)
{
    network.setHandler([](const FakeRequest &) {
        return FakeResponse::failure(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
    });
    Captured<ApiVersion> captured;
    client->detectVersion(nullptr, capture(captured));
    ASSERT_TRUE(waitUntil([&] { return captured.done; }));
    ASSERT_FALSE(*captured.result);
    EXPECT_EQ(captured.result->error().kind, ApiError::Kind::ConnectionRefused);
    EXPECT_EQ(network.requests().size(), 1);
}

TEST_F(ApiClientTest, rawRequestsCarryTheTokenForTheDownloadManager)
{
    loginWith(QStringLiteral("dl-token"), [](const FakeRequest &) { return FakeResponse::json(200, "x"); });
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = {QStringLiteral("v8"), QStringLiteral("x")};
    spec.response = ResponseKind::Stream;
    auto reply = client->startRawRequest(spec, [](QNetworkRequest &r) { r.setRawHeader("Range", "bytes=10-"); });
    ASSERT_TRUE(reply);
    std::unique_ptr<QNetworkReply> owned(reply.value());
    EXPECT_EQ(network.requests().last().bearer(), QByteArray("dl-token"));
    EXPECT_EQ(network.requests().last().header("Range"), QByteArray("bytes=10-"));

    client->tokens()->logout();
    auto refused = client->startRawRequest(spec);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Unauthorized);
}

TEST_F(ApiClientTest, rawRequestDuringARefreshFailsAsPassing)
{
    int refreshes = 0;
    network.setHandler([&refreshes](const FakeRequest &request) {
        if (isTokenRequest(request)) {
            const bool refresh = formField(request, "grant_type") == QStringLiteral("refresh_token");
            refreshes += refresh ? 1 : 0;
            FakeResponse r = FakeResponse::json(200, tokenReply(refresh ? QStringLiteral("B") : QStringLiteral("A")));
            r.headerDelay = refresh ? 100ms : 0ms;
            return r;
        }
        return FakeResponse::json(200, "x");
    });
    client->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }));
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = {QStringLiteral("v8"), QStringLiteral("x")};
    spec.response = ResponseKind::Stream;

    client->tokens()->refreshNow();
    auto renewing = client->startRawRequest(spec);
    ASSERT_FALSE(renewing);
    // ConnectionLost: the download manager retries it after its backoff, with the new token.
    EXPECT_EQ(renewing.error().kind, ApiError::Kind::ConnectionLost);
    ASSERT_TRUE(waitUntil([&] { return client->tokens()->state() == TokenManager::State::LoggedIn; }));
    auto retried = client->startRawRequest(spec);
    ASSERT_TRUE(retried);
    std::unique_ptr<QNetworkReply> owned(retried.value());
    EXPECT_EQ(network.requests().last().bearer(), QByteArray("B"));
    EXPECT_EQ(refreshes, 1);
}
