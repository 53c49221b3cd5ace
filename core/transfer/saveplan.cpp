#include "transfer/saveplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

QString trPlan(const char *text, int n = -1)
{
    return QCoreApplication::translate("re::SavePlan", text, nullptr, n);
}

ApiError validation(QString message)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.message = std::move(message);
    return error;
}

bool isMail(ResourceKind kind)
{
    return kind == ResourceKind::Mailbox || kind == ResourceKind::MailFolder || kind == ResourceKind::MailItem
        || kind == ResourceKind::SessionOrganization;
}

bool isOneDrive(ResourceKind kind)
{
    return kind == ResourceKind::OneDrive || kind == ResourceKind::OneDriveFolder
        || kind == ResourceKind::OneDriveDocument || kind == ResourceKind::DocumentVersion;
}

QString withSuffix(const QString &name, const QString &suffix)
{
    return name.endsWith(suffix, Qt::CaseInsensitive) ? name : name + suffix;
}

QString nameOf(const SaveSubject &subject)
{
    if (!subject.name.trimmed().isEmpty())
        return subject.name;
    return subject.ref.kind == ResourceKind::MailItem ? trPlan("Mail item") : trPlan("Download");
}

Result<SavePlanEntry, ApiError> singleEntry(const SaveSubject &subject, const SavePlanOptions &options)
{
    SavePlanEntry entry;
    entry.target.ref = subject.ref;
    const ResourceKind kind = subject.ref.kind;
    if (options.format == SaveFormat::Pst && isOneDrive(kind))
        return unexpected(validation(
            trPlan("\"%1\" is OneDrive data, which cannot be exported to PST; save it instead.").arg(nameOf(subject))));
    switch (kind) {
    case ResourceKind::OneDrive:
    case ResourceKind::OneDriveFolder:
        entry.verb = ActionVerb::Save;
        entry.suggestedName = withSuffix(nameOf(subject), u".zip"_s);
        return entry;
    case ResourceKind::OneDriveDocument:
    case ResourceKind::DocumentVersion:
        entry.verb = ActionVerb::Save;
        entry.options.insert(u"asZip"_s, options.documentsAsZip);
        entry.suggestedName = options.documentsAsZip ? withSuffix(nameOf(subject), u".zip"_s) : nameOf(subject);
        return entry;
    case ResourceKind::MailItem:
        if (options.format == SaveFormat::Native) {
            entry.verb = ActionVerb::SaveToMsg;
            entry.suggestedName = withSuffix(nameOf(subject), u".msg"_s);
            return entry;
        }
        [[fallthrough]];
    case ResourceKind::Mailbox:
    case ResourceKind::MailFolder:
    case ResourceKind::SessionOrganization:
        // A mailbox or folder has no file of its own: its natural download is the PST.
        entry.verb = ActionVerb::ExportToPst;
        entry.suggestedName = withSuffix(nameOf(subject), u".pst"_s);
        return entry;
    default:
        return unexpected(validation(trPlan("\"%1\" cannot be saved: choose a mailbox, a folder, a OneDrive, "
                                            "documents or mail items.")
                                         .arg(nameOf(subject))));
    }
}

// Mail items, documents and folders of one mailbox or OneDrive can travel in one download.
std::optional<Collection> selectionKindOf(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::MailItem:
        return Collection::MailItems;
    case ResourceKind::OneDriveDocument:
        return Collection::OneDriveDocuments;
    case ResourceKind::OneDriveFolder:
        return Collection::OneDriveFolders;
    default:
        return std::nullopt;
    }
}

Result<SavePlanEntry, ApiError> selectionEntry(const QList<SaveSubject> &group, Collection selection,
                                               const SavePlanOptions &options)
{
    const ResourceRef &first = group.constFirst().ref;
    SavePlanEntry entry;
    entry.subjectCount = static_cast<int>(group.size());
    entry.target.ref.kind = selection == Collection::MailItems ? ResourceKind::Mailbox : ResourceKind::OneDrive;
    entry.target.ref.sessionId = first.sessionId;
    entry.target.ref.containerId = first.containerId;
    entry.target.selectionKind = selection;
    for (const SaveSubject &subject : group)
        entry.target.selectedIds.append(subject.ref.id);
    const int n = entry.subjectCount;
    switch (selection) {
    case Collection::MailItems:
        if (options.format == SaveFormat::Pst) {
            entry.verb = ActionVerb::ExportToPst;
            entry.suggestedName = trPlan("%n mail items", n) + u".pst"_s;
        } else {
            entry.verb = ActionVerb::SaveToMsg; // several .msg files arrive as one archive
            entry.suggestedName = trPlan("%n mail items", n) + u".zip"_s;
        }
        break;
    case Collection::OneDriveDocuments:
        entry.verb = ActionVerb::Save;
        entry.suggestedName = trPlan("%n documents", n) + u".zip"_s;
        break;
    default:
        entry.verb = ActionVerb::Save;
        entry.suggestedName = trPlan("%n folders", n) + u".zip"_s;
        break;
    }
    return entry;
}

} // namespace

Result<QList<SavePlanEntry>, ApiError> planSave(const Dialect &dialect, const QList<SaveSubject> &subjects,
                                                const SavePlanOptions &options)
{
    if (subjects.isEmpty())
        return unexpected(validation(trPlan("Nothing is selected to save.")));

    // Groups in order of first appearance: (kind, session, container) → subjects.
    QList<QList<SaveSubject>> groups;
    for (const SaveSubject &subject : subjects) {
        if (!isMail(subject.ref.kind) && !isOneDrive(subject.ref.kind))
            return unexpected(singleEntry(subject, options).error());
        auto group = std::find_if(groups.begin(), groups.end(), [&subject](const QList<SaveSubject> &g) {
            const ResourceRef &ref = g.constFirst().ref;
            return selectionKindOf(ref.kind) && ref.kind == subject.ref.kind
                && ref.sessionId == subject.ref.sessionId && ref.containerId == subject.ref.containerId;
        });
        if (group != groups.end())
            group->append(subject);
        else
            groups.append({subject});
    }

    QList<SavePlanEntry> plan;
    for (const QList<SaveSubject> &group : std::as_const(groups)) {
        const std::optional<Collection> selection = selectionKindOf(group.constFirst().ref.kind);
        if (group.size() > 1 && selection
            && !(options.format == SaveFormat::Pst && *selection != Collection::MailItems)) {
            Result<SavePlanEntry, ApiError> entry = selectionEntry(group, *selection, options);
            // A version without the selection variant of this verb gets one download per subject.
            if (entry && dialect.actionRequest(entry->target, entry->verb, entry->options)) {
                plan.append(std::move(entry).value());
                continue;
            }
        }
        for (const SaveSubject &subject : group) {
            Result<SavePlanEntry, ApiError> entry = singleEntry(subject, options);
            if (!entry)
                return unexpected(entry.error());
            if (Result<RequestSpec, ApiError> spec = dialect.actionRequest(entry->target, entry->verb, entry->options);
                !spec)
                return unexpected(spec.error());
            plan.append(std::move(entry).value());
        }
    }
    return plan;
}

} // namespace re
