// The restore/copy/send/export wizards driven offscreen against the real vb365-emulator in v5 and v8:
// every wizard to submission, its validation messages, the run dialog's outcome, the emulator's own
// production state as proof of the effect (GET _emulator/Production), and a restore log without
// passwords — plus what the Actions menu offers per dialect.
#include "actions/restorelog.h"
#include "api/client/apiclient.h"
#include "api/client/apijob.h"
#include "auth/tokenmanager.h"
#include "emulator_process.h"
#include "mainwindow.h"
#include "prompter.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/restoresession.h"
#include "wait.h"
#include "../core/profiles/fake_keychain.h"
#include "model/apibrowsesource.h"
#include "model/backuptreemodel.h"
#include "model/itemlistmodel.h"
#include "profiles/credentialstore.h"
#include "widgets/messagebanner.h"
#include "wizards/actioncontroller.h"
#include "wizards/actionwizard.h"
#include "wizards/credentialspage.h"
#include "wizards/restorelogdialog.h"
#include "wizards/restorerundialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSettings>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace re;
using namespace re::ui;

namespace {

constexpr int kWaitMs = 30000;
const QString kRestorePassword = QStringLiteral("Restore-Pa55word!");

ListQuery listOf(Collection collection, const QString &sessionId = {}, const QString &containerId = {},
                 const QString &parentId = {})
{
    ListQuery query;
    query.collection = collection;
    query.sessionId = sessionId;
    query.containerId = containerId;
    query.parentId = parentId;
    return query;
}

// Synchronous helpers over the asynchronous client (tests only).
template <typename T>
QList<T> firstPage(ApiClient &client, const ListQuery &query)
{
    std::optional<Result<Page<T>, ApiError>> result;
    QObject context;
    client.fetchPage<T>(query, &context, [&](Result<Page<T>, ApiError> page) { result = std::move(page); });
    EXPECT_TRUE(test::waitUntil([&] { return result.has_value(); }, kWaitMs));
    if (!result || !*result) {
        ADD_FAILURE() << "list failed: " << (result ? result->error().message.toStdString() : "timeout");
        return {};
    }
    return (*result)->items;
}

class WizardsAgainstEmulator : public ::testing::TestWithParam<ApiVersion>
{
protected:
    void start(QStringList extra = {QStringLiteral("--mail-configured")})
    {
        QStringList arguments {QStringLiteral("--api"), toString(GetParam()), QStringLiteral("--strict"),
                               QStringLiteral("--tenant"), QStringLiteral("demo")};
        arguments += extra;
        emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options {arguments, true, 15000});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        client = std::make_unique<ApiClient>(emulator->url());
        client->setApiVersion(GetParam());
        client->login(emulator->user(), emulator->password());
        ASSERT_TRUE(test::waitUntil([&] { return client->tokens()->isLoggedIn(); }, kWaitMs));
        ASSERT_TRUE(dir.isValid());
        window = std::make_unique<MainWindow>(prompter);
        controller = window->actionController();
        controller->setRestoreLogPath(dir.filePath(QStringLiteral("restore-log.jsonl")));
        profile = ServerProfile::create(emulator->url());
        profile.userName = emulator->user();
        controller->attach(client.get(), profile);
        const QList<Organization> organizations = firstPage<Organization>(*client, listOf(Collection::Organizations));
        ASSERT_FALSE(organizations.isEmpty());
        organization = organizations.first();
    }

    void TearDown() override
    {
        if (window)
            window->detach();
        window.reset();
        client.reset();
        emulator.reset();
    }

    QString exploreSession(SessionType type, bool allVersions = false)
    {
        return exploreRestoreSession(type, allVersions).id;
    }

    RestoreSession exploreRestoreSession(SessionType type, bool allVersions = false)
    {
        ExploreOptions options;
        options.type = type;
        options.showAllVersions = allVersions;
        std::optional<Result<RestoreSession, ApiError>> session;
        QObject context;
        client->explore(organization.id, options, &context,
                        [&](Result<RestoreSession, ApiError> s) { session = std::move(s); });
        EXPECT_TRUE(test::waitUntil([&] { return session.has_value(); }, kWaitMs));
        if (!session || !*session)
            return {};
        return session->value();
    }

    // The first mailbox's first folder that holds mail items, with those items.
    struct MailFolderWithItems
    {
        ResourceRef folder;
        QList<MailItem> items;
    };
    MailFolderWithItems mailFolder(const QString &sessionId)
    {
        const QList<Mailbox> mailboxes = firstPage<Mailbox>(*client, listOf(Collection::Mailboxes, sessionId));
        for (const Mailbox &mailbox : mailboxes) {
            const QList<MailFolder> folders =
                firstPage<MailFolder>(*client, listOf(Collection::MailFolders, sessionId, mailbox.id));
            for (const MailFolder &folder : folders) {
                const QList<MailItem> items =
                    firstPage<MailItem>(*client, listOf(Collection::MailItems, sessionId, mailbox.id, folder.id));
                if (items.size() >= 2)
                    return {{ResourceKind::MailFolder, organization.id, sessionId, mailbox.id, folder.id, {}}, items};
            }
        }
        ADD_FAILURE() << "no mail folder with items";
        return {};
    }

    // OneDrives of the session and the documents in the first one's root.
    QList<OneDrive> oneDrives(const QString &sessionId)
    {
        return firstPage<OneDrive>(*client, listOf(Collection::OneDrives, sessionId));
    }
    QList<OneDriveDocument> documentsWithVersions(const QString &sessionId, OneDrive *owner)
    {
        for (const OneDrive &oneDrive : oneDrives(sessionId)) {
            const QList<OneDriveFolder> folders =
                firstPage<OneDriveFolder>(*client, listOf(Collection::OneDriveFolders, sessionId, oneDrive.id));
            QStringList parents {QString()};
            for (const OneDriveFolder &folder : folders)
                parents.append(folder.id);
            for (const QString &parent : parents) {
                const QList<OneDriveDocument> documents =
                    firstPage<OneDriveDocument>(*client, listOf(Collection::OneDriveDocuments, sessionId, oneDrive.id, parent));
                if (documents.size() >= 2) {
                    *owner = oneDrive;
                    return documents;
                }
            }
        }
        ADD_FAILURE() << "no OneDrive folder with documents";
        return {};
    }

    ActionContext contextFor(const ResourceRef &ref, const QString &label)
    {
        ActionContext context;
        context.target.ref = ref;
        context.organization = organization.name;
        context.label = label;
        return context;
    }

    QList<ActionKind> offered(const ActionContext &context) const
    {
        return offeredActions(*client->dialect(), context);
    }

    ActionWizard *open(ActionKind kind, const ActionContext &context)
    {
        int opened = 0;
        const auto connection = QObject::connect(controller, &ActionController::wizardOpened, controller,
                                                 [&opened](ActionWizard *) { ++opened; });
        ActionWizard *wizard = controller->openWizard(kind, context);
        QObject::disconnect(connection);
        EXPECT_EQ(opened, 1);
        return wizard;
    }

    template <typename W>
    W *child(QWidget *wizard, const char *name)
    {
        W *found = nullptr;
        for (W *candidate : wizard->findChildren<W *>(QString::fromLatin1(name))) {
            if (candidate->isVisibleTo(wizard) || !found)
                found = candidate;
        }
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    // Fills the credentials page (user name and password) and goes on.
    void fillCredentials(ActionWizard *wizard,
                         const QString &emptyMessage = QStringLiteral("Enter the account the server uses to write the restored data."))
    {
        const QString page = wizard->currentPage()->title();
        wizard->next(); // empty: core refuses, the page says why and stays
        EXPECT_EQ(wizard->currentPage()->title(), page);
        EXPECT_EQ(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text(), emptyMessage);
        child<QLineEdit>(wizard->currentPage(), "restoreUserEdit")->setText(QStringLiteral("restore@contoso.example"));
        child<QLineEdit>(wizard->currentPage(), "restorePasswordEdit")->setText(kRestorePassword);
        wizard->next();
        EXPECT_NE(wizard->currentPage()->title(), page);
    }

    // On the summary page: checks the masking, writes a reason and submits; returns the run dialog
    // once its run finished (null for downloads).
    RestoreRunDialog *submit(ActionWizard *wizard, const QString &reason)
    {
        auto *summary = child<QTreeWidget>(wizard->currentPage(), "summaryView");
        EXPECT_GT(summary->topLevelItemCount(), 1);
        for (int row = 0; row < summary->topLevelItemCount(); ++row)
            EXPECT_FALSE(summary->topLevelItem(row)->text(1).contains(kRestorePassword));
        child<QPlainTextEdit>(wizard->currentPage(), "reasonEdit")->setPlainText(reason);
        QPointer<RestoreRunDialog> run;
        const auto connection = QObject::connect(controller, &ActionController::runStarted, controller,
                                                 [&run](RestoreRunDialog *dialog) { run = dialog; });
        wizard->button(QWizard::FinishButton)->click();
        QObject::disconnect(connection);
        if (!run)
            return nullptr;
        EXPECT_TRUE(test::waitUntil([&] { return run && run->outcome().has_value(); }, kWaitMs));
        return run;
    }

    QJsonObject production()
    {
        RequestSpec spec;
        spec.pathSegments = {toString(GetParam()), QStringLiteral("_emulator"), QStringLiteral("Production")};
        ApiJob *job = client->send(spec);
        QJsonObject answer;
        bool done = false;
        QObject::connect(job, &ApiJob::finished, job, [&] {
            answer = job->json().object();
            done = true;
        });
        EXPECT_TRUE(test::waitUntil([&] { return done; }, kWaitMs));
        return answer;
    }

    QByteArray restoreLogBytes() const
    {
        QFile file(controller->restoreLog().filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Items a restore wrote: Exchange statistics count created and merged items (v5-v7), v8 restored ones.
    qint64 written(const actions::RestoreOutcome &outcome) const
    {
        const qint64 restored = counter(outcome, QStringLiteral("restored"));
        if (restored >= 0)
            return restored;
        return std::max<qint64>(0, counter(outcome, QStringLiteral("created")))
               + std::max<qint64>(0, counter(outcome, QStringLiteral("merged")));
    }

    qint64 counter(const actions::RestoreOutcome &outcome, const QString &key) const
    {
        for (const actions::Counter &c : outcome.counters()) {
            if (c.key == key)
                return c.value;
        }
        return -1;
    }

    ScriptedPrompter prompter;
    ServerProfile profile;
    QTemporaryDir dir;
    std::unique_ptr<test::EmulatorProcess> emulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<MainWindow> window;
    ActionController *controller = nullptr;
    Organization organization;
};

bool succeeded(const RestoreRunDialog *run)
{
    return run && run->outcome() && (run->outcome()->result == Outcome::Success || run->outcome()->result == Outcome::Warning);
}

std::string outcomeText(const RestoreRunDialog *run)
{
    if (!run || !run->outcome())
        return "no outcome";
    return (actions::outcomeKey(run->outcome()->result) + QStringLiteral(": ") + run->outcome()->message).toStdString();
}

} // namespace

TEST_P(WizardsAgainstEmulator, RestoreMailFolderToOriginalTwiceSkipsWhatTheFirstWrote)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    const ActionContext context = contextFor(folder.folder, QStringLiteral("Inbox"));
    EXPECT_TRUE(offered(context).contains(ActionKind::RestoreToOriginal));
    EXPECT_TRUE(offered(context).contains(ActionKind::RestoreToMailbox));
    EXPECT_FALSE(offered(context).contains(ActionKind::SendByMail)) << "folders cannot be sent";

    qint64 firstWritten = 0;
    for (int round = 0; round < 2; ++round) {
        ActionWizard *wizard = open(ActionKind::RestoreToOriginal, context);
        ASSERT_NE(wizard, nullptr);
        fillCredentials(wizard);
        RestoreRunDialog *run = submit(wizard, QStringLiteral("Ticket 4711"));
        ASSERT_TRUE(succeeded(run)) << outcomeText(run);
        const qint64 wrote = written(*run->outcome());
        if (round == 0) {
            firstWritten = wrote;
            EXPECT_GT(firstWritten, 0);
        } else {
            EXPECT_EQ(wrote, 0) << "the live mailbox already holds what the first restore wrote";
            EXPECT_GT(counter(*run->outcome(), QStringLiteral("skipped")), 0);
        }
        EXPECT_NE(run->findChild<QTableWidget *>(QStringLiteral("counterTable")), nullptr);
        run->close();
    }
    EXPECT_EQ(production().value(QStringLiteral("mailRestores")).toArray().size(), firstWritten);

    // The restore log: two lines, the reason, no password anywhere.
    const QByteArray log = restoreLogBytes();
    EXPECT_EQ(log.count('\n'), 2);
    EXPECT_TRUE(log.contains("Ticket 4711"));
    EXPECT_TRUE(log.contains("restoreToOriginal"));
    EXPECT_FALSE(log.contains(kRestorePassword.toUtf8()));
    EXPECT_EQ(prompter.unexpectedPrompts(), 0);
}

TEST_P(WizardsAgainstEmulator, CancelWhileTheServerWorks)
{
    // v8 keeps its restore session Working; v5 answers only when done (here: late).
    start({QStringLiteral("--restore-duration-ms"), QStringLiteral("20000"), QStringLiteral("--delay"),
           QStringLiteral("POST /v5/RestoreSessions/*/Folders/*=20000")});
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    ActionWizard *wizard = open(ActionKind::RestoreToOriginal, contextFor(folder.folder, QStringLiteral("Inbox")));
    fillCredentials(wizard);
    child<QPlainTextEdit>(wizard->currentPage(), "reasonEdit")->setPlainText(QStringLiteral("cancel me"));
    QPointer<RestoreRunDialog> run;
    std::optional<actions::RestoreProgress::Stage> stage;
    QObject::connect(controller, &ActionController::runStarted, controller, [&](RestoreRunDialog *dialog) {
        run = dialog;
        QObject::connect(&dialog->runner(), &actions::RestoreRunner::progressChanged, dialog,
                         [&stage](const actions::RestoreProgress &progress) { stage = progress.stage; });
    });
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(run);
    ASSERT_TRUE(test::waitUntil([&] {
        return stage == actions::RestoreProgress::Stage::WaitingForServer || stage == actions::RestoreProgress::Stage::Running;
    }, kWaitMs));
    auto *cancel = child<QPushButton>(run, "cancelRunButton");
    ASSERT_TRUE(cancel->isEnabled());
    cancel->click();
    ASSERT_TRUE(test::waitUntil([&] { return run && run->outcome().has_value(); }, kWaitMs));
    EXPECT_EQ(run->outcome()->result, Outcome::Cancelled) << outcomeText(run);
    EXPECT_TRUE(child<QPushButton>(run, "closeRunButton")->isEnabled());
    EXPECT_TRUE(restoreLogBytes().contains("cancelled"));
}

TEST_P(WizardsAgainstEmulator, AFailedRestoreIsReportedInPlainWordsAndLogged)
{
    start({QStringLiteral("--fail"),
           QStringLiteral("POST /*/RestoreSessions/*/Folders/*=500:The restore account cannot open the mailbox.")});
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    ActionWizard *wizard = open(ActionKind::RestoreToOriginal, contextFor(folder.folder, QStringLiteral("Inbox")));
    fillCredentials(wizard);
    RestoreRunDialog *run = submit(wizard, QStringLiteral("will fail"));
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(run->outcome().has_value());
    EXPECT_EQ(run->outcome()->result, Outcome::Failed);
    auto *banner = child<MessageBanner>(run, "resultBanner");
    EXPECT_EQ(banner->level(), MessageBanner::Level::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("The restore account cannot open the mailbox.")))
        << banner->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(run, "closeRunButton")->isEnabled());
    const QByteArray log = restoreLogBytes();
    EXPECT_TRUE(log.contains("\"failed\""));
    EXPECT_FALSE(log.contains(kRestorePassword.toUtf8()));
}

TEST_P(WizardsAgainstEmulator, RestoreSelectedDocumentsKeepWritesRestoredCopies)
{
    start();
    const QString session = exploreSession(SessionType::OneDrive);
    OneDrive owner;
    const QList<OneDriveDocument> documents = documentsWithVersions(session, &owner);
    ASSERT_GE(documents.size(), 2);
    ActionContext context = contextFor({ResourceKind::OneDriveFolder, organization.id, session, owner.id, {}, {}},
                                       QStringLiteral("2 documents"));
    context.target.selectionKind = Collection::OneDriveDocuments;
    context.target.selectedIds = {documents.at(0).id, documents.at(1).id};
    ASSERT_TRUE(offered(context).contains(ActionKind::RestoreToOriginal));

    ActionWizard *wizard = open(ActionKind::RestoreToOriginal, context);
    // Documents page: Keep is the default.
    auto *action = child<QComboBox>(wizard->currentPage(), "documentActionCombo");
    EXPECT_EQ(action->currentIndex(), 0);
    wizard->next();
    fillCredentials(wizard);
    RestoreRunDialog *run = submit(wizard, QStringLiteral("keep"));
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);

    // The emulator's production state: every document edited live after the backup got a RESTORED- copy.
    const QJsonArray changes = production().value(QStringLiteral("oneDriveChanges")).toArray();
    ASSERT_FALSE(changes.isEmpty());
    bool keptBeside = false;
    for (const QJsonValue &change : changes) {
        const QJsonObject c = change.toObject();
        EXPECT_EQ(c.value(QStringLiteral("oneDriveId")).toString(), owner.id);
        if (c.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("RESTORED-")))
            keptBeside = true;
    }
    EXPECT_TRUE(keptBeside) << "the second document of a Documents folder is always edited live";
}

TEST_P(WizardsAgainstEmulator, RestoreToAnotherMailboxRefusesABadAddressThenDelivers)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    ResourceRef item = folder.folder;
    item.kind = ResourceKind::MailItem;
    item.id = folder.items.first().id;
    const ActionContext context = contextFor(item, folder.items.first().subject);
    ASSERT_TRUE(offered(context).contains(ActionKind::RestoreToMailbox));

    ActionWizard *wizard = open(ActionKind::RestoreToMailbox, context);
    auto *mailbox = child<QLineEdit>(wizard->currentPage(), "mailboxEdit");
    mailbox->setText(QStringLiteral("not an address"));
    const QString title = wizard->currentPage()->title();
    wizard->next();
    EXPECT_EQ(wizard->currentPage()->title(), title);
    EXPECT_TRUE(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text().contains(QStringLiteral("is not an e-mail address")));
    mailbox->setText(QStringLiteral("archive@contoso.example"));
    child<QLineEdit>(wizard->currentPage(), "folderEdit")->setText(QStringLiteral("Recovered"));
    wizard->next();
    fillCredentials(wizard);
    RestoreRunDialog *run = submit(wizard, {});
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);

    const QJsonArray deliveries = production().value(QStringLiteral("mailDeliveries")).toArray();
    ASSERT_EQ(deliveries.size(), 1);
    EXPECT_EQ(deliveries.first().toObject().value(QStringLiteral("mailbox")).toString(), QStringLiteral("archive@contoso.example"));
    EXPECT_EQ(deliveries.first().toObject().value(QStringLiteral("itemId")).toString(), item.id);
}

TEST_P(WizardsAgainstEmulator, CopyToAnotherOneDriveLandsInTheTarget)
{
    start();
    const QString session = exploreSession(SessionType::OneDrive);
    OneDrive owner;
    const QList<OneDriveDocument> documents = documentsWithVersions(session, &owner);
    ASSERT_FALSE(documents.isEmpty());
    const ActionContext context =
        contextFor({ResourceKind::OneDriveDocument, organization.id, session, owner.id, documents.first().id, {}},
                   documents.first().name);
    ASSERT_TRUE(offered(context).contains(ActionKind::CopyToOneDrive));

    ActionWizard *wizard = open(ActionKind::CopyToOneDrive, context);
    auto *combo = child<QComboBox>(wizard->currentPage(), "oneDriveCombo");
    ASSERT_TRUE(test::waitUntil([&] { return combo->count() >= 2; }, kWaitMs));
    wizard->next(); // nothing chosen yet
    EXPECT_EQ(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text(), QStringLiteral("Choose the OneDrive to copy to."));
    QString targetId;
    for (const OneDrive &candidate : oneDrives(session)) {
        if (candidate.id != owner.id) {
            targetId = candidate.id;
            combo->setCurrentIndex(combo->findText(candidate.name, Qt::MatchStartsWith));
            break;
        }
    }
    child<QLineEdit>(wizard->currentPage(), "destinationFolderEdit")->setText(QStringLiteral("Copied"));
    wizard->next();
    fillCredentials(wizard);
    RestoreRunDialog *run = submit(wizard, {});
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);
    const QJsonArray changes = production().value(QStringLiteral("oneDriveChanges")).toArray();
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_EQ(changes.last().toObject().value(QStringLiteral("oneDriveId")).toString(), targetId);
}

TEST_P(WizardsAgainstEmulator, SendMailItemsChecksTheSettingsAndSends)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    ActionContext context = contextFor(folder.folder, QStringLiteral("2 items"));
    context.target.selectionKind = Collection::MailItems;
    context.target.selectedIds = {folder.items.at(0).id, folder.items.at(1).id};
    ASSERT_TRUE(offered(context).contains(ActionKind::SendByMail));

    ActionWizard *wizard = open(ActionKind::SendByMail, context);
    auto *state = child<QLabel>(wizard->currentPage(), "emailSettingsState");
    ASSERT_TRUE(test::waitUntil([&] { return state->text().contains(QStringLiteral("smtp.example.com")); }, kWaitMs))
        << state->text().toStdString();
    // The configured sender is offered.
    EXPECT_EQ(child<QLineEdit>(wizard->currentPage(), "fromEdit")->text(), QStringLiteral("restores@example.com"));
    child<QLineEdit>(wizard->currentPage(), "toEdit")->setText(QStringLiteral("user@contoso;"));
    wizard->next();
    EXPECT_TRUE(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text().contains(QStringLiteral("not a list of e-mail addresses")));
    child<QLineEdit>(wizard->currentPage(), "toEdit")->setText(QStringLiteral("user@contoso.example"));
    child<QLineEdit>(wizard->currentPage(), "subjectEdit")->setText(QStringLiteral("Your mail"));
    wizard->next();
    RestoreRunDialog *run = submit(wizard, {});
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);
    const QJsonArray sent = production().value(QStringLiteral("sentMessages")).toArray();
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.first().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("user@contoso.example"));
    EXPECT_EQ(sent.first().toObject().value(QStringLiteral("attachmentCount")).toInt(), 2);
}

TEST_P(WizardsAgainstEmulator, SendWithoutEmailSettingsSaysWhatIsMissing)
{
    start({});
    const QString session = exploreSession(SessionType::OneDrive);
    OneDrive owner;
    const QList<OneDriveDocument> documents = documentsWithVersions(session, &owner);
    ASSERT_FALSE(documents.isEmpty());
    const ActionContext context =
        contextFor({ResourceKind::OneDriveDocument, organization.id, session, owner.id, documents.first().id, {}},
                   documents.first().name);
    ASSERT_TRUE(offered(context).contains(ActionKind::SendByMail));
    ActionWizard *wizard = open(ActionKind::SendByMail, context);
    auto *banner = child<MessageBanner>(wizard->currentPage(), "pageBanner");
    ASSERT_TRUE(test::waitUntil([&] { return !banner->text().isEmpty(); }, kWaitMs));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("No SMTP server is set."))) << banner->text().toStdString();
    child<QLineEdit>(wizard->currentPage(), "fromEdit")->setText(QStringLiteral("me@contoso.example"));
    child<QLineEdit>(wizard->currentPage(), "toEdit")->setText(QStringLiteral("you@contoso.example"));
    const QString title = wizard->currentPage()->title();
    wizard->next();
    EXPECT_EQ(wizard->currentPage()->title(), title) << "nothing can be sent before the server can send";
}

TEST_P(WizardsAgainstEmulator, ExportOrganizationToPstHandsTheRequestToTheDownloads)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    ActionContext context = contextFor({ResourceKind::SessionOrganization, organization.id, session, {}, {}, {}},
                                       organization.name);
    context.sessionType = SessionType::Exchange;
    ASSERT_TRUE(offered(context).contains(ActionKind::ExportToPst));
    ActionWizard *wizard = open(ActionKind::ExportToPst, context);
    child<QLineEdit>(wizard->currentPage(), "keywordEdit")->setText(QStringLiteral("invoice"));
    child<QCheckBox>(wizard->currentPage(), "splitCheck")->setChecked(true);
    wizard->next();
    std::optional<actions::ActionRequest> handedOver;
    actions::JournalContext journal;
    QObject::connect(controller, &ActionController::downloadRequested, controller,
                     [&](const actions::ActionRequest &request, const actions::JournalContext &given) {
        handedOver = request;
        journal = given;
    });
    EXPECT_EQ(submit(wizard, QStringLiteral("legal hold")), nullptr) << "a PST export is a download, not a run";
    ASSERT_TRUE(handedOver.has_value());
    ASSERT_TRUE(std::holds_alternative<actions::ExportToPst>(*handedOver));
    EXPECT_EQ(std::get<actions::ExportToPst>(*handedOver).contentKeyword, QStringLiteral("invoice"));
    EXPECT_EQ(std::get<actions::ExportToPst>(*handedOver).pstSizeLimitBytes, 10LL * 1024 * 1024 * 1024);
    EXPECT_EQ(journal.reason, QStringLiteral("legal hold"));
}

TEST_P(WizardsAgainstEmulator, BulkOneDriveRestoreWithAnOnPremisesAccount)
{
    start();
    const QString session = exploreSession(SessionType::OneDrive);
    ActionContext context = contextFor({ResourceKind::SessionOrganization, organization.id, session, {}, {}, {}},
                                       QStringLiteral("OneDrives"));
    context.sessionType = SessionType::OneDrive;
    ASSERT_TRUE(offered(context).contains(ActionKind::BulkOneDriveRestore));
    ActionWizard *wizard = open(ActionKind::BulkOneDriveRestore, context);
    auto *list = child<QListWidget>(wizard->currentPage(), "bulkList");
    ASSERT_TRUE(test::waitUntil([&] { return list->count() >= 2; }, kWaitMs));
    wizard->next();
    EXPECT_EQ(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text(),
              QStringLiteral("Select at least one OneDrive to restore."));
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    wizard->next(); // documents page
    wizard->next(); // credentials
    auto *mode = child<QComboBox>(wizard->currentPage(), "credentialModeCombo");
    mode->setCurrentIndex(mode->findData(static_cast<int>(CredentialsPage::Mode::OnPremises)));
    fillCredentials(wizard, QStringLiteral("Enter the on-premises account's user name."));
    RestoreRunDialog *run = submit(wizard, {});
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);
    EXPECT_FALSE(restoreLogBytes().contains(kRestorePassword.toUtf8()));
}

TEST_P(WizardsAgainstEmulator, OrganizationLevelMailboxRestore)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    ActionContext context = contextFor({ResourceKind::SessionOrganization, organization.id, session, {}, {}, {}},
                                       organization.name);
    context.sessionType = SessionType::Exchange;
    ASSERT_TRUE(offered(context).contains(ActionKind::BulkMailboxRestore));
    ActionWizard *wizard = open(ActionKind::BulkMailboxRestore, context);
    auto *list = child<QListWidget>(wizard->currentPage(), "bulkList");
    ASSERT_TRUE(test::waitUntil([&] { return list->count() >= 1; }, kWaitMs));
    wizard->next();
    EXPECT_EQ(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text(),
              QStringLiteral("Select at least one mailbox to restore."));
    list->item(0)->setCheckState(Qt::Checked);
    wizard->next(); // options
    auto *server = child<QLineEdit>(wizard->currentPage(), "casServerEdit");
    server->setText(QStringLiteral("https://outlook.office365.com/"));
    const QString title = wizard->currentPage()->title();
    wizard->next();
    EXPECT_EQ(wizard->currentPage()->title(), title);
    EXPECT_TRUE(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text().contains(QStringLiteral("is not a server name")));
    server->setText(QStringLiteral("outlook.office365.com"));
    wizard->next();
    fillCredentials(wizard);
    RestoreRunDialog *run = submit(wizard, QStringLiteral("whole mailbox"));
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);
    EXPECT_FALSE(production().value(QStringLiteral("mailRestores")).toArray().isEmpty());
    EXPECT_TRUE(restoreLogBytes().contains("bulkMailboxRestore"));
}

TEST_P(WizardsAgainstEmulator, EarlierVersionOnlyWhereTheDialectHasVersions)
{
    start();
    const QString session = exploreSession(SessionType::OneDrive, true);
    OneDrive owner;
    const QList<OneDriveDocument> documents = documentsWithVersions(session, &owner);
    ASSERT_FALSE(documents.isEmpty());
    const ActionContext context =
        contextFor({ResourceKind::OneDriveDocument, organization.id, session, owner.id, documents.first().id, {}},
                   documents.first().name);
    const bool versions = client->dialect()->supports(Collection::DocumentVersions);
    ASSERT_EQ(offered(context).contains(ActionKind::RestoreVersion), versions);
    if (!versions)
        return;
    // The document with the most versions: it has earlier ones.
    OneDriveDocument edited = documents.first();
    for (const OneDriveDocument &document : documents) {
        if (!document.isFolder && document.versionId > edited.versionId)
            edited = document;
    }
    ASSERT_GT(edited.versionId, 1);
    ActionWizard *wizard = open(ActionKind::RestoreVersion,
                                contextFor({ResourceKind::OneDriveDocument, organization.id, session, owner.id, edited.id, {}},
                                           edited.name));
    auto *list = child<QTreeWidget>(wizard->currentPage(), "versionList");
    auto *state = child<QLabel>(wizard->currentPage(), "versionLoadState");
    ASSERT_TRUE(test::waitUntil([&] { return list->topLevelItemCount() >= 1; }, kWaitMs)) << state->text().toStdString();
    wizard->next();
    EXPECT_EQ(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text(),
              QStringLiteral("Choose the version of the document to restore."));
    list->setCurrentItem(list->topLevelItem(0));
    wizard->next(); // document action
    child<QComboBox>(wizard->currentPage(), "documentActionCombo")->setCurrentIndex(1); // Overwrite
    wizard->next();
    fillCredentials(wizard);
    RestoreRunDialog *run = submit(wizard, {});
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);
    EXPECT_FALSE(production().value(QStringLiteral("oneDriveChanges")).toArray().isEmpty());
}

TEST_P(WizardsAgainstEmulator, RestoreLogViewerShowsTheRunAndExportsCsv)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    ActionWizard *wizard = open(ActionKind::RestoreToOriginal, contextFor(folder.folder, QStringLiteral("Inbox")));
    fillCredentials(wizard);
    ASSERT_TRUE(succeeded(submit(wizard, QStringLiteral("for the log"))));

    QPointer<RestoreLogDialog> dialog;
    QObject::connect(controller, &ActionController::restoreLogOpened, controller,
                     [&dialog](RestoreLogDialog *opened) { dialog = opened; });
    controller->restoreLogAction()->trigger();
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->model()->rowCount(), 1);
    EXPECT_EQ(dialog->model()->index(0, RestoreLogModel::ReasonColumn).data().toString(), QStringLiteral("for the log"));
    EXPECT_EQ(dialog->model()->index(0, RestoreLogModel::UserColumn).data().toString(), emulator->user());
    EXPECT_EQ(dialog->model()->index(0, RestoreLogModel::OutcomeColumn).data().toString(),
              actions::outcomeLabel(Outcome::Success));
    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    dialog->setCsvPathChooser([csv](QWidget *) { return csv; });
    dialog->exportCsv();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("for the log"));
    EXPECT_FALSE(bytes.contains(kRestorePassword.toUtf8()));
    dialog->close();
}

TEST_P(WizardsAgainstEmulator, ActionsMenuOffersWhatTheTreeNodeSupports)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    QMenu menu;
    const int count = controller->addActions(&menu, contextFor(folder.folder, QStringLiteral("Inbox")));
    QStringList texts;
    for (QAction *action : menu.actions())
        texts.append(action->text());
    EXPECT_EQ(count, texts.size());
    EXPECT_TRUE(texts.contains(actionMenuText(ActionKind::RestoreToOriginal))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(actionMenuText(ActionKind::RestoreToMailbox)));
    EXPECT_FALSE(texts.contains(actionMenuText(ActionKind::CopyToOneDrive)));
    // Triggering one opens its wizard.
    QPointer<ActionWizard> opened;
    QObject::connect(controller, &ActionController::wizardOpened, controller,
                     [&opened](ActionWizard *wizard) { opened = wizard; });
    menu.actions().first()->trigger();
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->kind(), ActionKind::RestoreToOriginal);
}

TEST_P(WizardsAgainstEmulator, DeviceCodeSignsTheRestoreIn)
{
    start();
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    ActionWizard *wizard = open(ActionKind::RestoreToOriginal, contextFor(folder.folder, QStringLiteral("Inbox")));
    auto *mode = child<QComboBox>(wizard->currentPage(), "credentialModeCombo");
    const int deviceCode = mode->findData(static_cast<int>(CredentialsPage::Mode::DeviceCode));
    ASSERT_GE(deviceCode, 0) << "every dialect has restoreDeviceCode";
    mode->setCurrentIndex(deviceCode);
    wizard->next();
    EXPECT_EQ(child<MessageBanner>(wizard->currentPage(), "pageBanner")->text(),
              QStringLiteral("Request a device code and sign in with it before restoring."));
    child<QPushButton>(wizard->currentPage(), "requestCodeButton")->click();
    auto *code = child<QLabel>(wizard->currentPage(), "deviceCodeLabel");
    ASSERT_TRUE(test::waitUntil([&] { return code->text().contains(QStringLiteral("enter the code")); }, kWaitMs))
        << code->text().toStdString();
    wizard->next();
    RestoreRunDialog *run = submit(wizard, {});
    ASSERT_TRUE(succeeded(run)) << outcomeText(run);
    EXPECT_GT(written(*run->outcome()), 0);
}

TEST_P(WizardsAgainstEmulator, RestoreAccountIsRememberedOnlyOnRequest)
{
    start();
    QSettings settings(dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
    auto keychain = std::make_unique<test::FakeKeychain>();
    test::FakeKeychain *fake = keychain.get();
    CredentialStore store(settings, std::move(keychain));
    controller->setCredentialStore(&store);
    const QString key = CredentialStore::keyFor(CredentialsPage::restoreAccountId(profile.id), SecretKind::Password);
    const QString session = exploreSession(SessionType::Exchange);
    const MailFolderWithItems folder = mailFolder(session);
    const ActionContext context = contextFor(folder.folder, QStringLiteral("Inbox"));

    // Not asked: nothing is kept.
    ActionWizard *wizard = open(ActionKind::RestoreToOriginal, context);
    fillCredentials(wizard);
    ASSERT_TRUE(succeeded(submit(wizard, {})));
    EXPECT_FALSE(fake->entries.contains(key));

    // Asked: the password goes to the keychain (under its own entry), never to the settings.
    wizard = open(ActionKind::RestoreToOriginal, context);
    child<QCheckBox>(wizard->currentPage(), "rememberCheck")->setChecked(true);
    fillCredentials(wizard);
    ASSERT_TRUE(succeeded(submit(wizard, {})));
    ASSERT_TRUE(test::waitUntil([&] { return fake->entries.value(key) == kRestorePassword; }, kWaitMs));
    EXPECT_NE(key, CredentialStore::keyFor(profile.id, SecretKind::Password)) << "not the login password's entry";
    QSettings appSettings;
    for (const QString &name : appSettings.allKeys())
        EXPECT_NE(appSettings.value(name).toString(), kRestorePassword) << name.toStdString();

    // The next wizard offers it; unticking forgets it.
    wizard = open(ActionKind::RestoreToOriginal, context);
    auto *password = child<QLineEdit>(wizard->currentPage(), "restorePasswordEdit");
    ASSERT_TRUE(test::waitUntil([&] { return password->text() == kRestorePassword; }, kWaitMs));
    EXPECT_EQ(child<QLineEdit>(wizard->currentPage(), "restoreUserEdit")->text(), QStringLiteral("restore@contoso.example"));
    child<QCheckBox>(wizard->currentPage(), "rememberCheck")->setChecked(false);
    wizard->next();
    ASSERT_TRUE(succeeded(submit(wizard, {})));
    ASSERT_TRUE(test::waitUntil([&] { return !fake->entries.contains(key); }, kWaitMs));
    controller->setCredentialStore(nullptr);
}

TEST_P(WizardsAgainstEmulator, MainWindowTreeNodesAndSelectedItemsOfferTheirActions)
{
    start();
    ApiBrowseSource source(client.get());
    window->attach(client.get(), &source, profile);
    const RestoreSession session = exploreRestoreSession(SessionType::Exchange);
    const QModelIndex sessionNode = window->addSession(session, false);
    ASSERT_TRUE(sessionNode.isValid());
    BackupTreeModel &tree = *window->treeModel();
    // The child of `parent` whose ref has `id` (any child when `id` is empty), loading pages as needed.
    const auto childOf = [&](const QModelIndex &parent, BackupTreeModel::NodeKind kind, const QString &id = {}) {
        window->treeView()->expand(parent);
        QModelIndex found;
        test::waitUntil([&] {
            if (tree.canFetchMore(parent))
                tree.fetchMore(parent);
            for (int row = 0; row < tree.rowCount(parent) && !found.isValid(); ++row) {
                const QModelIndex candidate = tree.index(row, 0, parent);
                const auto ref = candidate.data(ResourceRefRole).value<ResourceRef>();
                if (candidate.data(NodeKindRole).toInt() == static_cast<int>(kind)
                    && (id.isEmpty() || ref.id == id || (ref.id.isEmpty() && ref.containerId == id)))
                    found = candidate;
            }
            return found.isValid();
        }, kWaitMs);
        return found;
    };
    // The session node: the organization's PST export.
    const ActionContext sessionContext = controller->treeContext(sessionNode);
    EXPECT_EQ(sessionContext.target.ref.kind, ResourceKind::SessionOrganization);
    EXPECT_TRUE(offered(sessionContext).contains(ActionKind::ExportToPst));

    const MailFolderWithItems folder = mailFolder(session.id);
    const QModelIndex group = childOf(sessionNode, BackupTreeModel::NodeKind::MailboxGroup);
    const QModelIndex mailbox = childOf(group, BackupTreeModel::NodeKind::Mailbox, folder.folder.containerId);
    ASSERT_TRUE(mailbox.isValid());
    const ActionContext mailboxContext = controller->treeContext(mailbox);
    EXPECT_EQ(mailboxContext.target.ref.kind, ResourceKind::Mailbox);
    EXPECT_EQ(mailboxContext.target.ref.containerId, folder.folder.containerId);
    EXPECT_TRUE(offered(mailboxContext).contains(ActionKind::RestoreToMailbox));

    // A folder with items: the tree node is one target, the list's selection another.
    const QModelIndex folderNode = childOf(mailbox, BackupTreeModel::NodeKind::MailFolder, folder.folder.id);
    ASSERT_TRUE(folderNode.isValid());
    EXPECT_EQ(controller->treeContext(folderNode).target.ref.id, folder.folder.id);
    window->treeView()->setCurrentIndex(folderNode);
    ItemListModel *items = window->itemModel();
    ASSERT_TRUE(test::waitUntil([&] { return items->rowCount() >= 2; }, kWaitMs));
    QTableView *view = window->itemView();
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const ActionContext selection = controller->itemContext();
    ASSERT_TRUE(selection.isValid());
    EXPECT_EQ(selection.target.selectionKind, Collection::MailItems);
    EXPECT_EQ(selection.target.selectedIds.size(), 2);
    EXPECT_TRUE(offered(selection).contains(ActionKind::SendByMail));

    // The Actions menu has a section for each, with the restore log last.
    emit controller->menu()->aboutToShow();
    QStringList texts;
    for (QAction *action : controller->menu()->actions())
        texts.append(action->text());
    EXPECT_GE(texts.count(actionMenuText(ActionKind::RestoreToOriginal)), 2) << texts.join(u'|').toStdString();
    EXPECT_EQ(texts.last(), controller->restoreLogAction()->text());
    EXPECT_TRUE(controller->toolBarAction()->isEnabled());
    // Disconnecting closes an open wizard: its draft is for a server that is gone.
    QPointer<ActionWizard> wizard = open(ActionKind::SendByMail, selection);
    window->detach();
    EXPECT_FALSE(controller->toolBarAction()->isEnabled());
    EXPECT_TRUE(test::waitUntil([&] { return wizard.isNull(); }, kWaitMs));
}

INSTANTIATE_TEST_SUITE_P(Dialects, WizardsAgainstEmulator, ::testing::Values(ApiVersion::V5, ApiVersion::V8),
                         [](const ::testing::TestParamInfo<ApiVersion> &param) {
                             return toString(param.param).toStdString();
                         });

// ---- without a server: the offers follow the dialect and the server's `_actions` ---------------------

TEST(ActionOffers, FollowTheDialectAndTheAdvertisedActions)
{
    ActionContext mailbox;
    mailbox.target.ref = {ResourceKind::Mailbox, QStringLiteral("org"), QStringLiteral("session"), QStringLiteral("mbx"), {}, {}};
    ActionContext document;
    document.target.ref = {ResourceKind::OneDriveDocument, QStringLiteral("org"), QStringLiteral("session"),
                           QStringLiteral("od"), QStringLiteral("doc"), {}};
    for (ApiVersion version : {ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8}) {
        const auto dialect = Dialect::create(version);
        const QList<ActionKind> forMailbox = offeredActions(*dialect, mailbox);
        EXPECT_TRUE(forMailbox.contains(ActionKind::RestoreToOriginal)) << toString(version).toStdString();
        EXPECT_TRUE(forMailbox.contains(ActionKind::ExportToPst));
        EXPECT_FALSE(forMailbox.contains(ActionKind::SendByMail));
        EXPECT_FALSE(forMailbox.contains(ActionKind::CopyToOneDrive));
        const QList<ActionKind> forDocument = offeredActions(*dialect, document);
        EXPECT_TRUE(forDocument.contains(ActionKind::CopyToOneDrive));
        EXPECT_TRUE(forDocument.contains(ActionKind::SendByMail));
        EXPECT_FALSE(forDocument.contains(ActionKind::ExportToPst));
        EXPECT_EQ(forDocument.contains(ActionKind::RestoreVersion), version != ApiVersion::V5);
    }
    // A server that lists `_actions` without exportToPst hides the PST export.
    ActionContext listed = mailbox;
    listed.serverSentActions = true;
    listed.serverActions = {QStringLiteral("search")};
    EXPECT_FALSE(offeredActions(*Dialect::create(ApiVersion::V5), listed).contains(ActionKind::ExportToPst));
    listed.serverActions = {QStringLiteral("exporttoPst")};
    EXPECT_TRUE(offeredActions(*Dialect::create(ApiVersion::V5), listed).contains(ActionKind::ExportToPst));
    // No session: nothing at all.
    EXPECT_TRUE(offeredActions(*Dialect::create(ApiVersion::V8), ActionContext {}).isEmpty());
}
