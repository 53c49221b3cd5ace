#include "cli_process.h"

#include <QProcess>

namespace re::test {

std::string CliRun::describe() const
{
    return QStringLiteral("exit %1%2\n--- stdout\n%3--- stderr\n%4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString(), out, err)
        .toStdString();
}

QStringList connectArguments(const QUrl &server, const QString &user, const QString &api)
{
    QStringList arguments{QStringLiteral("--server"), server.toString(), QStringLiteral("--user"), user,
                          QStringLiteral("--password-stdin")};
    if (!api.isEmpty())
        arguments << QStringLiteral("--api") << api;
    return arguments;
}

CliRun runCli(const QStringList &arguments, const QByteArray &stdinText, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(RE_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("restore-cli did not finish in %1 ms").arg(timeoutMs);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace re::test
