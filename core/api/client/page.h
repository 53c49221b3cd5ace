#pragma once

#include <QList>
#include <QStringList>

#include <optional>

namespace re {

// One page of a list, typed. Rows the resources layer could not read are not dropped silently:
// each has a message in rowErrors.
template <typename T>
struct Page
{
    QList<T> items;
    QStringList rowErrors;
    qint64 offset = 0;
    qint64 limit = 0;
    std::optional<qint64> totalCount; // v6/v7 only
    bool hasMore = false;

    qint64 nextOffset() const { return offset + static_cast<qint64>(items.size() + rowErrors.size()); }
};

} // namespace re
