#include "explorerapp.h"

#include "wizards/actioncontroller.h"
#include "downloads/savecontroller.h"

#include "common/logging.h"
#include "dialogs/connectdialog.h"
#include "model/browseroles.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "prompter.h"

namespace re::ui {

ExplorerApp::ExplorerApp(ProfileStore *profiles, CredentialStore *credentials, Prompter &prompter,
                         QObject *parent)
    : QObject(parent),
      m_profiles(profiles),
      m_credentials(credentials),
      m_prompter(prompter),
      m_connection(profiles, credentials, prompter),
      m_window(prompter)
{
    m_connection.setDialogParent(&m_window);
    m_window.actionController()->setCredentialStore(credentials);
    connect(&m_connection, &ConnectionController::connected, this, &ExplorerApp::onConnected);
    connect(&m_connection, &ConnectionController::failed, this, &ExplorerApp::onFailed);
    connect(&m_connection, &ConnectionController::loginRequired, this, &ExplorerApp::onLoginRequired);
    connect(&m_window, &MainWindow::connectRequested, this, [this] { showConnectDialog(); });
    connect(&m_window, &MainWindow::disconnectRequested, this, &ExplorerApp::disconnectFromServer);
}

ExplorerApp::~ExplorerApp()
{
    // The window's models use the connection's source: they go first.
    m_window.detach();
    delete m_connectDialog;
}

void ExplorerApp::showConnectDialog(const QUuid &profileId)
{
    if (!m_profiles) {
        qCWarning(lcUi) << "no profile store: the connect dialog is not available";
        return;
    }
    if (!m_connectDialog) {
        auto *dialog = new ConnectDialog(*m_profiles, m_prompter, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_connectDialog = dialog;
        connect(dialog, &ConnectDialog::connectRequested, this,
                [this](const ServerProfile &profile, const QString &password) {
                    m_window.detach();
                    m_connection.connectTo(profile, password);
                });
        connect(dialog, &QDialog::rejected, this, [this] { m_connection.cancel(); });
        if (m_credentials) {
            dialog->setKeychainNotice(m_credentials->isPersistent() ? QString() : m_credentials->notice());
            connect(dialog, &ConnectDialog::rememberedPasswordWanted, this, [this, dialog](const QUuid &id) {
                m_credentials->readSecret(id, SecretKind::Password, dialog,
                                          [dialog, id](Result<std::optional<QString>, QString> secret) {
                                              if (secret && secret.value())
                                                  dialog->offerRememberedPassword(id, *secret.value());
                                          });
            });
            connect(dialog, &ConnectDialog::profileRemoved, this, [this](const QUuid &id) {
                m_credentials->removeAllSecrets(id, this, [](Result<void, QString> done) {
                    if (!done)
                        qCWarning(lcUi) << "could not remove the secrets of a removed profile:" << done.error();
                });
            });
        }
    }
    if (!profileId.isNull())
        m_connectDialog->selectProfile(profileId);
    m_connectDialog->open();
    m_connectDialog->raise();
    m_connectDialog->activateWindow();
}

void ExplorerApp::connectTemporary(const ServerProfile &profile, const QString &password)
{
    m_window.detach();
    m_connection.connectTo(profile, password, ConnectionController::Persistence::Temporary);
}

void ExplorerApp::onConnected()
{
    m_window.attach(m_connection.client(), m_connection.browseSource(), m_connection.profile());
    if (m_connectDialog) {
        m_connectDialog->setBusy(false);
        m_connectDialog->accept();
    }
    emit connected();
}

void ExplorerApp::onFailed(const QString &message)
{
    if (m_connectDialog && m_connectDialog->isVisible())
        m_connectDialog->connectionFailed(message);
    emit connectionFailed(message);
}

void ExplorerApp::onLoginRequired(const ApiError &error)
{
    m_prompter.warn(&m_window, tr("Log In Again"), tr("Your session on the server has ended."),
                    errorDisplayText(error));
    const QUuid id = m_connection.profile().id;
    m_window.detach();
    m_connection.disconnectFromServer();
    if (m_profiles && m_profiles->find(id))
        showConnectDialog(id);
}

void ExplorerApp::disconnectFromServer()
{
    if (!m_window.saveController()->confirmDisconnect(&m_window))
        return;
    m_window.detach();
    m_connection.disconnectFromServer();
}

} // namespace re::ui
