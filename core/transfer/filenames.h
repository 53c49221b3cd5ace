#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace re {

// Longest file name (not path) most file systems accept: ext4, NTFS (in UTF-16 units), APFS.
inline constexpr qsizetype kMaxFileNameBytes = 255;

// Makes a name a server (or anyone) supplied safe to create inside a chosen folder on Linux,
// Windows and macOS. Pure and total: any input gives a usable name, never an empty one.
//  - path separators and characters Windows refuses (<>:"/\|?*) become '_', runs of dots collapse
//    to one, so nothing can climb out of the folder ("..", "a/../../b");
//  - control characters and invisible format characters (e.g. U+202E, which can disguise
//    "gpj.exe" as "exe.jpg") are dropped;
//  - leading dots and spaces (hidden files), trailing dots and spaces (Windows drops them) go;
//  - Windows device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension) get a '_' prefix;
//  - the result fits in maxUtf8Bytes of UTF-8, cutting the stem at a character boundary and
//    keeping the extension;
//  - an empty result becomes `fallback` (itself sanitised), and "download" if that is empty too.
QString sanitizeFileName(QStringView name, QStringView fallback = {},
                         qsizetype maxUtf8Bytes = kMaxFileNameBytes);

// "name.ext" for n == 0, else "name (n).ext" — the pattern file managers use for copies.
// The extension is everything after the last dot, unless the name has no stem before it.
QString numberedFileName(const QString &fileName, int n);

// The file name from a Content-Disposition header value: RFC 6266 / RFC 5987 `filename*=` (UTF-8
// or ISO-8859-1, percent-encoded) wins over `filename=` (quoted or token). Empty when absent.
// Not sanitised: pass the result through sanitizeFileName().
QString fileNameFromContentDisposition(QByteArrayView headerValue);

// True when `served` is `original` with each character outside printable ASCII (and '"') replaced by
// '_': the fallback a server writes into `filename=` when it sends no `filename*=`. The original
// ("Résumé.docx") is then the better name than what was served ("R_sum_.docx").
bool isAsciiFallbackOf(QStringView served, QStringView original);

} // namespace re
