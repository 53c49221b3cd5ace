#include "cli/clidownloads.h"

#include "cli/interruptwatch.h"

#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"
#include "transfer/downloadtext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace re::cli {

namespace {

constexpr int kRedrawIntervalMs = 250;
constexpr qint64 kFirstPlainLineMs = 5000; // quick downloads print nothing but their path
constexpr qint64 kPlainLineIntervalMs = 30000;

int terminalWidth()
{
    winsize size = {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

} // namespace

ProgressStyle progressStyleForStderr()
{
    return ::isatty(STDERR_FILENO) ? ProgressStyle::Terminal : ProgressStyle::Lines;
}

QString progressLine(const DownloadSnapshot &snapshot, int index, int count, int width)
{
    QStringList parts;
    if (count > 1)
        parts << QStringLiteral("[%1/%2]").arg(index).arg(count);
    parts << snapshot.name;
    if (const QString size = sizeText(snapshot); !size.isEmpty())
        parts << size;
    if (const int percent = percentDone(snapshot); percent >= 0 && snapshot.state == DownloadState::Downloading)
        parts << QStringLiteral("%1%").arg(percent);
    if (const QString speed = speedText(snapshot.bytesPerSecond); !speed.isEmpty())
        parts << speed;
    if (const QString eta = etaText(snapshot.etaSeconds); !eta.isEmpty())
        parts << Cli::tr("ETA %1").arg(eta);
    parts << stateText(snapshot);
    QString line = parts.join(QStringLiteral("  "));
    if (width > 1 && line.size() >= width)
        line = line.left(width - 2) + QChar(0x2026);
    return line;
}

CliResult<QList<DownloadSnapshot>> waitForDownloads(DownloadManager &manager, QTextStream &progress, ProgressStyle style)
{
    const QList<DownloadJob *> jobs = manager.jobs();
    const auto allEnded = [&jobs] {
        return std::all_of(jobs.begin(), jobs.end(), [](const DownloadJob *job) { return isTerminal(job->state()); });
    };
    const auto indexOf = [&jobs](const DownloadJob *job) { return static_cast<int>(jobs.indexOf(job)) + 1; };
    const int count = static_cast<int>(jobs.size());

    QEventLoop loop;
    bool interrupted = false;
    bool lineShown = false;
    const auto clearLine = [&] {
        if (lineShown)
            progress << "\r\033[K" << Qt::flush;
        lineShown = false;
    };
    const auto printLine = [&](const QString &text) {
        clearLine();
        progress << QStringLiteral("restore-cli: ") << text << Qt::endl;
    };

    for (DownloadJob *job : jobs) {
        QObject::connect(job, &DownloadJob::stateChanged, &loop, [&, job](DownloadState state) {
            if (state == DownloadState::Retrying)
                printLine(progressLine(job->snapshot(), indexOf(job), count));
            if (allEnded())
                loop.quit();
        });
    }

    QTimer redraw;
    QElapsedTimer sincePlainLine;
    sincePlainLine.start();
    qint64 nextPlainLineMs = kFirstPlainLineMs;
    redraw.setInterval(kRedrawIntervalMs);
    QObject::connect(&redraw, &QTimer::timeout, &loop, [&] {
        const auto running = std::find_if(jobs.begin(), jobs.end(), [](const DownloadJob *job) {
            return isRunning(job->state());
        });
        if (running == jobs.end())
            return;
        if (style == ProgressStyle::Terminal) {
            progress << "\r\033[K" << progressLine((*running)->snapshot(), indexOf(*running), count, terminalWidth())
                     << Qt::flush;
            lineShown = true;
        } else if (sincePlainLine.elapsed() >= nextPlainLineMs) {
            sincePlainLine.restart();
            nextPlainLineMs = kPlainLineIntervalMs;
            for (const DownloadJob *job : jobs) {
                if (isRunning(job->state()))
                    printLine(progressLine(job->snapshot(), indexOf(job), count));
            }
        }
    });
    redraw.start();

    const InterruptWatch watch([&] {
        interrupted = true;
        for (DownloadJob *job : jobs)
            job->cancel(); // removes the .part; the last one ends the loop
    });
    if (!allEnded())
        loop.exec();
    redraw.stop();
    clearLine();

    QList<DownloadSnapshot> snapshots;
    QStringList saved;
    const DownloadSnapshot *firstFailure = nullptr;
    for (const DownloadJob *job : jobs)
        snapshots.append(job->snapshot());
    for (const DownloadSnapshot &snapshot : std::as_const(snapshots)) {
        if (snapshot.state == DownloadState::Finished)
            saved.append(QDir::toNativeSeparators(snapshot.finalPath));
        else if (!firstFailure)
            firstFailure = &snapshot;
    }
    if (interrupted)
        return fail(ExitCode::Interrupted, Cli::tr("interrupted; unfinished downloads were removed%1")
                                               .arg(saved.isEmpty() ? QString()
                                                                    : Cli::tr(" (saved: %1)").arg(saved.join(QStringLiteral(", ")))));
    if (firstFailure) {
        QString message = Cli::tr("%1: %2").arg(firstFailure->name, oneLine(firstFailure->error.message));
        if (!saved.isEmpty())
            message += Cli::tr(" (saved: %1)").arg(saved.join(QStringLiteral(", ")));
        return fail(exitCodeFor(firstFailure->error.kind), message);
    }
    return snapshots;
}

} // namespace re::cli
