#include "actioncontroller.h"

#include "actionwizard.h"
#include "api/client/apiclient.h"
#include "mainwindow.h"
#include "model/backuptreemodel.h"
#include "model/browseroles.h"
#include "model/itemlistmodel.h"
#include "restorelogdialog.h"
#include "restorerundialog.h"

#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace re::ui {

namespace {

using NodeKind = BackupTreeModel::NodeKind;

NodeKind nodeKind(const QModelIndex &index)
{
    return static_cast<NodeKind>(index.data(NodeKindRole).toInt());
}

QModelIndex ancestor(QModelIndex index, NodeKind kind)
{
    for (; index.isValid(); index = index.parent()) {
        if (nodeKind(index) == kind)
            return index;
    }
    return {};
}

} // namespace

ActionController::ActionController(MainWindow &window)
    : QObject(&window), m_window(window), m_log(std::make_unique<actions::RestoreLog>())
{
    // QSignalSpy and queued connections need the pointer types of the signals by name.
    qRegisterMetaType<ActionWizard *>();
    qRegisterMetaType<RestoreRunDialog *>();
    qRegisterMetaType<RestoreLogDialog *>();
    m_menu = new QMenu(tr("&Actions"), &window);
    m_menu->setObjectName(QStringLiteral("actionsMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, [this] { rebuildMenu(m_menu); });
    // The toolbar button gets a menu of its own: QAction::setMenu() would make the button's action
    // (icon, "Restore") stand in for "&Actions" in the menu bar, which then showed a bare icon.
    m_toolBarMenu = new QMenu(tr("&Actions"), &window);
    m_toolBarMenu->setObjectName(QStringLiteral("actionsToolBarMenu"));
    connect(m_toolBarMenu, &QMenu::aboutToShow, this, [this] { rebuildMenu(m_toolBarMenu); });

    m_toolBarAction = new QAction(tr("Restore"), this);
    m_toolBarAction->setObjectName(QStringLiteral("actionRestoreMenu"));
    m_toolBarAction->setToolTip(tr("Restore, copy, send or export the selection"));
    m_toolBarAction->setIcon(QIcon(QStringLiteral(":/icons/restore-explorer.svg")));
    m_toolBarAction->setMenu(m_toolBarMenu);
    m_toolBarAction->setEnabled(false);

    m_restoreLogAction = new QAction(tr("Restore &Log…"), this);
    m_restoreLogAction->setObjectName(QStringLiteral("actionRestoreLog"));
    m_restoreLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_restoreLogAction->setToolTip(tr("Show every restore, copy and send run from this computer (%1)")
                                       .arg(m_restoreLogAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_restoreLogAction, &QAction::triggered, this, &ActionController::showRestoreLog);
}

ActionController::~ActionController() = default;

void ActionController::attach(ApiClient *client, const ServerProfile &profile)
{
    m_client = client;
    m_profile = profile;
    m_toolBarAction->setEnabled(client != nullptr);
}

void ActionController::detach()
{
    m_client = nullptr;
    m_toolBarAction->setEnabled(false);
    // A draft for a server that is gone cannot be sent; runs in progress end on their own.
    for (ActionWizard *wizard : m_window.findChildren<ActionWizard *>())
        wizard->reject();
}

void ActionController::setRestoreLogPath(const QString &path)
{
    m_log = std::make_unique<actions::RestoreLog>(path);
}

ActionContext ActionController::treeContext(const QModelIndex &treeIndex) const
{
    ActionContext context;
    if (!treeIndex.isValid())
        return context;
    const auto ref = treeIndex.data(ResourceRefRole).value<ResourceRef>();
    const QModelIndex session = ancestor(treeIndex, NodeKind::RestoreSession);
    context.organization = ancestor(treeIndex, NodeKind::Organization).data().toString();
    context.label = treeIndex.data().toString();
    const QStringList offered = treeIndex.data(ActionsRole).toStringList();
    context.serverActions = offered;
    context.serverSentActions = !offered.isEmpty();
    context.sessionType = static_cast<SessionType>(session.data(SessionTypeRole).toInt());
    switch (nodeKind(treeIndex)) {
    case NodeKind::MailboxGroup:
    case NodeKind::OneDriveGroup:
    case NodeKind::RestoreSession: {
        const auto sessionRef = session.data(ResourceRefRole).value<ResourceRef>();
        context.target.ref.kind = ResourceKind::SessionOrganization;
        context.target.ref.sessionId = sessionRef.sessionId;
        if (nodeKind(treeIndex) != NodeKind::RestoreSession)
            context.sessionType = nodeKind(treeIndex) == NodeKind::MailboxGroup ? SessionType::Exchange : SessionType::OneDrive;
        // A group node carries no `_actions` of its own.
        context.serverActions.clear();
        context.serverSentActions = false;
        break;
    }
    case NodeKind::Mailbox:
    case NodeKind::MailFolder:
    case NodeKind::OneDrive:
    case NodeKind::OneDriveFolder: context.target.ref = ref; break;
    default: return {};
    }
    return context;
}

ActionContext ActionController::itemContext() const
{
    ActionContext context;
    QTableView *view = m_window.itemView();
    ItemListModel *model = m_window.itemModel();
    if (!view->selectionModel() || !model)
        return context;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return context;
    const QModelIndex folderNode = m_window.treeView()->currentIndex();
    context.organization = ancestor(folderNode, NodeKind::Organization).data().toString();
    context.sessionType = static_cast<SessionType>(ancestor(folderNode, NodeKind::RestoreSession).data(SessionTypeRole).toInt());

    QSet<int> kinds;
    QSet<QString> containers; // search results of a whole session span mailboxes / OneDrives
    QStringList ids;
    std::optional<QSet<QString>> common;
    bool allSent = true;
    ResourceRef first;
    for (const QModelIndex &row : rows) {
        const auto ref = row.data(ResourceRefRole).value<ResourceRef>();
        if (ref.id.isEmpty())
            continue;
        if (ids.isEmpty())
            first = ref;
        kinds.insert(static_cast<int>(ref.kind));
        containers.insert(ref.containerId);
        ids.append(ref.id);
        const QStringList offered = row.data(ActionsRole).toStringList();
        allSent = allSent && !offered.isEmpty();
        QSet<QString> lowered;
        for (const QString &name : offered)
            lowered.insert(name.toLower());
        common = common ? common->intersect(lowered) : lowered;
    }
    if (ids.isEmpty() || kinds.size() != 1)
        return {}; // documents and folders together are no single target of the API
    if (containers.size() != 1)
        return {}; // nor are items of several mailboxes or OneDrives (one request names one container)
    context.serverSentActions = allSent;
    if (common)
        context.serverActions = QStringList(common->cbegin(), common->cend());
    if (ids.size() == 1) {
        context.target.ref = first;
        context.label = rows.first().siblingAtColumn(0).data().toString();
        if (first.kind == ResourceKind::MailItem)
            context.label = rows.first().siblingAtColumn(ItemListModel::MailSubject).data().toString();
        return context;
    }
    context.target.ref = model->folder();
    context.target.ref.containerId = first.containerId;
    context.target.ref.sessionId = first.sessionId;
    context.target.selectedIds = ids;
    switch (first.kind) {
    case ResourceKind::MailItem: context.target.selectionKind = Collection::MailItems; break;
    case ResourceKind::OneDriveDocument: context.target.selectionKind = Collection::OneDriveDocuments; break;
    case ResourceKind::OneDriveFolder: context.target.selectionKind = Collection::OneDriveFolders; break;
    default: return {};
    }
    context.label = tr("%n selected item(s)", nullptr, static_cast<int>(ids.size()));
    return context;
}

int ActionController::addActions(QMenu *menu, const ActionContext &context)
{
    if (!m_client || !m_client->dialect() || !context.isValid())
        return 0;
    const QList<ActionKind> offered = offeredActions(*m_client->dialect(), context);
    for (ActionKind kind : offered) {
        QAction *action = menu->addAction(actionMenuText(kind));
        action->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(kind)));
        action->setData(static_cast<int>(kind));
        connect(action, &QAction::triggered, this, [this, kind, context] { openWizard(kind, context); });
    }
    return static_cast<int>(offered.size());
}

void ActionController::rebuildMenu(QMenu *menu)
{
    menu->clear();
    const QModelIndex node = m_window.treeView()->currentIndex();
    const ActionContext tree = treeContext(node);
    if (tree.isValid()) {
        menu->addSection(tree.label);
        if (addActions(menu, tree) == 0)
            menu->addAction(tr("No actions for this node"))->setEnabled(false);
    }
    const ActionContext items = itemContext();
    if (items.isValid()) {
        menu->addSection(items.label);
        if (addActions(menu, items) == 0)
            menu->addAction(tr("No actions for the selected items"))->setEnabled(false);
    }
    if (!tree.isValid() && !items.isValid())
        menu->addAction(tr("Select a mailbox, folder, OneDrive or items first"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(m_restoreLogAction);
}

void ActionController::showItemContextMenu(const QPoint &position)
{
    QMenu menu(&m_window);
    if (addActions(&menu, itemContext()) > 0)
        menu.exec(m_window.itemView()->viewport()->mapToGlobal(position));
}

ActionWizard *ActionController::openWizard(ActionKind kind, const ActionContext &context)
{
    if (!m_client)
        return nullptr;
    WizardEnvironment environment;
    environment.client = m_client;
    environment.profileId = m_profile.id;
    environment.credentials = m_credentials;
    auto *wizard = new ActionWizard(kind, context, environment, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { submit(wizard); });
    wizard->open();
    emit wizardOpened(wizard);
    return wizard;
}

void ActionController::submit(ActionWizard *wizard)
{
    wizard->persistCredentials();
    actions::JournalContext journal;
    journal.user = m_profile.userName;
    journal.server = m_profile.serverUrl.toString(QUrl::RemoveUserInfo);
    journal.organization = wizard->context().organization;
    journal.reason = wizard->reason();
    if (std::holds_alternative<actions::ExportToPst>(wizard->request())) {
        emit downloadRequested(wizard->request(), journal);
        return;
    }
    if (!m_client) {
        m_window.statusBar()->showMessage(tr("Not connected: \"%1\" was not sent.").arg(actions::actionTitle(wizard->request())));
        return;
    }
    auto *dialog = new RestoreRunDialog(m_client, wizard->request(), journal, m_log.get(), wizard->context().label, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    emit runStarted(dialog);
}

RestoreLogDialog *ActionController::showRestoreLog()
{
    auto *dialog = new RestoreLogDialog(*m_log, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit restoreLogOpened(dialog);
    return dialog;
}

} // namespace re::ui
