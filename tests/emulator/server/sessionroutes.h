#pragma once

#include "routecontext.h"
#include "router.h"

namespace vb365emu {

// Restore sessions: list, get, stop, events and the session's organization (root of the browse tree).
class SessionRoutes
{
public:
    explicit SessionRoutes(RouteContext &context) : m_context(context) {}
    void install(Router &router);

private:
    Reply listSessions(const Request &request);
    Reply getSession(const Request &request, const RouteParams &params);
    Reply stopSession(const Request &request, const RouteParams &params);
    Reply listEvents(const Request &request, const RouteParams &params);
    Reply getEvent(const Request &request, const RouteParams &params);
    Reply getSessionOrganization(const Request &request, const RouteParams &params);

    RouteContext &m_context;
};

} // namespace vb365emu
