#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (build dir build/fuzz, RE_FUZZ=ON) and runs each one
# for SECONDS on a scratch copy of its seed corpus with the dictionary. Crashes and invariant
# failures leave their input in build/fuzz/artifacts/<target>/ and make the script fail.
# Usage: scripts/fuzz.sh [SECONDS (default 60)] [target …]   (docs/hardening.md)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_pages fuzz_resources fuzz_token fuzz_filenames)
fi
build=${RE_FUZZ_BUILD_DIR:-build/fuzz}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

# Clang warns about other things than g++; the dev and asan builds keep -Werror for our code.
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRE_FUZZ=ON -DRE_WITH_GUI=OFF -DRE_WARNINGS_AS_ERRORS=OFF >/dev/null
nice cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# One target per CPU at a time: libFuzzer is single-threaded, so 4 targets × 60 s take 2 minutes on 2 CPUs.
run_one() {
  local target=$1
  mkdir -p "$scratch/$target" "$build/artifacts/$target"
  cp tests/fuzz/corpus/"$target"/* "$scratch/$target/"
  local log="$build/artifacts/$target.log"
  if "$build/tests/fuzz/$target" "$scratch/$target" -dict=tests/fuzz/json.dict -max_total_time="$seconds" \
       -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target/" >"$log" 2>&1; then
    echo ok >"$scratch/$target.result"
  else
    echo FAILED >"$scratch/$target.result"
  fi
}
pids=()
for target in "${targets[@]}"; do
  run_one "$target" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$(nproc)" ]; then
    wait "${pids[0]}" || true
    pids=("${pids[@]:1}")
  fi
done
wait || true

failed=0
for target in "${targets[@]}"; do
  log="$build/artifacts/$target.log"
  result=$(cat "$scratch/$target.result" 2>/dev/null || echo FAILED)
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  speed=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
  echo "$target: $result — ${runs:-?} executions, ${speed:-?}/s; ${done_line:-no DONE line}"
  if [ "$result" = FAILED ]; then
    failed=1
    grep -E 'ERROR|fuzz invariant|SUMMARY|Test unit written' "$log" | head -n 20 || true
  fi
done
exit $failed
