#include "model/itemfilterproxymodel.h"

#include "common/logging.h"
#include "model/itemlistmodel.h"

namespace re {

ItemFilterProxyModel::ItemFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Sorting happens in the list model: a sorted QSortFilterProxyModel inserts every row of a new page
    // separately, which is quadratic on 100,000-row folders.
    setDynamicSortFilter(true);
}

void ItemFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<ItemListModel *>(model);
    if (model && !m_list)
        qCWarning(lcModel) << "ItemFilterProxyModel needs an ItemListModel; rows pass unfiltered";
    QSortFilterProxyModel::setSourceModel(model);
}

void ItemFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_list)
        m_list->sort(column, order);
}

void ItemFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool ItemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty() || !m_list || sourceParent.isValid())
        return true;
    return m_list->rowContains(sourceRow, m_filterText);
}

} // namespace re
