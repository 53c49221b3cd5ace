// Big downloads are streamed with back-pressure: serving the large tenant's 4 GiB document to a client
// that reads fast, then stalls, then reads on must not grow the emulator's memory by more than 50 MB.

#include "memorybounds.h"
#include "emulator_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

#include <iostream>

using namespace vb365emu::test;

namespace {

constexpr qint64 kFourGiB = 4LL * 1024 * 1024 * 1024;

// VmRSS (current) or VmHWM (peak) of a process, in bytes.
qint64 memoryBytes(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

qint64 residentBytes(qint64 pid)
{
    return memoryBytes(pid, "VmRSS");
}

// Path of the 4 GiB document in the large tenant (first OneDrive of a backed-up organization).
QString hugeDocument(Api &api)
{
    const QString session = QStringLiteral("RestoreSessions/") + idOf(api.explore(QStringLiteral("veod")));
    const QJsonArray drives = api.get(session + QStringLiteral("/Organization/OneDrives?limit=1")).json()[QStringLiteral("results")].toArray();
    if (drives.isEmpty())
        return {};
    const QString drive = session + QStringLiteral("/Organization/OneDrives/") + encoded(idOf(drives[0]));
    const QJsonArray documents = api.get(drive + QStringLiteral("/Documents?limit=10000")).json()[QStringLiteral("results")].toArray();
    for (const QJsonValue &d : documents) {
        if (d[QStringLiteral("sizeBytes")].toInteger() == kFourGiB)
            return drive + QStringLiteral("/Documents/") + encoded(idOf(d));
    }
    return {};
}

} // namespace

class Streaming : public ::testing::TestWithParam<bool>
{
};

// Over TLS the plaintext queue is empty at once (QSslSocket encrypts immediately): the server must watch the
// encrypted queue too (toolchain.md §3 pitfall), which the stall phase would expose.
TEST_P(Streaming, FourGiBDocumentKeepsServerMemoryFlatForFastAndStalledReaders)
{
    const bool tls = GetParam();
    QStringList arguments{QStringLiteral("--tenant"), QStringLiteral("large")};
    if (tls)
        arguments << QStringLiteral("--tls");
    auto emulator = startEmulator(arguments);
    Api api(*emulator, QStringLiteral("v8"));
    const QString document = hugeDocument(api);
    ASSERT_FALSE(document.isEmpty()) << "the large tenant has no 4 GiB document in its first OneDrive";
    const qint64 pid = emulator->processId();
    const qint64 baseline = residentBytes(pid);
    ASSERT_GT(baseline, 0);

    QSslSocket socket;
    socket.setReadBufferSize(1024 * 1024); // let TCP push back instead of buffering in the client
    if (tls) {
        const QByteArray pin = emulator->certificateSha256().toLatin1();
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket, pin](const QList<QSslError> &errors) {
            if (socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex() == pin)
                socket.ignoreSslErrors(errors);
        });
        socket.connectToHostEncrypted(emulator->url().host(), quint16(emulator->url().port()));
        ASSERT_TRUE(socket.waitForEncrypted(10000)) << socket.errorString().toStdString();
    } else {
        socket.connectToHost(emulator->url().host(), quint16(emulator->url().port()));
        ASSERT_TRUE(socket.waitForConnected(5000));
    }
    const QByteArray body = R"({"asZip": false})";
    const QByteArray request = "POST " + api.path(document + QStringLiteral("/save")).toUtf8() + " HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\nAuthorization: Bearer " + api.http.bearer().toLatin1() + "\r\n"
                               "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);

    QByteArray header;
    while (!header.contains("\r\n\r\n")) {
        ASSERT_TRUE(socket.waitForReadyRead(30000)) << "no response head";
        header += socket.read(4096);
    }
    const qsizetype headEnd = header.indexOf("\r\n\r\n") + 4;
    ASSERT_TRUE(header.startsWith("HTTP/1.1 200")) << header.left(200).toStdString();
    ASSERT_TRUE(header.contains("Content-Length: " + QByteArray::number(kFourGiB)));
    qint64 received = header.size() - headEnd;

    qint64 peak = baseline;
    QElapsedTimer timer;
    timer.start();
    qint64 stalledMs = 0;
    bool stalled = false;
    qint64 nextSample = 0;
    while (received < kFourGiB) {
        if (!stalled && received > kFourGiB / 4) {
            // A slow client: stop reading for two seconds. The server must stop pumping, not buffer.
            stalled = true;
            QElapsedTimer stall;
            stall.start();
            while (stall.elapsed() < 2000) {
                QThread::msleep(100);
                peak = std::max(peak, residentBytes(pid));
            }
            stalledMs = stall.elapsed();
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(30000))
            break;
        received += socket.skip(socket.bytesAvailable());
        if (received >= nextSample) {
            peak = std::max(peak, residentBytes(pid));
            nextSample = received + 64 * 1024 * 1024;
        }
    }
    const double seconds = double(timer.elapsed() - stalledMs) / 1000.0;
    EXPECT_EQ(received, kFourGiB);
    const double growthMB = double(peak - baseline) / 1e6;
    std::cout << "[ streaming ] 4 GiB over loopback " << (tls ? "HTTPS" : "HTTP") << " in " << seconds << " s ("
              << double(received) / (1024.0 * 1024.0) / seconds << " MiB/s without the stall); server RSS "
              << double(baseline) / 1e6 << " MB → peak " << double(peak) / 1e6 << " MB (+" << growthMB << " MB)\n";
    RecordProperty("rss_growth_mb", std::to_string(growthMB));
    if (re::test::kMemoryBoundsApply) {
        EXPECT_LE(peak - baseline, 50LL * 1000 * 1000);
    }
}

INSTANTIATE_TEST_SUITE_P(Transport, Streaming, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &param) { return param.param ? "https" : "http"; });

// The large tenant stays lazy: pages of 10,000 mailboxes and of the 100,000-item folder are generated on
// demand, and the emulator's peak memory stays below 200 MB.
TEST(LargeTenant, TenThousandEntryPagesOnDemandWithinTwoHundredMegabytes)
{
    auto emulator = startEmulator({QStringLiteral("--tenant"), QStringLiteral("large")});
    Api api(*emulator, QStringLiteral("v7"));
    const QString session = QStringLiteral("RestoreSessions/") + idOf(api.explore(QStringLiteral("vex")));
    const HttpResult mailboxes = api.get(session + QStringLiteral("/Organization/Mailboxes?limit=10000"));
    ASSERT_EQ(mailboxes.status, 200);
    EXPECT_EQ(mailboxes.json()[QStringLiteral("results")].toArray().size(), 10000);
    EXPECT_EQ(mailboxes.json()[QStringLiteral("totalCount")].toInteger(), 10000);

    const QString mailbox = session + QStringLiteral("/Organization/Mailboxes/")
                            + encoded(idOf(mailboxes.json()[QStringLiteral("results")][0]));
    const QJsonArray folders = api.get(mailbox + QStringLiteral("/Folders?limit=1000")).json()[QStringLiteral("results")].toArray();
    QString hugeFolder;
    for (const QJsonValue &folder : folders) {
        const HttpResult probe = api.get(mailbox + QStringLiteral("/Items?parentId=") + encoded(idOf(folder)) + QStringLiteral("&limit=1"));
        if (probe.json()[QStringLiteral("totalCount")].toInteger() >= 100000) {
            hugeFolder = idOf(folder);
            break;
        }
    }
    ASSERT_FALSE(hugeFolder.isEmpty()) << "no 100,000-item folder in the first large mailbox";
    const HttpResult last = api.get(mailbox + QStringLiteral("/Items?parentId=") + encoded(hugeFolder) + QStringLiteral("&offset=90000&limit=10000"));
    ASSERT_EQ(last.status, 200);
    EXPECT_EQ(last.json()[QStringLiteral("results")].toArray().size(), 10000);
    EXPECT_FALSE(last.json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("next")));

    const qint64 peak = memoryBytes(emulator->processId(), "VmHWM");
    std::cout << "[ large tenant ] emulator peak RSS " << double(peak) / 1e6 << " MB after 10,000-entry pages\n";
    EXPECT_GT(peak, 0);
    if (re::test::kMemoryBoundsApply) {
        EXPECT_LT(peak, 200LL * 1000 * 1000);
    }
}
