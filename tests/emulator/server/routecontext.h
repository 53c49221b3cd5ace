#pragma once

#include "reply.h"
#include "result.h"

#include "content.h"
#include "sessions.h"

#include <optional>

namespace vb365emu {

// What every resource route shares: the restore-session store, the signed-in user, the check that a
// session may be browsed, and turning generated content into a download.
class RouteContext
{
public:
    RouteContext(RestoreSessionStore &sessions, QString userName) : m_sessions(sessions), m_userName(std::move(userName)) {}

    RestoreSessionStore &sessions() { return m_sessions; }
    const RestoreSessionStore &sessions() const { return m_sessions; }
    const QString &userName() const { return m_userName; }

    struct Browse
    {
        RestoreSession session;
        TenantView view;
    };
    // The session of a browse/action call; an error reply when unknown (404), stopped (500, like real
    // servers) or of another type than `required` (400).
    Result<Browse, Reply> browse(const QString &sessionId, std::optional<SessionType> required) const;
    // Turns generated content into a download and records the action as a session event.
    Reply download(const RestoreSession &session, GeneratedContent content, EventType type, const QString &title);

private:
    RestoreSessionStore &m_sessions;
    QString m_userName;
};

} // namespace vb365emu
