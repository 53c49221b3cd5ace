// ApiClient and TokenManager against the real vb365-emulator (--strict): version detection, token
// refresh with --token-lifetime, 401 queue and replay, a refused refresh, every error kind through
// the emulator's fault flags, and TLS trust with --tls.
#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "emulator_process.h"
#include "qt_printers.h"
#include "resources/exchange.h"
#include "resources/organization.h"
#include "resources/restoresession.h"
#include "wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace re;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<test::EmulatorProcess> startEmulator(QStringList arguments)
{
    test::EmulatorProcess::Options options;
    options.arguments = std::move(arguments);
    auto emulator = std::make_unique<test::EmulatorProcess>(options);
    EXPECT_TRUE(emulator->start()) << emulator->errorString().toStdString();
    return emulator;
}

// Waits for a typed call's callback and hands back its result.
template <typename T>
class Await
{
public:
    std::function<void(Result<T, ApiError>)> callback()
    {
        return [this](Result<T, ApiError> result) { m_result.emplace(std::move(result)); };
    }
    Result<T, ApiError> &wait(int timeoutMs = 20000)
    {
        EXPECT_TRUE(test::waitUntil([this] { return m_result.has_value(); }, timeoutMs));
        if (!m_result) {
            ApiError timeout;
            timeout.kind = ApiError::Kind::Timeout;
            timeout.message = QStringLiteral("test gave up waiting");
            m_result.emplace(unexpected(timeout));
        }
        return *m_result;
    }

private:
    std::optional<Result<T, ApiError>> m_result;
};

struct JobResult
{
    bool done = false;
    ApiError error;
    bool replayed = false;
    QList<ApiJob::Phase> phases;
};

std::shared_ptr<JobResult> track(ApiJob *job)
{
    auto result = std::make_shared<JobResult>();
    QObject::connect(job, &ApiJob::phaseChanged, job, [result](ApiJob::Phase p) { result->phases.append(p); });
    QObject::connect(job, &ApiJob::finished, job, [result, job] {
        result->done = true;
        result->error = job->error();
        result->replayed = job->wasReplayed();
    });
    return result;
}

ApiError listOrganizationsError(ApiClient &client)
{
    Await<Page<Organization>> organizations;
    client.fetchPage<Organization>(ListQuery{}, nullptr, organizations.callback());
    auto &result = organizations.wait();
    return result ? ApiError{} : result.error();
}

bool logIn(ApiClient &client, const test::EmulatorProcess &emulator)
{
    client.login(emulator.user(), emulator.password());
    return test::waitUntil([&] { return client.tokens()->state() != TokenManager::State::LoggingIn; }, 10000)
           && client.tokens()->isLoggedIn();
}

// Log lines (JSON) of requests whose path ends with `suffix` (case-insensitive).
QList<QJsonObject> logged(const test::EmulatorProcess &emulator, const QString &suffix)
{
    QList<QJsonObject> lines;
    for (const QString &line : emulator.logLines()) {
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        if (entry.value(QStringLiteral("path")).toString().endsWith(suffix, Qt::CaseInsensitive))
            lines.append(entry);
    }
    return lines;
}

// A clock that stands still: the client never thinks the token expired, so only the server's 401
// can start a refresh (the path under test).
TokenTiming noProactiveRefresh()
{
    TokenTiming timing;
    const QDateTime frozen = QDateTime::currentDateTimeUtc();
    timing.now = [frozen] { return frozen; };
    timing.refreshLead = [](std::chrono::milliseconds) { return -std::chrono::milliseconds(std::chrono::hours(24)); };
    return timing;
}

} // namespace

TEST(ClientEmulator, detectsTheNewestServedVersion)
{
    for (const auto &[served, expected] : {std::pair{QStringLiteral("v5,v6"), ApiVersion::V6},
                                          std::pair{QStringLiteral("v5"), ApiVersion::V5},
                                          std::pair{QStringLiteral("v5,v6,v7,v8"), ApiVersion::V8}}) {
        auto emulator = startEmulator({QStringLiteral("--api"), served, QStringLiteral("--strict")});
        ApiClient client(emulator->url());
        Await<ApiVersion> detected;
        client.detectVersion(nullptr, detected.callback());
        auto &result = detected.wait();
        ASSERT_TRUE(result) << result.error().message.toStdString();
        EXPECT_EQ(result.value(), expected) << served.toStdString();
    }
}

TEST(ClientEmulator, logsInAndListsOrganizationsOnEveryVersion)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v5,v6,v7,v8"), QStringLiteral("--strict")});
    for (const ApiVersion version : kVersionsNewestFirst) {
        ApiClient client(emulator->url());
        client.setApiVersion(version);
        ASSERT_TRUE(logIn(client, *emulator)) << toString(version).toStdString();
        Await<Page<Organization>> organizations;
        client.fetchPage<Organization>(ListQuery{}, nullptr, organizations.callback());
        auto &page = organizations.wait();
        ASSERT_TRUE(page) << page.error().message.toStdString();
        EXPECT_FALSE(page->items.isEmpty());
        EXPECT_TRUE(page->rowErrors.isEmpty());
    }
}

TEST(ClientEmulator, wrongPasswordIsBadCredentials)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    QSignalSpy failed(client.tokens(), &TokenManager::loginFailed);
    client.login(emulator->user(), QStringLiteral("not-the-password"));
    ASSERT_TRUE(test::waitUntil([&] { return failed.count() > 0; }));
    const auto error = failed.at(0).at(0).value<ApiError>();
    EXPECT_EQ(error.kind, ApiError::Kind::BadCredentials);
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_FALSE(error.message.contains(QStringLiteral("not-the-password")));
}

TEST(ClientEmulator, refreshesBeforeExpiryWithAThreeSecondToken)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--token-lifetime"), QStringLiteral("3")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    QSignalSpy refreshed(client.tokens(), &TokenManager::refreshed);
    ASSERT_TRUE(logIn(client, *emulator));

    // Browse for 7 s (more than two lifetimes): every request must succeed without a 401.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 7000) {
        const ApiError error = listOrganizationsError(client);
        ASSERT_FALSE(error.isError()) << error.message.toStdString();
        QTest::qWait(300);
    }
    EXPECT_GE(refreshed.count(), 2);
    for (const QJsonObject &entry : logged(*emulator, QStringLiteral("/Organizations")))
        EXPECT_EQ(entry.value(QStringLiteral("status")).toInt(), 200);
    int refreshGrants = 0;
    for (const QJsonObject &entry : logged(*emulator, QStringLiteral("/token"))) {
        const QJsonObject body = entry.value(QStringLiteral("body")).toObject();
        if (body.value(QStringLiteral("grant_type")).toString() == QStringLiteral("refresh_token"))
            ++refreshGrants;
        EXPECT_EQ(entry.value(QStringLiteral("status")).toInt(), 200);
    }
    EXPECT_EQ(refreshGrants, refreshed.count());
}

TEST(ClientEmulator, requestsMeetingA401AreQueuedAndReplayedOnceAfterOneRefresh)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--token-lifetime"), QStringLiteral("2")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    client.tokens()->setTiming(noProactiveRefresh());
    ASSERT_TRUE(logIn(client, *emulator));
    QTest::qWait(2500); // the server's token has expired; the client does not know

    QList<std::shared_ptr<JobResult>> jobs;
    for (int i = 0; i < 3; ++i)
        jobs.append(track(client.send(client.dialect()->list(ListQuery{}))));
    for (const auto &job : jobs) {
        ASSERT_TRUE(test::waitUntil([&] { return job->done; }, 15000));
        EXPECT_FALSE(job->error.isError()) << job->error.message.toStdString();
        EXPECT_TRUE(job->replayed);
    }
    int unauthorized = 0, ok = 0;
    for (const QJsonObject &entry : logged(*emulator, QStringLiteral("/Organizations")))
        (entry.value(QStringLiteral("status")).toInt() == 401 ? unauthorized : ok) += 1;
    EXPECT_EQ(unauthorized, 3);
    EXPECT_EQ(ok, 3);
    EXPECT_EQ(logged(*emulator, QStringLiteral("/token")).size(), 2); // the login and ONE refresh
}

TEST(ClientEmulator, aRefusedRefreshAsksToLogInAgain)
{
    auto first = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict")});
    const QUrl url = first->url();
    ApiClient client(url);
    client.setApiVersion(ApiVersion::V8);
    client.tokens()->setTiming(noProactiveRefresh());
    ASSERT_TRUE(logIn(client, *first));
    first.reset(); // the server restarts and forgets every token
    auto second = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                 QStringLiteral("--port"), QString::number(url.port())});
    ASSERT_EQ(second->url(), url);

    QSignalSpy loginRequired(&client, &ApiClient::loginRequired);
    const ApiError error = listOrganizationsError(client);
    EXPECT_EQ(error.kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(error.message, QStringLiteral("Your session on the server has ended. Log in again."));
    EXPECT_EQ(loginRequired.count(), 1);
    EXPECT_EQ(client.tokens()->state(), TokenManager::State::LoggedOut);

    ASSERT_TRUE(logIn(client, *second)); // logging in again works on the same client
    EXPECT_FALSE(listOrganizationsError(client).isError());
}

TEST(ClientEmulator, serverErrorsCarryTheServersMessage)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--fail"), QStringLiteral("GET /v8/Organizations=503:The service is restarting."),
                                   QStringLiteral("--fail"), QStringLiteral("GET /v8/RestoreSessions=404")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    ASSERT_TRUE(logIn(client, *emulator));

    const ApiError withMessage = listOrganizationsError(client);
    EXPECT_EQ(withMessage.kind, ApiError::Kind::ServerError);
    EXPECT_EQ(withMessage.httpStatus, 503);
    EXPECT_EQ(withMessage.serverMessage, QStringLiteral("The service is restarting."));
    EXPECT_TRUE(withMessage.message.startsWith(QStringLiteral("The server said: \"The service is restarting.\"")));

    ListQuery sessions;
    sessions.collection = Collection::RestoreSessions;
    auto job = track(client.send(client.dialect()->list(sessions)));
    ASSERT_TRUE(test::waitUntil([&] { return job->done; }));
    EXPECT_EQ(job->error.kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(job->error.serverMessage.isEmpty());
    EXPECT_TRUE(job->error.message.startsWith(QStringLiteral("The server answered with HTTP status 404.")));
}

TEST(ClientEmulator, truncatedJsonIsMalformedResponse)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--malformed"), QStringLiteral("/v8/Organizations")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    ASSERT_TRUE(logIn(client, *emulator));
    EXPECT_EQ(listOrganizationsError(client).kind, ApiError::Kind::MalformedResponse);
}

TEST(ClientEmulator, slowServerHitsTheBrowseTimeoutButNotTheBlockingPolicy)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--latency-ms"), QStringLiteral("1200")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    TimeoutPolicies policies;
    policies.browse = TimeoutPolicy{.connect = 5s, .firstByte = 400ms, .inactivity = 5s, .waitingNotice = 100ms};
    policies.blockingAction = TimeoutPolicy{.connect = 5s, .firstByte = 0ms, .inactivity = 5s, .waitingNotice = 100ms};
    client.setTimeoutPolicies(policies);
    auto browse = track(client.send(client.dialect()->probe(), TimeoutPolicy::Preset::Browse));
    auto blocking = track(client.send(client.dialect()->probe(), TimeoutPolicy::Preset::BlockingAction));
    ASSERT_TRUE(test::waitUntil([&] { return browse->done && blocking->done; }, 15000));
    EXPECT_EQ(browse->error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(browse->error.message.contains(QStringLiteral("did not answer within 0.4 seconds")))
        << browse->error.message.toStdString();
    EXPECT_FALSE(blocking->error.isError()) << blocking->error.message.toStdString();
    EXPECT_TRUE(blocking->phases.contains(ApiJob::Phase::WaitingForServer));
}

TEST(ClientEmulator, stoppedServerIsConnectionRefused)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8")});
    const QUrl url = emulator->url();
    emulator.reset();
    ApiClient client(url);
    Await<ApiVersion> detected;
    client.detectVersion(nullptr, detected.callback());
    auto &result = detected.wait();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, ApiError::Kind::ConnectionRefused);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("127.0.0.1:%1 refused the connection").arg(url.port())));
}

TEST(ClientEmulator, tlsUnknownAsksPinnedWorksChangedIsRefused)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v6,v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--tls")});
    ASSERT_EQ(emulator->url().scheme(), QStringLiteral("https"));
    ApiClient client(emulator->url());
    QSignalSpy decision(&client, &ApiClient::certificateDecisionRequired);

    Await<ApiVersion> unknown;
    client.detectVersion(nullptr, unknown.callback());
    auto &first = unknown.wait();
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().kind, ApiError::Kind::Tls);
    ASSERT_EQ(decision.count(), 1);
    const auto info = decision.at(0).at(0).value<CertificateInfo>();
    EXPECT_EQ(QString::fromLatin1(info.sha256Hex), emulator->certificateSha256());

    client.trustStore().pin(info.sha256Hex);
    Await<ApiVersion> pinned;
    client.detectVersion(nullptr, pinned.callback());
    auto &second = pinned.wait();
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(second.value(), ApiVersion::V8);
    client.setApiVersion(second.value());
    ASSERT_TRUE(logIn(client, *emulator));
    EXPECT_FALSE(listOrganizationsError(client).isError());

    ApiClient other(emulator->url());
    other.setApiVersion(ApiVersion::V8);
    other.setTrustStore(TrustStore(QByteArray(64, 'c')));
    QSignalSpy otherDecision(&other, &ApiClient::certificateDecisionRequired);
    other.login(emulator->user(), emulator->password());
    QSignalSpy failed(other.tokens(), &TokenManager::loginFailed);
    ASSERT_TRUE(test::waitUntil([&] { return failed.count() > 0; }));
    const auto changed = failed.at(0).at(0).value<ApiError>();
    EXPECT_EQ(changed.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(changed.message.contains(QStringLiteral("not the one you trusted")));
    EXPECT_EQ(otherDecision.count(), 0);
}

// A save reply is a stream: the job shows "waiting for the server" while the server prepares the
// file (--first-byte-delay-ms), then hands the bytes over without buffering them.
TEST(ClientEmulator, savedMailItemStreamsAfterWaitingForTheServer)
{
    for (const ApiVersion version : {ApiVersion::V5, ApiVersion::V8}) {
        auto emulator = startEmulator({QStringLiteral("--api"), toString(version), QStringLiteral("--strict"),
                                       QStringLiteral("--first-byte-delay-ms"), QStringLiteral("700")});
        ApiClient client(emulator->url());
        client.setApiVersion(version);
        TimeoutPolicies policies;
        policies.download = TimeoutPolicy{.connect = 5s, .firstByte = 0ms, .inactivity = 5s, .waitingNotice = 200ms};
        client.setTimeoutPolicies(policies);
        ASSERT_TRUE(logIn(client, *emulator));

        Await<Page<Organization>> organizations;
        client.fetchPage<Organization>(ListQuery{}, nullptr, organizations.callback());
        auto &orgs = organizations.wait();
        ASSERT_TRUE(orgs && !orgs->items.isEmpty());
        Await<RestoreSession> explored;
        client.explore(orgs->items.first().id, ExploreOptions{}, nullptr, explored.callback());
        auto &session = explored.wait();
        ASSERT_TRUE(session) << session.error().message.toStdString();
        const QString sessionId = session->id;

        ListQuery mailboxes;
        mailboxes.collection = Collection::Mailboxes;
        mailboxes.sessionId = sessionId;
        Await<Page<Mailbox>> mailboxPage;
        client.fetchPage<Mailbox>(mailboxes, nullptr, mailboxPage.callback());
        auto &boxes = mailboxPage.wait();
        ASSERT_TRUE(boxes && !boxes->items.isEmpty()) << (boxes ? "" : boxes.error().message.toStdString());
        const QString mailboxId = boxes->items.first().id;

        ListQuery folders;
        folders.collection = Collection::MailFolders;
        folders.sessionId = sessionId;
        folders.containerId = mailboxId;
        Await<Page<MailFolder>> folderPage;
        client.fetchPage<MailFolder>(folders, nullptr, folderPage.callback());
        auto &topFolders = folderPage.wait();
        ASSERT_TRUE(topFolders) << topFolders.error().message.toStdString();

        QString itemId;
        for (const MailFolder &folder : topFolders->items) {
            ListQuery items;
            items.collection = Collection::MailItems;
            items.sessionId = sessionId;
            items.containerId = mailboxId;
            items.parentId = folder.id;
            Await<Page<MailItem>> itemPage;
            client.fetchPage<MailItem>(items, nullptr, itemPage.callback());
            auto &page = itemPage.wait();
            ASSERT_TRUE(page) << page.error().message.toStdString();
            if (!page->items.isEmpty()) {
                itemId = page->items.first().id;
                break;
            }
        }
        ASSERT_FALSE(itemId.isEmpty()) << "the demo tenant has no mail item in a top-level folder";

        ActionTarget target;
        target.ref.kind = ResourceKind::MailItem;
        target.ref.sessionId = sessionId;
        target.ref.containerId = mailboxId;
        target.ref.id = itemId;
        ApiJob *job = client.action(target, ActionVerb::SaveToMsg, {});
        EXPECT_EQ(job->policy().firstByte, 0ms);
        job->setReadBufferSize(64 * 1024);
        QByteArray bytes;
        QObject::connect(job, &ApiJob::readyRead, job, [&bytes, job] { bytes += job->read(job->bytesAvailable()); });
        QObject::connect(job, &ApiJob::finished, job, [&bytes, job] { bytes += job->read(job->bytesAvailable()); });
        auto result = track(job);
        ASSERT_TRUE(test::waitUntil([&] { return result->done; }, 20000));
        EXPECT_FALSE(result->error.isError()) << result->error.message.toStdString();
        EXPECT_TRUE(result->phases.contains(ApiJob::Phase::WaitingForServer)) << toString(version).toStdString();
        ASSERT_GE(bytes.size(), 8);
        EXPECT_EQ(bytes.left(4), QByteArray("\xD0\xCF\x11\xE0", 4)); // an OLE compound file: .msg

        bool stopped = false;
        client.stopSession(sessionId, nullptr, [&stopped](Result<void, ApiError> r) { stopped = r.hasValue(); });
        EXPECT_TRUE(test::waitUntil([&] { return stopped; }));
    }
}

// Measured, not asserted tightly: one 10,000-row page of mailboxes from the large tenant, fetched,
// parsed and typed (docs/api-client.md quotes the figure).
TEST(ClientEmulator, tenThousandMailboxesInOnePage)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"),
                                   QStringLiteral("--tenant"), QStringLiteral("large")});
    ApiClient client(emulator->url());
    client.setApiVersion(ApiVersion::V8);
    ASSERT_TRUE(logIn(client, *emulator));
    Await<Page<Organization>> organizations;
    client.fetchPage<Organization>(ListQuery{}, nullptr, organizations.callback());
    auto &orgs = organizations.wait();
    ASSERT_TRUE(orgs && !orgs->items.isEmpty());
    Await<RestoreSession> explored;
    client.explore(orgs->items.first().id, ExploreOptions{}, nullptr, explored.callback());
    auto &session = explored.wait();
    ASSERT_TRUE(session) << session.error().message.toStdString();

    ListQuery mailboxes;
    mailboxes.collection = Collection::Mailboxes;
    mailboxes.sessionId = session->id;
    mailboxes.limit = 10000;
    QElapsedTimer clock;
    clock.start();
    Await<Page<Mailbox>> page;
    client.fetchPage<Mailbox>(mailboxes, nullptr, page.callback());
    auto &result = page.wait(60000);
    const qint64 elapsedMs = clock.elapsed();
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->items.size(), 10000);
    EXPECT_TRUE(result->rowErrors.isEmpty());
    RecordProperty("mailboxPageMs", static_cast<int>(elapsedMs));
    std::cout << "10,000 mailboxes in one page: " << elapsedMs << " ms" << std::endl;
    EXPECT_LT(elapsedMs, 30000);
}
