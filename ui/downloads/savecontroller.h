#pragma once

#include "actions/requests.h"
#include "actions/restorelog.h"
#include "profiles/serverprofile.h"
#include "transfer/saveplan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QTreeView;

namespace re {
class ApiClient;
class DownloadJob;
class DownloadManager;
struct DownloadSnapshot;
} // namespace re

namespace re::ui {

class DownloadsPanel;
class Prompter;

// "Save to…" from the main window: turns the tree's current node or the item list's selection
// into downloads (core/transfer/saveplan.h: one download per selection where the API allows), asks
// for the folder, queues them on its DownloadManager and shows them in the downloads panel (a dock
// at the bottom of the window). Also runs the PST exports the wizards submit, tells the user when a
// long download ends (system tray message, else the panel's notice and the status bar), and asks
// before quitting while downloads are running.
class SaveController final : public QObject
{
    Q_OBJECT

public:
    // Picks the target folder; empty = cancelled. Default: QFileDialog::getExistingDirectory.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &title, const QString &startFolder)>;

    SaveController(QMainWindow &window, Prompter &prompter, QTreeView *tree, QAbstractItemView *items);
    ~SaveController() override;

    // The logged-in client downloads go through; null when disconnected (running downloads keep
    // going until they end: the client outlives them or they fail with a clear error). The profile
    // names user and server in the restore log.
    void setClient(ApiClient *client, const ServerProfile &profile = {});
    // Where every save and export is recorded when it ends (the wizards' restore log); none: unset.
    void setRestoreLog(std::function<const actions::RestoreLog *()> log) { m_log = std::move(log); }
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    // A download that takes at least this long is announced when it ends (default 10 s).
    void setNotifyAfterMs(qint64 ms) { m_notifyAfterMs = ms; }

    QAction *saveAction() const { return m_saveAction; }       // "Save to…" (Ctrl+S)
    // Adds "Save to…" to a context menu when there is something to save.
    void addToMenu(QMenu *menu) const;
    QAction *showPanelAction() const;                          // "Downloads" (Ctrl+J)
    DownloadManager *manager() const { return m_manager; }
    DownloadsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    // What "Save to…" would save now: the item list's selection when the list had the focus last,
    // else the tree's current node. Empty when that cannot be saved.
    QList<SaveSubject> currentSubjects() const;
    // Plans and queues the downloads of `subjects` after asking for a folder. False when nothing
    // was started (cancelled, refused with a message).
    bool saveSubjects(const QList<SaveSubject> &subjects, SaveFormat format = SaveFormat::Native);
    // A PST export the wizard submitted (ActionController::downloadRequested).
    bool startExport(const actions::ActionRequest &request, const actions::JournalContext &journal);

    int unfinishedCount() const;
    // Quit while downloads run: asks; on yes cancels them (their .part files go). True: go on quitting.
    bool confirmQuit(QWidget *parent);
    // The same before disconnecting: the downloads use the connection and would fail half-way.
    bool confirmDisconnect(QWidget *parent);

signals:
    // A long download ended (also shown in the tray or the status bar).
    void notified(const QString &title, const QString &text);

private:
    void updateAction();
    bool confirmCancellingDownloads(QWidget *parent, const QString &title, const QString &consequence);
    QString chooseFolder(const QString &title);
    DownloadJob *enqueue(const ActionTarget &target, ActionVerb verb, const QJsonObject &options,
                         const QString &folder, const QString &suggestedName, actions::ActionRequest action,
                         actions::JournalContext journal);
    actions::JournalContext journalHere() const;
    void record(const DownloadJob *job, const DownloadSnapshot &snapshot);
    void onJobFinished(DownloadJob *job);
    void notify(const QString &title, const QString &text);

    QMainWindow &m_window;
    Prompter &m_prompter;
    QPointer<QTreeView> m_tree;
    QPointer<QAbstractItemView> m_items;
    QPointer<ApiClient> m_client;
    DownloadManager *m_manager;
    DownloadsPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_saveAction;
    QSystemTrayIcon *m_tray = nullptr;
    FolderChooser m_chooseFolder;
    qint64 m_notifyAfterMs = 10000;
    bool m_itemsFocusedLast = false;
    ServerProfile m_profile;
    std::function<const actions::RestoreLog *()> m_log;
    // What each download is, for its restore log line.
    struct Record
    {
        actions::ActionRequest request;
        actions::JournalContext journal;
        QElapsedTimer clock;
        QDateTime started;
    };
    QHash<const DownloadJob *, Record> m_records;
};

} // namespace re::ui
