#include "actionoffers.h"

#include <QCoreApplication>

namespace re::ui {

namespace {


enum class Workload { Exchange, OneDrive, Organization, None };

Workload workloadOf(const ActionContext &context)
{
    const ActionTarget &target = context.target;
    if (!target.selectedIds.isEmpty()) {
        switch (target.selectionKind) {
        case Collection::MailItems: return Workload::Exchange;
        case Collection::OneDriveDocuments:
        case Collection::OneDriveFolders: return Workload::OneDrive;
        default: return Workload::None;
        }
    }
    switch (target.ref.kind) {
    case ResourceKind::Mailbox:
    case ResourceKind::MailFolder:
    case ResourceKind::MailItem: return Workload::Exchange;
    case ResourceKind::OneDrive:
    case ResourceKind::OneDriveFolder:
    case ResourceKind::OneDriveDocument: return Workload::OneDrive;
    case ResourceKind::SessionOrganization: return Workload::Organization;
    default: return Workload::None;
    }
}

// Asks the dialect to build the request: the one authority on what this API version has.
bool available(const Dialect &dialect, const ActionTarget &target, ActionVerb verb)
{
    return dialect.actionRequest(target, verb, {}).hasValue();
}

// Servers list `_actions` for what they advertise (seed 004: exporttoPst and search on the session
// organization) but not for every verb they accept, so only an advertised family is narrowed by it.
bool advertisedOrSilent(const ActionContext &context, std::initializer_list<QLatin1StringView> names)
{
    if (!context.serverSentActions)
        return true;
    for (const QString &offered : context.serverActions) {
        for (QLatin1StringView name : names) {
            if (offered.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

ActionTarget bulkProbe(const QString &sessionId, Collection selection)
{
    ActionTarget probe;
    probe.ref.kind = ResourceKind::SessionOrganization;
    probe.ref.sessionId = sessionId;
    probe.selectionKind = selection;
    probe.selectedIds = {QStringLiteral("probe")};
    return probe;
}

} // namespace

QList<ActionKind> offeredActions(const Dialect &dialect, const ActionContext &context)
{
    QList<ActionKind> offered;
    if (!context.isValid())
        return offered;
    const ActionTarget &target = context.target;
    const Workload workload = workloadOf(context);
    const bool single = target.selectedIds.isEmpty();

    if ((workload == Workload::Exchange || workload == Workload::OneDrive)
        && available(dialect, target, ActionVerb::RestoreToOriginal))
        offered.append(ActionKind::RestoreToOriginal);
    if (workload == Workload::Exchange && available(dialect, target, ActionVerb::RestoreTo))
        offered.append(ActionKind::RestoreToMailbox);
    if (workload == Workload::OneDrive && available(dialect, target, ActionVerb::CopyTo))
        offered.append(ActionKind::CopyToOneDrive);
    if (workload == Workload::OneDrive && single && target.ref.kind == ResourceKind::OneDriveDocument
        && dialect.supports(Collection::DocumentVersions)) {
        ActionTarget version = target;
        version.ref.kind = ResourceKind::DocumentVersion;
        version.ref.versionId = QStringLiteral("probe");
        if (available(dialect, version, ActionVerb::RestoreToOriginal))
            offered.append(ActionKind::RestoreVersion);
    }
    const bool mailItems = workload == Workload::Exchange && (!single || target.ref.kind == ResourceKind::MailItem);
    if ((mailItems
         && (available(dialect, target, ActionVerb::SendToDifferentAddress)
             || available(dialect, target, ActionVerb::SendToDefaultAddress)))
        || (workload == Workload::OneDrive && available(dialect, target, ActionVerb::SendTo)))
        offered.append(ActionKind::SendByMail);
    const bool exchangeOrganization = workload == Workload::Organization && context.sessionType == SessionType::Exchange;
    if ((workload == Workload::Exchange || exchangeOrganization) && available(dialect, target, ActionVerb::ExportToPst)
        && advertisedOrSilent(context, {QLatin1StringView("exportToPst"), QLatin1StringView("exporttoPst")}))
        offered.append(ActionKind::ExportToPst);
    if (workload == Workload::Organization && context.sessionType == SessionType::OneDrive
        && available(dialect, bulkProbe(target.ref.sessionId, Collection::OneDrives), ActionVerb::BulkRestore))
        offered.append(ActionKind::BulkOneDriveRestore);
    if (exchangeOrganization
        && available(dialect, bulkProbe(target.ref.sessionId, Collection::Mailboxes), ActionVerb::BulkRestore))
        offered.append(ActionKind::BulkMailboxRestore);
    return offered;
}

QString actionMenuText(ActionKind kind)
{
    switch (kind) {
    case ActionKind::RestoreToOriginal: return QCoreApplication::translate("ActionOffers", "Restore to &Original Location…");
    case ActionKind::RestoreToMailbox: return QCoreApplication::translate("ActionOffers", "Restore to Another &Mailbox…");
    case ActionKind::CopyToOneDrive: return QCoreApplication::translate("ActionOffers", "&Copy to Another OneDrive…");
    case ActionKind::SendByMail: return QCoreApplication::translate("ActionOffers", "Send by E-&mail…");
    case ActionKind::ExportToPst: return QCoreApplication::translate("ActionOffers", "Export to &PST…");
    case ActionKind::BulkOneDriveRestore: return QCoreApplication::translate("ActionOffers", "Restore &OneDrives…");
    case ActionKind::RestoreVersion: return QCoreApplication::translate("ActionOffers", "Restore an Earlier &Version…");
    case ActionKind::BulkMailboxRestore: return QCoreApplication::translate("ActionOffers", "Restore M&ailboxes…");
    }
    return {};
}

actions::ActionRequest draftFor(ActionKind kind, const ActionContext &context)
{
    const auto with = [&context]<typename T>(T request) -> actions::ActionRequest {
        request.target = context.target;
        return request;
    };
    switch (kind) {
    case ActionKind::RestoreToOriginal: return with(actions::RestoreToOriginal {});
    case ActionKind::RestoreToMailbox: return with(actions::RestoreToMailbox {});
    case ActionKind::CopyToOneDrive: return with(actions::CopyToOneDrive {});
    case ActionKind::SendByMail: return with(actions::SendByMail {});
    case ActionKind::ExportToPst: return with(actions::ExportToPst {});
    case ActionKind::BulkOneDriveRestore: {
        actions::BulkOneDriveRestore bulk;
        bulk.sessionId = context.target.ref.sessionId;
        return bulk;
    }
    case ActionKind::BulkMailboxRestore: {
        actions::BulkMailboxRestore bulk;
        bulk.sessionId = context.target.ref.sessionId;
        return bulk;
    }
    case ActionKind::RestoreVersion: {
        // The version is picked on the wizard's first page; until then core says to choose one.
        actions::RestoreVersion version;
        version.target = context.target;
        version.target.ref.kind = ResourceKind::DocumentVersion;
        version.target.ref.versionId.clear();
        return version;
    }
    }
    return with(actions::RestoreToOriginal {});
}

} // namespace re::ui
