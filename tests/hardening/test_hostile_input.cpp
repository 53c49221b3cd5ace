// Hostile input from the UI (issue 10, docs/hardening.md): empty, huge (1 MB pasted) and non-Latin
// values in every field of the connect dialog and the explore dialog. Each must end in either an
// accepted value that is exactly what the user typed, or a short, specific message — never a crash,
// never a silent change, never a megabyte in the settings file. The findings table is printed.

#include "dialogs/connectdialog.h"
#include "dialogs/exploredialog.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "qt_printers.h"
#include "resources/organization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QLineEdit>
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

struct Outcome
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
    Outcome tryField(const char *field, const QString &value)
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

        Outcome outcome;
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
            const Outcome outcome = tryField(field, value.text);
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
    const Outcome noUser = tryField("userEdit", QStringLiteral("  "));
    EXPECT_FALSE(noUser.submitted);
    EXPECT_TRUE(noUser.message.contains(QStringLiteral("user name"))) << noUser.message.toStdString();
    const Outcome noPassword = tryField("passwordEdit", {});
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
    const Outcome idn = tryField("serverEdit", QStringLiteral("https://bücher.example:4443"));
    EXPECT_TRUE(idn.submitted) << idn.message.toStdString();
    const Outcome bidi = tryField("serverEdit", QStringLiteral("https://vbo\u202E.example:4443"));
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
