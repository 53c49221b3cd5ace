#pragma once

// Internal: building Page<T> windows (tenant.h) from generated or stored lists.

#include "tenant.h"

#include <algorithm>
#include <functional>

namespace vb365emu {

// The window [offset, offset + limit) of a list of `total` entries, entry i built by make(i) on demand.
template <typename T, typename Make>
Page<T> pageOf(qint64 total, PageRange range, Make make)
{
    Page<T> page;
    page.totalCount = total;
    const qint64 offset = std::max<qint64>(range.offset, 0);
    const qint64 end = std::min(total, offset + std::max<qint64>(range.limit, 0));
    for (qint64 i = offset; i < end; ++i)
        page.items << make(i);
    return page;
}

template <typename T>
Page<T> pageOfList(const QList<T> &all, PageRange range)
{
    return pageOf<T>(all.size(), range, [&all](qint64 i) { return all.at(i); });
}

// One list of a paged sequence: its visible size and how to build entry i.
template <typename T>
struct Segment
{
    qint64 count = 0;
    std::function<T(qint64)> make;
};

// Paging across several lists laid end to end (items of every folder, documents of every folder), touching
// only the lists the window overlaps.
template <typename T>
Page<T> pageAcross(const QList<Segment<T>> &segments, PageRange range)
{
    Page<T> page;
    const qint64 offset = std::max<qint64>(range.offset, 0);
    qint64 remaining = std::max<qint64>(range.limit, 0);
    qint64 start = 0;
    for (const Segment<T> &segment : segments) {
        const qint64 count = segment.count;
        page.totalCount += count;
        if (remaining > 0 && offset < start + count) {
            for (qint64 i = std::max<qint64>(offset - start, 0); i < count && remaining > 0; ++i, --remaining)
                page.items << segment.make(i);
        }
        start += count;
    }
    return page;
}

} // namespace vb365emu
