#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace re {

class ItemListModel;

// Type-ahead filter in front of an ItemListModel, over the rows loaded so far: a row stays when any column's
// text contains the filter text, case-insensitively. Sorting (header clicks) is forwarded to the list model,
// which sorts its loaded rows and merges each later page into place; this proxy keeps the list's order.
// canFetchMore()/fetchMore() pass through to the list.
class ItemFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ItemFilterProxyModel(QObject *parent = nullptr);

    // Only ItemListModel sources are filtered and sorted; other models pass through unchanged.
    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<ItemListModel> m_list;
    QString m_filterText;
};

} // namespace re
