#!/usr/bin/env bash
# Runs every benchmark and prints one Markdown table (figure, value, unit, target, met), also written to bench.md.
#
# Sizes and repetitions come from the environment, so the smoke test runs this same script small:
#   BENCH_RUNS (7)  BENCH_STARTUP_RUNS (11 rounds of the three window starts)
#   BENCH_IDLE_SECONDS (10)  BENCH_ARTICLES (3000)  BENCH_FACTS (28)  BENCH_CARDS (100000)
# (28 facts an article: only a nickname has a second card since blind reading 12, so 25 facts an article made 90,000
# cards at most, and `dev synth` refused the 100,000 asked once the cached collection was gone.)
#   BENCH_REVIEWS (2000000)  BENCH_ANSWERS (200)  BENCH_FSRS_HISTORIES (20000)
#   BENCH_WORK (BUILD/bench-work, emptied first)  BENCH_CACHE (BUILD/bench-cache, the synthetic collection, kept)
#   BENCH_TABLE (BUILD/bench.md)
# Extra scripts tests/bench/bench_*.sh run with the work folder as $1, print "figure|value|unit" lines and may
# write table rows to $1/table-*.md.
set -euo pipefail
: "${FACTDECK:?}" "${FACTDECK_SRC:?}" "${FACTDECK_BUILD:?}" "${BENCH_STARTUP:?}" "${BENCH_MINIMAL:?}" "${BENCH_ENGINE:?}"
here="$FACTDECK_SRC/tests/bench"
source "$here/table.sh.inc"
export BENCH_RUNS=${BENCH_RUNS:-7}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-11}
IDLE=${BENCH_IDLE_SECONDS:-10}
export BENCH_ARTICLES=${BENCH_ARTICLES:-3000} BENCH_FACTS=${BENCH_FACTS:-28} BENCH_CARDS=${BENCH_CARDS:-100000}
export BENCH_REVIEWS=${BENCH_REVIEWS:-2000000}
export BENCH_NOW=2026-03-02T09:00:00Z  # the synthetic log ends the day before
work=${BENCH_WORK:-"$FACTDECK_BUILD/bench-work"}
cache=${BENCH_CACHE:-"$FACTDECK_BUILD/bench-cache"}
rm -rf "$work" && mkdir -p "$work" "$cache"
start=$SECONDS

# A private X server. Xvfb picks a free display number itself (-displayfd), so a test starting its own server
# at the same moment cannot take the same number and tear it down under the benchmark.
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "bench: Xvfb is not installed (scripts/setup.sh installs xvfb)" >&2; exit 1; }
  dfile="$work/xvfb-display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dfile" >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    [ -s "$dfile" ] && DISPLAY=":$(tr -d '[:space:]' <"$dfile")" xdpyinfo >/dev/null 2>&1 && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
  done
  [ -s "$dfile" ] || { echo "bench: the X server did not start" >&2; exit 1; }
  export DISPLAY=":$(tr -d '[:space:]' <"$dfile")"
fi

# The synthetic collection, made once per size and reused while the generator and the schema stay the same.
export BENCH_BIG="$cache/synth-a$BENCH_ARTICLES-f$BENCH_FACTS-c$BENCH_CARDS-r$BENCH_REVIEWS"
echo "bench: synthetic collection in $BENCH_BIG" >&2
"$FACTDECK" --now "$BENCH_NOW" dev synth --articles "$BENCH_ARTICLES" --facts "$BENCH_FACTS" --cards "$BENCH_CARDS" \
  --reviews "$BENCH_REVIEWS" --seed 8 --out "$BENCH_BIG" >&2

results="$work/results.txt"
: >"$results"
# The three programs take turns, one start each per round, so a slow moment of the X server or the disk (glfwInit
# alone varies from 20 to 100 ms here) falls on all three alike; each figure is the median over the rounds.
echo "bench: startup and memory ($STARTUP_RUNS rounds)" >&2
# A copy, since the app may write to its database; the cached original stays as generated.
mkdir -p "$work/big-data" && cp "$BENCH_BIG/data/factdeck.db" "$work/big-data/"
rounds="$work/startup-rounds.txt"
: >"$rounds"
for round in $(seq 1 "$STARTUP_RUNS"); do
  idle=0
  [ "$round" = 1 ] && idle=$IDLE  # idle CPU is read once, on the seed window
  "$BENCH_STARTUP" minimal 1 0 -- "$BENCH_MINIMAL" >>"$rounds"
  "$BENCH_STARTUP" seed 1 "$idle" -- "$FACTDECK" --data-dir "$work/seed-data" --now "$BENCH_NOW" >>"$rounds"
  "$BENCH_STARTUP" big 1 0 -- "$FACTDECK" --data-dir "$work/big-data" --content "$BENCH_BIG/content" \
    --now "$BENCH_NOW" >>"$rounds"
done
rm -rf "$work/big-data"
awk -F'|' '{ n[$1]++; v[$1, n[$1]] = $2; unit[$1] = $3 }
  END { for (k in n) { c = n[k]; split("", a); for (i = 1; i <= c; i++) a[i] = v[k, i] + 0
          for (i = 2; i <= c; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
          m = c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
          printf "%s|%s|%s\n", k, (k ~ /idle/ ? sprintf("%.3f", m) : sprintf("%.1f", m)), unit[k] } }' "$rounds" | sort >>"$results"
for extra in "$here"/bench_*.sh; do
  [ -e "$extra" ] || continue
  echo "bench: $(basename "$extra")" >&2
  bash "$extra" "$work" >>"$results"
done

v() { value "$1" "$results"; }
min_ms=$(v minimal-startup-ms)
seed_ms=$(v seed-startup-ms)
big_ms=$(v big-startup-ms)
seed_ready=$(v seed-ready-ms)
big_ready=$(v big-ready-ms)
min_rss=$(v minimal-rss-mb)
seed_rss=$(v seed-rss-mb)
big_rss=$(v big-rss-mb)
big_extra=$(awk -v a="$big_rss" -v b="$seed_rss" 'BEGIN { if (a != "" && b != "") printf "%.1f", a - b }')
cards=$(thousands "$BENCH_CARDS")

table=${BENCH_TABLE:-"$FACTDECK_BUILD/bench.md"}
{
  echo "| figure | value | unit | target | met |"
  echo "|---|---|---|---|---|"
  info "startup to first frame, minimal GLFW+ImGui window" "$min_ms" ms
  info "startup to first frame, seed content" "$seed_ms" ms
  row "startup ratio, seed content / minimal window" "$(ratio "$seed_ms" "$min_ms")" x "<=" 1.3
  info "startup to first frame, $cards cards, $(thousands "$BENCH_REVIEWS") reviews" "$big_ms" ms
  row "startup ratio, $cards cards / seed content" "$(ratio "$big_ms" "$seed_ms")" x "<=" 1.5
  info "startup to ready (content loaded, cards synced, today's queue counted), seed content" "$seed_ready" ms
  info "startup to ready, $cards cards" "$big_ready" ms
  row "idle CPU over ${IDLE} s, window open on Today" "$(v seed-idle-cpu-s)" s "<=" 0.099 "< 0.1"
  info "resident memory, minimal window" "$min_rss" MB
  info "resident memory, seed content" "$seed_rss" MB
  row "memory ratio, seed content / minimal window" "$(ratio "$seed_rss" "$min_rss")" x "<=" 1.3
  info "resident memory, $cards cards" "$big_rss" MB
  row "memory, $cards cards minus seed content" "$big_extra" MB "<=" 60
  for extra in "$work"/table-*.md; do [ -e "$extra" ] && cat "$extra"; done
  echo
  echo "Medians of $BENCH_RUNS runs ($STARTUP_RUNS rounds for the window starts) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), display ${DISPLAY}; \
load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); took $((SECONDS - start)) s."
} >"$table"
cat "$table"
