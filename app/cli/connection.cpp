#include "cli/connection.h"

#include "auth/tokenmanager.h"
#include "common/logging.h"

#include <QObject>

namespace re::cli {

Connection::Connection(const GlobalOptions &options, QTextStream &warnings)
    : m_options(options), m_warnings(warnings), m_client(options.server)
{
    m_client.setTrustStore(TrustStore(options.trustedFingerprint));
    QObject::connect(&m_client, &ApiClient::certificateDecisionRequired, &m_client,
                     [this](const CertificateInfo &info, const QUrl &) { m_untrustedCertificate = info; });
}

ApiVersion Connection::apiVersion() const
{
    return m_client.apiVersion().value_or(ApiVersion::V8);
}

CliResult<void> Connection::open(const QString &password)
{
    if (m_options.api) {
        m_client.setApiVersion(*m_options.api);
    } else {
        CliResult<ApiVersion> detected = detectVersion();
        if (!detected)
            return unexpected(detected.error());
        m_client.setApiVersion(detected.value());
    }
    qCInfo(lcCli).noquote() << "using API" << toString(apiVersion()) << "of" << m_options.server.toDisplayString();
    return logIn(password);
}

CliResult<ApiVersion> Connection::detectVersion()
{
    Result<ApiVersion, ApiError> detected = wait<ApiVersion>([this](auto done) {
        m_client.detectVersion(nullptr, std::move(done));
    });
    if (!detected)
        return unexpected(failure(detected.error()));
    return detected.value();
}

CliResult<void> Connection::logIn(const QString &password)
{
    TokenManager *tokens = m_client.tokens();
    Result<bool, ApiError> outcome = wait<bool>([this, tokens, &password](auto done) {
        // One of the two signals ends the login; the other connection dies with `guard`.
        auto *guard = new QObject(tokens);
        QObject::connect(tokens, &TokenManager::loggedIn, guard, [guard, done] {
            guard->deleteLater();
            done(true);
        });
        QObject::connect(tokens, &TokenManager::loginFailed, guard, [guard, done](const ApiError &error) {
            guard->deleteLater();
            done(unexpected(error));
        });
        m_client.login(m_options.user, password);
    });
    if (!outcome && outcome.error().kind == ApiError::Kind::NotFound) {
        // The token endpoint of a served prefix always exists: 404 means the prefix is not served.
        return fail(ExitCode::ServerError, Cli::tr("the server does not serve API %1 (HTTP 404 from %2); try --api auto")
                                               .arg(toString(apiVersion()), outcome.error().request));
    }
    if (!outcome)
        return unexpected(failure(outcome.error()));
    return {};
}

CliResult<RestoreSession> Connection::explore(const QString &organizationId, const ExploreOptions &options)
{
    Result<RestoreSession, ApiError> session = wait<RestoreSession>([this, &organizationId, &options](auto done) {
        m_client.explore(organizationId, options, nullptr, std::move(done));
    });
    if (!session)
        return unexpected(failure(session.error()));
    return std::move(session).value();
}

CliResult<void> Connection::stop(const QString &sessionId)
{
    Result<bool, ApiError> stopped = wait<bool>([this, &sessionId](auto done) {
        m_client.stopSession(sessionId, nullptr, [done](Result<void, ApiError> result) {
            if (result)
                done(true);
            else
                done(unexpected(result.error()));
        });
    });
    if (!stopped)
        return unexpected(failure(stopped.error()));
    return {};
}

CliError Connection::failure(const ApiError &error) const
{
    const ExitCode code = exitCodeFor(error.kind);
    if (error.kind == ApiError::Kind::Tls && !m_options.trustedFingerprint.isEmpty()) {
        return {code, Cli::tr("the certificate of %1 does not match --trust-fingerprint; someone may be intercepting "
                              "the connection, so restore-cli refuses to continue")
                          .arg(m_options.server.authority())};
    }
    // An unknown certificate: say exactly what to pass once the fingerprint has been checked.
    if (error.kind == ApiError::Kind::Tls && m_untrustedCertificate) {
        QStringList problems;
        for (const QString &problem : m_untrustedCertificate->problems) {
            QString text = oneLine(problem);
            while (text.endsWith(u'.'))
                text.chop(1);
            problems.append(text);
        }
        return {code, Cli::tr("the certificate of %1 is not trusted (%2); its SHA-256 fingerprint is %3 — if the "
                              "server's administrator confirms it, pass --trust-fingerprint %4")
                          .arg(m_options.server.authority(), problems.join(QStringLiteral("; ")),
                               TrustStore::formatFingerprint(m_untrustedCertificate->sha256Hex),
                               QString::fromLatin1(m_untrustedCertificate->sha256Hex))};
    }
    return {code, oneLine(error.message.isEmpty() ? error.serverMessage : error.message)};
}

} // namespace re::cli
