#include "resources/textpool.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace re {

namespace {

constexpr qsizetype kCapacity = 4096;
constexpr qsizetype kLongestPooled = 256;

} // namespace

QString pooledText(const QString &text)
{
    if (text.isEmpty() || text.size() > kLongestPooled)
        return text;
    static QMutex mutex;
    static QSet<QString> pool;
    const QMutexLocker lock(&mutex);
    const auto found = pool.constFind(text);
    if (found != pool.constEnd())
        return *found;
    if (pool.size() < kCapacity)
        pool.insert(text);
    return text;
}

} // namespace re
