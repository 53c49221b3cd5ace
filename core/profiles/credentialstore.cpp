#include "profiles/credentialstore.h"

#include "common/logging.h"
#include "profiles/qtkeychainbackend.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

const QString kStoredKeys = u"credentials/storedKeys"_s;

QString secretName(SecretKind kind)
{
    return kind == SecretKind::Password
        ? QCoreApplication::translate("CredentialStore", "the password")
        : QCoreApplication::translate("CredentialStore", "the sign-in token");
}

// `sentence` has %1 for what (the password, …) and %2 for the keychain's own words.
QString failureText(const QString &sentence, SecretKind kind, const SecretBackend::Reply &reply)
{
    const QString detail = reply.message.isEmpty()
        ? QCoreApplication::translate("CredentialStore", "no details given")
        : reply.message;
    return sentence.arg(secretName(kind), detail);
}

// Wraps a caller's callback so it is skipped once `context` (if given) is destroyed. The pointer is
// guarded at the call, not later: by then it may dangle.
template <typename Callback>
Callback guarded(QObject *context, Callback done)
{
    return [guard = QPointer<QObject>(context), needsContext = context != nullptr,
               done = std::move(done)](auto result) {
        if (needsContext && !guard)
            return;
        done(std::move(result));
    };
}

} // namespace

CredentialStore::CredentialStore(QSettings &settings, QObject *parent)
    : CredentialStore(
        settings, std::make_unique<QtKeychainBackend>(QString::fromLatin1(kServiceName)), parent)
{ }

CredentialStore::CredentialStore(
    QSettings &settings, std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_backend(std::move(backend))
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::setWatchdogTimeout(std::chrono::milliseconds timeout)
{
    m_watchdog = timeout;
}

QString CredentialStore::keyFor(const QUuid &profileId, SecretKind kind)
{
    const QString suffix = kind == SecretKind::Password ? u"password"_s : u"refresh-token"_s;
    return profileId.toString(QUuid::WithoutBraces) + u':' + suffix;
}

bool CredentialStore::isPersistent() const
{
    return m_mode != Mode::Memory;
}

QString CredentialStore::notice() const
{
    return m_notice;
}

void CredentialStore::readSecret(
    const QUuid &profileId, SecretKind kind, QObject *context, ReadDone done)
{
    done = guarded(context, std::move(done));
    const QString key = keyFor(profileId, kind);
    const auto fromMemory = [this, key]() -> std::optional<QString> {
        const auto it = m_memory.constFind(key);
        return it == m_memory.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    if (m_mode == Mode::Memory || !storedKeys().contains(key)) {
        deliver([done, secret = fromMemory()] { done(secret); });
        return;
    }
    qCDebug(lcProfiles) << "reading keychain entry" << key;
    runGuarded([this, key](SecretBackend::Done answer) { m_backend->read(key, std::move(answer)); },
        [this, key, kind, done, fromMemory](std::optional<SecretBackend::Reply> reply) {
            if (reply && reply->status == SecretBackend::Status::Ok) {
                markKeychainWorking();
                deliver([done, secret = reply->secret] { done(std::optional(secret)); });
            } else if (reply && reply->status == SecretBackend::Status::NotFound) {
                markKeychainWorking();
                setKeyStored(key, false); // removed behind our back
                deliver([done] { done(std::optional<QString>()); });
            } else if (fallsBackToMemory(reply)) {
                deliver([done, secret = fromMemory()] { done(secret); });
            } else {
                const QString message
                    = failureText(QCoreApplication::translate("CredentialStore",
                                      "Could not read %1 from the system keychain: %2"),
                        kind, *reply);
                deliver([done, message] { done(unexpected(message)); });
            }
        });
}

void CredentialStore::writeSecret(
    const QUuid &profileId, SecretKind kind, const QString &secret, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    const QString key = keyFor(profileId, kind);
    if (m_mode == Mode::Memory) {
        m_memory.insert(key, secret);
        deliver([done] { done({}); });
        return;
    }
    qCDebug(lcProfiles) << "writing keychain entry" << key;
    runGuarded(
        [this, key, secret](
            SecretBackend::Done answer) { m_backend->write(key, secret, std::move(answer)); },
        [this, key, kind, secret, done](std::optional<SecretBackend::Reply> reply) {
            if (reply && reply->status == SecretBackend::Status::Ok) {
                markKeychainWorking();
                setKeyStored(key, true);
                if (m_mode == Mode::Memory) // another job switched meanwhile: reads go to memory
                    m_memory.insert(key, secret);
                deliver([done] { done({}); });
            } else if (fallsBackToMemory(reply)) {
                m_memory.insert(key, secret);
                deliver([done] { done({}); });
            } else {
                const QString message
                    = failureText(QCoreApplication::translate("CredentialStore",
                                      "Could not save %1 in the system keychain: %2"),
                        kind, *reply);
                deliver([done, message] { done(unexpected(message)); });
            }
        });
}

void CredentialStore::removeSecret(
    const QUuid &profileId, SecretKind kind, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    const QString key = keyFor(profileId, kind);
    m_memory.remove(key);
    if (m_mode == Mode::Memory || !storedKeys().contains(key)) {
        if (m_mode == Mode::Memory && storedKeys().contains(key))
            qCWarning(lcProfiles) << "keychain entry" << key
                                  << "from an earlier session stays until the keychain is usable";
        deliver([done] { done({}); });
        return;
    }
    qCDebug(lcProfiles) << "removing keychain entry" << key;
    runGuarded(
        [this, key](SecretBackend::Done answer) { m_backend->remove(key, std::move(answer)); },
        [this, key, kind, done](std::optional<SecretBackend::Reply> reply) {
            if (reply
                && (reply->status == SecretBackend::Status::Ok
                    || reply->status == SecretBackend::Status::NotFound)) {
                markKeychainWorking();
                setKeyStored(key, false);
                deliver([done] { done({}); });
            } else if (fallsBackToMemory(reply)) {
                deliver([done] { done({}); });
            } else {
                const QString message
                    = failureText(QCoreApplication::translate("CredentialStore",
                                      "Could not remove %1 from the system keychain: %2"),
                        kind, *reply);
                deliver([done, message] { done(unexpected(message)); });
            }
        });
}

void CredentialStore::removeAllSecrets(const QUuid &profileId, QObject *context, Done done)
{
    // The two removals may finish in either order; the last one reports, with the first error.
    struct Pending
    {
        int remaining = 2;
        std::optional<QString> firstError;
    };
    auto pending = std::make_shared<Pending>();
    const auto oneFinished
        = [pending, done = guarded(context, std::move(done))](Result<void, QString> result) {
              if (!result && !pending->firstError)
                  pending->firstError = result.error();
              if (--pending->remaining > 0)
                  return;
              if (pending->firstError)
                  done(unexpected(*pending->firstError));
              else
                  done({});
          };
    removeSecret(profileId, SecretKind::Password, this, oneFinished);
    removeSecret(profileId, SecretKind::RefreshToken, this, oneFinished);
}

void CredentialStore::runGuarded(
    const std::function<void(SecretBackend::Done)> &start, Settle settle)
{
    // Exactly one of the watchdog and the backend's answer settles the operation.
    auto settled = std::make_shared<bool>(false);
    auto shared = std::make_shared<Settle>(std::move(settle));
    auto *watchdog = new QTimer(this);
    watchdog->setSingleShot(true);
    QPointer<QTimer> watchdogGuard(watchdog);
    connect(watchdog, &QTimer::timeout, this, [settled, shared, watchdog] {
        watchdog->deleteLater();
        if (std::exchange(*settled, true))
            return;
        (*shared)(std::nullopt);
    });
    watchdog->start(m_watchdog);
    start([self = QPointer<CredentialStore>(this), settled, shared, watchdogGuard](
              SecretBackend::Reply reply) {
        if (!self || std::exchange(*settled, true))
            return; // too late: the watchdog has answered already
        if (watchdogGuard)
            watchdogGuard->deleteLater();
        (*shared)(std::move(reply));
    });
}

bool CredentialStore::fallsBackToMemory(const std::optional<SecretBackend::Reply> &reply)
{
    if (m_mode == Mode::Memory)
        return true;
    if (!reply) {
        // Qt Keychain runs its jobs one after the other: behind a hanging job every later one
        // would hang too, so a silent keychain is unusable for the rest of the run.
        switchToMemory(QCoreApplication::translate("CredentialStore",
                           "The system keychain did not answer (it may be locked): passwords are "
                           "kept for this session only."),
            u"no answer within %1 ms"_s.arg(m_watchdog.count()));
        return true;
    }
    if (reply->status == SecretBackend::Status::Unavailable && m_mode == Mode::Probing) {
        switchToMemory(QCoreApplication::translate("CredentialStore",
                           "No system keychain is available: passwords are kept for this session "
                           "only."),
            reply->message);
        return true;
    }
    return false;
}

void CredentialStore::switchToMemory(const QString &notice, const QString &reason)
{
    m_mode = Mode::Memory;
    m_notice = notice;
    qCWarning(lcProfiles).noquote() << "secrets are kept in memory for this run:" << reason;
    emit persistenceChanged(false);
}

void CredentialStore::markKeychainWorking()
{
    if (m_mode == Mode::Probing)
        m_mode = Mode::Keychain;
}

QStringList CredentialStore::storedKeys() const
{
    return m_settings.value(kStoredKeys).toStringList();
}

void CredentialStore::setKeyStored(const QString &key, bool stored)
{
    QStringList keys = storedKeys();
    const bool present = keys.contains(key);
    if (present == stored)
        return;
    if (stored)
        keys << key;
    else
        keys.removeAll(key);
    if (keys.isEmpty())
        m_settings.remove(kStoredKeys);
    else
        m_settings.setValue(kStoredKeys, keys);
    m_settings.sync();
}

void CredentialStore::deliver(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

} // namespace re
