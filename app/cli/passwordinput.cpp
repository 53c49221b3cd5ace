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

CliResult<QString> readPasswordFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(ExitCode::Local, Cli::tr("cannot read the password from standard input: %1").arg(input.errorString()));
    QByteArray line;
    {
        const EchoOff echoOff;
        line = input.readLine();
    }
    if (line.isEmpty())
        return fail(ExitCode::Local, Cli::tr("--password-stdin: standard input ended before a password line"));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(ExitCode::Usage, Cli::tr("--password-stdin: the password line is empty"));
    return QString::fromUtf8(line);
}

} // namespace re::cli
