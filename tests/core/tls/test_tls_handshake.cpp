// TrustStore decisions on real TLS handshakes: a local QSslServer presenting the test certificate.

#include "qt_printers.h"
#include "tls/truststore.h"
#include "tls_probe.h"
#include "tls_test_data.h"

#include <QSslServer>
#include <QSslSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using re::TrustStore;
using re::TrustVerdict;

namespace {

// Answers every request on every connection with a tiny 200 response.
class TinyHttpsServer
{
public:
    explicit TinyHttpsServer(const QString &certificateName)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(re::test::loadTestCertificate(certificateName));
        configuration.setPrivateKey(re::test::loadTestKey(certificateName));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QIODevice::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
                QObject::connect(
                    socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_listening; }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1/v8/"_s.arg(m_server.serverPort())); }

private:
    QSslServer m_server;
    bool m_listening = false;
};

class TlsHandshakeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "no TLS backend";
        ASSERT_TRUE(server.isListening());
        shaA = re::test::opensslSha256(u"server-a"_s);
        shaB = re::test::opensslSha256(u"server-b"_s);
    }

    TinyHttpsServer server {u"server-a"_s};
    QByteArray shaA;
    QByteArray shaB;
};

} // namespace

TEST_F(TlsHandshakeTest, WithoutPinTheUserIsAskedWithFullDescription)
{
    const auto outcome = re::test::probeTls(server.url(), TrustStore());
    ASSERT_TRUE(outcome.finished);
    ASSERT_TRUE(outcome.verdict.has_value());
    EXPECT_EQ(*outcome.verdict, TrustVerdict::Unknown);
    EXPECT_EQ(outcome.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(outcome.shownToUser.sha256Hex, shaA);
    EXPECT_EQ(
        outcome.shownToUser.subject, u"CN=127.0.0.1, O=Restore Explorer Tests, OU=server-a"_s);
    EXPECT_FALSE(outcome.shownToUser.issuer.isEmpty());
    EXPECT_TRUE(outcome.shownToUser.notBefore.isValid());
    EXPECT_TRUE(outcome.shownToUser.notAfter.isValid());
    EXPECT_FALSE(outcome.shownToUser.problems.isEmpty());
}

TEST_F(TlsHandshakeTest, PinnedFingerprintIsAcceptedWithoutAsking)
{
    const auto outcome = re::test::probeTls(server.url(), TrustStore(shaA));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.verdict, TrustVerdict::Trusted);
    EXPECT_EQ(outcome.error, QNetworkReply::NoError);
    EXPECT_EQ(outcome.httpStatus, 200);
}

TEST_F(TlsHandshakeTest, DifferentPinnedCertificateIsRefusedAsChanged)
{
    const auto outcome = re::test::probeTls(server.url(), TrustStore(shaB));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.verdict, TrustVerdict::Changed);
    EXPECT_EQ(outcome.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(outcome.shownToUser.sha256Hex, shaA);
}
