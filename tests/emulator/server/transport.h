#pragma once

#include "reply.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <optional>

namespace vb365emu {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// How a download leaves the emulator; the fault flags shape it.
struct DownloadShape
{
    std::optional<qint64> dropAfterBytes; // close the connection after this many body bytes
    bool withoutContentLength = false;    // no length; closing the connection ends the body
};

// Writes replies straight to the socket. Bodies of downloads are pumped with a high-water mark on the
// socket's (and TLS's encrypted) write queue: QtHttpServer 6.4's write(QIODevice*) has no back-pressure
// and buffers whole files for slow clients (toolchain.md §3).
class Transport
{
public:
    static void writeHead(QTcpSocket *socket, int status, const HeaderList &headers);
    // Sends a small reply; HEAD requests get the headers only.
    static void sendSimple(QTcpSocket *socket, const Reply &reply, bool headOnly);
    // --drop-json: announces the whole body, sends the first half and closes the connection.
    static void sendCutOff(QTcpSocket *socket, const Reply &reply);
    // Streams `reply.download`, shaped by the download fault flags.
    static void sendDownload(QTcpSocket *socket, Reply reply, const DownloadShape &shape, bool headOnly);
};

class DownloadPump : public QObject
{
    Q_OBJECT
public:
    DownloadPump(QTcpSocket *socket, std::unique_ptr<QIODevice> source, qint64 byteLimit, bool closeAtEnd);
    void start();

private:
    void pump();
    void finish();
    qint64 pendingBytes() const;

    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<QIODevice> m_source;
    qint64 m_remaining; // bytes still to send (body length or the drop limit)
    bool m_closeAtEnd;
    bool m_finished = false;
};

} // namespace vb365emu
