// TrustStore decisions on the emulator's real HTTPS endpoint (vb365-emulator --tls): what a user
// meets on a VB365 server with its default self-signed certificate.

#include "tls/truststore.h"

#include "emulator_process.h"
#include "qt_printers.h"
#include "tls_probe.h"

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using re::TrustStore;
using re::TrustVerdict;

namespace {

class TlsAgainstEmulator : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        re::test::EmulatorProcess::Options options;
        options.arguments = {u"--api"_s, u"v8"_s, u"--tls"_s};
        options.withRequestLog = false;
        emulator = std::make_unique<re::test::EmulatorProcess>(options);
        started = emulator->start();
    }
    static void TearDownTestSuite() { emulator.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(started) << emulator->errorString().toStdString();
        ASSERT_EQ(emulator->url().scheme(), u"https"_s);
        ASSERT_EQ(emulator->certificateSha256().size(), 64);
    }

    // An unauthenticated request the emulator answers with 401: reaching it proves the handshake.
    static QUrl probeUrl()
    {
        QUrl url = emulator->url();
        url.setPath(u"/v8/ServiceInstance"_s);
        return url;
    }

    static QByteArray emulatorSha256() { return emulator->certificateSha256().toLatin1(); }

    static inline std::unique_ptr<re::test::EmulatorProcess> emulator;
    static inline bool started = false;
};

} // namespace

TEST_F(TlsAgainstEmulator, WithoutPinTheUserIsAskedWithSubjectIssuerValidityAndSha256)
{
    const auto outcome = re::test::probeTls(probeUrl(), TrustStore());
    ASSERT_TRUE(outcome.finished);
    ASSERT_TRUE(outcome.verdict.has_value()) << "the self-signed certificate raised no TLS error";
    EXPECT_EQ(*outcome.verdict, TrustVerdict::Unknown);
    EXPECT_EQ(outcome.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(outcome.httpStatus, 0);

    const re::CertificateInfo &info = outcome.shownToUser;
    EXPECT_EQ(info.sha256Hex, emulatorSha256());
    EXPECT_FALSE(info.subject.isEmpty());
    EXPECT_FALSE(info.issuer.isEmpty());
    EXPECT_TRUE(info.notBefore.isValid());
    EXPECT_TRUE(info.notAfter.isValid());
    EXPECT_LT(info.notBefore, info.notAfter);
    ASSERT_FALSE(info.problems.isEmpty());
    EXPECT_TRUE(info.problems.join(u' ').contains(u"self-signed"_s))
        << info.problems.join(u'\n').toStdString();
}

TEST_F(TlsAgainstEmulator, PinnedFingerprintIsAcceptedWithoutAsking)
{
    const auto outcome = re::test::probeTls(probeUrl(), TrustStore(emulatorSha256()));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.verdict, TrustVerdict::Trusted);
    EXPECT_EQ(outcome.httpStatus, 401) << "TLS passed, so the API answered (unauthenticated)";
}

TEST_F(TlsAgainstEmulator, PinPastedInColonNotationIsAccepted)
{
    const QString pasted = TrustStore::formatFingerprint(emulatorSha256());
    const auto pin = TrustStore::parseFingerprint(pasted);
    ASSERT_TRUE(pin.hasValue()) << pin.error().toStdString();
    const auto outcome = re::test::probeTls(probeUrl(), TrustStore(pin.value()));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.verdict, TrustVerdict::Trusted);
    EXPECT_EQ(outcome.httpStatus, 401);
}

TEST_F(TlsAgainstEmulator, WrongPinIsRefusedAsChanged)
{
    QByteArray other = emulatorSha256();
    other[0] = other[0] == '0' ? '1' : '0';
    const auto outcome = re::test::probeTls(probeUrl(), TrustStore(other));
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.verdict, TrustVerdict::Changed);
    EXPECT_EQ(outcome.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(outcome.httpStatus, 0);
    EXPECT_EQ(outcome.shownToUser.sha256Hex, emulatorSha256());
}
