#pragma once

#include "options.h"
#include "reply.h"
#include "request.h"
#include "requestlog.h"
#include "result.h"
#include "router.h"
#include "tokens.h"

#include <QAbstractHttpServer>
#include <QByteArray>

namespace vb365emu {

// The HTTP side of vb365-emulator. It dispatches on its own (QHttpServer 6.4 routes are case-sensitive):
// version prefix → fault flags → token endpoint → bearer check → route table.
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `router` holds the resource routes (see installApiRoutes); the server adds nothing to it.
    EmulatorServer(ServerOptions options, Router router, QObject *parent = nullptr);

    // Loads TLS material when asked for and listens on 127.0.0.1.
    Result<quint16> start();
    QString baseUrl() const { return m_baseUrl; }
    // Lower-case hex SHA-256 of the DER certificate; empty without TLS.
    QByteArray certificateSha256() const { return m_certificateSha256; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply answer(Request &request);
    std::optional<Reply> injectedFault(const Request &request) const;
    void send(QTcpSocket *socket, const Request &request, Reply reply);
    void deliver(QTcpSocket *socket, const Request &request, Reply reply);

    ServerOptions m_options;
    Router m_router;
    TokenStore m_tokens;
    RequestLog m_log;
    QString m_baseUrl;
    QByteArray m_certificateSha256;
    int m_dropsLeft;
};

} // namespace vb365emu
