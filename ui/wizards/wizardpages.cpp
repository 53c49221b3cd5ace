#include "wizardpages.h"

#include "actionwizard.h"
#include "api/client/apiclient.h"
#include "api/client/apijob.h"
#include "model/browseroles.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "widgets/limitedtextedit.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace re::ui {

namespace {

using namespace re::actions;

constexpr qint64 kGigabyte = 1024LL * 1024 * 1024;
constexpr int kMaxListedOneDrives = 10000; // a picker, not an export: the large tenant's OneDrives fit

QString plain(QString text)
{
    return text.remove(u'&');
}

// Every OneDrive of the session as the server listed it (seed 000 sends these objects back).
void loadOneDrives(ApiClient *client, const QString &sessionId, QObject *context,
                   std::function<void(Result<QList<QJsonObject>, ApiError>)> done, QList<QJsonObject> sofar = {},
                   qint64 offset = 0)
{
    if (!client || !client->dialect()) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = QCoreApplication::translate("ActionWizard", "Not connected to a backup server.");
        done(unexpected(error));
        return;
    }
    ListQuery query;
    query.collection = Collection::OneDrives;
    query.sessionId = sessionId;
    query.offset = offset;
    ApiJob *job = client->send(client->dialect()->list(query));
    QPointer<ApiClient> guard(client);
    QObject::connect(job, &ApiJob::finished, context,
                     [job, guard, context, query, sessionId, done = std::move(done), sofar]() mutable {
        if (!job->succeeded() || !guard || !guard->dialect()) {
            done(unexpected(job->error()));
            return;
        }
        Result<RawPage, ApiError> page = guard->dialect()->parsePage(job->json(), query);
        if (!page) {
            done(unexpected(page.error()));
            return;
        }
        sofar.append(page->results);
        if (page->hasMore && !page->results.isEmpty() && sofar.size() < kMaxListedOneDrives) {
            loadOneDrives(guard, sessionId, context, std::move(done), sofar, page->offset + page->results.size());
            return;
        }
        done(sofar);
    });
}

QString oneDriveText(const QJsonObject &oneDrive)
{
    const OneDrive parsed = OneDrive::fromJson(oneDrive).valueOr(OneDrive {});
    if (parsed.url.isEmpty())
        return parsed.name;
    return QStringLiteral("%1 — %2").arg(parsed.name, parsed.url);
}

template <typename E>
QComboBox *makeChoice(QWidget *parent, const QString &objectName, const QString &accessibleName, E *field,
                      const QList<std::pair<QString, E>> &choices)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    for (const auto &[text, value] : choices) {
        combo->addItem(text, static_cast<int>(value));
        if (value == *field)
            combo->setCurrentIndex(combo->count() - 1);
    }
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo,
                     [combo, field] { *field = static_cast<E>(combo->currentData().toInt()); });
    return combo;
}

} // namespace

// ---- DraftPage ----------------------------------------------------------------------------------

DraftPage::DraftPage(ActionWizard *wizard, QStringList fields) : m_wizard(wizard), m_fields(std::move(fields))
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("pageBanner"));
    layout->addWidget(m_banner);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    layout->addStretch(1);
}

bool DraftPage::owns(const QString &field) const
{
    if (m_fields.isEmpty())
        return true;
    for (const QString &owned : m_fields) {
        if (field == owned || field.startsWith(owned + u'.'))
            return true;
    }
    return false;
}

bool DraftPage::validatePage()
{
    m_banner->clear();
    if (const Validity valid = actions::validate(m_wizard->request()); !valid && owns(valid.error().field)) {
        showError(valid.error());
        return false;
    }
    if (const QString problem = pageProblem(); !problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, problem);
        return false;
    }
    return true;
}

void DraftPage::showError(const ValidationError &error)
{
    m_banner->showMessage(MessageBanner::Level::Error, error.message);
    for (auto it = m_fieldWidgets.constBegin(); it != m_fieldWidgets.constEnd(); ++it) {
        if (it.value() && (error.field == it.key() || error.field.startsWith(it.key() + u'.'))) {
            it.value()->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

QCheckBox *DraftPage::addCheck(const QString &text, const QString &objectName, bool *field)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(objectName);
    check->setAccessibleName(plain(text));
    check->setChecked(*field);
    connect(check, &QCheckBox::toggled, this, [field](bool on) { *field = on; });
    m_form->addRow(check);
    return check;
}

QLineEdit *DraftPage::addLine(const QString &label, const QString &objectName, QString *field,
                              const QString &validationField)
{
    auto *edit = new QLineEdit(*field, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(plain(label));
    connect(edit, &QLineEdit::textChanged, this, [field](const QString &text) { *field = text; });
    m_form->addRow(label, edit);
    setFieldWidget(validationField, edit);
    return edit;
}

LimitedTextEdit *DraftPage::addTextEdit(const QString &what, qsizetype maximumLength, const QString &objectName,
                                        const QString &accessibleName)
{
    auto *edit = new LimitedTextEdit(what, maximumLength, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    connect(edit, &LimitedTextEdit::pasteRefused, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Level::Error, message); });
    return edit;
}

template <typename R>
void DraftPage::addMailSwitches(R &request)
{
    addCheck(tr("Restore &changed items"), QStringLiteral("changedItemsCheck"), &request.changedItems);
    addCheck(tr("Restore &deleted items"), QStringLiteral("deletedItemsCheck"), &request.deletedItems);
    addCheck(tr("Mark restored items as &unread"), QStringLiteral("markUnreadCheck"), &request.markRestoredAsUnread);
    addCheck(tr("Exclude D&rafts"), QStringLiteral("excludeDraftsCheck"), &request.excludeDrafts);
    addCheck(tr("Exclude Deleted &Items"), QStringLiteral("excludeDeletedCheck"), &request.excludeDeletedItems);
    addCheck(tr("Exclude In-&Place Hold items"), QStringLiteral("excludeInPlaceHoldCheck"), &request.excludeInPlaceHoldItems);
    addCheck(tr("Exclude &Litigation Hold items"), QStringLiteral("excludeLitigationHoldCheck"),
             &request.excludeLitigationHoldItems);
}

// ---- DocumentOptionsPage ------------------------------------------------------------------------

DocumentOptionsPage::DocumentOptionsPage(ActionWizard *wizard) : DraftPage(wizard, {QStringLiteral("documentVersion"), QStringLiteral("documentAction")})
{
    setTitle(tr("Documents"));
    setSubTitle(tr("Choose what is written back and what happens to documents that still exist."));
    const QList<std::pair<QString, DocumentVersionMode>> versions {{tr("Latest version only"), DocumentVersionMode::Last},
                                                                   {tr("All versions"), DocumentVersionMode::All}};
    const QList<std::pair<QString, DocumentActionMode>> actions {
        {tr("Keep the existing document and restore beside it as RESTORED-<name>"), DocumentActionMode::Keep},
        {tr("Overwrite the existing document"), DocumentActionMode::Overwrite}};
    std::visit(
        [&](auto &request) {
            if constexpr (requires { request.documentVersion; }) {
                if (wizard->dialectSends(QStringLiteral("documentVersion"), QStringLiteral("All")))
                    form()->addRow(tr("&Versions:"), makeChoice(this, QStringLiteral("documentVersionCombo"),
                                                                tr("Versions"), &request.documentVersion, versions));
            }
            if constexpr (requires { request.documentAction; })
                form()->addRow(tr("If the document &exists:"),
                               makeChoice(this, QStringLiteral("documentActionCombo"), tr("If the document exists"),
                                          &request.documentAction, actions));
        },
        wizard->draftRequest());
}

// ---- MailboxTargetPage --------------------------------------------------------------------------

MailboxTargetPage::MailboxTargetPage(ActionWizard *wizard)
    : DraftPage(wizard, {QStringLiteral("mailbox"), QStringLiteral("folder"), QStringLiteral("casServer")})
{
    setTitle(tr("Target mailbox"));
    setSubTitle(tr("Where the mail is written, and which items are included."));
    auto &request = wizard->draft<RestoreToMailbox>();
    QLineEdit *mailbox = addLine(tr("&Mailbox:"), QStringLiteral("mailboxEdit"), &request.mailbox, QStringLiteral("mailbox"));
    mailbox->setPlaceholderText(tr("name@example.com"));
    QLineEdit *folder = addLine(tr("&Folder:"), QStringLiteral("folderEdit"), &request.folder, QStringLiteral("folder"));
    folder->setPlaceholderText(tr("Empty: the server's default folder"));
    addLine(tr("Exchange &server:"), QStringLiteral("casServerEdit"), &request.casServer, QStringLiteral("casServer"));
    addMailSwitches(request);
}

// ---- CopyTargetPage -----------------------------------------------------------------------------

CopyTargetPage::CopyTargetPage(ActionWizard *wizard)
    : DraftPage(wizard, {QStringLiteral("destinationOneDrive"), QStringLiteral("destinationFolder"),
                         QStringLiteral("documentVersion"), QStringLiteral("documentLastVersionAction")})
{
    setTitle(tr("Target OneDrive"));
    setSubTitle(tr("The OneDrive and folder the data is copied to."));
    auto &request = wizard->draft<CopyToOneDrive>();
    m_oneDrives = new QComboBox(this);
    m_oneDrives->setObjectName(QStringLiteral("oneDriveCombo"));
    m_oneDrives->setAccessibleName(tr("Target OneDrive"));
    form()->addRow(tr("&OneDrive:"), m_oneDrives);
    setFieldWidget(QStringLiteral("destinationOneDrive"), m_oneDrives);
    m_loadState = new QLabel(this);
    m_loadState->setObjectName(QStringLiteral("oneDriveLoadState"));
    form()->addRow(m_loadState);
    connect(m_oneDrives, &QComboBox::currentIndexChanged, this, [this, &request](int index) {
        request.destinationOneDrive = index >= 0 && index < m_listed.size() ? m_listed.at(index) : QJsonObject();
    });
    QLineEdit *folder = addLine(tr("&Folder:"), QStringLiteral("destinationFolderEdit"), &request.destinationFolder,
                                QStringLiteral("destinationFolder"));
    folder->setPlaceholderText(tr("Empty: the OneDrive's root"));

    QComboBox *versions = makeChoice(this, QStringLiteral("documentVersionCombo"), tr("Versions"), &request.documentVersion,
                                     QList<std::pair<QString, DocumentVersionMode>> {
                                         {tr("Latest version only"), DocumentVersionMode::Last},
                                         {tr("All versions"), DocumentVersionMode::All}});
    form()->addRow(tr("&Versions:"), versions);
    QComboBox *last = makeChoice(this, QStringLiteral("lastVersionActionCombo"), tr("Latest version"),
                                 &request.lastVersionAction,
                                 QList<std::pair<QString, LastVersionActionMode>> {
                                     {tr("Merge with the existing document"), LastVersionActionMode::Merge},
                                     {tr("Overwrite the existing document"), LastVersionActionMode::Overwrite}});
    form()->addRow(tr("&Latest version:"), last);
    // Only meaningful with the latest version alone (core sends it only then).
    connect(versions, &QComboBox::currentIndexChanged, last,
            [last, &request] { last->setEnabled(request.documentVersion == DocumentVersionMode::Last); });
    addCheck(tr("Copy &changed items"), QStringLiteral("changedItemsCheck"), &request.changedItems);
    addCheck(tr("Copy &deleted items"), QStringLiteral("deletedItemsCheck"), &request.deletedItems);
    addCheck(tr("Restore &permissions"), QStringLiteral("restorePermissionsCheck"), &request.restorePermissions);
    if (wizard->dialectSends(QStringLiteral("sendSharedLinksNotification"), true))
        addCheck(tr("&Notify about shared links"), QStringLiteral("sharedLinksCheck"), &request.sendSharedLinksNotification);
}

void CopyTargetPage::initializePage()
{
    if (m_loading || !m_listed.isEmpty())
        return;
    m_loading = true;
    m_loadState->setText(tr("Loading the OneDrives of this restore session…"));
    loadOneDrives(wizard()->environment().client, wizard()->context().target.ref.sessionId, this,
                  [this](Result<QList<QJsonObject>, ApiError> listed) {
        m_loading = false;
        if (!listed) {
            m_loadState->setText(tr("The OneDrives could not be loaded: %1").arg(errorDisplayText(listed.error())));
            emit completeChanged();
            return;
        }
        m_listed = listed.value();
        const QSignalBlocker blocker(m_oneDrives);
        for (const QJsonObject &oneDrive : std::as_const(m_listed))
            m_oneDrives->addItem(oneDriveText(oneDrive));
        m_oneDrives->setCurrentIndex(-1);
        m_loadState->setText(m_listed.isEmpty() ? tr("This restore session has no OneDrives.")
                                                : tr("%n OneDrive(s) in this restore session.", nullptr,
                                                     static_cast<int>(m_listed.size())));
        emit completeChanged();
    });
}

bool CopyTargetPage::isComplete() const
{
    return !m_loading;
}

// ---- BulkPickerPage -----------------------------------------------------------------------------

namespace {

using Choices = QList<std::pair<QString, QVariant>>;
using ChoicesDone = std::function<void(Result<Choices, ApiError>)>;

// Every mailbox of the session (ids are what the bulk restore sends).
void loadMailboxes(ApiClient *client, const QString &sessionId, QObject *context, ChoicesDone done, Choices sofar = {},
                   qint64 offset = 0)
{
    ListQuery query;
    query.collection = Collection::Mailboxes;
    query.sessionId = sessionId;
    query.offset = offset;
    QPointer<ApiClient> guard(client);
    client->fetchPage<Mailbox>(query, context, [guard, sessionId, context, done, sofar](Result<Page<Mailbox>, ApiError> page) mutable {
        if (!page) {
            done(unexpected(page.error()));
            return;
        }
        for (const Mailbox &mailbox : std::as_const(page->items)) {
            const QString text = mailbox.email.isEmpty() ? mailbox.name : QStringLiteral("%1 — %2").arg(mailbox.name, mailbox.email);
            sofar.append({text, QStringList {mailbox.id, mailbox.name}});
        }
        if (page->hasMore && !page->items.isEmpty() && guard && sofar.size() < kMaxListedOneDrives) {
            loadMailboxes(guard, sessionId, context, std::move(done), sofar, page->offset + page->items.size());
            return;
        }
        done(sofar);
    });
}

} // namespace

BulkPickerPage::BulkPickerPage(ActionWizard *wizard)
    : DraftPage(wizard, {QStringLiteral("target"), QStringLiteral("oneDrives"), QStringLiteral("mailboxes")})
{
    const bool oneDrives = std::holds_alternative<BulkOneDriveRestore>(wizard->request());
    setTitle(oneDrives ? tr("OneDrives") : tr("Mailboxes"));
    setSubTitle(oneDrives ? tr("Check the OneDrives to restore to their original location.")
                          : tr("Check the mailboxes to restore to their original location."));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("bulkList"));
    m_list->setAccessibleName(oneDrives ? tr("OneDrives to restore") : tr("Mailboxes to restore"));
    form()->addRow(m_list);
    setFieldWidget(QStringLiteral("oneDrives"), m_list);
    setFieldWidget(QStringLiteral("mailboxes"), m_list);
    m_loadState = new QLabel(this);
    m_loadState->setObjectName(QStringLiteral("bulkLoadState"));
    form()->addRow(m_loadState);
    connect(m_list, &QListWidget::itemChanged, this, &BulkPickerPage::updateDraft);
    std::visit(
        [this](auto &request) {
            if constexpr (requires { request.skipUnresolved; })
                addCheck(tr("&Skip those whose owner cannot be resolved"), QStringLiteral("skipUnresolvedCheck"),
                         &request.skipUnresolved);
        },
        wizard->draftRequest());
}

void BulkPickerPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_loadState->setText(tr("Loading…"));
    ApiClient *client = wizard()->environment().client;
    const QString sessionId = wizard()->context().target.ref.sessionId;
    const auto done = [this](Result<Choices, ApiError> listed) { fill(listed); };
    if (std::holds_alternative<BulkOneDriveRestore>(wizard()->request())) {
        loadOneDrives(client, sessionId, this, [done](Result<QList<QJsonObject>, ApiError> listed) {
            if (!listed) {
                done(unexpected(listed.error()));
                return;
            }
            Choices choices;
            for (const QJsonObject &oneDrive : std::as_const(listed.value()))
                choices.append({oneDriveText(oneDrive), oneDrive});
            done(choices);
        });
    } else if (client) {
        loadMailboxes(client, sessionId, this, done);
    }
}

void BulkPickerPage::fill(const Result<Choices, ApiError> &listed)
{
    if (!listed) {
        m_loaded = false; // going back and forth tries again
        m_loadState->setText(tr("The list could not be loaded: %1").arg(errorDisplayText(listed.error())));
        return;
    }
    const QSignalBlocker blocker(m_list);
    for (const auto &[text, value] : listed.value()) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, value);
    }
    m_loadState->setText(listed->isEmpty() ? tr("This restore session lists none.")
                                           : tr("%n listed in this restore session.", nullptr, static_cast<int>(listed->size())));
}

void BulkPickerPage::updateDraft()
{
    QList<QVariant> checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            checked.append(m_list->item(row)->data(Qt::UserRole));
    }
    std::visit(
        [&checked](auto &request) {
            if constexpr (requires { request.oneDrives; }) {
                request.oneDrives.clear();
                for (const QVariant &oneDrive : checked)
                    request.oneDrives.append(oneDrive.toJsonObject());
            } else if constexpr (requires { request.mailboxIds; }) {
                request.mailboxIds.clear();
                request.mailboxNames.clear();
                for (const QVariant &mailbox : checked) {
                    request.mailboxIds.append(mailbox.toStringList().value(0));
                    request.mailboxNames.append(mailbox.toStringList().value(1));
                }
            }
        },
        wizard()->draftRequest());
}

// ---- BulkMailboxOptionsPage ---------------------------------------------------------------------

BulkMailboxOptionsPage::BulkMailboxOptionsPage(ActionWizard *wizard) : DraftPage(wizard, {QStringLiteral("casServer")})
{
    setTitle(tr("Mailbox options"));
    setSubTitle(tr("Which items are written back into the mailboxes."));
    auto &request = wizard->draft<BulkMailboxRestore>();
    QLineEdit *server = addLine(tr("Exchange &server:"), QStringLiteral("casServerEdit"), &request.casServer,
                                QStringLiteral("casServer"));
    server->setPlaceholderText(tr("Empty: the server's default"));
    addMailSwitches(request);
}

// ---- VersionPickerPage --------------------------------------------------------------------------

VersionPickerPage::VersionPickerPage(ActionWizard *wizard) : DraftPage(wizard, {QStringLiteral("target")})
{
    setTitle(tr("Version"));
    setSubTitle(tr("Choose the earlier version of \"%1\" to write back.").arg(wizard->context().label));
    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_versions->setAccessibleName(tr("Versions of the document"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Version"), tr("Modified"), tr("Modified by"), tr("Size")});
    form()->addRow(m_versions);
    setFieldWidget(QStringLiteral("target"), m_versions);
    m_loadState = new QLabel(this);
    m_loadState->setObjectName(QStringLiteral("versionLoadState"));
    form()->addRow(m_loadState);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        this->wizard()->draft<RestoreVersion>().target.ref.versionId = current ? current->data(0, Qt::UserRole).toString()
                                                                         : QString();
    });
}

void VersionPickerPage::initializePage()
{
    ApiClient *client = wizard()->environment().client;
    if (m_loaded || !client)
        return;
    m_loaded = true;
    const ResourceRef &document = wizard()->context().target.ref;
    ListQuery query;
    query.collection = Collection::DocumentVersions;
    query.sessionId = document.sessionId;
    query.containerId = document.containerId;
    query.parentId = document.id;
    m_loadState->setText(tr("Loading the versions…"));
    client->fetchPage<DocumentVersion>(query, this, [this](Result<Page<DocumentVersion>, ApiError> page) {
        if (!page) {
            m_loaded = false;
            m_loadState->setText(tr("The versions could not be loaded: %1").arg(errorDisplayText(page.error())));
            return;
        }
        const QLocale locale;
        for (const DocumentVersion &version : std::as_const(page->items)) {
            auto *item = new QTreeWidgetItem(m_versions);
            item->setText(0, version.version.isEmpty() ? QString::number(version.versionId) : version.version);
            item->setText(1, locale.toString(version.modified.toLocalTime(), QLocale::ShortFormat));
            item->setText(2, version.modifiedBy);
            item->setText(3, version.sizeBytes >= 0 ? locale.formattedDataSize(version.sizeBytes) : QString());
            item->setData(0, Qt::UserRole, QString::number(version.versionId));
        }
        m_loadState->setText(page->items.isEmpty() ? tr("No earlier versions are listed. They appear only in restore sessions opened with "
                                                        "\"Show all versions\".")
                                                   : QString());
    });
}

// ---- SendPage -----------------------------------------------------------------------------------

SendPage::SendPage(ActionWizard *wizard)
    : DraftPage(wizard, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("text")})
{
    setTitle(tr("Send by e-mail"));
    setSubTitle(tr("The backup server sends the data as attachments through its own e-mail settings."));
    auto &request = wizard->draft<SendByMail>();
    m_settingsState = new QLabel(this);
    m_settingsState->setObjectName(QStringLiteral("emailSettingsState"));
    m_settingsState->setWordWrap(true);
    form()->addRow(m_settingsState);

    const ActionTarget &target = wizard->context().target;
    const bool mail = target.selectedIds.isEmpty() ? target.ref.kind == ResourceKind::MailItem
                                                   : target.selectionKind == Collection::MailItems;
    const Dialect *dialect = wizard->environment().client ? wizard->environment().client->dialect() : nullptr;
    if (mail && dialect && dialect->actionRequest(target, ActionVerb::SendToDefaultAddress, {}).hasValue()) {
        m_toDefault = addCheck(tr("Send to the mailbox &owner's own address"), QStringLiteral("toDefaultCheck"),
                               &request.toDefaultAddress);
    }
    m_from = addLine(tr("&From:"), QStringLiteral("fromEdit"), &request.from, QStringLiteral("from"));
    m_to = addLine(tr("&To:"), QStringLiteral("toEdit"), &request.to, QStringLiteral("to"));
    m_to->setPlaceholderText(tr("name@example.com; other@example.com"));
    addLine(tr("&Subject:"), QStringLiteral("subjectEdit"), &request.subject, QStringLiteral("subject"));
    LimitedTextEdit *text = addTextEdit(tr("message"), kMaxTextLength, QStringLiteral("messageEdit"), tr("Message"));
    setFieldWidget(QStringLiteral("text"), text);
    connect(text, &QPlainTextEdit::textChanged, this, [text, &request] { request.text = text->toPlainText(); });
    form()->addRow(tr("&Message:"), text);
    if (m_toDefault) {
        connect(m_toDefault, &QCheckBox::toggled, this, [this](bool toOwner) {
            m_from->setEnabled(!toOwner);
            m_to->setEnabled(!toOwner);
        });
    }
}

void SendPage::initializePage()
{
    if (m_checking || m_checked)
        return;
    m_checking = true;
    m_settingsState->setText(tr("Reading the server's e-mail settings…"));
    const ActionTarget &target = wizard()->context().target;
    const bool mail = target.selectedIds.isEmpty() ? target.ref.kind == ResourceKind::MailItem
                                                   : target.selectionKind == Collection::MailItems;
    fetchSendSettings(wizard()->environment().client, mail, this,
                      [this](Result<EmailSettings, ApiError> settings) { applySettings(settings); });
    emit completeChanged();
}

void SendPage::applySettings(const Result<EmailSettings, ApiError> &settings)
{
    m_checking = false;
    m_checked = true;
    if (!settings) {
        m_settingsState->setText(tr("The server's e-mail settings could not be read (%1). The server will say "
                                    "whether it can send.")
                                     .arg(errorDisplayText(settings.error())));
    } else {
        m_settings = settings.value();
        auto &request = wizard()->draft<SendByMail>();
        if (request.from.trimmed().isEmpty() && !m_settings->from.isEmpty())
            m_from->setText(m_settings->from);
        const QString problem = pageProblem();
        if (problem.isEmpty()) {
            QStringList text {m_settings->server.isEmpty() ? tr("The server's e-mail settings are complete.")
                                                           : tr("The server sends through %1.").arg(m_settings->server)};
            m_settingsState->setText((text + m_settings->notes()).join(u' '));
        } else {
            m_settingsState->setText(tr("The server cannot send e-mail yet."));
            banner()->showMessage(MessageBanner::Level::Error, problem);
        }
    }
    emit completeChanged();
}

QString SendPage::pageProblem() const
{
    if (!m_settings)
        return {};
    const auto &request = std::get<SendByMail>(wizard()->request());
    const QStringList missing = m_settings->missing(request.toDefaultAddress || !request.from.trimmed().isEmpty());
    if (missing.isEmpty())
        return {};
    return missing.join(u' ') + u' '
           + tr("Ask the backup administrator to complete the Veeam Explorer e-mail settings on the server.");
}

bool SendPage::isComplete() const
{
    return !m_checking;
}

// ---- PstPage ------------------------------------------------------------------------------------

PstPage::PstPage(ActionWizard *wizard)
    : DraftPage(wizard, {QStringLiteral("target"), QStringLiteral("contentKeyword"), QStringLiteral("pstSizeLimitBytes")})
{
    setTitle(tr("Export to PST"));
    setSubTitle(tr("The server writes a PST file, which is then saved through the downloads panel."));
    auto &request = wizard->draft<ExportToPst>();
    const ActionTarget &target = wizard->context().target;
    QLineEdit *keyword = addLine(tr("Only items &containing:"), QStringLiteral("keywordEdit"), &request.contentKeyword,
                                 QStringLiteral("contentKeyword"));
    keyword->setPlaceholderText(tr("Empty: every item"));
    keyword->setEnabled(target.selectedIds.isEmpty() && target.ref.kind != ResourceKind::MailItem);
    auto *split = new QCheckBox(tr("&Split into PST files of at most"), this);
    split->setObjectName(QStringLiteral("splitCheck"));
    split->setAccessibleName(tr("Split into PST files of at most"));
    auto *size = new QSpinBox(this);
    size->setObjectName(QStringLiteral("sizeLimitSpin"));
    size->setAccessibleName(tr("PST size limit in GB"));
    size->setRange(static_cast<int>(ExportToPst::kMinPstSizeLimit / kGigabyte),
                   static_cast<int>(ExportToPst::kMaxPstSizeLimit / kGigabyte));
    size->setValue(10);
    size->setSuffix(tr(" GB"));
    size->setEnabled(false);
    form()->addRow(split, size);
    setFieldWidget(QStringLiteral("pstSizeLimitBytes"), size);
    const auto apply = [split, size, &request] {
        size->setEnabled(split->isChecked());
        request.pstSizeLimitBytes = split->isChecked() ? std::optional<qint64>(size->value() * kGigabyte) : std::nullopt;
    };
    connect(split, &QCheckBox::toggled, this, apply);
    connect(size, &QSpinBox::valueChanged, this, apply);
}

// ---- SummaryPage --------------------------------------------------------------------------------

SummaryPage::SummaryPage(ActionWizard *wizard) : DraftPage(wizard, {})
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Exactly this will be sent to the backup server (passwords are not shown)."));
    m_summary = new QTreeWidget(this);
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setAccessibleName(tr("What will be sent"));
    m_summary->setRootIsDecorated(false);
    m_summary->setHeaderLabels({tr("Setting"), tr("Value")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    form()->addRow(m_summary);
    m_reason = addTextEdit(tr("reason"), kMaxReasonLength, QStringLiteral("reasonEdit"), tr("Reason"));
    m_reason->setPlaceholderText(tr("Ticket number or why this is done; kept in the restore log."));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    form()->addRow(tr("&Reason:"), m_reason);
    setFieldWidget(QStringLiteral("reason"), m_reason);
    setFinalPage(true);
}

void SummaryPage::initializePage()
{
    m_summary->clear();
    for (const SummaryLine &line : actions::summary(wizard()->request())) {
        auto *item = new QTreeWidgetItem(m_summary, {line.label, line.value});
        item->setData(0, Qt::UserRole, line.key);
        item->setToolTip(1, line.value);
    }
    if (const Validity valid = actions::validate(wizard()->request()); !valid)
        showError(valid.error());
    else
        banner()->clear();
}

bool SummaryPage::validatePage()
{
    if (!DraftPage::validatePage())
        return false;
    // The reason goes to the restore log only: core's request knows nothing of it.
    if (const Validity valid = actions::validateReason(reason()); !valid) {
        showError(valid.error());
        return false;
    }
    return true;
}

QString SummaryPage::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace re::ui
