#include "api/dialects/v5dialect.h"

#include "resources/restoresession.h"

#include <QJsonDocument>

namespace re::dialects {

V5Dialect::V5Dialect()
    : DialectBase(ApiVersion::V5,
        PathNames {QStringLiteral("Token"), QStringLiteral("Organization"),
            QStringLiteral("Mailboxes"), QStringLiteral("Folders"), QStringLiteral("Items"),
            QStringLiteral("Organization"), QStringLiteral("OneDrives"), QStringLiteral("Folders"),
            QStringLiteral("Documents"), QStringLiteral("Versions"), QStringLiteral("Events")})
{ }

RequestSpec V5Dialect::probe() const
{
    // v5 has no /ServiceInstance; an unauthenticated GET /v5/Organizations answers 401 when v5 is
    // served.
    RequestSpec spec;
    spec.pathSegments = {prefix(), QStringLiteral("Organizations")};
    spec.authenticated = false;
    spec.acceptedStatuses = {200, 401};
    return spec;
}

RequestSpec V5Dialect::actionEndpoint(
    const QStringList &resource, const QString &key, const QJsonValue &value) const
{
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = resource;
    spec.pathSegments << QStringLiteral("Action");
    spec.body = QJsonDocument(QJsonObject {{key, value}}).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    return spec;
}

RequestSpec V5Dialect::explore(const QString &organizationId, const ExploreOptions &options) const
{
    QJsonObject body {{QStringLiteral("type"), sessionTypeToText(options.type, true)},
        {QStringLiteral("showDeleted"), options.showDeleted},
        {QStringLiteral("showAllVersions"), options.showAllVersions}};
    if (options.pointInTime.isValid()) // omitted = the latest restore point
        body.insert(
            QStringLiteral("datetime"), options.pointInTime.toUTC().toString(Qt::ISODateWithMs));
    RequestSpec spec = actionEndpoint({prefix(), QStringLiteral("Organizations"), organizationId},
        QStringLiteral("explore"), body);
    spec.acceptedStatuses = {201, 200};
    return spec;
}

RequestSpec V5Dialect::stopSession(const QString &sessionId) const
{
    RequestSpec spec
        = actionEndpoint(sessionPath(sessionId), QStringLiteral("stop"), QJsonValue::Null);
    spec.response = ResponseKind::Empty;
    spec.acceptedStatuses = emptyReplyStatuses();
    return spec;
}

bool V5Dialect::supports(ResourceKind kind) const
{
    // Document versions arrived with v6; session statistics with v8.
    return kind != ResourceKind::DocumentVersion && DialectBase::supports(kind);
}

bool V5Dialect::hasAction(ActionVerb verb, ResourceKind kind) const
{
    return verb != ActionVerb::SendToDefaultAddress && kind != ResourceKind::DocumentVersion;
}

QStringList V5Dialect::allowedOptions(OptionSchema schema) const
{
    QStringList names = DialectBase::allowedOptions(schema);
    names.removeAll(QStringLiteral("skipItemChecks")); // v6+ only
    // v5 restores in place could pick the version to write (removed from the v6 schemas).
    if (schema == OptionSchema::OneDriveRestoreToOriginal
        || schema == OptionSchema::OneDriveBulkRestore)
        names.append(QStringLiteral("documentVersion"));
    return names;
}

RequestSpec V5Dialect::actionSpec(const ActionOperation &operation, const QJsonObject &body) const
{
    const QJsonObject renamed = renameForV5(body, operation.schema);
    // {"save": null}, {"savetoMsg": null}, {"exporttoPst": null}: the key alone selects the action.
    const QJsonValue value = renamed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(renamed);
    return actionEndpoint(operation.resource, operation.actionKey, value);
}

} // namespace re::dialects
