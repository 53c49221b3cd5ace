#pragma once

#include "profiles/secretbackend.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace re {

// SecretBackend over Qt Keychain (Secret Service / KWallet on Linux, Keychain on macOS, the
// Credential Manager on Windows). Never enables Qt Keychain's plain-text fallback. Jobs are
// unparented and delete themselves: a native keychain call cannot be cancelled, and an answer
// that arrives after this backend is gone is dropped with the connection.
class QtKeychainBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
public:
    explicit QtKeychainBackend(QString service, QObject *parent = nullptr);

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    void run(QKeychain::Job *job, const QString &key, Done done);

    QString m_service;
};

} // namespace re
