#include "transfer/downloadmanager.h"

#include "common/logging.h"

#include <QHash>
#include <QTimer>

namespace re {

DownloadManager::DownloadManager(QObject *parent)
    : QObject(parent)
{}

void DownloadManager::setMaxConcurrentPerServer(int limit)
{
    m_maxPerServer = qMax(1, limit);
    scheduleLater();
}

DownloadJob *DownloadManager::enqueue(DownloadRequest request)
{
    return enqueue(std::move(request), m_defaultPolicy);
}

DownloadJob *DownloadManager::enqueue(DownloadRequest request, DownloadPolicy policy)
{
    auto *job = new DownloadJob(std::move(request), std::move(policy), this);
    m_jobs.append(job);
    connect(job, &DownloadJob::stateChanged, this, [this, job](DownloadState state) {
        emit jobChanged(job);
        if (isTerminal(state) || state == DownloadState::Queued)
            scheduleLater();
    });
    connect(job, &DownloadJob::progressChanged, this, [this, job] { emit jobChanged(job); });
    emit jobAdded(job);
    scheduleLater();
    return job;
}

void DownloadManager::retry(DownloadJob *job)
{
    if (job && m_jobs.contains(job))
        job->requeue(); // its stateChanged schedules
}

void DownloadManager::remove(DownloadJob *job)
{
    if (!job || !m_jobs.removeOne(job))
        return;
    job->cancel();
    emit jobRemoved(job);
    job->deleteLater();
    scheduleLater();
}

int DownloadManager::runningCount(const QString &serverKey) const
{
    int count = 0;
    for (const DownloadJob *job : m_jobs) {
        if (job->serverKey() == serverKey && isRunning(job->state()))
            ++count;
    }
    return count;
}

void DownloadManager::scheduleLater()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &DownloadManager::startQueuedJobs);
}

void DownloadManager::startQueuedJobs()
{
    m_scheduled = false;
    QHash<QString, int> running;
    for (const DownloadJob *job : std::as_const(m_jobs)) {
        if (isRunning(job->state()))
            ++running[job->serverKey()];
    }
    // A copy: starting a job can fail at once and re-enter through its signals.
    const QList<DownloadJob *> queue = m_jobs;
    for (DownloadJob *job : queue) {
        if (job->state() != DownloadState::Queued || running.value(job->serverKey()) >= m_maxPerServer)
            continue;
        ++running[job->serverKey()];
        qCDebug(lcTransfer) << "starting download on" << job->serverKey();
        job->start();
    }
}

} // namespace re
