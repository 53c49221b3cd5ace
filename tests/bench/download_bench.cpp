// re-download-bench: downloads one big file with the client's DownloadJob and with `curl -o` from
// the same URL in the same run, and prints both throughputs and their ratio. See README.md.

#include "bench_report.h"
#include "bench_server.h"
#include "bench_target.h"
#ifdef RE_BENCH_HAS_EMULATOR
#include "bench_emulator.h"
#endif
#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"
#include "transfer/downloadstarter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void die(const QString &message)
{
    QTextStream(stderr) << "re-download-bench: " << message << '\n';
    std::exit(2);
}

// "4GiB", "512MiB", "100M", "12345" → bytes
std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\s*(|k|kib|m|mib|g|gib)\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    const qint64 factor = unit.startsWith(u'g') ? (qint64(1) << 30)
        : unit.startsWith(u'm')                 ? (qint64(1) << 20)
        : unit.startsWith(u'k')                 ? 1024
                                                : 1;
    return match.captured(1).toLongLong() * factor;
}

using re::bench::fixed;
using re::bench::median;
using re::bench::Target;

// CPU seconds (user + system) of this process, or of its waited-for children (curl).
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Measurement
{
    qint64 bytes = 0;
    double seconds = 0;
    double cpu = 0;
    double commitSeconds = 0; // client: Verifying → Finished (fsync, sniffing, rename)
    double mibPerSecond() const { return seconds > 0 ? static_cast<double>(bytes) / kMiB / seconds : 0; }
};

std::optional<Measurement> runClient(const Target &target, const QString &dir,
                                     const re::DownloadPolicy &policy, QString &error)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(target.url);
    for (const auto &[name, value] : target.headers)
        request.setRawHeader(name, value);
    if (!target.caCertificate.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(target.caCertificate));
        request.setSslConfiguration(tls);
    }
    re::DownloadRequest download;
    download.start = re::starterFor(&nam, request, target.method, target.body);
    download.serverKey = re::serverKeyFor(target.url);
    download.targetDirectory = dir;
    download.suggestedName = u"client.bin"_s;
    // Through the manager, as the downloads panel and restore-cli save do (queue, per-server limit).
    re::DownloadManager manager;
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    re::DownloadJob &job = *manager.enqueue(download, policy);
    QEventLoop loop;
    QObject::connect(&job, &re::DownloadJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer commitClock;
    QObject::connect(&job, &re::DownloadJob::stateChanged, &job, [&commitClock](re::DownloadState state) {
        if (state == re::DownloadState::Verifying)
            commitClock.start();
    });
    if (!re::isTerminal(job.state()))
        loop.exec();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const re::DownloadSnapshot s = job.snapshot();
    if (s.state != re::DownloadState::Finished) {
        error = s.error.message;
        return std::nullopt;
    }
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const double commit = commitClock.isValid() ? static_cast<double>(commitClock.nsecsElapsed()) / 1e9 : 0;
    const qint64 bytes = QFileInfo(s.finalPath).size();
    QFile::remove(s.finalPath);
    return Measurement{bytes, seconds, cpu, commit};
}

// toDisk false: `-o /dev/null`, the emulator's own serving rate (its headroom over the client).
std::optional<Measurement> runCurl(const Target &target, const QString &dir, bool toDisk, QString &error)
{
    const QString file = toDisk ? QDir(dir).filePath(u"curl.bin"_s) : u"/dev/null"_s;
    QStringList args = {u"-sS"_s, u"--fail"_s, u"-o"_s, file, u"-w"_s, u"%{size_download}"_s,
                        u"-X"_s, QString::fromLatin1(target.method)};
    for (const auto &[name, value] : target.headers)
        args << u"-H"_s << QString::fromLatin1(name + ": " + value);
    if (!target.body.isEmpty())
        args << u"--data-binary"_s << QString::fromUtf8(target.body);
    if (!target.caCertificate.isEmpty())
        args << u"--cacert"_s << target.caCertificate;
    args << target.url.toString(QUrl::FullyEncoded);
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    curl.start(u"curl"_s, args);
    if (!curl.waitForFinished(-1) || curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        error = u"curl failed (exit code %1)"_s.arg(curl.exitCode());
        return std::nullopt;
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    const qint64 bytes = toDisk ? QFileInfo(file).size() : curl.readAllStandardOutput().trimmed().toLongLong();
    if (toDisk)
        QFile::remove(file);
    return Measurement{bytes, seconds, cpu};
}

// A self-signed certificate for 127.0.0.1, made with the openssl tool (Qt cannot make one).
bool makeCertificate(const QString &dir, QString &certPath, QString &keyPath)
{
    certPath = QDir(dir).filePath(u"cert.pem"_s);
    keyPath = QDir(dir).filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, keyPath, u"-out"_s, certPath, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                 u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

// The --serve child: prints "url: …" and serves until killed.
int serve(qint64 size, const QString &certPath, const QString &keyPath)
{
    QSslConfiguration tls;
    if (!certPath.isEmpty()) {
        QFile cert(certPath);
        QFile key(keyPath);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            die(u"cannot read the certificate or key"_s);
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    }
    re::bench::BenchServer server(size, tls);
    const quint16 port = server.listen();
    if (port == 0)
        die(u"cannot listen on 127.0.0.1"_s);
    out() << (certPath.isEmpty() ? "url: http" : "url: https") << "://127.0.0.1:" << port << "/file\n"
          << Qt::flush;
    return QCoreApplication::exec();
}

// Starts `re-download-bench --serve` and returns its URL.
QUrl startServer(QProcess &child, qint64 size, const QString &certPath, const QString &keyPath)
{
    QStringList args = {u"--serve"_s, u"--size"_s, QString::number(size)};
    if (!certPath.isEmpty())
        args << u"--cert"_s << certPath << u"--key"_s << keyPath;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForStarted(10000))
        die(u"cannot start the server process"_s);
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(15000))
            die(u"the server process did not report its URL"_s);
    }
    const QString line = QString::fromUtf8(child.readLine()).trimmed();
    if (!line.startsWith(u"url: "_s))
        die(u"unexpected server output: "_s + line);
    return QUrl(line.mid(5));
}

// Runs the client, curl -o (same disk) and curl -o /dev/null (the emulator alone) in turn `repeat`
// times; prints each run, then the medians as TABLE rows (bench_report.h).
bool compare(const QString &label, const QString &serverName, const Target &target, int repeat,
             const QString &dir, const re::DownloadPolicy &policy)
{
    QList<double> clientRates;
    QList<double> curlRates;
    QList<double> serverRates;
    double worstGrowthMB = -1; // stays -1 where the peak cannot be reset
    qint64 bytes = 0;
    for (int i = 1; i <= repeat; ++i) {
        QString error;
        // RSS growth of one download: its peak over the resident size just before it.
        double growthMB = -1;
        const auto measureClient = [&] {
            const bool peakReset = re::bench::resetPeakResident();
            const qint64 rssBeforeKiB = re::bench::procStatusKiB("VmRSS");
            auto result = runClient(target, dir, policy, error);
            if (peakReset)
                growthMB = static_cast<double>(re::bench::procStatusKiB("VmHWM") - rssBeforeKiB) * 1024.0 / 1e6;
            return result;
        };
        // Every download starts without an earlier one's dirty pages still being written back, and
        // the order alternates (odd runs: client first), so neither always meets the disk's or the
        // host's state the other left behind.
        ::sync();
        std::optional<Measurement> client;
        std::optional<Measurement> curl;
        if (i % 2 == 1) {
            client = measureClient();
            ::sync();
            curl = client ? runCurl(target, dir, true, error) : std::nullopt;
        } else {
            curl = runCurl(target, dir, true, error);
            ::sync();
            client = curl ? measureClient() : std::nullopt;
        }
        ::sync();
        const auto server = client && curl ? runCurl(target, dir, false, error) : std::nullopt;
        if (!client || !curl || !server) {
            out() << label << ": " << (client ? u""_s : u"client download failed: "_s) << error << Qt::endl;
            return false;
        }
        worstGrowthMB = std::max(worstGrowthMB, growthMB);
        if (client->bytes != curl->bytes || client->bytes != server->bytes) {
            out() << label << ": sizes differ: client " << client->bytes << ", curl " << curl->bytes
                  << ", curl to /dev/null " << server->bytes << Qt::endl;
            return false;
        }
        bytes = client->bytes;
        clientRates << client->mibPerSecond();
        curlRates << curl->mibPerSecond();
        serverRates << server->mibPerSecond();
        out() << QString::asprintf("%-6s run %d  %7.1f MiB  client %7.1f MiB/s (%6.2f s, cpu %5.2f s, "
                                   "fsync+rename %4.2f s, RSS +%.1f MB)  curl %7.1f MiB/s (%6.2f s, cpu %5.2f s)  "
                                   "ratio %.2f  server→/dev/null %7.1f MiB/s",
                                   qPrintable(label), i, static_cast<double>(client->bytes) / kMiB,
                                   client->mibPerSecond(), client->seconds, client->cpu,
                                   client->commitSeconds, growthMB, curl->mibPerSecond(),
                                   curl->seconds, curl->cpu, client->mibPerSecond() / curl->mibPerSecond(),
                                   server->mibPerSecond())
              << Qt::endl;
    }
    const double clientMedian = median(clientRates);
    const double curlMedian = median(curlRates);
    const double serverMedian = median(serverRates);
    const double ratio = curlMedian > 0 ? clientMedian / curlMedian : 0.0;
    out() << QString::asprintf("%-6s median  client %8.1f MiB/s  curl %8.1f MiB/s  ratio %.2f  client RSS growth %.1f MB (worst run)",
                               qPrintable(label), clientMedian, curlMedian, ratio, worstGrowthMB)
          << Qt::endl;
    const QString what = u"download %1: %2 MiB via DownloadManager"_s.arg(label).arg(
        static_cast<double>(bytes) / kMiB, 0, 'f', 0);
    re::bench::printTableRow(out(), {what + u" (MiB/s)"_s, fixed(clientMedian, 1), fixed(curlMedian, 1),
                                     fixed(ratio, 2) + u"×"_s, u"≥ 0.9× curl"_s, ratio >= 0.9});
    re::bench::printTableRow(out(), {u"download %1: client RSS growth, worst run (MB)"_s.arg(label), fixed(worstGrowthMB, 1), {}, {},
                                     u"≤ 50 MB"_s, worstGrowthMB >= 0 && worstGrowthMB <= 50});
    re::bench::printTableRow(out(), {u"%1 headroom: big file %2 (MiB/s, %1→/dev/null vs client)"_s.arg(serverName, label),
                                     fixed(serverMedian, 1), fixed(clientMedian, 1),
                                     clientMedian > 0 ? fixed(serverMedian / clientMedian, 2) + u"×"_s : QString(),
                                     u"%1 > client"_s.arg(serverName), serverMedian > clientMedian});
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"restoreexplorer.*.info=false"_s); // keep the table readable
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Compares the download throughput of the client's DownloadManager with curl -o."_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"size"_s, u"Body size of the built-in server (default 4GiB)."_s, u"bytes"_s, u"4GiB"_s);
    const QCommandLineOption protocolOption(u"protocol"_s, u"http, https or both (default both)."_s, u"p"_s, u"both"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per protocol (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the downloaded files (default: a temporary folder)."_s, u"path"_s);
    const QCommandLineOption urlOption(u"url"_s, u"Download this URL instead of the built-in server (e.g. an emulator save action)."_s, u"url"_s);
    const QCommandLineOption methodOption(u"method"_s, u"HTTP method for --url (default GET)."_s, u"m"_s, u"GET"_s);
    const QCommandLineOption headerOption(u"header"_s, u"Extra request header \"Name: value\" for --url (repeatable)."_s, u"h"_s);
    const QCommandLineOption dataOption(u"data"_s, u"Request body for --url."_s, u"body"_s);
    const QCommandLineOption caOption(u"cacert"_s, u"PEM certificate to trust for an https --url."_s, u"file"_s);
    const QCommandLineOption bufferOption(u"reply-buffer"_s, u"DownloadPolicy::replyBufferBytes (default: the policy's)."_s, u"bytes"_s);
    const QCommandLineOption chunkOption(u"chunk"_s, u"DownloadPolicy::chunkBytes (default: the policy's)."_s, u"bytes"_s);
    const QCommandLineOption emulatorOption(u"emulator"_s, u"Download the 4 GiB document of vb365-emulator --tenant large (started by the benchmark)."_s);
    const QCommandLineOption emulatorUrlOption(u"emulator-url"_s, u"Like --emulator, but over HTTP from this running vb365-emulator --tenant large (user helpdesk, password from RE_BENCH_PASSWORD or demo)."_s, u"url"_s);
    const QCommandLineOption serveOption(u"serve"_s, u"Internal: run the file server."_s);
    const QCommandLineOption certOption(u"cert"_s, u"Internal: server certificate."_s, u"file"_s);
    const QCommandLineOption keyOption(u"key"_s, u"Internal: server key."_s, u"file"_s);
    parser.addOptions({sizeOption, protocolOption, repeatOption, dirOption, urlOption, methodOption,
                       headerOption, dataOption, caOption, bufferOption, chunkOption, emulatorOption, emulatorUrlOption, serveOption,
                       certOption, keyOption});
    parser.process(app);

    const std::optional<qint64> size = parseSize(parser.value(sizeOption));
    if (!size || *size <= 0)
        die(u"--size: not a size: "_s + parser.value(sizeOption));
    if (parser.isSet(serveOption))
        return serve(*size, parser.value(certOption), parser.value(keyOption));

    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1)
        die(u"--repeat: a positive number, please"_s);
    re::DownloadPolicy policy;
    for (const auto &[option, field] : {std::pair{&bufferOption, &policy.replyBufferBytes},
                                        std::pair{&chunkOption, &policy.chunkBytes}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<qint64> bytes = parseSize(parser.value(*option));
        if (!bytes)
            die(u"not a size: "_s + parser.value(*option));
        *field = *bytes;
    }

    QTemporaryDir scratch;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : scratch.path();
    if (!QFileInfo(dir).isDir())
        die(u"not a folder: "_s + dir);
    out() << "re-download-bench: client = re::DownloadManager (reply buffer "
          << policy.replyBufferBytes / 1024 << " KiB, chunk " << policy.chunkBytes / 1024
          << " KiB), files in " << dir << Qt::endl;

    bool allOk = true;
    if (parser.isSet(emulatorUrlOption)) {
#ifdef RE_BENCH_HAS_EMULATOR
        const QString password = qEnvironmentVariableIsSet("RE_BENCH_PASSWORD") ? qEnvironmentVariable("RE_BENCH_PASSWORD") : u"demo"_s;
        const re::Result<Target, QString> target =
            re::bench::BenchEmulator::findDocument(QUrl(parser.value(emulatorUrlOption)), u"helpdesk"_s, password);
        if (!target)
            die(u"emulator: "_s + target.error());
        allOk = compare(target->url.scheme(), u"emulator"_s, *target, repeat, dir, policy);
#else
        die(u"built without vb365-emulator"_s);
#endif
    } else if (parser.isSet(urlOption)) {
        Target target;
        target.url = QUrl(parser.value(urlOption));
        target.method = parser.value(methodOption).toLatin1();
        target.body = parser.value(dataOption).toUtf8();
        target.caCertificate = parser.value(caOption);
        for (const QString &header : parser.values(headerOption)) {
            const qsizetype colon = header.indexOf(u':');
            if (colon <= 0)
                die(u"--header: \"Name: value\" expected"_s);
            target.headers.append({header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
        }
        allOk = compare(target.url.scheme(), u"server"_s, target, repeat, dir, policy);
    } else {
        const QString protocol = parser.value(protocolOption);
        QStringList protocols;
        if (protocol == u"http"_s || protocol == u"both"_s)
            protocols << u"http"_s;
        if (protocol == u"https"_s || protocol == u"both"_s)
            protocols << u"https"_s;
        if (protocols.isEmpty())
            die(u"--protocol: http, https or both"_s);
        QTemporaryDir certDir;
        for (const QString &p : protocols) {
            QString certPath;
            QString keyPath;
            if (p == u"https"_s && !makeCertificate(certDir.path(), certPath, keyPath))
                die(u"openssl could not make a certificate"_s);
            if (parser.isSet(emulatorOption)) {
#ifdef RE_BENCH_HAS_EMULATOR
                re::bench::BenchEmulator emulator;
                const re::Result<Target, QString> target = emulator.start(certPath, keyPath);
                if (!target)
                    die(u"emulator: "_s + target.error());
                allOk = compare(p, u"emulator"_s, *target, repeat, dir, policy) && allOk;
#else
                die(u"built without vb365-emulator"_s);
#endif
                continue;
            }
            QProcess server;
            Target target;
            target.url = startServer(server, *size, certPath, keyPath);
            target.method = "POST";
            target.body = "{}";
            target.headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
            target.caCertificate = certPath;
            allOk = compare(p, u"bench server"_s, target, repeat, dir, policy) && allOk;
            server.kill();
            server.waitForFinished(5000);
        }
    }
    out() << "client peak RSS (VmHWM of this process): " << re::bench::procStatusKiB("VmHWM") / 1024 << " MiB" << Qt::endl;
    return allOk ? 0 : 1;
}
