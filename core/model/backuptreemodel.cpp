#include "model/backuptreemodel.h"

#include "common/logging.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace re {

using NodeKind = BackupTreeModel::NodeKind;

namespace detail {

// One row of the tree. A node's children are real nodes plus, at the end, at most one status row
// (Loading or Error) owned separately so appending pages never moves it around in the vector.
struct TreeNode
{
    NodeKind kind = NodeKind::Server;
    TreeNode *parent = nullptr;
    int row = 0; // index in parent->children; a status row's row is parent->children.size()

    ResourceRef ref;
    QString name;
    QString detail; // tool tip: e-mail address, URL, description
    QString folderType;
    QString folderCategory;
    ActionSet actions;
    std::optional<SessionType> sessionType;
    bool isArchive = false;
    bool foundBySearch = false; // inserted by reveal*() ahead of its page

    std::vector<std::unique_ptr<TreeNode>> children;
    std::unique_ptr<TreeNode> statusRow;
    LoadState state = LoadState::NotLoaded;
    bool hasMore = false;
    qint64 nextOffset = 0;
    std::unique_ptr<ApiError> error;       // the last failed page, shown by the error row
    std::unique_ptr<BrowseRequest> request; // destroyed with the node: no late reply can reach it
    std::unique_ptr<QTimer> loadingTimer;

    int statusRowNumber() const { return static_cast<int>(children.size()); }
    int rowCount() const { return statusRowNumber() + (statusRow ? 1 : 0); }
};

} // namespace detail

namespace {

using detail::TreeNode;

std::unique_ptr<TreeNode> childOf(const TreeNode *parent, NodeKind kind, ResourceKind refKind)
{
    auto node = std::make_unique<TreeNode>();
    node->kind = kind;
    node->ref = parent->ref;
    node->ref.kind = refKind;
    node->ref.versionId.clear();
    return node;
}

std::unique_ptr<TreeNode> makeNode(const TreeNode *parent, const Organization &org)
{
    auto node = childOf(parent, NodeKind::Organization, ResourceKind::Organization);
    node->ref = ResourceRef{ResourceKind::Organization, org.id, {}, {}, {}, {}};
    node->name = org.name.isEmpty() ? org.officeName : org.name;
    node->detail = org.description.isEmpty() ? org.officeName : org.description;
    node->actions = org.actions;
    node->state = LoadState::Loaded; // sessions are added by addSession(), never fetched
    return node;
}

std::unique_ptr<TreeNode> makeNode(const TreeNode *parent, const Mailbox &mailbox)
{
    auto node = childOf(parent, NodeKind::Mailbox, ResourceKind::Mailbox);
    node->ref.containerId = mailbox.id;
    node->ref.id.clear();
    node->name = mailbox.name.isEmpty() ? mailbox.email : mailbox.name;
    node->detail = mailbox.email;
    node->isArchive = mailbox.isArchive;
    node->actions = mailbox.actions;
    return node;
}

std::unique_ptr<TreeNode> makeNode(const TreeNode *parent, const MailFolder &folder)
{
    auto node = childOf(parent, NodeKind::MailFolder, ResourceKind::MailFolder);
    node->ref.id = folder.id;
    node->name = folder.name;
    node->detail = folder.description;
    node->folderType = folder.type;
    node->folderCategory = folder.category;
    node->actions = folder.actions;
    return node;
}

std::unique_ptr<TreeNode> makeNode(const TreeNode *parent, const OneDrive &drive)
{
    auto node = childOf(parent, NodeKind::OneDrive, ResourceKind::OneDrive);
    node->ref.containerId = drive.id;
    node->ref.id.clear();
    node->name = drive.name;
    node->detail = drive.url;
    node->actions = drive.actions;
    return node;
}

std::unique_ptr<TreeNode> makeNode(const TreeNode *parent, const OneDriveFolder &folder)
{
    auto node = childOf(parent, NodeKind::OneDriveFolder, ResourceKind::OneDriveFolder);
    node->ref.id = folder.id;
    node->name = folder.name;
    node->detail = folder.modifiedBy;
    node->actions = folder.actions;
    return node;
}

// The id that tells siblings apart, per kind.
const QString &siblingKey(const TreeNode *node)
{
    switch (node->kind) {
    case NodeKind::Organization: return node->ref.organizationId;
    case NodeKind::RestoreSession: return node->ref.sessionId;
    case NodeKind::Mailbox:
    case NodeKind::OneDrive: return node->ref.containerId;
    default: return node->ref.id;
    }
}

bool identityMatches(const TreeNode *node, NodeKind kind, const ResourceRef &ref)
{
    if (node->kind != kind)
        return false;
    const ResourceRef &own = node->ref;
    switch (kind) {
    case NodeKind::Server: return true;
    case NodeKind::Organization: return own.organizationId == ref.organizationId;
    case NodeKind::RestoreSession:
    case NodeKind::MailboxGroup:
    case NodeKind::OneDriveGroup: return own.sessionId == ref.sessionId;
    case NodeKind::Mailbox:
    case NodeKind::OneDrive: return own.sessionId == ref.sessionId && own.containerId == ref.containerId;
    case NodeKind::MailFolder:
    case NodeKind::OneDriveFolder:
        return own.sessionId == ref.sessionId && own.containerId == ref.containerId && own.id == ref.id;
    case NodeKind::LoadingRow:
    case NodeKind::ErrorRow: return false;
    }
    return false;
}

// The failure an error row shows (an empty error only in the instant a retry replaces the row).
const ApiError &errorOf(const TreeNode *errorRow)
{
    static const ApiError none;
    return errorRow->parent->error ? *errorRow->parent->error : none;
}

const TreeNode *findIn(const TreeNode *node, NodeKind kind, const ResourceRef &ref)
{
    for (const auto &child : node->children) {
        if (identityMatches(child.get(), kind, ref))
            return child.get();
        if (const TreeNode *found = findIn(child.get(), kind, ref))
            return found;
    }
    return nullptr;
}

} // namespace

BackupTreeModel::BackupTreeModel(BrowseSource *source, QObject *parent)
    : BackupTreeModel(source, Options{}, parent)
{}

BackupTreeModel::BackupTreeModel(BrowseSource *source, Options options, QObject *parent)
    : QAbstractItemModel(parent), m_source(source), m_options(std::move(options)),
      m_root(std::make_unique<Node>())
{
    m_root->state = LoadState::NotLoaded;
    if (!m_options.serverName.isEmpty()) {
        auto server = std::make_unique<Node>();
        server->kind = NodeKind::Server;
        server->parent = m_root.get();
        server->name = m_options.serverName;
        m_root->children.push_back(std::move(server));
        m_root->state = LoadState::Loaded;
    }
    if (source)
        connect(source, &QObject::destroyed, this, &BackupTreeModel::failRequestsOfLostSource);
}

void BackupTreeModel::failRequestsOfLostSource()
{
    // Requests of a destroyed source never answer: every loading node would spin forever.
    std::vector<Node *> loading;
    const std::function<void(Node *)> collect = [&](Node *node) {
        if (node->request)
            loading.push_back(node);
        for (const auto &child : node->children)
            collect(child.get());
    };
    collect(m_root.get());
    for (Node *node : loading)
        onPage(node, unexpected(lostSourceError()));
}

BackupTreeModel::~BackupTreeModel() = default;

BackupTreeModel::Node *BackupTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex BackupTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

BackupTreeModel::Node *BackupTreeModel::topLevelOwner() const
{
    return m_options.serverName.isEmpty() ? m_root.get() : m_root->children.front().get();
}

bool BackupTreeModel::isExpandable(const Node *node)
{
    switch (node->kind) {
    case NodeKind::LoadingRow:
    case NodeKind::ErrorRow: return false;
    default: return true;
    }
}

std::optional<ListQuery> BackupTreeModel::childQuery(const Node *node) const
{
    ListQuery query;
    query.sessionId = node->ref.sessionId;
    query.containerId = node->ref.containerId;
    switch (node->kind) {
    case NodeKind::Server:
        if (node == m_root.get() && !m_options.serverName.isEmpty())
            return std::nullopt; // the invisible root holds the server node only
        query.collection = Collection::Organizations;
        return query;
    case NodeKind::MailboxGroup: query.collection = Collection::Mailboxes; return query;
    case NodeKind::OneDriveGroup: query.collection = Collection::OneDrives; return query;
    case NodeKind::Mailbox: query.collection = Collection::MailFolders; return query;
    case NodeKind::OneDrive: query.collection = Collection::OneDriveFolders; return query;
    case NodeKind::MailFolder:
        query.collection = Collection::MailFolders;
        query.parentId = node->ref.id;
        return query;
    case NodeKind::OneDriveFolder:
        query.collection = Collection::OneDriveFolders;
        query.parentId = node->ref.id;
        return query;
    case NodeKind::Organization:
    case NodeKind::RestoreSession:
    case NodeKind::LoadingRow:
    case NodeKind::ErrorRow: return std::nullopt;
    }
    return std::nullopt;
}

QModelIndex BackupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *owner = nodeFor(parent);
    if (row < owner->statusRowNumber())
        return createIndex(row, 0, owner->children[static_cast<size_t>(row)].get());
    if (row == owner->statusRowNumber() && owner->statusRow)
        return createIndex(row, 0, owner->statusRow.get());
    return {};
}

QModelIndex BackupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int BackupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeFor(parent)->rowCount();
}

int BackupTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool BackupTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->rowCount() > 0)
        return true;
    if (!childQuery(node))
        return false;
    // Before (and while) the first page loads the arrow must show; afterwards only real rows count.
    return node->state == LoadState::NotLoaded || node->state == LoadState::Loading || node->hasMore;
}

bool BackupTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->request || !childQuery(node))
        return false;
    return node->state == LoadState::NotLoaded || (node->state == LoadState::Loaded && node->hasMore);
}

void BackupTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(nodeFor(parent));
}

void BackupTreeModel::startFetch(Node *node)
{
    std::optional<ListQuery> query = childQuery(node);
    Q_ASSERT(query);
    query->offset = node->nextOffset;
    query->limit = m_options.pageSize;
    node->state = LoadState::Loading;
    node->error.reset();
    if (!m_source) {
        onPage(node, unexpected(lostSourceError()));
        return;
    }
    qCDebug(lcModel) << "fetching" << static_cast<int>(query->collection) << "offset" << query->offset;
    if (node->statusRow) {
        // Retry: the error row turns into the loading row at once instead of flickering out and back.
        setStatusRow(node, NodeKind::LoadingRow);
    } else {
        node->loadingTimer = std::make_unique<QTimer>();
        node->loadingTimer->setSingleShot(true);
        connect(node->loadingTimer.get(), &QTimer::timeout, this, [this, node] { showLoadingRow(node); });
        node->loadingTimer->start(std::max(0, m_options.loadingDelayMs));
    }
    node->request = m_source->fetch(*query, [this, node](Result<BrowsePage, ApiError> page) {
        onPage(node, std::move(page));
    });
    const QModelIndex index = indexFor(node);
    if (index.isValid())
        Q_EMIT dataChanged(index, index, {LoadStateRole});
}

void BackupTreeModel::showLoadingRow(Node *node)
{
    if (node->state == LoadState::Loading && !node->statusRow)
        setStatusRow(node, NodeKind::LoadingRow);
}

void BackupTreeModel::setStatusRow(Node *node, NodeKind kind)
{
    const QModelIndex parent = indexFor(node);
    if (node->statusRow) {
        node->statusRow->kind = kind;
        const QModelIndex row = index(node->statusRowNumber(), 0, parent);
        Q_EMIT dataChanged(row, row);
        return;
    }
    const int position = node->statusRowNumber();
    beginInsertRows(parent, position, position);
    node->statusRow = std::make_unique<Node>();
    node->statusRow->kind = kind;
    node->statusRow->parent = node;
    node->statusRow->row = position;
    node->statusRow->state = LoadState::Loaded;
    endInsertRows();
}

void BackupTreeModel::clearStatusRow(Node *node)
{
    if (!node->statusRow)
        return;
    const int position = node->statusRowNumber();
    beginRemoveRows(indexFor(node), position, position);
    node->statusRow.reset();
    endRemoveRows();
}

void BackupTreeModel::onPage(Node *node, Result<BrowsePage, ApiError> result)
{
    node->request.reset(); // allowed inside the callback by the BrowseSource contract
    node->loadingTimer.reset();
    const qint64 requestedOffset = node->nextOffset;
    const QModelIndex index = indexFor(node);

    std::vector<std::unique_ptr<Node>> children;
    QStringList problems;
    std::optional<ApiError> failure;
    if (!result) {
        failure = result.error();
    } else {
        BrowsePage &page = result.value();
        problems = page.rowErrors;
        QSet<QString> known;
        for (const auto &child : node->children)
            known.insert(siblingKey(child.get()));
        bool rowsMatchQuery = false;
        std::visit(
            [&](auto &rows) {
                using Row = typename std::decay_t<decltype(rows)>::value_type;
                if constexpr (requires(const Node *p, const Row &r) { makeNode(p, r); }) {
                    if (!deliversRow<Row>(childQuery(node)->collection))
                        return;
                    rowsMatchQuery = true;
                    children.reserve(static_cast<size_t>(rows.size()));
                    for (const Row &row : std::as_const(rows)) {
                        auto child = makeNode(node, row);
                        if (known.contains(siblingKey(child.get()))) {
                            qCInfo(lcModel) << "skipping a row the server sent twice";
                            continue;
                        }
                        known.insert(siblingKey(child.get()));
                        children.push_back(std::move(child));
                    }
                }
            },
            page.rows);
        if (!rowsMatchQuery) {
            failure = browseError(ApiError::Kind::UnexpectedResponse,
                                tr("The server answered with a different kind of data than was asked for."));
        } else if (std::optional<ApiError> problem = pagingProblem(page, requestedOffset)) {
            failure = std::move(problem);
        } else {
            node->nextOffset = page.nextOffset;
            node->hasMore = page.hasMore;
        }
    }

    if (failure) {
        qCWarning(lcModel) << "loading children failed:" << failure->request << failure->message;
        node->state = LoadState::Failed;
        node->error = std::make_unique<ApiError>(std::move(*failure));
        setStatusRow(node, NodeKind::ErrorRow);
    } else {
        node->state = LoadState::Loaded;
        clearStatusRow(node);
        appendChildren(node, std::move(children));
        if (!problems.isEmpty()) {
            qCWarning(lcModel) << problems.size() << "rows could not be read";
            Q_EMIT unreadableRows(index, problems);
        }
    }
    if (index.isValid())
        Q_EMIT dataChanged(index, index, {LoadStateRole});
}

template <typename Row>
QModelIndex BackupTreeModel::reveal(const QModelIndex &group, NodeKind groupKind, const Row &row)
{
    if (!group.isValid() || group.model() != this)
        return {};
    Node *node = nodeFor(group);
    if (!node || node->kind != groupKind)
        return {};
    auto child = makeNode(node, row);
    for (const auto &existing : node->children) {
        if (siblingKey(existing.get()) == siblingKey(child.get()))
            return indexFor(existing.get());
    }
    child->foundBySearch = true;
    beginInsertRows(group, 0, 0);
    child->parent = node;
    node->children.insert(node->children.begin(), std::move(child));
    for (size_t i = 0; i < node->children.size(); ++i)
        node->children[i]->row = static_cast<int>(i);
    if (node->statusRow)
        node->statusRow->row = node->statusRowNumber();
    endInsertRows();
    return indexFor(node->children.front().get());
}

QModelIndex BackupTreeModel::revealMailbox(const QModelIndex &group, const Mailbox &mailbox)
{
    return reveal(group, NodeKind::MailboxGroup, mailbox);
}

QModelIndex BackupTreeModel::revealOneDrive(const QModelIndex &group, const OneDrive &drive)
{
    return reveal(group, NodeKind::OneDriveGroup, drive);
}

void BackupTreeModel::appendChildren(Node *node, std::vector<std::unique_ptr<Node>> children)
{
    if (children.empty())
        return;
    Q_ASSERT(!node->statusRow);
    const int first = node->statusRowNumber();
    beginInsertRows(indexFor(node), first, first + static_cast<int>(children.size()) - 1);
    int row = first;
    for (auto &child : children) {
        child->parent = node;
        child->row = row++;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

void BackupTreeModel::removeChildren(Node *node, int first, int last)
{
    if (first > last)
        return;
    beginRemoveRows(indexFor(node), first, last);
    node->children.erase(node->children.begin() + first, node->children.begin() + last + 1);
    for (size_t row = static_cast<size_t>(first); row < node->children.size(); ++row)
        node->children[row]->row = static_cast<int>(row);
    endRemoveRows();
}

void BackupTreeModel::retry(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (node->kind == NodeKind::ErrorRow)
        node = node->parent;
    if (node->state != LoadState::Failed || !childQuery(node))
        return;
    startFetch(node);
}

void BackupTreeModel::refresh(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (!childQuery(node))
        return;
    node->request.reset();
    node->loadingTimer.reset();
    clearStatusRow(node);
    removeChildren(node, 0, node->statusRowNumber() - 1);
    node->state = LoadState::NotLoaded;
    node->hasMore = false;
    node->nextOffset = 0;
    node->error.reset();
    startFetch(node);
}

QModelIndex BackupTreeModel::addSession(const QModelIndex &organization, const RestoreSession &session)
{
    Node *owner = organization.isValid() ? nodeFor(organization) : topLevelOwner();
    if (owner->kind != NodeKind::Organization && owner != topLevelOwner()) {
        qCWarning(lcModel) << "addSession: the parent is not an organization";
        return {};
    }
    for (const auto &child : owner->children) {
        if (child->kind == NodeKind::RestoreSession && child->ref.sessionId == session.id)
            return indexFor(child.get());
    }
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::RestoreSession;
    node->ref.kind = ResourceKind::RestoreSession;
    node->ref.organizationId = owner->kind == NodeKind::Organization ? owner->ref.organizationId : QString();
    node->ref.sessionId = session.id;
    node->name = session.name.isEmpty() ? session.id : session.name;
    node->detail = session.creationTime.isValid()
                       ? tr("Opened %1").arg(QLocale().toString(session.creationTime.toLocalTime(),
                                                                QLocale::ShortFormat))
                       : QString();
    node->sessionType = session.type;
    node->state = LoadState::Loaded;
    const auto addGroup = [&node](NodeKind kind) {
        auto group = childOf(node.get(), kind, ResourceKind::SessionOrganization);
        group->parent = node.get();
        group->row = static_cast<int>(node->children.size());
        node->children.push_back(std::move(group));
    };
    if (!session.type || *session.type == SessionType::Exchange)
        addGroup(NodeKind::MailboxGroup);
    if (!session.type || *session.type == SessionType::OneDrive)
        addGroup(NodeKind::OneDriveGroup);

    const int position = owner->statusRowNumber();
    beginInsertRows(indexFor(owner), position, position);
    node->parent = owner;
    node->row = position;
    owner->children.push_back(std::move(node));
    endInsertRows();
    return indexFor(owner->children.back().get());
}

void BackupTreeModel::removeSession(const QString &sessionId)
{
    const auto removeFrom = [this, &sessionId](Node *owner) {
        for (int row = owner->statusRowNumber() - 1; row >= 0; --row) {
            const Node *child = owner->children[static_cast<size_t>(row)].get();
            if (child->kind == NodeKind::RestoreSession && child->ref.sessionId == sessionId)
                removeChildren(owner, row, row);
        }
    };
    Node *top = topLevelOwner();
    removeFrom(top);
    for (const auto &child : top->children) {
        if (child->kind == NodeKind::Organization)
            removeFrom(child.get());
    }
}

QModelIndex BackupTreeModel::findNode(NodeKind kind, const ResourceRef &ref) const
{
    return indexFor(findIn(m_root.get(), kind, ref));
}

LoadState BackupTreeModel::loadState(const QModelIndex &index) const
{
    return nodeFor(index)->state;
}

QVariant BackupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (node->kind) {
        case NodeKind::LoadingRow: return tr("Loading…");
        case NodeKind::ErrorRow: return errorDisplayText(errorOf(node));
        case NodeKind::MailboxGroup: return tr("Mailboxes");
        case NodeKind::OneDriveGroup: return tr("OneDrives");
        default: return node->name;
        }
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::ErrorRow)
            return errorDetailsText(errorOf(node));
        if (node->foundBySearch)
            return tr("%1 (found by search, shown ahead of the page that lists it)").arg(node->detail);
        return node->detail.isEmpty() ? QVariant() : QVariant(node->detail);
    case NodeKindRole: return static_cast<int>(node->kind);
    case FoundBySearchRole: return node->foundBySearch;
    case ResourceRefRole:
        switch (node->kind) {
        case NodeKind::Server:
        case NodeKind::LoadingRow:
        case NodeKind::ErrorRow: return {};
        default: return QVariant::fromValue(node->ref);
        }
    case DeletedRole: return false; // the browse tree has no deleted flag on folders in any version
    case IsArchiveRole: return node->isArchive;
    case LoadingRole: return node->kind == NodeKind::LoadingRow;
    case ErrorRole:
        return node->kind == NodeKind::ErrorRow ? QVariant::fromValue(errorOf(node)) : QVariant();
    case LoadStateRole: return childQuery(node) ? QVariant(static_cast<int>(node->state)) : QVariant();
    case SessionTypeRole:
        return node->sessionType ? QVariant(static_cast<int>(*node->sessionType)) : QVariant();
    case FolderTypeRole: return node->folderType.isEmpty() ? QVariant() : QVariant(node->folderType);
    case FolderCategoryRole: return node->folderCategory.isEmpty() ? QVariant() : QVariant(node->folderCategory);
    case ActionsRole: return node->actions.isEmpty() ? QVariant() : QVariant(node->actions.names());
    default: return {};
    }
}

Qt::ItemFlags BackupTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    if (!isExpandable(node))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> BackupTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(ResourceRefRole, "resourceRef");
    names.insert(DeletedRole, "deleted");
    names.insert(IsArchiveRole, "isArchive");
    names.insert(LoadingRole, "loading");
    names.insert(ErrorRole, "error");
    names.insert(LoadStateRole, "loadState");
    names.insert(SessionTypeRole, "sessionType");
    names.insert(FolderTypeRole, "folderType");
    names.insert(FolderCategoryRole, "folderCategory");
    names.insert(ActionsRole, "actions");
    return names;
}

} // namespace re
