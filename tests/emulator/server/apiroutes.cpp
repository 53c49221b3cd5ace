#include "apiroutes.h"

namespace vb365emu {

ApiRoutes::ApiRoutes(RestoreSessionStore &sessions, QString userName)
    : m_context(sessions, std::move(userName))
    , m_admin(m_context)
    , m_sessions(m_context)
    , m_exchange(m_context)
    , m_oneDrive(m_context)
{
}

Router ApiRoutes::router()
{
    Router router;
    m_admin.install(router);
    m_sessions.install(router);
    m_exchange.install(router);
    m_oneDrive.install(router);
    return router;
}

} // namespace vb365emu
