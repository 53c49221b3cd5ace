#pragma once

#include "actionoffers.h"
#include "actions/restorelog.h"
#include "profiles/serverprofile.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QPoint;

namespace re {
class ApiClient;
class CredentialStore;
} // namespace re

namespace re::ui {

class ActionWizard;
class MainWindow;
class RestoreLogDialog;
class RestoreRunDialog;

// Restore, copy, send and export from the main window: builds the offered actions for the tree's
// current node and the selected items (offeredActions), opens the wizard, runs what it submits and
// shows the restore log. The window hooks it in with a menu, a toolbar button and its context menus.
class ActionController final : public QObject
{
    Q_OBJECT

public:
    explicit ActionController(MainWindow &window);
    ~ActionController() override;

    void attach(ApiClient *client, const ServerProfile &profile);
    void detach();
    // Null: restore accounts cannot be remembered.
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }
    // Default: RestoreLog::defaultPath().
    void setRestoreLogPath(const QString &path);
    const actions::RestoreLog &restoreLog() const { return *m_log; }

    QMenu *menu() const { return m_menu; }           // "&Actions" for the menu bar and the toolbar button
    QAction *toolBarAction() const { return m_toolBarAction; }
    QAction *restoreLogAction() const { return m_restoreLogAction; }

    ActionContext treeContext(const QModelIndex &treeIndex) const;
    ActionContext itemContext() const; // the item list's selected rows
    // Appends the actions `context` offers (nothing when none); returns how many.
    int addActions(QMenu *menu, const ActionContext &context);
    void showItemContextMenu(const QPoint &position);

    ActionWizard *openWizard(ActionKind kind, const ActionContext &context);
    RestoreLogDialog *showRestoreLog();

signals:
    void wizardOpened(re::ui::ActionWizard *wizard);
    void runStarted(re::ui::RestoreRunDialog *dialog);
    void restoreLogOpened(re::ui::RestoreLogDialog *dialog);
    // PST exports produce a file: the downloads panel saves it (with the journal context for its log).
    void downloadRequested(const re::actions::ActionRequest &request, const re::actions::JournalContext &journal);

private:
    void rebuildMenu(QMenu *menu);
    void submit(ActionWizard *wizard);

    MainWindow &m_window;
    QPointer<ApiClient> m_client;
    ServerProfile m_profile;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<actions::RestoreLog> m_log;
    QMenu *m_menu = nullptr;
    QMenu *m_toolBarMenu = nullptr;
    QAction *m_toolBarAction = nullptr;
    QAction *m_restoreLogAction = nullptr;
};

} // namespace re::ui
