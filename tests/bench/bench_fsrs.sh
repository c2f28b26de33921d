#!/usr/bin/env bash
# FSRS next states a second: Factdeck's scheduler against ts-fsrs on node (pinned by tests/fsrs-oracle's lock file),
# the same histories in the same run. $1 is the work folder; rows go to $1/table-fsrs.md.
set -euo pipefail
: "${BENCH_ENGINE:?}" "${FACTDECK_SRC:?}" "${FACTDECK_BUILD:?}"
here="$FACTDECK_SRC/tests/bench"
source "$here/table.sh.inc"
work=$1
runs=${BENCH_RUNS:-7}
out="$work/fsrs.txt"
: >"$out"

# ts-fsrs installed as the differential test installs it: npm ci from the lock file, once per lock file.
oracle="$FACTDECK_BUILD/fsrs-oracle"
src="$FACTDECK_SRC/tests/fsrs-oracle"
mkdir -p "$oracle"
(
  flock 9
  lock_hash=$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$oracle/installed" 2>/dev/null || true)" != "$lock_hash" ] || [ ! -d "$oracle/node_modules/ts-fsrs" ]; then
    rm -f "$oracle/installed"
    cp "$src/package.json" "$src/package-lock.json" "$oracle/"
    (cd "$oracle" && npm ci --no-audit --no-fund --loglevel=error) >&2
    echo "$lock_hash" >"$oracle/installed"
  fi
) 9>"$oracle/.lock"
cp "$here/fsrs_node.js" "$oracle/bench_fsrs_node.js"  # beside node_modules, so require('ts-fsrs') finds it

histories="$work/fsrs-histories.txt"
"$BENCH_ENGINE" fsrs-histories "${BENCH_FSRS_HISTORIES:-20000}" 6 "$histories" >>"$out"
(cd "$oracle" && node bench_fsrs_node.js "$histories" "$runs") >>"$out"
"$BENCH_ENGINE" fsrs "$histories" "$runs" >>"$out"
cat "$out"

v() { value "$1" "$out"; }
node_rate=$(v fsrs-node-per-s)
cpp_rate=$(v fsrs-cpp-per-s)
# The two must compute the same states, or the comparison means nothing.
agree=$(awk -v a="$(v fsrs-node-checksum)" -v b="$(v fsrs-cpp-checksum)" 'BEGIN {
  d = a - b; if (d < 0) d = -d; m = a < 0 ? -a : a; if (m < 1) m = 1
  print (a != "" && b != "" && d <= 1e-6 * m) ? 1 : 0 }')
{
  info "FSRS next states, ts-fsrs $(node -p "require('$oracle/node_modules/ts-fsrs/package.json').version") on node $(node --version)" "$node_rate" "next states/s"
  info "FSRS next states, Factdeck (C++)" "$cpp_rate" "next states/s"
  row "FSRS throughput, Factdeck / ts-fsrs ($(thousands "$(v fsrs-reviews)") answers, same states: $([ "$agree" = 1 ] && echo yes || echo NO))" \
    "$([ "$agree" = 1 ] && ratio "$cpp_rate" "$node_rate")" x ">=" 20
} >"$work/table-fsrs.md"
