#pragma once

#include "actions/requests.h"
#include "actions/restorelog.h"
#include "actions/restoreoutcome.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace re {
class ApiClient;
class ApiJob;
} // namespace re

namespace re::actions {

// Runs one restore, copy or send through an ApiClient and reports how it ended.
//
// v5-v7 restores block until done (the client's BlockingAction policy: no total timeout) and answer
// with the statistics; v8 answers {"sessionId"} at once and the runner polls that session
// (/RestoreSessions/{id}, /Events, /Statistics) until it is Stopped, reporting progress. Sends answer
// 200/204 without a body. Before sending, the ids of the session's existing events are noted so the
// outcome lists only the events this action produced.
//
// Cancel: v8 stops the restore session and waits for it to stop; v5-v7 (and a v8 request whose
// answer has not come back) abort the request — the server may still complete it, and the outcome
// says so. Saves and PST exports are downloads (transfer/apidownload.h), not runs.
class RestoreRunner : public QObject
{
    Q_OBJECT

public:
    explicit RestoreRunner(ApiClient *client, QObject *parent = nullptr);
    ~RestoreRunner() override;

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // Appends every finished run to `log` (not owned; null = no log) with `context`.
    void setJournal(const RestoreLog *log, JournalContext context);

    // Validates and starts; the first signal comes from the event loop. An invalid request, a
    // download action or a run already in progress is refused here and nothing is sent.
    Validity start(const ActionRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressChanged(const re::actions::RestoreProgress &progress);
    void finished(const re::actions::RestoreOutcome &outcome);

private:
    using EventsDone = std::function<void(Result<QList<SessionEvent>, ApiError>)>;

    void snapshotEvents();
    void send();
    void onActionFinished(ApiJob &job);
    void takeStatistics(const QJsonDocument &reply);
    void poll();
    void pollDetails(const RestoreSession &session);
    void stopRestoreSession();
    void finishWithNewEvents(const QString &sessionId);
    void finish();
    void collectEvents(const QString &sessionId, EventsDone done, QList<SessionEvent> sofar = {}, qint64 offset = 0,
                       int pages = 0);
    QList<SessionEvent> newEvents(const QString &sessionId, const QList<SessionEvent> &events) const;
    void report(RestoreProgress::Stage stage, const QString &text);
    // True when a callback belongs to the current run (not to a finished or cancelled one).
    bool current(quint64 run) const { return m_running && run == m_run; }

    QPointer<ApiClient> m_client;
    std::chrono::milliseconds m_pollInterval {2000};
    const RestoreLog *m_log = nullptr;
    JournalContext m_context;

    std::optional<ActionRequest> m_request;
    ActionCall m_call;
    quint64 m_run = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_stopSent = false;
    bool m_snapshotTaken = false;
    int m_pollFailures = 0;
    QPointer<ApiJob> m_job;
    QTimer m_pollTimer;
    QSet<QString> m_knownEventIds;
    RestoreOutcome m_outcome;
    RestoreProgress m_progress;
};

} // namespace re::actions
