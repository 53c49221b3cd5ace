#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

namespace re::test {

// Spins the event loop until the condition holds or the timeout passes; returns the condition.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace re::test
