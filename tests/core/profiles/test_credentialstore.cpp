#include "fake_keychain.h"
#include "profiles/credentialstore.h"
#include "qt_printers.h"
#include "wait.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using re::CredentialStore;
using re::Result;
using re::SecretKind;
using re::test::FakeKeychain;

namespace {

using ReadResult = Result<std::optional<QString>, QString>;
using DoneResult = Result<void, QString>;

const QString kNoKeychainNotice
    = u"No system keychain is available: passwords are kept for this session only."_s;

class CredentialStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings
            = std::make_unique<QSettings>(dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
        auto backend = std::make_unique<FakeKeychain>();
        keychain = backend.get();
        store = std::make_unique<CredentialStore>(*settings, std::move(backend));
        store->setWatchdogTimeout(5s);
    }

    DoneResult write(SecretKind kind, const QString &secret)
    {
        std::optional<DoneResult> result;
        store->writeSecret(profile, kind, secret, nullptr,
            [&result](DoneResult r) { result.emplace(std::move(r)); });
        EXPECT_TRUE(re::test::waitUntil([&result] { return result.has_value(); }));
        return result.value_or(re::unexpected(u"no answer"_s));
    }

    ReadResult read(SecretKind kind)
    {
        std::optional<ReadResult> result;
        store->readSecret(
            profile, kind, nullptr, [&result](ReadResult r) { result.emplace(std::move(r)); });
        EXPECT_TRUE(re::test::waitUntil([&result] { return result.has_value(); }));
        return result.value_or(re::unexpected(u"no answer"_s));
    }

    DoneResult remove(SecretKind kind)
    {
        std::optional<DoneResult> result;
        store->removeSecret(
            profile, kind, nullptr, [&result](DoneResult r) { result.emplace(std::move(r)); });
        EXPECT_TRUE(re::test::waitUntil([&result] { return result.has_value(); }));
        return result.value_or(re::unexpected(u"no answer"_s));
    }

    QStringList storedKeys() const
    {
        return settings->value(u"credentials/storedKeys"_s).toStringList();
    }
    QString passwordKey() const { return CredentialStore::keyFor(profile, SecretKind::Password); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeKeychain *keychain = nullptr;
    std::unique_ptr<CredentialStore> store;
    QUuid profile = QUuid::createUuid();
};

} // namespace

TEST_F(CredentialStoreTest, KeysNameProfileAndKind)
{
    const QUuid id = QUuid::fromString(u"11111111-2222-3333-4444-555555555555"_s);
    EXPECT_EQ(CredentialStore::keyFor(id, SecretKind::Password),
        u"11111111-2222-3333-4444-555555555555:password"_s);
    EXPECT_EQ(CredentialStore::keyFor(id, SecretKind::RefreshToken),
        u"11111111-2222-3333-4444-555555555555:refresh-token"_s);
}

TEST_F(CredentialStoreTest, WritesReadsAndRemovesThroughTheKeychain)
{
    ASSERT_TRUE(write(SecretKind::Password, u"pa55"_s).hasValue());
    ASSERT_TRUE(write(SecretKind::RefreshToken, u"refresh-abc"_s).hasValue());
    EXPECT_EQ(keychain->entries.value(passwordKey()), u"pa55"_s);
    EXPECT_EQ(read(SecretKind::Password).value(), u"pa55"_s);
    EXPECT_EQ(read(SecretKind::RefreshToken).value(), u"refresh-abc"_s);
    EXPECT_EQ(storedKeys().size(), 2);
    EXPECT_TRUE(store->isPersistent());
    EXPECT_TRUE(store->notice().isEmpty());

    ASSERT_TRUE(remove(SecretKind::Password).hasValue());
    EXPECT_FALSE(keychain->entries.contains(passwordKey()));
    EXPECT_EQ(read(SecretKind::Password).value(), std::nullopt);
    EXPECT_EQ(
        storedKeys(), QStringList {CredentialStore::keyFor(profile, SecretKind::RefreshToken)});
}

TEST_F(CredentialStoreTest, NeverAsksTheKeychainForAKeyItNeverWrote)
{
    EXPECT_EQ(read(SecretKind::Password).value(), std::nullopt);
    ASSERT_TRUE(remove(SecretKind::Password).hasValue());
    EXPECT_EQ(keychain->calls, 0);
}

TEST_F(CredentialStoreTest, EntryRemovedBehindItsBackIsForgotten)
{
    ASSERT_TRUE(write(SecretKind::Password, u"pa55"_s).hasValue());
    keychain->entries.clear();
    EXPECT_EQ(read(SecretKind::Password).value(), std::nullopt);
    EXPECT_TRUE(storedKeys().isEmpty());
}

TEST_F(CredentialStoreTest, DeletingAMissingEntryIsSuccess)
{
    ASSERT_TRUE(write(SecretKind::Password, u"pa55"_s).hasValue());
    keychain->entries.clear();
    EXPECT_TRUE(remove(SecretKind::Password).hasValue());
    EXPECT_TRUE(storedKeys().isEmpty());
}

TEST_F(CredentialStoreTest, NoKeychainAtFirstUseSwitchesToMemoryWithNotice)
{
    keychain->behaviour = FakeKeychain::Behaviour::Unavailable;
    QSignalSpy persistence(store.get(), &CredentialStore::persistenceChanged);

    ASSERT_TRUE(write(SecretKind::Password, u"session-only"_s).hasValue());
    EXPECT_FALSE(store->isPersistent());
    EXPECT_EQ(store->notice(), kNoKeychainNotice);
    ASSERT_EQ(persistence.count(), 1);
    EXPECT_EQ(persistence.first().first().toBool(), false);

    EXPECT_EQ(read(SecretKind::Password).value(), u"session-only"_s);
    ASSERT_TRUE(remove(SecretKind::Password).hasValue());
    EXPECT_EQ(read(SecretKind::Password).value(), std::nullopt);
    EXPECT_EQ(keychain->calls, 1) << "once in memory, the keychain is not asked again";
    EXPECT_TRUE(storedKeys().isEmpty()) << "a memory-only secret is not listed as a keychain entry";
    EXPECT_EQ(persistence.count(), 1);
}

TEST_F(CredentialStoreTest, KeychainFailureAfterItWorkedIsAnErrorNotAFallback)
{
    ASSERT_TRUE(write(SecretKind::Password, u"pa55"_s).hasValue());
    keychain->behaviour = FakeKeychain::Behaviour::Unavailable;
    const auto written = write(SecretKind::Password, u"new"_s);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error(),
        u"Could not save the password in the system keychain: Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    const auto readBack = read(SecretKind::Password);
    ASSERT_FALSE(readBack.hasValue());
    EXPECT_TRUE(readBack.error().startsWith(u"Could not read the password"_s));
    EXPECT_TRUE(store->isPersistent());
}

TEST_F(CredentialStoreTest, RefusalAtFirstUseIsAnError)
{
    keychain->behaviour = FakeKeychain::Behaviour::Refuses;
    const auto written = write(SecretKind::RefreshToken, u"token"_s);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error(),
        u"Could not save the sign-in token in the system keychain: Access denied"_s);
    EXPECT_TRUE(store->isPersistent());
}

TEST_F(CredentialStoreTest, HangingKeychainIsCutOffByTheWatchdog)
{
    keychain->behaviour = FakeKeychain::Behaviour::Hangs;
    store->setWatchdogTimeout(100ms);
    int answers = 0;
    std::optional<DoneResult> result;
    QElapsedTimer clock;
    clock.start();
    store->writeSecret(profile, SecretKind::Password, u"pa55"_s, nullptr, [&](DoneResult r) {
        ++answers;
        result.emplace(std::move(r));
    });
    ASSERT_TRUE(re::test::waitUntil([&result] { return result.has_value(); }, 5000));
    EXPECT_GE(clock.elapsed(), 90);
    EXPECT_TRUE(result->hasValue());
    EXPECT_FALSE(store->isPersistent());
    EXPECT_TRUE(store->notice().contains(u"did not answer"_s)) << store->notice().toStdString();
    EXPECT_EQ(read(SecretKind::Password).value(), u"pa55"_s);

    // The keychain answers after all: nobody is told twice.
    ASSERT_EQ(keychain->unanswered.size(), 1u);
    keychain->unanswered.front()(FakeKeychain::Reply {FakeKeychain::Status::Ok, {}, {}});
    QTest::qWait(20);
    EXPECT_EQ(answers, 1);
}

TEST_F(CredentialStoreTest, WatchdogAfterTheKeychainWorkedAlsoSwitchesToMemory)
{
    ASSERT_TRUE(write(SecretKind::Password, u"old"_s).hasValue());
    keychain->behaviour = FakeKeychain::Behaviour::Hangs;
    store->setWatchdogTimeout(50ms);
    const auto readBack = read(SecretKind::Password);
    ASSERT_TRUE(readBack.hasValue());
    EXPECT_EQ(readBack.value(), std::nullopt)
        << "the keychain is unusable; the user is asked again";
    EXPECT_FALSE(store->isPersistent());
}

TEST_F(CredentialStoreTest, AnswersAlwaysArriveLaterNeverInsideTheCall)
{
    keychain->behaviour = FakeKeychain::Behaviour::Unavailable;
    ASSERT_TRUE(write(SecretKind::Password, u"x"_s).hasValue()); // now in memory mode
    bool answered = false;
    store->readSecret(
        profile, SecretKind::Password, nullptr, [&answered](ReadResult) { answered = true; });
    EXPECT_FALSE(answered);
    EXPECT_TRUE(re::test::waitUntil([&answered] { return answered; }));
}

TEST_F(CredentialStoreTest, NoAnswerAfterTheContextIsGone)
{
    bool answered = false;
    auto context = std::make_unique<QObject>();
    store->writeSecret(profile, SecretKind::Password, u"x"_s, context.get(),
        [&answered](DoneResult) { answered = true; });
    context.reset();
    QTest::qWait(50);
    EXPECT_FALSE(answered);
    EXPECT_EQ(keychain->entries.value(passwordKey()), u"x"_s) << "the write itself still happens";
}

TEST_F(CredentialStoreTest, RemoveAllSecretsRemovesPasswordAndToken)
{
    ASSERT_TRUE(write(SecretKind::Password, u"pa55"_s).hasValue());
    ASSERT_TRUE(write(SecretKind::RefreshToken, u"token"_s).hasValue());
    std::optional<DoneResult> result;
    store->removeAllSecrets(
        profile, nullptr, [&result](DoneResult r) { result.emplace(std::move(r)); });
    ASSERT_TRUE(re::test::waitUntil([&result] { return result.has_value(); }));
    EXPECT_TRUE(result->hasValue());
    EXPECT_TRUE(keychain->entries.isEmpty());
    EXPECT_TRUE(storedKeys().isEmpty());
}

TEST_F(CredentialStoreTest, RemoveAllSecretsReportsAFailure)
{
    ASSERT_TRUE(write(SecretKind::Password, u"pa55"_s).hasValue());
    keychain->behaviour = FakeKeychain::Behaviour::Refuses;
    std::optional<DoneResult> result;
    store->removeAllSecrets(
        profile, nullptr, [&result](DoneResult r) { result.emplace(std::move(r)); });
    ASSERT_TRUE(re::test::waitUntil([&result] { return result.has_value(); }));
    ASSERT_FALSE(result->hasValue());
    EXPECT_TRUE(result->error().startsWith(u"Could not remove the password"_s))
        << result->error().toStdString();
}
