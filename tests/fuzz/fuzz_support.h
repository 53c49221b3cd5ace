#pragma once

// Shared by the libFuzzer targets (tests/fuzz, docs/hardening.md). Each target defines
// LLVMFuzzerTestOneInput; in a fuzz build (-DRE_FUZZ=ON, clang) libFuzzer drives it, in every other
// build fuzz_replay_main.cpp replays the seed corpus and the regression inputs as a ctest test.

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>

#define RE_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                         \
        }                                                                                         \
    } while (false)

namespace re::fuzz {

// The input without copying (the fuzzer owns the bytes for the duration of the call).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace re::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
