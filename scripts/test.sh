#!/usr/bin/env bash
# Quick start 2, and exactly what CI runs (.ci/run): install what is missing, build, run every test.
#
#   bash scripts/test.sh                  the three stages below (CI; ~20 min on 2 cores from a cold cache)
#   bash scripts/test.sh dev  [ctest …]   the whole suite in the dev preset only (the quick local loop)
#   bash scripts/test.sh asan [ctest …]   the whole suite, GUI included, under ASan + UBSan (long)
#
# The stages (docs/hardening.md, "What CI runs"): every test runs at least once, and every test that
# does not need the GUI runs under the sanitizers.
#   1. dev preset (Debug): the GUI tests, the packaging checks and the memory-bound tests (their RSS
#      limits are meaningless under ASan, whose quarantine dominates the figures);
#   2. asan-gui-free preset: core, restore-cli, the emulator and every GUI-free test, under
#      AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. fuzz smoke: each libFuzzer target for 60 s on its seed corpus (scripts/fuzz.sh, clang-14).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
shift || true
bash scripts/setup.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

# Tests get a throw-away home (settings, keyring) and runtime dir, a virtual X server for the few
# tests that need a real display, and a session bus with an unlocked keyring so the real
# keychain backend is exercised without ever opening a prompt.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
run_ctest() { # preset, ctest arguments…
  HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" xvfb-run -a dbus-run-session -- bash -c '
    echo -n "restore-explorer-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec ctest --preset "$0" --parallel "$(nproc)" "$@"' "$@"
}
stage() { echo; echo "=== $* ($(date -u +%H:%M:%S), ${SECONDS}s so far)"; }

case "$mode" in
  dev|asan)
    bash scripts/build.sh "$mode"
    run_ctest "$mode" "$@"
    ;;
  all)
    stage "1/3 dev preset: the GUI, packaging and memory-bound tests (and what they start)"
    bash scripts/build.sh dev re_plain_stage
    run_ctest dev -L 'gui|packaging|memory'
    stage "2/3 asan-gui-free preset: every GUI-free test under ASan + UBSan"
    bash scripts/build.sh asan-gui-free
    run_ctest asan-gui-free
    stage "3/3 fuzz smoke: 60 s per libFuzzer target"
    bash scripts/fuzz.sh 60
    stage "all stages passed"
    ;;
  *)
    echo "usage: scripts/test.sh [dev|asan [ctest arguments…]]" >&2
    exit 2
    ;;
esac
