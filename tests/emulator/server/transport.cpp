#include "transport.h"

#include <QSslSocket>

namespace vb365emu {

namespace {

constexpr qint64 kReadChunk = 256 * 1024;
constexpr qint64 kHighWaterMark = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

void Transport::writeHead(QTcpSocket *socket, int status, const HeaderList &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
}

void Transport::sendSimple(QTcpSocket *socket, const Reply &reply, bool headOnly)
{
    HeaderList headers;
    if (!reply.contentType.isEmpty())
        headers.emplace_back("Content-Type", reply.contentType);
    // 204 carries no Content-Length by RFC 9110; everything else states its length.
    if (reply.status != 204)
        headers.emplace_back("Content-Length", QByteArray::number(reply.body.size()));
    writeHead(socket, reply.status, headers);
    if (!headOnly && reply.status != 204)
        socket->write(reply.body);
    // Out now, not when the event loop next comes round: with a second request already waiting on
    // another connection, this answer would otherwise sit queued until that one has been built too.
    socket->flush();
}

void Transport::sendCutOff(QTcpSocket *socket, const Reply &reply)
{
    HeaderList headers;
    if (!reply.contentType.isEmpty())
        headers.emplace_back("Content-Type", reply.contentType);
    headers.emplace_back("Content-Length", QByteArray::number(reply.body.size()));
    writeHead(socket, reply.status, headers);
    socket->write(reply.body.left(reply.body.size() / 2));
    socket->disconnectFromHost(); // flushes what is queued, then closes
}

void Transport::sendDownload(QTcpSocket *socket, Reply reply, const DownloadShape &shape, bool headOnly)
{
    const qint64 size = reply.download->size();
    HeaderList headers{{"Content-Type", reply.contentType}};
    if (!reply.fileName.isEmpty()) {
        QByteArray ascii;
        for (const QChar c : reply.fileName)
            ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"')) ? char(c.unicode()) : '_';
        headers.emplace_back("Content-Disposition", "attachment; filename=\"" + ascii + '"');
    }
    if (shape.withoutContentLength)
        headers.emplace_back("Connection", "close");
    else
        headers.emplace_back("Content-Length", QByteArray::number(size));
    writeHead(socket, 200, headers);
    if (headOnly)
        return;
    const bool dropping = shape.dropAfterBytes && *shape.dropAfterBytes < size;
    const qint64 limit = dropping ? *shape.dropAfterBytes : size;
    auto *pump = new DownloadPump(socket, std::move(reply.download), limit, dropping || shape.withoutContentLength);
    pump->start();
}

DownloadPump::DownloadPump(QTcpSocket *socket, std::unique_ptr<QIODevice> source, qint64 byteLimit, bool closeAtEnd)
    : QObject(socket), m_socket(socket), m_source(std::move(source)), m_remaining(byteLimit), m_closeAtEnd(closeAtEnd)
{
}

void DownloadPump::start()
{
    connect(m_socket, &QIODevice::bytesWritten, this, &DownloadPump::pump);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &DownloadPump::pump);
    pump();
}

qint64 DownloadPump::pendingBytes() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.data());
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void DownloadPump::pump()
{
    if (m_finished || !m_socket)
        return;
    bool sourceExhausted = false;
    while (m_remaining > 0 && pendingBytes() < kHighWaterMark) {
        const QByteArray chunk = m_source->read(std::min(kReadChunk, m_remaining));
        if (chunk.isEmpty()) {
            sourceExhausted = true;
            break;
        }
        m_socket->write(chunk);
        m_remaining -= chunk.size();
    }
    if (sourceExhausted && m_remaining > 0)
        m_closeAtEnd = true; // a short source must not pass for a whole body: close so the client notices
    if (m_remaining <= 0 || sourceExhausted)
        finish();
}

void DownloadPump::finish()
{
    m_finished = true;
    m_source.reset();
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_closeAtEnd && m_socket)
        m_socket->disconnectFromHost(); // flushes what is queued, then closes
    deleteLater();
}

} // namespace vb365emu
