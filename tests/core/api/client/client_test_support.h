#pragma once

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "fake_network.h"
#include "qt_printers.h"
#include "wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace re::test {

inline QByteArray tokenReply(const QString &access, int expiresIn = 3600)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access},
                                     {QStringLiteral("refresh_token"), QStringLiteral("refresh-of-") + access},
                                     {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                     {QStringLiteral("expires_in"), expiresIn}})
        .toJson(QJsonDocument::Compact);
}

inline bool isTokenRequest(const FakeRequest &request)
{
    return request.path().endsWith(QStringLiteral("/token"), Qt::CaseInsensitive);
}

inline QString formField(const FakeRequest &request, const char *name)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// What a finished job reported, copied out before it deletes itself.
struct JobOutcome
{
    int finishedCount = 0;
    ApiError error;
    int status = 0;
    QJsonDocument json;
    QList<ApiJob::Phase> phases;
    bool replayed = false;
};

inline std::shared_ptr<JobOutcome> watch(ApiJob *job)
{
    auto outcome = std::make_shared<JobOutcome>();
    QObject::connect(job, &ApiJob::phaseChanged, job, [outcome](ApiJob::Phase phase) { outcome->phases.append(phase); });
    QObject::connect(job, &ApiJob::finished, job, [outcome, job] {
        ++outcome->finishedCount;
        outcome->error = job->error();
        outcome->status = job->httpStatus();
        outcome->json = job->json();
        outcome->replayed = job->wasReplayed();
    });
    return outcome;
}

inline bool waitFinished(const std::shared_ptr<JobOutcome> &outcome, int timeoutMs = 5000)
{
    return waitUntil([&] { return outcome->finishedCount > 0; }, timeoutMs);
}

// A client on a fake network, with API v8 chosen; login() answers from the handler's token route.
class ClientTest : public testing::Test
{
protected:
    void SetUp() override
    {
        client = std::make_unique<ApiClient>(QUrl(QStringLiteral("https://vbo.example.test:4443")), &network);
        client->setApiVersion(ApiVersion::V8);
    }

    // Logs in with the token endpoint answering `access`; other requests go to `handler`.
    void loginWith(const QString &access, FakeNetworkAccessManager::Handler handler)
    {
        network.setHandler([access, handler](const FakeRequest &request) {
            if (isTokenRequest(request))
                return FakeResponse::json(200, tokenReply(access));
            return handler(request);
        });
        client->login(QStringLiteral("helpdesk"), QStringLiteral("pw"));
        ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }, 5000));
    }

    FakeNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
};

} // namespace re::test
