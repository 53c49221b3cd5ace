#pragma once

// Restore-session state of the emulator: explore creates a session, stop ends it, and every action the server
// performs is recorded as an event of its session (api-reference §6).

#include "restores.h"
#include "tenant.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace vb365emu {

enum class SessionType { Vex, Veod, Vesp, Vet };
enum class SessionState { Working, Stopped };
enum class SessionResult { Success, Warning, Failed };
enum class EventType { None, Save, Export, Send, Restore, View };
enum class EventStatus { Running, Success, Warning, Failed, Cancelled, Skipped };

std::optional<SessionType> sessionTypeFromName(const QString &name); // vex|veod|vesp|vet, any case

struct ExploreRequest
{
    QString organizationId;
    SessionType type = SessionType::Vex;
    std::optional<QDateTime> pointInTime; // absent = latest
    bool showDeleted = false;
    bool showAllVersions = false;
    QString initiatedBy; // account name from the token
};

struct RestoreSession
{
    QString id; // uuid
    QString name; // "Exchange restore (contoso.onmicrosoft.com - 2026-11-23 16:50:12)"
    QString organizationId;
    QString organizationName;
    SessionType type = SessionType::Vex;
    QDateTime creationTime; // UTC
    std::optional<QDateTime> endTime; // set by stop
    SessionState state = SessionState::Working;
    SessionResult result = SessionResult::Success;
    QString initiatedBy;
    ExploreScope scope;
    qint64 eTag = 1; // bumped on every change of the session or its events
};

struct SessionEvent
{
    QString id; // uuid
    EventType type = EventType::None;
    EventStatus status = EventStatus::Running;
    QDateTime startTime;
    std::optional<QDateTime> endTime;
    QString title;
    QString message;
    int order = 0; // 0-based position in the session
    // v6+ details (empty/0 when not applicable)
    QString itemName;
    QString itemType;
    qint64 itemSizeBytes = 0;
    QString source;
    QString target;

    // "hh:mm:ss" from start to end (to now while running).
    QString duration(const QDateTime &now) const;
};

// What the server passes to record an action.
struct NewEvent
{
    EventType type = EventType::None;
    EventStatus status = EventStatus::Success;
    QString title;
    QString message;
    QString itemName;
    QString itemType;
    qint64 itemSizeBytes = 0;
    QString source;
    QString target;
};

// Owns all sessions of one emulator process. Not thread-safe: used from the server's thread.
// Session and event ids are a deterministic sequence derived from the tenant's seed.
class RestoreSessionStore
{
public:
    using Clock = std::function<QDateTime()>; // must return UTC

    explicit RestoreSessionStore(Tenant tenant, Clock clock = {});

    // nullopt when the organization is unknown. The first event "Restore session started" is recorded.
    std::optional<RestoreSession> create(const ExploreRequest &request);

    // A separate restore session for one v8 asynchronous restore (api-reference §12): same organization,
    // type and view as `parentSessionId`, named after `title`, Working until complete() or stop().
    // nullopt when the parent is unknown.
    std::optional<RestoreSession> createRestore(const QString &parentSessionId, const QString &title);
    // Ends a working session with `result` (endTime set, state Stopped); a stopped one stays as it is.
    std::optional<RestoreSession> complete(const QString &sessionId, SessionResult result);

    // Newest first.
    Page<RestoreSession> list(PageRange range) const;
    std::optional<RestoreSession> find(const QString &sessionId) const;

    // The browse view of a session; nullopt when the session is unknown. Callers decide what a stopped
    // session may still do (browse calls on it fail on a real server).
    std::optional<TenantView> view(const QString &sessionId) const;

    // Stops a working session (state Stopped, endTime set, running events end as Cancelled). Stopping a
    // stopped session changes nothing. nullopt when the session is unknown.
    std::optional<RestoreSession> stop(const QString &sessionId);

    std::optional<Page<SessionEvent>> events(const QString &sessionId, PageRange range) const;
    std::optional<SessionEvent> event(const QString &sessionId, const QString &eventId) const;

    // Appends an event (startTime = now; endTime = now unless the status is Running). nullopt when the
    // session is unknown.
    std::optional<SessionEvent> appendEvent(const QString &sessionId, const NewEvent &event);
    // Ends a running event (for v8 async restores): sets status, message (when not empty) and endTime.
    std::optional<SessionEvent> finishEvent(const QString &sessionId, const QString &eventId, EventStatus status,
                                            const QString &message = {});

    const Tenant &tenant() const { return m_tenant; }
    // The organizations' live side that restores to the original location change.
    ProductionState &production() { return m_production; }
    const ProductionState &production() const { return m_production; }
    QDateTime currentTime() const { return now(); }

private:
    struct Entry
    {
        RestoreSession session;
        QList<SessionEvent> events;
    };
    QString nextId();
    QDateTime now() const;
    Entry *entry(const QString &sessionId);
    const Entry *entry(const QString &sessionId) const;

    Tenant m_tenant;
    Clock m_clock;
    quint64 m_idCounter = 0;
    QList<Entry> m_entries; // creation order
    QHash<QString, qsizetype> m_indexById;
    ProductionState m_production;
};

QString wireName(SessionType value);
QString wireName(SessionState value);
QString wireName(SessionResult value);
QString wireName(EventType value);
QString wireName(EventStatus value);

} // namespace vb365emu
