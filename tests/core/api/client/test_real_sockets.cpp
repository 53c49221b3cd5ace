// The client against real sockets on 127.0.0.1 (no emulator needed): what QNAM really reports for
// a closed port, an unknown host, a server that never answers, a body that stalls or breaks off.
#include "api/client/apiclient.h"
#include "qt_printers.h"
#include "wait.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>

using namespace re;
using namespace std::chrono_literals;

namespace {

// Reads one request and then answers with `reply` (raw bytes; may be partial), closing or not.
class RawHttpServer : public QObject
{
public:
    RawHttpServer(QByteArray reply, bool closeAfterReply)
        : m_reply(std::move(reply)), m_close(closeAfterReply)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n") || m_answered)
                        return;
                    m_answered = true;
                    socket->write(m_reply);
                    if (m_close)
                        socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QByteArray &request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_reply;
    bool m_close;
    QByteArray m_request;
    bool m_answered = false;
};

struct Outcome
{
    bool done = false;
    ApiError error;
    QList<ApiJob::Phase> phases;
};

Outcome run(const QUrl &root, const QByteArray &method = "GET",
            TimeoutPolicy policy = TimeoutPolicy{.connect = 5s, .firstByte = 400ms, .inactivity = 400ms,
                                                 .waitingNotice = 100ms})
{
    ApiClient client(root);
    client.setApiVersion(ApiVersion::V8);
    RequestSpec spec = client.dialect()->probe();
    spec.method = method;
    spec.acceptedStatuses = {200};
    ApiJob *job = client.send(spec, policy);
    Outcome outcome;
    QObject::connect(job, &ApiJob::phaseChanged, job, [&outcome](ApiJob::Phase p) { outcome.phases.append(p); });
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.done = true;
        outcome.error = job->error();
    });
    EXPECT_TRUE(test::waitUntil([&] { return outcome.done; }, 15000));
    return outcome;
}

} // namespace

TEST(RealSockets, closedPortIsConnectionRefused)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const Outcome outcome = run(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::ConnectionRefused);
    EXPECT_TRUE(outcome.error.message.startsWith(QStringLiteral("The server 127.0.0.1:%1 refused the connection.").arg(port)))
        << outcome.error.message.toStdString();
}

TEST(RealSockets, invalidHostIsHostNotFound)
{
    const Outcome outcome = run(QUrl(QStringLiteral("https://restore-explorer-test.invalid:4443")));
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::HostNotFound) << outcome.error.message.toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("restore-explorer-test.invalid")));
}

TEST(RealSockets, silentServerHitsTheFirstByteLimitAfterWaitingIsShown)
{
    RawHttpServer server({}, false);
    const Outcome outcome = run(server.url());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Timeout);
    // QNAM reported the request as sent, so this is the first-byte stage, not the connect stage.
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("did not answer within 0.4 seconds")))
        << outcome.error.message.toStdString();
    EXPECT_TRUE(outcome.phases.contains(ApiJob::Phase::WaitingForServer));
}

TEST(RealSockets, bodylessPostIsReportedSentToo)
{
    // A v8 save is a POST without a body; Qt 6.4 reports such a request as sent only when it has
    // no upload device, else the job would blame the connection for the server's preparation time.
    RawHttpServer server({}, false);
    const Outcome outcome = run(server.url(), "POST");
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("did not answer within 0.4 seconds")))
        << outcome.error.message.toStdString();
    EXPECT_TRUE(server.request().startsWith("POST "));
    EXPECT_TRUE(server.request().contains("Content-Length: 0\r\n"));
}

TEST(RealSockets, bodyThatStallsHitsTheInactivityWatchdog)
{
    RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\":[",
                         false);
    const Outcome outcome = run(server.url());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("stopped sending data"))) << outcome.error.message.toStdString();
}

TEST(RealSockets, bodyThatBreaksOffIsConnectionLost)
{
    RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\":[",
                         true);
    const Outcome outcome = run(server.url());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::ConnectionLost) << outcome.error.message.toStdString();
}

TEST(RealSockets, htmlInsteadOfJsonIsMalformedAndNamesTheContentType)
{
    const QByteArray html = "<html><body>Proxy login</body></html>";
    RawHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(html.size())
                             + "\r\n\r\n" + html,
                         false);
    const Outcome outcome = run(server.url());
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::MalformedResponse);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("text/html"))) << outcome.error.message.toStdString();
}
