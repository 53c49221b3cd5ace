// Hostile input from the UI (issue 10, docs/hardening.md): empty, huge (1 MB pasted) and non-Latin
// values in every field of the connect dialog, the explore dialog, every action wizard, the search
// builder, the item search and the find box. Each must end in either an accepted value that is
// exactly what the user typed, or a short, specific message — never a crash, never a silent change,
// never a megabyte in the settings file or the restore log. The findings table is printed.

#include "story.h"

#include "actions/requests.h"
#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exploredialog.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "qt_printers.h"
#include "emulator_process.h"
#include "mainwindow.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/restoresession.h"
#include "search/findbox.h"
#include "search/itemsearchbar.h"
#include "search/searchbuilderdialog.h"
#include "search/searchhistory.h"
#include "wait.h"
#include "widgets/messagebanner.h"
#include "wizards/actioncontroller.h"
#include "wizards/actionwizard.h"
#include "wizards/credentialspage.h"
#include "wizards/restorelogdialog.h"
#include "wizards/restorerundialog.h"
#include "downloads/savecontroller.h"
#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <memory>
#include <optional>

using namespace re;
using namespace re::ui;

namespace {

constexpr qsizetype kMegabyte = 1024 * 1024;
// A message is for reading: it may name the field and the limit, but never echo the input back.
constexpr qsizetype kLongestReadableMessage = 600;
// QLineEdit's default maxLength: a longer paste was cut to it, so accepting it accepts a cut value.
constexpr qsizetype kLongestAcceptedPaste = 32767;
constexpr int kWaitMs = 30000;

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

// How one field took one value, as the user sees it.
struct Finding
{
    std::string where;  // "connect serverEdit", "wizard restoreToMailbox folderEdit"
    bool accepted = false;
    QString message;    // why it was refused (empty when accepted)
    qsizetype kept = 0; // characters the field holds after the paste
    bool typed = false; // a date or number: its validator decides what enters
};

// Prints the FINDING line and checks what every field owes the user: a refusal says why in a short
// sentence that does not echo the input; an acceptance never takes a huge paste cut to the field's
// limit.
void judge(const Finding &finding, const HostileValue &value)
{
    const std::string where = finding.where + " = " + value.name;
    std::cout << "FINDING " << where << ": "
              << (finding.accepted ? std::string("accepted") : "refused: " + finding.message.toStdString())
              << " (field kept " << finding.kept << " characters)" << std::endl;
    if (finding.accepted && finding.typed) {
        EXPECT_LT(finding.kept, 64) << where << ": the garbage entered a date or number field";
        return;
    }
    if (finding.accepted) {
        EXPECT_LT(value.text.size(), kLongestAcceptedPaste) << where << ": a huge paste was cut and accepted";
        return;
    }
    EXPECT_FALSE(finding.message.trimmed().isEmpty()) << where << ": refused without a word";
    EXPECT_LE(finding.message.size(), kLongestReadableMessage) << where << ": the message echoes the input";
}

// What a paste does: replaces the field's text; a QLineEdit's maxLength and a spin box's validator
// apply as they do for the user. Returns the characters the field holds afterwards.
qsizetype paste(QWidget *field, const QString &text)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        QGuiApplication::clipboard()->setText(text);
        plain->selectAll();
        plain->paste();
        return plain->toPlainText().size();
    }
    auto *edit = qobject_cast<QLineEdit *>(field);
    QString typed = text;
    if (!edit) {
        // A spin box or date edit types into its line edit; its validator re-reads the whole text
        // per call, so 64 KiB stands in for the megabyte (the outcome is the same: refused).
        edit = field->findChild<QLineEdit *>();
        typed = text.left(64 * 1024);
    }
    if (!edit) {
        ADD_FAILURE() << "nothing to type into in " << field->objectName().toStdString();
        return -1;
    }
    edit->selectAll();
    edit->insert(typed);
    return edit->text().size();
}

QString textOf(const QWidget *field)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(field))
        return plain->toPlainText();
    if (const auto *edit = qobject_cast<const QLineEdit *>(field))
        return edit->text();
    return {};
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
            judge({std::string("connect ") + field, outcome.submitted, outcome.message, outcome.keptLength}, value);
            if (!outcome.submitted)
                continue;
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

// ---- The action wizards (v8, against the emulator) ----------------------------------------------

namespace {

// One field of one wizard: the wizard, its target, the control (object name) and how to reach the
// control's page with valid values on the pages before it and beside the control.
struct WizardField
{
    const char *wizard;
    ActionKind kind;
    ActionContext context;
    const char *field;
    std::function<void(ActionWizard *)> reach = [](ActionWizard *) {};
};

void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString())
        strings.append(value.toString());
    for (const QJsonValue &element : value.toArray())
        collectStrings(element, strings);
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        collectStrings(it.value(), strings);
}

// Whether what the wizard would send (or log as the reason) holds `text` as typed.
bool carries(const ActionWizard *wizard, const QString &text)
{
    if (wizard->reason() == text.trimmed())
        return true;
    const actions::ActionCall call = std::visit([](const auto &request) { return request.call(); }, wizard->request());
    QStringList strings;
    collectStrings(call.options, strings);
    return strings.contains(text) || strings.contains(text.trimmed());
}

class WizardHostileInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options{
            {QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--strict"), QStringLiteral("--tenant"),
             QStringLiteral("demo"), QStringLiteral("--mail-configured")},
            false, 20000});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        client = std::make_unique<ApiClient>(emulator->url());
        client->setApiVersion(ApiVersion::V8);
        story = std::make_unique<test::Story>(*client);
        ASSERT_TRUE(story->login(emulator->user(), emulator->password()).ok);
        ASSERT_TRUE(story->listOrganizations(&organizationId).ok);
        ASSERT_TRUE(dir.isValid());
        window = std::make_unique<MainWindow>(prompter);
        controller = window->actionController();
        controller->setRestoreLogPath(restoreLogPath());
        profile = ServerProfile::create(emulator->url());
        profile.userName = emulator->user();
        controller->attach(client.get(), profile);
    }

    void TearDown() override
    {
        if (window)
            window->detach();
        window.reset();
        client.reset();
        emulator.reset();
    }

    QString restoreLogPath() const { return dir.filePath(QStringLiteral("restore-log.jsonl")); }

    QString explore(SessionType type)
    {
        ExploreOptions options;
        options.type = type;
        std::optional<Result<RestoreSession, ApiError>> session;
        QObject context;
        client->explore(organizationId, options, &context, [&](Result<RestoreSession, ApiError> s) { session = std::move(s); });
        EXPECT_TRUE(test::waitUntil([&] { return session.has_value(); }, kWaitMs));
        return session && *session ? session->value().id : QString();
    }

    ActionContext contextFor(const ResourceRef &ref)
    {
        ActionContext context;
        context.target.ref = ref;
        context.organization = QStringLiteral("Contoso");
        context.label = QStringLiteral("hostile input");
        return context;
    }

    // A mail item (and its mailbox) of an Exchange session.
    ActionContext mailItem(bool mailboxOnly = false)
    {
        const QString session = explore(SessionType::Exchange);
        const Result<test::MailItemRef, ApiError> item = story->findMailItem(session);
        EXPECT_TRUE(item) << (item ? std::string() : item.error().message.toStdString());
        if (!item)
            return {};
        if (mailboxOnly)
            return contextFor({ResourceKind::Mailbox, organizationId, session, item->mailboxId, item->mailboxId, {}});
        return contextFor({ResourceKind::MailItem, organizationId, item->sessionId, item->mailboxId, item->itemId, {}});
    }

    ActionContext sessionOf(SessionType type)
    {
        ActionContext context = contextFor({ResourceKind::SessionOrganization, organizationId, explore(type), {}, {}, {}});
        context.sessionType = type;
        return context;
    }

    // The first OneDrive of a OneDrive session.
    ActionContext oneDrive()
    {
        const QString session = explore(SessionType::OneDrive);
        ListQuery query;
        query.collection = Collection::OneDrives;
        query.sessionId = session;
        std::optional<Result<Page<OneDrive>, ApiError>> page;
        QObject context;
        client->fetchPage<OneDrive>(query, &context, [&](Result<Page<OneDrive>, ApiError> p) { page = std::move(p); });
        EXPECT_TRUE(test::waitUntil([&] { return page.has_value(); }, kWaitMs));
        if (!page || !*page || (*page)->items.isEmpty()) {
            ADD_FAILURE() << "no OneDrive in the session";
            return {};
        }
        const QString id = (*page)->items.constFirst().id;
        return contextFor({ResourceKind::OneDrive, organizationId, session, id, id, {}});
    }

    // Every hostile value into the field: the page either goes on with the value exactly as the
    // field shows it, or stays with a short message in its banner.
    void probe(const WizardField &spec)
    {
        for (const HostileValue &value : hostileValues()) {
            ActionWizard *wizard = controller->openWizard(spec.kind, spec.context);
            ASSERT_NE(wizard, nullptr) << spec.wizard;
            spec.reach(wizard);
            QWizardPage *page = wizard->currentPage();
            auto *control = page->findChild<QWidget *>(QString::fromLatin1(spec.field));
            ASSERT_NE(control, nullptr) << spec.wizard << " " << spec.field << " on page " << page->title().toStdString();
            Finding finding;
            finding.where = std::string("wizard ") + spec.wizard + " " + spec.field;
            auto *banner = page->findChild<MessageBanner *>(QStringLiteral("pageBanner"));
            ASSERT_NE(banner, nullptr);
            banner->clear();
            finding.kept = paste(control, value.text);
            finding.typed = qobject_cast<QAbstractSpinBox *>(control) != nullptr;
            // A multi-line field refuses a paste beyond its limit at once, in the banner.
            const bool refusedAtPaste = !banner->text().isEmpty();
            finding.accepted = !refusedAtPaste && wizard->validateCurrentPage(); // what Next and Finish ask first
            finding.message = banner->text();
            judge(finding, value);
            const QString shown = textOf(control);
            if (finding.accepted && !shown.trimmed().isEmpty()) {
                EXPECT_TRUE(carries(wizard, shown)) << finding.where << " = " << value.name << ": not sent as typed";
            }
            wizard->close();
            wizard->deleteLater();
            QCoreApplication::processEvents();
        }
    }

    static void fillCredentials(ActionWizard *wizard)
    {
        wizard->findChild<QLineEdit *>(QStringLiteral("restoreUserEdit"))->setText(QStringLiteral("restore@contoso.example"));
        wizard->findChild<QLineEdit *>(QStringLiteral("restorePasswordEdit"))->setText(QStringLiteral("pw"));
    }

    static void next(ActionWizard *wizard)
    {
        const QString title = wizard->currentPage()->title();
        wizard->next();
        EXPECT_NE(wizard->currentPage()->title(), title) << "could not leave " << title.toStdString();
    }

    static void waitUntilComplete(ActionWizard *wizard)
    {
        EXPECT_TRUE(test::waitUntil([wizard] { return wizard->currentPage()->isComplete(); }, kWaitMs));
    }

    static void checkFirst(ActionWizard *wizard)
    {
        auto *list = wizard->currentPage()->findChild<QListWidget *>(QStringLiteral("bulkList"));
        ASSERT_NE(list, nullptr);
        ASSERT_TRUE(test::waitUntil([list] { return list->count() > 0; }, kWaitMs));
        list->item(0)->setCheckState(Qt::Checked);
    }

    std::unique_ptr<test::EmulatorProcess> emulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<test::Story> story;
    QString organizationId;
    ServerProfile profile;
    ScriptedPrompter prompter;
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    ActionController *controller = nullptr;
};

} // namespace

// Restore to the original location: the restore account and the reason on the summary page.
TEST_F(WizardHostileInput, restoreToOriginal)
{
    const ActionContext item = mailItem();
    const auto summary = [](ActionWizard *wizard) {
        fillCredentials(wizard);
        next(wizard);
    };
    for (const char *field : {"restoreUserEdit", "restorePasswordEdit"})
        probe({"restoreToOriginal", ActionKind::RestoreToOriginal, item, field, fillCredentials});
    probe({"restoreToOriginal", ActionKind::RestoreToOriginal, item, "reasonEdit", summary});
}

// Restore to another mailbox: target mailbox, folder, Exchange server (CAS), restore account.
TEST_F(WizardHostileInput, restoreToMailbox)
{
    const ActionContext item = mailItem();
    const auto target = [](ActionWizard *wizard) {
        wizard->findChild<QLineEdit *>(QStringLiteral("mailboxEdit"))->setText(QStringLiteral("archive@contoso.example"));
        wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(QStringLiteral("Recovered"));
    };
    const auto credentials = [&target](ActionWizard *wizard) {
        target(wizard);
        next(wizard);
        fillCredentials(wizard);
    };
    for (const char *field : {"mailboxEdit", "folderEdit", "casServerEdit"})
        probe({"restoreToMailbox", ActionKind::RestoreToMailbox, item, field, target});
    for (const char *field : {"restoreUserEdit", "restorePasswordEdit"})
        probe({"restoreToMailbox", ActionKind::RestoreToMailbox, item, field, credentials});
}

// Copy to another OneDrive: the folder in the destination.
TEST_F(WizardHostileInput, copyToOneDrive)
{
    const auto destination = [](ActionWizard *wizard) {
        waitUntilComplete(wizard);
        auto *combo = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("oneDriveCombo"));
        ASSERT_NE(combo, nullptr);
        ASSERT_GT(combo->count(), 0);
        combo->setCurrentIndex(combo->count() - 1);
    };
    probe({"copyToOneDrive", ActionKind::CopyToOneDrive, oneDrive(), "destinationFolderEdit", destination});
}

// Send by e-mail: from, to, subject and the message (a QPlainTextEdit).
TEST_F(WizardHostileInput, sendByMail)
{
    const auto addresses = [](ActionWizard *wizard) {
        waitUntilComplete(wizard); // the server's e-mail settings are read first
        if (auto *owner = wizard->findChild<QCheckBox *>(QStringLiteral("toDefaultCheck")))
            owner->setChecked(false);
        wizard->findChild<QLineEdit *>(QStringLiteral("fromEdit"))->setText(QStringLiteral("restores@contoso.example"));
        wizard->findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(QStringLiteral("user@contoso.example"));
    };
    const ActionContext item = mailItem();
    for (const char *field : {"fromEdit", "toEdit", "subjectEdit", "messageEdit"})
        probe({"sendByMail", ActionKind::SendByMail, item, field, addresses});
}

// Export to PST: the "only items containing" keyword and the typed size limit.
TEST_F(WizardHostileInput, exportToPst)
{
    const ActionContext mailbox = mailItem(true);
    probe({"exportToPst", ActionKind::ExportToPst, mailbox, "keywordEdit"});
    const auto split = [](ActionWizard *wizard) { wizard->findChild<QCheckBox *>(QStringLiteral("splitCheck"))->setChecked(true); };
    probe({"exportToPst", ActionKind::ExportToPst, mailbox, "sizeLimitSpin", split});
}

// The organization-level mailbox restore: the Exchange server and an on-premises account.
TEST_F(WizardHostileInput, bulkMailboxRestore)
{
    const ActionContext organization = sessionOf(SessionType::Exchange);
    const auto options = [](ActionWizard *wizard) {
        checkFirst(wizard);
        next(wizard);
    };
    const auto onPremises = [&options](ActionWizard *wizard) {
        options(wizard);
        next(wizard);
        auto *mode = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("credentialModeCombo"));
        ASSERT_NE(mode, nullptr);
        mode->setCurrentIndex(mode->findData(static_cast<int>(CredentialsPage::Mode::OnPremises)));
        fillCredentials(wizard);
    };
    probe({"bulkMailboxRestore", ActionKind::BulkMailboxRestore, organization, "casServerEdit", options});
    for (const char *field : {"restoreUserEdit", "restorePasswordEdit"})
        probe({"bulkMailboxRestore (on-premises account)", ActionKind::BulkMailboxRestore, organization, field, onPremises});
}

// Whole OneDrives restored in place: the restore account (the documents page has choices only).
TEST_F(WizardHostileInput, bulkOneDriveRestore)
{
    const auto credentials = [](ActionWizard *wizard) {
        checkFirst(wizard);
        next(wizard); // documents
        next(wizard);
        fillCredentials(wizard);
    };
    for (const char *field : {"restoreUserEdit", "restorePasswordEdit"})
        probe({"bulkOneDriveRestore", ActionKind::BulkOneDriveRestore, sessionOf(SessionType::OneDrive), field, credentials});
}

// A reason the summary page accepts reaches the restore log verbatim; a pasted megabyte never does.
TEST_F(WizardHostileInput, theRestoreLogKeepsANonLatinReasonAndNoMegabyte)
{
    const ActionContext item = mailItem();
    for (const HostileValue &value : {hostileValues().at(4), hostileValues().at(2)}) {
        ActionWizard *wizard = controller->openWizard(ActionKind::RestoreToOriginal, item);
        ASSERT_NE(wizard, nullptr);
        fillCredentials(wizard);
        next(wizard);
        paste(wizard->currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")), value.text);
        QPointer<RestoreRunDialog> run;
        const QMetaObject::Connection started = QObject::connect(controller, &ActionController::runStarted, controller,
                                                                 [&run](RestoreRunDialog *dialog) { run = dialog; });
        wizard->button(QWizard::FinishButton)->click();
        QObject::disconnect(started);
        if (run)
            ASSERT_TRUE(test::waitUntil([&] { return run && run->outcome().has_value(); }, kWaitMs));
        else
            wizard->close();
        QCoreApplication::processEvents();
    }
    QFile log(restoreLogPath());
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray bytes = log.readAll();
    EXPECT_TRUE(bytes.contains(hostileValues().at(4).text.toUtf8())) << "the non-Latin reason is not in the log";
    EXPECT_LT(bytes.size(), 64 * 1024) << "a megabyte reached the restore log";
}

// The folder a save or PST export is written to, as the folder dialog hands it over: a folder named
// with the hostile value where the file system allows one, else a path that does not exist. The
// export either lands in exactly that folder or fails with a short message; neither the settings
// (last folder) nor the restore log take a megabyte.
TEST_F(WizardHostileInput, saveTargetFoldersSaveThereOrSaySo)
{
    SaveController *saves = window->saveController();
    ASSERT_NE(saves, nullptr);
    saves->setClient(client.get(), profile);
    saves->setRestoreLog([this] { return &controller->restoreLog(); });
    const ActionContext mailbox = mailItem(true);
    QTemporaryDir target;
    ASSERT_TRUE(target.isValid());
    for (const HostileValue &value : hostileValues()) {
        const QString folder = value.text.isEmpty() ? QString() : target.filePath(value.text);
        if (!folder.isEmpty())
            QDir().mkpath(folder); // impossible for the megabyte: that path stays one that does not exist
        saves->setFolderChooser([folder](QWidget *, const QString &, const QString &) { return folder; });
        actions::ExportToPst request;
        request.target.ref = mailbox.target.ref;
        const qsizetype asked = prompter.asked().size();
        const bool started = saves->startExport(request, {});
        EXPECT_LT(QSettings().value(QStringLiteral("downloads/lastFolder")).toString().size(), 4096)
            << value.name << ": a path that is no folder was remembered";
        if (value.text.isEmpty()) { // the dialog's Cancel
            std::cout << "FINDING save target folder = empty: cancelled, nothing started" << std::endl;
            EXPECT_FALSE(started);
            continue;
        }
        Finding finding;
        finding.where = "save target folder";
        finding.kept = folder.size();
        if (!started) {
            finding.message = prompter.asked().size() > asked ? prompter.asked().constLast().informativeText : QString();
        } else {
            DownloadJob *job = saves->manager()->jobs().constLast();
            ASSERT_TRUE(test::waitUntil([job] { return isTerminal(job->state()); }, kWaitMs));
            const DownloadSnapshot snapshot = job->snapshot();
            finding.accepted = snapshot.state == DownloadState::Finished;
            finding.message = snapshot.error.message;
            if (finding.accepted) {
                EXPECT_EQ(QFileInfo(snapshot.finalPath).absolutePath(), QFileInfo(folder).absoluteFilePath()) << value.name;
            }
        }
        judge(finding, value);
    }
    QFile log(restoreLogPath());
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_LT(log.size(), 64 * 1024) << "a megabyte reached the restore log";
}

// The CSV file the restore log is exported to, as the save dialog hands it over: written there, or a
// short message in the dialog's banner.
TEST(RestoreLogHostileInput, csvExportPathsWriteThereOrSaySo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    actions::RestoreLog log(dir.filePath(QStringLiteral("restore-log.jsonl")));
    actions::RestoreLogEntry entry;
    entry.action = QStringLiteral("restoreToOriginal");
    entry.reason = QStringLiteral("Ticket 4711");
    ASSERT_TRUE(log.append(entry));
    for (const HostileValue &value : hostileValues()) {
        RestoreLogDialog dialog(log);
        const QString path = value.text.isEmpty() ? QString() : dir.filePath(value.text + QStringLiteral(".csv"));
        dialog.setCsvPathChooser([path](QWidget *) { return path; });
        dialog.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->click();
        auto *banner = dialog.findChild<MessageBanner *>(QStringLiteral("logBanner"));
        if (value.text.isEmpty()) { // the dialog's Cancel
            std::cout << "FINDING restore log CSV path = empty: cancelled, nothing written" << std::endl;
            EXPECT_TRUE(banner->text().isEmpty());
            continue;
        }
        Finding finding;
        finding.where = "restore log CSV path";
        finding.kept = path.size();
        finding.accepted = QFileInfo::exists(path);
        finding.message = finding.accepted ? QString() : banner->text();
        judge(finding, value);
    }
}

// ---- Search: the builder, the item search box and the find box ----------------------------------

TEST(SearchHostileInput, builderFieldsSearchVerbatimOrSaySo)
{
    using Domain = SearchCriteria::Domain;
    const QList<std::pair<Domain, QList<const char *>>> forms {
        {Domain::Mail, {"builderWords", "builderFrom", "builderTo", "builderSubject"}},
        {Domain::Documents, {"builderFrom", "builderFileName", "builderFileType"}}};
    for (const auto &[domain, fields] : forms) {
        for (const char *field : fields) {
            for (const HostileValue &value : hostileValues()) {
                SearchBuilderDialog dialog(domain);
                auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
                ASSERT_NE(edit, nullptr) << field;
                Finding finding;
                finding.where = std::string("search builder ") + (domain == Domain::Mail ? "mail " : "documents ") + field;
                finding.kept = paste(edit, value.text);
                dialog.accept();
                finding.accepted = dialog.result() == QDialog::Accepted;
                finding.message = dialog.findChild<QLabel *>(QStringLiteral("builderPreview"))->text();
                judge(finding, value);
                if (finding.accepted) {
                    const QString query = dialog.query().valueOr(QString());
                    // Free words go as typed, a criterion's value in the syntax's quotes.
                    EXPECT_TRUE(query.contains(edit->text().trimmed()) || query.contains(SearchCriteria::quoted(edit->text())))
                        << finding.where;
                }
            }
        }
    }
}

TEST(SearchHostileInput, typedGarbageInTheBuilderDatesKeepsAValidDate)
{
    for (const char *field : {"builderSince", "builderUntil"}) {
        for (const HostileValue &value : hostileValues()) {
            SearchBuilderDialog dialog(SearchCriteria::Domain::Mail);
            dialog.findChild<QCheckBox *>(QString::fromLatin1(field) + QStringLiteral("Enabled"))->setChecked(true);
            auto *edit = dialog.findChild<QDateEdit *>(QString::fromLatin1(field));
            ASSERT_NE(edit, nullptr) << field;
            Finding finding;
            finding.where = std::string("search builder date ") + field;
            finding.typed = true;
            finding.kept = paste(edit, value.text);
            QTest::keyClick(edit, Qt::Key_Tab); // leaving the field fixes up what was typed
            dialog.accept();
            finding.accepted = dialog.result() == QDialog::Accepted;
            finding.message = dialog.findChild<QLabel *>(QStringLiteral("builderPreview"))->text();
            judge(finding, value);
            const SearchCriteria criteria = dialog.criteria();
            EXPECT_TRUE(std::string(field) == "builderSince" ? criteria.since.isValid() : criteria.until.isValid()) << field;
        }
    }
}

TEST(SearchHostileInput, itemSearchRunsVerbatimOrSaysSoAndKeepsTheHistorySmall)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("search.ini"));
    QSettings settings(path, QSettings::IniFormat);
    SearchHistory history(settings, QUuid::createUuid());
    for (const HostileValue &value : hostileValues()) {
        ItemSearchBar bar;
        bar.setScope(QStringLiteral("in Inbox"), SearchCriteria::Domain::Mail);
        bar.setHistory(&history);
        QSignalSpy requested(&bar, &ItemSearchBar::searchRequested);
        Finding finding;
        finding.where = "item search itemSearchEdit";
        finding.kept = paste(bar.edit(), value.text);
        QTest::keyClick(bar.edit(), Qt::Key_Return);
        finding.accepted = requested.count() == 1;
        finding.message = bar.problemText();
        judge(finding, value);
        if (finding.accepted) {
            EXPECT_EQ(requested.first().first().toString(), bar.edit()->text().trimmed()) << value.name;
        }
    }
    for (const HostileValue &value : hostileValues()) {
        const Result<void, QString> saved =
            history.save({value.text, QStringLiteral("from:anna"), QStringLiteral("mail")});
        judge({"saved search name", saved.hasValue(), saved ? QString() : saved.error(), value.text.size()}, value);
        const Result<void, QString> query = history.save({QStringLiteral("hostile"), value.text, QStringLiteral("mail")});
        judge({"saved search query", query.hasValue(), query ? QString() : query.error(), value.text.size()}, value);
    }
    settings.sync();
    EXPECT_LT(QFileInfo(path).size(), 64 * 1024) << "a huge search reached the settings file";
}

TEST(SearchHostileInput, findBoxLooksUpVerbatimOrSaysSo)
{
    for (const HostileValue &value : hostileValues()) {
        FindBox box;
        QSignalSpy lookedUp(&box, &FindBox::lookupRequested);
        Finding finding;
        finding.where = "find box findMailboxEdit";
        finding.kept = paste(box.edit(), value.text);
        QTest::keyClick(box.edit(), Qt::Key_Return);
        finding.accepted = !lookedUp.isEmpty();
        finding.message = box.statusText();
        judge(finding, value);
        if (finding.accepted) {
            EXPECT_EQ(lookedUp.last().first().toString(), box.edit()->text().trimmed()) << value.name;
        }
    }
    // After a refused paste, a real name is looked up and the message goes.
    FindBox box;
    QSignalSpy lookedUp(&box, &FindBox::lookupRequested);
    paste(box.edit(), hostileValues().at(2).text);
    QTest::keyClick(box.edit(), Qt::Key_Return);
    ASSERT_FALSE(box.statusText().isEmpty());
    box.edit()->setText(QStringLiteral("Adele"));
    EXPECT_TRUE(test::waitUntil([&] { return !lookedUp.isEmpty(); }, kWaitMs));
    EXPECT_EQ(lookedUp.last().first().toString(), QStringLiteral("Adele"));
    EXPECT_TRUE(box.statusText().isEmpty()) << box.statusText().toStdString();
}
