#!/usr/bin/env bash
# The class server under faults: 50 SIGKILLs of a pushing student (no duplicate, no acknowledged answer lost), the
# server stopped in the middle of a push (it says so, a later push sends the rest), and bad input (a malformed
# bundle, another class's bundle, a wrong password, a server of a newer schema): a clear message, nothing written.
# KILL_RUNS sets the kills (default 50), KILL_SEED their random moments.
source "$(dirname "$0")/lib.sh.inc"
source "$(dirname "$0")/pg.sh.inc"
class_server_setup class_server_faults
on_server() { pg_sql "SELECT count(*) FROM factdeck.events"; }
fd class server-init --db "$PG_URL" >/dev/null
teacher=$(pg_login teacher teacher-pw factdeck_teacher)
kim=$(pg_login kim kim-pw factdeck_student)
id=$(fd --data-dir "$WORK/teacher" class assign --class 7B --articles china-tech-self-reliance-2025 --types mcq --count 8 \
  --seed 5 --db "$teacher" -o "$WORK/a.json")
questions=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["questions"]))' "$WORK/a.json")
same_answer() { for _ in $(seq 1 "$questions"); do echo "$1"; done; }  # (not yes | head: under pipefail, yes dies of SIGPIPE)

# 50 kills: in each, one more student answers on Kim's machine (each answer acknowledged by "Saved." once committed)
# while a push in small batches runs, killed at a random moment of the time an uninterrupted one takes.
runs=${KILL_RUNS:-50}
RANDOM=${KILL_SEED:-$$}
kdir="$WORK/kim"
ms() { date +%s%3N; }
delay() { awk -v r="$RANDOM" -v s="$RANDOM" -v max="$1" 'BEGIN { printf "%.3f", (r * 32768 + s) / 1073741824 * max / 1000 }'; }
take_one() { # student name: answers every question, prints how many it acknowledged
  same_answer 2 | fd --data-dir "$kdir" class take "$id" --db "$kim" --student "$1" --terminal | grep -c '^Saved\.$'
}
push() { exec "$FACTDECK" --data-dir "$kdir" class push --db "$kim" --batch 2; }
acked=0
for s in $(seq 1 10); do acked=$((acked + $(take_one "warm-$s"))); done
t0=$(ms)
(push) >"$WORK/push0.log" 2>&1 || fail "an uninterrupted push failed: $(cat "$WORK/push0.log")"
window=$(($(ms) - t0))
[ "$(on_server)" = "$acked" ] || fail "uninterrupted push: $(on_server) on the server, $acked acknowledged"
sqlite3 "$kdir/class.sqlite3" "UPDATE events SET pushed = 0"  # each kill's push has the same work to do as this one
killed=0
for r in $(seq 1 "$runs"); do
  # The student answers while the push runs: the same database written by one, read and marked by the other.
  take_one "kill-$r" >"$WORK/acked" &
  taker=$!
  push >"$WORK/push.log" 2>&1 &
  pid=$!
  sleep "$(delay "$window")"
  kill -KILL "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null || true
  wait "$taker" || fail "run $r: the student's take failed"
  acked=$((acked + $(cat "$WORK/acked")))
  sqlite3 "$kdir/class.sqlite3" "PRAGMA integrity_check" | grep -qx ok || fail "run $r: the local database is damaged"
done
out=$(fd --data-dir "$kdir" class push --db "$kim") || fail "the push after the kills: $out"
local_ids=$(sqlite3 "$kdir/class.sqlite3" "SELECT id FROM events ORDER BY id")
server_ids=$(pg_sql "SELECT id FROM factdeck.events ORDER BY id COLLATE \"C\"")
[ "$(pg_sql "SELECT count(*) - count(DISTINCT id) FROM factdeck.events")" = 0 ] || fail "a duplicate on the server"
[ "$(echo "$local_ids" | wc -l)" = "$acked" ] || fail "$acked answers acknowledged, $(echo "$local_ids" | wc -l) kept locally"
[ "$local_ids" = "$server_ids" ] || fail "the server's answers are not this machine's: $(diff <(echo "$local_ids") <(echo "$server_ids") | head -n 4)"
[ "$(sqlite3 "$kdir/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 0")" = 0 ] || fail "answers left unmarked"
pass "$runs SIGKILLs of a pushing student ($killed mid-push, window ${window} ms): all $acked acknowledged answers on the server once"

# The server stopped in the middle of a push. A gate (a trigger, for this test only) holds the third batch on an
# advisory lock this script holds, so the stop lands while that batch is in flight, after two were committed.
mdir="$WORK/mid"
for s in $(seq 1 5); do same_answer 1 | fd --data-dir "$mdir" class take "$id" --db "$kim" --student "mid-$s" --terminal >/dev/null; done
total=$((5 * questions))
pg_sql "CREATE FUNCTION public.gate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS \$\$ BEGIN
  IF (SELECT count(*) FROM factdeck.events WHERE student LIKE 'mid-%') >= 16 THEN PERFORM pg_advisory_xact_lock(4242); END IF;
  RETURN NULL; END \$\$" >/dev/null
pg_sql "CREATE TRIGGER gate BEFORE INSERT ON factdeck.events FOR EACH STATEMENT EXECUTE FUNCTION public.gate()" >/dev/null
PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h "$PG_DIR" -U postgres -d factdeck -XAtq \
  -c "SELECT pg_advisory_lock(4242)" -c "SELECT pg_sleep(600)" >/dev/null 2>&1 &
PIDS+=($!)
wait_until "the gate's lock was not taken" \
  '[ "$(pg_sql "SELECT count(*) FROM pg_locks WHERE locktype = '"'advisory'"' AND objid = 4242 AND granted")" = 1 ]'
"$FACTDECK" --data-dir "$mdir" class push --db "$kim" --batch 8 >"$WORK/mid.out" 2>"$WORK/mid.err" &
pusher=$!
wait_until "the push did not reach the gate" \
  '[ "$(pg_sql "SELECT count(*) FROM pg_locks WHERE locktype = '"'advisory'"' AND objid = 4242 AND NOT granted")" = 1 ]'
pg_stop
set +e
wait "$pusher"; rc=$?
set -e
[ $rc = 1 ] || fail "the interrupted push exited $rc: $(cat "$WORK/mid.err")"
grep -q "the connection was lost" "$WORK/mid.err" && grep -q "^16 answers sent, 0 already on the server; $((total - 16)) wait on this machine: push again when the server is back" "$WORK/mid.err" ||
  fail "the interrupted push did not say so: $(cat "$WORK/mid.err")"
[ "$(sqlite3 "$mdir/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 1")" = 16 ] || fail "the sent answers are not marked"
set +e
fd --data-dir "$mdir" class push --db "$kim" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "cannot reach the class server" "$WORK/o" && grep -q "$((total - 16)) answers wait on this machine" "$WORK/o" ||
  fail "a push to a stopped server: rc $rc, $(cat "$WORK/o")"
# Offline, a student who took the assignment here before carries on from the copy kept here.
same_answer 1 | fd --data-dir "$mdir" class take "$id" --db "$kim" --student "mid-6" --terminal >/dev/null 2>"$WORK/offline.err" ||
  fail "take offline: $(cat "$WORK/offline.err")"
grep -q "Taking the copy of the assignment kept on this machine" "$WORK/offline.err" || fail "take offline did not say so: $(cat "$WORK/offline.err")"
total=$((total + questions))
pg_start
pg_sql "DROP TRIGGER gate ON factdeck.events" >/dev/null
out=$(fd --data-dir "$mdir" class push --db "$kim")
[ "$out" = "$((total - 16)) answers sent, 0 already on the server" ] || fail "the push after the restart: $out"
[ "$(pg_sql "SELECT count(*) FROM factdeck.events WHERE student LIKE 'mid-%'")" = "$total" ] || fail "answers lost to the stop"
pass "the server stopped mid-push: the push says so, a push to a stopped server too, take works offline, and the next push sends the rest"

# Bad input: each refused with what and where, and nothing written (on the server, nor a mark here).
before=$(on_server)
fd --data-dir "$WORK/bundler" class take "$id" --db "$kim" --student "bundled" --terminal < <(same_answer 3) >/dev/null
fd --data-dir "$WORK/bundler" class bundle -o "$WORK/b.json" >/dev/null
head -c 900 "$WORK/b.json" >"$WORK/truncated.json"
sed "s/$id/0190aaaa-0000-7000-8000-000000000000/" "$WORK/b.json" >"$WORK/other.json"
python3 - "$WORK/b.json" "$WORK/last-bad.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b["events"][-1]["question"] = "no-such-question"  # the last one bad: the good ones before it must not go in either
json.dump(b, open(sys.argv[2], "w"))
PY
expect_refusal() { # what, pattern, command...
  local what=$1 pattern=$2 rc
  shift 2
  set +e
  "$@" >"$WORK/o" 2>&1; rc=$?
  set -e
  [ $rc = 1 ] && grep -q -- "$pattern" "$WORK/o" || fail "$what: rc $rc, $(cat "$WORK/o")"
  [ "$(on_server)" = "$before" ] || fail "$what: the server changed"
}
expect_refusal "a malformed bundle" "truncated.json:[0-9]*:[0-9]*: not valid JSON" fd class import "$WORK/truncated.json" --db "$teacher"
expect_refusal "another class's bundle" "events\[0\].assignment: '0190aaaa-0000-7000-8000-000000000000' is not an assignment of this class (host=$PG_DIR dbname=factdeck user=teacher password=\*\*\*); nothing was imported" \
  fd class import "$WORK/other.json" --db "$teacher"
expect_refusal "a bundle with one bad answer" "is not a question of assignment $id; nothing was imported" fd class import "$WORK/last-bad.json" --db "$teacher"
expect_refusal "a wrong password" "password authentication failed for user \"kim\"" fd --data-dir "$WORK/bundler" class push --db "$PG_HOST_URL user=kim password=not-kims"
grep -q "not-kims" "$WORK/o" && fail "the wrong password was echoed"
[ "$(sqlite3 "$WORK/bundler/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 1")" = 0 ] || fail "a refused push marked answers"
tables=$(pg_sql "SELECT count(*) FROM pg_tables WHERE schemaname = 'factdeck'")
pg_sql "UPDATE factdeck.schema_version SET version = 99" >/dev/null
newer_refused() {
  expect_refusal "a newer server ($1)" "class schema 99, newer than this program knows (2); update Factdeck. Nothing was written" \
    fd --data-dir "$WORK/bundler" class "$@"
}
newer_refused server-init --db "$PG_URL"
newer_refused push --db "$kim"
newer_refused import "$WORK/b.json" --db "$teacher"
grep -q "$PG_PASSWORD" "$WORK/o" && fail "the admin's password was echoed"
[ "$(pg_sql "SELECT count(*) FROM pg_tables WHERE schemaname = 'factdeck'")" = "$tables" ] || fail "server-init changed a newer schema"
[ "$(pg_sql "SELECT version FROM factdeck.schema_version")" = 99 ] || fail "server-init rewrote a newer version"
[ "$(sqlite3 "$WORK/bundler/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 1")" = 0 ] || fail "a refused push marked answers"
pass "a malformed bundle, another class's bundle, a bad answer, a wrong password, a newer schema: refused, nothing written"
