#pragma once

#include "transfer/downloadjob.h"
#include "transfer/downloadtypes.h"

#include <QList>
#include <QObject>

namespace re {

// The queue of downloads: runs at most maxConcurrentPerServer() jobs per server at once (a VB365
// server builds every file in its temp folder first; more parallel exports only slow each other),
// starts queued jobs in order as slots free up, and owns the jobs until remove().
class DownloadManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxConcurrentPerServer = 3;

    explicit DownloadManager(QObject *parent = nullptr);

    void setMaxConcurrentPerServer(int limit); // at least 1
    int maxConcurrentPerServer() const { return m_maxPerServer; }
    void setDefaultPolicy(DownloadPolicy policy) { m_defaultPolicy = std::move(policy); }
    const DownloadPolicy &defaultPolicy() const { return m_defaultPolicy; }

    // Queues a download; it starts on a later event-loop turn (so callers can connect first).
    DownloadJob *enqueue(DownloadRequest request);
    DownloadJob *enqueue(DownloadRequest request, DownloadPolicy policy);

    // Puts a Failed or Cancelled job back in the queue.
    void retry(DownloadJob *job);
    // Cancels (if needed) and deletes a job.
    void remove(DownloadJob *job);

    QList<DownloadJob *> jobs() const { return m_jobs; }
    int runningCount(const QString &serverKey) const;

signals:
    void jobAdded(re::DownloadJob *job);
    void jobRemoved(re::DownloadJob *job);
    // State or progress of a job changed (throttled by the job).
    void jobChanged(re::DownloadJob *job);

private:
    void scheduleLater();
    void startQueuedJobs();

    QList<DownloadJob *> m_jobs; // in queue order
    DownloadPolicy m_defaultPolicy;
    int m_maxPerServer = kDefaultMaxConcurrentPerServer;
    bool m_scheduled = false;
};

} // namespace re
