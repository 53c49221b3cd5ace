#include "emulatorserver.h"

#include <QFile>
#include <QJsonObject>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include "transport.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcEmuServer, "vb365emu.server", QtWarningMsg)

namespace vb365emu {

namespace {

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

// Deliberately truncated JSON for --malformed.
const QByteArray kBrokenJson = QByteArrayLiteral("{\"offset\": 0, \"limit\": 30, \"results\": [{\"id\": \"");

} // namespace

EmulatorServer::EmulatorServer(ServerOptions options, Router router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_router(std::move(router))
    , m_tokens(m_options.tokenLifetimeSeconds)
    , m_dropsLeft(m_options.dropCount)
{
}

Result<quint16> EmulatorServer::start()
{
    if (!m_options.logPath.isEmpty()) {
        Result<bool> opened = m_log.open(m_options.logPath);
        if (!opened)
            return fail(opened.error());
    }
    if (m_options.tls) {
        Result<QByteArray> pem = readFile(m_options.certificatePath, QStringLiteral("certificate"));
        if (!pem)
            return fail(pem.error());
        Result<QByteArray> keyPem = readFile(m_options.keyPath, QStringLiteral("private key"));
        if (!keyPem)
            return fail(keyPem.error());
        const QSslCertificate certificate(*pem, QSsl::Pem);
        if (certificate.isNull())
            return fail(QStringLiteral("%1 holds no PEM certificate").arg(m_options.certificatePath));
        QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(QStringLiteral("%1 holds no unencrypted PEM RSA or EC key").arg(m_options.keyPath));
        sslSetup(certificate, key);
        m_certificateSha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    }
    const quint16 port = listen(QHostAddress::LocalHost, m_options.port);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port));
    m_baseUrl = QStringLiteral("%1://127.0.0.1:%2").arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port);
    return port;
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &http, QTcpSocket *socket)
{
    Request request = requestFromHttp(http, m_baseUrl);
    request.strict = m_options.strict;
    Reply reply = answer(request);
    send(socket, request, std::move(reply));
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &http, QTcpSocket *socket)
{
    // handleRequest answers every request; this only runs if Qt calls it anyway.
    send(socket, requestFromHttp(http, m_baseUrl), Reply::message(404, QStringLiteral("Not found.")));
}

std::optional<Reply> EmulatorServer::injectedFault(const Request &request) const
{
    for (const FailRule &rule : m_options.failRules) {
        if (rule.pattern.matches(request.method, request.path))
            return rule.message.isEmpty() ? Reply::empty(rule.status) : Reply::message(rule.status, rule.message);
    }
    for (const RequestPattern &pattern : m_options.malformed) {
        if (pattern.matches(request.method, request.path))
            return Reply::raw(200, QByteArrayLiteral("application/json; charset=utf-8"), kBrokenJson);
    }
    for (const RequestPattern &pattern : m_options.wrongShape) {
        if (pattern.matches(request.method, request.path))
            return Reply::json(QJsonObject{{QStringLiteral("unexpected"), true}});
    }
    return std::nullopt;
}

Reply EmulatorServer::answer(Request &request)
{
    if (request.segments.isEmpty())
        return Reply::message(404, QStringLiteral("No API version in the path."));
    const std::optional<ApiVersion> version = versionFromPrefix(request.segments.first());
    if (!version || !m_options.versions.contains(*version))
        return Reply::message(404, QStringLiteral("The API version '%1' is not served.").arg(request.segments.first()));
    request.version = *version;
    if (std::optional<Reply> fault = injectedFault(request))
        return std::move(*fault);

    const QStringList below = request.segments.mid(1);
    const QString first = below.value(0).toLower();
    if (first == QLatin1String("token") && request.method == QLatin1String("POST")) {
        if (below.size() == 1)
            return answerTokenRequest(request, m_tokens, m_options);
        if (below.size() == 2 && below[1].toLower() == QLatin1String("logout") && request.version >= ApiVersion::V7)
            return Reply::empty(request.version == ApiVersion::V8 ? 204 : 200);
    }
    if (!m_tokens.accepts(request.authorization))
        return Reply::message(401, QStringLiteral("Authorization has been denied for this request."));
    if (std::optional<Reply> routed = m_router.dispatch(request, below))
        return std::move(*routed);
    return Reply::message(404, QStringLiteral("No resource matches %1 %2.").arg(request.method, request.path));
}

void EmulatorServer::send(QTcpSocket *socket, const Request &request, Reply reply)
{
    int delayMs = m_options.latencyMs + (reply.isDownload() ? m_options.firstByteDelayMs : 0);
    for (const DelayRule &rule : m_options.delays) {
        if (rule.pattern.matches(request.method, request.path)) {
            delayMs += rule.delayMs;
            break;
        }
    }
    if (delayMs <= 0) {
        deliver(socket, request, std::move(reply));
        return;
    }
    // The timer dies with the socket, so a client that gave up cancels its answer. Precise: a coarse
    // timer may fire up to 5% early, and tests rely on the delay being at least what was asked for.
    auto pending = std::make_shared<Reply>(std::move(reply));
    QTimer::singleShot(delayMs, Qt::PreciseTimer, socket,
                       [this, socket, request, pending] { deliver(socket, request, std::move(*pending)); });
}

void EmulatorServer::deliver(QTcpSocket *socket, const Request &request, Reply reply)
{
    m_log.record(request, reply.status);
    // Method, path and status only: queries and bodies may hold secrets (the request log masks them).
    qCDebug(lcEmuServer).noquote() << request.method << request.path << "->" << reply.status;
    const bool headOnly = request.method == QLatin1String("HEAD");
    if (!reply.isDownload()) {
        const bool cut = std::any_of(m_options.dropJson.cbegin(), m_options.dropJson.cend(),
                                     [&request](const RequestPattern &p) { return p.matches(request.method, request.path); });
        if (cut && !reply.body.isEmpty())
            Transport::sendCutOff(socket, reply);
        else
            Transport::sendSimple(socket, reply, headOnly);
        return;
    }
    if (!m_options.downloadName.isEmpty())
        reply.fileName = m_options.downloadName;
    DownloadShape shape;
    shape.withoutContentLength = m_options.noContentLength;
    if (m_options.dropAfterBytes && m_dropsLeft > 0) {
        shape.dropAfterBytes = m_options.dropAfterBytes;
        --m_dropsLeft;
    }
    Transport::sendDownload(socket, std::move(reply), shape, headOnly);
}

} // namespace vb365emu
