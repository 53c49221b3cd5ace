#pragma once

#include "wizardpages.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;
class QWidget;

namespace re::ui {

// The account the backup server uses to write restored data: a user name and password, or a
// modern-auth device code (restoreDeviceCode, for tenants with MFA) where the server offers it; bulk
// OneDrive restores may name an on-premises account instead. The password is remembered only when
// the user asks, in the keychain (CredentialStore), under an entry of its own per server profile.
class CredentialsPage final : public DraftPage
{
    Q_OBJECT

public:
    enum class Mode { Password, DeviceCode, OnPremises };

    explicit CredentialsPage(ActionWizard *wizard);
    void initializePage() override;

    // Writes or removes the remembered account (after submission only).
    void persist();
    // The keychain entry's owner: derived from the profile so it never collides with the login password.
    static QUuid restoreAccountId(const QUuid &profileId);

private:
    Mode mode() const;
    void updateMode();
    void applyToDraft();
    void requestCode();

    QComboBox *m_mode = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_requestCode = nullptr;
    QLabel *m_code = nullptr;
    QString m_userCode;
    bool m_prefilled = false;
    bool m_wasRemembered = false;
};

} // namespace re::ui
