#pragma once

// Semantic comparison of a request body with a documentation example (tests only), the way the
// server reads both: keys case-insensitively, "true"/"false" strings equal to booleans, date-times
// equal when they name the same millisecond (the docs print 7 fractional digits, QDateTime keeps
// 3). Everything else — strings, numbers, nesting, array order, missing or extra keys — must match
// exactly.

#include <QJsonValue>
#include <QStringList>

namespace re::test {

// Differences, one readable line each; empty = same meaning.
QStringList semanticDifferences(const QJsonValue &actual, const QJsonValue &expected);

} // namespace re::test
