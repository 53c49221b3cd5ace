#include "mainwindow.h"

#include "search/findbox.h"
#include "search/itemsearchbar.h"
#include "search/searchcontroller.h"

#include "api/client/apiclient.h"
#include "browsedelegate.h"
#include "common/logging.h"
#include "detailstext.h"
#include "dialogs/exploredialog.h"
#include "dialogs/sessionlistdialog.h"
#include "model/backuptreemodel.h"
#include "model/itemfilterproxymodel.h"
#include "model/itemlistmodel.h"
#include "languagemenu.h"
#include "prompter.h"
#include "widgets/messagebanner.h"
#include "wizards/actioncontroller.h"
#include "downloads/savecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace re::ui {

namespace {

using NodeKind = BackupTreeModel::NodeKind;

constexpr int kQuitStopTimeoutMs = 10000;

int kindOf(const QModelIndex &index)
{
    return index.data(NodeKindRole).toInt();
}

bool isKind(const QModelIndex &index, NodeKind kind)
{
    return index.isValid() && kindOf(index) == static_cast<int>(kind);
}

QAction *makeAction(QObject *parent, const QString &text, const QString &objectName,
                    const QKeySequence &shortcut = {}, const QString &statusTip = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    action->setToolTip(shortcut.isEmpty()
                           ? QString(text).remove(u'&')
                           : QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                           shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

MainWindow::MainWindow(Prompter &prompter, QWidget *parent) : QMainWindow(parent), m_prompter(prompter)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Restore Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/restore-explorer.svg")));
    resize(1200, 760);
    createWidgets();
    createActions();
    restoreLayout();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    detach();
}

void MainWindow::createWidgets()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("backupTree"));
    m_tree->setAccessibleName(tr("Backup tree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new BrowseItemDelegate(BrowseItemDelegate::Mode::Tree, m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);

    // Search (ui/search, docs/search.md): the find box above the tree, the item search above the list.
    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    m_findBox = new FindBox(treePane);
    treeLayout->addWidget(m_findBox);
    treeLayout->addWidget(m_tree, 1);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_itemSearch = new ItemSearchBar(listPane);
    listLayout->addWidget(m_itemSearch);
    m_search = new SearchController(m_tree, m_findBox, m_itemSearch, this);
    // Reading order: the find box, its matches, then the tree it selects in.
    QWidget::setTabOrder(m_findBox->edit(), m_findBox->matchList());
    QWidget::setTabOrder(m_findBox->matchList(), m_tree);
    m_filter = new QLineEdit(listPane);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter items"));
    m_filter->setPlaceholderText(tr("Filter the loaded items (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    listLayout->addWidget(m_filter);

    auto *bannerRow = new QHBoxLayout;
    m_listBanner = new MessageBanner(listPane);
    m_listBanner->setObjectName(QStringLiteral("listBanner"));
    bannerRow->addWidget(m_listBanner, 1);
    m_listRetry = new QPushButton(tr("&Retry"), listPane);
    m_listRetry->setObjectName(QStringLiteral("listRetryButton"));
    m_listRetry->hide();
    bannerRow->addWidget(m_listRetry);
    listLayout->addLayout(bannerRow);

    m_items = new QTableView(listPane);
    m_items->setObjectName(QStringLiteral("itemTable"));
    m_items->setAccessibleName(tr("Items"));
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setSortingEnabled(true);
    m_items->setShowGrid(false);
    m_items->setWordWrap(false);
    m_items->setAlternatingRowColors(true);
    m_items->verticalHeader()->hide();
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 8);
    m_items->horizontalHeader()->setHighlightSections(false);
    m_items->setItemDelegate(new BrowseItemDelegate(BrowseItemDelegate::Mode::Items, m_items));
    listLayout->addWidget(m_items, 1);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setOpenLinks(false);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(listPane);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(treePane);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({400, 800});
    setCentralWidget(m_mainSplitter);

    m_serverStatus = new QLabel(this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setAccessibleName(tr("Connection status"));
    m_versionStatus = new QLabel(this);
    m_versionStatus->setObjectName(QStringLiteral("versionStatus"));
    m_versionStatus->setAccessibleName(tr("API version"));
    m_sessionStatus = new QLabel(this);
    m_sessionStatus->setObjectName(QStringLiteral("sessionStatus"));
    m_sessionStatus->setAccessibleName(tr("Current restore session"));
    statusBar()->addPermanentWidget(m_sessionStatus);
    statusBar()->addPermanentWidget(m_versionStatus);
    statusBar()->addPermanentWidget(m_serverStatus);
    for (QLabel *label : {m_sessionStatus, m_versionStatus, m_serverStatus}) {
        label->setContentsMargins(8, 0, 8, 0);
        label->setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    }

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_itemProxy)
            m_itemProxy->setFilterText(text);
    });
    connect(m_listRetry, &QPushButton::clicked, this, [this] {
        if (m_itemModel)
            m_itemModel->retry();
    });
}

void MainWindow::createActions()
{
    m_connectAction = makeAction(this, tr("&Connect…"), QStringLiteral("actionConnect"),
                                 QKeySequence::Open, tr("Connect to a server"));
    m_connectAction->setIcon(QIcon(QStringLiteral(":/icons/server.svg")));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);

    m_disconnectAction = makeAction(this, tr("&Disconnect"), QStringLiteral("actionDisconnect"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                    tr("Close the connection to the server"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectRequested);

    m_exploreAction = makeAction(this, tr("&Explore…"), QStringLiteral("actionExplore"),
                                 QKeySequence(Qt::CTRL | Qt::Key_E),
                                 tr("Open a restore session for the selected organization"));
    m_exploreAction->setIcon(QIcon(QStringLiteral(":/icons/session.svg")));
    connect(m_exploreAction, &QAction::triggered, this, [this] { explore(); });

    m_reattachAction = makeAction(this, tr("Re&attach Session…"), QStringLiteral("actionReattach"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                  tr("Show restore sessions that already exist on the server"));
    m_reattachAction->setIcon(QIcon(QStringLiteral(":/icons/reattach.svg")));
    connect(m_reattachAction, &QAction::triggered, this, &MainWindow::reattach);

    m_stopAction = makeAction(this, tr("&Stop Session"), QStringLiteral("actionStopSession"),
                              QKeySequence(Qt::CTRL | Qt::Key_W), tr("End the selected restore session"));
    m_stopAction->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopCurrentSession);

    m_refreshAction = makeAction(this, tr("&Refresh"), QStringLiteral("actionRefresh"),
                                 QKeySequence::Refresh, tr("Load the selected node and its items again"));
    m_refreshAction->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_retryAction = makeAction(this, tr("Re&try"), QStringLiteral("actionRetry"),
                               QKeySequence(Qt::CTRL | Qt::Key_R), tr("Try the failed request again"));
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retry);

    m_findAction = makeAction(this, tr("&Filter Items"), QStringLiteral("actionFind"), QKeySequence::Find,
                              tr("Filter the items of the selected folder"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    // Some platforms (offscreen, minimal) define no Quit key: Ctrl+Q then.
    const QKeySequence quitKey = QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                            : QKeySequence(QKeySequence::Quit);
    QAction *quit = makeAction(this, tr("&Quit"), QStringLiteral("actionQuit"), quitKey);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_saves = new SaveController(*this, m_prompter, m_tree, m_items);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_connectAction);
    fileMenu->addAction(m_disconnectAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saves->saveAction());
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    QMenu *sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->addAction(m_exploreAction);
    sessionMenu->addAction(m_reattachAction);
    sessionMenu->addAction(m_stopAction);

    m_actionController = new ActionController(*this);
    menuBar()->addMenu(m_actionController->menu());
    addAction(m_actionController->restoreLogAction()); // its shortcut works while the menu is closed
    m_items->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_actionController, &ActionController::downloadRequested, m_saves, &SaveController::startExport);
    m_saves->setRestoreLog([this] { return &m_actionController->restoreLog(); });
    connect(m_items, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        m_actionController->addActions(&menu, m_actionController->itemContext());
        m_saves->addToMenu(&menu);
        if (!menu.isEmpty())
            menu.exec(m_items->viewport()->mapToGlobal(position));
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_retryAction);
    viewMenu->addAction(m_findAction);
    m_findNodeAction = makeAction(this, tr("Find &Mailbox or OneDrive"), QStringLiteral("actionFindMailbox"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), tr("Find a mailbox or OneDrive by name"));
    connect(m_findNodeAction, &QAction::triggered, this, [this] {
        m_findBox->edit()->setFocus(Qt::ShortcutFocusReason);
        m_findBox->edit()->selectAll();
    });
    m_searchItemsAction = makeAction(this, tr("&Search Items on the Server"), QStringLiteral("actionSearchItems"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                     tr("Search the selected mailbox, OneDrive, folder or session on the server"));
    connect(m_searchItemsAction, &QAction::triggered, this, [this] {
        m_itemSearch->edit()->setFocus(Qt::ShortcutFocusReason);
        m_itemSearch->edit()->selectAll();
    });
    viewMenu->addAction(m_findNodeAction);
    viewMenu->addAction(m_searchItemsAction);
    viewMenu->addAction(m_saves->showPanelAction());
    viewMenu->addSeparator();
    const auto addFocusAction = [&](const QString &text, const QString &name, Qt::Key key, QWidget *target) {
        QAction *action = makeAction(this, text, name, QKeySequence(Qt::CTRL | key));
        connect(action, &QAction::triggered, target, [target] { target->setFocus(Qt::ShortcutFocusReason); });
        viewMenu->addAction(action);
        addAction(action);
    };
    addFocusAction(tr("Go to &Tree"), QStringLiteral("actionFocusTree"), Qt::Key_1, m_tree);
    addFocusAction(tr("Go to &Items"), QStringLiteral("actionFocusItems"), Qt::Key_2, m_items);
    addFocusAction(tr("Go to &Details"), QStringLiteral("actionFocusDetails"), Qt::Key_3, m_details);
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu(this));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Restore Explorer"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_connectAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exploreAction);
    toolBar->addAction(m_reattachAction);
    toolBar->addAction(m_stopAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_saves->saveAction());
    toolBar->addSeparator();
    toolBar->addAction(m_actionController->toolBarAction());
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_actionController->toolBarAction())))
        button->setPopupMode(QToolButton::InstantPopup);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("rightSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("rightSplitter"), m_rightSplitter->saveState());
}

void MainWindow::applyColumnLayout()
{
    if (!m_itemModel)
        return;
    // Widths in average characters; the subject (mail) or name (documents) takes the spare room.
    QList<int> widths;
    int stretchColumn = 0;
    switch (m_itemModel->content()) {
    case ItemListModel::Content::Mail:
        widths = {30, 40, 25, 14, 10};
        stretchColumn = ItemListModel::MailSubject;
        break;
    case ItemListModel::Content::Documents:
        widths = {40, 12, 25, 26, 9, 10};
        stretchColumn = ItemListModel::DocumentName;
        break;
    case ItemListModel::Content::None: return;
    }
    QHeaderView *header = m_items->horizontalHeader();
    const int charWidth = m_items->fontMetrics().averageCharWidth();
    for (int column = 0; column < widths.size() && column < header->count(); ++column) {
        header->setSectionResizeMode(column, column == stretchColumn ? QHeaderView::Stretch
                                                                     : QHeaderView::Interactive);
        header->resizeSection(column, widths.at(column) * charWidth);
    }
}

void MainWindow::attach(ApiClient *client, BrowseSource *source, const ServerProfile &profile)
{
    detach();
    m_client = client;
    m_profile = profile;
    m_actionController->attach(client, profile);
    m_saves->setClient(client, profile);

    BackupTreeModel::Options treeOptions;
    treeOptions.serverName = profile.title();
    m_treeModel = std::make_unique<BackupTreeModel>(source, treeOptions);
    m_itemModel = std::make_unique<ItemListModel>(source);
    m_itemProxy = std::make_unique<ItemFilterProxyModel>();
    m_itemProxy->setSourceModel(m_itemModel.get());
    m_itemProxy->setFilterText(m_filter->text());

    m_tree->setModel(m_treeModel.get());
    m_items->setModel(m_itemProxy.get());
    m_search->attach(source, m_treeModel.get(), m_itemModel.get(), profile.id);
    m_items->sortByColumn(-1, Qt::AscendingOrder);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onItemCurrentChanged(current); });
    connect(m_itemModel.get(), &ItemListModel::stateChanged, this, &MainWindow::onItemStateChanged);
    connect(m_itemModel.get(), &ItemListModel::loadingIndicatorVisibleChanged, this, &MainWindow::onItemStateChanged);
    connect(m_itemModel.get(), &ItemListModel::pageLoaded, this, &MainWindow::onItemStateChanged);
    connect(m_itemModel.get(), &QAbstractItemModel::modelReset, this, &MainWindow::applyColumnLayout);
    connect(m_treeModel.get(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        // The server node opens by itself: the organizations are what the user came for.
        if (isKind(parent, NodeKind::Server) || !parent.isValid())
            m_tree->expand(parent.isValid() ? parent : m_treeModel->index(0, 0));
        updateActions();
    });
    connect(m_treeModel.get(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    const QModelIndex server = m_treeModel->index(0, 0);
    m_tree->expand(server);
    m_tree->setCurrentIndex(server);
    m_tree->setFocus();
    updateActions();
    updateStatus();
}

void MainWindow::detach()
{
    if (m_search)
        m_search->detach();
    if (m_tree->model())
        m_tree->setModel(nullptr);
    if (m_items->model())
        m_items->setModel(nullptr);
    m_itemProxy.reset();
    m_itemModel.reset();
    m_treeModel.reset();
    m_client = nullptr;
    if (m_actionController)
        m_actionController->detach();
    if (m_saves)
        m_saves->setClient(nullptr);
    m_openedHere.clear();
    ++m_detailsGeneration;
    m_details->clear();
    m_listBanner->clear();
    m_listRetry->hide();
    if (m_connectAction) {
        updateActions();
        updateStatus();
    }
}

QString MainWindow::statusText() const
{
    return QStringList {m_serverStatus->text(), m_versionStatus->text(), m_sessionStatus->text()}.join(u" | ");
}

void MainWindow::updateStatus()
{
    if (!m_client) {
        m_serverStatus->setText(tr("Not connected"));
        m_versionStatus->clear();
        m_versionStatus->hide();
        m_sessionStatus->clear();
        m_sessionStatus->hide();
        return;
    }
    m_serverStatus->setText(tr("Connected to %1 as %2").arg(m_profile.title(), m_profile.userName));
    const auto version = m_client->apiVersion();
    m_versionStatus->setText(version ? tr("API %1").arg(toString(*version)) : QString());
    m_versionStatus->setVisible(version.has_value());
    const QModelIndex session = ancestorOfKind(currentTreeIndex(), static_cast<int>(NodeKind::RestoreSession));
    m_sessionStatus->setText(session.isValid() ? tr("Session: %1").arg(session.data().toString())
                                               : tr("No session selected"));
    m_sessionStatus->show();
}

QModelIndex MainWindow::currentTreeIndex() const
{
    return m_treeModel ? m_tree->currentIndex() : QModelIndex();
}

QModelIndex MainWindow::ancestorOfKind(QModelIndex index, int nodeKind) const
{
    for (; index.isValid(); index = index.parent()) {
        if (kindOf(index) == nodeKind)
            return index;
    }
    return {};
}

void MainWindow::updateActions()
{
    const bool attached = m_client != nullptr;
    const QModelIndex current = currentTreeIndex();
    m_disconnectAction->setEnabled(attached);
    m_exploreAction->setEnabled(attached
                                && ancestorOfKind(current, static_cast<int>(NodeKind::Organization)).isValid());
    m_reattachAction->setEnabled(attached);
    m_stopAction->setEnabled(attached
                             && ancestorOfKind(current, static_cast<int>(NodeKind::RestoreSession)).isValid());
    m_refreshAction->setEnabled(attached && current.isValid());
    const bool listFailed = m_itemModel && m_itemModel->state() == LoadState::Failed;
    m_retryAction->setEnabled(attached && (current.data(ErrorRole).isValid() || listFailed));
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    ++m_detailsGeneration;
    const auto ref = current.data(ResourceRefRole).value<ResourceRef>();
    if (ItemListModel::itemQuery(ref) && !current.data(ErrorRole).isValid())
        m_itemModel->setFolder(ref);
    else
        m_itemModel->clear();

    if (isKind(current, NodeKind::RestoreSession))
        showSessionEvents(current);
    else
        m_details->setHtml(treeNodeDetails(current));
    updateActions();
    updateStatus();
}

void MainWindow::onItemCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !m_itemProxy)
        return;
    const int row = m_itemProxy->mapToSource(current).row();
    if (const MailItem *mail = m_itemModel->mailItem(row))
        m_details->setHtml(mailItemDetails(*mail));
    else if (const OneDriveDocument *document = m_itemModel->document(row))
        m_details->setHtml(documentDetails(*document));
}

void MainWindow::onItemStateChanged()
{
    if (!m_itemModel)
        return;
    switch (m_itemModel->state()) {
    case LoadState::Failed:
        m_listBanner->showMessage(MessageBanner::Level::Error, errorDisplayText(m_itemModel->lastError()));
        m_listRetry->show();
        break;
    case LoadState::Loading:
        if (m_itemModel->isLoadingIndicatorVisible())
            m_listBanner->showMessage(MessageBanner::Level::Information, tr("Loading items…"));
        m_listRetry->hide();
        break;
    case LoadState::Loaded:
        if (m_itemModel->rowCount() == 0)
            m_listBanner->showMessage(MessageBanner::Level::Information, tr("This folder has no items."));
        else
            m_listBanner->clear();
        m_listRetry->hide();
        break;
    case LoadState::NotLoaded:
        m_listBanner->clear();
        m_listRetry->hide();
        break;
    }
    updateActions();
}

void MainWindow::showSessionEvents(const QModelIndex &sessionIndex)
{
    const auto ref = sessionIndex.data(ResourceRefRole).value<ResourceRef>();
    m_details->setHtml(sessionDetails(sessionIndex, {}, tr("Loading the events…")));
    if (!m_client)
        return;
    ListQuery query;
    query.collection = Collection::SessionEvents;
    query.sessionId = ref.sessionId;
    const quint64 generation = m_detailsGeneration;
    const QPersistentModelIndex session(sessionIndex);
    m_client->fetchPage<SessionEvent>(query, this, [this, generation, session](Result<Page<SessionEvent>, ApiError> page) {
        if (generation != m_detailsGeneration || !session.isValid())
            return;
        if (!page) {
            m_details->setHtml(sessionDetails(session, {}, tr("The events could not be loaded: %1")
                                                             .arg(errorDisplayText(page.error()))));
            return;
        }
        const QString note = page->items.isEmpty() ? tr("No events yet.")
                             : page->hasMore        ? tr("The first %n events are shown.", nullptr, page->items.size())
                                                    : QString();
        m_details->setHtml(sessionDetails(session, page->items, note));
    });
}

void MainWindow::showTreeContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    for (QAction *action : {m_exploreAction, m_stopAction, m_refreshAction, m_retryAction}) {
        if (action->isEnabled())
            menu.addAction(action);
    }
    menu.addSeparator();
    m_actionController->addActions(&menu, m_actionController->treeContext(index));
    m_saves->addToMenu(&menu);
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::explore(const QModelIndex &organization)
{
    if (!m_client)
        return;
    const QModelIndex org = organization.isValid()
                                ? organization
                                : ancestorOfKind(currentTreeIndex(), static_cast<int>(NodeKind::Organization));
    if (!org.isValid())
        return;
    const auto ref = org.data(ResourceRefRole).value<ResourceRef>();
    statusBar()->showMessage(tr("Reading the restore points of %1…").arg(org.data().toString()));
    // Fresh bounds for the picker: the organization list may be hours old.
    m_client->fetch<Organization>(ref, this, [this](Result<Organization, ApiError> fetched) {
        statusBar()->clearMessage();
        if (!fetched) {
            m_prompter.warn(this, tr("Explore"), tr("The organization could not be read."),
                            errorDisplayText(fetched.error()));
            return;
        }
        openExploreDialog(fetched.value());
    });
}

void MainWindow::openExploreDialog(const Organization &organization)
{
    auto *dialog = new ExploreDialog(organization, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ExploreOptions options = dialog->options();
        const Organization org = dialog->organization();
        if (!m_client)
            return;
        statusBar()->showMessage(tr("Opening a restore session for %1…").arg(org.name));
        m_client->explore(org.id, options, this, [this, org](Result<RestoreSession, ApiError> session) {
            statusBar()->clearMessage();
            if (!session) {
                m_prompter.warn(this, tr("Explore"), tr("The restore session could not be opened."),
                                errorDisplayText(session.error()));
                return;
            }
            RestoreSession opened = session.value();
            if (opened.organization.isEmpty())
                opened.organization = org.name;
            const QModelIndex index = addSession(opened, true);
            if (index.isValid()) {
                m_tree->expand(index);
                m_tree->setCurrentIndex(index);
            }
        });
    });
    dialog->open();
    emit exploreDialogOpened(dialog);
}

QModelIndex MainWindow::organizationNamed(const QString &name) const
{
    if (!m_treeModel || name.isEmpty())
        return {};
    const QModelIndex server = m_treeModel->index(0, 0);
    for (int row = 0; row < m_treeModel->rowCount(server); ++row) {
        const QModelIndex org = m_treeModel->index(row, 0, server);
        if (isKind(org, NodeKind::Organization) && org.data().toString().compare(name, Qt::CaseInsensitive) == 0)
            return org;
    }
    return {};
}

QModelIndex MainWindow::addSession(const RestoreSession &session, bool openedHere)
{
    if (!m_treeModel)
        return {};
    if (openedHere)
        m_openedHere.insert(session.id, session);
    const QModelIndex org = organizationNamed(session.organization);
    return m_treeModel->addSession(org, session);
}

void MainWindow::reattach()
{
    if (!m_client)
        return;
    auto *dialog = new SessionListDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionListDialog::reattachRequested, this, [this](const RestoreSession &session) {
        const QModelIndex index = addSession(session, false);
        if (index.isValid()) {
            m_tree->expand(index);
            m_tree->setCurrentIndex(index);
        }
    });
    connect(dialog, &SessionListDialog::stopRequested, this, [this, dialog](const RestoreSession &session) {
        if (!m_prompter.confirm(dialog, tr("Stop Session"),
                                tr("Stop the restore session \"%1\"?").arg(session.name),
                                tr("Anyone still browsing it, in this or another program, loses it.")))
            return;
        const QPointer<SessionListDialog> guard(dialog);
        stopSession(session.id, [guard, id = session.id](bool stopped) {
            if (stopped && guard)
                guard->removeSession(id);
        });
    });
    ListQuery query;
    query.collection = Collection::RestoreSessions;
    m_client->fetchPage<RestoreSession>(query, dialog, [dialog](Result<Page<RestoreSession>, ApiError> page) {
        if (!page) {
            dialog->setSessions({});
            dialog->setError(errorDisplayText(page.error()));
            return;
        }
        QList<RestoreSession> running;
        for (const RestoreSession &session : std::as_const(page->items)) {
            if (session.isRunning() || session.state == SessionState::Unknown)
                running.append(session);
        }
        dialog->setSessions(running);
    });
    dialog->open();
    emit sessionListOpened(dialog);
}

void MainWindow::stopCurrentSession()
{
    const QModelIndex session = ancestorOfKind(currentTreeIndex(), static_cast<int>(NodeKind::RestoreSession));
    if (!session.isValid())
        return;
    if (!m_prompter.confirm(this, tr("Stop Session"),
                            tr("Stop the restore session \"%1\"?").arg(session.data().toString()),
                            tr("It disappears from the tree; anyone else browsing it loses it too.")))
        return;
    stopSession(session.data(ResourceRefRole).value<ResourceRef>().sessionId);
}

void MainWindow::stopSession(const QString &sessionId, std::function<void(bool)> done)
{
    if (!m_client) {
        if (done)
            done(false);
        return;
    }
    m_client->stopSession(sessionId, this, [this, sessionId, done](Result<void, ApiError> stopped) {
        if (!stopped) {
            qCWarning(lcUi) << "stopping session" << sessionId << "failed:" << stopped.error().message;
            if (!m_stoppingForQuit)
                m_prompter.warn(this, tr("Stop Session"), tr("The restore session could not be stopped."),
                                errorDisplayText(stopped.error()));
        } else {
            m_openedHere.remove(sessionId);
            if (m_treeModel)
                m_treeModel->removeSession(sessionId);
        }
        if (done)
            done(stopped.hasValue());
    });
}

void MainWindow::refresh()
{
    const QModelIndex current = currentTreeIndex();
    if (!current.isValid())
        return;
    if (current.data(LoadStateRole).isValid())
        m_treeModel->refresh(current);
    if (m_itemModel && m_itemModel->content() != ItemListModel::Content::None)
        m_itemModel->refresh();
    else if (isKind(current, NodeKind::RestoreSession))
        showSessionEvents(current);
}

void MainWindow::retry()
{
    const QModelIndex current = currentTreeIndex();
    if (current.data(ErrorRole).isValid())
        m_treeModel->retry(current);
    else if (m_itemModel && m_itemModel->state() == LoadState::Failed)
        m_itemModel->retry();
}

bool MainWindow::confirmQuit()
{
    if (!m_closeConfirmed && !m_stoppingForQuit && !m_saves->confirmQuit(this))
        return false;
    if (m_closeConfirmed || !m_client || m_openedHere.isEmpty())
        return true;
    QStringList names;
    for (const RestoreSession &session : std::as_const(m_openedHere))
        names.append(session.name.isEmpty() ? session.id : session.name);
    Prompt prompt;
    prompt.icon = QMessageBox::Question;
    prompt.title = tr("Quit Restore Explorer");
    prompt.text = tr("Stop the %n restore session(s) opened in this window?", nullptr, static_cast<int>(names.size()));
    prompt.informativeText = names.join(u'\n')
                             + QStringLiteral("\n\n")
                             + tr("Sessions left open stay on the server until it ends them; you can reattach them later.");
    prompt.buttons = QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Yes;
    const auto answer = m_prompter.ask(this, prompt);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::No)
        return true;

    // Stop them, then close; a server that does not answer does not keep the window open forever.
    m_stoppingForQuit = true;
    statusBar()->showMessage(tr("Stopping restore sessions…"));
    setEnabled(false);
    auto remaining = std::make_shared<int>(static_cast<int>(m_openedHere.size()));
    const auto finishQuit = [this] {
        if (m_closeConfirmed)
            return;
        m_closeConfirmed = true;
        close();
    };
    for (const QString &id : m_openedHere.keys()) {
        stopSession(id, [remaining, finishQuit](bool) {
            if (--*remaining == 0)
                finishQuit();
        });
    }
    QTimer::singleShot(kQuitStopTimeoutMs, this, finishQuit);
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Restore Explorer"),
                       tr("<b>Restore Explorer %1</b><p>Browse, restore and save data backed up "
                          "by Veeam Backup for Microsoft 365.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace re::ui
