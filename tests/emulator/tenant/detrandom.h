#pragma once

// Deterministic pseudo-randomness for the generated tenant: every entity gets its own stream, seeded from
// (tenant seed, a tag naming the kind of entity, the entity's index path), so any entity can be generated
// alone, in any order, with the same result. Never QRandomGenerator: it is not stable across Qt versions.

#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <string_view>

namespace vb365emu {

// splitmix64 (Steele, Lea, Flood 2014): one 64-bit state, good avalanche, trivially reproducible.
inline quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A 64-bit key for (seed, tag, path); distinct inputs give unrelated keys.
quint64 entityKey(quint64 seed, std::string_view tag, std::initializer_list<quint64> path = {});

class DetRandom
{
public:
    explicit DetRandom(quint64 key) : m_state(key) {}
    DetRandom(quint64 seed, std::string_view tag, std::initializer_list<quint64> path = {})
        : m_state(entityKey(seed, tag, path))
    {
    }

    quint64 next() { return splitMix64(m_state); }
    // Uniform enough for test data in [0, n); n must be > 0.
    quint64 below(quint64 n) { return next() % n; }
    // Inclusive range.
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }

    template <typename List>
    const auto &pick(const List &list)
    {
        return list[qsizetype(below(quint64(list.size())))];
    }

    // A permutation of 0..n-1 (Fisher-Yates).
    QList<int> permutation(int n);

private:
    quint64 m_state;
};

} // namespace vb365emu
