#include "client_test_support.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace re;
using namespace re::test;

namespace {

QMutex logMutex;
QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

// Every log line of a login, a refresh after a 401, a failed request and a logout — with debug
// output switched on — must be free of the password and of every token.
TEST_F(ClientTest, noPasswordOrTokenEverReachesTheLog)
{
    QStringList log;
    capturedLog = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("restoreexplorer.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    const QString password = QStringLiteral("Pa55-word-SECRET");
    network.setHandler([](const FakeRequest &request) {
        if (isTokenRequest(request)) {
            const bool refresh = formField(request, "grant_type") == QStringLiteral("refresh_token");
            return FakeResponse::json(200, tokenReply(refresh ? QStringLiteral("ACCESS-TWO") : QStringLiteral("ACCESS-ONE")));
        }
        if (request.bearer() == "ACCESS-ONE")
            return FakeResponse::json(401, "{}");
        return FakeResponse::json(500, R"({"message":"boom"})");
    });
    client->login(QStringLiteral("helpdesk"), password);
    ASSERT_TRUE(waitUntil([&] { return client->tokens()->isLoggedIn(); }));
    auto outcome = watch(client->send(Dialect::create(ApiVersion::V8)->list(ListQuery{})));
    ASSERT_TRUE(waitFinished(outcome));
    client->tokens()->logout();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    capturedLog = nullptr;

    ASSERT_FALSE(log.isEmpty());
    for (const QString &line : std::as_const(log)) {
        for (const QString &secret : {password, QStringLiteral("ACCESS-ONE"), QStringLiteral("ACCESS-TWO"),
                                      QStringLiteral("refresh-of-ACCESS")}) {
            EXPECT_FALSE(line.contains(secret)) << line.toStdString();
        }
    }
    EXPECT_EQ(outcome->error.kind, ApiError::Kind::ServerError);
}
