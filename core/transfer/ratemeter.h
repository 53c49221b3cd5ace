#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace re {

// Transfer speed over a moving time window, fed with (time, total bytes so far) samples. Pure: the
// caller supplies the clock, so tests drive it with made-up times.
class RateMeter
{
public:
    explicit RateMeter(qint64 windowMs = 5000) : m_windowMs(windowMs) {}

    void reset() { m_samples.clear(); }
    void addSample(qint64 nowMs, qint64 totalBytes);

    // Bytes per second over the window; 0 until two samples span some time.
    double bytesPerSecond() const;
    // Seconds until `remainingBytes` are in at the current speed; nullopt while the speed is unknown.
    std::optional<qint64> secondsFor(qint64 remainingBytes) const;

private:
    struct Sample
    {
        qint64 timeMs;
        qint64 bytes;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace re
