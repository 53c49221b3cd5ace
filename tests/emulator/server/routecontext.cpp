#include "routecontext.h"

#include "routehelpers.h"

namespace vb365emu {

Result<RouteContext::Browse, Reply> RouteContext::browse(const QString &sessionId, std::optional<SessionType> required) const
{
    const std::optional<RestoreSession> session = m_sessions.find(sessionId);
    const std::optional<TenantView> view = m_sessions.view(sessionId);
    if (!session || !view)
        return fail(routes::notFound(QStringLiteral("Restore session"), sessionId));
    // Real servers answer 500 when a client keeps browsing an ended session (api-reference §4).
    if (session->state == SessionState::Stopped)
        return fail(Reply::message(500, QStringLiteral("The restore session '%1' has been stopped.").arg(sessionId)));
    if (required && session->type != *required)
        return fail(Reply::message(400, QStringLiteral("The restore session '%1' is of type %2, not %3.")
                                            .arg(sessionId, wireName(session->type), wireName(*required))));
    return Browse{*session, *view};
}

Reply RouteContext::download(const RestoreSession &session, GeneratedContent content, EventType type, const QString &title)
{
    switch (content.status) {
    case GeneratedContent::Status::NotFound:
        return Reply::message(404, content.error);
    case GeneratedContent::Status::Failed:
        m_sessions.appendEvent(session.id, {type, EventStatus::Failed, title, content.error, {}, {}, 0, {}, {}});
        return Reply::message(500, content.error);
    case GeneratedContent::Status::Ready:
        break;
    }
    const qint64 size = content.device->size();
    m_sessions.appendEvent(session.id, {type, EventStatus::Success, title,
                                        QStringLiteral("%1 (%2 bytes) is ready for download.").arg(content.fileName).arg(size),
                                        content.fileName, {}, size, {}, {}});
    return Reply::file(std::move(content.device), content.fileName);
}

} // namespace vb365emu
