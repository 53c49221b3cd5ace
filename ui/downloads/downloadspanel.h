#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTableView;

namespace re {
class DownloadJob;
class DownloadManager;
} // namespace re

namespace re::ui {

class DownloadListModel;

// The downloads panel: every download with name, size, progress, speed, time left and state
// ("Preparing on server", "Retrying in 5 s …"), and what can be done with the selected one —
// cancel, retry, open its folder, open the file — plus clearing the ended ones. Keyboard: Delete
// cancels, Ctrl+Shift+R retries, Return opens the file, Ctrl+Shift+O its folder.
class DownloadsPanel final : public QWidget
{
    Q_OBJECT

public:
    // Opens a file or folder URL; the default is QDesktopServices::openUrl. Tests record instead.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit DownloadsPanel(DownloadManager *manager, QWidget *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }

    QTableView *view() const { return m_view; }
    DownloadListModel *model() const { return m_model; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *openFileAction() const { return m_openFile; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *clearAction() const { return m_clear; }

    // A line above the list (a finished export, a failure) when no system tray can show it.
    void showNotice(const QString &text);
    QString notice() const;

    // Selects the row of `job` (after a new download starts, so the keys act on it).
    void select(DownloadJob *job);

private:
    DownloadJob *currentJob() const;
    void updateActions();
    void openCurrent(bool folder);

    DownloadManager *m_manager;
    DownloadListModel *m_model;
    QTableView *m_view;
    QLabel *m_notice;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_openFile;
    QAction *m_openFolder;
    QAction *m_clear;
    UrlOpener m_open;
};

} // namespace re::ui
