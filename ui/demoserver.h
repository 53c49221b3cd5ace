#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace re::ui {

// The demo mode's server: vb365-emulator as a child process with the demo tenant over HTTPS on a
// free port of 127.0.0.1. Reads its startup contract (docs/emulator.md: url, user, password,
// certificate-sha256, ready). The child ends with this object.
class DemoServer final : public QObject
{
    Q_OBJECT

public:
    struct Endpoint
    {
        QUrl url;
        QString user;
        QString password;
        QByteArray certificateSha256; // lower-case hex: pinned for this run only
    };

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // RE_EMULATOR, then <appdir>/../lib/restore-explorer/vb365-emulator, then `buildTreePath`.
    static Result<QString, QString> findEmulator(const QString &buildTreePath);

    // The emulator's command line. An installed emulator (packaging/) has its certificate and key
    // beside it (emulator-cert.pem, emulator-key.pem): they are passed explicitly, because the
    // emulator's built-in default names the build tree it was compiled in.
    static QStringList arguments(const QString &program);

    // Ends in ready() or failed().
    void start(const QString &program, int timeoutMs = 20000);
    void stop();
    const Endpoint &endpoint() const { return m_endpoint; }

signals:
    void ready(const re::ui::DemoServer::Endpoint &endpoint);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QProcess m_process;
    QByteArray m_buffer;
    Endpoint m_endpoint;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace re::ui
