#pragma once

#include "search/namefinder.h"
#include "search/searchhistory.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUuid>

#include <memory>

class QTreeView;

namespace re {
class BackupTreeModel;
class BrowseSource;
class ItemListModel;
} // namespace re

namespace re::ui {

class FindBox;
class ItemSearchBar;

// Wires search into the explorer: the find box above the tree (NameFinder over the session of the
// current tree node; a match is revealed and selected in the tree even when its page is not loaded) and
// the item search above the list (ItemListModel::setSearch on the current node's scope, recent and
// saved searches of the profile). The main window only creates the widgets and calls attach/detach.
class SearchController final : public QObject
{
    Q_OBJECT
public:
    SearchController(QTreeView *tree, FindBox *findBox, ItemSearchBar *searchBar, QObject *parent = nullptr);
    ~SearchController() override;

    // The models must outlive the attachment (call detach() first). `settings` null = the default QSettings.
    void attach(BrowseSource *source, BackupTreeModel *treeModel, ItemListModel *itemModel, const QUuid &profileId,
                QSettings *settings = nullptr);
    void detach();

    NameFinder *finder() const { return m_finder.get(); }
    SearchHistory *history() const { return m_history.get(); }

    // The scope an item search of `index` runs in: the node's own mailbox, mail folder, OneDrive or
    // OneDrive folder; a session (or its group) = every mailbox / OneDrive of the session. Invalid
    // ref (kind Organization, no session) when the node cannot be searched.
    ResourceRef searchScope(const QModelIndex &index) const;
    // Reveals and selects the match in the tree (expanding its session and group).
    void reveal(const NameFinder::Entry &entry);

private:
    void lookup(const QString &text);
    // Points the finder at the session of the current tree node (or any session); false when none.
    bool scopeFinder();
    void updateScope();
    QModelIndex sessionOf(QModelIndex index) const;
    QModelIndex anySession() const;

    QTreeView *m_tree;
    FindBox *m_findBox;
    ItemSearchBar *m_searchBar;
    QPointer<BackupTreeModel> m_treeModel;
    QPointer<ItemListModel> m_itemModel;
    std::unique_ptr<NameFinder> m_finder;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<SearchHistory> m_history;
};

} // namespace re::ui
