#pragma once

#include "api/apierror.h"
#include "profiles/serverprofile.h"
#include "tls/truststore.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace re {
class ApiClient;
class BrowseSource;
class CredentialStore;
class ProfileStore;
} // namespace re

namespace re::ui {

class Prompter;

// Turns a profile and a password into a logged-in ApiClient: picks or detects the API version,
// asks the user about an untrusted certificate (pinning it in the profile when trusted), logs in,
// and keeps the password in the keychain only when the profile says so. Failures end in failed()
// with one readable sentence; nothing here shows a window of its own except through the Prompter.
class ConnectionController final : public QObject
{
    Q_OBJECT

public:
    // `profiles` may be null: profiles are then not saved (the demo's temporary profile).
    // `credentials` may be null: passwords are then never remembered.
    ConnectionController(ProfileStore *profiles, CredentialStore *credentials, Prompter &prompter,
                         QObject *parent = nullptr);
    ~ConnectionController() override;

    // Parent for the trust question.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Saved: the profile (pin, detected version, last used) and, when asked, the password are
    // kept. Temporary: nothing outlives this run (the demo's profile).
    enum class Persistence { Saved, Temporary };

    // Drops any current connection and starts a new one. Ends in connected() or failed().
    void connectTo(const ServerProfile &profile, const QString &password,
                   Persistence persistence = Persistence::Saved);
    void cancel();
    void disconnectFromServer();

    bool isConnecting() const { return m_connecting; }
    bool isConnected() const;
    ApiClient *client() const { return m_client.get(); }
    BrowseSource *browseSource() const { return m_source.get(); }
    const ServerProfile &profile() const { return m_profile; }

signals:
    void connected();
    void failed(const QString &message);
    void disconnected();
    // The server ended the session (refresh refused): log in again.
    void loginRequired(const re::ApiError &error);

private:
    void resetClient();
    void chooseVersion();
    void logIn();
    void onLoggedIn();
    // True when the failure was an unknown certificate the user now trusts: the step is re-run.
    bool trustedAfterAsking(const ApiError &error);
    void fail(const ApiError &error);
    void saveProfile();
    void rememberPassword();

    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    Prompter &m_prompter;
    QPointer<QWidget> m_dialogParent;

    ServerProfile m_profile;
    QString m_password; // only while connecting: cleared once logged in or failed
    bool m_connecting = false;
    Persistence m_persistence = Persistence::Saved;
    std::optional<CertificateInfo> m_pendingCertificate;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BrowseSource> m_source;
};

} // namespace re::ui
