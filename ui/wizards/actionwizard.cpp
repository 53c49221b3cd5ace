#include "actionwizard.h"

#include "api/client/apiclient.h"
#include "credentialspage.h"
#include "wizardpages.h"

#include <QJsonArray>

namespace re::ui {

namespace {

using namespace re::actions;

bool isOneDriveTarget(const ActionTarget &target)
{
    if (!target.selectedIds.isEmpty())
        return target.selectionKind == Collection::OneDriveDocuments || target.selectionKind == Collection::OneDriveFolders;
    return target.ref.kind == ResourceKind::OneDrive || target.ref.kind == ResourceKind::OneDriveFolder
           || target.ref.kind == ResourceKind::OneDriveDocument;
}

QString submitText(ActionKind kind)
{
    switch (kind) {
    case ActionKind::SendByMail: return ActionWizard::tr("&Send");
    case ActionKind::ExportToPst: return ActionWizard::tr("&Export");
    case ActionKind::CopyToOneDrive: return ActionWizard::tr("&Copy");
    default: return ActionWizard::tr("&Restore");
    }
}

} // namespace

ActionWizard::ActionWizard(ActionKind kind, const ActionContext &context, const WizardEnvironment &environment,
                           QWidget *parent)
    : QWizard(parent), m_kind(kind), m_context(context), m_environment(environment), m_draft(draftFor(kind, context))
{
    setObjectName(QStringLiteral("actionWizard"));
    setWindowTitle(actionTitle(m_draft) + (context.label.isEmpty() ? QString() : QStringLiteral(" — ") + context.label));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, submitText(kind));
    // The summary page lists addresses, folder paths and server names: room for them without scrolling.
    setMinimumSize(680, 500);

    QList<DraftPage *> pages;
    switch (kind) {
    case ActionKind::RestoreToOriginal:
        if (isOneDriveTarget(context.target))
            pages.append(new DocumentOptionsPage(this));
        break;
    case ActionKind::RestoreToMailbox: pages.append(new MailboxTargetPage(this)); break;
    case ActionKind::CopyToOneDrive: pages.append(new CopyTargetPage(this)); break;
    case ActionKind::SendByMail: pages.append(new SendPage(this)); break;
    case ActionKind::ExportToPst: pages.append(new PstPage(this)); break;
    case ActionKind::BulkOneDriveRestore:
        pages.append(new BulkPickerPage(this));
        pages.append(new DocumentOptionsPage(this));
        break;
    case ActionKind::BulkMailboxRestore:
        pages.append(new BulkPickerPage(this));
        pages.append(new BulkMailboxOptionsPage(this));
        break;
    case ActionKind::RestoreVersion:
        pages.append(new VersionPickerPage(this));
        pages.append(new DocumentOptionsPage(this));
        break;
    }
    std::visit(
        [&](const auto &request) {
            if constexpr (requires { request.credentials; }) {
                m_credentialsPage = new CredentialsPage(this);
                pages.append(m_credentialsPage);
            }
        },
        m_draft);
    m_summaryPage = new SummaryPage(this);
    pages.append(m_summaryPage);
    // A target the action cannot take is reported where the wizard starts.
    pages.first()->addOwnedField(QStringLiteral("target"));
    for (DraftPage *page : std::as_const(pages))
        addPage(page);
}

ActionWizard::~ActionWizard() = default;

QString ActionWizard::reason() const
{
    return m_summaryPage->reason();
}

void ActionWizard::persistCredentials()
{
    if (m_credentialsPage)
        m_credentialsPage->persist();
}

bool ActionWizard::dialectSends(const QString &option, const QJsonValue &value) const
{
    const Dialect *dialect = m_environment.client ? m_environment.client->dialect() : nullptr;
    if (!dialect)
        return false;
    ActionCall call = std::visit([](const auto &request) { return request.call(); }, m_draft);
    call.options.insert(option, value);
    if (call.verb == ActionVerb::BulkRestore && call.target.selectedIds.isEmpty()) {
        // A stand-in OneDrive: only the body's keys matter here.
        call.target.selectedIds = {QStringLiteral("probe")};
        call.options.insert(QStringLiteral("oneDrives"), QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("probe")}}});
    }
    if (m_kind == ActionKind::RestoreVersion && call.target.ref.versionId.isEmpty())
        call.target.ref.versionId = QStringLiteral("probe");
    const Result<RequestSpec, ApiError> spec = dialect->actionRequest(call.target, call.verb, call.options);
    return spec && QString::fromUtf8(spec->body).contains(u'"' + option + u'"', Qt::CaseInsensitive);
}

} // namespace re::ui
