#include "api/client/errormapper.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace re;
using namespace std::chrono_literals;

namespace {
const QUrl kServer(QStringLiteral("https://127.0.0.1:8443/v8/Organizations"));
const QString kRequest = QStringLiteral("GET /v8/Organizations");
} // namespace

TEST(ErrorMapper, refusedConnectionNamesHostPortAndWhatToCheck)
{
    const ApiError e = errors::fromNetworkError(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"),
                                                kServer, kRequest);
    EXPECT_EQ(e.kind, ApiError::Kind::ConnectionRefused);
    EXPECT_EQ(e.message, QStringLiteral("The server 127.0.0.1:8443 refused the connection. Check the address and port "
                                        "and that the Veeam Backup for Microsoft 365 REST API service is running."));
    EXPECT_EQ(e.request, kRequest);
}

TEST(ErrorMapper, unknownHostNamesTheHost)
{
    const ApiError e = errors::fromNetworkError(QNetworkReply::HostNotFoundError, {},
                                                QUrl(QStringLiteral("https://nosuch.invalid:4443/v8")), kRequest);
    EXPECT_EQ(e.kind, ApiError::Kind::HostNotFound);
    EXPECT_TRUE(e.message.contains(QStringLiteral("\"nosuch.invalid\" could not be found")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("DNS")));
}

TEST(ErrorMapper, defaultPortsAreShown)
{
    EXPECT_EQ(errors::hostPort(QUrl(QStringLiteral("https://vbo"))), QStringLiteral("vbo:443"));
    EXPECT_EQ(errors::hostPort(QUrl(QStringLiteral("http://vbo"))), QStringLiteral("vbo:80"));
    EXPECT_EQ(errors::hostPort(QUrl(QStringLiteral("https://[::1]:4443"))), QStringLiteral("[::1]:4443"));
}

TEST(ErrorMapper, resetAndTlsAndCancelHaveTheirKinds)
{
    EXPECT_EQ(errors::fromNetworkError(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"), kServer, kRequest).kind,
              ApiError::Kind::ConnectionLost);
    EXPECT_EQ(errors::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("bad"), kServer, kRequest).kind,
              ApiError::Kind::Tls);
    EXPECT_EQ(errors::fromNetworkError(QNetworkReply::OperationCanceledError, {}, kServer, kRequest).kind,
              ApiError::Kind::Cancelled);
    EXPECT_EQ(errors::fromNetworkError(QNetworkReply::ProxyNotFoundError, QStringLiteral("p"), kServer, kRequest).kind,
              ApiError::Kind::ConnectionLost);
}

TEST(ErrorMapper, httpErrorPutsTheServersMessageFirst)
{
    const ApiError e = errors::fromHttpStatus(500, R"({"message":"Restore session cannot be created."})", kServer, kRequest);
    EXPECT_EQ(e.kind, ApiError::Kind::ServerError);
    EXPECT_EQ(e.httpStatus, 500);
    EXPECT_EQ(e.serverMessage, QStringLiteral("Restore session cannot be created."));
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("The server said: \"Restore session cannot be created.\" (HTTP status 500).")))
        << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("REST API log")));
}

TEST(ErrorMapper, httpErrorWithoutMessageExplainsTheStatus)
{
    const ApiError notFound = errors::fromHttpStatus(404, "", kServer, kRequest);
    EXPECT_EQ(notFound.kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(notFound.message.startsWith(QStringLiteral("The server answered with HTTP status 404.")));
    EXPECT_TRUE(notFound.serverMessage.isEmpty());
    const ApiError forbidden = errors::fromHttpStatus(403, "<html>nope</html>", kServer, kRequest);
    EXPECT_EQ(forbidden.kind, ApiError::Kind::Forbidden);
    EXPECT_TRUE(forbidden.message.contains(QStringLiteral("role")));
    EXPECT_EQ(errors::fromHttpStatus(401, "{}", kServer, kRequest).kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(errors::fromHttpStatus(503, "{}", kServer, kRequest).kind, ApiError::Kind::ServerError);
}

TEST(ErrorMapper, serverMessageReadsAnyCaseAndOAuthFields)
{
    EXPECT_EQ(errors::serverMessageFrom(R"({"Message":"x"})"), QStringLiteral("x"));
    EXPECT_EQ(errors::serverMessageFrom(R"({"error":"invalid_grant","error_description":"Bad password"})"),
              QStringLiteral("Bad password"));
    EXPECT_EQ(errors::serverMessageFrom(R"({"error":"invalid_grant"})"), QStringLiteral("invalid_grant"));
    EXPECT_TRUE(errors::serverMessageFrom("not json").isEmpty());
    const QString longText = errors::serverMessageFrom("{\"message\":\"" + QByteArray(2000, 'a') + "\"}");
    EXPECT_LE(longText.size(), 501);
}

TEST(ErrorMapper, timeoutsSayWhichStageAndHowLong)
{
    EXPECT_TRUE(errors::timeout(errors::TimeoutStage::Connect, 30s, kServer, kRequest)
                    .message.startsWith(QStringLiteral("Could not connect to 127.0.0.1:8443 within 30 seconds.")));
    EXPECT_TRUE(errors::timeout(errors::TimeoutStage::FirstByte, 120s, kServer, kRequest)
                    .message.contains(QStringLiteral("did not answer within 120 seconds")));
    const ApiError stalled = errors::timeout(errors::TimeoutStage::Inactivity, 1500ms, kServer, kRequest);
    EXPECT_EQ(stalled.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(stalled.message.contains(QStringLiteral("stopped sending data for 1.5 seconds")));
}

TEST(ErrorMapper, malformedJsonMentionsAForeignContentType)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson("<html>", &parseError);
    const ApiError e = errors::malformedJson(parseError, "text/html", kServer, kRequest);
    EXPECT_EQ(e.kind, ApiError::Kind::MalformedResponse);
    EXPECT_TRUE(e.message.contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("\"text/html\"")));
}

TEST(ErrorMapper, certificateMessagesTellWhatToDo)
{
    const ApiError unknown = errors::certificateUntrusted(kServer, {QStringLiteral("The certificate is self-signed.")}, kRequest);
    EXPECT_EQ(unknown.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(unknown.message.contains(QStringLiteral("self-signed")));
    EXPECT_TRUE(unknown.message.contains(QStringLiteral("fingerprint")));
    const ApiError changed = errors::certificateChanged(kServer, kRequest);
    EXPECT_EQ(changed.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(changed.message.contains(QStringLiteral("intercepting")));
}

TEST(ErrorMapper, sessionEndedAndBadCredentials)
{
    ApiError cause;
    cause.httpStatus = 400;
    cause.serverMessage = QStringLiteral("The user name or password is incorrect.");
    EXPECT_EQ(errors::sessionEnded(cause).message, QStringLiteral("Your session on the server has ended. Log in again."));
    EXPECT_EQ(errors::sessionEnded(cause).httpStatus, 400);
    const ApiError bad = errors::badCredentials(cause);
    EXPECT_EQ(bad.kind, ApiError::Kind::BadCredentials);
    EXPECT_TRUE(bad.message.contains(cause.serverMessage));
}
