#pragma once

#include "connectioncontroller.h"
#include "dialogs/connectdialog.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

namespace re {
class CredentialStore;
class ProfileStore;
} // namespace re

namespace re::ui {

class Prompter;

// Wires the main window, the connect dialog and the connection: what the composition root would
// otherwise do in main(). Dialogs open with open(), never exec(), so nothing here blocks a test.
class ExplorerApp final : public QObject
{
    Q_OBJECT

public:
    // `profiles` and `credentials` may be null (no saved profiles, no keychain).
    ExplorerApp(ProfileStore *profiles, CredentialStore *credentials, Prompter &prompter,
                QObject *parent = nullptr);
    ~ExplorerApp() override;

    MainWindow &window() { return m_window; }
    ConnectionController &connection() { return m_connection; }
    ConnectDialog *connectDialog() const { return m_connectDialog; }

    // Opens (or raises) the connect dialog with the profile selected (the last used when null).
    void showConnectDialog(const QUuid &profileId = {});
    // Connects with a profile that is never saved (the demo).
    void connectTemporary(const ServerProfile &profile, const QString &password);

signals:
    void connected();
    void connectionFailed(const QString &message);

private:
    void onConnected();
    void onFailed(const QString &message);
    void onLoginRequired(const ApiError &error);
    void disconnectFromServer();

    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    Prompter &m_prompter;
    ConnectionController m_connection;
    MainWindow m_window;
    QPointer<ConnectDialog> m_connectDialog;
};

} // namespace re::ui
