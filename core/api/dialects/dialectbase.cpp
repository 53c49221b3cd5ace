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

RequestSpec DialectBase::searchList(const ListQuery &q) const
{
    // An action in both generations: v5 `<resource>/Action {"search": {"query"}}`, v6+
    // `<resource>/search {"query"}`. The whole session is the restore-session organization for mail
    // (seed 004's `search`; v6+ `searchExchange`) and the OneDrives collection for documents.
    ActionOperation operation;
    operation.schema = OptionSchema::Search;
    operation.actionKey = QStringLiteral("search");
    operation.perVerbSegment = QStringLiteral("search");
    const bool mail = q.collection == Collection::MailItems;
    if (isEmptyId(q.containerId)) {
        if (mail) {
            operation.resource = sessionPath(q.sessionId) << m_names.sessionOrganization;
            operation.perVerbSegment = QStringLiteral("searchExchange");
        } else {
            operation.resource = sessionPath(q.sessionId) << m_names.oneDriveOrganization << m_names.oneDrives;
        }
    } else if (mail) {
        operation.resource = mailboxPath(q.sessionId, q.containerId);
        if (!isEmptyId(q.parentId))
            operation.resource << m_names.mailFolders << q.parentId;
    } else {
        operation.resource = oneDrivePath(q.sessionId, q.containerId);
        if (!isEmptyId(q.parentId))
            operation.resource << m_names.oneDriveFolders << q.parentId;
    }
    RequestSpec spec = actionSpec(operation, QJsonObject{{QStringLiteral("query"), q.search}});
    spec.acceptedStatuses = {200};
    spec.response = ResponseKind::Json;
    addPaging(spec, q);
    return spec;
}

RequestSpec DialectBase::list(const ListQuery &q) const
{
    if (!q.search.isEmpty()
        && (q.collection == Collection::MailItems || q.collection == Collection::OneDriveDocuments))
        return searchList(q);
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
        // page.offset stays the offset we asked for: a server that echoes another one (negative,
        // or always 0) must not make callers ask for the same rows again and again (fuzz_pages).
        page.limit = json.integer(u"limit").value_or(page.limit);
        page.totalCount = json.integer(u"totalCount");
        if (page.totalCount && *page.totalCount < 0)
            page.totalCount.reset();
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

Result<DialectBase::ActionLocation, ApiError> DialectBase::locateSelection(
    const ActionTarget &target, ActionVerb verb) const
{
    const ResourceRef &ref = target.ref;
    const auto unsupported = [] {
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "This action cannot be run on the selected items in this API version.")));
    };
    if (verb == ActionVerb::BulkRestore) {
        if (target.selectionKind == Collection::Mailboxes)
            return ActionLocation {ActionTargetClass::BulkMailboxes, ResourceKind::Mailbox,
                sessionPath(ref.sessionId) << m_names.sessionOrganization << m_names.mailboxes,
                QStringLiteral("mailboxes")};
        if (target.selectionKind == Collection::OneDrives)
            return ActionLocation {ActionTargetClass::BulkOneDrives, ResourceKind::OneDrive,
                sessionPath(ref.sessionId) << m_names.oneDriveOrganization << m_names.oneDrives,
                QStringLiteral("oneDrives")};
        return unsupported();
    }
    if (isEmptyId(ref.containerId))
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "The mailbox or OneDrive of the selected items is not known.")));
    switch (target.selectionKind) {
    case Collection::MailItems:
        return ActionLocation {ActionTargetClass::SelectedMailItems, ResourceKind::MailItem,
            mailboxPath(ref.sessionId, ref.containerId) << m_names.mailItems,
            QStringLiteral("items")};
    case Collection::OneDriveDocuments:
        return ActionLocation {ActionTargetClass::SelectedDocuments, ResourceKind::OneDriveDocument,
            oneDrivePath(ref.sessionId, ref.containerId) << m_names.documents,
            QStringLiteral("documents")};
    case Collection::OneDriveFolders:
        return ActionLocation {ActionTargetClass::SelectedFolders, ResourceKind::OneDriveFolder,
            oneDrivePath(ref.sessionId, ref.containerId) << m_names.oneDriveFolders,
            QStringLiteral("folders")};
    default:
        return unsupported();
    }
}

Result<DialectBase::ActionLocation, ApiError> DialectBase::locateSingle(
    const ResourceRef &ref) const
{
    const bool needsContainer = ref.kind != ResourceKind::SessionOrganization;
    const bool needsId = ref.kind == ResourceKind::MailFolder || ref.kind == ResourceKind::MailItem
        || ref.kind == ResourceKind::OneDriveFolder || ref.kind == ResourceKind::OneDriveDocument
        || ref.kind == ResourceKind::DocumentVersion;
    if ((needsContainer && isEmptyId(ref.containerId)) || (needsId && isEmptyId(ref.id))
        || (ref.kind == ResourceKind::DocumentVersion && isEmptyId(ref.versionId)))
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "The item to act on is not fully identified (an id is missing).")));

    const auto at = [&](ActionTargetClass cls, QStringList resource) {
        return ActionLocation {cls, ref.kind, std::move(resource), {}};
    };
    switch (ref.kind) {
    case ResourceKind::SessionOrganization:
        return at(ActionTargetClass::SessionOrganization,
            sessionPath(ref.sessionId) << m_names.sessionOrganization);
    case ResourceKind::Mailbox:
        return at(ActionTargetClass::MailContainer, mailboxPath(ref.sessionId, ref.containerId));
    case ResourceKind::MailFolder:
        return at(ActionTargetClass::MailContainer,
            mailboxPath(ref.sessionId, ref.containerId) << m_names.mailFolders << ref.id);
    case ResourceKind::MailItem:
        return at(ActionTargetClass::MailItem,
            mailboxPath(ref.sessionId, ref.containerId) << m_names.mailItems << ref.id);
    case ResourceKind::OneDrive:
        return at(
            ActionTargetClass::OneDriveContainer, oneDrivePath(ref.sessionId, ref.containerId));
    case ResourceKind::OneDriveFolder:
        return at(ActionTargetClass::OneDriveContainer,
            oneDrivePath(ref.sessionId, ref.containerId) << m_names.oneDriveFolders << ref.id);
    case ResourceKind::OneDriveDocument:
        return at(ActionTargetClass::OneDriveDocument,
            oneDrivePath(ref.sessionId, ref.containerId) << m_names.documents << ref.id);
    case ResourceKind::DocumentVersion:
        return at(ActionTargetClass::OneDriveDocument,
            oneDrivePath(ref.sessionId, ref.containerId)
                << m_names.documents << ref.id << m_names.versions << ref.versionId);
    default:
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "This action is not available for this kind of item.")));
    }
}

Result<ActionOperation, ApiError> DialectBase::resolveAction(
    const ActionTarget &target, ActionVerb verb) const
{
    if (isEmptyId(target.ref.sessionId))
        return unexpected(validationError(
            QCoreApplication::translate("Dialect", "No restore session is open for this action.")));
    const bool selection = verb == ActionVerb::BulkRestore || !target.selectedIds.isEmpty();
    Result<ActionLocation, ApiError> location
        = selection ? locateSelection(target, verb) : locateSingle(target.ref);
    if (!location)
        return unexpected(location.error());
    const std::optional<ActionRule> rule = findActionRule(location->targetClass, verb);
    if (!rule || !hasAction(verb, location->kind))
        return unexpected(validationError(QCoreApplication::translate(
            "Dialect", "This action is not available for this kind of item in this API version.")));
    return ActionOperation {std::move(location->resource), rule->schema, location->selectionKey,
        rule->perVerbSegment.toString(), rule->actionKey.toString(), rule->response};
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

Result<RequestSpec, ApiError> DialectBase::restoreDeviceCode(
    const QString &sessionId, const QJsonObject &options) const
{
    if (isEmptyId(sessionId))
        return unexpected(validationError(
            QCoreApplication::translate("Dialect", "No restore session is open for this action.")));
    QStringList unknown;
    const QJsonObject body = optionsFor(options, deviceCodeOptions(), nullptr, &unknown);
    if (!unknown.isEmpty())
        qCDebug(lcApi) << "device code options not part of" << prefix() << "request:" << unknown;
    RequestSpec spec;
    spec.method = "POST";
    // Lower-case "organization" on every version: the v6+ OpenAPI path and the v5 PHP client agree.
    spec.pathSegments = sessionPath(sessionId)
        << QStringLiteral("organization") << QStringLiteral("restoreDeviceCode");
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    return spec;
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
