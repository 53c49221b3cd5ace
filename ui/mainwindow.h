#pragma once

#include "api/dialect.h"
#include "profiles/serverprofile.h"
#include "resources/restoresession.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndex>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTreeView;
class QPushButton;

namespace re {
class ApiClient;
class BackupTreeModel;
class BrowseSource;
class ItemFilterProxyModel;
class ItemListModel;
struct ApiError;
struct Organization;
} // namespace re

namespace re::ui {

class ActionController;
class FindBox;
class ItemSearchBar;
class SearchController;
class SaveController;
class MessageBanner;
class Prompter;
class SessionListDialog;

// The explorer: the backup tree (BackupTreeModel) on the left, the items of the selected folder
// (ItemListModel through ItemFilterProxyModel) and a details pane on the right. It knows a server
// only through attach(); connecting is the composition root's job (connectRequested()).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the server behind `client` (logged in) and `source`. Both must outlive the attachment:
    // call detach() before destroying them.
    void attach(ApiClient *client, BrowseSource *source, const ServerProfile &profile);
    void detach();
    bool isAttached() const { return m_client != nullptr; }

    // Adds a restore session to the tree (below its organization when that is loaded). Sessions
    // opened by this window are offered to be stopped on quit.
    QModelIndex addSession(const RestoreSession &session, bool openedHere);
    QStringList sessionsOpenedHere() const { return m_openedHere.keys(); }

    QTreeView *treeView() const { return m_tree; }
    FindBox *findBox() const { return m_findBox; }
    ItemSearchBar *itemSearchBar() const { return m_itemSearch; }
    SearchController *searchController() const { return m_search; }
    QTableView *itemView() const { return m_items; }
    QTextBrowser *detailsView() const { return m_details; }
    BackupTreeModel *treeModel() const { return m_treeModel.get(); }
    ItemListModel *itemModel() const { return m_itemModel.get(); }
    QString statusText() const;
    // Restore/copy/send/export wizards and the restore log (ui/wizards).
    ActionController *actionController() const { return m_actionController; }
    SaveController *saveController() const { return m_saves; }

    // Opens the explore dialog for an organization (the tree's current one if none is given).
    void explore(const QModelIndex &organization = {});
    // Stop a session without asking (the dialogs and quit already asked).
    void stopSession(const QString &sessionId, std::function<void(bool stopped)> done = {});

signals:
    void connectRequested();
    void disconnectRequested();
    // An explore dialog opened (screenshots and tests reach it here).
    void exploreDialogOpened(QDialog *dialog);
    void sessionListOpened(QDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void restoreLayout();
    void saveLayout() const;
    void updateActions();
    void updateStatus();
    void onTreeCurrentChanged(const QModelIndex &current);
    void onItemCurrentChanged(const QModelIndex &current);
    void onItemStateChanged();
    void applyColumnLayout();
    void showTreeContextMenu(const QPoint &position);
    void openExploreDialog(const Organization &organization);
    void reattach();
    void stopCurrentSession();
    void refresh();
    void retry();
    void showSessionEvents(const QModelIndex &sessionIndex);
    QModelIndex currentTreeIndex() const;
    QModelIndex ancestorOfKind(QModelIndex index, int nodeKind) const;
    QModelIndex organizationNamed(const QString &name) const;
    void showAbout();
    // Quit: offers to stop the sessions this window opened. True when closing may go on now.
    bool confirmQuit();

    Prompter &m_prompter;
    ActionController *m_actionController = nullptr;
    SaveController *m_saves = nullptr; // "Save to…" and the downloads panel (ui/downloads)
    ApiClient *m_client = nullptr; // attach(): outlives the attachment
    ServerProfile m_profile;
    std::unique_ptr<BackupTreeModel> m_treeModel;
    std::unique_ptr<ItemListModel> m_itemModel;
    std::unique_ptr<ItemFilterProxyModel> m_itemProxy;
    QHash<QString, RestoreSession> m_openedHere;
    quint64 m_detailsGeneration = 0; // replies for an earlier selection are dropped
    bool m_closeConfirmed = false;
    bool m_stoppingForQuit = false;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_items = nullptr;
    QLineEdit *m_filter = nullptr;
    FindBox *m_findBox = nullptr;          // find a mailbox/OneDrive above the tree (ui/search)
    ItemSearchBar *m_itemSearch = nullptr; // server-side item search above the list
    SearchController *m_search = nullptr;
    QAction *m_findNodeAction = nullptr;
    QAction *m_searchItemsAction = nullptr;
    MessageBanner *m_listBanner = nullptr;
    QPushButton *m_listRetry = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_serverStatus = nullptr;
    QLabel *m_versionStatus = nullptr;
    QLabel *m_sessionStatus = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_exploreAction = nullptr;
    QAction *m_reattachAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace re::ui
