#include "cli/resolver.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace re::cli {

namespace {

enum class Tier { ExactId = 0, Name = 1, IdOtherCase = 2 };

struct Match
{
    qsizetype index = -1;
    qsizetype length = 0; // characters of the key
    Tier tier = Tier::ExactId;
};

// Whether `key` covers `text` whole (wholeOnly) or a prefix of it that ends at a '/'.
bool keyMatches(QStringView text, const QString &key, Qt::CaseSensitivity cs, bool wholeOnly)
{
    if (key.isEmpty() || !text.startsWith(key, cs))
        return false;
    if (text.size() == key.size())
        return true;
    return !wholeOnly && text.at(key.size()) == u'/';
}

QList<Match> findMatches(const QList<Candidate> &candidates, QStringView text, bool wholeOnly)
{
    QList<Match> matches;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &candidate = candidates.at(i);
        const auto consider = [&](const QString &key, Qt::CaseSensitivity cs, Tier tier) {
            if (keyMatches(text, key, cs, wholeOnly))
                matches.append({i, key.size(), tier});
        };
        consider(candidate.id, Qt::CaseSensitive, Tier::ExactId);
        for (const QString &name : candidate.names)
            consider(name, Qt::CaseInsensitive, Tier::Name);
        consider(candidate.id, Qt::CaseInsensitive, Tier::IdOtherCase);
    }
    if (matches.isEmpty())
        return matches;
    const Tier best = std::min_element(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
                          return a.tier < b.tier;
                      })->tier;
    QList<Match> bestMatches;
    QSet<qsizetype> seen;
    for (const Match &match : matches) {
        if (match.tier == best && !seen.contains(match.index)) {
            seen.insert(match.index);
            bestMatches.append(match);
        }
    }
    return bestMatches;
}

CliError ambiguity(const QList<Candidate> &candidates, const QList<Match> &matches, QStringView text,
                   const QString &what)
{
    QString message = Cli::tr("\"%1\" matches %2 %3; name one by its id:").arg(text.toString()).arg(matches.size()).arg(what);
    for (const Match &match : matches) {
        const Candidate &candidate = candidates.at(match.index);
        message += QStringLiteral("\n  %1  (id %2)").arg(candidate.label, candidate.id);
    }
    return {ExitCode::Usage, message};
}

CliError notFound(QStringView text, const QString &what)
{
    return {ExitCode::NotFound, Cli::tr("\"%1\" is not among the %2 (by name or id)").arg(text.toString(), what)};
}

} // namespace

CliResult<qsizetype> resolveOne(const QList<Candidate> &candidates, const QString &text, const QString &what)
{
    const QString wanted = text.trimmed();
    const QList<Match> matches = findMatches(candidates, wanted, true);
    if (matches.isEmpty())
        return unexpected(notFound(wanted, what));
    if (matches.size() > 1)
        return unexpected(ambiguity(candidates, matches, wanted, what));
    return matches.constFirst().index;
}

CliResult<PathStep> resolvePathStep(const QList<Candidate> &candidates, QStringView remaining, const QString &what)
{
    const QList<Match> matches = findMatches(candidates, remaining, false);
    if (matches.isEmpty()) {
        const qsizetype slash = remaining.indexOf(u'/');
        return unexpected(notFound(slash < 0 ? remaining : remaining.left(slash), what));
    }
    if (matches.size() > 1)
        return unexpected(ambiguity(candidates, matches, remaining, what));
    const Match &match = matches.constFirst();
    const qsizetype consumed = std::min(match.length + 1, remaining.size()); // and the '/' after it
    return PathStep{match.index, consumed};
}

} // namespace re::cli
