#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("restore_explorer"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RestoreExplorer"));
    QApplication::setApplicationName(QStringLiteral("restore-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Restore Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(RE_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and restore Veeam Backup for Microsoft 365 backups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (used by smoke tests)."),
        QStringLiteral("ms"));
    parser.addOption(quitAfter);
    parser.process(app);

    re::ui::MainWindow window;
    window.show();

    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0)
            parser.showHelp(2);
        QTimer::singleShot(ms, &window, &QWidget::close);
    }
    return QApplication::exec();
}
