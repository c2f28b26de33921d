#!/usr/bin/env bash
# Smoke run of every benchmark at the smallest size: each prints its figures, the synthetic content passes
# `factdeck check`. No time is asserted: timings belong to `make bench`, not to the tests.
source "$(dirname "$0")/lib.sh.inc"
: "${FACTDECK_SRC:?}"
make_workdir bench_smoke
bench="$FACTDECK_BUILD/tests/bench"
for p in bench_startup bench_minimal_window bench_engine; do
  [ -x "$bench/$p" ] || fail "no $bench/$p (build the project first)"
done
command -v node >/dev/null || fail "node is not installed (scripts/setup.sh installs nodejs and npm)"

export BENCH_STARTUP="$bench/bench_startup" BENCH_MINIMAL="$bench/bench_minimal_window" BENCH_ENGINE="$bench/bench_engine"
export BENCH_RUNS=1 BENCH_STARTUP_RUNS=1 BENCH_IDLE_SECONDS=1 BENCH_ANSWERS=5 BENCH_FSRS_HISTORIES=200
export BENCH_FSRS_FIT_SCALE=0.15
export BENCH_ARTICLES=12 BENCH_FACTS=10 BENCH_CARDS=140 BENCH_REVIEWS=2000
export BENCH_WORK="$WORK/work" BENCH_CACHE="$WORK/cache" BENCH_TABLE="$WORK/bench.md"
unset DISPLAY WAYLAND_DISPLAY
bash "$FACTDECK_SRC/tests/bench/run_bench.sh" >"$WORK/out.txt" 2>"$WORK/err.txt" ||
  fail "run_bench.sh failed: $(tail -n 20 "$WORK/err.txt")"
table="$BENCH_TABLE"
[ -s "$table" ] || fail "no $table"
pass "the benchmarks ran at the smallest size"

# Every figure has a value: no "missing" and no empty cells.
if grep -q '| missing |' "$table"; then fail "figures missing: $(grep '| missing |' "$table")"; fi
rows=$(grep -c '^| ' "$table")
[ "$rows" -ge 24 ] || fail "expected at least 24 table lines, got $rows: $(cat "$table")"
for figure in "startup ratio, seed content" "startup ratio, 140 cards" "memory ratio" "memory, 140 cards" \
  "content loading, 12 articles" "today's queue" "one answer committed" "statistics screen data, 2,000 reviews" \
  "question generation" "the class report (--json) at 36,000 answers" "class server: the class report" "FSRS throughput" "FSRS fit, learner 1: future log loss"; do
  grep -q "^| $figure" "$table" || fail "no row '$figure' in $(cat "$table")"
done
grep -q "same states: yes" "$table" || fail "Factdeck and ts-fsrs computed different states: $(grep FSRS "$table")"
grep -Eq '\| (yes|no) \|$' "$table" || fail "no met column"
pass "every figure is printed beside its target"

content=$(ls -d "$WORK"/cache/synth-*/content | head -n 1)
"$FACTDECK" check --content "$content" >"$WORK/check.txt" || fail "factdeck check failed: $(tail -n 5 "$WORK/check.txt")"
grep -q "120 facts" "$WORK/check.txt" && grep -q "0 errors, 0 warnings" "$WORK/check.txt" ||
  fail "synthetic content: $(tail -n 1 "$WORK/check.txt")"
pass "the synthetic content passes factdeck check"

# The cache: a second synth with the same parameters reuses the collection.
out=$("$FACTDECK" --now 2026-03-02T09:00:00Z dev synth --articles 12 --facts 10 --cards 140 --reviews 2000 --seed 8 \
  --out "$(dirname "$content")")
grep -q '^reused' <<<"$out" || fail "the synthetic collection was not reused"
pass "the synthetic collection is reused"
