#pragma once

// What every benchmark program shares: medians, the process's memory figures, the worst lateness of
// a 1 ms timer, and the one-line-per-row table format scripts/bench.sh collects ("TABLE\t…").

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>

#include <functional>

class QTextStream;

namespace re::bench {

double median(QList<double> values);

// A field of /proc/self/status ("VmRSS", "VmHWM") in KiB; -1 when unavailable (not Linux).
qint64 procStatusKiB(const char *field);

// Resets the process's peak RSS (VmHWM) to its current RSS (Linux: /proc/self/clear_refs "5"), so a
// later VmHWM is the peak of what ran in between. False when the kernel does not offer it.
bool resetPeakResident();

// Spins the event loop until `condition` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// One row of the summary table. `ours`, `floor` and `ratio` are printed as given (empty: "—").
struct TableRow
{
    QString benchmark;
    QString ours;
    QString floor;
    QString ratio;
    QString goal;
    bool pass = false;
    bool informational = false; // no goal: printed as "info" instead of pass/fail
};

// "TABLE\t<benchmark>\t<ours>\t<floor>\t<ratio>\t<goal>\t<pass|FAIL|info>" on `out`.
void printTableRow(QTextStream &out, const TableRow &row);

QString fixed(double value, int decimals);

// The main thread's longest stall: how late a 1 ms precise timer fired at worst, in ms. On a loaded
// machine that includes time the scheduler gave to other processes, so the meter also keeps the
// most CPU time this thread itself used between two ticks (its own longest blocking stretch).
class StallMeter
{
public:
    StallMeter();
    void start();
    void stop();
    double worstLatenessMs() const { return static_cast<double>(m_worstNs) / 1e6; }
    double worstBusyMs() const { return static_cast<double>(m_worstBusyNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_threadCpuAtTick = 0;
    qint64 m_worstNs = 0;
    qint64 m_worstBusyNs = 0;
};

} // namespace re::bench
