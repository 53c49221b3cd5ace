#pragma once

#include "common/result.h"
#include "profiles/secretbackend.h"

#include <QHash>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace re {

enum class SecretKind { Password, RefreshToken };

// Passwords and refresh tokens per server profile, in the system keychain (service
// "restore-explorer"), asynchronously. Callers store a secret only when the user asked to
// remember it.
//
// When the first keychain operation of this run finds no keychain (Qt Keychain error 5 or 7), or
// any operation does not answer within the watchdog time (a locked keyring may be waiting on a
// password prompt nobody sees), the store switches to memory for the rest of the run and says so
// through isPersistent()/notice(). It never falls back to plain text on disk.
//
// Like Nextcloud's credential manager it keeps the list of keychain keys it wrote in the settings
// (group "credentials"; names only, never values), so it never asks the keychain for a key it
// never wrote: no needless keychain prompts at start-up.
//
// Every callback runs later on the event loop, exactly once, and only while `context` (if given)
// still exists.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kServiceName = "restore-explorer";
    static constexpr std::chrono::milliseconds kDefaultWatchdog {20000};

    using ReadDone = std::function<void(Result<std::optional<QString>, QString>)>;
    using Done = std::function<void(Result<void, QString>)>;

    // The system keychain through Qt Keychain.
    explicit CredentialStore(QSettings &settings, QObject *parent = nullptr);
    // Any backend (tests, or a keychain under another service name).
    CredentialStore(
        QSettings &settings, std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~CredentialStore() override;

    void setWatchdogTimeout(std::chrono::milliseconds timeout);

    // nullopt: nothing stored (the caller asks the user).
    void readSecret(const QUuid &profileId, SecretKind kind, QObject *context, ReadDone done);
    void writeSecret(const QUuid &profileId, SecretKind kind, const QString &secret,
        QObject *context, Done done);
    // Removing what is not stored succeeds.
    void removeSecret(const QUuid &profileId, SecretKind kind, QObject *context, Done done);
    void removeAllSecrets(const QUuid &profileId, QObject *context, Done done);

    // False once secrets are kept in memory only; notice() then says why, for the user.
    bool isPersistent() const;
    QString notice() const;

    static QString keyFor(const QUuid &profileId, SecretKind kind);

signals:
    // Emitted once, when the store switches to memory.
    void persistenceChanged(bool persistent);

private:
    enum class Mode {
        Probing, // no keychain answer yet in this run
        Keychain, // the keychain has answered: its failures are real failures
        Memory, // no usable keychain: this run's secrets live in m_memory
    };
    using Settle = std::function<void(std::optional<SecretBackend::Reply>)>;

    void runGuarded(const std::function<void(SecretBackend::Done)> &start, Settle settle);
    bool fallsBackToMemory(const std::optional<SecretBackend::Reply> &reply);
    void switchToMemory(const QString &notice, const QString &reason);
    void markKeychainWorking();
    QStringList storedKeys() const;
    void setKeyStored(const QString &key, bool stored);
    void deliver(std::function<void()> call);

    QSettings &m_settings;
    std::unique_ptr<SecretBackend> m_backend;
    std::chrono::milliseconds m_watchdog = kDefaultWatchdog;
    Mode m_mode = Mode::Probing;
    QString m_notice;
    QHash<QString, QString> m_memory;
};

} // namespace re
