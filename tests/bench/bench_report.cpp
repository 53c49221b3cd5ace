#include "bench_report.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace re::bench {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

qint64 procStatusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

bool resetPeakResident()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    // Block in the event loop (the timed processEvents overload ignores WaitForMoreEvents and would
    // spin, stealing the CPU from what is measured); a coarse timer wakes it to check the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(100);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void printTableRow(QTextStream &out, const TableRow &row)
{
    const auto cell = [](const QString &text) { return text.isEmpty() ? u"—"_s : text; };
    out << "TABLE\t" << row.benchmark << '\t' << cell(row.ours) << '\t' << cell(row.floor) << '\t'
        << cell(row.ratio) << '\t' << cell(row.goal) << '\t'
        << (row.informational ? "info" : row.pass ? "pass" : "FAIL") << Qt::endl;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

namespace {
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        // Lateness beyond the 1 ms period: the time the event loop could not run this timer.
        m_worstNs = std::max(m_worstNs, m_sinceTick.nsecsElapsed() - qint64(1000000));
        m_sinceTick.restart();
        const qint64 cpu = threadCpuNs();
        m_worstBusyNs = std::max(m_worstBusyNs, cpu - m_threadCpuAtTick);
        m_threadCpuAtTick = cpu;
    });
}

void StallMeter::start()
{
    m_worstNs = 0;
    m_worstBusyNs = 0;
    m_threadCpuAtTick = threadCpuNs();
    m_sinceTick.start();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

} // namespace re::bench
