#include "apiroutes.h"

namespace vb365emu {

ApiRoutes::ApiRoutes(RestoreSessionStore &sessions, QString userName, const ActionSettings &actions)
    : m_context(sessions, std::move(userName))
    , m_admin(m_context)
    , m_sessions(m_context)
    , m_exchange(m_context)
    , m_oneDrive(m_context)
    , m_restores(m_context, actions.restoreDurationMs)
    , m_mailSettings(actions.mailConfigured)
    , m_mailActions(m_context, m_restores, m_mailSettings)
    , m_driveActions(m_context, m_restores, m_mailSettings)
    , m_search(m_context)
{
    m_exchange.setOutlookInstalled(actions.outlookInstalled);
}

Router ApiRoutes::router()
{
    Router router;
    m_admin.install(router);
    m_sessions.install(router);
    m_exchange.install(router);
    m_oneDrive.install(router);
    m_restores.install(router);
    m_mailSettings.install(router);
    m_mailActions.install(router);
    m_driveActions.install(router);
    m_search.install(router);
    return router;
}

} // namespace vb365emu
