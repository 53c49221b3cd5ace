#pragma once

#include "model/browseroles.h"
#include "model/browsesource.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace re {

// The items of one folder as a flat table: mail items of a mail folder, or documents of a OneDrive
// folder (or of the OneDrive's root). Rows arrive page by page through canFetchMore()/fetchMore();
// nothing is dropped: a failed page leaves the loaded rows in place, sets state() to Failed with
// lastError(), and retry() asks for the same page again.
// Sorting and filtering happen in ItemFilterProxyModel, over the loaded rows.
class ItemListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Content { None, Mail, Documents };
    Q_ENUM(Content)

    enum MailColumn { MailFrom, MailSubject, MailReceived, MailSize, MailAttachments, MailDeleted, MailColumnCount };
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
    void refresh();
    void clear();
    // Asks again for the page that failed.
    void retry();

    ResourceRef folder() const { return m_folder; }
    Content content() const { return m_content; }
    LoadState state() const { return m_state; }
    ApiError lastError() const { return m_error; } // kind None unless state() is Failed
    bool hasMore() const { return m_hasMore; }
    bool isLoadingIndicatorVisible() const { return m_loadingIndicatorVisible; }

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
    void resetTo(const ResourceRef &folder);
    void startFetch();
    void onPage(quint64 generation, Result<BrowsePage, ApiError> result);
    template <typename Row>
    void appendRows(QList<Row> &target, QList<Row> &&rows);
    void setState(LoadState state);
    void setLoadingIndicatorVisible(bool visible);
    QVariant mailData(const MailItem &item, int column, int role) const;
    QVariant documentData(const OneDriveDocument &document, int column, int role) const;
    ResourceRef rowRef(ResourceKind kind, const QString &id) const;

    QPointer<BrowseSource> m_source;
    Options m_options;
    ResourceRef m_folder;
    std::optional<ListQuery> m_query;
    Content m_content = Content::None;
    QList<MailItem> m_mail;
    QList<OneDriveDocument> m_documents;
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
