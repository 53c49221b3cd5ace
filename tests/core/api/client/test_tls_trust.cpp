// The client's TLS decisions against a real local TLS server with a self-signed certificate:
// unknown → Tls error plus a decision request carrying the certificate; pinned → the request goes
// through; a different pin → refused as changed, without asking.
#include "api/client/apiclient.h"
#include "qt_printers.h"
#include "wait.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <gtest/gtest.h>

using namespace re;
using namespace std::chrono_literals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// Answers every request with 401 {"message":...} over TLS, like a served /vN/ServiceInstance probe.
class TlsServer : public QObject
{
public:
    TlsServer()
    {
        const QString dir = QStringLiteral(RE_CLIENT_TEST_CERT_DIR);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(readFile(dir + QStringLiteral("/server.pem"))));
        config.setPrivateKey(QSslKey(readFile(dir + QStringLiteral("/server.key")), QSsl::Rsa));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = R"({"message":"Authorization has been denied for this request."})";
                    socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QSslServer m_server;
};

QByteArray expectedFingerprint()
{
    return readFile(QStringLiteral(RE_CLIENT_TEST_CERT_DIR "/server.sha256")).trimmed().left(64);
}

struct Outcome
{
    bool done = false;
    ApiError error;
};

Outcome probe(ApiClient &client)
{
    Outcome outcome;
    ApiJob *job = client.send(client.dialect()->probe());
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.done = true;
        outcome.error = job->error();
    });
    EXPECT_TRUE(test::waitUntil([&] { return outcome.done; }, 15000));
    return outcome;
}

} // namespace

TEST(TlsTrust, unknownCertificateFailsAndAsksThenPinningLetsTheRetryThrough)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    TlsServer server;
    ApiClient client(server.url());
    client.setApiVersion(ApiVersion::V8);
    QSignalSpy decision(&client, &ApiClient::certificateDecisionRequired);

    const Outcome first = probe(client);
    EXPECT_EQ(first.error.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(first.error.message.contains(QStringLiteral("is not trusted"))) << first.error.message.toStdString();
    ASSERT_EQ(decision.count(), 1);
    const auto info = decision.at(0).at(0).value<CertificateInfo>();
    EXPECT_EQ(info.sha256Hex, expectedFingerprint());
    EXPECT_FALSE(info.problems.isEmpty());

    client.trustStore().pin(info.sha256Hex); // what the UI does when the user says "trust"
    const Outcome second = probe(client);
    EXPECT_FALSE(second.error.isError()) << second.error.message.toStdString();
    EXPECT_EQ(decision.count(), 1);
}

TEST(TlsTrust, aDifferentPinIsRefusedAsChangedWithoutAsking)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    TlsServer server;
    ApiClient client(server.url());
    client.setApiVersion(ApiVersion::V8);
    client.setTrustStore(TrustStore(QByteArray(64, 'a')));
    QSignalSpy decision(&client, &ApiClient::certificateDecisionRequired);

    const Outcome outcome = probe(client);
    EXPECT_EQ(outcome.error.kind, ApiError::Kind::Tls);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("not the one you trusted"))) << outcome.error.message.toStdString();
    EXPECT_EQ(decision.count(), 0);
}
