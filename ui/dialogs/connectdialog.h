#pragma once

#include "profiles/serverprofile.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace re {
class ProfileStore;
}

namespace re::ui {

class MessageBanner;
class Prompter;

// Picks, adds, edits and removes server profiles and asks for the password. It edits a draft
// ServerProfile; checks come from core (parseServerUrl, ServerProfile::validate). It never talks
// to the network: "Connect" saves the profile and emits connectRequested(); whoever connects
// answers with connectionFailed() (the dialog stays open, typed values kept) or accept().
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ProfileStore &profiles, Prompter &prompter, QWidget *parent = nullptr);

    // Shows the profile in the form (e.g. the last used one). A null id starts a new profile.
    void selectProfile(const QUuid &id);
    QUuid currentProfileId() const { return m_current.id; }

    // The profile and password of the last connect request.
    ServerProfile submittedProfile() const { return m_submitted; }
    QString password() const;

    // The password from the keychain, for the profile the user picked; ignored if the user has
    // picked another profile since, or has typed a password already.
    void offerRememberedPassword(const QUuid &profileId, const QString &password);
    // Shown under "Remember password" when the keychain cannot keep secrets.
    void setKeychainNotice(const QString &notice);

    void connectionFailed(const QString &message);
    void setBusy(bool busy, const QString &status = {});
    bool isBusy() const { return m_busy; }

    QString errorText() const;

signals:
    void connectRequested(const re::ServerProfile &profile, const QString &password);
    // The user picked a profile whose password is remembered: read it from the keychain.
    void rememberedPasswordWanted(const QUuid &profileId);
    // The profile is gone from the store; its secrets should go too.
    void profileRemoved(const QUuid &profileId);

private:
    struct DraftError
    {
        QString message;
        QWidget *field = nullptr;
    };

    void buildUi();
    void reloadProfileList(const QUuid &select);
    void showProfile(const ServerProfile &profile);
    void onProfileRowChanged(int row);
    void startNewProfile();
    void removeCurrentProfile();
    void submit();
    Result<ServerProfile, DraftError> draft() const;
    Result<ServerProfile, QString> save(const ServerProfile &draftProfile);
    void showError(const QString &message);

    ProfileStore &m_profiles;
    Prompter &m_prompter;
    ServerProfile m_current; // the stored profile being edited; null id = new
    ServerProfile m_submitted;
    bool m_busy = false;

    QListWidget *m_profileList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_server = nullptr;
    QComboBox *m_apiVersion = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    MessageBanner *m_keychainNotice = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace re::ui
