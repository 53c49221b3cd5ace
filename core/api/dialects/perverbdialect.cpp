#include "api/dialects/perverbdialect.h"

#include "resources/restoresession.h"

#include <QJsonDocument>

namespace re::dialects {

PerVerbDialect::PerVerbDialect(ApiVersion version)
    : DialectBase(version,
        PathNames {QStringLiteral("token"), QStringLiteral("organization"),
            QStringLiteral("mailboxes"), QStringLiteral("folders"), QStringLiteral("items"),
            QStringLiteral("Organization"), QStringLiteral("OneDrives"), QStringLiteral("Folders"),
            QStringLiteral("Documents"), QStringLiteral("Versions"), QStringLiteral("Events")})
{ }

RequestSpec PerVerbDialect::probe() const
{
    RequestSpec spec;
    spec.pathSegments = {prefix(), QStringLiteral("ServiceInstance")};
    spec.authenticated = false; // 401 = this prefix is served, 404 = it is not
    spec.acceptedStatuses = {200, 401};
    return spec;
}

RequestSpec PerVerbDialect::explore(
    const QString &organizationId, const ExploreOptions &options) const
{
    QJsonObject body {{QStringLiteral("type"), sessionTypeToText(options.type, false)},
        {QStringLiteral("showDeleted"), options.showDeleted},
        {QStringLiteral("showAllVersions"), options.showAllVersions}};
    if (options.pointInTime.isValid())
        body.insert(
            QStringLiteral("dateTime"), options.pointInTime.toUTC().toString(Qt::ISODateWithMs));
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments
        = {prefix(), QStringLiteral("Organizations"), organizationId, QStringLiteral("explore")};
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.acceptedStatuses = {200, 201}; // OpenAPI v6/v7 say 200, v8 and real servers 201
    return spec;
}

RequestSpec PerVerbDialect::stopSession(const QString &sessionId) const
{
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = sessionPath(sessionId) << QStringLiteral("Stop");
    spec.response = ResponseKind::Empty;
    spec.acceptedStatuses = emptyReplyStatuses();
    return spec;
}

RequestSpec PerVerbDialect::actionSpec(
    const ActionOperation &operation, const QJsonObject &body) const
{
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = operation.resource;
    spec.pathSegments << operation.perVerbSegment;
    // Operations the OpenAPI documents without a request body get none (…/items/{id}/save, …/save).
    const bool hasBody
        = operation.schema != OptionSchema::None || !operation.selectionKey.isEmpty();
    if (hasBody) {
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.contentType = "application/json";
    }
    return spec;
}

} // namespace re::dialects
