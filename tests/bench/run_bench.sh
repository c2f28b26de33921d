#!/usr/bin/env bash
# Runs every benchmark and prints one Markdown table (figure, value, unit, target, met), also written to bench.md.
set -euo pipefail
: "${FACTDECK:?}" "${FACTDECK_BUILD:?}" "${BENCH_STARTUP:?}" "${BENCH_MINIMAL:?}"
RUNS=${BENCH_RUNS:-7}
IDLE=${BENCH_IDLE_SECONDS:-10}
work="$FACTDECK_BUILD/bench-work"
rm -rf "$work" && mkdir -p "$work"

if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    export DISPLAY=":$n"
    for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    break
  done
fi

results="$work/results.txt"
: >"$results"
"$BENCH_STARTUP" minimal "$RUNS" 0 -- "$BENCH_MINIMAL" >>"$results"
"$BENCH_STARTUP" seed "$RUNS" "$IDLE" -- "$FACTDECK" --data-dir "$work/seed-data" --now 2026-03-02T09:00:00Z >>"$results"
for extra in "$FACTDECK_SRC"/tests/bench/bench_*.sh; do
  [ -e "$extra" ] && bash "$extra" "$work" >>"$results"
done

value() { awk -F'|' -v k="$1" '$1 == k {print $2}' "$results"; }
met() { awk -v a="$1" -v b="$2" -v op="$3" 'BEGIN { if (a == "" || b == "") { print "no"; exit }
  if ((op == "<=" && a + 0 <= b + 0) || (op == ">=" && a + 0 >= b + 0)) print "yes"; else print "no" }'; }

min_ms=$(value minimal-startup-ms)
seed_ms=$(value seed-startup-ms)
min_rss=$(value minimal-rss-mb)
seed_rss=$(value seed-rss-mb)
idle=$(value seed-idle-cpu-s)
ratio=$(awk -v a="$seed_ms" -v b="$min_ms" 'BEGIN { printf "%.2f", a / b }')
rss_ratio=$(awk -v a="$seed_rss" -v b="$min_rss" 'BEGIN { printf "%.2f", a / b }')

table="$FACTDECK_BUILD/bench.md"
{
  echo "| figure | value | unit | target | met |"
  echo "|---|---|---|---|---|"
  echo "| startup to first frame, minimal GLFW+ImGui window | $min_ms | ms | (reference) | - |"
  echo "| startup to first frame, seed content | $seed_ms | ms | - | - |"
  echo "| startup ratio, seed content / minimal window | $ratio | x | <= 1.3 | $(met "$ratio" 1.3 '<=') |"
  echo "| idle CPU over ${IDLE} s, Review screen open | $idle | s | < 0.1 | $(met "$idle" 0.099 '<=') |"
  echo "| resident memory, minimal window | $min_rss | MB | (reference) | - |"
  echo "| resident memory, seed content | $seed_rss | MB | - | - |"
  echo "| memory ratio, seed content / minimal window | $rss_ratio | x | <= 1.3 | $(met "$rss_ratio" 1.3 '<=') |"
  for extra in "$work"/table-*.md; do [ -e "$extra" ] && cat "$extra"; done
  echo
  echo "Medians of $RUNS runs on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), display ${DISPLAY}."
} >"$table"
cat "$table"
