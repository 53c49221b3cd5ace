#pragma once

#include "transfer/downloadtypes.h"

#include <QString>

#include <optional>

namespace re {

// The words the downloads panel and restore-cli show for a download, in one place so both say the
// same thing. All translated (context "re::DownloadText").

// "12.5 MB of 40 MB", "12.5 MB" (size unknown), "40 MB" (finished).
QString sizeText(const DownloadSnapshot &snapshot);
// "2.1 MB/s"; empty when not measured yet.
QString speedText(double bytesPerSecond);
// "0:42", "1:02:03"; empty when unknown.
QString etaText(std::optional<qint64> seconds);
// Whole percent 0-100, or -1 when the size is unknown.
int percentDone(const DownloadSnapshot &snapshot);
// The state with what matters in it: "Preparing on server (0:42)", "Retrying in 5 s (attempt 2 of
// 5): <reason>", "Failed: <reason>", "Downloading", …
QString stateText(const DownloadSnapshot &snapshot);

} // namespace re
