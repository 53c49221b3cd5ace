#include "api/dialects/dialectbase.h"

#include "common/logging.h"
#include "resources/lenientjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace re::dialects {

namespace {

ApiError unexpectedShape(const QString &message, const QString &request)
{
    ApiError error;
    error.kind = ApiError::Kind::UnexpectedResponse;
    error.message = message;
    error.request = request;
    return error;
}

bool isEmptyId(const QString &id)
{
    return id.trimmed().isEmpty();
}

QJsonArray idObjects(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(QJsonObject {{QStringLiteral("id"), id}});
    return array;
}

// The selection form of a target kind (selected children, or bulk for mailboxes/OneDrives).
std::optional<Collection> selectionOf(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::MailItem:
        return Collection::MailItems;
    case ResourceKind::OneDriveDocument:
        return Collection::OneDriveDocuments;
    case ResourceKind::OneDriveFolder:
        return Collection::OneDriveFolders;
    case ResourceKind::Mailbox:
        return Collection::Mailboxes;
    case ResourceKind::OneDrive:
        return Collection::OneDrives;
    default:
        return std::nullopt;
    }
}

} // namespace

ApiError validationError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.message = message;
    return error;
}

DialectBase::DialectBase(ApiVersion version, PathNames names)
    : m_version(version)
    , m_names(std::move(names))
{ }

qint64 DialectBase::effectivePageSize(qint64 requested)
{
    if (requested <= 0)
        return kDefaultPageSize;
    return std::min(requested, kMaxPageSize);
}

QStringList DialectBase::sessionPath(const QString &sessionId) const
{
    return {prefix(), QStringLiteral("RestoreSessions"), sessionId};
}

QStringList DialectBase::mailboxPath(const QString &sessionId, const QString &mailboxId) const
{
    return sessionPath(sessionId)
        + QStringList {m_names.sessionOrganization, m_names.mailboxes, mailboxId};
}

QStringList DialectBase::oneDrivePath(const QString &sessionId, const QString &oneDriveId) const
{
    return sessionPath(sessionId)
        + QStringList {m_names.oneDriveOrganization, m_names.oneDrives, oneDriveId};
}

QList<int> DialectBase::statusesFor(ResponseKind kind) const
{
    return kind == ResponseKind::Empty ? emptyReplyStatuses() : QList<int> {200};
}

// ---- token ----

RequestSpec DialectBase::tokenRequest(QList<std::pair<QString, QString>> fields) const
{
    if (sendsAntiforgeryOptOut()) // a desktop client has no cookie jar for the antiforgery token
        fields.append({QStringLiteral("disable_antiforgery_token"), QStringLiteral("true")});
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = {prefix(), m_names.token};
    spec.contentType = "application/x-www-form-urlencoded";
    spec.authenticated = false;
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    spec.body = body;
    return spec;
}

RequestSpec DialectBase::passwordGrant(const QString &userName, const QString &password) const
{
    return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("username"), userName}, {QStringLiteral("password"), password}});
}

RequestSpec DialectBase::refreshGrant(const QString &refreshToken) const
{
    return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refreshToken}});
}

// ---- lists and single resources ----

void DialectBase::addPaging(RequestSpec &spec, const ListQuery &query) const
{
    spec.query.append(
        {QStringLiteral("offset"), QString::number(std::max<qint64>(0, query.offset))});
    spec.query.append({QStringLiteral("limit"), QString::number(effectivePageSize(query.limit))});
}

RequestSpec DialectBase::list(const ListQuery &q) const
{
    RequestSpec spec;
    const QString parent = isEmptyId(q.parentId) ? rootFolderSelector() : q.parentId;
    bool paged = true;
    switch (q.collection) {
    case Collection::Organizations:
        spec.pathSegments = {prefix(), QStringLiteral("Organizations")};
        paged = organizationsArePaged();
        break;
    case Collection::RestoreSessions:
        spec.pathSegments = {prefix(), QStringLiteral("RestoreSessions")};
        break;
    case Collection::SessionEvents:
        spec.pathSegments = sessionPath(q.sessionId) << m_names.events;
        break;
    case Collection::Mailboxes:
        spec.pathSegments = sessionPath(q.sessionId)
            << m_names.sessionOrganization << m_names.mailboxes;
        break;
    case Collection::MailFolders:
        spec.pathSegments = mailboxPath(q.sessionId, q.containerId) << m_names.mailFolders;
        spec.query.append({QStringLiteral("parentId"), parent});
        break;
    case Collection::MailItems:
        spec.pathSegments = mailboxPath(q.sessionId, q.containerId) << m_names.mailItems;
        if (!isEmptyId(q.parentId)) // no folder: every item of the mailbox
            spec.query.append({mailItemsFolderParameter(), q.parentId});
        break;
    case Collection::OneDrives:
        spec.pathSegments = sessionPath(q.sessionId)
            << m_names.oneDriveOrganization << m_names.oneDrives;
        break;
    case Collection::OneDriveFolders:
        spec.pathSegments = oneDrivePath(q.sessionId, q.containerId) << m_names.oneDriveFolders;
        spec.query.append({QStringLiteral("parentId"), parent});
        break;
    case Collection::OneDriveDocuments:
        spec.pathSegments = oneDrivePath(q.sessionId, q.containerId) << m_names.documents;
        spec.query.append({QStringLiteral("parentId"), parent});
        break;
    case Collection::DocumentVersions:
        if (!supports(Collection::DocumentVersions))
            qCWarning(lcApi) << "document versions are not part of API" << prefix();
        spec.pathSegments = oneDrivePath(q.sessionId, q.containerId)
            << m_names.documents << q.parentId << m_names.versions;
        break;
    }
    if (paged)
        addPaging(spec, q);
    return spec;
}

RequestSpec DialectBase::get(const ResourceRef &ref) const
{
    RequestSpec spec;
    switch (ref.kind) {
    case ResourceKind::Organization:
        spec.pathSegments = {prefix(), QStringLiteral("Organizations"), ref.organizationId};
        break;
    case ResourceKind::RestoreSession:
        spec.pathSegments = sessionPath(ref.sessionId);
        break;
    case ResourceKind::SessionOrganization:
        spec.pathSegments = sessionPath(ref.sessionId) << m_names.sessionOrganization;
        break;
    case ResourceKind::SessionStatistics:
        if (!supports(ResourceKind::SessionStatistics))
            qCWarning(lcApi) << "session statistics are not part of API" << prefix();
        spec.pathSegments = sessionPath(ref.sessionId) << QStringLiteral("Statistics");
        break;
    case ResourceKind::Mailbox:
        spec.pathSegments = mailboxPath(ref.sessionId, ref.containerId);
        break;
    case ResourceKind::MailFolder:
        spec.pathSegments = mailboxPath(ref.sessionId, ref.containerId)
            << m_names.mailFolders << ref.id;
        break;
    case ResourceKind::MailItem:
        spec.pathSegments = mailboxPath(ref.sessionId, ref.containerId)
            << m_names.mailItems << ref.id;
        break;
    case ResourceKind::OneDrive:
        spec.pathSegments = oneDrivePath(ref.sessionId, ref.containerId);
        break;
    case ResourceKind::OneDriveFolder:
        spec.pathSegments = oneDrivePath(ref.sessionId, ref.containerId)
            << m_names.oneDriveFolders << ref.id;
        break;
    case ResourceKind::OneDriveDocument:
        spec.pathSegments = oneDrivePath(ref.sessionId, ref.containerId)
            << m_names.documents << ref.id;
        break;
    case ResourceKind::DocumentVersion:
        if (!supports(ResourceKind::DocumentVersion))
            qCWarning(lcApi) << "document versions are not part of API" << prefix();
        spec.pathSegments = oneDrivePath(ref.sessionId, ref.containerId)
            << m_names.documents << ref.id << m_names.versions << ref.versionId;
        break;
    }
    return spec;
}

// ---- paging ----

Result<RawPage, ApiError> DialectBase::parsePage(
    const QJsonDocument &reply, const ListQuery &query) const
{
    const QString request = list(query).describe();
    const bool pagedRequest
        = query.collection != Collection::Organizations || organizationsArePaged();
    RawPage page;
    page.offset = std::max<qint64>(0, query.offset);
    page.limit = pagedRequest ? effectivePageSize(query.limit) : 0;

    QJsonArray results;
    if (reply.isArray()) {
        results = reply.array();
    } else if (reply.isObject()) {
        const LenientObject json(reply.object());
        const QJsonValue resultsValue = json.value(u"results");
        if (!resultsValue.isArray())
            return unexpected(
                unexpectedShape(QCoreApplication::translate("Dialect",
                                    "The server's list reply has no \"results\" array. It may not "
                                    "be a Veeam Backup for Microsoft 365 server, or it speaks a "
                                    "different API version."),
                    request));
        results = resultsValue.toArray();
        page.offset = json.integer(u"offset").value_or(page.offset);
        page.limit = json.integer(u"limit").value_or(page.limit);
        page.totalCount = json.integer(u"totalCount");
        const QJsonValue next = LenientObject(json.object(u"_links")).value(u"next");
        if (!LenientObject(next.toObject()).stringOr(u"href").isEmpty())
            page.hasMore = true;
    } else {
        return unexpected(unexpectedShape(
            QCoreApplication::translate(
                "Dialect", "The server's list reply is neither a JSON array nor a page object."),
            request));
    }

    page.results.reserve(results.size());
    for (const QJsonValue &row : results) {
        if (!row.isObject())
            return unexpected(unexpectedShape(
                QCoreApplication::translate("Dialect",
                    "The server's list reply contains an entry that is not a JSON object."),
                request));
        page.results.append(row.toObject());
    }

    if (page.results.isEmpty()) {
        page.hasMore = false; // even with a `next` link: an empty page must not make callers loop
    } else if (!page.hasMore) {
        if (page.totalCount)
            page.hasMore = page.offset + page.results.size() < *page.totalCount;
        else if (pagedRequest && page.limit > 0)
            page.hasMore = page.results.size() >= page.limit; // a full page: ask once more
    }
    return page;
}

// ---- actions ----

Result<ActionOperation, ApiError> DialectBase::resolveSelection(
    const ActionTarget &target, ActionVerb verb) const
{
    const ResourceRef &ref = target.ref;
    ActionOperation op;
    auto fail = [&] {
        return validationError(QCoreApplication::translate(
            "Dialect", "This action cannot be run on the selected items in this API version."));
    };

    if (verb == ActionVerb::BulkRestore) {
        if (target.selectionKind == Collection::Mailboxes) {
            op.resource = sessionPath(ref.sessionId)
                << m_names.sessionOrganization << m_names.mailboxes;
            op.schema = OptionSchema::MailBulkRestore;
            op.selectionKey = QStringLiteral("mailboxes");
            op.actionKey = QStringLiteral("restoreTo");
        } else if (target.selectionKind == Collection::OneDrives) {
            op.resource = sessionPath(ref.sessionId)
                << m_names.oneDriveOrganization << m_names.oneDrives;
            op.schema = OptionSchema::OneDriveBulkRestore;
            op.selectionKey = QStringLiteral("oneDrives");
            op.actionKey = QStringLiteral("restoretoOriginallocation");
        } else {
            return unexpected(fail());
        }
        op.perVerbSegment = QStringLiteral("restore");
        op.response = ResponseKind::Json;
        return op;
    }

    if (isEmptyId(ref.containerId))
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "The mailbox or OneDrive of the selected items is not known.")));

    switch (target.selectionKind) {
    case Collection::MailItems:
        op.resource = mailboxPath(ref.sessionId, ref.containerId) << m_names.mailItems;
        op.selectionKey = QStringLiteral("items");
        switch (verb) {
        case ActionVerb::SaveToMsg:
            op = {op.resource, OptionSchema::MailSaveToMsg, op.selectionKey, QStringLiteral("Save"),
                QStringLiteral("savetoMsg"), ResponseKind::Stream};
            return op;
        case ActionVerb::ExportToPst:
            op = {op.resource, OptionSchema::PstExportItems, op.selectionKey,
                QStringLiteral("exportToPst"), QStringLiteral("exporttoPst"), ResponseKind::Stream};
            return op;
        case ActionVerb::RestoreToOriginal:
            op = {op.resource, OptionSchema::MailRestoreToOriginal, op.selectionKey,
                QStringLiteral("restore"), QStringLiteral("restoretoOriginallocation"),
                ResponseKind::Json};
            return op;
        case ActionVerb::RestoreTo:
            op = {op.resource, OptionSchema::MailRestoreTo, op.selectionKey,
                QStringLiteral("restoreTo"), QStringLiteral("restoreTo"), ResponseKind::Json};
            return op;
        case ActionVerb::SendToDefaultAddress:
            op = {op.resource, OptionSchema::MailSendToDefault, op.selectionKey,
                QStringLiteral("sendToDefaultAddress"), QStringLiteral("sendToDefaultAddress"),
                ResponseKind::Empty};
            return op;
        case ActionVerb::SendToDifferentAddress:
            op = {op.resource, OptionSchema::MailSendToDifferent, op.selectionKey,
                QStringLiteral("sendToDifferentAddress"), QStringLiteral("sendToDifferentAddress"),
                ResponseKind::Empty};
            return op;
        default:
            return unexpected(fail());
        }
    case Collection::OneDriveDocuments:
    case Collection::OneDriveFolders: {
        const bool documents = target.selectionKind == Collection::OneDriveDocuments;
        op.resource = oneDrivePath(ref.sessionId, ref.containerId)
            << (documents ? m_names.documents : m_names.oneDriveFolders);
        op.selectionKey = documents ? QStringLiteral("documents") : QStringLiteral("folders");
        switch (verb) {
        case ActionVerb::Save:
            op = {op.resource, OptionSchema::OneDriveSaveSelection, op.selectionKey,
                QStringLiteral("save"), QStringLiteral("save"), ResponseKind::Stream};
            return op;
        case ActionVerb::RestoreToOriginal:
            op = {op.resource, OptionSchema::OneDriveRestoreToOriginal, op.selectionKey,
                QStringLiteral("restore"), QStringLiteral("restoretoOriginallocation"),
                ResponseKind::Json};
            return op;
        case ActionVerb::CopyTo:
            op = {op.resource,
                documents ? OptionSchema::OneDriveCopyDocument : OptionSchema::OneDriveCopyFolder,
                op.selectionKey, QStringLiteral("copyTo"), QStringLiteral("copyTo"),
                ResponseKind::Json};
            return op;
        case ActionVerb::SendTo:
            op = {op.resource, OptionSchema::OneDriveSend, op.selectionKey, QStringLiteral("send"),
                QStringLiteral("sendTo"), ResponseKind::Empty};
            return op;
        default:
            return unexpected(fail());
        }
    }
    default:
        return unexpected(fail());
    }
}

Result<ActionOperation, ApiError> DialectBase::resolveSingle(
    const ResourceRef &ref, ActionVerb verb) const
{
    const auto missing = [] {
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "The item to act on is not fully identified (an id is missing).")));
    };
    const auto unsupported = [] {
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "This action is not available for this kind of item in this API version.")));
    };
    const bool needsContainer = ref.kind != ResourceKind::SessionOrganization;
    const bool needsId = ref.kind == ResourceKind::MailFolder || ref.kind == ResourceKind::MailItem
        || ref.kind == ResourceKind::OneDriveFolder || ref.kind == ResourceKind::OneDriveDocument
        || ref.kind == ResourceKind::DocumentVersion;
    if ((needsContainer && isEmptyId(ref.containerId)) || (needsId && isEmptyId(ref.id))
        || (ref.kind == ResourceKind::DocumentVersion && isEmptyId(ref.versionId)))
        return missing();

    ActionOperation op;
    const auto make = [&](OptionSchema schema, const QString &verbSegment, const QString &key,
                          ResponseKind kind) {
        op.schema = schema;
        op.perVerbSegment = verbSegment;
        op.actionKey = key;
        op.response = kind;
        return Result<ActionOperation, ApiError>(op);
    };
    const auto restoreFamily
        = [&](OptionSchema original, OptionSchema to) -> Result<ActionOperation, ApiError> {
        if (verb == ActionVerb::RestoreToOriginal)
            return make(original, QStringLiteral("restore"),
                QStringLiteral("restoretoOriginallocation"), ResponseKind::Json);
        if (verb == ActionVerb::RestoreTo && to != OptionSchema::None)
            return make(
                to, QStringLiteral("restoreTo"), QStringLiteral("restoreTo"), ResponseKind::Json);
        return unsupported();
    };

    switch (ref.kind) {
    case ResourceKind::SessionOrganization:
        op.resource = sessionPath(ref.sessionId) << m_names.sessionOrganization;
        if (verb == ActionVerb::ExportToPst)
            return make(OptionSchema::PstExportWithKeyword, QStringLiteral("exportToPst"),
                QStringLiteral("exporttoPst"), ResponseKind::Stream);
        return unsupported();
    case ResourceKind::Mailbox:
    case ResourceKind::MailFolder:
        op.resource = mailboxPath(ref.sessionId, ref.containerId);
        if (ref.kind == ResourceKind::MailFolder)
            op.resource << m_names.mailFolders << ref.id;
        if (verb == ActionVerb::ExportToPst)
            return make(OptionSchema::PstExportWithKeyword, QStringLiteral("exportToPst"),
                QStringLiteral("exporttoPst"), ResponseKind::Stream);
        return restoreFamily(OptionSchema::MailRestoreToOriginal, OptionSchema::MailRestoreTo);
    case ResourceKind::MailItem:
        op.resource = mailboxPath(ref.sessionId, ref.containerId) << m_names.mailItems << ref.id;
        switch (verb) {
        case ActionVerb::SaveToMsg:
            return make(OptionSchema::None, QStringLiteral("save"), QStringLiteral("savetoMsg"),
                ResponseKind::Stream);
        case ActionVerb::ExportToPst:
            return make(OptionSchema::PstExportItems, QStringLiteral("exportToPst"),
                QStringLiteral("exporttoPst"), ResponseKind::Stream);
        case ActionVerb::SendToDefaultAddress:
            return make(OptionSchema::None, QStringLiteral("sendToDefaultAddress"),
                QStringLiteral("sendToDefaultAddress"), ResponseKind::Empty);
        case ActionVerb::SendToDifferentAddress:
            return make(OptionSchema::MailSendToDifferent, QStringLiteral("sendToDifferentAddress"),
                QStringLiteral("sendToDifferentAddress"), ResponseKind::Empty);
        default:
            return restoreFamily(OptionSchema::MailRestoreToOriginal, OptionSchema::MailRestoreTo);
        }
    case ResourceKind::OneDrive:
    case ResourceKind::OneDriveFolder:
    case ResourceKind::OneDriveDocument:
    case ResourceKind::DocumentVersion: {
        op.resource = oneDrivePath(ref.sessionId, ref.containerId);
        const bool isDocument = ref.kind == ResourceKind::OneDriveDocument
            || ref.kind == ResourceKind::DocumentVersion;
        if (ref.kind == ResourceKind::OneDriveFolder)
            op.resource << m_names.oneDriveFolders << ref.id;
        else if (isDocument)
            op.resource << m_names.documents << ref.id;
        if (ref.kind == ResourceKind::DocumentVersion)
            op.resource << m_names.versions << ref.versionId;
        switch (verb) {
        case ActionVerb::Save:
            return make(isDocument ? OptionSchema::OneDriveSaveDocument : OptionSchema::None,
                QStringLiteral("save"), QStringLiteral("save"), ResponseKind::Stream);
        case ActionVerb::CopyTo:
            return make(
                isDocument ? OptionSchema::OneDriveCopyDocument : OptionSchema::OneDriveCopyFolder,
                QStringLiteral("copyTo"), QStringLiteral("copyTo"), ResponseKind::Json);
        case ActionVerb::SendTo:
            return make(OptionSchema::OneDriveSend, QStringLiteral("send"),
                QStringLiteral("sendTo"), ResponseKind::Empty);
        default:
            return restoreFamily(OptionSchema::OneDriveRestoreToOriginal, OptionSchema::None);
        }
    }
    default:
        return unsupported();
    }
}

Result<ActionOperation, ApiError> DialectBase::resolveAction(
    const ActionTarget &target, ActionVerb verb) const
{
    if (isEmptyId(target.ref.sessionId))
        return unexpected(validationError(
            QCoreApplication::translate("Dialect", "No restore session is open for this action.")));
    const bool selection = verb == ActionVerb::BulkRestore || !target.selectedIds.isEmpty();
    const ResourceKind effectiveKind = [&] {
        if (!selection)
            return target.ref.kind;
        switch (target.selectionKind) {
        case Collection::MailItems:
            return ResourceKind::MailItem;
        case Collection::OneDriveDocuments:
            return ResourceKind::OneDriveDocument;
        case Collection::OneDriveFolders:
            return ResourceKind::OneDriveFolder;
        case Collection::OneDrives:
            return ResourceKind::OneDrive;
        default:
            return ResourceKind::Mailbox;
        }
    }();
    if (!hasAction(verb, effectiveKind))
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "This action is not available in this API version.")));
    return selection ? resolveSelection(target, verb) : resolveSingle(target.ref, verb);
}

Result<RequestSpec, ApiError> DialectBase::actionRequest(
    const ActionTarget &target, ActionVerb verb, const QJsonObject &options) const
{
    Result<ActionOperation, ApiError> op = resolveAction(target, verb);
    if (!op)
        return unexpected(op.error());

    QStringList allowed = allowedOptions(op->schema);
    if (!op->selectionKey.isEmpty())
        allowed.append(op->selectionKey);
    QStringList dropped;
    QStringList unknown;
    QJsonObject body = optionsFor(options, allowed, &dropped, &unknown);
    if (!unknown.isEmpty()) // names only: values may be passwords
        qCWarning(lcApi) << "ignoring unknown action options" << unknown;
    if (!op->selectionKey.isEmpty()) {
        // The caller may pass whole objects (OneDrives as the server listed them, as seed 000
        // does).
        const QJsonValue given = body.value(op->selectionKey);
        const bool objectsGiven = given.isArray() && !given.toArray().isEmpty();
        if (!objectsGiven && target.selectedIds.isEmpty())
            return unexpected(validationError(QCoreApplication::translate(
                "Dialect", "Select at least one item for this action.")));
        if (!objectsGiven)
            body.insert(op->selectionKey, idObjects(target.selectedIds));
    }
    if (!dropped.isEmpty())
        qCDebug(lcApi) << "options not part of" << prefix() << op->actionKey
                       << "request:" << dropped;
    body = recaseEnums(body, version());
    RequestSpec spec = actionSpec(*op, body);
    spec.response = op->response;
    spec.acceptedStatuses = statusesFor(op->response);
    return spec;
}

RequestSpec DialectBase::action(
    const ActionTarget &target, ActionVerb verb, const QJsonObject &options) const
{
    Result<RequestSpec, ApiError> spec = actionRequest(target, verb, options);
    if (spec)
        return spec.value();
    qCWarning(lcApi) << "refusing to build action request:" << spec.error().message;
    RequestSpec invalid;
    invalid.method = "POST";
    invalid.acceptedStatuses = {};
    return invalid;
}

bool DialectBase::hasAction(ActionVerb, ResourceKind) const
{
    return true;
}

bool DialectBase::supports(Collection collection) const
{
    if (collection == Collection::DocumentVersions)
        return supports(ResourceKind::DocumentVersion);
    return true;
}

bool DialectBase::supports(ResourceKind kind) const
{
    if (kind == ResourceKind::SessionStatistics)
        return restoreReply() == RestoreReply::SessionToPoll;
    return true;
}

bool DialectBase::supports(ActionVerb verb, ResourceKind targetKind) const
{
    if (!supports(targetKind))
        return false;
    const QString placeholder = QStringLiteral("x");
    ActionTarget single;
    single.ref = {targetKind, placeholder, placeholder, placeholder, placeholder, placeholder};
    if (verb != ActionVerb::BulkRestore && resolveAction(single, verb))
        return true;
    const std::optional<Collection> selection = selectionOf(targetKind);
    if (!selection)
        return false;
    ActionTarget many = single;
    many.selectedIds = {placeholder};
    many.selectionKind = *selection;
    return resolveAction(many, verb).hasValue();
}

} // namespace re::dialects
