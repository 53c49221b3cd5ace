#include "sessionroutes.h"

#include "routehelpers.h"
#include "views.h"

namespace vb365emu {

using namespace routes;

void SessionRoutes::install(Router &router)
{
    router.addGet(QStringLiteral("RestoreSessions"),
                  [](ApiVersion v) {
                      QStringList list{kOffset, kLimit};
                      if (v >= ApiVersion::V6)
                          list << QStringLiteral("startTimeFrom") << QStringLiteral("startTimeTo");
                      if (v >= ApiVersion::V8)
                          list << QStringLiteral("endTimeFrom") << QStringLiteral("endTimeTo") << QStringLiteral("orderAsc")
                               << QStringLiteral("orderBy");
                      return list;
                  },
                  [this](const Request &r, const RouteParams &) { return listSessions(r); });
    router.addGet(QStringLiteral("RestoreSessions/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getSession(r, p); });
    router.addGet(QStringLiteral("RestoreSessions/{}/Events"), names({kOffset, kLimit}),
                  [this](const Request &r, const RouteParams &p) { return listEvents(r, p); });
    router.addGet(QStringLiteral("RestoreSessions/{}/Events/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getEvent(r, p); });
    router.addGet(QStringLiteral("RestoreSessions/{}/Organization"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getSessionOrganization(r, p); });
    router.addAction(QStringLiteral("RestoreSessions/{}"),
                     {{QStringLiteral("stop")}, QStringLiteral("Stop"), {}, std::nullopt,
                      [this](const Request &r, const RouteParams &p, const JsonOptions &) { return stopSession(r, p); }});
}

Reply SessionRoutes::listSessions(const Request &request)
{
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    QList<RestoreSession> all = m_context.sessions().list({0, std::numeric_limits<int>::max()}).items;
    // Time filters (v6+) and ascending order (v8) are applied here; the store lists newest first.
    for (const auto &[name, isLowerBound, ofEnd] : {std::tuple{QStringLiteral("startTimeFrom"), true, false},
                                                   std::tuple{QStringLiteral("startTimeTo"), false, false},
                                                   std::tuple{QStringLiteral("endTimeFrom"), true, true},
                                                   std::tuple{QStringLiteral("endTimeTo"), false, true}}) {
        const std::optional<QString> text = request.queryValue(name);
        if (!text)
            continue;
        const std::optional<QDateTime> bound = parsePointInTime(*text);
        if (!bound)
            return Reply::message(400, QStringLiteral("The query parameter '%1' is not a date and time.").arg(name));
        all.removeIf([&](const RestoreSession &s) {
            const std::optional<QDateTime> t = ofEnd ? s.endTime : std::optional<QDateTime>(s.creationTime);
            return !t || (isLowerBound ? *t < *bound : *t > *bound);
        });
    }
    // v8 ordering: by creation (default) or end time, newest first unless orderAsc=true; running sessions
    // (no end time yet) count as the newest when ordering by end time.
    Result<std::optional<bool>> ascending = queryBoolean(request, QStringLiteral("orderAsc"));
    if (!ascending)
        return Reply::message(400, ascending.error());
    const QString orderBy = request.queryValue(QStringLiteral("orderBy")).value_or(QStringLiteral("CreationTime"));
    const bool byEndTime = orderBy.compare(QLatin1String("EndTime"), Qt::CaseInsensitive) == 0;
    if (!byEndTime && orderBy.compare(QLatin1String("CreationTime"), Qt::CaseInsensitive) != 0)
        return Reply::message(400, QStringLiteral("orderBy must be CreationTime or EndTime, not '%1'.").arg(orderBy));
    const auto sortKey = [byEndTime](const RestoreSession &s) {
        return byEndTime ? s.endTime.value_or(QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::max(), Qt::UTC))
                         : s.creationTime;
    };
    std::stable_sort(all.begin(), all.end(), [&](const RestoreSession &a, const RestoreSession &b) {
        return ascending->value_or(false) ? sortKey(a) < sortKey(b) : sortKey(b) < sortKey(a);
    });
    const Wire wire(request);
    return pageReply(wire, {"RestoreSessions"}, {}, *range, slice(all, *range),
                     [&wire](const RestoreSession &s) { return sessionJson(wire, s); });
}

Reply SessionRoutes::getSession(const Request &request, const RouteParams &params)
{
    const std::optional<RestoreSession> session = m_context.sessions().find(params[0]);
    if (!session)
        return notFound(QStringLiteral("Restore session"), params[0]);
    return Reply::json(sessionJson(Wire(request), *session));
}

Reply SessionRoutes::stopSession(const Request &request, const RouteParams &params)
{
    if (!m_context.sessions().stop(params[0]))
        return notFound(QStringLiteral("Restore session"), params[0]);
    return Reply::empty(stopAnswersNoContent(request.version) ? 204 : 200);
}

Reply SessionRoutes::listEvents(const Request &request, const RouteParams &params)
{
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const std::optional<RestoreSession> session = m_context.sessions().find(params[0]);
    const std::optional<Page<SessionEvent>> events = m_context.sessions().events(params[0], *range);
    if (!session || !events)
        return notFound(QStringLiteral("Restore session"), params[0]);
    const Wire wire(request);
    return pageReply(wire, paths::session(session->id) / "Events", {}, *range, *events,
                     [&](const SessionEvent &e) { return eventJson(wire, *session, e); });
}

Reply SessionRoutes::getEvent(const Request &request, const RouteParams &params)
{
    const std::optional<RestoreSession> session = m_context.sessions().find(params[0]);
    if (!session)
        return notFound(QStringLiteral("Restore session"), params[0]);
    const std::optional<SessionEvent> event = m_context.sessions().event(params[0], params[1]);
    if (!event)
        return notFound(QStringLiteral("Event"), params[1]);
    return Reply::json(eventJson(Wire(request), *session, *event));
}

Reply SessionRoutes::getSessionOrganization(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], std::nullopt);
    if (!context)
        return std::move(context.error());
    return Reply::json(sessionOrganizationJson(Wire(request), context->session, context->view.organization()));
}

} // namespace vb365emu
