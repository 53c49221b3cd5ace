#include "model/itemlistmodel.h"

#include "common/logging.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace re {

namespace {

QString shortDateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Boolean columns read as a word when set and stay blank otherwise (ui may draw an icon instead).
QString flagText(bool set, const QString &text)
{
    return set ? text : QString();
}

template <typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Invalid dates sort first.
qint64 timeKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

bool sortsAsText(ItemListModel::Content content, int column)
{
    if (content == ItemListModel::Content::Mail)
        return column == ItemListModel::MailFrom || column == ItemListModel::MailSubject;
    return column == ItemListModel::DocumentName || column == ItemListModel::DocumentModifiedBy
           || column == ItemListModel::DocumentVersion;
}

const QString &textKey(const MailItem &item, int column)
{
    return column == ItemListModel::MailFrom ? item.from : item.subject;
}

const QString &textKey(const OneDriveDocument &doc, int column)
{
    switch (column) {
    case ItemListModel::DocumentModifiedBy: return doc.modifiedBy;
    case ItemListModel::DocumentVersion: return doc.version;
    default: return doc.name;
    }
}

// Servers before v6 say only whether there are attachments: such items sort as one attachment.
int attachmentSortKey(const MailItem &item)
{
    return item.attachmentCount > 0 ? item.attachmentCount : (item.hasAttachments ? 1 : 0);
}

qint64 numericKey(const MailItem &item, int column)
{
    switch (column) {
    case ItemListModel::MailReceived: return timeKey(item.received);
    case ItemListModel::MailAttachments: return attachmentSortKey(item);
    default: return item.deleted;
    }
}

qint64 numericKey(const OneDriveDocument &doc, int column)
{
    switch (column) {
    case ItemListModel::DocumentSize: return doc.sizeBytes;
    case ItemListModel::DocumentModified: return timeKey(doc.modified);
    default: return doc.deleted;
    }
}

bool sameFolder(const ResourceRef &a, const ResourceRef &b)
{
    return a.kind == b.kind && a.sessionId == b.sessionId && a.containerId == b.containerId && a.id == b.id;
}

} // namespace

ItemListModel::ItemListModel(BrowseSource *source, QObject *parent)
    : ItemListModel(source, Options{}, parent)
{}

ItemListModel::ItemListModel(BrowseSource *source, Options options, QObject *parent)
    : QAbstractTableModel(parent), m_source(source), m_options(options)
{
    m_loadingTimer.setSingleShot(true);
    connect(&m_loadingTimer, &QTimer::timeout, this, [this] {
        if (m_state == LoadState::Loading)
            setLoadingIndicatorVisible(true);
    });
    if (source) {
        // Requests of a destroyed source never answer: the list would show "loading" forever.
        connect(source, &QObject::destroyed, this, [this] {
            if (m_request)
                onPage(m_generation, unexpected(lostSourceError()));
        });
    }
}

ItemListModel::~ItemListModel() = default;

std::optional<ListQuery> ItemListModel::itemQuery(const ResourceRef &folder)
{
    ListQuery query;
    query.sessionId = folder.sessionId;
    query.containerId = folder.containerId;
    switch (folder.kind) {
    case ResourceKind::MailFolder:
        query.collection = Collection::MailItems;
        query.parentId = folder.id;
        return query;
    case ResourceKind::OneDrive:
        query.collection = Collection::OneDriveDocuments;
        return query;
    case ResourceKind::OneDriveFolder:
        query.collection = Collection::OneDriveDocuments;
        query.parentId = folder.id;
        return query;
    default: return std::nullopt;
    }
}

std::optional<ListQuery> ItemListModel::searchQuery(const ResourceRef &scope, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    ListQuery query;
    query.sessionId = scope.sessionId;
    query.containerId = scope.containerId;
    query.search = trimmed;
    switch (scope.kind) {
    case ResourceKind::Mailbox: query.collection = Collection::MailItems; return query;
    case ResourceKind::MailFolder:
        query.collection = Collection::MailItems;
        query.parentId = scope.id;
        return query;
    case ResourceKind::OneDrive: query.collection = Collection::OneDriveDocuments; return query;
    case ResourceKind::OneDriveFolder:
        query.collection = Collection::OneDriveDocuments;
        query.parentId = scope.id;
        return query;
    default: return std::nullopt;
    }
}

void ItemListModel::setFolder(const ResourceRef &folder)
{
    if (m_query && m_search.isEmpty() && sameFolder(folder, m_folder))
        return;
    resetTo(folder, {});
}

void ItemListModel::setSearch(const ResourceRef &scope, const QString &query)
{
    resetTo(scope, query);
}

void ItemListModel::refresh()
{
    resetTo(m_folder, m_search);
}

void ItemListModel::clear()
{
    resetTo(ResourceRef{}, {});
}

void ItemListModel::resetTo(const ResourceRef &folder, const QString &search)
{
    beginResetModel();
    m_request.reset(); // cancels: the old folder's reply can never arrive
    ++m_generation;
    m_loadingTimer.stop();
    m_mail.clear();
    m_documents.clear();
    m_order.clear();
    m_sortKeys.clear();
    m_matchText.clear();
    m_matchCache.clear();
    m_folder = folder;
    m_search = search.trimmed();
    m_query = m_search.isEmpty() ? itemQuery(folder) : searchQuery(folder, m_search);
    m_content = !m_query ? Content::None
                : m_query->collection == Collection::MailItems ? Content::Mail
                                                               : Content::Documents;
    m_hasMore = false;
    m_nextOffset = 0;
    m_error = ApiError{};
    m_state = LoadState::NotLoaded;
    endResetModel();
    setLoadingIndicatorVisible(false);
    Q_EMIT stateChanged(m_state);
    if (m_query)
        startFetch();
}

void ItemListModel::retry()
{
    if (m_state == LoadState::Failed)
        startFetch();
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_query || m_request)
        return false;
    return m_state == LoadState::NotLoaded || (m_state == LoadState::Loaded && m_hasMore);
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch();
}

void ItemListModel::startFetch()
{
    Q_ASSERT(m_query);
    m_error = ApiError{};
    setState(LoadState::Loading);
    if (!m_source) {
        onPage(m_generation, unexpected(lostSourceError()));
        return;
    }
    ListQuery query = *m_query;
    query.offset = m_nextOffset;
    query.limit = m_options.pageSize;
    m_loadingTimer.start(std::max(0, m_options.loadingDelayMs));
    m_request = m_source->fetch(query, [this, generation = m_generation](Result<BrowsePage, ApiError> page) {
        onPage(generation, std::move(page));
    });
}

void ItemListModel::onPage(quint64 generation, Result<BrowsePage, ApiError> result)
{
    if (generation != m_generation) {
        // Cannot happen with a source that honours the handle contract; never let it touch the new folder.
        qCWarning(lcModel) << "dropping a reply for a folder no longer shown";
        return;
    }
    m_request.reset(); // allowed inside the callback by the BrowseSource contract
    m_loadingTimer.stop();
    setLoadingIndicatorVisible(false);

    std::optional<ApiError> failure;
    if (!result) {
        failure = std::move(result).error();
    } else {
        BrowsePage &page = result.value();
        QList<MailItem> *mail = std::get_if<QList<MailItem>>(&page.rows);
        QList<OneDriveDocument> *documents = std::get_if<QList<OneDriveDocument>>(&page.rows);
        if ((m_content == Content::Mail && !mail) || (m_content == Content::Documents && !documents)) {
            failure = browseError(ApiError::Kind::UnexpectedResponse,
                                  tr("The server answered with a different kind of data than was asked for."));
        } else if (std::optional<ApiError> problem = pagingProblem(page, m_nextOffset)) {
            failure = std::move(problem);
        } else {
            m_nextOffset = page.nextOffset;
            m_hasMore = page.hasMore;
            if (mail)
                appendRows(m_mail, std::move(*mail));
            else
                appendRows(m_documents, std::move(*documents));
            if (!page.rowErrors.isEmpty()) {
                qCWarning(lcModel) << page.rowErrors.size() << "items could not be read";
                Q_EMIT unreadableRows(page.rowErrors);
            }
        }
    }
    if (failure) {
        qCWarning(lcModel) << "loading items failed:" << failure->request << failure->message;
        m_error = std::move(*failure);
        setState(LoadState::Failed);
        return;
    }
    setState(LoadState::Loaded);
    Q_EMIT pageLoaded(rowCount(), m_hasMore);
}

template <typename Row>
void ItemListModel::appendRows(QList<Row> &target, QList<Row> &&rows)
{
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(target.size());
    const int last = first + static_cast<int>(rows.size()) - 1;
    // One insertion at the end per page; a sorted list then merges the page into place.
    beginInsertRows({}, first, last);
    if (target.isEmpty())
        target = std::move(rows);
    else
        target.append(std::move(rows));
    m_order.reserve(target.size());
    for (int index = first; index <= last; ++index)
        m_order.append(index);
    endInsertRows();
    if (m_sortColumn >= 0) {
        refreshSortKeys(first);
        mergeAppendedRows(first);
    }
}

void ItemListModel::refreshSortKeys(qsizetype from)
{
    if (m_sortColumn < 0 || sortsAsText(m_content, m_sortColumn)) {
        m_sortKeys.clear();
        return;
    }
    // Numbers and dates compare through plain integers: no QDateTime work inside the sort.
    m_sortKeys.resize(static_cast<size_t>(m_order.size()));
    for (auto index = static_cast<size_t>(from); index < m_sortKeys.size(); ++index) {
        const auto storage = static_cast<qsizetype>(index);
        m_sortKeys[index] = m_content == Content::Mail ? numericKey(m_mail[storage], m_sortColumn)
                                                       : numericKey(m_documents[storage], m_sortColumn);
    }
}

bool ItemListModel::storageLess(int a, int b) const
{
    int order = 0;
    if (!m_sortKeys.empty())
        order = compareValues(m_sortKeys[static_cast<size_t>(a)], m_sortKeys[static_cast<size_t>(b)]);
    else if (m_content == Content::Mail)
        order = QString::compare(textKey(m_mail[a], m_sortColumn), textKey(m_mail[b], m_sortColumn), Qt::CaseInsensitive);
    else
        order = QString::compare(textKey(m_documents[a], m_sortColumn), textKey(m_documents[b], m_sortColumn),
                                 Qt::CaseInsensitive);
    if (order == 0)
        return a < b; // equal keys keep arrival order, in both directions
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

template <typename Reorder>
void ItemListModel::relayout(Reorder &&reorder)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> storageOfBefore;
    storageOfBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        storageOfBefore.append(m_order[index.row()]);
    reorder();
    if (!before.isEmpty()) {
        QList<int> rowOfStorage(m_order.size());
        for (int row = 0; row < m_order.size(); ++row)
            rowOfStorage[m_order[row]] = row;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOfStorage[storageOfBefore[i]], before[i].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ItemListModel::mergeAppendedRows(qsizetype from)
{
    const auto less = [this](int a, int b) { return storageLess(a, b); };
    relayout([&] {
        std::sort(m_order.begin() + from, m_order.end(), less);
        // Binary insertion of the (small) sorted page into the (large) sorted rows: k·log n comparisons
        // and one linear copy, instead of a comparison per loaded row.
        QList<int> merged;
        merged.reserve(m_order.size());
        auto next = m_order.cbegin();
        const auto loadedEnd = m_order.cbegin() + from;
        for (auto added = loadedEnd; added != m_order.cend(); ++added) {
            const auto position = std::upper_bound(next, loadedEnd, *added, less);
            merged.append(next, position);
            merged.append(*added);
            next = position;
        }
        merged.append(next, loadedEnd);
        m_order = std::move(merged);
    });
}

void ItemListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount() && m_content != Content::None)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    refreshSortKeys(0);
    if (m_order.isEmpty())
        return;
    relayout([this] {
        if (m_sortColumn < 0)
            std::sort(m_order.begin(), m_order.end());
        else
            std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return storageLess(a, b); });
    });
}

bool ItemListModel::rowContains(int row, const QString &text) const
{
    if (row < 0 || row >= m_order.size())
        return false;
    if (text.isEmpty())
        return true;
    if (text != m_matchText) {
        m_matchText = text;
        m_matchCache.assign(static_cast<size_t>(m_order.size()), -1);
    }
    const auto storage = static_cast<size_t>(m_order[row]);
    if (storage >= m_matchCache.size())
        m_matchCache.resize(static_cast<size_t>(m_order.size()), -1);
    if (m_matchCache[storage] < 0) {
        bool found = false;
        for (int column = 0; column < columnCount() && !found; ++column)
            found = data(index(row, column)).toString().contains(text, Qt::CaseInsensitive);
        m_matchCache[storage] = found ? 1 : 0;
    }
    return m_matchCache[storage] == 1;
}

void ItemListModel::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ItemListModel::setLoadingIndicatorVisible(bool visible)
{
    if (m_loadingIndicatorVisible == visible)
        return;
    m_loadingIndicatorVisible = visible;
    Q_EMIT loadingIndicatorVisibleChanged(visible);
}

const MailItem *ItemListModel::mailItem(int row) const
{
    return m_content == Content::Mail && row >= 0 && row < m_order.size() ? &m_mail[m_order[row]] : nullptr;
}

const OneDriveDocument *ItemListModel::document(int row) const
{
    return m_content == Content::Documents && row >= 0 && row < m_order.size() ? &m_documents[m_order[row]]
                                                                                 : nullptr;
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_order.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_content) {
    case Content::Mail: return MailColumnCount;
    case Content::Documents: return DocumentColumnCount;
    case Content::None: return 0;
    }
    return 0;
}

ResourceRef ItemListModel::rowRef(ResourceKind kind, const QString &id, const QString &containerId) const
{
    // Search results over a whole session come from many mailboxes / OneDrives: each row knows its own.
    return ResourceRef{kind, m_folder.organizationId, m_folder.sessionId,
                       containerId.isEmpty() ? m_folder.containerId : containerId, id, {}};
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (const MailItem *item = mailItem(index.row()))
        return mailData(*item, index.column(), role);
    if (const OneDriveDocument *doc = document(index.row()))
        return documentData(*doc, index.column(), role);
    return {};
}

QVariant ItemListModel::mailData(const MailItem &item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MailFrom: return item.from;
        case MailSubject: return item.subject;
        case MailReceived: return shortDateTime(item.received);
        case MailAttachments:
            // The count when the server gives one, else just whether there are any.
            return item.attachmentCount > 0 ? QLocale().toString(item.attachmentCount)
                                            : flagText(item.hasAttachments, tr("Yes"));
        case MailDeleted: return flagText(item.deleted, tr("Deleted"));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == MailAttachments && item.attachmentCount > 0)
            return tr("%n attachment(s)", nullptr, item.attachmentCount);
        return {};
    case SortRole:
        switch (column) {
        case MailFrom: return item.from;
        case MailSubject: return item.subject;
        case MailReceived: return item.received;
        case MailAttachments: return attachmentSortKey(item);
        case MailDeleted: return static_cast<int>(item.deleted);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return column == MailAttachments ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case NodeKindRole: return static_cast<int>(Content::Mail);
    case ResourceRefRole: return QVariant::fromValue(rowRef(ResourceKind::MailItem, item.id, item.containerId));
    case DeletedRole: return item.deleted;
    case HasAttachmentsRole: return item.hasAttachments || item.attachmentCount > 0;
    case ItemClassRole: return item.itemClass;
    case IsFolderRole: return false;
    case ActionsRole: return item.actions.names();
    default: return {};
    }
}

QVariant ItemListModel::documentData(const OneDriveDocument &doc, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DocumentName: return doc.name;
        case DocumentSize: return doc.sizeBytes >= 0 ? QLocale().formattedDataSize(doc.sizeBytes) : QString();
        case DocumentModified: return shortDateTime(doc.modified);
        case DocumentModifiedBy: return doc.modifiedBy;
        case DocumentVersion: return doc.version;
        case DocumentDeleted: return flagText(doc.deleted, tr("Deleted"));
        default: return {};
        }
    case SortRole:
        switch (column) {
        case DocumentName: return doc.name;
        case DocumentSize: return doc.sizeBytes;
        case DocumentModified: return doc.modified;
        case DocumentModifiedBy: return doc.modifiedBy;
        case DocumentVersion: return doc.version;
        case DocumentDeleted: return static_cast<int>(doc.deleted);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return column == DocumentSize ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case NodeKindRole: return static_cast<int>(Content::Documents);
    case ResourceRefRole: return QVariant::fromValue(rowRef(ResourceKind::OneDriveDocument, doc.id, doc.containerId));
    case DeletedRole: return doc.deleted;
    case HasAttachmentsRole: return false;
    case IsFolderRole: return doc.isFolder;
    case ActionsRole: return doc.actions.names();
    default: return {};
    }
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (m_content == Content::Mail) {
        switch (section) {
        case MailFrom: return tr("From");
        case MailSubject: return tr("Subject");
        case MailReceived: return tr("Received");
        case MailAttachments: return tr("Attachments");
        case MailDeleted: return tr("Deleted");
        default: return {};
        }
    }
    switch (section) {
    case DocumentName: return tr("Name");
    case DocumentSize: return tr("Size");
    case DocumentModified: return tr("Modified");
    case DocumentModifiedBy: return tr("Modified by");
    case DocumentVersion: return tr("Version");
    case DocumentDeleted: return tr("Deleted");
    default: return {};
    }
}

Qt::ItemFlags ItemListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NodeKindRole, "content");
    names.insert(ResourceRefRole, "resourceRef");
    names.insert(DeletedRole, "deleted");
    names.insert(HasAttachmentsRole, "hasAttachments");
    names.insert(ItemClassRole, "itemClass");
    names.insert(IsFolderRole, "isFolder");
    names.insert(ActionsRole, "actions");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace re
