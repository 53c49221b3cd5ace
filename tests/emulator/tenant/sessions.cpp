#include "sessions.h"

#include "ids.h"
#include "paging.h"
#include "tenantlog.h"

#include <algorithm>

namespace vb365emu {
using namespace Qt::StringLiterals;

namespace {

QString workloadName(SessionType type)
{
    switch (type) {
    case SessionType::Vex: return u"Exchange"_s;
    case SessionType::Veod: return u"OneDrive"_s;
    case SessionType::Vesp: return u"SharePoint"_s;
    case SessionType::Vet: return u"Teams"_s;
    }
    return {};
}

} // namespace

std::optional<SessionType> sessionTypeFromName(const QString &name)
{
    for (const SessionType type : {SessionType::Vex, SessionType::Veod, SessionType::Vesp, SessionType::Vet}) {
        if (name.compare(wireName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString SessionEvent::duration(const QDateTime &now) const
{
    const qint64 seconds = std::max<qint64>(0, startTime.secsTo(endTime.value_or(now)));
    return u"%1:%2:%3"_s.arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

RestoreSessionStore::RestoreSessionStore(Tenant tenant, Clock clock)
    : m_tenant(std::move(tenant)), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

QString RestoreSessionStore::nextId()
{
    ids::Payload payload{};
    ids::put32(payload, 0, quint32(++m_idCounter));
    return ids::guid(m_tenant.seed(), "restore-session-store", 0, payload);
}

QDateTime RestoreSessionStore::now() const { return m_clock().toUTC(); }

RestoreSessionStore::Entry *RestoreSessionStore::entry(const QString &sessionId)
{
    const auto found = m_indexById.constFind(sessionId.toLower());
    return found == m_indexById.cend() ? nullptr : &m_entries[*found];
}

const RestoreSessionStore::Entry *RestoreSessionStore::entry(const QString &sessionId) const
{
    const auto found = m_indexById.constFind(sessionId.toLower());
    return found == m_indexById.cend() ? nullptr : &m_entries.at(*found);
}

std::optional<RestoreSession> RestoreSessionStore::create(const ExploreRequest &request)
{
    const std::optional<Organization> organization = m_tenant.organization(request.organizationId);
    if (!organization)
        return std::nullopt;
    const QDateTime created = now();
    RestoreSession session;
    session.id = nextId();
    session.organizationId = organization->id;
    session.organizationName = organization->name;
    session.type = request.type;
    session.creationTime = created;
    session.initiatedBy = request.initiatedBy;
    session.scope = ExploreScope{organization->id, request.pointInTime, request.showDeleted, request.showAllVersions};
    session.name = u"%1 restore (%2 - %3)"_s.arg(workloadName(request.type), organization->name,
                                                 created.toString(u"yyyy-MM-dd HH:mm:ss"_s));

    Entry fresh{session, {}};
    m_indexById.insert(session.id, m_entries.size());
    m_entries << fresh;
    appendEvent(session.id, NewEvent{EventType::None, EventStatus::Success, u"Restore session started"_s,
                                     u"Restore session started"_s, organization->name, u"Organization"_s, 0,
                                     QString(), QString()});
    qCDebug(lcEmuTenant) << "session" << session.id << "created for" << organization->name;
    return find(session.id);
}

std::optional<RestoreSession> RestoreSessionStore::createRestore(const QString &parentSessionId, const QString &title)
{
    const Entry *parent = entry(parentSessionId);
    if (!parent)
        return std::nullopt;
    const RestoreSession from = parent->session; // a copy: create() grows m_entries and moves the parent
    const std::optional<RestoreSession> created =
        create(ExploreRequest{from.organizationId, from.type, from.scope.pointInTime, from.scope.showDeleted,
                              from.scope.showAllVersions, from.initiatedBy});
    if (!created)
        return std::nullopt;
    Entry *fresh = entry(created->id);
    fresh->session.name = u"%1 (%2 - %3)"_s.arg(title, from.organizationName,
                                                fresh->session.creationTime.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    return fresh->session;
}

std::optional<RestoreSession> RestoreSessionStore::complete(const QString &sessionId, SessionResult result)
{
    Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    if (found->session.state == SessionState::Working) {
        found->session.state = SessionState::Stopped;
        found->session.result = result;
        found->session.endTime = now();
        ++found->session.eTag;
    }
    return found->session;
}

Page<RestoreSession> RestoreSessionStore::list(PageRange range) const
{
    QList<RestoreSession> newestFirst;
    newestFirst.reserve(m_entries.size());
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        newestFirst << it->session;
    return pageOfList(newestFirst, range);
}

std::optional<RestoreSession> RestoreSessionStore::find(const QString &sessionId) const
{
    const Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    return found->session;
}

std::optional<TenantView> RestoreSessionStore::view(const QString &sessionId) const
{
    const Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    return m_tenant.view(found->session.scope);
}

std::optional<RestoreSession> RestoreSessionStore::stop(const QString &sessionId)
{
    Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    if (found->session.state == SessionState::Working) {
        const QDateTime stopped = now();
        for (SessionEvent &event : found->events) {
            if (event.status == EventStatus::Running) {
                event.status = EventStatus::Cancelled;
                event.endTime = stopped;
            }
        }
        found->session.state = SessionState::Stopped;
        found->session.endTime = stopped;
        ++found->session.eTag;
    }
    return found->session;
}

std::optional<Page<SessionEvent>> RestoreSessionStore::events(const QString &sessionId, PageRange range) const
{
    const Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    return pageOfList(found->events, range);
}

std::optional<SessionEvent> RestoreSessionStore::event(const QString &sessionId, const QString &eventId) const
{
    const Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    for (const SessionEvent &event : found->events) {
        if (event.id.compare(eventId, Qt::CaseInsensitive) == 0)
            return event;
    }
    return std::nullopt;
}

std::optional<SessionEvent> RestoreSessionStore::appendEvent(const QString &sessionId, const NewEvent &newEvent)
{
    Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    SessionEvent event;
    event.id = nextId();
    event.type = newEvent.type;
    event.status = newEvent.status;
    event.startTime = now();
    if (newEvent.status != EventStatus::Running)
        event.endTime = event.startTime;
    event.title = newEvent.title;
    event.message = newEvent.message;
    event.order = int(found->events.size());
    event.itemName = newEvent.itemName;
    event.itemType = newEvent.itemType;
    event.itemSizeBytes = newEvent.itemSizeBytes;
    event.source = newEvent.source;
    event.target = newEvent.target;
    found->events << event;
    ++found->session.eTag;
    return event;
}

std::optional<SessionEvent> RestoreSessionStore::finishEvent(const QString &sessionId, const QString &eventId,
                                                             EventStatus status, const QString &message)
{
    Entry *found = entry(sessionId);
    if (!found)
        return std::nullopt;
    for (SessionEvent &event : found->events) {
        if (event.id.compare(eventId, Qt::CaseInsensitive) != 0)
            continue;
        event.status = status;
        if (!message.isEmpty())
            event.message = message;
        if (status != EventStatus::Running)
            event.endTime = now();
        ++found->session.eTag;
        return event;
    }
    return std::nullopt;
}

QString wireName(SessionType value)
{
    switch (value) {
    case SessionType::Vex: return u"Vex"_s;
    case SessionType::Veod: return u"Veod"_s;
    case SessionType::Vesp: return u"Vesp"_s;
    case SessionType::Vet: return u"Vet"_s;
    }
    return {};
}

QString wireName(SessionState value)
{
    return value == SessionState::Working ? u"Working"_s : u"Stopped"_s;
}

QString wireName(SessionResult value)
{
    switch (value) {
    case SessionResult::Success: return u"Success"_s;
    case SessionResult::Warning: return u"Warning"_s;
    case SessionResult::Failed: return u"Failed"_s;
    }
    return {};
}

QString wireName(EventType value)
{
    switch (value) {
    case EventType::None: return u"None"_s;
    case EventType::Save: return u"Save"_s;
    case EventType::Export: return u"Export"_s;
    case EventType::Send: return u"Send"_s;
    case EventType::Restore: return u"Restore"_s;
    case EventType::View: return u"View"_s;
    }
    return {};
}

QString wireName(EventStatus value)
{
    switch (value) {
    case EventStatus::Running: return u"Running"_s;
    case EventStatus::Success: return u"Success"_s;
    case EventStatus::Warning: return u"Warning"_s;
    case EventStatus::Failed: return u"Failed"_s;
    case EventStatus::Cancelled: return u"Cancelled"_s;
    case EventStatus::Skipped: return u"Skipped"_s;
    }
    return {};
}

} // namespace vb365emu
