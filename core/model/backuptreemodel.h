#pragma once

#include "model/browseroles.h"
#include "model/browsesource.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>

namespace re {

namespace detail {
struct TreeNode;
}

// The lazy browse tree: [server →] organizations → restore sessions → Mailboxes | OneDrives →
// mailbox | OneDrive → nested folders. Items are not in the tree (ItemListModel shows them).
//
// Lazy contract: expandable nodes report hasChildren() before their children are known; the first
// fetchMore() on a node starts one request; a "Loading…" row appears only if the reply takes longer
// than loadingDelay; a failed page becomes one error row (server message + ErrorRole) that retry()
// re-fetches; further pages load through canFetchMore()/fetchMore() while the server has more.
// Nodes are identified by ids (ResourceRefRole), never by row numbers.
class BackupTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind {
        Server,
        Organization,
        RestoreSession,
        MailboxGroup,  // "Mailboxes" below an Exchange session
        OneDriveGroup, // "OneDrives" below a OneDrive session
        Mailbox,
        MailFolder,
        OneDrive,
        OneDriveFolder,
        LoadingRow, // placeholder while a page loads (after the delay)
        ErrorRow,   // the failure of the last page of its parent
    };
    Q_ENUM(NodeKind)

    struct Options
    {
        QString serverName;                        // non-empty: one server node above the organizations
        int loadingDelayMs = kDefaultLoadingDelayMs; // before the "Loading…" row appears
        qint64 pageSize = 0;                         // rows per request; 0: the source's own page size
    };

    // The source must outlive the model (the model checks and reports a destroyed source as an error row).
    explicit BackupTreeModel(BrowseSource *source, QObject *parent = nullptr);
    BackupTreeModel(BrowseSource *source, Options options, QObject *parent = nullptr);
    ~BackupTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Re-fetches the page that failed. `index` is the error row or the node that owns it.
    void retry(const QModelIndex &index);
    // Drops the node's children and loads them again from the first page.
    void refresh(const QModelIndex &index);

    // Adds a restore session below an organization (explored by this client, or reattached), with its
    // "Mailboxes"/"OneDrives" group for the session type (both when the type is unknown). An invalid
    // `organization` puts the session at the top level. Returns the existing node if the id is already there.
    QModelIndex addSession(const QModelIndex &organization, const RestoreSession &session);
    // Removes the session's node(s) and cancels every request below them.
    void removeSession(const QString &sessionId);

    // (added by search) Shows a mailbox / OneDrive that a search found below its group ("Mailboxes" /
    // "OneDrives" of a session) even when the page that holds it has not been loaded (page 300 of a large
    // tenant): an already loaded node is returned as is; otherwise the node is inserted at the top of the
    // group, marked FoundBySearch, and the page that holds it later skips it as a duplicate (paging counts
    // the server's offsets, not rows). Invalid index when `group` is not such a group.
    QModelIndex revealMailbox(const QModelIndex &group, const Mailbox &mailbox);
    QModelIndex revealOneDrive(const QModelIndex &group, const OneDrive &drive);

    // The loaded node with this identity (kind and ids), or an invalid index. Walks loaded nodes only.
    QModelIndex findNode(NodeKind kind, const ResourceRef &ref) const;
    LoadState loadState(const QModelIndex &index) const;

Q_SIGNALS:
    // Rows the server sent for `parent` that could not be read (they are missing from the tree).
    void unreadableRows(const QModelIndex &parent, const QStringList &messages);

private:
    using Node = detail::TreeNode;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    static bool isExpandable(const Node *node);
    std::optional<ListQuery> childQuery(const Node *node) const;

    void startFetch(Node *node);
    void showLoadingRow(Node *node);
    void onPage(Node *node, Result<BrowsePage, ApiError> page);
    void appendChildren(Node *node, std::vector<std::unique_ptr<Node>> children);
    void setStatusRow(Node *node, NodeKind kind);
    void clearStatusRow(Node *node);
    void removeChildren(Node *node, int first, int last);
    Node *topLevelOwner() const;
    void failRequestsOfLostSource();
    template <typename Row>
    QModelIndex reveal(const QModelIndex &group, NodeKind groupKind, const Row &row);

    QPointer<BrowseSource> m_source;
    Options m_options;
    std::unique_ptr<Node> m_root;
};

} // namespace re
