#include "demoserver.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace re::ui {

namespace {

bool isRunnable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

DemoServer::DemoServer(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (!m_ready) {
            const QString stderrText = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
            fail(tr("The demo server stopped before it was ready (exit code %1). %2").arg(QString::number(exitCode), stderrText));
        } else {
            qCWarning(lcUi) << "demo server ended with exit code" << exitCode;
        }
    });
}

DemoServer::~DemoServer()
{
    stop();
}

Result<QString, QString> DemoServer::findEmulator(const QString &buildTreePath)
{
    QStringList tried;
    const QString fromEnvironment = qEnvironmentVariable("RE_EMULATOR");
    if (!fromEnvironment.isEmpty()) {
        if (isRunnable(fromEnvironment))
            return fromEnvironment;
        // An explicit choice that does not work is an error, not a reason to pick another program.
        return unexpected(tr("RE_EMULATOR names \"%1\", which is not an executable file.").arg(fromEnvironment));
    }
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../lib/restore-explorer/vb365-emulator"));
    if (isRunnable(installed))
        return QDir::cleanPath(installed);
    tried.append(QDir::cleanPath(installed));
    if (!buildTreePath.isEmpty()) {
        if (isRunnable(buildTreePath))
            return buildTreePath;
        tried.append(buildTreePath);
    }
    return unexpected(tr("The demo needs the vb365-emulator program, which was not found (looked at: %1). "
                         "Build it with \"cmake --build <build dir> --target vb365-emulator\" or set "
                         "RE_EMULATOR to its path.")
                          .arg(tried.join(QStringLiteral(", "))));
}

QStringList DemoServer::arguments(const QString &program)
{
    QStringList args {QStringLiteral("--tls"), QStringLiteral("--tenant"), QStringLiteral("demo"),
                      QStringLiteral("--api"), QStringLiteral("v5,v6,v7,v8"), QStringLiteral("--port"),
                      QStringLiteral("0")};
    const QDir dir = QFileInfo(program).absoluteDir();
    const QString certificate = dir.filePath(QStringLiteral("emulator-cert.pem"));
    const QString key = dir.filePath(QStringLiteral("emulator-key.pem"));
    if (QFileInfo(certificate).isFile() && QFileInfo(key).isFile())
        args << QStringLiteral("--cert") << certificate << QStringLiteral("--key") << key;
    return args;
}

void DemoServer::start(const QString &program, int timeoutMs)
{
    m_ready = false;
    m_failed = false;
    m_buffer.clear();
    m_endpoint = {};
    const QStringList args = arguments(program);
    qCInfo(lcUi) << "starting demo server" << program << args;
    m_process.start(program, args);
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
        if (!m_ready)
            fail(tr("The demo server did not get ready within %1 seconds.").arg(timeoutMs / 1000));
    });
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void DemoServer::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    while (!m_ready && !m_failed) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0)
            return;
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        const qsizetype colon = line.indexOf(u':');
        const QString key = colon > 0 ? line.left(colon).trimmed() : line;
        const QString value = colon > 0 ? line.mid(colon + 1).trimmed() : QString();
        if (key == u"url")
            m_endpoint.url = QUrl(value, QUrl::StrictMode);
        else if (key == u"user")
            m_endpoint.user = value;
        else if (key == u"password")
            m_endpoint.password = value;
        else if (key == u"certificate-sha256")
            m_endpoint.certificateSha256 = value.toLower().toLatin1();
        else if (line == u"ready") {
            if (!m_endpoint.url.isValid() || m_endpoint.user.isEmpty() || m_endpoint.certificateSha256.isEmpty()) {
                fail(tr("The demo server's start-up output was incomplete (no address, user or certificate)."));
                return;
            }
            m_ready = true;
            qCInfo(lcUi) << "demo server ready at" << m_endpoint.url.toDisplayString();
            emit ready(m_endpoint);
        }
    }
}

void DemoServer::fail(const QString &message)
{
    if (m_failed || m_ready)
        return;
    m_failed = true;
    stop();
    emit failed(message);
}

} // namespace re::ui
