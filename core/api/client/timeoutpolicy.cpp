#include "api/client/timeoutpolicy.h"

namespace re {

using namespace std::chrono_literals;

TimeoutPolicy TimeoutPolicy::browse()
{
    return TimeoutPolicy{.connect = 30s, .firstByte = 120s, .inactivity = 60s, .waitingNotice = 3s};
}

TimeoutPolicy TimeoutPolicy::blockingAction()
{
    // No first-byte limit: the answer comes when the restore is done. Once it streams, it is small.
    return TimeoutPolicy{.connect = 30s, .firstByte = 0s, .inactivity = 120s, .waitingNotice = 3s};
}

TimeoutPolicy TimeoutPolicy::download()
{
    // The download job's own watchdog judges stalls of the body as well; this is the job-level limit.
    return TimeoutPolicy{.connect = 30s, .firstByte = 0s, .inactivity = 300s, .waitingNotice = 3s};
}

const TimeoutPolicy &TimeoutPolicies::forPreset(TimeoutPolicy::Preset preset) const
{
    switch (preset) {
    case TimeoutPolicy::Preset::BlockingAction: return blockingAction;
    case TimeoutPolicy::Preset::Download: return download;
    case TimeoutPolicy::Preset::Browse: break;
    }
    return browse;
}

} // namespace re
