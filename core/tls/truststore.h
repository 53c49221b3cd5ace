#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace re {

// What the user is shown before trusting a server certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256Hex; // lower-case hex of the DER certificate, as `openssl x509 -outform DER | sha256sum`
    QStringList problems; // the TLS errors, in words (self-signed, expired, host name mismatch, …)
};

enum class TrustVerdict {
    Trusted, // no TLS error, or the certificate matches the pinned fingerprint
    Unknown, // untrusted and not pinned: the user must decide (CertificateInfo)
    Changed, // a fingerprint is pinned and the server now shows a different certificate: refuse
};

// Verification stays on: the only way an untrusted certificate is accepted is an exact SHA-256 pin
// the user chose for this server profile.
class TrustStore
{
public:
    explicit TrustStore(QByteArray pinnedSha256Hex = {});

    TrustVerdict evaluate(const QSslCertificate &peer, const QList<QSslError> &errors) const;

    void pin(const QByteArray &sha256Hex);
    QByteArray pinned() const;

    static QByteArray fingerprint(const QSslCertificate &certificate);
    static CertificateInfo describe(const QSslCertificate &peer, const QList<QSslError> &errors);

private:
    QByteArray m_pinnedSha256Hex;
};

} // namespace re
