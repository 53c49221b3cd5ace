#pragma once

// The benchmark's own file server (`re-download-bench --serve`): answers every request with one
// generated body, streamed with back-pressure (toolchain.md §3) over HTTP or HTTPS. It runs as a
// separate process so the client under test and curl meet the same server under the same load.

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

namespace re::bench {

class BenchServer : public QObject
{
    Q_OBJECT

public:
    // tls: a configuration with certificate and key, or a null one for plain HTTP.
    BenchServer(qint64 bodySize, const QSslConfiguration &tls, QObject *parent = nullptr);

    // Listens on 127.0.0.1 at a free port; 0 on failure.
    quint16 listen();

private:
    void onConnection(QTcpSocket *socket);

    qint64 m_bodySize;
    bool m_tls;
    QTcpServer *m_server;
    QByteArray m_block; // the repeating body content
};

} // namespace re::bench
