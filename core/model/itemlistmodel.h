#pragma once

#include "model/browseroles.h"
#include "model/browsesource.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace re {

// The items of one folder as a flat table: mail items of a mail folder, or documents of a OneDrive
// folder (or of the OneDrive's root). Rows arrive page by page through canFetchMore()/fetchMore();
// nothing is dropped: a failed page leaves the loaded rows in place, sets state() to Failed with
// lastError(), and retry() asks for the same page again.
// Sorting is client-side over the loaded rows and survives paging: each new page is sorted and merged
// into the sorted rows (linear per page, never a row-by-row insertion). ItemFilterProxyModel filters.
class ItemListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Content { None, Mail, Documents };
    Q_ENUM(Content)

    // No size column for mail: the API reports no size for mail items (api-reference.md).
    enum MailColumn { MailFrom, MailSubject, MailReceived, MailAttachments, MailDeleted, MailColumnCount };
    enum DocumentColumn {
        DocumentName,
        DocumentSize,
        DocumentModified,
        DocumentModifiedBy,
        DocumentVersion,
        DocumentDeleted,
        DocumentColumnCount
    };

    struct Options
    {
        int loadingDelayMs = kDefaultLoadingDelayMs; // before loadingIndicatorVisibleChanged(true)
        qint64 pageSize = 0;                         // 0: the source's own page size
    };

    // The source must outlive the model.
    explicit ItemListModel(BrowseSource *source, QObject *parent = nullptr);
    ItemListModel(BrowseSource *source, Options options, QObject *parent = nullptr);
    ~ItemListModel() override;

    // The query that lists the items of `folder`: MailFolder → MailItems, OneDrive → documents of its
    // root, OneDriveFolder → its documents; nullopt for anything else.
    static std::optional<ListQuery> itemQuery(const ResourceRef &folder);

    // Shows `folder` (see itemQuery; other kinds show an empty list) and starts loading its first page.
    // The previous folder's request is cancelled: none of its replies can land in the new folder.
    // Setting the folder already shown does nothing; use refresh() to reload it.
    void setFolder(const ResourceRef &folder);
    // The server-side search (ListQuery::search) for `query` below `scope`: a Mailbox or OneDrive (an
    // empty containerId = every mailbox / OneDrive of the session), a MailFolder or a OneDriveFolder.
    // Results page and sort like a folder's items, and each row's ResourceRefRole names its own mailbox
    // or OneDrive. The previous folder's or search's request is cancelled. An empty query or another
    // scope kind shows an empty list.
    void setSearch(const ResourceRef &scope, const QString &query);
    static std::optional<ListQuery> searchQuery(const ResourceRef &scope, const QString &query);
    void refresh();
    void clear();
    // Asks again for the page that failed.
    void retry();

    ResourceRef folder() const { return m_folder; } // the search's scope while searching
    QString searchText() const { return m_search; }   // empty unless setSearch() is shown
    Content content() const { return m_content; }
    LoadState state() const { return m_state; }
    ApiError lastError() const { return m_error; } // kind None unless state() is Failed
    bool hasMore() const { return m_hasMore; }
    bool isLoadingIndicatorVisible() const { return m_loadingIndicatorVisible; }

    // Sorts the loaded rows and every later page (column -1: arrival order). Kept across folders.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Whether any column's display text of `row` contains `text` (case-insensitive). Answers are cached
    // per item for the latest text, so re-filtering after a sort or a new page costs no formatting.
    bool rowContains(int row, const QString &text) const;

    // The row's resource (nullptr when out of range or of the other content).
    const MailItem *mailItem(int row) const;
    const OneDriveDocument *document(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void stateChanged(re::LoadState state);
    // Becomes true only when a page takes longer than the loading delay.
    void loadingIndicatorVisibleChanged(bool visible);
    // After every page: rows loaded so far and whether the server has more.
    void pageLoaded(int loadedRows, bool hasMore);
    // Rows the server sent that could not be read (they are missing from the list).
    void unreadableRows(const QStringList &messages);

private:
    void resetTo(const ResourceRef &folder, const QString &search);
    void startFetch();
    void onPage(quint64 generation, Result<BrowsePage, ApiError> result);
    template <typename Row>
    void appendRows(QList<Row> &target, QList<Row> &&rows);
    void setState(LoadState state);
    void setLoadingIndicatorVisible(bool visible);
    bool storageLess(int a, int b) const;
    void refreshSortKeys(qsizetype from);
    // Rows [from, end) of m_order were just appended: sorts them into place with one layout change.
    void mergeAppendedRows(qsizetype from);
    // Reorders with layoutAboutToBeChanged/layoutChanged and moves persistent indexes along.
    template <typename Reorder>
    void relayout(Reorder &&reorder);
    QVariant mailData(const MailItem &item, int column, int role) const;
    QVariant documentData(const OneDriveDocument &document, int column, int role) const;
    ResourceRef rowRef(ResourceKind kind, const QString &id, const QString &containerId) const;

    QPointer<BrowseSource> m_source;
    Options m_options;
    ResourceRef m_folder;
    QString m_search;
    std::optional<ListQuery> m_query;
    Content m_content = Content::None;
    QList<MailItem> m_mail;
    QList<OneDriveDocument> m_documents;
    QList<int> m_order; // view row → index into m_mail / m_documents (arrival order)
    std::vector<qint64> m_sortKeys; // per arrival index, when the sort column is a number or a date
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QString m_matchText;
    mutable std::vector<qint8> m_matchCache; // per arrival index: -1 unknown, 0 no, 1 yes
    LoadState m_state = LoadState::NotLoaded;
    ApiError m_error;
    bool m_hasMore = false;
    qint64 m_nextOffset = 0;
    std::unique_ptr<BrowseRequest> m_request;
    quint64 m_generation = 0; // bumped per folder: a reply from an older folder is recognised and dropped
    QTimer m_loadingTimer;
    bool m_loadingIndicatorVisible = false;
};

} // namespace re
