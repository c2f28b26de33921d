#!/usr/bin/env bash
# SIGKILL at random moments of a piped study session and of quiz exports: no acknowledged answer lost, no damage.
#
# KILL_RUNS kills in all (default 30; `make fuzz` runs 240): two thirds during `study --terminal`, the
# rest during `quiz -o FILE`. After each study kill: every answer the session acknowledged (its
# "Rated ..." line, printed only after the answer's transaction committed) is in the database, at most
# one more (committed, killed before it could say so), integrity_check is ok, every backup is whole,
# and the next start works. After each export kill: the file is absent or byte-identical to an
# uninterrupted export. KILL_SEED fixes the random moments.
source "$(dirname "$0")/lib.sh.inc"
make_workdir kill_anywhere
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/setup.sh installs it)"

runs=${KILL_RUNS:-30}
RANDOM=${KILL_SEED:-$$}
study_runs=$((runs * 2 / 3))
export_runs=$((runs - study_runs))
data="$WORK/data"
now=2026-01-15T08:00:00Z
db="$data/factdeck.db"

# Piped answers: "?" (I don't know) is an answer to every type; digits and t/f answer some. Each is
# followed by an empty line (keep the rating), so the session walks through many cards.
answers="$WORK/answers.txt"
for i in $(seq 1 300); do
  case $((i % 4)) in 0) echo "?" ;; 1) echo "1" ;; 2) echo "t" ;; 3) echo "2" ;; esac
  echo ""
done >"$answers"

# exec: run in the background, the function's subshell becomes factdeck, so the kill reaches it.
study() { exec "$FACTDECK" --data-dir "$data" --now "$now" study --terminal --new 500 <"$answers"; }
reviews() { sqlite3 "$db" "SELECT count(*) FROM reviews"; }
# Milliseconds since the epoch, for calibrating the kill window.
ms() { date +%s%3N; }
# A random delay in [0, $1] ms, as seconds for sleep.
delay() { awk -v r="$RANDOM" -v s="$RANDOM" -v max="$1" 'BEGIN { printf "%.3f", (r * 32768 + s) / 1073741824 * max / 1000 }'; }

# The window: how long an uninterrupted session takes (it ends when the piped answers run out).
t0=$(ms)
(study) >"$WORK/first.txt" 2>&1 || fail "an uninterrupted session failed: $(tail -3 "$WORK/first.txt")"
window=$(($(ms) - t0))
first=$(grep -c '^Rated [A-Za-z]*:' "$WORK/first.txt" || true)
[ "$first" -gt 0 ] && [ "$(reviews)" -eq "$first" ] || fail "uninterrupted: $first acknowledged, $(reviews) stored"
echo "study session: $first answers in ${window} ms; killing $study_runs times within that"

lost=0 extra=0 killed_mid=0
for i in $(seq 1 "$study_runs"); do
  before=$(reviews)
  study >"$WORK/out.txt" 2>&1 &
  pid=$!
  sleep "$(delay "$window")"
  kill -KILL "$pid" 2>/dev/null && killed_mid=$((killed_mid + 1))
  wait "$pid" 2>/dev/null || true
  acked=$(grep -c '^Rated [A-Za-z]*:' "$WORK/out.txt" || true)
  after=$(reviews)
  stored=$((after - before))
  if [ "$stored" -lt "$acked" ]; then
    fail "run $i: $acked answers acknowledged but only $stored stored (lost $((acked - stored)))"
  fi
  [ "$stored" -le $((acked + 1)) ] || fail "run $i: $stored stored but only $acked acknowledged (more than the one in flight)"
  [ "$stored" -gt "$acked" ] && extra=$((extra + 1))
  check=$(sqlite3 "$db" "PRAGMA integrity_check")
  [ "$check" = "ok" ] || fail "run $i: integrity_check says: $check"
  for b in "$data"/backups/factdeck-*.db; do
    [ -e "$b" ] || continue
    [ "$(sqlite3 "$b" "PRAGMA integrity_check")" = "ok" ] || fail "run $i: backup $b is damaged"
  done
  "$FACTDECK" --data-dir "$data" --now "$now" stats >"$WORK/stats.txt" 2>&1 || fail "run $i: the next start failed: $(cat "$WORK/stats.txt")"
done
pass "study: $study_runs kills ($killed_mid mid-session), no acknowledged answer lost, $extra committed just before the kill, integrity ok, backups whole, next start works ($(reviews) answers stored)"

# Exports: each format the quiz command writes, compared with an uninterrupted export.
formats=(json md)
for f in gift moodle-xml html; do
  "$FACTDECK" quiz --format "$f" --count 5 --seed 3 >/dev/null 2>&1 && formats+=("$f")
done
mkdir -p "$WORK/export"
declare -A reference window_of
for f in "${formats[@]}"; do
  t0=$(ms)
  "$FACTDECK" quiz --format "$f" --count 40 --seed 7 -o "$WORK/export/reference.$f" 2>/dev/null ||
    fail "an uninterrupted $f export failed"
  window_of[$f]=$(($(ms) - t0))
  reference[$f]="$WORK/export/reference.$f"
done
killed_mid=0 absent=0
for i in $(seq 1 "$export_runs"); do
  f=${formats[$((i % ${#formats[@]}))]}
  out="$WORK/export/quiz.$f"
  rm -f "$out"
  "$FACTDECK" quiz --format "$f" --count 40 --seed 7 -o "$out" >/dev/null 2>&1 &
  pid=$!
  sleep "$(delay "${window_of[$f]}")"
  kill -KILL "$pid" 2>/dev/null && killed_mid=$((killed_mid + 1))
  wait "$pid" 2>/dev/null || true
  if [ -e "$out" ]; then
    cmp -s "$out" "${reference[$f]}" || fail "export run $i ($f): the file exists but differs from a whole export ($(wc -c <"$out") bytes)"
  else
    absent=$((absent + 1))
  fi
done
pass "exports (${formats[*]}): $export_runs kills ($killed_mid mid-write), each file whole or absent ($absent absent)"
echo "kill_anywhere: $((study_runs + export_runs)) kills in all"
