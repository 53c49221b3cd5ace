#include "connectioncontroller.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "common/logging.h"
#include "model/apibrowsesource.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "model/browseroles.h"
#include "prompter.h"

namespace re::ui {

ConnectionController::ConnectionController(ProfileStore *profiles, CredentialStore *credentials,
                                           Prompter &prompter, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_credentials(credentials), m_prompter(prompter)
{}

ConnectionController::~ConnectionController()
{
    // The source refers to the client: it goes first.
    m_source.reset();
    m_client.reset();
}

bool ConnectionController::isConnected() const
{
    return !m_connecting && m_client && m_client->tokens()->isLoggedIn();
}

void ConnectionController::resetClient()
{
    const bool wasConnected = isConnected();
    m_source.reset();
    m_client.reset();
    m_pendingCertificate.reset();
    if (wasConnected)
        emit disconnected();
}

void ConnectionController::connectTo(const ServerProfile &profile, const QString &password,
                                     Persistence persistence)
{
    resetClient();
    m_persistence = persistence;
    m_profile = profile;
    m_password = password;
    m_connecting = true;
    qCInfo(lcUi) << "connecting to" << profile.serverUrl.toDisplayString() << "as" << profile.userName;

    m_client = std::make_unique<ApiClient>(profile.serverUrl);
    m_client->setTrustStore(TrustStore(profile.pinnedSha256));
    connect(m_client.get(), &ApiClient::certificateDecisionRequired, this,
            [this](const CertificateInfo &info) { m_pendingCertificate = info; });
    connect(m_client.get(), &ApiClient::loginRequired, this, &ConnectionController::loginRequired);
    connect(m_client->tokens(), &TokenManager::loggedIn, this, &ConnectionController::onLoggedIn);
    connect(m_client->tokens(), &TokenManager::loginFailed, this, [this](const ApiError &error) {
        if (!m_connecting)
            return;
        if (trustedAfterAsking(error))
            logIn();
        else
            fail(error);
    });
    chooseVersion();
}

void ConnectionController::chooseVersion()
{
    if (m_profile.apiVersion) {
        m_client->setApiVersion(*m_profile.apiVersion);
        logIn();
        return;
    }
    m_client->detectVersion(this, [this](Result<ApiVersion, ApiError> version) {
        if (!m_connecting)
            return;
        if (!version) {
            if (trustedAfterAsking(version.error()))
                chooseVersion();
            else
                fail(version.error());
            return;
        }
        qCInfo(lcUi) << "server speaks" << toString(version.value());
        m_profile.lastDetectedVersion = version.value();
        m_client->setApiVersion(version.value());
        logIn();
    });
}

void ConnectionController::logIn()
{
    m_client->login(m_profile.userName, m_password);
}

bool ConnectionController::trustedAfterAsking(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Tls || !m_pendingCertificate)
        return false;
    const CertificateInfo info = *std::exchange(m_pendingCertificate, std::nullopt);
    if (!m_prompter.trustCertificate(m_dialogParent, m_profile.title(), info))
        return false;
    qCInfo(lcTls) << "user trusted certificate" << info.sha256Hex << "for" << m_profile.title();
    m_client->trustStore().pin(info.sha256Hex);
    m_profile.pinnedSha256 = info.sha256Hex;
    saveProfile();
    return true;
}

void ConnectionController::onLoggedIn()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    saveProfile();
    if (m_profiles && m_persistence == Persistence::Saved) {
        const auto marked = m_profiles->setLastUsed(m_profile.id);
        if (!marked)
            qCWarning(lcUi) << "could not remember the last used profile:" << marked.error();
    }
    rememberPassword();
    m_password.clear();
    m_source = makeModelSource(m_client.get());
    qCInfo(lcUi) << "logged in to" << m_profile.title();
    emit connected();
}

void ConnectionController::rememberPassword()
{
    if (!m_credentials || m_persistence == Persistence::Temporary)
        return;
    const auto logFailure = [](Result<void, QString> done) {
        if (!done)
            qCWarning(lcUi) << "keychain:" << done.error();
    };
    if (m_profile.rememberPassword)
        m_credentials->writeSecret(m_profile.id, SecretKind::Password, m_password, this, logFailure);
    else
        m_credentials->removeSecret(m_profile.id, SecretKind::Password, this, logFailure);
}

void ConnectionController::saveProfile()
{
    if (!m_profiles || m_persistence == Persistence::Temporary || !m_profiles->find(m_profile.id))
        return;
    const auto saved = m_profiles->update(m_profile);
    if (!saved)
        qCWarning(lcUi) << "could not save profile" << m_profile.title() << ":" << saved.error();
}

void ConnectionController::fail(const ApiError &error)
{
    m_connecting = false;
    m_password.clear();
    qCInfo(lcUi) << "connection failed:" << error.message;
    // Destroyed later: this may run inside one of the client's own callbacks.
    if (m_client)
        m_client.release()->deleteLater();
    m_pendingCertificate.reset();
    emit failed(errorDisplayText(error));
}

void ConnectionController::cancel()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    m_password.clear();
    if (m_client)
        m_client.release()->deleteLater();
}

void ConnectionController::disconnectFromServer()
{
    cancel();
    resetClient();
}

} // namespace re::ui
