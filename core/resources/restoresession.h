#pragma once

#include "api/dialect.h" // SessionType: the vocabulary shared with the dialects (header only)
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace re {

enum class SessionState { Unknown, Starting, Working, Stopping, Stopped };
// Outcome of a session, an event or a restore; Unknown when the server did not say.
enum class Outcome { Unknown, Running, Success, Warning, Failed, Cancelled, Skipped };

std::optional<SessionType> sessionTypeFromText(QStringView text); // vex/Vex/veod/…
QString sessionTypeToText(SessionType type, bool lowerCase); // "Vex" or "vex"
Outcome outcomeFromText(QStringView text);

struct RestoreSession
{
    QString id;
    QString name;
    QString organization; // the organization's *name*
    std::optional<SessionType> type;
    QDateTime creationTime;
    std::optional<QDateTime> endTime; // absent (not only null) while running in v1-v5 examples
    SessionState state = SessionState::Unknown;
    Outcome result = Outcome::Unknown;
    QString initiatedBy;
    QString details;
    QString reason;

    bool isRunning() const
    {
        return state == SessionState::Working || state == SessionState::Starting;
    }
    static Result<RestoreSession, QString> fromJson(const QJsonObject &json);
};

struct SessionEvent
{
    QString id;
    QString type; // None | Save | Export | Send | Restore | View (as sent)
    Outcome status = Outcome::Unknown;
    std::optional<QDateTime> startTime;
    std::optional<QDateTime> endTime;
    QString duration; // "00:00:05" as sent
    QString title;
    QString message;
    qint64 order = 0;
    QString itemName;
    QString itemType;
    std::optional<qint64> itemSizeBytes;
    QString source;
    QString target;

    static Result<SessionEvent, QString> fromJson(const QJsonObject &json);
};

// v8 restores answer at once with the id of a restore session to poll.
struct AsyncRestoreResponse
{
    QString sessionId;

    static Result<AsyncRestoreResponse, QString> fromJson(const QJsonObject &json);
};

} // namespace re
