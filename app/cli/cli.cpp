#include "cli/cli.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/report.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>

namespace re::cli {

namespace {

int report(QTextStream &err, const CliError &error)
{
    err << QStringLiteral("restore-cli: ") << error.message << Qt::endl;
    return static_cast<int>(error.code);
}

// The library's own logging is for --verbose only; the CLI's output is its report and one reason.
void configureLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("restoreexplorer.*.debug=true")
                                             : QStringLiteral("restoreexplorer.*.info=false\n"
                                                              "restoreexplorer.*.warning=false"));
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const PasswordSource &password)
{
    CliResult<Invocation> parsed = parseCommandLine(arguments);
    if (!parsed)
        return report(err, parsed.error());
    const Invocation &invocation = parsed.value();
    switch (invocation.action) {
    case Invocation::Action::ShowHelp:
        out << usageText() << Qt::flush;
        return static_cast<int>(ExitCode::Ok);
    case Invocation::Action::ShowVersion:
        out << QStringLiteral("restore-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return static_cast<int>(ExitCode::Ok);
    case Invocation::Action::Run:
        break;
    }

    configureLogging(invocation.global.verbose);
    if (invocation.global.server.scheme() == QStringLiteral("http") && !isLoopback(invocation.global.server)) {
        err << Cli::tr("restore-cli: warning: %1 is not encrypted; the password travels in clear text")
                   .arg(invocation.global.server.toDisplayString())
            << Qt::endl;
    }

    CliResult<QString> secret = password();
    if (!secret)
        return report(err, secret.error());

    Connection connection(invocation.global, err);
    CliResult<void> opened = connection.open(secret.value());
    secret = QString(); // not needed after the login
    if (!opened)
        return report(err, opened.error());

    CommandRunner runner(connection, err);
    CliResult<Report> result = runner.run(invocation);
    if (!result)
        return report(err, result.error());
    if (invocation.global.json)
        out << QString::fromUtf8(renderJson(result.value()));
    else
        out << renderText(result.value());
    out.flush();
    return static_cast<int>(ExitCode::Ok);
}

} // namespace re::cli
