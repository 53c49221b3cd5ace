#include "adminroutes.h"

#include "routehelpers.h"
#include "views.h"

#include <QJsonArray>
#include <QUuid>

namespace vb365emu {

using namespace routes;

namespace {

// The session type of an explore body; strict mode wants the dialect's documented casing.
Result<SessionType> sessionTypeOf(const Request &request, const std::optional<QString> &text)
{
    if (!text)
        return SessionType::Vex;
    const std::optional<SessionType> type = sessionTypeFromName(*text);
    if (!type)
        return fail(QStringLiteral("Unknown restore session type '%1'.").arg(*text));
    if (request.strict) {
        const QString documented = usesActionEndpoints(request.version) ? wireName(*type).toLower() : wireName(*type);
        if (*text != documented)
            return fail(QStringLiteral("The session type is spelled '%1' in %2.").arg(documented, versionPrefix(request.version)));
    }
    return *type;
}

} // namespace

void AdminRoutes::install(Router &router)
{
    router.addGet(QStringLiteral("Organizations"),
                  [](ApiVersion v) {
                      if (v == ApiVersion::V5)
                          return QStringList{};
                      if (v == ApiVersion::V8)
                          return QStringList{QStringLiteral("extendedView"), QStringLiteral("msid"),
                                             QStringLiteral("backedUpOrganizationId"), kLimit, kOffset};
                      return QStringList{QStringLiteral("extendedView")};
                  },
                  [this](const Request &r, const RouteParams &) { return listOrganizations(r); });
    router.addGet(QStringLiteral("Organizations/{}"),
                  [](ApiVersion v) { return v == ApiVersion::V5 ? QStringList{} : QStringList{QStringLiteral("extendedView")}; },
                  [this](const Request &r, const RouteParams &p) { return getOrganization(r, p); });
    router.addGet(QStringLiteral("ServiceInstance"), names({}),
                  [this](const Request &r, const RouteParams &) { return getServiceInstance(r); }, kPerVerbVersions);
    router.addAction(QStringLiteral("Organizations/{}"),
                     {{QStringLiteral("explore")},
                      QStringLiteral("explore"),
                      {QStringLiteral("dateTime"), QStringLiteral("type"), QStringLiteral("showDeleted"),
                       QStringLiteral("showAllVersions"), QStringLiteral("repositoryId")},
                      QStringList{QStringLiteral("datetime"), QStringLiteral("type"), QStringLiteral("showDeleted"),
                                  QStringLiteral("showAllVersions")},
                      [this](const Request &r, const RouteParams &p, const JsonOptions &o) { return explore(r, p, o); }});
}

Reply AdminRoutes::listOrganizations(const Request &request)
{
    const Wire wire(request);
    const QList<Organization> all = m_context.sessions().tenant().organizations();
    const auto toJson = [&wire](const Organization &o) { return organizationJson(wire, o); };
    if (!organizationsArePaged(request.version)) {
        QJsonArray array;
        for (const Organization &o : all)
            array.append(toJson(o));
        return Reply::json(array);
    }
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    return pageReply(wire, {"Organizations"}, {}, *range, slice(all, *range), toJson);
}

Reply AdminRoutes::getOrganization(const Request &request, const RouteParams &params)
{
    const std::optional<Organization> organization = m_context.sessions().tenant().organization(params[0]);
    if (!organization)
        return notFound(QStringLiteral("Organization"), params[0]);
    return Reply::json(organizationJson(Wire(request), *organization));
}

Reply AdminRoutes::getServiceInstance(const Request &request)
{
    static const QHash<ApiVersion, QString> builds{
        {ApiVersion::V6, QStringLiteral("6.0.0.367")}, {ApiVersion::V7, QStringLiteral("7.0.0.2911")}, {ApiVersion::V8, QStringLiteral("8.0.2.159")}};
    const QUuid installation = QUuid::createUuidV5(QUuid(), QStringLiteral("vb365-emulator-%1").arg(m_context.sessions().tenant().seed()));
    return Reply::json(QJsonObject{{QStringLiteral("installationId"), installation.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("version"), builds.value(request.version)}});
}

Reply AdminRoutes::explore(const Request &request, const RouteParams &params, const JsonOptions &options)
{
    ExploreRequest explore;
    explore.organizationId = params[0];
    explore.initiatedBy = m_context.userName();
    Result<std::optional<QString>> when = options.string(usesActionEndpoints(request.version) ? QStringLiteral("datetime")
                                                                                              : QStringLiteral("dateTime"));
    if (!when)
        return Reply::message(400, when.error());
    if (*when) {
        explore.pointInTime = parsePointInTime(**when);
        if (!explore.pointInTime)
            return Reply::message(400, QStringLiteral("The point in time '%1' is not a date and time.").arg(**when));
    }
    Result<std::optional<QString>> typeText = options.string(QStringLiteral("type"));
    if (!typeText)
        return Reply::message(400, typeText.error());
    Result<SessionType> type = sessionTypeOf(request, *typeText);
    if (!type)
        return Reply::message(400, type.error());
    explore.type = *type;
    for (const auto &[key, target] : {std::pair{QStringLiteral("showDeleted"), &explore.showDeleted},
                                      std::pair{QStringLiteral("showAllVersions"), &explore.showAllVersions}}) {
        Result<std::optional<bool>> flag = options.boolean(key);
        if (!flag)
            return Reply::message(400, flag.error());
        *target = flag->value_or(false);
    }
    const std::optional<RestoreSession> session = m_context.sessions().create(explore);
    if (!session)
        return notFound(QStringLiteral("Organization"), params[0]);
    return Reply::json(sessionJson(Wire(request), *session), exploreAnswersCreated(request.version) ? 201 : 200);
}

} // namespace vb365emu
