#!/usr/bin/env bash
# Runs each libFuzzer target for FUZZ_SECONDS from its seed corpus (`make fuzz`; the ctest smoke run uses it too).
#
# usage: run.sh BUILD_DIR [TARGET...]   (targets default to all four)
# New inputs go to BUILD_DIR/fuzz-corpus/<target>, findings to BUILD_DIR/fuzz-findings/<target>/;
# the seeds in tests/fuzz/corpus/ are only read. Up to FUZZ_JOBS targets run at once (default: nproc).
# A finding is printed with the command that reproduces it; the exit code is 1 then.
set -uo pipefail

build=${1:?usage: run.sh BUILD_DIR [TARGET...]}
shift
src=$(cd "$(dirname "$0")" && pwd)
seconds=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-$(nproc)}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(content fsrs_replay answer export_escape)

run_one() {
  local t=$1 bin="$build/tests/fuzz/fuzz_$1"
  local work="$build/fuzz-corpus/$t" findings="$build/fuzz-findings/$t" log="$build/fuzz-logs/$t.log"
  [ -x "$bin" ] || { echo "fuzz: no $bin (build the fuzz_targets target with FACTDECK_FUZZ=ON)"; return 1; }
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  # Leaks are not findings here: the engine's caches live for the process.
  # FUZZ_REPLAY_ONLY=1 (the ctest smoke run): every corpus input once, no exploring, so `make test`
  # gives the same answer on every run; exploring is `make fuzz`'s job.
  local mode=(-max_total_time="$seconds" "$work")
  [ "${FUZZ_REPLAY_ONLY:-0}" = 1 ] && mode=(-runs=0)
  if ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$bin" "${mode[@]}" -timeout=20 \
      -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$findings/" "$src/corpus/$t" >"$log" 2>&1; then
    local what="for ${seconds}s"
    [ "${FUZZ_REPLAY_ONLY:-0}" = 1 ] && what="replaying its corpus"
    echo "fuzz: $t clean $what ($(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$') runs)"
  else
    echo "fuzz: $t FOUND A PROBLEM; see $log; reproduce with: $bin $findings/<file>"
    grep -E "ERROR|property failed|SUMMARY|Test unit written" "$log" | head -5
    return 1
  fi
}

status=0
pids=()
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
