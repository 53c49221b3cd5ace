#pragma once

#include "routecontext.h"
#include "router.h"

namespace vb365emu {

// Organizations, the service instance and explore (which starts a restore session).
class AdminRoutes
{
public:
    explicit AdminRoutes(RouteContext &context) : m_context(context) {}
    void install(Router &router);

private:
    Reply listOrganizations(const Request &request);
    Reply getOrganization(const Request &request, const RouteParams &params);
    Reply getServiceInstance(const Request &request);
    Reply explore(const Request &request, const RouteParams &params, const JsonOptions &options);

    RouteContext &m_context;
};

} // namespace vb365emu
