#pragma once

#include "fake_download_server.h"
#include "transfer/downloadjob.h"
#include "transfer/downloadstarter.h"
#include "wait.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

namespace re::test {

// Retries without the production backoff, and a quick watchdog only where a test asks for one.
inline DownloadPolicy fastPolicy()
{
    DownloadPolicy policy;
    policy.retryDelay = [](int) { return std::chrono::milliseconds(20); };
    return policy;
}

inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// True when the file holds exactly the generated body of `size` bytes starting with `magic`;
// compares block by block so a 1 GiB file is never read whole.
inline ::testing::AssertionResult fileMatchesPattern(const QString &path, qint64 size,
                                                     const QByteArray &magic = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ::testing::AssertionFailure() << "cannot open " << path.toStdString();
    if (file.size() != size)
        return ::testing::AssertionFailure() << "size " << file.size() << " != " << size;
    const BodyPattern pattern(magic);
    constexpr qint64 kBlock = 4 * 1024 * 1024;
    QByteArray expected(kBlock, Qt::Uninitialized);
    for (qint64 offset = 0; offset < size; offset += kBlock) {
        const qint64 n = std::min(kBlock, size - offset);
        const QByteArray actual = file.read(n);
        pattern.fill(offset, expected.data(), n);
        if (actual.size() != n || memcmp(actual.constData(), expected.constData(), n) != 0)
            return ::testing::AssertionFailure() << "content differs in the block at " << offset;
    }
    return ::testing::AssertionSuccess();
}

// A job against a URL, recording the states it passes through.
class JobRun
{
public:
    JobRun(QNetworkAccessManager *nam, const QUrl &url, const QString &targetDir,
           const QString &suggestedName, DownloadPolicy policy = fastPolicy(),
           QByteArray method = QByteArrayLiteral("POST"))
    {
        DownloadRequest request;
        request.start = starterFor(nam, QNetworkRequest(url), std::move(method), QByteArrayLiteral("{}"));
        request.serverKey = serverKeyFor(url);
        request.targetDirectory = targetDir;
        request.suggestedName = suggestedName;
        job = std::make_unique<DownloadJob>(std::move(request), std::move(policy));
        QObject::connect(job.get(), &DownloadJob::stateChanged, job.get(),
                         [this](DownloadState state) { states.append(state); });
    }

    // Starts and waits for the end; false when it did not end in time.
    bool run(int timeoutMs = 30000)
    {
        job->start();
        return waitUntil([this] { return isTerminal(job->state()); }, timeoutMs);
    }

    bool passedThrough(DownloadState state) const { return states.contains(state); }

    std::unique_ptr<DownloadJob> job;
    QList<DownloadState> states;
};

} // namespace re::test
