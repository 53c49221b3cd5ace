#include "search/searchcontroller.h"

#include "model/backuptreemodel.h"
#include "model/itemlistmodel.h"
#include "search/findbox.h"
#include "search/itemsearchbar.h"

#include <QLineEdit>
#include <QTreeView>

namespace re::ui {

using NodeKind = BackupTreeModel::NodeKind;

namespace {

NodeKind kindOf(const QModelIndex &index)
{
    return static_cast<NodeKind>(index.data(NodeKindRole).toInt());
}

bool isExchangeSession(const QModelIndex &session)
{
    const QVariant type = session.data(SessionTypeRole);
    return !type.isValid() || static_cast<SessionType>(type.toInt()) == SessionType::Exchange;
}

} // namespace

SearchController::SearchController(QTreeView *tree, FindBox *findBox, ItemSearchBar *searchBar, QObject *parent)
    : QObject(parent), m_tree(tree), m_findBox(findBox), m_searchBar(searchBar)
{
    connect(m_findBox, &FindBox::lookupRequested, this, &SearchController::lookup);
    connect(m_findBox, &FindBox::activated, this, &SearchController::reveal);
    connect(m_findBox, &FindBox::prefetchWanted, this, [this] {
        if (m_finder && scopeFinder())
            m_finder->prefetch();
    });
    connect(m_searchBar, &ItemSearchBar::searchRequested, this, [this](const QString &query) {
        const ResourceRef scope = searchScope(m_tree->currentIndex());
        if (m_itemModel && scope.kind != ResourceKind::Organization)
            m_itemModel->setSearch(scope, query);
    });
}

SearchController::~SearchController() = default;

void SearchController::attach(BrowseSource *source, BackupTreeModel *treeModel, ItemListModel *itemModel,
                              const QUuid &profileId, QSettings *settings)
{
    detach();
    m_treeModel = treeModel;
    m_itemModel = itemModel;
    m_finder = std::make_unique<NameFinder>(source);
    if (!settings) {
        m_ownSettings = std::make_unique<QSettings>();
        settings = m_ownSettings.get();
    }
    m_history = std::make_unique<SearchHistory>(*settings, profileId);
    m_findBox->setFinder(m_finder.get());
    m_searchBar->setHistory(m_history.get());
    if (m_tree->selectionModel())
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SearchController::updateScope);
    updateScope();
}

void SearchController::detach()
{
    if (m_tree->selectionModel())
        disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    m_findBox->setFinder(nullptr);
    m_searchBar->setHistory(nullptr);
    m_searchBar->setScope({}, SearchCriteria::Domain::Mail);
    m_finder.reset();
    m_history.reset();
    m_ownSettings.reset();
    m_treeModel = nullptr;
    m_itemModel = nullptr;
}

QModelIndex SearchController::sessionOf(QModelIndex index) const
{
    for (; index.isValid(); index = index.parent()) {
        if (kindOf(index) == NodeKind::RestoreSession)
            return index;
    }
    return {};
}

QModelIndex SearchController::anySession() const
{
    if (!m_treeModel)
        return {};
    // Sessions sit below the server node and its organizations (or at the top): two levels at most.
    QList<QModelIndex> level{QModelIndex()};
    for (int depth = 0; depth < 3 && !level.isEmpty(); ++depth) {
        QList<QModelIndex> next;
        for (const QModelIndex &parent : std::as_const(level)) {
            for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
                const QModelIndex child = m_treeModel->index(row, 0, parent);
                if (kindOf(child) == NodeKind::RestoreSession)
                    return child;
                if (kindOf(child) == NodeKind::Server || kindOf(child) == NodeKind::Organization)
                    next << child;
            }
        }
        level = next;
    }
    return {};
}

bool SearchController::scopeFinder()
{
    QModelIndex session = sessionOf(m_tree->currentIndex());
    if (!session.isValid())
        session = anySession();
    if (!session.isValid())
        return false;
    const QString sessionId = session.data(ResourceRefRole).value<ResourceRef>().sessionId;
    m_finder->setScope(sessionId, isExchangeSession(session) ? NameFinder::Kind::Mailboxes : NameFinder::Kind::OneDrives);
    return true;
}

void SearchController::lookup(const QString &text)
{
    if (!m_finder)
        return;
    if (!scopeFinder()) {
        if (!text.isEmpty())
            m_findBox->setProblem(tr("Open a restore session first (Explore…): the find box looks in a session."));
        return;
    }
    m_finder->find(text);
}

void SearchController::reveal(const NameFinder::Entry &entry)
{
    if (!m_treeModel || !m_finder)
        return;
    ResourceRef sessionRef;
    sessionRef.kind = ResourceKind::RestoreSession;
    sessionRef.sessionId = m_finder->sessionId();
    const QModelIndex session = m_treeModel->findNode(NodeKind::RestoreSession, sessionRef);
    if (!session.isValid())
        return; // the session was removed meanwhile
    const bool mail = m_finder->kind() == NameFinder::Kind::Mailboxes;
    QModelIndex group;
    for (int row = 0; row < m_treeModel->rowCount(session); ++row) {
        const QModelIndex child = m_treeModel->index(row, 0, session);
        if (kindOf(child) == (mail ? NodeKind::MailboxGroup : NodeKind::OneDriveGroup))
            group = child;
    }
    QModelIndex found;
    if (mail) {
        Mailbox mailbox;
        mailbox.id = entry.id;
        mailbox.name = entry.name;
        mailbox.email = entry.detail;
        mailbox.isArchive = entry.isArchive;
        found = m_treeModel->revealMailbox(group, mailbox);
    } else {
        OneDrive drive;
        drive.id = entry.id;
        drive.name = entry.name;
        drive.url = entry.detail;
        found = m_treeModel->revealOneDrive(group, drive);
    }
    if (!found.isValid())
        return;
    m_tree->expand(session);
    m_tree->expand(group);
    m_tree->setCurrentIndex(found);
    m_tree->scrollTo(found);
    m_tree->setFocus(Qt::OtherFocusReason);
}

ResourceRef SearchController::searchScope(const QModelIndex &index) const
{
    ResourceRef scope;
    scope.kind = ResourceKind::Organization; // "none"
    if (!index.isValid())
        return scope;
    switch (kindOf(index)) {
    case NodeKind::Mailbox:
    case NodeKind::MailFolder:
    case NodeKind::OneDrive:
    case NodeKind::OneDriveFolder: return index.data(ResourceRefRole).value<ResourceRef>();
    case NodeKind::RestoreSession:
    case NodeKind::MailboxGroup:
    case NodeKind::OneDriveGroup: {
        const QModelIndex session = sessionOf(index);
        const bool mail = kindOf(index) == NodeKind::MailboxGroup
                          || (kindOf(index) != NodeKind::OneDriveGroup && isExchangeSession(session));
        scope = session.data(ResourceRefRole).value<ResourceRef>();
        scope.kind = mail ? ResourceKind::Mailbox : ResourceKind::OneDrive;
        scope.containerId.clear();
        scope.id.clear();
        return scope;
    }
    default: return scope;
    }
}

void SearchController::updateScope()
{
    const QModelIndex current = m_tree->currentIndex();
    const ResourceRef scope = searchScope(current);
    const bool documents = scope.kind == ResourceKind::OneDrive || scope.kind == ResourceKind::OneDriveFolder;
    const SearchCriteria::Domain domain = documents ? SearchCriteria::Domain::Documents : SearchCriteria::Domain::Mail;
    if (scope.kind == ResourceKind::Organization) {
        m_searchBar->setScope({}, domain);
        return;
    }
    const QString name = current.data(Qt::DisplayRole).toString();
    const QString description = scope.containerId.isEmpty()
                                    ? (documents ? tr("in every OneDrive") : tr("in every mailbox"))
                                    : tr("in %1").arg(name);
    m_searchBar->setScope(description, domain);
}

} // namespace re::ui
