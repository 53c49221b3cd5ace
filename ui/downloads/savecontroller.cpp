#include "savecontroller.h"

#include "downloadspanel.h"
#include "api/client/apiclient.h"
#include "common/logging.h"
#include "model/backuptreemodel.h"
#include "model/browseroles.h"
#include "model/itemlistmodel.h"
#include "prompter.h"
#include "transfer/apidownload.h"
#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTreeView>

namespace re::ui {

namespace {

using NodeKind = BackupTreeModel::NodeKind;

constexpr int kStatusMessageMs = 15000;
const QString kLastFolderKey = QStringLiteral("downloads/lastFolder");
// How many downloads run at once per server (DownloadManager's default: 3). A VB365 server builds
// every export in its temp folder first; more at once only slow each other down.
const QString kMaxPerServerKey = QStringLiteral("downloads/maxConcurrentPerServer");

// The tree nodes "Save to…" works on, as what they save.
std::optional<SaveSubject> subjectOfTreeNode(const QModelIndex &index)
{
    if (!index.isValid() || index.data(ErrorRole).isValid())
        return std::nullopt;
    SaveSubject subject;
    subject.ref = index.data(ResourceRefRole).value<ResourceRef>();
    subject.name = index.data(Qt::DisplayRole).toString();
    switch (static_cast<NodeKind>(index.data(NodeKindRole).toInt())) {
    case NodeKind::Mailbox:
    case NodeKind::MailFolder:
    case NodeKind::OneDrive:
    case NodeKind::OneDriveFolder:
        return subject;
    case NodeKind::MailboxGroup: // every mailbox of the session: the organization's PST
        subject.ref = ResourceRef{ResourceKind::SessionOrganization, {}, subject.ref.sessionId, {}, {}, {}};
        subject.name = index.parent().data(Qt::DisplayRole).toString();
        return subject.ref.sessionId.isEmpty() ? std::nullopt : std::optional<SaveSubject>(subject);
    default:
        return std::nullopt;
    }
}

std::optional<SaveSubject> subjectOfItemRow(const QModelIndex &row)
{
    SaveSubject subject;
    subject.ref = row.data(ResourceRefRole).value<ResourceRef>();
    if (subject.ref.id.isEmpty())
        return std::nullopt;
    const auto content = static_cast<ItemListModel::Content>(row.data(NodeKindRole).toInt());
    if (content == ItemListModel::Content::Mail) {
        subject.name = row.siblingAtColumn(ItemListModel::MailSubject).data().toString();
    } else {
        subject.name = row.siblingAtColumn(ItemListModel::DocumentName).data().toString();
        if (row.data(IsFolderRole).toBool()) // v7+ listings mix folders in
            subject.ref.kind = ResourceKind::OneDriveFolder;
    }
    return subject;
}

} // namespace

SaveController::SaveController(QMainWindow &window, Prompter &prompter, QTreeView *tree, QAbstractItemView *items)
    : QObject(&window)
    , m_window(window)
    , m_prompter(prompter)
    , m_tree(tree)
    , m_items(items)
    , m_manager(new DownloadManager(this))
    , m_panel(new DownloadsPanel(m_manager))
    , m_dock(new QDockWidget(tr("Downloads"), &window))
    , m_saveAction(new QAction(tr("&Save to…"), this))
    , m_chooseFolder([](QWidget *parent, const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(parent, title, start);
    })
{
    m_manager->setMaxConcurrentPerServer(
        QSettings().value(kMaxPerServerKey, DownloadManager::kDefaultMaxConcurrentPerServer).toInt());
    m_dock->setObjectName(QStringLiteral("downloadsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowDownloads"));
    toggle->setText(tr("&Downloads"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    toggle->setToolTip(tr("Show or hide the downloads (%1)").arg(toggle->shortcut().toString(QKeySequence::NativeText)));

    m_saveAction->setObjectName(QStringLiteral("actionSaveTo"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the selected files, folders, mail items or mailboxes to a folder on this computer"));
    m_saveAction->setToolTip(tr("Save to a folder (%1)").arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAction->setIcon(QIcon(QStringLiteral(":/icons/download.svg")));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        const QList<SaveSubject> subjects = currentSubjects();
        if (subjects.isEmpty()) {
            m_window.statusBar()->showMessage(
                tr("Select a mailbox, mail folder, mail items, a OneDrive, a folder or documents to save."), kStatusMessageMs);
            return;
        }
        saveSubjects(subjects);
    });

    // "Save to…" acts on the list when the list had the focus last, else on the tree.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        if (m_items && (now == m_items || m_items->isAncestorOf(now)))
            m_itemsFocusedLast = true;
        else if (m_tree && (now == m_tree || m_tree->isAncestorOf(now)))
            m_itemsFocusedLast = false;
    });
    updateAction();
}

SaveController::~SaveController() = default;

QAction *SaveController::showPanelAction() const
{
    return m_dock->toggleViewAction();
}

void SaveController::addToMenu(QMenu *menu) const
{
    if (currentSubjects().isEmpty())
        return;
    menu->addSeparator();
    menu->addAction(m_saveAction);
}

void SaveController::setClient(ApiClient *client, const ServerProfile &profile)
{
    m_client = client;
    m_profile = profile;
    updateAction();
}

void SaveController::updateAction()
{
    m_saveAction->setEnabled(m_client != nullptr);
}

QList<SaveSubject> SaveController::currentSubjects() const
{
    QList<SaveSubject> subjects;
    if (!m_client)
        return subjects;
    if (m_itemsFocusedLast && m_items && m_items->selectionModel()) {
        QModelIndexList rows = m_items->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &row : std::as_const(rows)) {
            if (const std::optional<SaveSubject> subject = subjectOfItemRow(row))
                subjects.append(*subject);
        }
        if (!subjects.isEmpty())
            return subjects;
    }
    if (m_tree) {
        if (const std::optional<SaveSubject> subject = subjectOfTreeNode(m_tree->currentIndex()))
            subjects.append(*subject);
    }
    return subjects;
}

QString SaveController::chooseFolder(const QString &title)
{
    QSettings settings;
    QString start = settings.value(kLastFolderKey).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString folder = m_chooseFolder(&m_window, title, start);
    if (QFileInfo(folder).isDir()) // only a real folder is offered again (the download says what is wrong with another)
        settings.setValue(kLastFolderKey, folder);
    return folder;
}

bool SaveController::saveSubjects(const QList<SaveSubject> &subjects, SaveFormat format)
{
    if (!m_client || !m_client->dialect() || subjects.isEmpty())
        return false;
    SavePlanOptions options;
    options.format = format;
    Result<QList<SavePlanEntry>, ApiError> plan = planSave(*m_client->dialect(), subjects, options);
    if (!plan) {
        m_prompter.warn(&m_window, tr("Save to"), tr("This cannot be saved."), plan.error().message);
        return false;
    }
    const QString title = subjects.size() == 1 ? tr("Save \"%1\" to").arg(subjects.constFirst().name)
                                               : tr("Save %n items to", nullptr, static_cast<int>(subjects.size()));
    const QString folder = chooseFolder(title);
    if (folder.isEmpty())
        return false;
    bool started = false; // true: some downloads of the plan run, even if a later one was refused
    for (const SavePlanEntry &entry : plan.value()) {
        actions::ActionRequest request;
        if (entry.verb == ActionVerb::ExportToPst)
            request = actions::ExportToPst{entry.target, {}, {}};
        else
            request = actions::Save{entry.target, entry.options.value(QStringLiteral("asZip")).toBool()};
        if (!enqueue(entry.target, entry.verb, entry.options, folder, entry.suggestedName, std::move(request),
                     journalHere()))
            return started;
        started = true;
    }
    return true;
}

bool SaveController::startExport(const actions::ActionRequest &request, const actions::JournalContext &journal)
{
    if (!m_client)
        return false;
    Result<actions::ActionCall, actions::ValidationError> call = actions::toCall(request);
    if (!call) {
        m_prompter.warn(&m_window, tr("Export to PST"), tr("The export cannot be started."), call.error().message);
        return false;
    }
    // The name of the node it was started from, when that is what it exports.
    QString name = tr("Export");
    if (m_tree && call->target.selectedIds.isEmpty()) {
        const ResourceRef current = m_tree->currentIndex().data(ResourceRefRole).value<ResourceRef>();
        if (current.kind == call->target.ref.kind && current.id == call->target.ref.id
            && current.containerId == call->target.ref.containerId)
            name = m_tree->currentIndex().data().toString();
    } else if (!call->target.selectedIds.isEmpty()) {
        name = tr("%n mail items", nullptr, static_cast<int>(call->target.selectedIds.size()));
    }
    const QString folder = chooseFolder(tr("Export \"%1\" to").arg(name));
    if (folder.isEmpty())
        return false;
    return enqueue(call->target, call->verb, call->options, folder, name + QStringLiteral(".pst"), request, journal)
        != nullptr;
}

DownloadJob *SaveController::enqueue(const ActionTarget &target, ActionVerb verb, const QJsonObject &options,
                                     const QString &folder, const QString &suggestedName,
                                     actions::ActionRequest action, actions::JournalContext journal)
{
    Result<DownloadRequest, ApiError> request = downloadRequestFor(m_client, target, verb, options, folder, suggestedName);
    if (!request) {
        m_prompter.warn(&m_window, tr("Save to"), tr("The download could not be started."), request.error().message);
        return nullptr;
    }
    DownloadJob *job = m_manager->enqueue(std::move(request).value());
    Record &record = m_records[job];
    record.request = std::move(action);
    record.journal = std::move(journal);
    record.clock.start();
    record.started = QDateTime::currentDateTimeUtc();
    connect(job, &DownloadJob::finished, this, [this, job] { onJobFinished(job); });
    connect(job, &QObject::destroyed, this, [this, job] { m_records.remove(job); });
    m_dock->show();
    m_dock->raise();
    m_panel->select(job);
    qCInfo(lcUi) << "download queued:" << suggestedName;
    return job;
}

void SaveController::onJobFinished(DownloadJob *job)
{
    const DownloadSnapshot s = job->snapshot();
    record(job, s);
    const auto found = m_records.constFind(job);
    const qint64 elapsed = found != m_records.constEnd() && found->clock.isValid() ? found->clock.elapsed() : 0;
    if (s.state == DownloadState::Finished) {
        if (elapsed >= m_notifyAfterMs || !m_window.isActiveWindow())
            notify(tr("Download finished"),
                   tr("\"%1\" was saved in %2.").arg(s.name, QDir::toNativeSeparators(QFileInfo(s.finalPath).absolutePath())));
        else
            m_window.statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(s.finalPath)), kStatusMessageMs);
    } else if (s.state == DownloadState::Failed) {
        notify(tr("Download failed"), tr("\"%1\" could not be saved: %2").arg(s.name, s.error.message));
    }
}

void SaveController::notify(const QString &title, const QString &text)
{
    emit notified(title, text);
    m_panel->showNotice(text);
    m_window.statusBar()->showMessage(text, kStatusMessageMs);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window.windowIcon(), this);
        m_tray->setToolTip(m_window.windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window.showNormal();
            m_window.activateWindow();
            m_dock->show();
        });
    }
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

actions::JournalContext SaveController::journalHere() const
{
    actions::JournalContext journal;
    journal.user = m_profile.userName;
    journal.server = m_profile.serverUrl.toString(QUrl::RemoveUserInfo);
    for (QModelIndex index = m_tree ? m_tree->currentIndex() : QModelIndex(); index.isValid(); index = index.parent()) {
        if (index.data(NodeKindRole).toInt() == static_cast<int>(NodeKind::Organization)) {
            journal.organization = index.data().toString();
            break;
        }
    }
    return journal;
}

// Saves and exports go into the restore log like restores: who took which data where, and when.
void SaveController::record(const DownloadJob *job, const DownloadSnapshot &snapshot)
{
    const auto found = m_records.constFind(job);
    const actions::RestoreLog *log = m_log ? m_log() : nullptr;
    if (found == m_records.constEnd() || !log)
        return;
    actions::RestoreOutcome outcome;
    outcome.started = found->started;
    outcome.finished = QDateTime::currentDateTimeUtc();
    switch (snapshot.state) {
    case DownloadState::Finished:
        outcome.result = Outcome::Success;
        outcome.message = tr("Saved as %1").arg(QDir::toNativeSeparators(snapshot.finalPath));
        break;
    case DownloadState::Cancelled:
        outcome.result = Outcome::Cancelled;
        outcome.message = tr("Cancelled; nothing was kept.");
        break;
    default:
        outcome.result = Outcome::Failed;
        outcome.message = snapshot.error.message;
        outcome.error = snapshot.error;
        break;
    }
    if (Result<void, QString> appended = log->append(actions::RestoreLogEntry::make(found->journal, found->request, outcome));
        !appended) {
        qCWarning(lcUi) << "restore log:" << appended.error();
        m_panel->showNotice(tr("The download could not be recorded in the restore log: %1").arg(appended.error()));
    }
}

int SaveController::unfinishedCount() const
{
    const QList<DownloadJob *> jobs = m_manager->jobs();
    return static_cast<int>(std::count_if(jobs.begin(), jobs.end(), [](const DownloadJob *job) { return !isTerminal(job->state()); }));
}

bool SaveController::confirmQuit(QWidget *parent)
{
    return confirmCancellingDownloads(
        parent, tr("Quit Restore Explorer"),
        tr("Quitting cancels them and removes their partial files. Files already saved stay."));
}

bool SaveController::confirmDisconnect(QWidget *parent)
{
    return confirmCancellingDownloads(
        parent, tr("Disconnect"),
        tr("They need this connection: disconnecting cancels them and removes their partial files. Files "
           "already saved stay."));
}

bool SaveController::confirmCancellingDownloads(QWidget *parent, const QString &title, const QString &consequence)
{
    const int unfinished = unfinishedCount();
    if (unfinished == 0)
        return true;
    Prompt prompt;
    prompt.icon = QMessageBox::Warning;
    prompt.title = title;
    prompt.text = tr("%n download(s) have not finished.", nullptr, unfinished);
    prompt.informativeText = consequence;
    prompt.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Cancel;
    if (m_prompter.ask(parent, prompt) != QMessageBox::Yes)
        return false;
    for (DownloadJob *job : m_manager->jobs())
        job->cancel();
    return true;
}

} // namespace re::ui
