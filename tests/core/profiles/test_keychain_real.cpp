// The real Qt Keychain backend. Under scripts/test.sh (dbus-run-session + an unlocked
// gnome-keyring) the Secret Service is there and the secret must survive a new store instance;
// without a backend (or with a locked keyring whose unlock prompt nobody can answer: the watchdog
// cuts it off) the store must fall back to memory with the notice. Set RE_REQUIRE_KEYCHAIN=1
// to make the missing backend a failure instead.

#include "keychain_test_helpers.h"
#include "qt_printers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using re::CredentialStore;
using re::SecretKind;

TEST(RealKeychain, StoresReadsAndRemovesOrFallsBackToMemory)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
    const QUuid profile = QUuid::createUuid();
    const QString secret = u"keychain-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QElapsedTimer clock;
    clock.start();
    auto store = re::test::makeRealKeychainStore(settings);
    const auto written = re::test::writeAndWait(*store, profile, SecretKind::Password, secret);
    ASSERT_TRUE(written.hasValue()) << written.error().toStdString();
    const qint64 writeMs = clock.elapsed();

    if (!store->isPersistent()) {
        std::cout << "[ INFO     ] no usable keychain backend (" << writeMs
                  << " ms): checking the in-memory fallback" << std::endl;
        EXPECT_FALSE(qEnvironmentVariableIsSet("RE_REQUIRE_KEYCHAIN"))
            << "RE_REQUIRE_KEYCHAIN is set but the system keychain is not usable";
        // No backend at all, or one that hangs on an unanswerable unlock prompt (DISPLAY set,
        // keyring locked): both end in memory, with the matching notice.
        const QStringList notices = {
            u"No system keychain is available: passwords are kept for this session only."_s,
            u"The system keychain did not answer (it may be locked): passwords are kept for this session only."_s};
        EXPECT_TRUE(notices.contains(store->notice())) << store->notice().toStdString();
        EXPECT_EQ(re::test::readAndWait(*store, profile, SecretKind::Password).value(), secret);
        EXPECT_TRUE(settings.value(u"credentials/storedKeys"_s).toStringList().isEmpty());
        // A second store (a second run) has nothing: the secret really was kept in memory only.
        auto nextRun = re::test::makeRealKeychainStore(settings);
        EXPECT_EQ(
            re::test::readAndWait(*nextRun, profile, SecretKind::Password).value(), std::nullopt);
        return;
    }

    std::cout << "[ INFO     ] system keychain in use; first write took " << writeMs << " ms"
              << std::endl;
    EXPECT_TRUE(store->notice().isEmpty());
    EXPECT_EQ(settings.value(u"credentials/storedKeys"_s).toStringList(),
        QStringList {CredentialStore::keyFor(profile, SecretKind::Password)});

    // A new store instance (as after a restart) reads it back from the keychain, not from memory.
    auto afterRestart = re::test::makeRealKeychainStore(settings);
    const auto readBack = re::test::readAndWait(*afterRestart, profile, SecretKind::Password);
    ASSERT_TRUE(readBack.hasValue()) << readBack.error().toStdString();
    EXPECT_EQ(readBack.value(), secret);
    EXPECT_TRUE(afterRestart->isPersistent());

    const auto removed = re::test::removeAllAndWait(*afterRestart, profile);
    ASSERT_TRUE(removed.hasValue()) << removed.error().toStdString();
    EXPECT_TRUE(settings.value(u"credentials/storedKeys"_s).toStringList().isEmpty());

    // Read straight from the keychain (bypassing the key list) to prove the entry is gone there.
    settings.setValue(u"credentials/storedKeys"_s,
        QStringList {CredentialStore::keyFor(profile, SecretKind::Password)});
    auto third = re::test::makeRealKeychainStore(settings);
    EXPECT_EQ(re::test::readAndWait(*third, profile, SecretKind::Password).value(), std::nullopt);
}
