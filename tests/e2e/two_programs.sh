#!/usr/bin/env bash
# Two programs on one data folder: two terminal sessions answering at once lose nothing and damage nothing;
# a program that holds the database too long gets a clear message, not a hang or a lost answer.
source "$(dirname "$0")/lib.sh.inc"
make_workdir two_programs
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/setup.sh installs it)"

data="$WORK/data"
db="$data/factdeck.db"
now=2026-01-15T08:00:00Z

# Answers fed slowly, so that the two sessions' transactions interleave.
slow_answers() {
  local i
  for i in $(seq 1 "$1"); do
    echo "?"
    echo ""
    sleep 0.02
  done
}

slow_answers 40 | "$FACTDECK" --data-dir "$data" --now "$now" study --terminal --new 200 >"$WORK/a.txt" 2>&1 &
pa=$!
slow_answers 40 | "$FACTDECK" --data-dir "$data" --now "$now" study --terminal --new 200 >"$WORK/b.txt" 2>&1 &
pb=$!
wait $pa || fail "the first session failed: $(tail -3 "$WORK/a.txt")"
wait $pb || fail "the second session failed: $(tail -3 "$WORK/b.txt")"
acked_a=$(grep -c '^Rated [A-Za-z]*:' "$WORK/a.txt" || true)
acked_b=$(grep -c '^Rated [A-Za-z]*:' "$WORK/b.txt" || true)
stored=$(sqlite3 "$db" "SELECT count(*) FROM reviews")
# A card both sessions were asked at once is kept once: the later answer is refused with a message.
elsewhere=$(cat "$WORK/a.txt" "$WORK/b.txt" | grep -c "answered in another Factdeck" || true)
[ $((acked_a + acked_b + elsewhere)) -eq 80 ] || fail "80 answers given: $acked_a + $acked_b kept, $elsewhere refused"
[ "$stored" -eq $((acked_a + acked_b)) ] || fail "$acked_a + $acked_b answers acknowledged, $stored stored"
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after two sessions"
[ "$(sqlite3 "$db" "SELECT count(*) FROM cards")" -eq "$(sqlite3 "$db" "SELECT count(DISTINCT article || '/' || fact || '/' || direction) FROM cards")" ] ||
  fail "the two sessions created duplicate cards"
pass "two terminal sessions at once: $acked_a + $acked_b answers acknowledged, $stored stored, $elsewhere answered first by the other, integrity ok"

# Another program holds a write transaction for longer than the busy timeout (5 s).
(
  echo "BEGIN IMMEDIATE;"
  echo "UPDATE settings SET value = value WHERE 0;"
  sleep 8
  echo "COMMIT;"
) | sqlite3 "$db" &
holder=$!
PIDS+=($holder)
# Until the other program holds the lock: a write that may not wait fails.
wait_until "the other program did not take the lock" \
  '! sqlite3 -cmd ".timeout 0" "$db" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1'
before=$(sqlite3 "$db" "SELECT count(*) FROM reviews")
set +e
out=$(slow_answers 3 | timeout 60 "$FACTDECK" --data-dir "$data" --now "$now" study --terminal --new 200 2>&1)
rc=$?
set -e
wait $holder || true
[ $rc -ne 124 ] || fail "the session hung behind the other program's lock"
if [ $rc -ne 0 ]; then
  grep -q "Another program" <<<"$out" || fail "blocked session: unclear message: $(echo "$out" | tail -3)"
  echo "  blocked: $(echo "$out" | grep "Another program" | head -n 1 | cut -c1-200)"
fi
acked=$(grep -c '^Rated [A-Za-z]*:' <<<"$out" || true)
after=$(sqlite3 "$db" "SELECT count(*) FROM reviews")
[ "$after" -eq $((before + acked)) ] || fail "blocked session: $acked acknowledged, $((after - before)) stored"
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after the blocked session"
pass "a program holding the database past the busy timeout: clear message (rc $rc), $acked acknowledged = stored"
