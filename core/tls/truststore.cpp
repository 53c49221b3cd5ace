#include "tls/truststore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMultiMap>
#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

constexpr qsizetype kSha256HexLength = 64;
constexpr qsizetype kSha1HexLength = 40;

// "CN=…, O=…, OU=…" from the attributes people recognise, in the order certificate dialogs use.
QString distinguishedName(const QSslCertificate &certificate, bool ofIssuer)
{
    static constexpr std::array<std::pair<QSslCertificate::SubjectInfo, const char *>, 6> kParts
        = {{
            {QSslCertificate::CommonName, "CN"},
            {QSslCertificate::Organization, "O"},
            {QSslCertificate::OrganizationalUnitName, "OU"},
            {QSslCertificate::LocalityName, "L"},
            {QSslCertificate::StateOrProvinceName, "ST"},
            {QSslCertificate::CountryName, "C"},
        }};
    QStringList parts;
    for (const auto &[attribute, label] : kParts) {
        const QStringList values
            = ofIssuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(label) + u'=' + value;
    }
    if (!parts.isEmpty())
        return parts.join(u", "_s);
    const QString display
        = ofIssuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return display.isEmpty() ? QCoreApplication::translate("TrustStore", "(no name)") : display;
}

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

// Host names and addresses the certificate is valid for: SAN entries, else the common name.
QString certifiedNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.isEmpty() ? QCoreApplication::translate("TrustStore", "no host name")
                           : names.join(u", "_s);
}

QString problemTextFor(const QSslError &error, const QSslCertificate &certificate)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return QCoreApplication::translate("TrustStore",
            "The certificate is self-signed: no certificate authority vouches for the "
            "server's identity (Veeam servers use such a certificate by default).");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QCoreApplication::translate("TrustStore",
            "The certificate was issued by an authority this computer does not trust (%1).")
            .arg(distinguishedName(certificate, true));
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("TrustStore", "The certificate expired on %1.")
            .arg(utcText(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("TrustStore",
            "The certificate is not valid before %1; check this computer's date and time.")
            .arg(utcText(certificate.effectiveDate()));
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("TrustStore",
            "The certificate was issued for %1, not for the address you connected to.")
            .arg(certifiedNames(certificate));
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate(
            "TrustStore", "The certificate has been revoked by its issuer.");
    case QSslError::CertificateBlacklisted:
        return QCoreApplication::translate(
            "TrustStore", "The certificate is on the list of known compromised certificates.");
    case QSslError::NoPeerCertificate:
        return QCoreApplication::translate(
            "TrustStore", "The server did not present a certificate.");
    default:
        return error.errorString();
    }
}

} // namespace

TrustStore::TrustStore(QByteArray pinnedSha256Hex)
{
    pin(pinnedSha256Hex);
}

TrustVerdict TrustStore::evaluate(const QSslCertificate &peer, const QList<QSslError> &errors) const
{
    if (errors.isEmpty())
        return TrustVerdict::Trusted;
    if (m_pinnedSha256Hex.isEmpty()) {
        qCDebug(lcTls) << "untrusted certificate, no pin:" << fingerprint(peer);
        return TrustVerdict::Unknown;
    }
    const QByteArray actual = fingerprint(peer);
    if (actual == m_pinnedSha256Hex)
        return TrustVerdict::Trusted;
    qCWarning(lcTls) << "certificate changed: pinned" << m_pinnedSha256Hex << "server shows"
                     << actual;
    return TrustVerdict::Changed;
}

void TrustStore::pin(const QByteArray &sha256Hex)
{
    m_pinnedSha256Hex.clear();
    if (sha256Hex.trimmed().isEmpty())
        return;
    auto parsed = parseFingerprint(QString::fromLatin1(sha256Hex));
    if (!parsed) {
        qCWarning(lcTls) << "ignoring an unreadable pinned fingerprint:" << parsed.error();
        return;
    }
    m_pinnedSha256Hex = std::move(parsed).value();
}

QByteArray TrustStore::pinned() const
{
    return m_pinnedSha256Hex;
}

QByteArray TrustStore::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

CertificateInfo TrustStore::describe(const QSslCertificate &peer, const QList<QSslError> &errors)
{
    CertificateInfo info;
    if (!peer.isNull()) {
        info.subject = distinguishedName(peer, false);
        info.issuer = distinguishedName(peer, true);
        info.notBefore = peer.effectiveDate();
        info.notAfter = peer.expiryDate();
        info.sha256Hex = fingerprint(peer);
    }
    for (const QSslError &error : errors) {
        const QSslCertificate &about = error.certificate().isNull() ? peer : error.certificate();
        const QString text = problemTextFor(error, about);
        if (!info.problems.contains(text))
            info.problems << text;
    }
    return info;
}

Result<QByteArray, QString> TrustStore::parseFingerprint(QStringView text)
{
    static const QRegularExpression label(
        u"^(sha-?256)(\\s*fingerprint)?\\s*[=:]?"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(u"[\\s:\\-]"_s);

    QString digits = text.trimmed().toString();
    digits.remove(label);
    digits.remove(separators);
    digits = digits.toLower();

    if (digits.isEmpty())
        return unexpected(QCoreApplication::translate("TrustStore", "The fingerprint is empty."));
    for (const QChar c : std::as_const(digits)) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return unexpected(QCoreApplication::translate("TrustStore",
                "The fingerprint contains \"%1\"; only hexadecimal digits (0-9, a-f), "
                "optionally separated by colons or spaces, are allowed.")
                                  .arg(c));
    }
    if (digits.size() == kSha1HexLength)
        return unexpected(QCoreApplication::translate("TrustStore",
            "This looks like a SHA-1 fingerprint (40 digits); the SHA-256 "
            "fingerprint (64 digits) is needed."));
    if (digits.size() != kSha256HexLength)
        return unexpected(QCoreApplication::translate(
            "TrustStore", "A SHA-256 fingerprint has 64 hexadecimal digits; this one has %1.")
                              .arg(digits.size()));
    return digits.toLatin1();
}

QString TrustStore::formatFingerprint(const QByteArray &sha256Hex)
{
    return QString::fromLatin1(QByteArray::fromHex(sha256Hex).toHex(':').toUpper());
}

QString TrustStore::problemText(const QSslError &error)
{
    return problemTextFor(error, error.certificate());
}

} // namespace re
