#include "actions/requests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace re::actions {

namespace {

// Call sites wrap their text in QT_TRANSLATE_NOOP("Actions", …) so lupdate finds it.
inline QString actionsText(const char *text)
{
    return QCoreApplication::translate("Actions", text);
}

enum class Workload { Exchange, OneDrive, Other };

Workload workloadOf(const ActionTarget &target)
{
    if (!target.selectedIds.isEmpty()) {
        switch (target.selectionKind) {
        case Collection::MailItems: return Workload::Exchange;
        case Collection::OneDriveDocuments:
        case Collection::OneDriveFolders: return Workload::OneDrive;
        default: return Workload::Other;
        }
    }
    switch (target.ref.kind) {
    case ResourceKind::Mailbox:
    case ResourceKind::MailFolder:
    case ResourceKind::MailItem: return Workload::Exchange;
    case ResourceKind::OneDrive:
    case ResourceKind::OneDriveFolder:
    case ResourceKind::OneDriveDocument:
    case ResourceKind::DocumentVersion: return Workload::OneDrive;
    default: return Workload::Other;
    }
}

// The Exchange server (CAS) of the mail restores: a host name, named but not repeated when wrong.
Validity checkCasServer(const QString &casServer)
{
    const QString host = casServer.trimmed();
    if (Validity valid = checkLength(QStringLiteral("casServer"), QCoreApplication::translate("Actions", "Exchange server"), host,
                                     kMaxNameLength);
        !valid)
        return valid;
    if (!isHostName(host))
        return invalid(QStringLiteral("casServer"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "\"%1\" is not a server name: enter a host name such as "
                                                       "outlook.office365.com, without https:// or a path."))
                           .arg(quoted(host)));
    return {};
}

bool isContainerKind(ResourceKind kind)
{
    return kind == ResourceKind::Mailbox || kind == ResourceKind::OneDrive || kind == ResourceKind::SessionOrganization;
}

// Checks that the target is one of the allowed kinds and carries the ids it needs.
Validity checkTarget(const ActionTarget &target, std::initializer_list<ResourceKind> singles,
                     std::initializer_list<Collection> selections)
{
    const QString field = QStringLiteral("target");
    if (target.ref.sessionId.trimmed().isEmpty())
        return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "No restore session is open: explore a restore point first.")));
    if (!target.selectedIds.isEmpty()) {
        if (std::find(selections.begin(), selections.end(), target.selectionKind) == selections.end())
            return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "This action cannot be run on the selected items.")));
        if (target.ref.containerId.trimmed().isEmpty())
            return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "The mailbox or OneDrive of the selected items is not known.")));
        for (const QString &id : target.selectedIds) {
            if (id.trimmed().isEmpty())
                return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "One of the selected items has no ID.")));
        }
        return {};
    }
    if (std::find(singles.begin(), singles.end(), target.ref.kind) == singles.end())
        return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "This action cannot be run on this kind of item.")));
    if (target.ref.kind != ResourceKind::SessionOrganization && target.ref.containerId.trimmed().isEmpty())
        return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "The mailbox or OneDrive to act on is not known.")));
    if (!isContainerKind(target.ref.kind) && target.ref.id.trimmed().isEmpty())
        return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "The item to act on has no ID.")));
    if (target.ref.kind == ResourceKind::DocumentVersion && target.ref.versionId.trimmed().isEmpty())
        return invalid(field, actionsText(QT_TRANSLATE_NOOP("Actions", "Choose the version of the document to restore.")));
    return {};
}

constexpr std::initializer_list<ResourceKind> kExchangeKinds = {ResourceKind::Mailbox, ResourceKind::MailFolder,
                                                                 ResourceKind::MailItem};
constexpr std::initializer_list<ResourceKind> kOneDriveKinds = {
    ResourceKind::OneDrive, ResourceKind::OneDriveFolder, ResourceKind::OneDriveDocument, ResourceKind::DocumentVersion};
constexpr std::initializer_list<Collection> kOneDriveSelections = {Collection::OneDriveDocuments,
                                                                   Collection::OneDriveFolders};

QString documentVersionText(DocumentVersionMode mode)
{
    return mode == DocumentVersionMode::All ? QStringLiteral("All") : QStringLiteral("Last");
}

QString documentActionText(DocumentActionMode mode)
{
    return mode == DocumentActionMode::Overwrite ? QStringLiteral("Overwrite") : QStringLiteral("Keep");
}

QString lastVersionActionText(LastVersionActionMode mode)
{
    return mode == LastVersionActionMode::Overwrite ? QStringLiteral("Overwrite") : QStringLiteral("Merge");
}

QString documentVersionLabel(DocumentVersionMode mode)
{
    return mode == DocumentVersionMode::All ? actionsText(QT_TRANSLATE_NOOP("Actions", "All versions")) : actionsText(QT_TRANSLATE_NOOP("Actions", "Latest version only"));
}

QString documentActionLabel(DocumentActionMode mode)
{
    return mode == DocumentActionMode::Overwrite ? actionsText(QT_TRANSLATE_NOOP("Actions", "Overwrite the existing document"))
                                                 : actionsText(QT_TRANSLATE_NOOP("Actions", "Keep the existing document (restore as RESTORED-<name>)"));
}

QString yesNo(bool value)
{
    return value ? actionsText(QT_TRANSLATE_NOOP("Actions", "yes")) : actionsText(QT_TRANSLATE_NOOP("Actions", "no"));
}

SummaryLine targetLine(const ActionTarget &target)
{
    return {QStringLiteral("target"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target")), describeTarget(target)};
}

// Only the properties RESTOneDrive documents: what the server listed, minus anything else.
QJsonObject oneDriveObject(const QJsonObject &listed)
{
    QJsonObject object;
    for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
        const QString key = it.key();
        for (const QLatin1StringView known : {QLatin1StringView("id"), QLatin1StringView("name"),
                                              QLatin1StringView("url"), QLatin1StringView("_links")}) {
            if (key.compare(known, Qt::CaseInsensitive) == 0)
                object.insert(known, it.value());
        }
    }
    return object;
}

QString oneDriveLabel(const QJsonObject &oneDrive)
{
    const QJsonObject object = oneDriveObject(oneDrive);
    const QString name = object.value(QLatin1StringView("name")).toString();
    const QString id = object.value(QLatin1StringView("id")).toString();
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}


// The item options restoreTo shares between one mailbox (RestoreToMailbox) and many (BulkMailboxRestore):
// seed 003's table. Both requests carry them under the same names.
template <typename MailRestore>
void addMailItemOptions(QJsonObject &options, const MailRestore &request)
{
    options.insert(QStringLiteral("changedItems"), request.changedItems);
    options.insert(QStringLiteral("deletedItems"), request.deletedItems);
    options.insert(QStringLiteral("markRestoredAsUnread"), request.markRestoredAsUnread);
    options.insert(QStringLiteral("excludeDrafts"), request.excludeDrafts);
    options.insert(QStringLiteral("excludeDeletedItems"), request.excludeDeletedItems);
    options.insert(QStringLiteral("excludeInPlaceHoldItems"), request.excludeInPlaceHoldItems);
    options.insert(QStringLiteral("excludeLitigationHoldItems"), request.excludeLitigationHoldItems);
}

template <typename MailRestore>
QList<SummaryLine> mailItemOptionLines(const MailRestore &request)
{
    return {
        {QStringLiteral("changedItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Changed items")), yesNo(request.changedItems)},
        {QStringLiteral("deletedItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Deleted items")), yesNo(request.deletedItems)},
        {QStringLiteral("markRestoredAsUnread"), actionsText(QT_TRANSLATE_NOOP("Actions", "Mark restored items as unread")),
         yesNo(request.markRestoredAsUnread)},
        {QStringLiteral("excludeDrafts"), actionsText(QT_TRANSLATE_NOOP("Actions", "Exclude Drafts")), yesNo(request.excludeDrafts)},
        {QStringLiteral("excludeDeletedItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Exclude Deleted Items")),
         yesNo(request.excludeDeletedItems)},
        {QStringLiteral("excludeInPlaceHoldItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Exclude In-Place Hold items")),
         yesNo(request.excludeInPlaceHoldItems)},
        {QStringLiteral("excludeLitigationHoldItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Exclude Litigation Hold items")),
         yesNo(request.excludeLitigationHoldItems)},
    };
}

} // namespace

// ---- RestoreToOriginal ---------------------------------------------------------------------------

Validity RestoreToOriginal::validate() const
{
    if (Validity valid = checkTarget(target,
                                     {ResourceKind::Mailbox, ResourceKind::MailFolder, ResourceKind::MailItem,
                                      ResourceKind::OneDrive, ResourceKind::OneDriveFolder,
                                      ResourceKind::OneDriveDocument},
                                     {Collection::MailItems, Collection::OneDriveDocuments, Collection::OneDriveFolders});
        !valid)
        return valid;
    return credentials.validate();
}

ActionCall RestoreToOriginal::call() const
{
    QJsonObject options;
    credentials.addTo(options);
    if (workloadOf(target) == Workload::OneDrive) {
        options.insert(QStringLiteral("documentVersion"), documentVersionText(documentVersion));
        options.insert(QStringLiteral("documentAction"), documentActionText(documentAction));
    }
    return {target, ActionVerb::RestoreToOriginal, options};
}

QList<SummaryLine> RestoreToOriginal::summary() const
{
    QList<SummaryLine> lines {targetLine(target)};
    if (workloadOf(target) == Workload::OneDrive) {
        lines.append({QStringLiteral("documentVersion"), actionsText(QT_TRANSLATE_NOOP("Actions", "Versions")), documentVersionLabel(documentVersion)});
        lines.append({QStringLiteral("documentAction"), actionsText(QT_TRANSLATE_NOOP("Actions", "If the document exists")),
                      documentActionLabel(documentAction)});
    }
    return lines + credentials.summary();
}

// ---- RestoreToMailbox ----------------------------------------------------------------------------

Validity RestoreToMailbox::validate() const
{
    if (Validity valid = checkTarget(target, kExchangeKinds, {Collection::MailItems}); !valid)
        return valid;
    if (mailbox.trimmed().isEmpty())
        return invalid(QStringLiteral("mailbox"), actionsText(QT_TRANSLATE_NOOP("Actions", "Enter the e-mail address of the target mailbox.")));
    if (Validity valid = checkLength(QStringLiteral("mailbox"), QCoreApplication::translate("Actions", "mailbox address"),
                                     mailbox.trimmed(), kMaxNameLength);
        !valid)
        return valid;
    if (!isEmailAddress(mailbox.trimmed()))
        return invalid(QStringLiteral("mailbox"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "\"%1\" is not an e-mail address (name@example.com).")).arg(quoted(mailbox.trimmed())));
    if (Validity valid = checkLength(QStringLiteral("folder"), QCoreApplication::translate("Actions", "folder"), folder, kMaxPathLength); !valid)
        return valid;
    if (casServer.trimmed().isEmpty())
        return invalid(QStringLiteral("casServer"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "Enter the Exchange server (CAS), e.g. outlook.office365.com.")));
    if (Validity valid = checkCasServer(casServer); !valid)
        return valid;
    return credentials.validate();
}

ActionCall RestoreToMailbox::call() const
{
    QJsonObject options {{QStringLiteral("casServer"), casServer.trimmed()}, {QStringLiteral("mailbox"), mailbox.trimmed()}};
    addMailItemOptions(options, *this);
    if (!folder.trimmed().isEmpty())
        options.insert(QStringLiteral("folder"), folder.trimmed());
    credentials.addTo(options);
    return {target, ActionVerb::RestoreTo, options};
}

QList<SummaryLine> RestoreToMailbox::summary() const
{
    QList<SummaryLine> lines {
        targetLine(target),
        {QStringLiteral("mailbox"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target mailbox")), mailbox.trimmed()},
        {QStringLiteral("folder"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target folder")),
         folder.trimmed().isEmpty() ? actionsText(QT_TRANSLATE_NOOP("Actions", "(server default)")) : folder.trimmed()},
        {QStringLiteral("casServer"), actionsText(QT_TRANSLATE_NOOP("Actions", "Exchange server")), casServer.trimmed()},
    };
    return lines + mailItemOptionLines(*this) + credentials.summary();
}

// ---- CopyToOneDrive ------------------------------------------------------------------------------

Validity CopyToOneDrive::validate() const
{
    if (Validity valid = checkTarget(target, kOneDriveKinds, kOneDriveSelections); !valid)
        return valid;
    if (oneDriveObject(destinationOneDrive).value(QLatin1StringView("id")).toString().trimmed().isEmpty())
        return invalid(QStringLiteral("destinationOneDrive"), actionsText(QT_TRANSLATE_NOOP("Actions", "Choose the OneDrive to copy to.")));
    if (Validity valid = checkLength(QStringLiteral("destinationFolder"), QCoreApplication::translate("Actions", "folder"),
                                     destinationFolder.trimmed(), kMaxPathLength);
        !valid)
        return valid;
    if (destinationFolder.contains(QLatin1StringView("..")))
        return invalid(QStringLiteral("destinationFolder"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "The target folder must be a folder path inside the OneDrive, without \"..\".")));
    return credentials.validate();
}

ActionCall CopyToOneDrive::call() const
{
    QJsonObject options {{QStringLiteral("onedrive"), oneDriveObject(destinationOneDrive)},
                         {QStringLiteral("documentVersion"), documentVersionText(documentVersion)},
                         {QStringLiteral("changedItems"), changedItems},
                         {QStringLiteral("deletedItems"), deletedItems},
                         {QStringLiteral("restorePermissions"), restorePermissions}};
    // The last-version action only means something when only the last version is written
    // (api-reference §8.4); with all versions the server always merges (seed 001 example 4 omits it).
    if (documentVersion == DocumentVersionMode::Last)
        options.insert(QStringLiteral("documentLastVersionAction"), lastVersionActionText(lastVersionAction));
    if (sendSharedLinksNotification) // v6+ only; the v5 table does not know it
        options.insert(QStringLiteral("sendSharedLinksNotification"), true);
    if (!destinationFolder.trimmed().isEmpty())
        options.insert(QStringLiteral("folder"), destinationFolder.trimmed());
    credentials.addTo(options);
    return {target, ActionVerb::CopyTo, options};
}

QList<SummaryLine> CopyToOneDrive::summary() const
{
    QList<SummaryLine> lines {
        targetLine(target),
        {QStringLiteral("destinationOneDrive"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target OneDrive")), oneDriveLabel(destinationOneDrive)},
        {QStringLiteral("destinationFolder"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target folder")),
         destinationFolder.trimmed().isEmpty() ? actionsText(QT_TRANSLATE_NOOP("Actions", "(root)")) : destinationFolder.trimmed()},
        {QStringLiteral("documentVersion"), actionsText(QT_TRANSLATE_NOOP("Actions", "Versions")), documentVersionLabel(documentVersion)},
        {QStringLiteral("documentLastVersionAction"), actionsText(QT_TRANSLATE_NOOP("Actions", "Latest version")),
         documentVersion == DocumentVersionMode::All ? actionsText(QT_TRANSLATE_NOOP("Actions", "merged with the existing versions"))
         : lastVersionAction == LastVersionActionMode::Overwrite ? actionsText(QT_TRANSLATE_NOOP("Actions", "Overwrite the existing document"))
                                                                 : actionsText(QT_TRANSLATE_NOOP("Actions", "Merge with the existing document"))},
        {QStringLiteral("changedItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Changed items")), yesNo(changedItems)},
        {QStringLiteral("deletedItems"), actionsText(QT_TRANSLATE_NOOP("Actions", "Deleted items")), yesNo(deletedItems)},
        {QStringLiteral("restorePermissions"), actionsText(QT_TRANSLATE_NOOP("Actions", "Restore permissions")), yesNo(restorePermissions)},
        {QStringLiteral("sendSharedLinksNotification"), actionsText(QT_TRANSLATE_NOOP("Actions", "Notify about shared links")),
         yesNo(sendSharedLinksNotification)},
    };
    return lines + credentials.summary();
}

// ---- SendByMail ----------------------------------------------------------------------------------

Validity SendByMail::validate() const
{
    if (Validity valid = checkTarget(target,
                                     {ResourceKind::MailItem, ResourceKind::OneDrive, ResourceKind::OneDriveFolder,
                                      ResourceKind::OneDriveDocument, ResourceKind::DocumentVersion},
                                     {Collection::MailItems, Collection::OneDriveDocuments, Collection::OneDriveFolders});
        !valid)
        return valid;
    if (toDefaultAddress) {
        if (workloadOf(target) != Workload::Exchange)
            return invalid(QStringLiteral("to"), actionsText(QT_TRANSLATE_NOOP("Actions", "OneDrive data can only be sent to an address you enter.")));
        return {};
    }
    if (from.trimmed().isEmpty())
        return invalid(QStringLiteral("from"), actionsText(QT_TRANSLATE_NOOP("Actions", "Enter the sender's e-mail address.")));
    if (Validity valid = checkLength(QStringLiteral("from"), QCoreApplication::translate("Actions", "sender's address"),
                                     from.trimmed(), kMaxNameLength);
        !valid)
        return valid;
    if (!isEmailAddress(from.trimmed()))
        return invalid(QStringLiteral("from"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "\"%1\" is not an e-mail address (name@example.com).")).arg(quoted(from.trimmed())));
    if (to.trimmed().isEmpty())
        return invalid(QStringLiteral("to"), actionsText(QT_TRANSLATE_NOOP("Actions", "Enter the recipient's e-mail address.")));
    if (Validity valid = checkLength(QStringLiteral("to"), QCoreApplication::translate("Actions", "list of recipients"),
                                     to.trimmed(), kMaxAddressListLength);
        !valid)
        return valid;
    if (!isEmailAddressList(to))
        return invalid(QStringLiteral("to"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "\"%1\" is not a list of e-mail addresses (separate several with ';').")).arg(quoted(to.trimmed())));
    if (Validity valid = checkLength(QStringLiteral("subject"), QCoreApplication::translate("Actions", "subject"), subject, kMaxNameLength);
        !valid)
        return valid;
    return checkLength(QStringLiteral("text"), QCoreApplication::translate("Actions", "message"), text, kMaxTextLength);
}

ActionCall SendByMail::call() const
{
    if (workloadOf(target) == Workload::Exchange && toDefaultAddress)
        return {target, ActionVerb::SendToDefaultAddress, {}};
    const QJsonObject options {{QStringLiteral("from"), from.trimmed()},
                               {QStringLiteral("to"), to.trimmed()},
                               {QStringLiteral("subject"), subject},
                               {QStringLiteral("text"), text}};
    const ActionVerb verb =
        workloadOf(target) == Workload::Exchange ? ActionVerb::SendToDifferentAddress : ActionVerb::SendTo;
    return {target, verb, options};
}

QList<SummaryLine> SendByMail::summary() const
{
    if (toDefaultAddress)
        return {targetLine(target), {QStringLiteral("to"), actionsText(QT_TRANSLATE_NOOP("Actions", "To")), actionsText(QT_TRANSLATE_NOOP("Actions", "the mailbox owner's address"))}};
    return {targetLine(target),
            {QStringLiteral("from"), actionsText(QT_TRANSLATE_NOOP("Actions", "From")), from.trimmed()},
            {QStringLiteral("to"), actionsText(QT_TRANSLATE_NOOP("Actions", "To")), to.trimmed()},
            {QStringLiteral("subject"), actionsText(QT_TRANSLATE_NOOP("Actions", "Subject")), subject},
            {QStringLiteral("text"), actionsText(QT_TRANSLATE_NOOP("Actions", "Message")), text}};
}

// ---- Save ----------------------------------------------------------------------------------------

Validity Save::validate() const
{
    return checkTarget(target,
                       {ResourceKind::MailItem, ResourceKind::OneDrive, ResourceKind::OneDriveFolder,
                        ResourceKind::OneDriveDocument, ResourceKind::DocumentVersion},
                       {Collection::MailItems, Collection::OneDriveDocuments, Collection::OneDriveFolders});
}

ActionCall Save::call() const
{
    if (workloadOf(target) == Workload::Exchange)
        return {target, ActionVerb::SaveToMsg, {}};
    QJsonObject options;
    const bool singleDocument = target.selectedIds.isEmpty()
                                && (target.ref.kind == ResourceKind::OneDriveDocument
                                    || target.ref.kind == ResourceKind::DocumentVersion);
    if (singleDocument)
        options.insert(QStringLiteral("asZip"), asZip);
    return {target, ActionVerb::Save, options};
}

QList<SummaryLine> Save::summary() const
{
    QString format;
    if (workloadOf(target) == Workload::Exchange)
        format = target.selectedIds.size() > 1 ? actionsText(QT_TRANSLATE_NOOP("Actions", "ZIP archive of .msg files")) : actionsText(QT_TRANSLATE_NOOP("Actions", ".msg file"));
    else if (target.selectedIds.isEmpty()
             && (target.ref.kind == ResourceKind::OneDriveDocument || target.ref.kind == ResourceKind::DocumentVersion))
        format = asZip ? actionsText(QT_TRANSLATE_NOOP("Actions", "ZIP archive")) : actionsText(QT_TRANSLATE_NOOP("Actions", "the document itself"));
    else
        format = actionsText(QT_TRANSLATE_NOOP("Actions", "ZIP archive"));
    return {targetLine(target), {QStringLiteral("format"), actionsText(QT_TRANSLATE_NOOP("Actions", "Saved as")), format}};
}

// ---- ExportToPst ---------------------------------------------------------------------------------

Validity ExportToPst::validate() const
{
    if (Validity valid = checkTarget(target,
                                     {ResourceKind::SessionOrganization, ResourceKind::Mailbox,
                                      ResourceKind::MailFolder, ResourceKind::MailItem},
                                     {Collection::MailItems});
        !valid)
        return valid;
    const bool items = !target.selectedIds.isEmpty() || target.ref.kind == ResourceKind::MailItem;
    if (Validity valid = checkLength(QStringLiteral("contentKeyword"), QCoreApplication::translate("Actions", "keyword"),
                                     contentKeyword.trimmed(), kMaxNameLength);
        !valid)
        return valid;
    if (items && !contentKeyword.trimmed().isEmpty())
        return invalid(QStringLiteral("contentKeyword"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "A keyword filter applies to a whole mailbox, folder or "
                                                       "organization, not to selected items.")));
    if (pstSizeLimitBytes && (*pstSizeLimitBytes < kMinPstSizeLimit || *pstSizeLimitBytes > kMaxPstSizeLimit))
        return invalid(QStringLiteral("pstSizeLimitBytes"),
                       actionsText(QT_TRANSLATE_NOOP("Actions", "The PST size limit must be between 1 GB and 49 GB.")));
    return {};
}

ActionCall ExportToPst::call() const
{
    QJsonObject options;
    if (!contentKeyword.trimmed().isEmpty())
        options.insert(QStringLiteral("contentKeyword"), contentKeyword.trimmed());
    if (pstSizeLimitBytes) {
        options.insert(QStringLiteral("enablePstSizeLimit"), true);
        options.insert(QStringLiteral("pstSizeLimitBytes"), static_cast<double>(*pstSizeLimitBytes));
    }
    return {target, ActionVerb::ExportToPst, options};
}

QList<SummaryLine> ExportToPst::summary() const
{
    QList<SummaryLine> lines {targetLine(target)};
    if (!contentKeyword.trimmed().isEmpty())
        lines.append({QStringLiteral("contentKeyword"), actionsText(QT_TRANSLATE_NOOP("Actions", "Only items containing")), contentKeyword.trimmed()});
    lines.append({QStringLiteral("pstSizeLimitBytes"), actionsText(QT_TRANSLATE_NOOP("Actions", "PST size limit")),
                  pstSizeLimitBytes ? QLocale::system().formattedDataSize(*pstSizeLimitBytes) : actionsText(QT_TRANSLATE_NOOP("Actions", "none"))});
    return lines;
}

// ---- BulkOneDriveRestore -------------------------------------------------------------------------

Validity BulkOneDriveRestore::validate() const
{
    if (sessionId.trimmed().isEmpty())
        return invalid(QStringLiteral("target"), actionsText(QT_TRANSLATE_NOOP("Actions", "No restore session is open: explore a restore point first.")));
    if (oneDrives.isEmpty())
        return invalid(QStringLiteral("oneDrives"), actionsText(QT_TRANSLATE_NOOP("Actions", "Select at least one OneDrive to restore.")));
    for (const QJsonObject &oneDrive : oneDrives) {
        if (oneDriveObject(oneDrive).value(QLatin1StringView("id")).toString().trimmed().isEmpty())
            return invalid(QStringLiteral("oneDrives"), actionsText(QT_TRANSLATE_NOOP("Actions", "One of the selected OneDrives has no ID.")));
    }
    return credentials.validate();
}

ActionCall BulkOneDriveRestore::call() const
{
    ActionTarget target;
    target.ref.kind = ResourceKind::SessionOrganization;
    target.ref.sessionId = sessionId;
    target.selectionKind = Collection::OneDrives;
    QJsonArray objects;
    for (const QJsonObject &oneDrive : oneDrives) {
        const QJsonObject object = oneDriveObject(oneDrive);
        target.selectedIds.append(object.value(QLatin1StringView("id")).toString());
        objects.append(object);
    }
    QJsonObject options {{QStringLiteral("oneDrives"), objects},
                         {QStringLiteral("skipUnresolved"), skipUnresolved},
                         {QStringLiteral("documentVersion"), documentVersionText(documentVersion)},
                         {QStringLiteral("documentAction"), documentActionText(documentAction)}};
    credentials.addTo(options, BulkCredentials::Schema::OneDrives);
    return {target, ActionVerb::BulkRestore, options};
}

QList<SummaryLine> BulkOneDriveRestore::summary() const
{
    QStringList names;
    for (const QJsonObject &oneDrive : oneDrives)
        names.append(oneDriveLabel(oneDrive));
    QList<SummaryLine> lines {
        {QStringLiteral("target"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target")),
         QCoreApplication::translate("Actions", "%n OneDrive(s) of session %1", nullptr, static_cast<int>(oneDrives.size())).arg(sessionId)},
        {QStringLiteral("oneDrives"), actionsText(QT_TRANSLATE_NOOP("Actions", "OneDrives")), names.join(QStringLiteral("; "))},
        {QStringLiteral("skipUnresolved"), actionsText(QT_TRANSLATE_NOOP("Actions", "Skip OneDrives whose owner cannot be resolved")),
         yesNo(skipUnresolved)},
        {QStringLiteral("documentVersion"), actionsText(QT_TRANSLATE_NOOP("Actions", "Versions")), documentVersionLabel(documentVersion)},
        {QStringLiteral("documentAction"), actionsText(QT_TRANSLATE_NOOP("Actions", "If the document exists")), documentActionLabel(documentAction)},
    };
    return lines + credentials.summary();
}

// ---- BulkMailboxRestore --------------------------------------------------------------------------

Validity BulkMailboxRestore::validate() const
{
    if (sessionId.trimmed().isEmpty())
        return invalid(QStringLiteral("target"), actionsText(QT_TRANSLATE_NOOP("Actions", "No restore session is open: explore a restore point first.")));
    if (mailboxIds.isEmpty())
        return invalid(QStringLiteral("mailboxes"), actionsText(QT_TRANSLATE_NOOP("Actions", "Select at least one mailbox to restore.")));
    for (const QString &id : mailboxIds) {
        if (id.trimmed().isEmpty())
            return invalid(QStringLiteral("mailboxes"), actionsText(QT_TRANSLATE_NOOP("Actions", "One of the selected mailboxes has no ID.")));
    }
    if (!casServer.trimmed().isEmpty()) {
        if (Validity valid = checkCasServer(casServer); !valid)
            return valid;
    }
    return credentials.validate();
}

ActionCall BulkMailboxRestore::call() const
{
    ActionTarget target;
    target.ref.kind = ResourceKind::SessionOrganization;
    target.ref.sessionId = sessionId;
    target.selectionKind = Collection::Mailboxes;
    target.selectedIds = mailboxIds;
    QJsonObject options {{QStringLiteral("skipUnresolved"), skipUnresolved}};
    addMailItemOptions(options, *this);
    if (!casServer.trimmed().isEmpty())
        options.insert(QStringLiteral("casServer"), casServer.trimmed());
    credentials.addTo(options, BulkCredentials::Schema::Mailboxes);
    return {target, ActionVerb::BulkRestore, options};
}

QList<SummaryLine> BulkMailboxRestore::summary() const
{
    const QStringList shown = mailboxNames.size() == mailboxIds.size() ? mailboxNames : mailboxIds;
    QList<SummaryLine> lines {
        {QStringLiteral("target"), actionsText(QT_TRANSLATE_NOOP("Actions", "Target")),
         QCoreApplication::translate("Actions", "%n mailbox(es) of session %1", nullptr, static_cast<int>(mailboxIds.size()))
             .arg(sessionId)},
        {QStringLiteral("mailboxes"), actionsText(QT_TRANSLATE_NOOP("Actions", "Mailboxes")), shown.join(QStringLiteral("; "))},
        {QStringLiteral("casServer"), actionsText(QT_TRANSLATE_NOOP("Actions", "Exchange server")),
         casServer.trimmed().isEmpty() ? actionsText(QT_TRANSLATE_NOOP("Actions", "(server default)")) : casServer.trimmed()},
        {QStringLiteral("skipUnresolved"), actionsText(QT_TRANSLATE_NOOP("Actions", "Skip mailboxes whose owner cannot be resolved")), yesNo(skipUnresolved)},
    };
    return lines + mailItemOptionLines(*this) + credentials.summary();
}

// ---- RestoreVersion ------------------------------------------------------------------------------

Validity RestoreVersion::validate() const
{
    if (Validity valid = checkTarget(target, {ResourceKind::DocumentVersion}, {}); !valid)
        return valid;
    return credentials.validate();
}

ActionCall RestoreVersion::call() const
{
    QJsonObject options {{QStringLiteral("documentAction"), documentActionText(documentAction)}};
    credentials.addTo(options);
    return {target, ActionVerb::RestoreToOriginal, options};
}

QList<SummaryLine> RestoreVersion::summary() const
{
    QList<SummaryLine> lines {targetLine(target),
                              {QStringLiteral("documentAction"), actionsText(QT_TRANSLATE_NOOP("Actions", "If the document exists")),
                               documentActionLabel(documentAction)}};
    return lines + credentials.summary();
}

// ---- the variant ---------------------------------------------------------------------------------

Validity validate(const ActionRequest &request)
{
    return std::visit([](const auto &r) { return r.validate(); }, request);
}

Result<ActionCall, ValidationError> toCall(const ActionRequest &request)
{
    if (Validity valid = validate(request); !valid)
        return unexpected(valid.error());
    return std::visit([](const auto &r) { return r.call(); }, request);
}

QList<SummaryLine> summary(const ActionRequest &request)
{
    return std::visit([](const auto &r) { return r.summary(); }, request);
}

namespace {

template <typename T>
struct Names;
template <> struct Names<RestoreToOriginal> { static constexpr const char *key = "restoreToOriginal"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Restore to the original location"); };
template <> struct Names<RestoreToMailbox> { static constexpr const char *key = "restoreToMailbox"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Restore to another mailbox"); };
template <> struct Names<CopyToOneDrive> { static constexpr const char *key = "copyToOneDrive"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Copy to another OneDrive"); };
template <> struct Names<SendByMail> { static constexpr const char *key = "sendByMail"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Send by e-mail"); };
template <> struct Names<Save> { static constexpr const char *key = "save"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Save"); };
template <> struct Names<ExportToPst> { static constexpr const char *key = "exportToPst"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Export to PST"); };
template <> struct Names<BulkOneDriveRestore> { static constexpr const char *key = "bulkOneDriveRestore"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Restore OneDrives"); };
template <> struct Names<BulkMailboxRestore> { static constexpr const char *key = "bulkMailboxRestore"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Restore mailboxes"); };
template <> struct Names<RestoreVersion> { static constexpr const char *key = "restoreVersion"; static constexpr const char *title = QT_TRANSLATE_NOOP("Actions", "Restore an earlier version"); };

} // namespace

QString actionName(const ActionRequest &request)
{
    return std::visit([](const auto &r) { return QString::fromLatin1(Names<std::decay_t<decltype(r)>>::key); },
                      request);
}

QString actionTitle(const ActionRequest &request)
{
    return std::visit([](const auto &r) { return actionsText(Names<std::decay_t<decltype(r)>>::title); }, request);
}

ActionTarget targetOf(const ActionRequest &request)
{
    return std::visit([](const auto &r) { return r.call().target; }, request);
}

QString sessionOf(const ActionRequest &request)
{
    return targetOf(request).ref.sessionId;
}

QString describeTarget(const ActionTarget &target)
{
    const ResourceRef &ref = target.ref;
    if (!target.selectedIds.isEmpty()) {
        const qsizetype n = target.selectedIds.size();
        switch (target.selectionKind) {
        case Collection::MailItems: return QStringLiteral("%1 mail item(s) in mailbox %2").arg(n).arg(ref.containerId);
        case Collection::OneDriveDocuments: return QStringLiteral("%1 document(s) in OneDrive %2").arg(n).arg(ref.containerId);
        case Collection::OneDriveFolders: return QStringLiteral("%1 folder(s) in OneDrive %2").arg(n).arg(ref.containerId);
        case Collection::OneDrives: return QStringLiteral("%1 OneDrive(s)").arg(n);
        case Collection::Mailboxes: return QStringLiteral("%1 mailbox(es)").arg(n);
        default: return QStringLiteral("%1 item(s)").arg(n);
        }
    }
    switch (ref.kind) {
    case ResourceKind::SessionOrganization: return QStringLiteral("organization of session %1").arg(ref.sessionId);
    case ResourceKind::Mailbox: return QStringLiteral("mailbox %1").arg(ref.containerId);
    case ResourceKind::MailFolder: return QStringLiteral("mail folder %1 in mailbox %2").arg(ref.id, ref.containerId);
    case ResourceKind::MailItem: return QStringLiteral("mail item %1 in mailbox %2").arg(ref.id, ref.containerId);
    case ResourceKind::OneDrive: return QStringLiteral("OneDrive %1").arg(ref.containerId);
    case ResourceKind::OneDriveFolder: return QStringLiteral("folder %1 in OneDrive %2").arg(ref.id, ref.containerId);
    case ResourceKind::OneDriveDocument: return QStringLiteral("document %1 in OneDrive %2").arg(ref.id, ref.containerId);
    case ResourceKind::DocumentVersion:
        return QStringLiteral("version %1 of document %2 in OneDrive %3").arg(ref.versionId, ref.id, ref.containerId);
    default: return QStringLiteral("%1").arg(ref.id);
    }
}

} // namespace re::actions
