#pragma once

// A tiny HTTP/1.1 file server on loopback for the download tests: one request per connection,
// bodies generated on the fly (never held whole), with the faults downloads meet in the wild.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace re::test {

// The deterministic content of every generated body: a prefix (magic bytes) then a pattern whose
// period is not a power of two, so a shifted or repeated block never compares equal.
class BodyPattern
{
public:
    static constexpr qint64 kPeriod = 1024 * 1024 + 7;

    explicit BodyPattern(QByteArray prefix = {}) : m_prefix(std::move(prefix))
    {
        m_table.resize(kPeriod);
        quint32 x = 0x12345678u;
        for (qint64 i = 0; i < kPeriod; ++i) {
            x = x * 1664525u + 1013904223u;
            m_table[i] = static_cast<char>(x >> 24);
        }
    }

    // Bytes [offset, offset+length) of the body.
    void fill(qint64 offset, char *out, qint64 length) const
    {
        for (qint64 i = 0; i < length;) {
            const qint64 at = offset + i;
            if (at < m_prefix.size()) {
                out[i++] = m_prefix.at(at);
                continue;
            }
            const qint64 pos = at % kPeriod;
            const qint64 n = std::min(length - i, kPeriod - pos);
            std::copy_n(m_table.constData() + pos, n, out + i);
            i += n;
        }
    }

    QByteArray bytes(qint64 offset, qint64 length) const
    {
        QByteArray out(length, Qt::Uninitialized);
        fill(offset, out.data(), length);
        return out;
    }

private:
    QByteArray m_prefix;
    QByteArray m_table;
};

struct FakeResponse
{
    int status = 200;
    qint64 size = 0;              // generated body size (ignored when `body` is set)
    QByteArray magic;             // first bytes of the generated body
    QByteArray body;              // an explicit body (error JSON, …)
    bool sendContentLength = true;
    qint64 announcedLength = -1;  // >= 0: lie about Content-Length
    QByteArray contentDisposition;
    qint64 dropAfterBytes = -1;   // close the connection after this many body bytes
    qint64 stallAfterBytes = -1;  // stop sending (without closing) after this many body bytes
    int firstByteDelayMs = 0;     // wait before the status line
    bool acceptRanges = false;    // advertise and honour Range with If-Range
    QByteArray etag = "\"v1\"";
    qint64 wrongRangeShift = 0;   // answer a range request with a Content-Range start off by this
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class FakeDownloadServer : public QObject
{
    Q_OBJECT

public:
    // Decides the response for the n-th request (0-based).
    using Script = std::function<FakeResponse(int requestIndex, const RecordedRequest &request)>;

    explicit FakeDownloadServer(Script script, QObject *parent = nullptr)
        : QObject(parent)
        , m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeDownloadServer::onNewConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    // Every request gets the same response.
    static Script always(FakeResponse response)
    {
        return [response](int, const RecordedRequest &) { return response; };
    }

    QUrl url(const QString &path = QStringLiteral("/file")) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        u.setPath(path);
        return u;
    }
    bool isListening() const { return m_server.isListening(); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int maxConcurrentConnections() const { return m_maxConcurrent; }
    int openConnections() const { return m_open; }

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray inbox;
        bool responding = false;
        FakeResponse response;
        BodyPattern pattern;
        qint64 next = 0; // next body offset to send
        qint64 end = 0;  // body offset to stop at (exclusive)
        qint64 sent = 0; // body bytes sent
    };

    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto connection = std::make_shared<Connection>();
            connection->socket = socket;
            ++m_open;
            m_maxConcurrent = std::max(m_maxConcurrent, m_open);
            connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onRequestBytes(connection); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { pump(connection); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --m_open;
                socket->deleteLater();
            });
        }
    }

    void onRequestBytes(const std::shared_ptr<Connection> &c)
    {
        c->inbox += c->socket->readAll();
        if (c->responding)
            return;
        const qsizetype headerEnd = c->inbox.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = c->inbox.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 bodyLength = request.headers.value("content-length").toLongLong();
        if (c->inbox.size() < headerEnd + 4 + bodyLength)
            return;
        request.body = c->inbox.mid(headerEnd + 4, bodyLength);
        c->responding = true;
        const int index = static_cast<int>(m_requests.size());
        m_requests.append(request);
        c->response = m_script(index, request);
        const int delay = c->response.firstByteDelayMs;
        QPointer<QTcpSocket> socket = c->socket;
        QTimer::singleShot(delay, this, [this, c, socket, request] {
            if (socket)
                respond(c, request);
        });
    }

    void respond(const std::shared_ptr<Connection> &c, const RecordedRequest &request)
    {
        const FakeResponse &r = c->response;
        QByteArray head;
        qint64 total = r.body.isEmpty() ? r.size : r.body.size();
        c->pattern = BodyPattern(r.magic);
        c->next = 0;
        c->end = total;
        int status = r.status;
        QByteArray contentRange;
        const QByteArray range = request.headers.value("range");
        if (status == 200 && r.acceptRanges && range.startsWith("bytes=") && range.endsWith('-')
            && request.headers.value("if-range") == r.etag) {
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            if (from < total) {
                status = 206;
                c->next = from;
                contentRange = "bytes " + QByteArray::number(from + r.wrongRangeShift) + '-'
                    + QByteArray::number(total - 1) + '/' + QByteArray::number(total);
            }
        }
        head += "HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : " Error") + "\r\n";
        head += r.body.isEmpty() ? "Content-Type: application/octet-stream\r\n"
                                 : "Content-Type: application/json; charset=utf-8\r\n";
        if (r.sendContentLength) {
            const qint64 length = r.announcedLength >= 0 ? r.announcedLength : c->end - c->next;
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        if (!contentRange.isEmpty())
            head += "Content-Range: " + contentRange + "\r\n";
        if (r.acceptRanges)
            head += "Accept-Ranges: bytes\r\nETag: " + r.etag + "\r\n";
        if (!r.contentDisposition.isEmpty())
            head += "Content-Disposition: " + r.contentDisposition + "\r\n";
        head += "Connection: close\r\n\r\n";
        c->socket->write(head);
        pump(c);
    }

    void pump(const std::shared_ptr<Connection> &c)
    {
        if (!c->responding || !c->socket || c->socket->state() != QAbstractSocket::ConnectedState)
            return;
        constexpr qint64 kChunk = 256 * 1024;
        constexpr qint64 kHighWater = 1024 * 1024;
        const FakeResponse &r = c->response;
        while (c->socket->bytesToWrite() < kHighWater) {
            qint64 limit = c->end;
            if (r.dropAfterBytes >= 0)
                limit = std::min(limit, c->next + (r.dropAfterBytes - c->sent));
            if (r.stallAfterBytes >= 0)
                limit = std::min(limit, c->next + (r.stallAfterBytes - c->sent));
            const qint64 n = std::min(kChunk, limit - c->next);
            if (n <= 0) {
                const bool stalled = r.stallAfterBytes >= 0 && c->sent >= r.stallAfterBytes;
                if (!stalled)
                    c->socket->disconnectFromHost(); // after pending bytes: end of body, or the drop
                return;
            }
            if (r.body.isEmpty())
                c->socket->write(c->pattern.bytes(c->next, n));
            else
                c->socket->write(r.body.mid(c->next, n));
            c->next += n;
            c->sent += n;
        }
    }

    Script m_script;
    QTcpServer m_server;
    QList<RecordedRequest> m_requests;
    int m_open = 0;
    int m_maxConcurrent = 0;
};

// The fake on its own thread, so it serves as fast as a separate server process would (the
// client can then fall behind, which is what memory bounds are about).
class ThreadedFakeServer
{
public:
    explicit ThreadedFakeServer(FakeDownloadServer::Script script)
    {
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, script = std::move(script)] {
                m_server = new FakeDownloadServer(script);
                m_url = m_server->url();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ThreadedFakeServer()
    {
        QMetaObject::invokeMethod(&m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }

private:
    struct Anchor : QObject
    {
        explicit Anchor(QThread *thread) { moveToThread(thread); }
    };
    QThread m_thread;
    Anchor m_anchor{&m_thread};
    FakeDownloadServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace re::test
