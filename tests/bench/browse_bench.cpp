// re-browse-bench: browse scale and start-up, each measured against its floor in the same run.
//
//   tree     all mailboxes of the first organization into BackupTreeModel (every page) vs. curl
//            fetching the same page URLs in sequence over one connection
//   folder   the 100,000-item folder into ItemListModel (+ the sort/filter proxy the window uses), in
//            a fresh child process per run: peak RSS and the worst lateness of a 1 ms timer; curl
//            fetching the same pages for comparison
//   startup  restore-explorer (offscreen) to its first painted main window vs. a bare QMainWindow
//   cli      restore-cli orgs (log in, list) vs. curl doing the token and organizations requests
//
// Every benchmark alternates ours and the floor `--repeat` times and prints medians as TABLE rows
// (bench_report.h) for scripts/bench.sh. See docs/performance.md.

#include "bench_report.h"
#include "emulator_process.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "model/apibrowsesource.h"
#include "model/backuptreemodel.h"
#include "model/itemfilterproxymodel.h"
#include "model/itemlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using re::bench::fixed;
using re::bench::median;
using re::bench::TableRow;

namespace {

constexpr int kNetworkWaitMs = 120000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "re-browse-bench: " << message << Qt::endl;
    std::exit(2);
}

// Where the emulator is: started here (no --url) or the one scripts/bench.sh started.
struct Server
{
    QUrl url;
    QString user = u"helpdesk"_s;
    QString password = u"demo"_s;
    std::unique_ptr<re::test::EmulatorProcess> process;
};

// A logged-in v8 ApiClient plus the synchronous helpers the set-up steps need.
class Connection
{
public:
    explicit Connection(const Server &server) : m_client(server.url)
    {
        m_client.setApiVersion(re::ApiVersion::V8);
        m_client.login(server.user, server.password);
        if (!re::bench::waitUntil([this] { return !loggingIn(); }, kNetworkWaitMs) || !m_client.tokens()->isLoggedIn())
            die(u"cannot log in to "_s + server.url.toString());
    }

    re::ApiClient &client() { return m_client; }
    QString token() { return m_client.tokens()->usableAccessToken(); }
    QUrl urlOf(const re::ListQuery &query) const { return m_client.dialect()->list(query).url(m_client.serverRoot()); }

    template <typename T>
    QList<T> firstPage(re::ListQuery query)
    {
        std::optional<re::Result<re::Page<T>, re::ApiError>> outcome;
        QObject context;
        m_client.fetchPage<T>(query, &context, [&](re::Result<re::Page<T>, re::ApiError> page) { outcome = std::move(page); });
        if (!re::bench::waitUntil([&] { return outcome.has_value(); }, kNetworkWaitMs))
            die(u"no answer to a list request"_s);
        if (!*outcome)
            die(u"list request failed: "_s + outcome->error().message);
        return outcome->value().items;
    }

    re::RestoreSession explore(const QString &organizationId)
    {
        std::optional<re::Result<re::RestoreSession, re::ApiError>> outcome;
        QObject context;
        m_client.explore(organizationId, re::ExploreOptions{}, &context,
                         [&](re::Result<re::RestoreSession, re::ApiError> session) { outcome = std::move(session); });
        if (!re::bench::waitUntil([&] { return outcome.has_value(); }, kNetworkWaitMs) || !*outcome)
            die(u"explore failed: "_s + (outcome ? outcome->error().message : u"timeout"_s));
        return outcome->value();
    }

    // The first organization and a new Exchange session of it.
    std::pair<re::Organization, re::RestoreSession> exchangeSession()
    {
        const QList<re::Organization> orgs = firstPage<re::Organization>({});
        if (orgs.isEmpty())
            die(u"the server lists no organization"_s);
        return {orgs.constFirst(), explore(orgs.constFirst().id)};
    }

private:
    bool loggingIn() const { return m_client.tokens()->state() == re::TokenManager::State::LoggingIn; }

    re::ApiClient m_client;
};

// Passes requests through and remembers their queries, so curl can replay exactly the same pages.
class RecordingSource final : public re::BrowseSource
{
public:
    explicit RecordingSource(re::BrowseSource *inner) : m_inner(inner) {}
    std::unique_ptr<re::BrowseRequest> fetch(const re::ListQuery &query, Callback onFinished) override
    {
        queries.append(query);
        return m_inner->fetch(query, std::move(onFinished));
    }
    QList<re::ListQuery> queries;

private:
    re::BrowseSource *m_inner;
};

// ---- the floor: curl over one connection, figures from its own --write-out ----

struct CurlPages
{
    double transferSeconds = 0; // sum of time_total: the pure request/response time, no process start
    double serverSeconds = 0;   // sum of starttransfer - pretransfer: the emulator's own time
    qint64 bytes = 0;
    int pages = 0;
};

CurlPages curlPages(const QList<QUrl> &urls, const QString &token, const QString &scratch)
{
    // The token goes into a private config file, not the command line (`ps` shows arguments).
    QFile config(QDir(scratch).filePath(u"curl-pages.conf"_s));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(u"cannot write "_s + config.fileName());
    config.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTextStream conf(&config);
    conf << "silent\nshow-error\nfail\n"
         << "header = \"Authorization: Bearer " << token << "\"\n"
         << "write-out = \"%{time_total} %{time_pretransfer} %{time_starttransfer} %{size_download}\\n\"\n";
    for (const QUrl &url : urls)
        conf << "url = \"" << url.toString(QUrl::FullyEncoded) << "\"\noutput = \"/dev/null\"\n";
    conf.flush();
    config.close();

    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    curl.start(u"curl"_s, {u"--config"_s, config.fileName()});
    if (!curl.waitForFinished(kNetworkWaitMs) || curl.exitCode() != 0)
        die(u"curl failed (exit code %1)"_s.arg(curl.exitCode()));
    CurlPages result;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 4)
            continue;
        result.transferSeconds += f[0].toDouble();
        result.serverSeconds += f[2].toDouble() - f[1].toDouble();
        result.bytes += f[3].toLongLong();
        ++result.pages;
    }
    if (result.pages != urls.size())
        die(u"curl reported %1 of %2 pages"_s.arg(result.pages).arg(urls.size()));
    return result;
}

// CPU seconds (user + system) of this process so far.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString ratioText(double ours, double floor)
{
    return floor > 0 ? fixed(ours / floor, 2) + u"×"_s : QString();
}

// ---- tree breadth ----

void benchTree(Server &server, int repeat, const QString &scratch)
{
    Connection connection(server);
    const auto [organization, session] = connection.exchangeSession();
    // What the window pages through (makeModelSource): the API source behind read-ahead. The recording
    // sits above it, so curl replays exactly the pages the model asked for, not the ones read ahead.
    const std::unique_ptr<re::BrowseSource> modelSource = re::makeModelSource(&connection.client());
    QList<double> ours, floor, serverPerPage, clientPerPage;
    qsizetype rows = 0;
    QList<QUrl> urls; // the pages the client asked for; the same every run
    // A pause before each side: right after one side's burst the emulator is measurably slower for
    // a moment (see docs/performance.md), which would always penalise whoever goes second.
    const auto settle = [] { QThread::msleep(1000); };
    const auto runCurl = [&] {
        settle();
        return curlPages(urls, connection.token(), scratch);
    };
    for (int run = 1; run <= repeat; ++run) {
        RecordingSource source(modelSource.get());
        re::BackupTreeModel tree(&source, re::BackupTreeModel::Options{}); // what the window uses
        tree.fetchMore({});
        if (!re::bench::waitUntil([&] { return tree.loadState({}) == re::LoadState::Loaded; }, kNetworkWaitMs))
            die(u"the organizations did not load"_s);
        const QModelIndex group = tree.index(0, 0, tree.addSession(tree.index(0, 0), session));
        source.queries.clear();

        // Alternating order (odd runs: client first) so neither side always meets the emulator warm.
        std::optional<CurlPages> curl;
        if (run % 2 == 0)
            curl = runCurl();
        settle();
        const double cpuBefore = processCpuSeconds();
        QElapsedTimer clock;
        clock.start();
        while (tree.canFetchMore(group)) {
            tree.fetchMore(group);
            if (!re::bench::waitUntil([&] { return tree.loadState(group) != re::LoadState::Loading; }, kNetworkWaitMs))
                die(u"a page of mailboxes did not arrive"_s);
        }
        const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        const double cpu = processCpuSeconds() - cpuBefore;
        if (tree.loadState(group) != re::LoadState::Loaded)
            die(u"loading the mailboxes failed"_s);
        rows = tree.rowCount(group);
        urls.clear();
        for (const re::ListQuery &query : std::as_const(source.queries))
            urls << connection.urlOf(query);
        if (!curl)
            curl = runCurl();
        ours << seconds;
        floor << curl->transferSeconds;
        serverPerPage << curl->serverSeconds / curl->pages * 1000;
        clientPerPage << seconds / curl->pages * 1000;
        out() << QString::asprintf("tree   run %d  %lld mailboxes in %lld pages: client %.3f s (cpu %.3f s)  curl %.3f s "
                                   "(emulator %.3f s, %.1f MiB)  ratio %.2f",
                                   run, static_cast<long long>(rows), static_cast<long long>(urls.size()), seconds, cpu,
                                   curl->transferSeconds, curl->serverSeconds,
                                   static_cast<double>(curl->bytes) / 1048576.0, seconds / curl->transferSeconds)
              << Qt::endl;
    }
    const double o = median(ours), f = median(floor);
    re::bench::printTableRow(out(), {u"tree breadth: %1 mailboxes, all pages (s)"_s.arg(rows), fixed(o, 3), fixed(f, 3),
                                     ratioText(o, f), u"≤ 1.25× curl"_s, o <= 1.25 * f});
    const double s = median(serverPerPage), c = median(clientPerPage);
    re::bench::printTableRow(out(), {u"emulator headroom: mailbox page (ms/page, emulator vs client)"_s, fixed(s, 2),
                                     fixed(c, 2), ratioText(s, c), u"emulator < client"_s, s < c});
}

// ---- long folder ----

struct FolderRun
{
    qint64 rows = 0;
    double seconds = 0;
    double peakMiB = 0;
    double rssBeforeMiB = 0;
    double stallMs = 0;
    double busyMs = 0;
    QList<QUrl> pages;
};

// In the child: everything from log-in, so the process's peak RSS is what a window listing it holds.
int folderChild(Server &server, const QString &folderName)
{
    Connection connection(server);
    const auto [organization, session] = connection.exchangeSession();
    re::ListQuery mailboxes;
    mailboxes.collection = re::Collection::Mailboxes;
    mailboxes.sessionId = session.id;
    mailboxes.limit = 1;
    const QList<re::Mailbox> first = connection.firstPage<re::Mailbox>(mailboxes);
    if (first.isEmpty())
        die(u"the session lists no mailbox"_s);
    re::ListQuery folders;
    folders.collection = re::Collection::MailFolders;
    folders.sessionId = session.id;
    folders.containerId = first.constFirst().id;
    folders.limit = 1000;
    QString folderId;
    for (const re::MailFolder &folder : connection.firstPage<re::MailFolder>(folders)) {
        if (folder.name == folderName)
            folderId = folder.id;
    }
    if (folderId.isEmpty())
        die(u"the first mailbox has no top-level folder \"%1\""_s.arg(folderName));

    const std::unique_ptr<re::BrowseSource> modelSource = re::makeModelSource(&connection.client());
    RecordingSource source(modelSource.get());
    const double rssBefore = static_cast<double>(re::bench::procStatusKiB("VmRSS")) / 1024;
    re::ItemListModel list(&source); // the window's options and proxy
    re::ItemFilterProxyModel proxy;
    proxy.setSourceModel(&list);
    re::bench::StallMeter stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    list.setFolder({re::ResourceKind::MailFolder, {}, session.id, first.constFirst().id, folderId, {}});
    for (;;) {
        if (!re::bench::waitUntil([&] { return list.state() != re::LoadState::Loading; }, kNetworkWaitMs))
            die(u"a page of items did not arrive"_s);
        if (list.state() != re::LoadState::Loaded)
            die(u"loading the folder failed: "_s + list.lastError().message);
        if (!proxy.canFetchMore({}))
            break;
        proxy.fetchMore({}); // what a view scrolled to the end does
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    out() << "child rows " << list.rowCount() << " seconds " << fixed(seconds, 4) << " peak-mib "
          << fixed(static_cast<double>(re::bench::procStatusKiB("VmHWM")) / 1024, 1) << " rss-before-mib "
          << fixed(rssBefore, 1) << " stall-ms " << fixed(stalls.worstLatenessMs(), 2) << " busy-ms "
          << fixed(stalls.worstBusyMs(), 2) << '\n';
    for (const re::ListQuery &query : std::as_const(source.queries))
        out() << "page " << connection.urlOf(query).toString(QUrl::FullyEncoded) << '\n';
    out().flush();
    return 0;
}

FolderRun runFolderChild(const Server &server, const QString &folderName)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, u"folder"_s, u"--url"_s, server.url.toString(), u"--user"_s, server.user,
                 u"--folder"_s, folderName, u"--password-env"_s});
    if (!child.waitForFinished(kNetworkWaitMs * 3) || child.exitCode() != 0)
        die(u"the folder child failed (exit code %1)"_s.arg(child.exitCode()));
    FolderRun run;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("page "))
            run.pages << QUrl::fromEncoded(line.mid(5).trimmed());
        if (!line.startsWith("child "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        for (qsizetype i = 1; i + 1 < f.size(); i += 2) {
            const QByteArray &key = f[i];
            const double value = f[i + 1].toDouble();
            if (key == "rows")
                run.rows = static_cast<qint64>(value);
            else if (key == "seconds")
                run.seconds = value;
            else if (key == "peak-mib")
                run.peakMiB = value;
            else if (key == "rss-before-mib")
                run.rssBeforeMiB = value;
            else if (key == "stall-ms")
                run.stallMs = value;
            else if (key == "busy-ms")
                run.busyMs = value;
        }
    }
    if (run.rows == 0 || run.pages.isEmpty())
        die(u"the folder child printed no figures"_s);
    return run;
}

void benchFolder(Server &server, int repeat, const QString &folderName, const QString &scratch)
{
    Connection connection(server); // the parent's token serves curl
    QList<double> peaks, stalls, busy, ours, floor;
    qint64 rows = 0;
    for (int run = 1; run <= repeat; ++run) {
        const FolderRun r = runFolderChild(server, folderName);
        const CurlPages curl = curlPages(r.pages, connection.token(), scratch);
        rows = r.rows;
        const double peakMB = r.peakMiB * 1048576.0 / 1e6;
        peaks << peakMB;
        stalls << r.stallMs;
        busy << r.busyMs;
        ours << r.seconds;
        floor << curl.transferSeconds;
        out() << QString::asprintf("folder run %d  %lld items in %lld pages: client %.2f s, peak RSS %.1f MB "
                                   "(%.1f MiB before the list), worst 1 ms-timer lateness %.1f ms (own CPU %.1f ms)  curl %.2f s "
                                   "(emulator %.2f s, %.1f MiB)",
                                   run, static_cast<long long>(r.rows), static_cast<long long>(r.pages.size()),
                                   r.seconds, peakMB, r.rssBeforeMiB, r.stallMs, r.busyMs, curl.transferSeconds,
                                   curl.serverSeconds, static_cast<double>(curl.bytes) / 1048576.0)
              << Qt::endl;
    }
    const double peak = median(peaks), stall = median(stalls), o = median(ours), f = median(floor);
    re::bench::printTableRow(out(), {u"long folder: %1 items, peak RSS (MB)"_s.arg(rows), fixed(peak, 1), {}, {},
                                     u"≤ 250 MB"_s, peak <= 250});
    re::bench::printTableRow(out(), {u"long folder: worst 1 ms-timer lateness (ms)"_s, fixed(stall, 1), {}, {},
                                     u"≤ 50 ms"_s, stall <= 50});
    TableRow own{u"long folder: main thread's own CPU between two 1 ms ticks, worst (ms)"_s, fixed(median(busy), 1), {}, {},
                 {}, false};
    own.informational = true;
    re::bench::printTableRow(out(), own);
    TableRow load{u"long folder: load time, all pages (s)"_s, fixed(o, 2), fixed(f, 2), ratioText(o, f), {}, false};
    load.informational = true;
    re::bench::printTableRow(out(), load);
}

// ---- start-up ----

// The floor of start-up: a bare QMainWindow with a menu bar and a status bar, first paint, quit.
int floorWindowChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(1000, 700);
    struct FirstPaint : QObject
    {
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
                watched->removeEventFilter(this);
            }
            return false;
        }
    } reporter;
    window.installEventFilter(&reporter);
    window.show();
    return QApplication::exec();
}

// Seconds from starting `program` until it prints "first-paint".
double timeToFirstPaint(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice()); // the offscreen plugin's chatter
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray seen;
    while (!seen.contains("first-paint")) {
        if (!process.waitForReadyRead(30000))
            die(program + u" did not report its first paint"_s);
        seen += process.readAllStandardOutput();
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    if (!process.waitForFinished(30000))
        process.kill();
    return seconds;
}

void benchStartup(int repeat, const QString &scratch)
{
    // Offscreen, with empty settings: no saved profile, so nothing connects at start.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(scratch).filePath(u"config"_s));
    QList<double> ours, floor;
    for (int run = 1; run <= repeat; ++run) {
        const double o = timeToFirstPaint(QStringLiteral(RE_BENCH_EXPLORER), {u"--report-first-paint"_s}, env);
        const double f = timeToFirstPaint(QCoreApplication::applicationFilePath(), {u"--child"_s, u"floor-window"_s}, env);
        ours << o;
        floor << f;
        out() << QString::asprintf("startup run %d  restore-explorer %.3f s  bare QMainWindow %.3f s", run, o, f)
              << Qt::endl;
    }
    const double o = median(ours), f = median(floor);
    re::bench::printTableRow(out(), {u"start-up: restore-explorer to first paint, offscreen (s)"_s, fixed(o, 3),
                                     fixed(f, 3), ratioText(o, f), u"≤ 0.5 s"_s, o <= 0.5});
}

// ---- restore-cli orgs ----

double timeProcess(const QString &program, const QStringList &arguments, const QByteArray &input, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(u"%1 failed (exit code %2)"_s.arg(program).arg(process.exitCode()));
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    if (output)
        *output = process.readAllStandardOutput();
    return seconds;
}

void benchCli(const Server &server, int repeat)
{
    const QString root = server.url.toString(QUrl::StripTrailingSlash);
    QList<double> ours, floor;
    for (int run = 1; run <= repeat; ++run) {
        QByteArray listing;
        const double o = timeProcess(QStringLiteral(RE_BENCH_CLI),
                                     {u"--server"_s, root, u"--user"_s, server.user, u"--password-stdin"_s, u"orgs"_s},
                                     server.password.toUtf8() + '\n', &listing);
        if (listing.trimmed().isEmpty())
            die(u"restore-cli orgs printed nothing"_s);
        // The floor: what a shell script would do with curl — get a token, list the organizations.
        QByteArray tokenReply;
        const QByteArray form = "grant_type=password&username=" + QUrl::toPercentEncoding(server.user)
            + "&password=" + QUrl::toPercentEncoding(server.password);
        double f = timeProcess(u"curl"_s, {u"-sS"_s, u"--fail"_s, u"--data-binary"_s, u"@-"_s, root + u"/v8/Token"_s},
                               form, &tokenReply);
        const QString token = QJsonDocument::fromJson(tokenReply).object().value(u"access_token"_s).toString();
        if (token.isEmpty())
            die(u"curl got no token"_s);
        // The bearer header through stdin as well (-H @- reads headers from it).
        f += timeProcess(u"curl"_s, {u"-sS"_s, u"--fail"_s, u"-o"_s, u"/dev/null"_s, u"-H"_s, u"@-"_s,
                                     root + u"/v8/Organizations"_s},
                         "Authorization: Bearer " + token.toUtf8() + '\n');
        ours << o;
        floor << f;
        out() << QString::asprintf("cli    run %d  restore-cli orgs %.3f s  curl token + organizations %.3f s", run, o, f)
              << Qt::endl;
    }
    const double o = median(ours), f = median(floor);
    re::bench::printTableRow(out(), {u"start-up: restore-cli orgs vs emulator (s)"_s, fixed(o, 3), fixed(f, 3),
                                     ratioText(o, f), u"≤ 0.2 s"_s, o <= 0.2});
}

} // namespace

int main(int argc, char **argv)
{
    // The floor window needs a QApplication; everything else runs without widgets.
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0 && std::strcmp(argv[2], "floor-window") == 0)
        return floorWindowChild(argc, argv);

    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"restoreexplorer.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Browse and start-up benchmarks of Restore Explorer against their floors."_s);
    parser.addHelpOption();
    const QCommandLineOption benchOption(u"bench"_s, u"Comma-separated: tree, folder, startup, cli (default all)."_s,
                                         u"list"_s, u"tree,folder,startup,cli"_s);
    const QCommandLineOption urlOption(u"url"_s, u"A running vb365-emulator (default: start one)."_s, u"url"_s);
    const QCommandLineOption userOption(u"user"_s, u"User name for --url (default helpdesk)."_s, u"name"_s, u"helpdesk"_s);
    const QCommandLineOption passwordEnvOption(u"password-env"_s, u"Read the password for --url from RE_BENCH_PASSWORD (default demo)."_s);
    const QCommandLineOption tenantOption(u"tenant"_s, u"Tenant of the emulator started here (default large)."_s, u"name"_s, u"large"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs of each benchmark (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption folderOption(u"folder"_s, u"Top-level folder of the first mailbox for the folder benchmark (default \"Archive 100k\")."_s,
                                          u"name"_s, u"Archive 100k"_s);
    const QCommandLineOption childOption(u"child"_s, u"Internal: run one measurement in this process."_s, u"what"_s);
    parser.addOptions({benchOption, urlOption, userOption, passwordEnvOption, tenantOption, repeatOption, folderOption, childOption});
    parser.process(app);

    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1)
        die(u"--repeat: a positive number, please"_s);
    Server server;
    server.user = parser.value(userOption);
    if (parser.isSet(passwordEnvOption) && qEnvironmentVariableIsSet("RE_BENCH_PASSWORD"))
        server.password = qEnvironmentVariable("RE_BENCH_PASSWORD");
    const QStringList benches = parser.value(benchOption).split(u',', Qt::SkipEmptyParts);
    const bool needsServer = parser.isSet(childOption) || benches.contains(u"tree"_s) || benches.contains(u"folder"_s)
        || benches.contains(u"cli"_s);
    if (parser.isSet(urlOption)) {
        server.url = QUrl(parser.value(urlOption));
    } else if (needsServer) {
        server.process = std::make_unique<re::test::EmulatorProcess>(re::test::EmulatorProcess::Options{
            {u"--tenant"_s, parser.value(tenantOption)}, false, 30000});
        if (!server.process->start())
            die(server.process->errorString());
        server.url = server.process->url();
        server.user = server.process->user();
        server.password = server.process->password();
    }
    // The child inherits the password through its environment, never its command line.
    qputenv("RE_BENCH_PASSWORD", server.password.toUtf8());

    if (parser.isSet(childOption)) {
        if (parser.value(childOption) == u"folder"_s)
            return folderChild(server, parser.value(folderOption));
        die(u"--child: unknown measurement"_s);
    }

    QTemporaryDir scratch;
    if (!scratch.isValid())
        die(u"cannot create a temporary folder"_s);
    out() << "re-browse-bench: " << repeat << " runs each" << (server.url.isValid() ? u", server "_s + server.url.toString() : QString())
          << Qt::endl;
    for (const QString &bench : benches) {
        if (bench == u"tree"_s)
            benchTree(server, repeat, scratch.path());
        else if (bench == u"folder"_s)
            benchFolder(server, repeat, parser.value(folderOption), scratch.path());
        else if (bench == u"startup"_s)
            benchStartup(repeat, scratch.path());
        else if (bench == u"cli"_s)
            benchCli(server, repeat);
        else
            die(u"--bench: unknown benchmark "_s + bench);
    }
    return 0;
}
