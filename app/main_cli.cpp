// Composition root of restore-cli: the Qt application object and the standard streams.
#include "cli/cli.h"
#include "cli/passwordinput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RestoreExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("restore-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return re::cli::run(QCoreApplication::arguments(), out, err, &re::cli::readPasswordFromStdin);
}
