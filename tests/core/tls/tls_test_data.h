#pragma once

// The certificates make_test_certificates.sh wrote into the build tree, and openssl's own
// SHA-256 of each (the reference Qt's result is compared against).

#include <QByteArray>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace re::test {

inline QString tlsTestFile(const QString &name)
{
    return QStringLiteral(RE_TLS_TEST_CERT_DIR "/") + name;
}

inline QSslCertificate loadTestCertificate(const QString &name)
{
    const auto certificates = QSslCertificate::fromPath(tlsTestFile(name + QStringLiteral(".pem")));
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

inline QSslKey loadTestKey(const QString &name)
{
    QFile file(tlsTestFile(name + QStringLiteral(".key")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(&file, QSsl::Rsa, QSsl::Pem);
}

inline QByteArray opensslSha256(const QString &name)
{
    QFile file(tlsTestFile(name + QStringLiteral(".sha256")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

} // namespace re::test
