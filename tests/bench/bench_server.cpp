#include "bench_server.h"

#include <QSslServer>
#include <QSslSocket>

#include <memory>

namespace re::bench {

namespace {

constexpr qint64 kBlockSize = 1024 * 1024;
constexpr qint64 kWriteChunk = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024;

struct Stream
{
    QByteArray request;
    bool responding = false;
    qint64 sent = 0;
};

} // namespace

BenchServer::BenchServer(qint64 bodySize, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_bodySize(bodySize)
    , m_tls(!tls.isNull())
{
    if (m_tls) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(tls);
        m_server = sslServer;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            onConnection(socket);
    });
    // A ZIP header, then bytes that do not compress (in case anything on the way tries).
    m_block.resize(kBlockSize);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < kBlockSize; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        m_block[i] = static_cast<char>(x);
    }
    m_block.replace(0, 4, QByteArray("PK\x03\x04", 4));
}

quint16 BenchServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
}

void BenchServer::onConnection(QTcpSocket *socket)
{
    auto stream = std::make_shared<Stream>();
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    auto pending = [socket, ssl] {
        return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    };
    auto pump = [this, socket, stream, pending] {
        if (!stream->responding)
            return;
        while (pending() < kHighWater && stream->sent < m_bodySize) {
            const qint64 offset = stream->sent % kBlockSize;
            const qint64 n = std::min({kWriteChunk, kBlockSize - offset, m_bodySize - stream->sent});
            const char *from = m_block.constData() + offset;
            socket->write(from, n);
            stream->sent += n;
        }
        if (stream->sent >= m_bodySize && pending() == 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, stream, pump] {
        stream->request += socket->readAll();
        if (stream->responding)
            return;
        const qsizetype end = stream->request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        // Request bodies are small JSON: wait for Content-Length bytes before answering.
        qint64 bodyLength = 0;
        for (const QByteArray &line : stream->request.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                bodyLength = line.mid(15).trimmed().toLongLong();
        }
        if (stream->request.size() < end + 4 + bodyLength)
            return;
        stream->responding = true;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                      + QByteArray::number(m_bodySize)
                      + "\r\nContent-Disposition: attachment; filename=\"bench.zip\"\r\n"
                        "Connection: close\r\n\r\n");
        pump();
    });
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    if (ssl)
        connect(ssl, &QSslSocket::encryptedBytesWritten, socket, pump);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace re::bench
