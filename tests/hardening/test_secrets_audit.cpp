// Secrets audit (issue 10, docs/hardening.md): the whole story — connect over HTTPS with "remember
// password" (trusting the certificate when asked), browse, restore with restore credentials,
// save a .msg, let the token expire and refresh — runs in a child process with every logging
// category at debug level and a throw-away HOME. Afterwards every file the child wrote (settings,
// restore log, downloads, caches) and its captured stdout and stderr are searched for the login
// password, the restore password and every access and refresh token the server issued (the
// emulator's --issued-tokens list): none may appear, in plain, URL-encoded or JSON-escaped form.
// restore-cli gets the same treatment at --verbose with QT_LOGGING_RULES at debug.

#include "story.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "connectioncontroller.h"
#include "emulator_process.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "qt_printers.h"
#include "wait.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace re;
using namespace re::test;
using namespace std::chrono_literals;

namespace {

const QString kLoginPassword = QStringLiteral("Audit-Login-Pw-7Kq2#Zx9");
const QString kRestorePassword = QStringLiteral("Audit-Restore-Pw-Lm4$Tr8");
const QString kUser = QStringLiteral("auditor");

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// The ways a secret could be written down: verbatim, form/URL-encoded, JSON-escaped.
QList<QByteArray> spellingsOf(const QString &secret)
{
    QList<QByteArray> spellings{secret.toUtf8(), QUrl::toPercentEncoding(secret)};
    QString json = secret;
    json.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    if (!spellings.contains(json.toUtf8()))
        spellings.append(json.toUtf8());
    return spellings;
}

struct Leak
{
    QString where;
    QString secretName;
};

QList<Leak> leaksIn(const QString &where, const QByteArray &content, const QList<std::pair<QString, QString>> &secrets)
{
    QList<Leak> leaks;
    for (const auto &[name, secret] : secrets) {
        for (const QByteArray &spelling : spellingsOf(secret)) {
            if (content.contains(spelling)) {
                leaks.append({where, name});
                break;
            }
        }
    }
    return leaks;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Environment of a child with a throw-away home and every category at debug level.
QProcessEnvironment auditEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

} // namespace

// The search itself must find a secret however it was written down, or the audit proves nothing.
TEST(SecretsAudit, searchFindsPlantedSecretsInEverySpelling)
{
    const QList<std::pair<QString, QString>> secrets{{QStringLiteral("password"), kLoginPassword}};
    const QByteArray plain = "user=auditor password=" + kLoginPassword.toUtf8();
    const QByteArray form = "grant_type=password&password=" + QUrl::toPercentEncoding(kLoginPassword);
    const QByteArray json = R"({"password":")" + kLoginPassword.toUtf8() + R"("})";
    for (const QByteArray &content : {plain, form, json})
        EXPECT_EQ(leaksIn(QStringLiteral("planted"), content, secrets).size(), 1) << content.toStdString();
    EXPECT_TRUE(leaksIn(QStringLiteral("clean"), "password=***", secrets).isEmpty());
}

// The child: runs only when started by SecretsAudit.fullStoryAtDebugLevel.
TEST(SecretsAuditChild, story)
{
    if (env("RE_AUDIT_CHILD") != QStringLiteral("1"))
        GTEST_SKIP() << "runs as the child process of SecretsAudit.fullStoryAtDebugLevel";
    QCoreApplication::setOrganizationName(QStringLiteral("RestoreExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("restore-explorer"));
    const QString password = env("RE_AUDIT_PASSWORD");
    ASSERT_FALSE(password.isEmpty());

    QSettings settings;
    ProfileStore profiles(settings);
    CredentialStore credentials(settings);
    ui::ScriptedPrompter prompter;
    prompter.setNextTrustAnswer(true); // the emulator's self-signed certificate: trust and pin it
    ui::ConnectionController controller(&profiles, &credentials, prompter);

    ServerProfile profile = ServerProfile::create(QUrl(env("RE_AUDIT_URL")));
    profile.displayName = QStringLiteral("Audit");
    profile.userName = kUser;
    profile.rememberPassword = true;
    Result<QUuid, QString> added = profiles.add(profile);
    ASSERT_TRUE(added) << added.error().toStdString();
    profile = *profiles.find(*added);

    bool connected = false;
    QString failure;
    QObject::connect(&controller, &ui::ConnectionController::connected, [&connected] { connected = true; });
    QObject::connect(&controller, &ui::ConnectionController::failed, [&failure](const QString &m) { failure = m; });
    controller.connectTo(profile, password);
    ASSERT_TRUE(waitUntil([&] { return connected || !failure.isEmpty(); }, 60000));
    ASSERT_TRUE(connected) << failure.toStdString();
    ApiClient &client = *controller.client();

    // The password was remembered (in the keychain, or in memory when there is none); the
    // controller writes it after the login, asynchronously.
    std::optional<QString> remembered;
    QObject context;
    for (int tries = 0; tries < 50 && !remembered; ++tries) {
        bool read = false;
        credentials.readSecret(profile.id, SecretKind::Password, &context,
                               [&](Result<std::optional<QString>, QString> r) {
                                   read = true;
                                   if (r)
                                       remembered = *r;
                               });
        ASSERT_TRUE(waitUntil([&read] { return read; }, 30000));
        if (!remembered)
            QTest::qWait(100);
    }
    EXPECT_EQ(remembered.value_or(QString()), password);
    std::cout << "keychain persistent: " << (credentials.isPersistent() ? "yes" : "no (memory)") << std::endl;

    Story story(client);
    QString organization;
    ASSERT_TRUE(story.listOrganizations(&organization).ok);
    QString session;
    ASSERT_TRUE(story.explore(organization, &session).ok);
    Result<MailItemRef, ApiError> item = story.findMailItem(session);
    ASSERT_TRUE(item) << item.error().message.toStdString();

    const actions::RestoreLog log; // the app's own place: <AppDataLocation>/restore-log.jsonl
    const StepResult restored = story.restoreToOriginal(
        *item, actions::RestoreCredentials::withPassword(QStringLiteral("restore-admin@contoso.example"), env("RE_AUDIT_RESTORE_PASSWORD")),
        &log);
    std::cout << "restore: " << (restored.ok ? "ok" : "failed: ") << restored.text.toStdString() << std::endl;
    ASSERT_TRUE(QFile::exists(log.filePath())) << "the restore log was not written";

    QTest::qWait(3500); // the 3 s token expires: the next requests refresh it
    DownloadPolicy policy;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    ASSERT_TRUE(QDir().mkpath(downloads));
    const StepResult saved = story.saveAsMsg(*item, downloads, policy);
    ASSERT_TRUE(saved.ok) << saved.text.toStdString();
    ASSERT_TRUE(story.listRestoreSessions().ok);
    ASSERT_TRUE(story.listOrganizations().ok);
    controller.disconnectFromServer();
}

TEST(SecretsAudit, fullStoryAtDebugLevel)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString home = scratch.filePath(QStringLiteral("home"));
    const QString issued = scratch.filePath(QStringLiteral("issued-tokens.txt"));
    ASSERT_TRUE(QDir().mkpath(home));

    EmulatorProcess emulator(EmulatorProcess::Options{
        {QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"), QStringLiteral("--tls"),
         QStringLiteral("--user"), kUser, QStringLiteral("--password"), kLoginPassword,
         QStringLiteral("--token-lifetime"), QStringLiteral("3"), QStringLiteral("--issued-tokens"), issued},
        false, 20000});
    ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();

    QProcess child;
    QProcessEnvironment environment = auditEnvironment(home);
    environment.insert(QStringLiteral("RE_AUDIT_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("RE_AUDIT_URL"), emulator.url().toString());
    environment.insert(QStringLiteral("RE_AUDIT_PASSWORD"), kLoginPassword);
    environment.insert(QStringLiteral("RE_AUDIT_RESTORE_PASSWORD"), kRestorePassword);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=SecretsAuditChild.story")});
    ASSERT_TRUE(child.waitForStarted());
    ASSERT_TRUE(child.waitForFinished(170000)) << "the story did not end";
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    ASSERT_EQ(child.exitCode(), 0) << out.toStdString() << err.toStdString();
    ASSERT_TRUE(out.contains("[  PASSED  ] 1 test")) << out.toStdString();

    QList<std::pair<QString, QString>> secrets{{QStringLiteral("login password"), kLoginPassword},
                                               {QStringLiteral("restore password"), kRestorePassword}};
    const QStringList tokens = QString::fromLatin1(readAll(issued)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(tokens.size(), 4) << "expected a login and at least one refresh (access + refresh token each)";
    for (qsizetype i = 0; i < tokens.size(); ++i)
        secrets.append({(i % 2 == 0 ? QStringLiteral("access token #%1") : QStringLiteral("refresh token #%1")).arg(i / 2 + 1), tokens[i]});

    // The child really logged at debug level and really wrote the files the audit reads.
    EXPECT_TRUE(err.contains("restoreexplorer.")) << "no debug output from our categories";
    const QStringList files = filesUnder(home);
    std::cout << "audited " << files.size() << " files, " << out.size() << " bytes of stdout, " << err.size()
              << " bytes of stderr, " << secrets.size() << " secrets:\n";
    for (const QString &file : files)
        std::cout << "  " << QDir(home).relativeFilePath(file).toStdString() << " (" << QFileInfo(file).size() << " bytes)\n";
    const auto wrote = [&files](const QString &suffix) {
        return std::any_of(files.cbegin(), files.cend(), [&suffix](const QString &f) { return f.endsWith(suffix); });
    };
    EXPECT_TRUE(wrote(QStringLiteral("restore-explorer.conf"))) << "settings";
    EXPECT_TRUE(wrote(QStringLiteral("restore-log.jsonl"))) << "restore log";
    EXPECT_TRUE(wrote(QStringLiteral(".msg"))) << "the saved item";

    QList<Leak> leaks = leaksIn(QStringLiteral("stdout"), out, secrets) + leaksIn(QStringLiteral("stderr"), err, secrets);
    for (const QString &file : files)
        leaks += leaksIn(QDir(home).relativeFilePath(file), readAll(file), secrets);
    for (const Leak &leak : leaks)
        ADD_FAILURE() << "the " << leak.secretName.toStdString() << " appears in " << leak.where.toStdString();
    EXPECT_TRUE(leaks.isEmpty());
}

// restore-cli at --verbose with every category at debug level: the password read from stdin must not
// come back out, on success or on a refused login.
TEST(SecretsAudit, restoreCliAtDebugLevel)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString issued = scratch.filePath(QStringLiteral("issued-tokens.txt"));
    EmulatorProcess emulator(EmulatorProcess::Options{
        {QStringLiteral("--api"), QStringLiteral("v5,v8"), QStringLiteral("--user"), kUser, QStringLiteral("--password"),
         kLoginPassword, QStringLiteral("--issued-tokens"), issued},
        false, 20000});
    ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();

    for (const QString &password : {kLoginPassword, kLoginPassword + QStringLiteral("-wrong")}) {
        QProcess cli;
        cli.setProcessEnvironment(auditEnvironment(scratch.filePath(QStringLiteral("home"))));
        cli.start(QStringLiteral(RE_CLI_PATH), {QStringLiteral("--server"), emulator.url().toString(), QStringLiteral("--user"),
                                                kUser, QStringLiteral("--password-stdin"), QStringLiteral("--verbose"),
                                                QStringLiteral("orgs")});
        ASSERT_TRUE(cli.waitForStarted());
        cli.write((password + QLatin1Char('\n')).toUtf8());
        cli.closeWriteChannel();
        ASSERT_TRUE(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        const bool right = password == kLoginPassword;
        EXPECT_EQ(cli.exitCode() == 0, right) << out.toStdString() << err.toStdString();
        QList<std::pair<QString, QString>> secrets{{QStringLiteral("password"), password}};
        const QStringList tokens = QString::fromLatin1(readAll(issued)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &token : tokens)
            secrets.append({QStringLiteral("token"), token});
        if (right) {
            EXPECT_GE(tokens.size(), 2);
        }
        const QList<Leak> leaks = leaksIn(QStringLiteral("stdout"), out, secrets) + leaksIn(QStringLiteral("stderr"), err, secrets);
        for (const Leak &leak : leaks)
            ADD_FAILURE() << "restore-cli: the " << leak.secretName.toStdString() << " appears in " << leak.where.toStdString();
        for (const QString &file : filesUnder(scratch.filePath(QStringLiteral("home"))))
            EXPECT_TRUE(leaksIn(file, readAll(file), secrets).isEmpty()) << file.toStdString();
    }
}
