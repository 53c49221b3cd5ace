#pragma once

#include "cli/clierror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace re::cli {

// Something a user may name on the command line: by its id or by one of its names (name, e-mail
// address), names compared case-insensitively.
struct Candidate
{
    QString id;
    QStringList names;
    QString label; // how the candidate is shown in an ambiguity message
};

// A match of a path step: which candidate, and how many characters of the remaining path it used
// (including the '/' after it).
struct PathStep
{
    qsizetype index = -1;
    qsizetype consumed = 0;
};

// Picks the one candidate that `text` names. Preference: exact id, then a name (case-insensitive),
// then the id in another case. Nothing → ExitCode::NotFound; several in the best tier →
// ExitCode::Usage with every candidate listed. `what` is the plural noun ("organizations").
CliResult<qsizetype> resolveOne(const QList<Candidate> &candidates, const QString &text, const QString &what);

// Like resolveOne, for the start of a path: the candidate whose id or name is a prefix of
// `remaining` that ends at a '/' or at the end. Names and ids may themselves contain '/' (Exchange
// ids always do), so the path is never split blindly.
CliResult<PathStep> resolvePathStep(const QList<Candidate> &candidates, QStringView remaining, const QString &what);

} // namespace re::cli
