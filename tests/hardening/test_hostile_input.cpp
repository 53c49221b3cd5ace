// Hostile input from the UI (issue 10, docs/hardening.md): empty, huge (1 MB pasted) and non-Latin
// values in every field of the connect dialog and the explore dialog. Each must end in either an
// accepted value that is exactly what the user typed, or a short, specific message — never a crash,
// never a silent change, never a megabyte in the settings file. The findings table is printed.

#include "story.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exploredialog.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "qt_printers.h"
#include "emulator_process.h"
#include "mainwindow.h"
#include "resources/organization.h"
#include "wait.h"
#include "widgets/messagebanner.h"
#include "wizards/actioncontroller.h"
#include "wizards/actionwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace re;
using namespace re::ui;

namespace {

constexpr qsizetype kMegabyte = 1024 * 1024;
// A message is for reading: it may name the field and the limit, but never echo the input back.
constexpr qsizetype kLongestReadableMessage = 600;

struct HostileValue
{
    const char *name;
    QString text;
};

QList<HostileValue> hostileValues()
{
    return {
        {"empty", QString()},
        {"blank", QStringLiteral("   \t ")},
        {"1MB ASCII", QString(kMegabyte, QLatin1Char('A'))},
        {"1MB Cyrillic", QString(kMegabyte / 2, QChar(0x0416))}, // Ж: 2 bytes of UTF-8 each
        {"non-Latin", QStringLiteral("Ünïcødé 日本語 עברית العربية 🙂")},
        {"controls and bidi", QStringLiteral("a\u202Eb\u200Bc\td\u0001e")},
    };
}

struct Baseline
{
    QString name = QStringLiteral("Lab server");
    QString server = QStringLiteral("https://vbo.example.test:4443");
    QString user = QStringLiteral("CONTOSO\\helpdesk");
    QString password = QStringLiteral("pw");
};

struct DialogOutcome
{
    bool submitted = false;
    QString message;
    qsizetype keptLength = 0; // characters the field holds after the paste
    QString fieldText;        // what the field shows after the paste
    ServerProfile profile;
    QString password;
};

class ConnectDialogHostileInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settingsPath = m_dir.filePath(QStringLiteral("profiles.ini"));
        m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(*m_settings);
    }

    // A fresh dialog with valid values everywhere, then `value` pasted into `field` and Connect.
    DialogOutcome tryField(const char *field, const QString &value)
    {
        ConnectDialog dialog(*m_store, m_prompter);
        const Baseline baseline;
        const auto set = [&dialog](const char *name, const QString &text) {
            auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            EXPECT_NE(edit, nullptr) << name;
            if (!edit)
                return static_cast<QLineEdit *>(nullptr);
            edit->selectAll();
            edit->insert(text); // what a paste does (maxLength applies)
            return edit;
        };
        set("nameEdit", baseline.name);
        set("serverEdit", baseline.server);
        set("userEdit", baseline.user);
        set("passwordEdit", baseline.password);
        QLineEdit *edit = set(field, value);

        DialogOutcome outcome;
        QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
        dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        outcome.submitted = requested.count() == 1;
        outcome.message = dialog.errorText();
        outcome.keptLength = edit ? edit->text().size() : -1;
        outcome.fieldText = edit ? edit->text() : QString();
        if (outcome.submitted) {
            outcome.profile = dialog.submittedProfile();
            outcome.password = dialog.password();
        }
        return outcome;
    }

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    ScriptedPrompter m_prompter;
};

} // namespace

TEST_F(ConnectDialogHostileInput, everyFieldEndsAcceptedVerbatimOrWithAShortMessage)
{
    for (const char *field : {"nameEdit", "serverEdit", "userEdit", "passwordEdit"}) {
        for (const HostileValue &value : hostileValues()) {
            const DialogOutcome outcome = tryField(field, value.text);
            const std::string where = std::string(field) + " = " + value.name;
            std::cout << "FINDING connect " << where << ": "
                      << (outcome.submitted ? "accepted" : "refused: " + outcome.message.toStdString())
                      << " (field kept " << outcome.keptLength << " characters)" << std::endl;
            if (!outcome.submitted) {
                EXPECT_FALSE(outcome.message.isEmpty()) << where << ": refused without a word";
                EXPECT_LE(outcome.message.size(), kLongestReadableMessage) << where << ": the message echoes the input";
                continue;
            }
            // Accepted: exactly what the field shows (trimmed where the dialog trims), nothing
            // silently cut or changed behind the user's back.
            const QString &shown = outcome.fieldText;
            const std::string name = field;
            if (name == "nameEdit") {
                EXPECT_EQ(outcome.profile.displayName, shown.trimmed()) << where;
            } else if (name == "userEdit") {
                EXPECT_EQ(outcome.profile.userName, shown.trimmed()) << where;
            } else if (name == "passwordEdit") {
                EXPECT_EQ(outcome.password, shown) << where;
            }
            EXPECT_LT(value.text.size(), 32767) << where << ": a huge paste was cut to the field's limit and accepted";
        }
    }
    m_settings->sync();
    EXPECT_LT(QFileInfo(m_settingsPath).size(), 64 * 1024) << "a huge value reached the settings file";
}

TEST_F(ConnectDialogHostileInput, requiredFieldsSaySoWhenEmpty)
{
    EXPECT_FALSE(tryField("serverEdit", {}).submitted);
    const DialogOutcome noUser = tryField("userEdit", QStringLiteral("  "));
    EXPECT_FALSE(noUser.submitted);
    EXPECT_TRUE(noUser.message.contains(QStringLiteral("user name"))) << noUser.message.toStdString();
    const DialogOutcome noPassword = tryField("passwordEdit", {});
    EXPECT_FALSE(noPassword.submitted);
    EXPECT_EQ(noPassword.message, QStringLiteral("Enter the password."));
}

TEST_F(ConnectDialogHostileInput, nonLatinNamesUsersAndPasswordsArriveVerbatim)
{
    const QString text = QStringLiteral("Ünïcødé 日本語 עברית العربية 🙂");
    EXPECT_EQ(tryField("nameEdit", text).profile.displayName, text);
    EXPECT_EQ(tryField("userEdit", text).profile.userName, text);
    EXPECT_EQ(tryField("passwordEdit", text).password, text);
}

TEST_F(ConnectDialogHostileInput, internationalServerNamesAreAcceptedAndControlCharactersRefused)
{
    const DialogOutcome idn = tryField("serverEdit", QStringLiteral("https://bücher.example:4443"));
    EXPECT_TRUE(idn.submitted) << idn.message.toStdString();
    const DialogOutcome bidi = tryField("serverEdit", QStringLiteral("https://vbo\u202E.example:4443"));
    EXPECT_FALSE(bidi.submitted);
    EXPECT_FALSE(bidi.message.isEmpty());
}

// The explore dialog has one field a user can type into: the point in time.
TEST(ExploreDialogHostileInput, typedGarbageInThePointInTimeStaysWithinTheBackups)
{
    Organization organization;
    organization.id = QStringLiteral("org-1");
    organization.name = QStringLiteral("Contoso");
    organization.isBackedUp = true;
    organization.firstBackupTime = QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC);
    organization.lastBackupTime = QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::UTC);
    for (const HostileValue &value : hostileValues()) {
        ExploreDialog dialog(organization);
        QDateTimeEdit *edit = dialog.pointInTimeEdit();
        ASSERT_NE(edit, nullptr);
        auto *line = edit->findChild<QLineEdit *>();
        ASSERT_NE(line, nullptr);
        line->selectAll();
        line->insert(value.text.left(64 * 1024)); // the validator sees every character of a paste
        QTest::keyClick(edit, Qt::Key_Enter);
        const ExploreOptions options = dialog.options();
        std::cout << "FINDING explore point in time = " << value.name << ": "
                  << (options.pointInTime.isValid() ? options.pointInTime.toString(Qt::ISODate).toStdString()
                                                    : std::string("latest"))
                  << std::endl;
        if (options.pointInTime.isValid()) {
            EXPECT_GE(options.pointInTime, *organization.firstBackupTime) << value.name;
            EXPECT_LE(options.pointInTime, organization.lastBackupTime->addDays(1)) << value.name;
        }
    }
}

// The restore-to-another-mailbox wizard (v8, against the emulator): hostile values in the target
// mailbox and folder, and in the restore account's user name and password. Each page either moves
// on with the value or stays with a short message in its banner.
TEST(WizardHostileInput, restoreToMailboxPagesAcceptVerbatimOrSaySo)
{
    test::EmulatorProcess emulator(test::EmulatorProcess::Options{
        {QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"), QStringLiteral("--mail-configured")},
        false, 20000});
    ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();
    ApiClient client(emulator.url());
    client.setApiVersion(ApiVersion::V8);
    test::Story story(client);
    ASSERT_TRUE(story.login(emulator.user(), emulator.password()).ok);
    QString organizationId;
    ASSERT_TRUE(story.listOrganizations(&organizationId).ok);
    QString session;
    ASSERT_TRUE(story.explore(organizationId, &session).ok);
    const Result<test::MailItemRef, ApiError> item = story.findMailItem(session);
    ASSERT_TRUE(item) << item.error().message.toStdString();

    ScriptedPrompter prompter;
    QTemporaryDir dir;
    MainWindow window(prompter);
    ActionController *controller = window.actionController();
    controller->setRestoreLogPath(dir.filePath(QStringLiteral("restore-log.jsonl")));
    ServerProfile profile = ServerProfile::create(emulator.url());
    profile.userName = emulator.user();
    controller->attach(&client, profile);
    ActionContext context;
    context.target.ref = {ResourceKind::MailItem, organizationId, item->sessionId, item->mailboxId, item->itemId, {}};
    context.organization = QStringLiteral("Contoso");
    context.label = QStringLiteral("a mail item");

    // Puts `value` into `field` on the page the wizard shows after `reach` ran, then Next.
    const auto probe = [&](const char *field, const HostileValue &value, const std::function<void(ActionWizard *)> &reach) {
        ActionWizard *wizard = controller->openWizard(ActionKind::RestoreToMailbox, context);
        ASSERT_NE(wizard, nullptr);
        reach(wizard);
        QWizardPage *page = wizard->currentPage();
        auto *edit = page->findChild<QLineEdit *>(QString::fromLatin1(field));
        ASSERT_NE(edit, nullptr) << field;
        edit->selectAll();
        edit->insert(value.text);
        const QString title = page->title();
        wizard->next();
        const bool moved = wizard->currentPage()->title() != title;
        auto *banner = page->findChild<MessageBanner *>(QStringLiteral("pageBanner"));
        const QString message = banner ? banner->text() : QString();
        std::cout << "FINDING wizard " << field << " = " << value.name << ": "
                  << (moved ? std::string("accepted") : "stays: " + message.toStdString()) << " (kept "
                  << edit->text().size() << " characters)" << std::endl;
        if (!moved) {
            EXPECT_FALSE(message.isEmpty()) << field << " = " << value.name << ": stays without a word";
            EXPECT_LE(message.size(), kLongestReadableMessage) << field << " = " << value.name;
        } else {
            EXPECT_LT(value.text.size(), 32767) << field << " = " << value.name << ": a huge paste was cut and accepted";
        }
        wizard->close();
        wizard->deleteLater();
        QCoreApplication::processEvents();
    };
    const auto onTargetPage = [](ActionWizard *wizard) {
        wizard->findChild<QLineEdit *>(QStringLiteral("mailboxEdit"))->setText(QStringLiteral("archive@contoso.example"));
        wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(QStringLiteral("Recovered"));
    };
    const auto onCredentialsPage = [&onTargetPage](ActionWizard *wizard) {
        onTargetPage(wizard);
        wizard->next();
        wizard->findChild<QLineEdit *>(QStringLiteral("restoreUserEdit"))->setText(QStringLiteral("restore@contoso.example"));
        wizard->findChild<QLineEdit *>(QStringLiteral("restorePasswordEdit"))->setText(QStringLiteral("pw"));
    };
    for (const HostileValue &value : hostileValues()) {
        probe("mailboxEdit", value, onTargetPage);
        probe("folderEdit", value, onTargetPage);
        probe("restoreUserEdit", value, onCredentialsPage);
        probe("restorePasswordEdit", value, onCredentialsPage);
    }
}
