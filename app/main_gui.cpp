// Composition root of restore-explorer: settings, profile and credential stores, the explorer, and
// the --demo mode (the emulator as a child process, its certificate pinned for this run only).
#include "common/logging.h"
#include "demoserver.h"
#include "explorerapp.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "screenshotter.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

// --language must act before the parser exists (its help text is translated), so it is read here.
QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + u'='))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

void printError(const QString &message)
{
    std::fprintf(stderr, "restore-explorer: %s\n", qPrintable(message));
}

// --report-first-paint (benchmarks): prints "first-paint" when the main window is first painted, then
// quits, so re-browse-bench can time start-up from outside the process.
class FirstPaintReporter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QApplication::quit(); });
        }
        return false;
    }
};

QString buildTreeEmulator()
{
#ifdef RE_BUILD_TREE_EMULATOR
    return QStringLiteral(RE_BUILD_TREE_EMULATOR);
#else
    return {};
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RestoreExplorer"));
    QApplication::setApplicationName(QStringLiteral("restore-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Restore Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(RE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.restoreexplorer.RestoreExplorer"));
    const QString languageChoice = languageArgument(QApplication::arguments());
    re::ui::Translations::install(re::ui::Translations::chooseLocale(
        languageChoice, QSettings().value(re::ui::Translations::settingsKey()).toString(), QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and restore Veeam Backup for Microsoft 365 backups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a local demo server (vb365-emulator) and connect to it."));
    parser.addOption(demo);
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (used by smoke tests)."),
        QStringLiteral("ms"));
    parser.addOption(quitAfter);
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the user interface in <language> (%1, or \"system\" for the "
                                        "system locale) for this run.")
            .arg(re::ui::Translations::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("language"));
    parser.addOption(language);
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render the documentation screenshots into <dir> (with --demo)."),
                                  QStringLiteral("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption reportFirstPaint(QStringLiteral("report-first-paint"),
                                        QApplication::translate("main", "Print \"first-paint\" when the window is first painted, then quit (benchmarks)."));
    reportFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportFirstPaint);
    parser.process(app);

    std::optional<int> quitAfterMs;
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            printError(QApplication::translate("main", "--quit-after needs a number of milliseconds."));
            return 2;
        }
        quitAfterMs = ms;
    }
    if (parser.isSet(language) && !re::ui::Translations::isKnown(parser.value(language))) {
        printError(QApplication::translate("main", "--language %1: use one of %2, or \"system\".")
                       .arg(parser.value(language),
                            re::ui::Translations::availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(screenshot) && !parser.isSet(demo)) {
        printError(QApplication::translate("main", "--screenshot works with --demo only."));
        return 2;
    }
    // Unattended runs (smoke tests, screenshots) must never wait on a message box.
    const bool unattended = quitAfterMs.has_value() || parser.isSet(screenshot) || parser.isSet(reportFirstPaint);

    QSettings settings;
    re::ProfileStore profiles(settings);
    re::CredentialStore credentials(settings);
    re::ui::MessageBoxPrompter interactivePrompter;
    re::ui::ScriptedPrompter unattendedPrompter;
    re::ui::Prompter &prompter = unattended ? static_cast<re::ui::Prompter &>(unattendedPrompter)
                                            : interactivePrompter;
    re::ui::ExplorerApp explorer(&profiles, &credentials, prompter);
    re::ui::MainWindow &window = explorer.window();
    FirstPaintReporter firstPaintReporter;
    if (parser.isSet(reportFirstPaint))
        window.installEventFilter(&firstPaintReporter);
    window.show();

    int exitCode = 0;
    const auto failAndQuit = [&](const QString &message) {
        printError(message);
        if (!unattended)
            prompter.warn(&window, QApplication::translate("main", "Demo"), message);
        exitCode = 1;
        QApplication::exit(1);
    };

    re::ui::DemoServer demoServer;
    std::unique_ptr<re::ui::Screenshotter> screenshotter;
    if (parser.isSet(demo)) {
        const auto program = re::ui::DemoServer::findEmulator(buildTreeEmulator());
        if (!program) {
            printError(program.error());
            if (!unattended)
                prompter.warn(&window, QApplication::translate("main", "Demo"), program.error());
            return 1;
        }
        if (parser.isSet(screenshot))
            screenshotter = std::make_unique<re::ui::Screenshotter>(explorer, parser.value(screenshot));
        QObject::connect(&demoServer, &re::ui::DemoServer::failed, &window, failAndQuit);
        QObject::connect(&demoServer, &re::ui::DemoServer::ready, &window,
                         [&](const re::ui::DemoServer::Endpoint &endpoint) {
                             // A profile for this run only: the demo certificate is pinned here, never saved.
                             re::ServerProfile profile = re::ServerProfile::create(endpoint.url);
                             profile.displayName = QApplication::translate("main", "Demo server");
                             profile.userName = endpoint.user;
                             profile.pinnedSha256 = endpoint.certificateSha256;
                             explorer.connectTemporary(profile, endpoint.password);
                         });
        QObject::connect(&explorer, &re::ui::ExplorerApp::connectionFailed, &window, failAndQuit);
        QObject::connect(&explorer, &re::ui::ExplorerApp::connected, &window, [&] {
            // The demo's own invented credentials are printed by the emulator; this line only
            // tells scripts and smoke tests that the window is connected.
            std::printf("restore-explorer: demo connected: %s\n", qPrintable(window.statusText()));
            std::fflush(stdout);
        });
        if (screenshotter) {
            QObject::connect(&explorer, &re::ui::ExplorerApp::connected, screenshotter.get(),
                             &re::ui::Screenshotter::start);
            QObject::connect(screenshotter.get(), &re::ui::Screenshotter::finished, &window,
                             [&](bool ok, const QString &message) {
                                 std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
                                 exitCode = ok ? 0 : 1;
                                 QApplication::exit(exitCode);
                             });
        }
        demoServer.start(program.value());
    } else {
        explorer.showConnectDialog();
    }

    if (quitAfterMs)
        QTimer::singleShot(*quitAfterMs, &window, [&] {
            if (parser.isSet(demo) && !window.isAttached() && exitCode == 0) {
                printError(QApplication::translate("main", "The demo was not connected after %1 ms.")
                               .arg(*quitAfterMs));
                exitCode = 3;
            }
            window.close();
            QApplication::quit();
        });
    const int loopResult = QApplication::exec();
    return exitCode != 0 ? exitCode : loopResult;
}
