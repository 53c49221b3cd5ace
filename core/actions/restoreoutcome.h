#pragma once

#include "api/apierror.h"
#include "resources/restoresession.h"
#include "resources/statistics.h"

#include <QDateTime>
#include <QMetaType>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace re::actions {

// One number of a restore's result, in the family the server answered with (Exchange: created,
// merged, skipped, failed…; OneDrive: total, restored, skipped…; v8: total, restored, skipped,
// failed; bulk: per-target results). Only counters the server sent are listed.
struct Counter
{
    QString key;   // stable: created, merged, skipped, failed, failedFolders, total, restored, …
    QString label; // translated
    qint64 value = 0;
};

QList<Counter> countersOf(const RestoreStatistics &statistics);
QJsonObject countersToJson(const QList<Counter> &counters);

// Success / Warning / Failed judged from the counters and messages alone.
Outcome judge(const RestoreStatistics &statistics);
// The server's own failure and warning texts of a restore, most important first.
QStringList problemsOf(const RestoreStatistics &statistics);

// "success", "warning", "failed", "cancelled", "running", "skipped", "unknown" (for logs and CSV).
QString outcomeKey(Outcome outcome);
// Translated: "Succeeded", "Completed with warnings", …
QString outcomeLabel(Outcome outcome);

// How a run ended.
struct RestoreOutcome
{
    Outcome result = Outcome::Unknown; // Success, Warning, Failed or Cancelled
    QString restoreSessionId;          // v8: the session that was polled
    std::optional<RestoreStatistics> statistics;
    QList<SessionEvent> events;        // the events this action produced, oldest first
    QString message;                   // plain words: what went wrong, or notes for the user
    ApiError error;                    // the request's error, when one failed
    bool mayStillComplete = false;     // cancelled while the server was already working on it
    QDateTime started;
    QDateTime finished;
    QString journalError;              // set when the restore log could not be written

    QList<Counter> counters() const { return statistics ? countersOf(*statistics) : QList<Counter>(); }
};

// Progress while the action runs.
struct RestoreProgress
{
    enum class Stage {
        Preparing,        // reading the session's existing events
        Sending,          // the request is on its way
        WaitingForServer, // v5-v7: the server answers when the restore is done
        Running,          // v8: the restore session is working
        Stopping,         // cancel requested; waiting for the server to stop
    };
    Stage stage = Stage::Preparing;
    std::optional<qint64> processed; // items done (restored + failed + skipped), when known
    std::optional<qint64> total;     // items to do, when known
    QList<SessionEvent> latestEvents; // the newest few, oldest first
    QString text;                     // one translated line for a status bar
};

} // namespace re::actions

Q_DECLARE_METATYPE(re::actions::RestoreOutcome)
Q_DECLARE_METATYPE(re::actions::RestoreProgress)
