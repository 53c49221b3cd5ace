#!/usr/bin/env bash
# Runs every benchmark against its floor and prints one table (docs/performance.md).
#
#   bash scripts/bench.sh [--repeat N] [--skip-build] [--only browse|download]
#
# Builds the release preset's benchmark targets (build dir: $RE_BENCH_BUILD, default build/release),
# starts vb365-emulator --tenant large over HTTP on 127.0.0.1, then runs
#   re-browse-bench    tree breadth, long folder, restore-explorer and restore-cli start-up
#   re-search-bench    typing a name → the mailbox selected (its own v8 large-tenant emulator)
#   re-download-bench  the 4 GiB document over HTTP (this emulator) and HTTPS (its own TLS emulator)
# Each benchmark alternates ours and the floor N times (default 5) and reports medians. The full
# log goes to $RE_BENCH_LOG (default build dir/bench.log); the table is printed last, as Markdown.
set -euo pipefail

cd "$(dirname "$0")/.."
build=${RE_BENCH_BUILD:-build/release}
repeat=5
skip_build=0
only=all
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) repeat=${2:?--repeat needs a number}; shift 2 ;;
        --skip-build) skip_build=1; shift ;;
        --only) only=${2:?--only needs browse or download}; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
case "$only" in all|browse|download) ;; *) echo "bench.sh: --only browse|download" >&2; exit 2 ;; esac
command -v curl >/dev/null || { echo "bench.sh: curl is needed (the floor of most benchmarks)" >&2; exit 2; }

if [ "$skip_build" = 0 ]; then
    if [ "$build" = build/release ]; then cmake --preset release >/dev/null; else cmake --preset release -B "$build" >/dev/null; fi
    nice cmake --build "$build" -j2 --target vb365-emulator restore-explorer restore-cli re-browse-bench re-download-bench \
        re-search-bench
fi
bench_dir="$build/tests/bench"
emulator="$build/tests/emulator/vb365-emulator"
for program in "$emulator" "$bench_dir/re-browse-bench" "$bench_dir/re-download-bench" "$bench_dir/re-search-bench"; do
    [ -x "$program" ] || { echo "bench.sh: $program is not built" >&2; exit 2; }
done

log=${RE_BENCH_LOG:-$build/bench.log}
scratch=$(mktemp -d)
emulator_pid=
cleanup() {
    if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

"$emulator" --tenant large --port 0 >"$scratch/emulator.out" 2>"$scratch/emulator.err" &
emulator_pid=$!
for _ in $(seq 1 300); do
    grep -q '^ready' "$scratch/emulator.out" 2>/dev/null && break
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$scratch/emulator.err" >&2; echo "bench.sh: the emulator ended" >&2; exit 1; }
    sleep 0.1
done
grep -q '^ready' "$scratch/emulator.out" || { echo "bench.sh: the emulator did not get ready" >&2; exit 1; }
url=$(sed -n 's/^url: //p' "$scratch/emulator.out")
RE_BENCH_PASSWORD=$(sed -n 's/^password: //p' "$scratch/emulator.out")
export RE_BENCH_PASSWORD

machine="$(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "bench.sh: $started, commit $commit, $repeat runs each"
    echo "machine: $machine; load average before: $load_before"
    echo "emulator: $url (--tenant large)"
} | tee "$log"

if [ "$only" != download ]; then
    "$bench_dir/re-browse-bench" --url "$url" --password-env --repeat "$repeat" | tee -a "$log"
    # Its own v8 emulator (large tenant): it opens fresh sessions in a real main window, offscreen.
    QT_QPA_PLATFORM=offscreen "$bench_dir/re-search-bench" --tenant large --repeat "$repeat" 2>/dev/null | tee -a "$log"
fi
if [ "$only" != browse ]; then
    "$bench_dir/re-download-bench" --emulator-url "$url" --repeat "$repeat" | tee -a "$log"
    "$bench_dir/re-download-bench" --emulator --protocol https --repeat "$repeat" | tee -a "$log"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
    echo
    echo "Medians of $repeat runs, $started, commit $commit."
    echo "Machine: $machine. Load average before: $load_before, after: $load_after."
    echo "Command: bash scripts/bench.sh --repeat $repeat"
    echo
    echo "| Benchmark | Ours | Floor | Ratio | Goal | Result |"
    echo "|---|---:|---:|---:|---|---|"
    grep -P '^TABLE\t' "$log" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }'
} | tee -a "$log"
if grep -qP '^TABLE\t.*\tFAIL$' "$log"; then
    exit 1
fi
