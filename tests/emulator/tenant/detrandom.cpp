#include "detrandom.h"

#include <utility>

namespace vb365emu {

quint64 entityKey(quint64 seed, std::string_view tag, std::initializer_list<quint64> path)
{
    // FNV-1a over the tag, then each number folded in through splitmix64 so neighbouring indices diverge.
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const char c : tag) {
        hash ^= quint8(c);
        hash *= 0x100000001B3ULL;
    }
    quint64 state = seed ^ hash;
    quint64 key = splitMix64(state);
    for (const quint64 part : path) {
        state ^= part + 0x632BE59BD9B4E019ULL;
        key ^= splitMix64(state);
    }
    return key;
}

QList<int> DetRandom::permutation(int n)
{
    QList<int> result(n);
    for (int i = 0; i < n; ++i)
        result[i] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(result[i], result[qsizetype(below(quint64(i) + 1))]);
    return result;
}

} // namespace vb365emu
