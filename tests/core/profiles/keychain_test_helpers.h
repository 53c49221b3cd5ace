#pragma once

// Synchronous-looking helpers for tests only: they spin the event loop until the store answers.

#include "profiles/credentialstore.h"
#include "profiles/qtkeychainbackend.h"
#include "wait.h"

#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace re::test {

// The real system keychain, under a service name of its own so tests never touch the user's
// "restore-explorer" entries.
inline constexpr auto kTestKeychainService = "restore-explorer-tests";
// Long enough for a slow Secret Service, short enough that a prompt hang fails fast.
inline constexpr std::chrono::milliseconds kTestKeychainWatchdog {8000};
inline constexpr int kTestAnswerTimeoutMs = 12000;

inline std::unique_ptr<CredentialStore> makeRealKeychainStore(QSettings &settings)
{
    auto store = std::make_unique<CredentialStore>(
        settings, std::make_unique<QtKeychainBackend>(QString::fromLatin1(kTestKeychainService)));
    store->setWatchdogTimeout(kTestKeychainWatchdog);
    return store;
}

inline Result<void, QString> writeAndWait(
    CredentialStore &store, const QUuid &profile, SecretKind kind, const QString &secret)
{
    std::optional<Result<void, QString>> result;
    store.writeSecret(profile, kind, secret, nullptr,
        [&result](Result<void, QString> r) { result.emplace(std::move(r)); });
    if (!waitUntil([&result] { return result.has_value(); }, kTestAnswerTimeoutMs))
        return unexpected(QStringLiteral("no answer from the credential store"));
    return *std::move(result);
}

inline Result<std::optional<QString>, QString> readAndWait(
    CredentialStore &store, const QUuid &profile, SecretKind kind)
{
    std::optional<Result<std::optional<QString>, QString>> result;
    store.readSecret(profile, kind, nullptr,
        [&result](Result<std::optional<QString>, QString> r) { result.emplace(std::move(r)); });
    if (!waitUntil([&result] { return result.has_value(); }, kTestAnswerTimeoutMs))
        return unexpected(QStringLiteral("no answer from the credential store"));
    return *std::move(result);
}

inline Result<void, QString> removeAllAndWait(CredentialStore &store, const QUuid &profile)
{
    std::optional<Result<void, QString>> result;
    store.removeAllSecrets(
        profile, nullptr, [&result](Result<void, QString> r) { result.emplace(std::move(r)); });
    if (!waitUntil([&result] { return result.has_value(); }, kTestAnswerTimeoutMs))
        return unexpected(QStringLiteral("no answer from the credential store"));
    return *std::move(result);
}

} // namespace re::test
