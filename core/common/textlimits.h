#pragma once

// What every free-text input shares: the message for a value beyond its limit, and how a message
// quotes what was typed. A message names the field and the limit; it never repeats a pasted
// document (docs/hardening.md, "Hostile input").

#include <QString>
#include <QStringView>

namespace re {

// "The <field> is too long (N characters; at most M). Check what was pasted." `field` is translated.
QString tooLongMessage(const QString &field, qsizetype length, qsizetype maximum);

// What the user typed, shortened for a message (at most 60 characters and an ellipsis).
QString elided(QStringView text);
// A path for a message, in native separators: whole up to 260 characters, else its start and end
// around an ellipsis (a folder name pasted into a dialog is no path the file system has).
QString elidedPath(const QString &path);

} // namespace re
