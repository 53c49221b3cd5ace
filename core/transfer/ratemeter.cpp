#include "transfer/ratemeter.h"

#include <cmath>

namespace re {

void RateMeter::addSample(qint64 nowMs, qint64 totalBytes)
{
    if (!m_samples.empty() && (totalBytes < m_samples.back().bytes || nowMs < m_samples.back().timeMs))
        m_samples.clear(); // restarted from zero, or the clock went back: old samples mean nothing
    m_samples.push_back({nowMs, totalBytes});
    // Keep one sample at or before the window start so the window stays fully covered.
    while (m_samples.size() > 2 && m_samples[1].timeMs <= nowMs - m_windowMs)
        m_samples.pop_front();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 spanMs = last.timeMs - first.timeMs;
    if (spanMs <= 0)
        return 0.0;
    return static_cast<double>(last.bytes - first.bytes) * 1000.0 / static_cast<double>(spanMs);
}

std::optional<qint64> RateMeter::secondsFor(qint64 remainingBytes) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0.0)
        return std::nullopt;
    return static_cast<qint64>(std::ceil(static_cast<double>(qMax<qint64>(remainingBytes, 0)) / rate));
}

} // namespace re
