#pragma once

#include <chrono>

namespace re {

// How long a request may take, per stage. There is deliberately no total timeout: a v5–v7 restore
// blocks for as long as the restore runs (hours), and a PST export sends its first byte only when
// the server has built the file. Zero switches a stage's limit off.
struct TimeoutPolicy
{
    enum class Preset {
        Browse,         // lists, gets, explore, stop, login: fail fast
        BlockingAction, // restores that answer when done (v5–v7): wait as long as it takes
        Download,       // save/export: the server may prepare the file for a long time
    };

    // From sending until the request is on the wire (TCP connect, TLS handshake, upload). Includes
    // time queued behind QNAM's six connections per host.
    std::chrono::milliseconds connect{0};
    // From the request being sent until the response headers arrive.
    std::chrono::milliseconds firstByte{0};
    // After the headers, the longest silence between two pieces of the body.
    std::chrono::milliseconds inactivity{0};
    // After the request is sent, how long before the job reports "waiting for the server" so the
    // UI can show that the server is still working (not a limit; 0 = at once).
    std::chrono::milliseconds waitingNotice{0};

    static TimeoutPolicy browse();
    static TimeoutPolicy blockingAction();
    static TimeoutPolicy download();
};

// The three presets an ApiClient uses; tests inject short ones (ApiClient::setTimeoutPolicies).
struct TimeoutPolicies
{
    TimeoutPolicy browse = TimeoutPolicy::browse();
    TimeoutPolicy blockingAction = TimeoutPolicy::blockingAction();
    TimeoutPolicy download = TimeoutPolicy::download();

    const TimeoutPolicy &forPreset(TimeoutPolicy::Preset preset) const;
};

} // namespace re
