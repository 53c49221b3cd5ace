#include "cli/passwordinput.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace re::cli {

namespace {

#ifdef Q_OS_UNIX
// Switches terminal echo off for its lifetime (when standard input is a terminal).
class EchoOff
{
public:
    EchoOff()
    {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (m_active)
            std::fputs(qPrintable(Cli::tr("Password: ")), stderr);
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        std::fputs("\n", stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
#else
struct EchoOff
{
};
#endif

} // namespace

CliResult<QString> readLineFromStdin(const QString &option, bool hidden, bool allowEmpty)
{
    QFile input;
    // Unbuffered: a buffered read would swallow the lines meant for the next reader (the restore
    // password follows the login password).
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ExitCode::Local, Cli::tr("cannot read standard input: %1").arg(input.errorString()));
    QByteArray line;
    if (hidden) {
        const EchoOff echoOff;
        line = input.readLine();
    } else {
        line = input.readLine();
    }
    if (line.isEmpty())
        return fail(ExitCode::Local, Cli::tr("%1: standard input ended before the line it needs").arg(option));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty() && !allowEmpty)
        return fail(ExitCode::Usage, Cli::tr("%1: the line is empty").arg(option));
    return QString::fromUtf8(line);
}

CliResult<QString> readPasswordFromStdin()
{
    return readLineFromStdin(QStringLiteral("--password-stdin"), true, false);
}

} // namespace re::cli
