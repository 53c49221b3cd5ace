#pragma once

#include "cli/clierror.h"
#include "transfer/downloadtypes.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace re {
class DownloadJob;
class DownloadManager;
} // namespace re

namespace re::cli {

// How restore-cli shows download progress on standard error.
enum class ProgressStyle {
    Terminal, // one line redrawn in place (stderr is a TTY)
    Lines,    // plain lines: on retries, after 5 s and then every half minute
};

// ProgressStyle::Terminal when standard error is a terminal.
ProgressStyle progressStyleForStderr();

// The line shown for one download: "[1/2] Mailbox.pst  12 MB of 40 MB  30%  2.1 MB/s  ETA 0:13  Downloading".
// `width` > 0 cuts the line to that many characters (a terminal's width).
QString progressLine(const DownloadSnapshot &snapshot, int index, int count, int width = 0);

// Waits in a local event loop until every job of `manager` has ended, showing progress on
// `progress`. Ctrl+C (SIGINT/SIGTERM) cancels them all, which removes their .part files. Returns the
// final snapshots (in the manager's order), or the first failure as a one-line CliError (the others
// that were saved are named in it, so nothing is silently lost).
CliResult<QList<DownloadSnapshot>> waitForDownloads(DownloadManager &manager, QTextStream &progress, ProgressStyle style);

} // namespace re::cli
