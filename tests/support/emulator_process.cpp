#include "emulator_process.h"

#include <QDeadlineTimer>
#include <QFile>

namespace re::test {

EmulatorProcess::EmulatorProcess() : EmulatorProcess(Options{}) {}

EmulatorProcess::EmulatorProcess(Options options) : m_options(std::move(options)) {}

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString EmulatorProcess::executablePath()
{
    return QStringLiteral(RE_EMULATOR_PATH);
}

qint64 EmulatorProcess::processId() const
{
    return m_process.processId();
}

QString EmulatorProcess::standardError() const
{
    QFile file(m_dir ? m_dir->filePath(QStringLiteral("stderr.txt")) : QString());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool EmulatorProcess::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory for the emulator");
        return false;
    }
    // stderr goes to a file: a pipe nobody drains could fill up and stall the emulator mid-test.
    m_process.setStandardErrorFile(m_dir->filePath(QStringLiteral("stderr.txt")));
    QStringList arguments = m_options.arguments;
    if (m_options.withRequestLog) {
        m_logPath = m_dir->filePath(QStringLiteral("requests.jsonl"));
        arguments << QStringLiteral("--log") << m_logPath;
    }
    if (!arguments.contains(QStringLiteral("--port")))
        arguments << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(executablePath(), arguments);
    if (!m_process.waitForStarted(m_options.startTimeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_stdout += line.toUtf8() + '\n';
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            const QString key = colon > 0 ? line.left(colon) : line;
            const QString value = colon > 0 ? line.mid(colon + 2) : QString();
            if (key == QLatin1String("url"))
                m_url = QUrl(value);
            else if (key == QLatin1String("user"))
                m_user = value;
            else if (key == QLatin1String("password"))
                m_password = value;
            else if (key == QLatin1String("certificate-sha256"))
                m_certificateSha256 = value.toLower();
            else if (line == QLatin1String("ready"))
                return m_url.isValid();
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the emulator exited (code %1): %2").arg(m_process.exitCode()).arg(standardError());
            return false;
        }
        m_process.waitForReadyRead(std::max<qint64>(1, std::min<qint64>(200, deadline.remainingTime())));
    }
    m_error = QStringLiteral("the emulator did not print 'ready' in time; stdout so far: %1").arg(QString::fromUtf8(m_stdout));
    return false;
}

QStringList EmulatorProcess::logLines() const
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace re::test
