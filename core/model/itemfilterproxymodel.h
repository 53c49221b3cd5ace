#pragma once

#include <QSortFilterProxyModel>

namespace re {

// Sorting and type-ahead filtering of an ItemListModel, over the rows loaded so far.
// Sorting compares the raw values of SortRole (dates as dates, sizes as numbers); the filter keeps rows
// where any column's text contains the filter text, case-insensitively. Rows of later pages are sorted
// and filtered as they arrive. canFetchMore()/fetchMore() pass through to the source model.
class ItemFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ItemFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace re
