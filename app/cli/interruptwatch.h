#pragma once

// Ctrl+C (SIGINT) and SIGTERM while restore-cli waits in an event loop: downloads remove their .part
// files, restores stop their restore session.

#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <memory>

namespace re::cli {

// Routes SIGINT and SIGTERM to `onInterrupt` (in the event loop, not in the signal handler) for its
// lifetime, then restores the previous handlers.
class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void()> onInterrupt);
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace re::cli
