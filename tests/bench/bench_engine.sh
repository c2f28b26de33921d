#!/usr/bin/env bash
# The engine's figures on the synthetic collection: content loading, today's queue, one answer, statistics, and
# question generation on the seed content. $1 is the work folder; rows go to $1/table-engine.md.
set -euo pipefail
: "${BENCH_ENGINE:?}" "${BENCH_BIG:?}" "${BENCH_NOW:?}" "${FACTDECK_SRC:?}"
here="$FACTDECK_SRC/tests/bench"
source "$here/table.sh.inc"
work=$1
runs=${BENCH_RUNS:-7}
out="$work/engine.txt"
: >"$out"

# Loading twice: every file parsed (the first start, no parse cache yet), then the usual start, with the parse
# cache the first load wrote (in the work folder; emptied before the first load).
"$BENCH_ENGINE" load "$BENCH_BIG/content" "$runs" | sed 's/^load-/load-parse-/' >>"$out"
"$BENCH_ENGINE" load "$BENCH_BIG/content" "$runs" "$work/parse-cache" >>"$out"
"$BENCH_ENGINE" load-memory "$BENCH_BIG/content" "$work/parse-cache" >>"$out"
"$BENCH_ENGINE" queue "$BENCH_BIG/content" "$BENCH_BIG/data/factdeck.db" "$BENCH_NOW" "$runs" >>"$out"
"$BENCH_ENGINE" stats "$BENCH_BIG/content" "$BENCH_BIG/data/factdeck.db" "$BENCH_NOW" "$runs" >>"$out"
# Answers change the database: they go to a copy, made fresh for every run of the benchmark.
mkdir -p "$work/answer-data"
cp "$BENCH_BIG/data/factdeck.db" "$work/answer-data/"
"$BENCH_ENGINE" answer "$BENCH_BIG/content" "$work/answer-data/factdeck.db" "$BENCH_NOW" "${BENCH_ANSWERS:-200}" >>"$out"
"$BENCH_ENGINE" fsync "$work/answer-data" "${BENCH_ANSWERS:-200}" >>"$out"
rm -rf "$work/answer-data"
# The same answers with the database in memory (tmpfs, where fdatasync costs nothing): the engine's own part.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  shm=$(mktemp -d /dev/shm/factdeck-bench.XXXXXX)
  cp "$BENCH_BIG/data/factdeck.db" "$shm/"
  "$BENCH_ENGINE" answer "$BENCH_BIG/content" "$shm/factdeck.db" "$BENCH_NOW" "${BENCH_ANSWERS:-200}" |
    sed 's/^answer-/answer-shm-/' >>"$out"
  rm -rf "$shm"
fi
"$BENCH_ENGINE" generate "$FACTDECK_SRC/content" "$runs" >>"$out"
"$BENCH_ENGINE" quiz "$BENCH_BIG/content" "$runs" >>"$out"
"$BENCH_ENGINE" class "$work/class-bench" "$runs" >>"$out"
# The class server's rows need a PostgreSQL 15 of their own (durable: fsync on, as a school's server would run).
PG_DURABLE=1
source "$FACTDECK_SRC/tests/e2e/pg.sh.inc"
server_skip=""
if pg_available; then
  start_pg
  "$FACTDECK" class server-init --db "$PG_URL" >/dev/null
  "$BENCH_ENGINE" class-server "$PG_URL" "$runs" >>"$out"
  stop_pg
else
  server_skip="PostgreSQL 15 is not installed in $PG_BIN (make setup installs postgresql): the class server's rows are left out"
  echo "bench_engine: $server_skip" >&2
fi
cat "$out"

v() { value "$1" "$out"; }
cards=$(thousands "$(v queue-cards)")
reviews=$(thousands "$(v stats-reviews)")
{
  row "content loading, $(thousands "$(v load-articles)") articles ($(thousands "$(v load-facts)") facts), usual start: parse cache filled (CPU $(v load-cpu-ms) ms, all threads)" "$(v load-ms)" ms "<" 500
  info "content loading, first start: every file parsed, no cache (CPU $(v load-parse-cpu-ms) ms, all threads)" "$(v load-parse-ms)" ms
  info "the same, filling the parse cache (CPU $(v load-cold-cpu-ms) ms)" "$(v load-cold-ms)" ms
  info "memory the loaded content keeps (RSS growth; $(v load-fact-structs-mb) MB of it Fact structs)" "$(v load-rss-mb)" MB
  info "card sync at start-up, $cards cards (nothing to change)" "$(v sync-ms)" ms
  row "today's queue and Today counts, $cards cards (CPU $(v queue-cpu-ms) ms)" "$(v queue-ms)" ms "<" 20
  info "the same, first time (statements not yet prepared)" "$(v queue-first-ms)" ms
  info "first card's question at $cards cards (generation, first call)" "$(v first-prompt-ms)" ms
  row "one answer committed (WAL, synchronous=FULL), median" "$(v answer-ms)" ms "<" 2
  info "one answer committed, 90th percentile" "$(v answer-p90-ms)" ms
  info "the disk's part: 4 KiB written and fdatasync'd, median" "$(v fsync-ms)" ms
  [ -z "$(v answer-shm-ms)" ] || info "the engine's part: one answer with the database on tmpfs, median" "$(v answer-shm-ms)" ms
  row "statistics screen data, $reviews reviews (CPU $(v stats-cpu-ms) ms)" "$(v stats-ms)" ms "<" 150
  info "the same, first time (cold statements and cache)" "$(v stats-first-ms)" ms
  row "question generation, every quality rule checked (seed content)" "$(v generate-per-s)" "questions/s" ">=" 50000
  row "a teacher's 20-question quiz over all $(thousands "$(v load-articles)") articles, every rule checked (CPU $(v quiz20-cpu-ms) ms)" "$(v quiz20-ms)" ms "<" 300
  row "the same, 40 questions (CPU $(v quiz40-cpu-ms) ms)" "$(v quiz40-ms)" ms "<" 300
  row "the class report (--json) at 36,000 answers: 30 classes x 30 students x 40 questions, statistics across all" "$(v class-report-ms)" ms "<" 200
  info "a 36,000-answer bundle read and imported (one transaction)" "$(v class-import-ms)" ms
  if [ -z "$server_skip" ]; then
    info "class server (PostgreSQL 15, fsync on): answers pushed, batches of 1,000, one connection" "$(v server-push-per-s)" events/s
    row "class server: the class report (--json) at 36,000 answers" "$(v server-report-ms)" ms "<" 200
    info "class server: a 36,000-answer bundle read, checked and imported (one transaction)" "$(v server-import-ms)" ms
  fi
} >"$work/table-engine.md"
