// RestoreRunner on a fake network: v5 statistics, v8 polling with progress, cancel (abort on v5,
// stop on v8), sends without a body, failures in plain words, the restore log.

#include "actions/devicecode.h"
#include "actions/restorerunner.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "fake_network.h"
#include "qt_printers.h"
#include "wait.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace re;
using namespace re::actions;
using namespace re::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kSession = u"0800471b-d0e2-422b-9d7c-35d15661c3fb"_s;
const QString kRestoreSession = u"5c1d2e3f-0000-4000-8000-00000000beef"_s;
const QString kMailbox = u"9e9b7199-f547-467a-b580-9d283a75eaad"_s;
const QString kOneDrive = u"b3184e77-b95b-45f7-96cc-180a20b61cbd8507931c-4561-4ddf-bc90-411aba44bb39"_s;
const QString kSecret = u"Pa55-w0rd-never-logged"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject event(const QString &id, int order, const QString &title, const QString &status = u"Success"_s)
{
    return {{u"id"_s, id}, {u"order"_s, order}, {u"title"_s, title}, {u"status"_s, status}, {u"type"_s, u"Restore"_s}};
}

QByteArray page(const QJsonArray &results)
{
    return json({{u"offset"_s, 0}, {u"limit"_s, 500}, {u"results"_s, results}});
}

QByteArray sessionJson(const QString &id, const QString &state, const QString &result)
{
    QJsonObject session {{u"id"_s, id}, {u"name"_s, u"Restore"_s}, {u"state"_s, state}, {u"type"_s, u"Vex"_s}};
    if (!result.isEmpty())
        session.insert(u"result"_s, result);
    return json(session);
}

RestoreToOriginal mailboxRestore()
{
    RestoreToOriginal request;
    request.target.ref = {ResourceKind::Mailbox, {}, kSession, kMailbox, {}, {}};
    request.credentials = RestoreCredentials::withPassword(u"admin@contoso.com"_s, kSecret);
    return request;
}

bool isPost(const FakeRequest &request, const QString &pathEnd)
{
    return request.method == "POST" && request.path().endsWith(pathEnd);
}

// Everything the runner reported.
struct Recorder
{
    QList<RestoreProgress> progress;
    std::optional<RestoreOutcome> outcome;
};

class RunnerTest : public ::testing::Test
{
protected:
    void connectAs(ApiVersion version, FakeNetworkAccessManager::Handler handler)
    {
        client = std::make_unique<ApiClient>(QUrl(u"https://vbo.example.test:4443"_s), &network);
        client->setApiVersion(version);
        network.setHandler([handler](const FakeRequest &request) {
            if (request.path().endsWith(u"/Token"_s, Qt::CaseInsensitive))
                return FakeResponse::json(200, json({{u"access_token"_s, u"a"_s}, {u"refresh_token"_s, u"r"_s},
                                                     {u"token_type"_s, u"bearer"_s}, {u"expires_in"_s, 3600}}));
            return handler(request);
        });
        client->login(u"helpdesk"_s, u"pw"_s);
        ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }, 5000));
        runner = std::make_unique<RestoreRunner>(client.get());
        runner->setPollInterval(10ms);
        runner->setJournal(&log, {u"helpdesk"_s, u"https://vbo.example.test:4443"_s, u"Contoso"_s, u"ticket 1"_s});
        QObject::connect(runner.get(), &RestoreRunner::progressChanged, runner.get(),
                         [this](const RestoreProgress &p) { recorded.progress.append(p); });
        QObject::connect(runner.get(), &RestoreRunner::finished, runner.get(),
                         [this](const RestoreOutcome &o) { recorded.outcome = o; });
    }

    bool waitFinished(int timeoutMs = 5000)
    {
        return waitUntil([&] { return recorded.outcome.has_value(); }, timeoutMs);
    }

    QByteArray logBytes() const
    {
        QFile file(log.filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    RestoreLog log {dir.filePath(u"restore-log.jsonl"_s)};
    FakeNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RestoreRunner> runner;
    Recorder recorded;
};

} // namespace

TEST_F(RunnerTest, V5StatisticsBecomeCountersAndOnlyNewEventsAreKept)
{
    bool restored = false;
    connectAs(ApiVersion::V5, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s)) {
            QJsonArray events {event(u"old"_s, 1, u"Restore session started"_s)};
            if (restored)
                events.append(event(u"new"_s, 2, u"Restoring mailbox"_s));
            return FakeResponse::json(200, page(events));
        }
        if (isPost(request, u"/Mailboxes/"_s + kMailbox + u"/Action"_s)) {
            restored = true;
            return FakeResponse::json(200, json({{u"createdItemsCount"_s, 3}, {u"mergedItemsCount"_s, 1},
                                                 {u"skippedItemsCount"_s, 2}, {u"failedItemsCount"_s, 0}}));
        }
        return FakeResponse::json(404, json({{u"message"_s, u"unexpected"_s}}));
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitFinished());
    const RestoreOutcome &outcome = *recorded.outcome;
    EXPECT_EQ(outcome.result, Outcome::Success) << outcome.message.toStdString();
    const QJsonObject counters = countersToJson(outcome.counters());
    EXPECT_EQ(counters.value(u"created"_s).toInt(), 3);
    EXPECT_EQ(counters.value(u"merged"_s).toInt(), 1);
    EXPECT_EQ(counters.value(u"skipped"_s).toInt(), 2);
    ASSERT_EQ(outcome.events.size(), 1);
    EXPECT_EQ(outcome.events.first().id, u"new"_s);
    EXPECT_FALSE(recorded.progress.isEmpty());
    EXPECT_TRUE(outcome.finished >= outcome.started);

    // The body carried the password; the log does not.
    const int posts = network.countRequests([](const FakeRequest &r) { return r.method == "POST" && !r.path().endsWith(u"/Token"_s); });
    EXPECT_EQ(posts, 1);
    const QByteArray line = logBytes();
    EXPECT_TRUE(line.contains("\"outcome\":\"success\"")) << line.toStdString();
    EXPECT_TRUE(line.contains("\"reason\":\"ticket 1\""));
    EXPECT_FALSE(line.contains(kSecret.toUtf8()));
}

TEST_F(RunnerTest, V8PollsTheRestoreSessionUntilStopped)
{
    int polls = 0;
    connectAs(ApiVersion::V8, [&](const FakeRequest &request) {
        const QString path = request.path();
        if (path.endsWith(kSession + u"/Events"_s))
            return FakeResponse::json(200, page({}));
        if (isPost(request, u"/restore"_s))
            return FakeResponse::json(200, json({{u"sessionId"_s, kRestoreSession}}));
        if (path.endsWith(u"/RestoreSessions/"_s + kRestoreSession)) {
            ++polls;
            return FakeResponse::json(200, polls < 3 ? sessionJson(kRestoreSession, u"Working"_s, {})
                                                     : sessionJson(kRestoreSession, u"Stopped"_s, u"Success"_s));
        }
        if (path.endsWith(kRestoreSession + u"/Events"_s))
            return FakeResponse::json(200, page({event(u"e1"_s, 1, u"Restoring Inbox"_s, polls < 3 ? u"Running"_s : u"Success"_s)}));
        if (path.endsWith(kRestoreSession + u"/Statistics"_s))
            return FakeResponse::json(200, json({{u"totalItemsCount"_s, 4}, {u"restoredItemsCount"_s, std::min(polls, 4)},
                                                 {u"failedItemsCount"_s, 0}, {u"skippedItemsCount"_s, 0},
                                                 {u"items"_s, QJsonArray {}}}));
        return FakeResponse::json(404, json({{u"message"_s, u"unexpected "_s + path}}));
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitFinished());
    const RestoreOutcome &outcome = *recorded.outcome;
    EXPECT_EQ(outcome.result, Outcome::Success) << outcome.message.toStdString();
    EXPECT_EQ(outcome.restoreSessionId, kRestoreSession);
    EXPECT_EQ(polls, 3);
    ASSERT_EQ(outcome.events.size(), 1);
    EXPECT_EQ(outcome.events.first().title, u"Restoring Inbox"_s);
    EXPECT_EQ(countersToJson(outcome.counters()).value(u"total"_s).toInt(), 4);
    bool sawRunning = false;
    for (const RestoreProgress &p : recorded.progress) {
        if (p.stage == RestoreProgress::Stage::Running && p.total == 4) {
            sawRunning = true;
            EXPECT_TRUE(p.processed.has_value());
            EXPECT_EQ(p.latestEvents.size(), 1);
        }
    }
    EXPECT_TRUE(sawRunning);
    EXPECT_TRUE(logBytes().contains(kRestoreSession.toUtf8()));
}

TEST_F(RunnerTest, V8CancelStopsTheRestoreSession)
{
    bool stopRequested = false;
    connectAs(ApiVersion::V8, [&](const FakeRequest &request) {
        const QString path = request.path();
        if (path.endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        if (isPost(request, u"/restore"_s))
            return FakeResponse::json(200, json({{u"sessionId"_s, kRestoreSession}}));
        if (isPost(request, kRestoreSession + u"/Stop"_s)) {
            stopRequested = true;
            FakeResponse response = FakeResponse::json(204, {});
            response.contentType.clear();
            return response;
        }
        if (path.endsWith(u"/RestoreSessions/"_s + kRestoreSession))
            return FakeResponse::json(200, stopRequested ? sessionJson(kRestoreSession, u"Stopped"_s, u"Warning"_s)
                                                         : sessionJson(kRestoreSession, u"Working"_s, {}));
        if (path.endsWith(u"/Statistics"_s))
            return FakeResponse::json(200, json({{u"totalItemsCount"_s, 100}, {u"restoredItemsCount"_s, 7},
                                                 {u"failedItemsCount"_s, 0}, {u"skippedItemsCount"_s, 0},
                                                 {u"items"_s, QJsonArray {}}}));
        return FakeResponse::json(404, json({{u"message"_s, u"unexpected"_s}}));
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitUntil([&] {
        for (const RestoreProgress &p : recorded.progress) {
            if (p.stage == RestoreProgress::Stage::Running && p.total)
                return true;
        }
        return false;
    }));
    runner->cancel();
    ASSERT_TRUE(waitFinished());
    EXPECT_TRUE(stopRequested);
    EXPECT_EQ(recorded.outcome->result, Outcome::Cancelled);
    EXPECT_FALSE(recorded.outcome->mayStillComplete);
    EXPECT_EQ(countersToJson(recorded.outcome->counters()).value(u"restored"_s).toInt(), 7);
    EXPECT_TRUE(logBytes().contains("\"outcome\":\"cancelled\""));
}

TEST_F(RunnerTest, V5CancelAbortsTheBlockingRequestAndSaysTheServerMayFinish)
{
    connectAs(ApiVersion::V5, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        FakeResponse hang = FakeResponse::json(200, {});
        hang.stage = FakeResponse::Stage::HangAfterSend; // the restore runs for hours
        return hang;
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitUntil([&] {
        return !recorded.progress.isEmpty() && recorded.progress.last().stage == RestoreProgress::Stage::Sending;
    }));
    runner->cancel();
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(recorded.outcome->result, Outcome::Cancelled);
    EXPECT_TRUE(recorded.outcome->mayStillComplete);
    EXPECT_TRUE(recorded.outcome->message.contains(u"may still complete"_s)) << recorded.outcome->message.toStdString();
}

TEST_F(RunnerTest, ServerFailureIsReportedInPlainWords)
{
    const QString serverText = u"The server did not provide a meaningful reply."_s;
    connectAs(ApiVersion::V5, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        return FakeResponse::json(500, json({{u"message"_s, serverText}}));
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(recorded.outcome->result, Outcome::Failed);
    EXPECT_EQ(recorded.outcome->error.httpStatus, 500);
    EXPECT_EQ(recorded.outcome->error.serverMessage, serverText);
    EXPECT_FALSE(recorded.outcome->message.isEmpty());
    EXPECT_TRUE(logBytes().contains("\"outcome\":\"failed\""));
}

TEST_F(RunnerTest, StatisticsWithACannotContinueErrorFail)
{
    connectAs(ApiVersion::V7, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        return FakeResponse::json(200, json({{u"createdItemsCount"_s, 0}, {u"mergedItemsCount"_s, 0},
                                             {u"failedItemsCount"_s, 12}, {u"skippedItemsCount"_s, 0},
                                             {u"cannotContinueError"_s, u"Access denied to the target mailbox."_s}}));
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(recorded.outcome->result, Outcome::Failed);
    EXPECT_TRUE(recorded.outcome->message.contains(u"Access denied to the target mailbox."_s));
}

TEST_F(RunnerTest, SendsSucceedWithoutABody)
{
    connectAs(ApiVersion::V8, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        if (isPost(request, u"/send"_s)) {
            FakeResponse response = FakeResponse::json(204, {});
            response.contentType.clear();
            return response;
        }
        return FakeResponse::json(404, json({{u"message"_s, u"unexpected"_s}}));
    });
    SendByMail send;
    send.target.ref = {ResourceKind::OneDrive, {}, kSession, kOneDrive, {}, {}};
    send.from = u"helpdesk@contoso.com"_s;
    send.to = u"alice@contoso.com"_s;
    send.subject = u"Your files"_s;
    ASSERT_TRUE(runner->start(send));
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(recorded.outcome->result, Outcome::Success) << recorded.outcome->message.toStdString();
    EXPECT_FALSE(recorded.outcome->statistics.has_value());
}

TEST_F(RunnerTest, LostContactWhilePollingFailsAndSaysTheRestoreMayGoOn)
{
    connectAs(ApiVersion::V8, [&](const FakeRequest &request) {
        if (request.path().endsWith(kSession + u"/Events"_s))
            return FakeResponse::json(200, page({}));
        if (isPost(request, u"/restore"_s))
            return FakeResponse::json(200, json({{u"sessionId"_s, kRestoreSession}}));
        return FakeResponse::json(503, json({{u"message"_s, u"Service unavailable"_s}}));
    });
    ASSERT_TRUE(runner->start(mailboxRestore()));
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(recorded.outcome->result, Outcome::Failed);
    EXPECT_TRUE(recorded.outcome->mayStillComplete);
    EXPECT_EQ(recorded.outcome->restoreSessionId, kRestoreSession);
}

TEST_F(RunnerTest, RefusesInvalidRequestsDownloadsAndASecondRun)
{
    connectAs(ApiVersion::V5, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        FakeResponse hang = FakeResponse::json(200, {});
        hang.stage = FakeResponse::Stage::HangAfterSend;
        return hang;
    });
    RestoreToMailbox noMailbox;
    noMailbox.target = mailboxRestore().target;
    const Validity refused = runner->start(noMailbox);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"mailbox"_s);
    Save save;
    save.target.ref = {ResourceKind::OneDrive, {}, kSession, kOneDrive, {}, {}};
    EXPECT_FALSE(runner->start(save));
    EXPECT_FALSE(runner->isRunning());

    ASSERT_TRUE(runner->start(mailboxRestore()));
    EXPECT_FALSE(runner->start(mailboxRestore()));
    runner->cancel();
    ASSERT_TRUE(waitFinished());
    // Cancelled while the session's events were still being read: nothing was sent.
    EXPECT_EQ(recorded.outcome->result, Outcome::Cancelled);
    EXPECT_FALSE(recorded.outcome->mayStillComplete);
    EXPECT_EQ(network.countRequests([](const FakeRequest &r) { return r.path().endsWith(u"/Action"_s); }), 0);
}

TEST_F(RunnerTest, VersionWithoutTheActionFailsWithTheDialectsMessage)
{
    connectAs(ApiVersion::V5, [&](const FakeRequest &request) {
        if (request.path().endsWith(u"/Events"_s))
            return FakeResponse::json(200, page({}));
        return FakeResponse::json(404, json({{u"message"_s, u"unexpected"_s}}));
    });
    RestoreVersion version;
    version.target.ref = {ResourceKind::DocumentVersion, {}, kSession, kOneDrive, u"doc"_s, u"2"_s};
    version.credentials = RestoreCredentials::withPassword(u"a"_s, u"b"_s);
    ASSERT_TRUE(runner->start(version));
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(recorded.outcome->result, Outcome::Failed);
    EXPECT_EQ(recorded.outcome->error.kind, ApiError::Kind::Validation);
    EXPECT_TRUE(recorded.outcome->message.contains(u"API version"_s)) << recorded.outcome->message.toStdString();
}

// ---- device codes ---------------------------------------------------------------------------------

TEST_F(RunnerTest, DeviceCodeRequestPerVersion)
{
    const QString app = u"1b2c3d4e-0000-4000-8000-123456789abc"_s;
    for (const ApiVersion version : {ApiVersion::V5, ApiVersion::V8}) {
        SCOPED_TRACE(toString(version).toStdString());
        QList<FakeRequest> seen;
        connectAs(version, [&](const FakeRequest &request) {
            seen.append(request);
            return FakeResponse::json(200, json({{u"userCode"_s, u"F7K2-9QX"_s},
                                                 {u"verificationUrl"_s, u"https://microsoft.com/devicelogin"_s},
                                                 {u"expiresIn"_s, 900},
                                                 {u"message"_s, u"Open the page and enter the code."_s}}));
        });
        std::optional<Result<DeviceCode, ApiError>> answer;
        QObject context;
        requestDeviceCode(client.get(), {kSession, app, u"Worldwide"_s, {}}, &context,
                          [&](Result<DeviceCode, ApiError> code) { answer = std::move(code); });
        ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
        ASSERT_TRUE(*answer) << answer->error().message.toStdString();
        EXPECT_EQ(answer->value().userCode, u"F7K2-9QX"_s);
        EXPECT_EQ(answer->value().expiresInSeconds, 900);
        ASSERT_EQ(seen.size(), 1);
        EXPECT_EQ(seen.first().method, QByteArray("POST"));
        EXPECT_EQ(seen.first().path(),
                  u"/%1/RestoreSessions/%2/organization/restoreDeviceCode"_s.arg(toString(version), kSession));
        const QJsonObject body = QJsonDocument::fromJson(seen.first().body).object();
        EXPECT_EQ(body.value(u"targetApplicationId"_s).toString(), app);
        // RESTDeviceCodeRequestOptions (v6+) has targetRegion; the v5 request does not.
        EXPECT_EQ(body.contains(u"targetRegion"_s), version != ApiVersion::V5);
        network.setHandler({});
    }
}

TEST_F(RunnerTest, DeviceCodeRefusesABadApplicationIdAndAnswersWithoutCode)
{
    int requests = 0;
    connectAs(ApiVersion::V8, [&](const FakeRequest &) {
        ++requests;
        return FakeResponse::json(200, json({{u"message"_s, u"no code here"_s}}));
    });
    QObject context;
    std::optional<Result<DeviceCode, ApiError>> answer;
    requestDeviceCode(client.get(), {kSession, u"not-a-guid"_s, {}, {}}, &context,
                      [&](Result<DeviceCode, ApiError> code) { answer = std::move(code); });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().kind, ApiError::Kind::Validation);
    EXPECT_EQ(requests, 0);

    answer.reset();
    requestDeviceCode(client.get(), {kSession, {}, {}, {}}, &context,
                      [&](Result<DeviceCode, ApiError> code) { answer = std::move(code); });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().kind, ApiError::Kind::UnexpectedResponse);
    EXPECT_EQ(requests, 1);
}
