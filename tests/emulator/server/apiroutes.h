#pragma once

#include "adminroutes.h"
#include "driveactionroutes.h"
#include "exchangeroutes.h"
#include "mailactionroutes.h"
#include "mailsettingsroutes.h"
#include "onedriveroutes.h"
#include "routecontext.h"
#include "searchroutes.h"
#include "restoreservice.h"
#include "router.h"
#include "sessionroutes.h"

namespace vb365emu {

// The VB365 resources the emulator serves, in the v5 Action style and the v6+ per-verb style, on top of
// the tenant's restore-session store. Every wire decision (paths, status codes, shapes) is made in the
// route classes, views and wire; the store only holds data. A new area gets its own route class here.
class ApiRoutes
{
public:
    ApiRoutes(RestoreSessionStore &sessions, QString userName, const ActionSettings &actions = {});
    ApiRoutes(const ApiRoutes &) = delete;
    ApiRoutes &operator=(const ApiRoutes &) = delete;

    // The route table; its handlers refer to this object, which must outlive the router.
    Router router();

private:
    RouteContext m_context;
    AdminRoutes m_admin;
    SessionRoutes m_sessions;
    ExchangeRoutes m_exchange;
    OneDriveRoutes m_oneDrive;
    RestoreService m_restores;
    MailSettingsRoutes m_mailSettings;
    MailActionRoutes m_mailActions;
    DriveActionRoutes m_driveActions;
    SearchRoutes m_search;
};

} // namespace vb365emu
