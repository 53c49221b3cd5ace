// Secrets never reach the settings file or the log: profiles are written, passwords and refresh
// tokens are remembered (real keychain, or the memory fallback), read back and removed with every
// restoreexplorer.* category at debug level, and both the file and every log line are searched.

#include "fake_keychain.h"
#include "keychain_test_helpers.h"
#include "profiles/profilestore.h"
#include "qt_printers.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using re::CredentialStore;
using re::ProfileStore;
using re::SecretKind;
using re::ServerProfile;

namespace {

QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog << QString::fromLatin1(context.category ? context.category : "default") + u": "_s
            + message;
}

class LogCapture
{
public:
    LogCapture()
    {
        capturedLog.clear();
        QLoggingCategory::setFilterRules(u"restoreexplorer.*.debug=true"_s);
        m_previous = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const
    {
        const QMutexLocker lock(&logMutex);
        return capturedLog.join(u'\n');
    }

private:
    QtMessageHandler m_previous = nullptr;
};

// Every way a QString could land in a file: as is, UTF-16, base64, hex, percent-encoded.
QList<QByteArray> encodingsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
        utf8.toBase64(), utf8.toHex(), utf8.toPercentEncoding()};
}

void expectAbsent(const QByteArray &haystack, const QString &secret, const char *where)
{
    for (const QByteArray &encoded : encodingsOf(secret))
        EXPECT_FALSE(haystack.contains(encoded)) << "a secret reached " << where;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(NoSecretLeak, SettingsFileAndLogNeverContainPasswordsOrTokens)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString settingsPath = dir.filePath(u"restore-explorer.conf"_s);
    const QString password = u"Pw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString refreshToken = u"Rt-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString fallbackPassword = u"Fb-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString logText;
    ServerProfile profile = ServerProfile::create(QUrl(u"https://vb365.example.com:4443"_s));
    {
        LogCapture log;
        QSettings settings(settingsPath, QSettings::IniFormat);
        ProfileStore profiles(settings);
        profile.displayName = u"Leak check"_s;
        profile.userName = u"helpdesk@example.com"_s;
        profile.rememberPassword = true;
        profile.pinnedSha256 = QByteArray(64, 'e');
        ASSERT_TRUE(profiles.add(profile).hasValue());

        // The real keychain (or its memory fallback on this machine).
        auto store = re::test::makeRealKeychainStore(settings);
        ASSERT_TRUE(
            re::test::writeAndWait(*store, profile.id, SecretKind::Password, password).hasValue());
        ASSERT_TRUE(
            re::test::writeAndWait(*store, profile.id, SecretKind::RefreshToken, refreshToken)
                .hasValue());
        EXPECT_EQ(
            re::test::readAndWait(*store, profile.id, SecretKind::Password).value(), password);
        EXPECT_EQ(re::test::readAndWait(*store, profile.id, SecretKind::RefreshToken).value(),
            refreshToken);

        // The memory fallback path and a refusing keychain, whatever this machine has.
        auto unavailable = std::make_unique<re::test::FakeKeychain>();
        unavailable->behaviour = re::test::FakeKeychain::Behaviour::Unavailable;
        CredentialStore fallback(settings, std::move(unavailable));
        ASSERT_TRUE(
            re::test::writeAndWait(fallback, profile.id, SecretKind::Password, fallbackPassword)
                .hasValue());
        EXPECT_FALSE(fallback.isPersistent());

        profile.lastDetectedVersion = re::ApiVersion::V8;
        ASSERT_TRUE(profiles.update(profile).hasValue());
        ASSERT_TRUE(profiles.setLastUsed(profile.id).hasValue());
        settings.sync();

        // Clean up the real keychain before looking at anything.
        EXPECT_TRUE(re::test::removeAllAndWait(*store, profile.id).hasValue());
        logText = log.text();
    }

    const QByteArray settingsFile = readFile(settingsPath);
    // Not vacuous: the file holds the profile and the log saw the keychain traffic.
    ASSERT_TRUE(settingsFile.contains("helpdesk@example.com")) << settingsFile.toStdString();
    ASSERT_TRUE(settingsFile.contains(profile.pinnedSha256));
    ASSERT_TRUE(logText.contains(u"restoreexplorer.profiles"_s)) << logText.toStdString();
    ASSERT_TRUE(logText.contains(u"secrets are kept in memory"_s)) << logText.toStdString();

    const QByteArray logBytes = logText.toUtf8();
    for (const QString &secret : {password, refreshToken, fallbackPassword}) {
        expectAbsent(settingsFile, secret, "the settings file");
        expectAbsent(logBytes, secret, "the log");
    }
    // Qt Keychain's plain-text fallback file must not exist with our secrets (we never enable it).
    const QString keychainFallbackFile = QDir::homePath() + u"/.config/"_s
        + QString::fromLatin1(re::test::kTestKeychainService) + u".conf"_s;
    const QByteArray fallbackFile = readFile(keychainFallbackFile);
    for (const QString &secret : {password, refreshToken, fallbackPassword})
        expectAbsent(fallbackFile, secret, "Qt Keychain's plain-text fallback file");
}
