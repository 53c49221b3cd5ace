#include "driveactionroutes.h"

#include "routehelpers.h"
#include "views.h"

namespace vb365emu {

using namespace routes;

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

const QStringList kCredentials = keys({"userCode", "applicationId", "applicationCertificatePassword",
                                       "applicationCertificate", "userName", "userPassword", "officeRegion",
                                       "organizationName"});
const QStringList kRestore = keys({"documentAction"}) + kCredentials;
const QStringList kCopyCommon = keys({"onedrive", "folder", "documentVersion", "documentLastVersionAction"}) + kCredentials;
const QStringList kCopyFolder = kCopyCommon + keys({"changedItems", "deletedItems", "restorePermissions",
                                                    "sendSharedLinksNotification"});
// RESTCopyToDocument: changedItems/deletedItems only from v8 on (checked in copy()).
const QStringList kCopyDocument = kCopyCommon + keys({"changedItems", "deletedItems"});
const QStringList kSendV5 = keys({"from", "to", "subject", "text"});
const QStringList kSend = kSendV5 + keys({"skipItemChecks"});
const QStringList kBulkCommon = keys({"documentAction", "skipUnresolved", "oneDrives", "officeUsername", "userCode",
                                      "applicationId", "applicationCertificatePassword", "applicationCertificate"});
// v6+ renamed the passwords and re-cased "premises" (api-reference §8.2); v5 could still pick the version.
const QStringList kBulk = kBulkCommon + keys({"officeUserpassword", "onpremisesUsername", "onpremisesUserpassword"});
const QStringList kBulkV5 = kBulkCommon + keys({"officePassword", "onPremisesUsername", "onPremisesPassword",
                                               "documentVersion"});
const QStringList kRestoreSpellings = keys({"restoretoOriginallocation", "restoreToOriginalLocation"});
const QList<std::pair<QString, QString>> kUserKeys{{QStringLiteral("userName"), QStringLiteral("userPassword")}};

// An enum option: PascalCase exactly under --strict on v6+, any case otherwise (v5 writes "keep", "last").
template <typename T>
Result<T, Reply> enumOption(const Request &request, const JsonOptions &options, const QString &key,
                            const QList<std::pair<QString, T>> &values, T fallback)
{
    Result<std::optional<QString>> text = options.string(key);
    if (!text)
        return fail(Reply::message(400, text.error()));
    if (!*text)
        return fallback;
    const bool exact = request.strict && request.version >= ApiVersion::V6;
    QStringList names;
    for (const auto &[name, value] : values) {
        if (exact ? **text == name : (*text)->compare(name, Qt::CaseInsensitive) == 0)
            return value;
        names << name;
    }
    return fail(Reply::message(400, QStringLiteral("'%1' is not a valid %2; use %3.")
                                         .arg(**text, key, names.join(QStringLiteral(" or ")))));
}

} // namespace

void DriveActionRoutes::install(Router &router)
{
    const QString oneDrives = QStringLiteral("RestoreSessions/{}/Organization/OneDrives");
    const struct
    {
        QString pattern;
        Scope scope;
    } resources[] = {{oneDrives + QStringLiteral("/{}"), Scope::OneDrive},
                     {oneDrives + QStringLiteral("/{}/Folders/{}"), Scope::Folder},
                     {oneDrives + QStringLiteral("/{}/Folders"), Scope::Folders},
                     {oneDrives + QStringLiteral("/{}/Documents/{}"), Scope::Document},
                     {oneDrives + QStringLiteral("/{}/Documents"), Scope::Documents},
                     {oneDrives + QStringLiteral("/{}/Documents/{}/Versions/{}"), Scope::Version}};
    for (const auto &[pattern, scope] : resources) {
        const Scope s = scope;
        const bool inV5 = scope != Scope::Version; // versions have no v5 resource
        const bool documents = scope == Scope::Document || scope == Scope::Documents || scope == Scope::Version;
        QStringList selection;
        if (scope == Scope::Folders)
            selection << QStringLiteral("folders");
        if (scope == Scope::Documents)
            selection << QStringLiteral("documents");
        const QStringList copyKeys = (documents ? kCopyDocument : kCopyFolder) + selection;
        const QStringList copyKeysV5 = (documents ? kCopyCommon : kCopyFolder) + selection;
        router.addAction(pattern, {inV5 ? kRestoreSpellings : QStringList{}, QStringLiteral("restore"), kRestore + selection,
                                   kRestore + QStringList{QStringLiteral("documentVersion")} + selection,
                                   [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return restore(r, p, o, s); },
                                   true});
        router.addAction(pattern, {inV5 ? QStringList{QStringLiteral("copyTo")} : QStringList{}, QStringLiteral("copyTo"),
                                   copyKeys, copyKeysV5,
                                   [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return copy(r, p, o, s); },
                                   true});
        router.addAction(pattern, {inV5 ? QStringList{QStringLiteral("sendTo")} : QStringList{}, QStringLiteral("send"),
                                   kSend + selection, kSendV5 + selection,
                                   [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return send(r, p, o, s); },
                                   true});
    }
    router.addAction(oneDrives, {kRestoreSpellings, QStringLiteral("restore"), kBulk, kBulkV5,
                                 [this](const Request &r, const RouteParams &p, const JsonOptions &o) { return bulkRestore(r, p, o); },
                                 true});
}

Result<QStringList, Reply> DriveActionRoutes::selection(const RouteParams &params, const JsonOptions &options, Scope scope)
{
    switch (scope) {
    case Scope::OneDrive:
        return QStringList{};
    case Scope::Folder:
    case Scope::Document:
    case Scope::Version:
        return QStringList{params[2]};
    case Scope::Folders:
    case Scope::Documents:
        break;
    }
    const QString key = scope == Scope::Folders ? QStringLiteral("folders") : QStringLiteral("documents");
    Result<QStringList> ids = options.idList(key);
    if (!ids)
        return fail(Reply::message(400, ids.error()));
    if (ids->isEmpty())
        return fail(Reply::message(400, QStringLiteral("No %1 selected.").arg(key)));
    return *ids;
}

std::optional<int> DriveActionRoutes::versionOf(const RouteParams &params, Scope scope)
{
    if (scope != Scope::Version)
        return std::nullopt;
    bool ok = false;
    const int version = params[3].toInt(&ok);
    return ok ? std::optional<int>(version) : std::optional<int>(-1);
}

QString DriveActionRoutes::describe(Scope scope, qsizetype count)
{
    switch (scope) {
    case Scope::OneDrive: return QStringLiteral("OneDrive");
    case Scope::Folder: return QStringLiteral("folder");
    case Scope::Folders: return QStringLiteral("%1 folders").arg(count);
    case Scope::Document: return QStringLiteral("document");
    case Scope::Documents: return QStringLiteral("%1 documents").arg(count);
    case Scope::Version: return QStringLiteral("document version");
    }
    return {};
}

RestoreReport DriveActionRoutes::reportOf(const DocumentRestoreStatistics &statistics)
{
    RestoreReport report;
    report.statistics = documentStatisticsJson(statistics);
    report.total = statistics.totalItemsCount;
    report.restored = statistics.restoredItemsCount;
    report.skipped = statistics.skippedItemsByNoChangesCount + statistics.skippedItemsByErrorCount;
    report.items = documentDetailsJson(statistics);
    return report;
}

Reply DriveActionRoutes::restore(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    const std::optional<OneDrive> oneDrive = context->view.oneDrive(params[1]);
    if (!oneDrive)
        return notFound(QStringLiteral("OneDrive"), params[1]);
    Result<DocumentAction, Reply> action = enumOption<DocumentAction>(
        request, options, QStringLiteral("documentAction"),
        {{QStringLiteral("Overwrite"), DocumentAction::Overwrite}, {QStringLiteral("Keep"), DocumentAction::Keep}},
        DocumentAction::Keep);
    if (!action)
        return std::move(action.error());
    if (Result<int, Reply> version = enumOption<int>(request, options, QStringLiteral("documentVersion"),
                                                     {{QStringLiteral("Last"), 0}, {QStringLiteral("All"), 1}}, 0);
        !version)
        return std::move(version.error());
    Result<QStringList, Reply> ids = selection(params, options, scope);
    if (!ids)
        return std::move(ids.error());
    Result<QString, Reply> account = m_service.restoreAccount(options, kUserKeys);
    if (!account)
        return std::move(account.error());
    ProductionState &production = m_context.sessions().production();
    const QDateTime now = m_context.sessions().currentTime();
    std::optional<DocumentRestoreStatistics> statistics;
    switch (scope) {
    case Scope::OneDrive:
        statistics = production.restoreOneDrive(context->view, params[1], *action, *account, now);
        break;
    case Scope::Folder:
    case Scope::Folders:
        statistics = production.restoreFolders(context->view, params[1], *ids, *action, *account, now);
        break;
    case Scope::Document:
    case Scope::Documents:
    case Scope::Version:
        statistics = production.restoreDocuments(context->view, params[1], *ids, *action, *account, now,
                                                 versionOf(params, scope));
        break;
    }
    if (!statistics)
        return notFound(scope == Scope::Version ? QStringLiteral("Version")
                        : scope == Scope::Folder || scope == Scope::Folders ? QStringLiteral("Folder")
                                                                            : QStringLiteral("Document"),
                        ids->join(QStringLiteral(", ")));
    RestoreReport report = reportOf(*statistics);
    report.title = QStringLiteral("Restore %1 of %2 to the original location (%3)")
                       .arg(describe(scope, ids->size()), oneDrive->name,
                            *action == DocumentAction::Keep ? QStringLiteral("keep") : QStringLiteral("overwrite"));
    report.target = oneDrive->url;
    return m_service.finish(request, context->session, std::move(report));
}

Reply DriveActionRoutes::copy(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    const std::optional<OneDrive> source = context->view.oneDrive(params[1]);
    if (!source)
        return notFound(QStringLiteral("OneDrive"), params[1]);
    const bool documents = scope == Scope::Document || scope == Scope::Documents || scope == Scope::Version;
    if (documents && request.strict && request.version < ApiVersion::V8) {
        for (const QString &key : {QStringLiteral("changedItems"), QStringLiteral("deletedItems")}) {
            if (options.contains(key))
                return Reply::message(400, QStringLiteral("Unknown body key(s): %1").arg(key));
        }
    }
    for (const QString &key : {QStringLiteral("changedItems"), QStringLiteral("deletedItems"),
                               QStringLiteral("restorePermissions"), QStringLiteral("sendSharedLinksNotification")}) {
        if (Result<std::optional<bool>> value = options.boolean(key); !value)
            return Reply::message(400, value.error());
    }
    Result<LastVersionAction, Reply> lastVersion = enumOption<LastVersionAction>(
        request, options, QStringLiteral("documentLastVersionAction"),
        {{QStringLiteral("Overwrite"), LastVersionAction::Overwrite}, {QStringLiteral("Merge"), LastVersionAction::Merge}},
        LastVersionAction::Merge);
    if (!lastVersion)
        return std::move(lastVersion.error());
    if (Result<int, Reply> version = enumOption<int>(request, options, QStringLiteral("documentVersion"),
                                                     {{QStringLiteral("Last"), 0}, {QStringLiteral("All"), 1}}, 0);
        !version)
        return std::move(version.error());
    const QJsonValue target = options.value(QStringLiteral("onedrive"));
    if (!target.isUndefined() && !target.isNull() && !target.isObject())
        return Reply::message(400, QStringLiteral("'onedrive' must be the target OneDrive object ({\"id\": …})."));
    CopyDestination destination;
    destination.oneDriveId = options.child(QStringLiteral("onedrive")).value(QStringLiteral("id")).toString();
    if (destination.oneDriveId.isEmpty())
        destination.oneDriveId = source->id; // no target (seed 001's short example): the source OneDrive itself
    const std::optional<OneDrive> targetDrive = context->view.oneDrive(destination.oneDriveId);
    if (!targetDrive)
        return notFound(QStringLiteral("Target OneDrive"), destination.oneDriveId);
    Result<std::optional<QString>> folder = options.string(QStringLiteral("folder"));
    if (!folder)
        return Reply::message(400, folder.error());
    destination.folder = folder->value_or(QString()).trimmed();
    while (destination.folder.startsWith(QLatin1Char('/')))
        destination.folder.remove(0, 1);
    destination.lastVersionAction = *lastVersion;
    Result<QStringList, Reply> ids = selection(params, options, scope);
    if (!ids)
        return std::move(ids.error());
    Result<QString, Reply> account = m_service.restoreAccount(options, kUserKeys);
    if (!account)
        return std::move(account.error());

    ProductionState &production = m_context.sessions().production();
    const QDateTime now = m_context.sessions().currentTime();
    std::optional<DocumentRestoreStatistics> statistics;
    switch (scope) {
    case Scope::OneDrive:
        statistics = production.copyOneDrive(context->view, params[1], destination, *account, now);
        break;
    case Scope::Folder:
    case Scope::Folders:
        statistics = production.copyFolders(context->view, params[1], *ids, destination, *account, now);
        break;
    case Scope::Document:
    case Scope::Documents:
    case Scope::Version:
        statistics = production.copyDocuments(context->view, params[1], *ids, destination, *account, now,
                                              versionOf(params, scope));
        break;
    }
    if (!statistics)
        return notFound(scope == Scope::Folder || scope == Scope::Folders ? QStringLiteral("Folder") : QStringLiteral("Document"),
                        ids->join(QStringLiteral(", ")));
    RestoreReport report = reportOf(*statistics);
    report.title = QStringLiteral("Copy %1 of %2 to %3%4")
                       .arg(describe(scope, ids->size()), source->name, targetDrive->name,
                            destination.folder.isEmpty() ? QString() : QLatin1Char('/') + destination.folder);
    report.target = targetDrive->url;
    return m_service.finish(request, context->session, std::move(report));
}

Reply DriveActionRoutes::send(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    if (!context->view.oneDrive(params[1]))
        return notFound(QStringLiteral("OneDrive"), params[1]);
    SentMessage message;
    message.explorer = QStringLiteral("veod");
    for (const auto &[key, field] : {std::pair{QStringLiteral("from"), &message.from}, std::pair{QStringLiteral("to"), &message.to},
                                     std::pair{QStringLiteral("subject"), &message.subject},
                                     std::pair{QStringLiteral("text"), &message.text}}) {
        Result<std::optional<QString>> value = options.string(key);
        if (!value)
            return Reply::message(400, value.error());
        *field = value->value_or(QString()).trimmed();
    }
    if (Result<std::optional<bool>> skip = options.boolean(QStringLiteral("skipItemChecks")); !skip)
        return Reply::message(400, skip.error());
    if (!message.to.contains(QLatin1Char('@')))
        return Reply::message(400, QStringLiteral("'to' must name one or more e-mail addresses."));
    Result<QStringList, Reply> ids = selection(params, options, scope);
    if (!ids)
        return std::move(ids.error());
    if (const std::optional<QString> blocked = m_mail.sendingBlocked(Explorer::Veod, request.version))
        return Reply::message(400, *blocked);
    if (message.from.isEmpty())
        message.from = m_mail.sender(Explorer::Veod);
    const bool byFolder = scope == Scope::Folder || scope == Scope::Folders;
    const bool byDocument = scope == Scope::Document || scope == Scope::Documents || scope == Scope::Version;
    const std::optional<QStringList> names = m_context.sessions().production().documentNames(
        context->view, params[1], byFolder ? *ids : QStringList{}, byDocument ? *ids : QStringList{});
    if (!names)
        return notFound(byFolder ? QStringLiteral("Folder") : QStringLiteral("Document"), ids->join(QStringLiteral(", ")));
    message.attachments = names->mid(0, ProductionState::kMaxListedAttachments);
    message.attachmentCount = names->size();
    message.time = m_context.sessions().currentTime();
    message.sentBy = m_context.userName();
    return m_service.finishSend(request, context->session, message);
}

Reply DriveActionRoutes::bulkRestore(const Request &request, const RouteParams &params, const JsonOptions &options)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    Result<QStringList> ids = options.idList(QStringLiteral("oneDrives"));
    if (!ids)
        return Reply::message(400, ids.error());
    if (ids->isEmpty())
        return Reply::message(400, QStringLiteral("No OneDrives selected."));
    Result<DocumentAction, Reply> action = enumOption<DocumentAction>(
        request, options, QStringLiteral("documentAction"),
        {{QStringLiteral("Overwrite"), DocumentAction::Overwrite}, {QStringLiteral("Keep"), DocumentAction::Keep}},
        DocumentAction::Keep);
    if (!action)
        return std::move(action.error());
    if (Result<int, Reply> version = enumOption<int>(request, options, QStringLiteral("documentVersion"),
                                                     {{QStringLiteral("Last"), 0}, {QStringLiteral("All"), 1}}, 0);
        !version)
        return std::move(version.error());
    Result<std::optional<bool>> skipUnresolved = options.boolean(QStringLiteral("skipUnresolved"));
    if (!skipUnresolved)
        return Reply::message(400, skipUnresolved.error());
    Result<QString, Reply> account = m_service.restoreAccount(
        options, {{QStringLiteral("officeUsername"), QStringLiteral("officeUserpassword")},
                  {QStringLiteral("officeUsername"), QStringLiteral("officePassword")},
                  {QStringLiteral("onpremisesUsername"), QStringLiteral("onpremisesUserpassword")},
                  {QStringLiteral("onPremisesUsername"), QStringLiteral("onPremisesPassword")}});
    if (!account)
        return std::move(account.error());
    for (const QString &id : *ids) {
        if (!context->view.oneDrive(id) && !skipUnresolved->value_or(false))
            return notFound(QStringLiteral("OneDrive"), id);
    }
    const Wire wire(request);
    const QDateTime now = m_context.sessions().currentTime();
    QJsonArray details;
    RestoreReport report;
    bool unresolved = false;
    for (const QString &id : *ids) {
        const std::optional<OneDrive> oneDrive = context->view.oneDrive(id);
        if (!oneDrive) {
            unresolved = true;
            details.append(QJsonObject{{QStringLiteral("oneDrive"), QJsonObject{{QStringLiteral("id"), id}}},
                                       {QStringLiteral("status"), QStringLiteral("Failed")},
                                       {QStringLiteral("error"), QStringLiteral("The OneDrive '%1' cannot be resolved.").arg(id)}});
            continue;
        }
        const std::optional<DocumentRestoreStatistics> s =
            m_context.sessions().production().restoreOneDrive(context->view, id, *action, *account, now);
        details.append(QJsonObject{{QStringLiteral("oneDrive"), oneDriveJson(wire, params[0], *oneDrive)},
                                   {QStringLiteral("status"), QStringLiteral("Success")},
                                   {QStringLiteral("details"), bulkDocumentStatisticsJson(*s)}});
        report.total += s->totalItemsCount;
        report.restored += s->restoredItemsCount;
        report.skipped += s->skippedItemsByNoChangesCount + s->skippedItemsByErrorCount;
        report.items.append(QJsonObject{{QStringLiteral("id"), oneDrive->id},
                                        {QStringLiteral("itemRestoreDetailsType"), QStringLiteral("BulkOneDrive")},
                                        {QStringLiteral("title"), oneDrive->name},
                                        {QStringLiteral("name"), oneDrive->name},
                                        {QStringLiteral("itemType"), QStringLiteral("OneDriveItem")},
                                        {QStringLiteral("status"), QStringLiteral("Success")},
                                        {QStringLiteral("oneDriveUrl"), oneDrive->url},
                                        {QStringLiteral("childItems"), documentDetailsJson(*s)}});
    }
    report.title = QStringLiteral("Restore %1 OneDrives to the original location (%2)")
                       .arg(ids->size())
                       .arg(*action == DocumentAction::Keep ? QStringLiteral("keep") : QStringLiteral("overwrite"));
    report.target = QStringLiteral("%1 OneDrives").arg(ids->size());
    report.statistics = QJsonObject{{QStringLiteral("status"), unresolved ? QStringLiteral("Warning") : QStringLiteral("Success")},
                                    {QStringLiteral("details"), details}};
    return m_service.finish(request, context->session, std::move(report));
}

} // namespace vb365emu
