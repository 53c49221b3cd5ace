#include "actions/restorerunner.h"

#include "api/client/apiclient.h"
#include "api/client/apijob.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace re::actions {

namespace {

constexpr int kMaxPollFailures = 5;  // consecutive failed polls before giving up
constexpr int kMaxEventPages = 40;   // 40 pages of 500 events: far more than one session has
constexpr int kLatestEvents = 5;

QString translate(const char *text)
{
    return QCoreApplication::translate("Actions", text);
}

bool isDownload(ActionVerb verb)
{
    return verb == ActionVerb::Save || verb == ActionVerb::SaveToMsg || verb == ActionVerb::ExportToPst;
}

QString mayStillCompleteNote()
{
    return translate("The request was cancelled, but the server may still complete the action: check the restore "
                     "session's events later.");
}

} // namespace

RestoreRunner::RestoreRunner(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<RestoreOutcome>();
    qRegisterMetaType<RestoreProgress>();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &RestoreRunner::poll);
}

RestoreRunner::~RestoreRunner()
{
    if (m_job)
        m_job->disconnect(this);
}

void RestoreRunner::setJournal(const RestoreLog *log, JournalContext context)
{
    m_log = log;
    m_context = std::move(context);
}

Validity RestoreRunner::start(const ActionRequest &request)
{
    if (m_running)
        return invalid(QStringLiteral("target"), translate("Another action is still running."));
    if (!m_client)
        return invalid(QStringLiteral("target"), translate("Not connected to a backup server."));
    Result<ActionCall, ValidationError> call = toCall(request);
    if (!call)
        return unexpected(call.error());
    if (isDownload(call->verb))
        return invalid(QStringLiteral("target"), translate("Saving and exporting run as downloads, not as restores."));

    m_request = request;
    m_call = std::move(call).value();
    ++m_run;
    m_running = true;
    m_cancelRequested = false;
    m_stopSent = false;
    m_snapshotTaken = false;
    m_pollFailures = 0;
    m_knownEventIds.clear();
    m_outcome = RestoreOutcome {};
    m_outcome.started = QDateTime::currentDateTimeUtc();
    m_progress = RestoreProgress {};
    qCInfo(lcActions) << "starting" << actionName(request) << "on" << describeTarget(m_call.target);
    QMetaObject::invokeMethod(this, &RestoreRunner::snapshotEvents, Qt::QueuedConnection);
    return {};
}

void RestoreRunner::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    qCInfo(lcActions) << "cancel requested";
    if (m_job) {
        m_job->cancel(); // onActionFinished reports the cancellation
        return;
    }
    if (!m_outcome.restoreSessionId.isEmpty()) {
        stopRestoreSession();
        return;
    }
    // Still reading the existing events: nothing was sent.
    m_outcome.result = Outcome::Cancelled;
    m_outcome.message = translate("Cancelled before anything was sent to the server.");
    finish();
}

void RestoreRunner::report(RestoreProgress::Stage stage, const QString &text)
{
    m_progress.stage = stage;
    m_progress.text = text;
    emit progressChanged(m_progress);
}

// ---- events -------------------------------------------------------------------------------------

void RestoreRunner::collectEvents(const QString &sessionId, EventsDone done, QList<SessionEvent> sofar, qint64 offset,
                                  int pages)
{
    ListQuery query;
    query.collection = Collection::SessionEvents;
    query.sessionId = sessionId;
    query.offset = offset;
    m_client->fetchPage<SessionEvent>(
        query, this,
        [this, sessionId, done = std::move(done), sofar = std::move(sofar), pages](Result<Page<SessionEvent>, ApiError> page) mutable {
            if (!page) {
                done(unexpected(page.error()));
                return;
            }
            sofar += page->items;
            if (page->hasMore && !page->items.isEmpty() && pages + 1 < kMaxEventPages) {
                collectEvents(sessionId, std::move(done), std::move(sofar), page->nextOffset(), pages + 1);
                return;
            }
            std::stable_sort(sofar.begin(), sofar.end(),
                             [](const SessionEvent &a, const SessionEvent &b) { return a.order < b.order; });
            done(std::move(sofar));
        });
}

QList<SessionEvent> RestoreRunner::newEvents(const QString &sessionId, const QList<SessionEvent> &events) const
{
    // A restore session of its own (v8 may create one) holds only this action's events.
    if (sessionId != m_call.target.ref.sessionId || !m_snapshotTaken)
        return events;
    QList<SessionEvent> fresh;
    for (const SessionEvent &event : events) {
        if (!m_knownEventIds.contains(event.id))
            fresh.append(event);
    }
    return fresh;
}

void RestoreRunner::snapshotEvents()
{
    if (!m_running)
        return;
    report(RestoreProgress::Stage::Preparing, translate("Preparing…"));
    const quint64 run = m_run;
    collectEvents(m_call.target.ref.sessionId, [this, run](Result<QList<SessionEvent>, ApiError> events) {
        if (!current(run))
            return;
        if (events) {
            for (const SessionEvent &event : events.value())
                m_knownEventIds.insert(event.id);
            m_snapshotTaken = true;
        } else {
            // Not fatal: the outcome then lists all of the session's events.
            qCInfo(lcActions) << "could not read the session's events before the action:" << events.error().message;
        }
        send();
    });
}

// ---- the action request -------------------------------------------------------------------------

void RestoreRunner::send()
{
    m_job = m_client->action(m_call.target, m_call.verb, m_call.options);
    const quint64 run = m_run;
    connect(m_job, &ApiJob::phaseChanged, this, [this, run](ApiJob::Phase phase) {
        if (current(run) && phase == ApiJob::Phase::WaitingForServer)
            report(RestoreProgress::Stage::WaitingForServer,
                   translate("The server is working on it; it answers when the action is done."));
    });
    ApiJob *job = m_job;
    connect(m_job, &ApiJob::finished, this, [this, run, job] {
        if (current(run))
            onActionFinished(*job);
    });
    report(RestoreProgress::Stage::Sending, translate("Sending the request…"));
}

void RestoreRunner::onActionFinished(ApiJob &job)
{
    m_job = nullptr;
    if (!job.succeeded()) {
        if (job.error().kind == ApiError::Kind::Cancelled && m_cancelRequested) {
            m_outcome.result = Outcome::Cancelled;
            m_outcome.mayStillComplete = true;
            m_outcome.message = mayStillCompleteNote();
            finish();
            return;
        }
        m_outcome.error = job.error();
        m_outcome.result = Outcome::Failed;
        m_outcome.message = job.error().message;
        qCInfo(lcActions) << "action failed:" << job.error().request << job.error().httpStatus;
        finishWithNewEvents(m_call.target.ref.sessionId); // the session's events may say more
        return;
    }
    if (job.spec().response == ResponseKind::Empty) {
        m_outcome.result = Outcome::Success;
        finishWithNewEvents(m_call.target.ref.sessionId);
        return;
    }
    if (!m_client || !m_client->dialect()) {
        m_outcome.result = Outcome::Failed;
        m_outcome.message = translate("The connection to the server was closed while the action ran.");
        finish();
        return;
    }
    if (m_client->dialect()->restoreReply() == Dialect::RestoreReply::Statistics) {
        takeStatistics(job.json());
        finishWithNewEvents(m_call.target.ref.sessionId);
        return;
    }
    Result<AsyncRestoreResponse, QString> async =
        job.json().isObject() ? AsyncRestoreResponse::fromJson(job.json().object())
                              : Result<AsyncRestoreResponse, QString>(unexpected(QString()));
    if (!async) {
        m_outcome.result = Outcome::Failed;
        m_outcome.mayStillComplete = true;
        m_outcome.message = translate("The server accepted the restore but did not say which restore session runs "
                                      "it, so its progress cannot be followed. Check the restore sessions on the "
                                      "server.");
        finish();
        return;
    }
    m_outcome.restoreSessionId = async->sessionId;
    qCInfo(lcActions) << "restore runs in session" << async->sessionId;
    report(RestoreProgress::Stage::Running, translate("The restore is running…"));
    if (m_cancelRequested)
        stopRestoreSession();
    poll();
}

void RestoreRunner::takeStatistics(const QJsonDocument &reply)
{
    if (!reply.isObject() || reply.object().isEmpty()) {
        // v2-v5 docs print "Response Body: None" for some restores; the server said 200.
        m_outcome.result = Outcome::Success;
        m_outcome.message = translate("The server reported success without counters.");
        return;
    }
    Result<RestoreStatistics, QString> statistics = RestoreStatistics::fromJson(reply.object());
    if (!statistics) {
        m_outcome.result = Outcome::Warning;
        m_outcome.message = translate("The server reported success, but its counters could not be read: %1")
                                .arg(statistics.error());
        return;
    }
    m_outcome.statistics = std::move(statistics).value();
    m_outcome.result = judge(*m_outcome.statistics);
    m_outcome.message = problemsOf(*m_outcome.statistics).join(QLatin1Char('\n'));
}

// ---- v8: polling the restore session --------------------------------------------------------------

void RestoreRunner::poll()
{
    if (!m_running || !m_client)
        return;
    const quint64 run = m_run;
    ResourceRef ref;
    ref.kind = ResourceKind::RestoreSession;
    ref.sessionId = m_outcome.restoreSessionId;
    m_client->fetch<RestoreSession>(ref, this, [this, run](Result<RestoreSession, ApiError> session) {
        if (!current(run))
            return;
        if (!session) {
            if (++m_pollFailures >= kMaxPollFailures) {
                m_outcome.error = session.error();
                m_outcome.result = Outcome::Failed;
                m_outcome.mayStillComplete = true;
                m_outcome.message = translate("Lost contact with the restore session (%1). The restore may still be "
                                              "running on the server.")
                                        .arg(session.error().message);
                finish();
                return;
            }
            qCInfo(lcActions) << "poll failed" << m_pollFailures << "time(s):" << session.error().message;
            m_pollTimer.start(m_pollInterval);
            return;
        }
        m_pollFailures = 0;
        pollDetails(session.value());
    });
}

void RestoreRunner::pollDetails(const RestoreSession &session)
{
    const quint64 run = m_run;
    const QString sessionId = m_outcome.restoreSessionId;
    collectEvents(sessionId, [this, run, session, sessionId](Result<QList<SessionEvent>, ApiError> events) {
        if (!current(run))
            return;
        if (events)
            m_outcome.events = newEvents(sessionId, events.value());
        ResourceRef ref;
        ref.kind = ResourceKind::SessionStatistics;
        ref.sessionId = sessionId;
        m_client->fetch<RestoreStatistics>(ref, this, [this, run, session](Result<RestoreStatistics, ApiError> stats) {
            if (!current(run))
                return;
            if (stats) {
                m_outcome.statistics = stats.value();
                const RestoreStatistics &s = *m_outcome.statistics;
                m_progress.total = s.totalItemsCount;
                m_progress.processed = s.restoredItemsCount.value_or(0) + s.failedItemsCount.value_or(0) +
                                       s.skippedItemsCount.value_or(0);
            }
            m_progress.latestEvents = m_outcome.events.mid(std::max<qsizetype>(0, m_outcome.events.size() - kLatestEvents));
            const bool stopped = session.state == SessionState::Stopped ||
                                 (session.state == SessionState::Unknown && session.endTime.has_value());
            if (!stopped) {
                report(m_stopSent ? RestoreProgress::Stage::Stopping : RestoreProgress::Stage::Running,
                       m_stopSent ? translate("Stopping the restore…") : translate("The restore is running…"));
                m_pollTimer.start(m_pollInterval);
                return;
            }
            if (m_stopSent) {
                m_outcome.result = Outcome::Cancelled;
                m_outcome.message = translate("Stopped at your request. Items restored before the stop stay restored.");
            } else {
                const bool said = session.result == Outcome::Success || session.result == Outcome::Warning ||
                                  session.result == Outcome::Failed;
                m_outcome.result = said ? session.result
                                   : m_outcome.statistics ? judge(*m_outcome.statistics)
                                                          : Outcome::Success;
                QStringList problems = m_outcome.statistics ? problemsOf(*m_outcome.statistics) : QStringList();
                if (m_outcome.result == Outcome::Failed && problems.isEmpty())
                    problems.append(session.details.isEmpty() ? translate("The server reports that the restore failed.")
                                                              : session.details);
                m_outcome.message = problems.join(QLatin1Char('\n'));
            }
            finish();
        });
    });
}

void RestoreRunner::stopRestoreSession()
{
    if (m_stopSent || !m_client)
        return;
    m_stopSent = true;
    report(RestoreProgress::Stage::Stopping, translate("Stopping the restore…"));
    const quint64 run = m_run;
    m_client->stopSession(m_outcome.restoreSessionId, this, [this, run](Result<void, ApiError> stopped) {
        if (!current(run) || stopped)
            return;
        // The restore goes on; say so and keep following it.
        m_stopSent = false;
        m_cancelRequested = false;
        m_outcome.message = translate("The restore could not be stopped: %1").arg(stopped.error().message);
        report(RestoreProgress::Stage::Running, m_outcome.message);
    });
}

// ---- the end ------------------------------------------------------------------------------------

void RestoreRunner::finishWithNewEvents(const QString &sessionId)
{
    const quint64 run = m_run;
    collectEvents(sessionId, [this, run, sessionId](Result<QList<SessionEvent>, ApiError> events) {
        if (!current(run))
            return;
        if (events)
            m_outcome.events = newEvents(sessionId, events.value());
        finish();
    });
}

void RestoreRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run; // late callbacks of this run are ignored
    m_pollTimer.stop();
    m_outcome.finished = QDateTime::currentDateTimeUtc();
    qCInfo(lcActions) << "finished:" << outcomeKey(m_outcome.result);
    if (m_log && m_request) {
        if (Result<void, QString> written = m_log->append(RestoreLogEntry::make(m_context, *m_request, m_outcome));
            !written) {
            m_outcome.journalError = written.error();
            qCWarning(lcActions).noquote() << written.error();
        }
    }
    emit finished(m_outcome);
}

} // namespace re::actions
