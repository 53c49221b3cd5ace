#pragma once

// Memory bounds (RSS growth, peak RSS) are product goals for normal builds. Under AddressSanitizer the
// quarantine (256 MiB of freed blocks kept unreused) and shadow memory dominate RSS, so such a bound
// would measure the sanitizer, not our code. Tests still run everything else under ASan; the dev suite
// asserts the bounds.

namespace re::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kMemoryBoundsApply = false;
#else
inline constexpr bool kMemoryBoundsApply = true;
#endif

} // namespace re::test
