#include "qt_printers.h"
#include "tls/truststore.h"
#include "tls_test_data.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslError>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using re::CertificateInfo;
using re::TrustStore;
using re::TrustVerdict;

namespace {

class TrustStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        serverA = re::test::loadTestCertificate(u"server-a"_s);
        serverB = re::test::loadTestCertificate(u"server-b"_s);
        ASSERT_FALSE(serverA.isNull()) << "test certificate server-a missing";
        ASSERT_FALSE(serverB.isNull()) << "test certificate server-b missing";
        shaA = re::test::opensslSha256(u"server-a"_s);
        shaB = re::test::opensslSha256(u"server-b"_s);
        ASSERT_EQ(shaA.size(), 64);
        ASSERT_NE(shaA, shaB);
    }

    // The errors a real handshake with server A at 127.0.0.1 produces (self-signed).
    QList<QSslError> realErrorsForA() const
    {
        return QSslCertificate::verify({serverA}, u"127.0.0.1"_s);
    }

    QSslCertificate serverA;
    QSslCertificate serverB;
    QByteArray shaA;
    QByteArray shaB;
};

QByteArray colonUpper(const QByteArray &hex)
{
    return QByteArray::fromHex(hex).toHex(':').toUpper();
}

} // namespace

TEST_F(TrustStoreTest, FingerprintEqualsOpensslSha256OfDer)
{
    EXPECT_EQ(TrustStore::fingerprint(serverA), shaA);
    EXPECT_EQ(TrustStore::fingerprint(serverB), shaB);
    EXPECT_TRUE(TrustStore::fingerprint(QSslCertificate()).isEmpty());
}

TEST_F(TrustStoreTest, RealVerificationOfSelfSignedCertificateReportsErrors)
{
    const auto errors = realErrorsForA();
    ASSERT_FALSE(errors.isEmpty());
    bool selfSigned = false;
    for (const QSslError &e : errors)
        selfSigned = selfSigned || e.error() == QSslError::SelfSignedCertificate;
    EXPECT_TRUE(selfSigned);
}

TEST_F(TrustStoreTest, NoErrorsIsTrustedEvenWithADifferentPin)
{
    // A certificate the system trusts needs no pin; a pin only widens trust, never narrows it.
    EXPECT_EQ(TrustStore().evaluate(serverA, {}), TrustVerdict::Trusted);
    EXPECT_EQ(TrustStore(shaB).evaluate(serverA, {}), TrustVerdict::Trusted);
}

TEST_F(TrustStoreTest, ErrorsWithoutPinAreUnknown)
{
    EXPECT_EQ(TrustStore().evaluate(serverA, realErrorsForA()), TrustVerdict::Unknown);
}

TEST_F(TrustStoreTest, ErrorsWithMatchingPinAreTrusted)
{
    EXPECT_EQ(TrustStore(shaA).evaluate(serverA, realErrorsForA()), TrustVerdict::Trusted);
}

TEST_F(TrustStoreTest, PinInColonUpperCaseNotationMatches)
{
    const TrustStore store(colonUpper(shaA));
    EXPECT_EQ(store.pinned(), shaA);
    EXPECT_EQ(store.evaluate(serverA, realErrorsForA()), TrustVerdict::Trusted);
}

TEST_F(TrustStoreTest, DifferentCertificateThanPinnedIsChanged)
{
    const QList<QSslError> errorsB = QSslCertificate::verify({serverB}, u"127.0.0.1"_s);
    EXPECT_EQ(TrustStore(shaA).evaluate(serverB, errorsB), TrustVerdict::Changed);
}

TEST_F(TrustStoreTest, PinCanBeSetLaterAndReplaced)
{
    TrustStore store;
    EXPECT_EQ(store.evaluate(serverA, realErrorsForA()), TrustVerdict::Unknown);
    store.pin(shaA);
    EXPECT_EQ(store.evaluate(serverA, realErrorsForA()), TrustVerdict::Trusted);
    store.pin(shaB);
    EXPECT_EQ(store.evaluate(serverA, realErrorsForA()), TrustVerdict::Changed);
    store.pin({});
    EXPECT_EQ(store.evaluate(serverA, realErrorsForA()), TrustVerdict::Unknown);
}

TEST_F(TrustStoreTest, UnreadablePinCountsAsNoPinNeverAsTrust)
{
    const TrustStore store(QByteArray("not-a-fingerprint"));
    EXPECT_TRUE(store.pinned().isEmpty());
    EXPECT_EQ(store.evaluate(serverA, realErrorsForA()), TrustVerdict::Unknown);
}

TEST_F(TrustStoreTest, MissingPeerCertificateIsNeverTrusted)
{
    const QList<QSslError> errors {QSslError(QSslError::NoPeerCertificate)};
    EXPECT_EQ(TrustStore().evaluate(QSslCertificate(), errors), TrustVerdict::Unknown);
    EXPECT_EQ(TrustStore(shaA).evaluate(QSslCertificate(), errors), TrustVerdict::Changed);
    const CertificateInfo info = TrustStore::describe(QSslCertificate(), errors);
    EXPECT_TRUE(info.sha256Hex.isEmpty());
    ASSERT_EQ(info.problems.size(), 1);
    EXPECT_EQ(info.problems.first(), u"The server did not present a certificate."_s);
}

TEST_F(TrustStoreTest, DescribeFillsSubjectIssuerValidityAndFingerprint)
{
    const CertificateInfo info = TrustStore::describe(serverA, realErrorsForA());
    EXPECT_EQ(info.subject, u"CN=127.0.0.1, O=Restore Explorer Tests, OU=server-a"_s);
    EXPECT_EQ(info.issuer, info.subject); // self-signed
    EXPECT_EQ(info.sha256Hex, shaA);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_LT(info.notBefore, now);
    EXPECT_GT(info.notAfter, now.addDays(3000));
    ASSERT_FALSE(info.problems.isEmpty());
    EXPECT_TRUE(info.problems.first().contains(u"self-signed"_s))
        << info.problems.first().toStdString();
}

TEST_F(TrustStoreTest, DescribeNamesForeignAuthorityAndCertifiedHost)
{
    const QSslCertificate leaf = re::test::loadTestCertificate(u"leaf"_s);
    const QSslCertificate ca = re::test::loadTestCertificate(u"ca"_s);
    ASSERT_FALSE(leaf.isNull());
    ASSERT_FALSE(ca.isNull());
    const auto errors = QSslCertificate::verify({leaf, ca}, u"127.0.0.1"_s);
    const CertificateInfo info = TrustStore::describe(leaf, errors);
    EXPECT_EQ(info.subject, u"CN=server.example, O=Restore Explorer Tests"_s);
    EXPECT_EQ(info.issuer, u"CN=Restore Explorer Test CA, O=Restore Explorer Tests"_s);
    const QString all = info.problems.join(u'\n');
    EXPECT_TRUE(all.contains(u"issued for server.example, not for the address you connected to"_s))
        << all.toStdString();
    EXPECT_TRUE(all.contains(u"authority this computer does not trust"_s)) << all.toStdString();
}

TEST_F(TrustStoreTest, ExpiryProblemNamesTheDate)
{
    const QString text = TrustStore::problemText(QSslError(QSslError::CertificateExpired, serverA));
    const QString expiry = serverA.expiryDate().toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
    EXPECT_EQ(text, u"The certificate expired on %1 UTC."_s.arg(expiry));
}

TEST_F(TrustStoreTest, DescribeListsEachProblemOnce)
{
    const QList<QSslError> twice {QSslError(QSslError::SelfSignedCertificate, serverA),
        QSslError(QSslError::SelfSignedCertificate, serverA)};
    EXPECT_EQ(TrustStore::describe(serverA, twice).problems.size(), 1);
}

TEST(FingerprintNotation, AcceptsCommonNotations)
{
    const QByteArray canonical("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QStringList notations = {
        QString::fromLatin1(canonical),
        QString::fromLatin1(canonical.toUpper()),
        QString::fromLatin1(QByteArray::fromHex(canonical).toHex(':')),
        QString::fromLatin1(QByteArray::fromHex(canonical).toHex(' ').toUpper()),
        u"  "_s + QString::fromLatin1(QByteArray::fromHex(canonical).toHex('-')) + u"\n"_s,
        u"sha256 Fingerprint="_s
            + QString::fromLatin1(QByteArray::fromHex(canonical).toHex(':').toUpper()),
        u"SHA256:"_s + QString::fromLatin1(canonical),
        u"SHA-256: "_s + QString::fromLatin1(canonical),
    };
    for (const QString &text : notations) {
        const auto parsed = TrustStore::parseFingerprint(text);
        ASSERT_TRUE(parsed.hasValue())
            << text.toStdString() << ": " << parsed.error().toStdString();
        EXPECT_EQ(parsed.value(), canonical) << text.toStdString();
    }
}

TEST(FingerprintNotation, RejectsWithASpecificMessage)
{
    struct Case
    {
        QString input;
        QString expectedFragment;
    };
    const QList<Case> cases = {
        {u""_s, u"empty"_s},
        {u"   "_s, u"empty"_s},
        {u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s, u"SHA-1"_s},
        {u"0123456789abcdef"_s, u"this one has 16"_s},
        {u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg"_s, u"\"g\""_s},
    };
    for (const Case &c : cases) {
        const auto parsed = TrustStore::parseFingerprint(c.input);
        ASSERT_FALSE(parsed.hasValue()) << c.input.toStdString();
        EXPECT_TRUE(parsed.error().contains(c.expectedFragment))
            << c.input.toStdString() << " -> " << parsed.error().toStdString();
    }
}

TEST(FingerprintNotation, FormatsAsColonSeparatedUpperCaseAndParsesBack)
{
    const QByteArray canonical("00ff0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab");
    const QString shown = TrustStore::formatFingerprint(canonical);
    EXPECT_TRUE(shown.startsWith(u"00:FF:01:23"_s)) << shown.toStdString();
    EXPECT_EQ(shown.size(), 64 + 31);
    EXPECT_EQ(TrustStore::parseFingerprint(shown).value(), canonical);
}
