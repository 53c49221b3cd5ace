// vb365-emulator: plays a Veeam Backup for Microsoft 365 REST server for tests and the demo mode.
// Startup contract (parsed by tests/support/emulator_process.cpp and the client's demo mode):
//   vb365-emulator: serving API v5, v6, v7, v8 with tenant demo
//   url: http://127.0.0.1:PORT
//   user: helpdesk
//   password: demo
//   certificate-sha256: <hex>          (only with --tls)
//   ready

#include "apiroutes.h"
#include "emulatorserver.h"
#include "options.h"

#include "sessions.h"
#include "tenant.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace vb365emu;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vb365-emulator"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    Result<ServerOptions> parsed = parseServerOptions(QCoreApplication::arguments());
    if (!parsed) {
        err << "vb365-emulator: " << parsed.error() << Qt::endl;
        return 2;
    }
    ServerOptions options = *parsed;
    if (!options.helpText.isEmpty()) {
        out << options.helpText << Qt::endl;
        return 0;
    }
    if (options.tls && options.certificatePath.isEmpty()) {
        options.certificatePath = QStringLiteral(VB365_EMU_DEFAULT_CERT);
        options.keyPath = QStringLiteral(VB365_EMU_DEFAULT_KEY);
    }

    const std::optional<TenantKind> kind = tenantKindFromName(options.tenant);
    if (!kind) {
        err << "vb365-emulator: unknown tenant " << options.tenant << Qt::endl;
        return 2;
    }
    RestoreSessionStore sessions{Tenant(*kind, options.seed)};
    ApiRoutes routes(sessions, options.user, ActionSettings{options.restoreDurationMs, options.mailConfigured, !options.noOutlook});
    EmulatorServer server(options, routes.router());
    const Result<quint16> port = server.start();
    if (!port) {
        err << "vb365-emulator: " << port.error() << Qt::endl;
        return 1;
    }

    QStringList served;
    for (const ApiVersion version : options.versions)
        served.append(versionPrefix(version));
    out << "vb365-emulator: serving API " << served.join(QStringLiteral(", ")) << " with tenant " << options.tenant << '\n'
        << "url: " << server.baseUrl() << '\n'
        << "user: " << options.user << '\n'
        << "password: " << options.password << '\n'; // demo credentials the emulator itself invented or was given
    if (options.tls)
        out << "certificate-sha256: " << QString::fromLatin1(server.certificateSha256()) << '\n';
    out << "ready" << Qt::endl;
    return QCoreApplication::exec();
}
