#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace re {

// What the user is shown before trusting a server certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256Hex; // lower-case hex of the DER certificate, as `openssl x509 -outform DER |
                          // sha256sum`
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
    // The pin may be in any notation parseFingerprint() accepts; an unreadable pin counts as no pin
    // (logged), so the user is asked again instead of a certificate being accepted by mistake.
    explicit TrustStore(QByteArray pinnedSha256Hex = {});

    TrustVerdict evaluate(const QSslCertificate &peer, const QList<QSslError> &errors) const;

    void pin(const QByteArray &sha256Hex);
    QByteArray pinned() const;

    static QByteArray fingerprint(const QSslCertificate &certificate);
    static CertificateInfo describe(const QSslCertificate &peer, const QList<QSslError> &errors);

    // The one normaliser for SHA-256 fingerprints typed or pasted by people (profiles, the CLI's
    // --trust-fingerprint): accepts upper or lower case, separated by colons, spaces, dashes or
    // nothing, optionally prefixed "sha256:" / "SHA256 Fingerprint=" (openssl's output).
    // Returns 64 lower-case hex characters, or a message saying what is wrong.
    static Result<QByteArray, QString> parseFingerprint(QStringView text);

    // `aa:bb:cc:…` in upper case, as certificate dialogs and `openssl x509 -fingerprint` show it.
    static QString formatFingerprint(const QByteArray &sha256Hex);

    // One readable sentence for one TLS error (the problems of describe()).
    static QString problemText(const QSslError &error);

private:
    QByteArray m_pinnedSha256Hex;
};

} // namespace re
