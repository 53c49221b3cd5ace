#pragma once

#include <QString>

namespace re {

// Returns a shared copy of `text` for row fields with few distinct values (item class, sender,
// recipient, modifier): 100,000 rows then hold one string buffer per distinct value instead of one
// each. The pool is process-wide, thread-safe and bounded — past its capacity texts are returned
// unshared, so a server sending only unique values costs a lookup, not memory.
QString pooledText(const QString &text);

} // namespace re
