#!/usr/bin/env bash
# A class through the PostgreSQL class server: server-init twice, the teacher assigns on the server, two students
# take it from there and push (again: nothing twice), a third student's bundle is imported into the server twice,
# and the server's report is byte for byte the report of the same class done through files. The roles hold: a
# student cannot read the answers or add an assignment; no password reaches the local database or a message. A server
# a schema-1 build made and used migrates to schema 2 with its rows, its class left open.
source "$(dirname "$0")/lib.sh.inc"
source "$(dirname "$0")/pg.sh.inc"
class_server_setup class_server

out=$(fd --data-dir "$WORK/admin" class server-init --db "$PG_URL")
[[ $out == "class schema version 2 created"* ]] || fail "first server-init: $out"
out=$(fd --data-dir "$WORK/admin" class server-init --db "$PG_URL")
[ "$out" = "the class schema is at version 2 already; nothing to do" ] || fail "second server-init: $out"
[ "$(pg_sql "SELECT version FROM factdeck.schema_version")" = 2 ] || fail "schema_version is not 2"
# Two at once on another database: the advisory lock lets one create the schema, the other then finds it made.
pg_sql_db postgres "CREATE DATABASE factdeck_b" >/dev/null
url_b="host=$PG_DIR dbname=factdeck_b user=postgres password=$PG_PASSWORD"
fd --data-dir "$WORK/admin" class server-init --db "$url_b" >"$WORK/init-a.out" 2>&1 &
first=$!
fd --data-dir "$WORK/admin" class server-init --db "$url_b" >"$WORK/init-b.out" 2>&1 || fail "concurrent server-init: $(cat "$WORK/init-b.out")"
wait "$first" || fail "concurrent server-init: $(cat "$WORK/init-a.out")"
[ "$(cat "$WORK"/init-[ab].out | sort | cut -c1-30)" = "$(printf '%s\n' "class schema version 2 created" "the class schema is at version")" ] ||
  fail "two server-inits at once: $(cat "$WORK"/init-[ab].out)"
# Two at once on two new databases: the roles are the cluster's, and both find or make them.
for db in factdeck_c factdeck_d; do pg_sql_db postgres "CREATE DATABASE $db" >/dev/null; done
pg_sql_db factdeck_b "DROP SCHEMA factdeck CASCADE" >/dev/null
pg_sql "DROP SCHEMA factdeck CASCADE" >/dev/null
pg_sql_db postgres "DROP ROLE factdeck_teacher" >/dev/null
pg_sql_db postgres "DROP ROLE factdeck_student" >/dev/null
fd --data-dir "$WORK/admin" class server-init --db "host=$PG_DIR dbname=factdeck_c user=postgres password=$PG_PASSWORD" >"$WORK/init-c.out" 2>&1 &
first=$!
fd --data-dir "$WORK/admin" class server-init --db "host=$PG_DIR dbname=factdeck_d user=postgres password=$PG_PASSWORD" >"$WORK/init-d.out" 2>&1 ||
  fail "server-init on a second database at once: $(cat "$WORK/init-d.out")"
wait "$first" || fail "server-init on a second database at once: $(cat "$WORK/init-c.out")"
[ "$(pg_sql_db postgres "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'factdeck\_%'")" = 2 ] || fail "the roles are not there"
fd --data-dir "$WORK/admin" class server-init --db "$PG_URL" >/dev/null
pass "server-init creates the schema and roles, a second run changes nothing, two at once (one database or two) too"

teacher=$(pg_login teacher 'tea pw' factdeck_teacher)
s1=$(pg_login ana ana-pw-1 factdeck_student)
s2=$(pg_login ben ben-pw-2 factdeck_student)
s3=$(pg_login cy cy-pw-3 factdeck_student)
id=$(fd --data-dir "$WORK/teacher" class assign --class 7B --title "Week 6" --articles china-tech-self-reliance-2025 \
  --types mcq --count 6 --seed 3 --db "$teacher" -o "$WORK/week6.json")
[[ $id =~ ^[0-9a-f]{8}-[0-9a-f]{4}-7 ]] || fail "assign --db printed '$id'"
[ "$(pg_sql "SELECT count(*) FROM factdeck.assignments WHERE id = '$id'")" = 1 ] || fail "the assignment is not on the server"
pass "assign --db keeps the assignment on the server and prints its id"

# Each student answers option k+1 of question k (mod 4), a different mix each.
answers() { for k in 0 1 2 3 4 5; do echo $(((k + $1) % 4 + 1)); done; }
answers 0 | fd --data-dir "$WORK/ana" class take "$id" --db "$s1" --student Ana --terminal >"$WORK/take-ana.log" ||
  fail "take from the server: $(tail -n 3 "$WORK/take-ana.log")"
answers 1 | fd --data-dir "$WORK/ben" class take "$id" --db "$s2" --student Ben --terminal >"$WORK/take-ben.log" ||
  fail "take from the server: $(tail -n 3 "$WORK/take-ben.log")"
answers 2 | fd --data-dir "$WORK/cy" class take "$id" --db "$s3" --student Cy --terminal >/dev/null
[ "$(pg_sql "SELECT count(*) FROM factdeck.events")" = 0 ] || fail "answers reached the server before a push"
[ "$(sqlite3 "$WORK/ana/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 0")" = 6 ] || fail "Ana's answers are not kept locally"
pass "take ID --db fetches the assignment; the answers are committed locally first"

out=$(fd --data-dir "$WORK/ana" class push --db "$s1")
[ "$out" = "6 answers sent, 0 already on the server" ] || fail "Ana's push: $out"
out=$(fd --data-dir "$WORK/ben" class push --db "$s2")
[ "$out" = "6 answers sent, 0 already on the server" ] || fail "Ben's push: $out"
out=$(fd --data-dir "$WORK/ana" class push --db "$s1")
[ "$out" = "0 answers sent, 0 already on the server" ] || fail "Ana's second push: $out"
# As if a push had died between the server's commit and the local mark: everything is sent again, nothing twice.
sqlite3 "$WORK/ana/class.sqlite3" "UPDATE events SET pushed = 0"
out=$(fd --data-dir "$WORK/ana" class push --db "$s1")
[ "$out" = "0 answers sent, 6 already on the server" ] || fail "Ana's push after a lost acknowledgement: $out"
[ "$(pg_sql "SELECT count(*), count(DISTINCT id) FROM factdeck.events")" = "12|12" ] || fail "the server does not hold 12 answers once each"
[ "$(pg_sql "SELECT string_agg(DISTINCT pushed_by, ',' ORDER BY pushed_by) FROM factdeck.events")" = "ana,ben" ] ||
  fail "the server did not stamp who pushed"
pass "push sends what was not sent, prints sent/already-there, and a repeat adds nothing"

fd --data-dir "$WORK/cy" class bundle -o "$WORK/cy.json" >/dev/null
out=$(fd --data-dir "$WORK/teacher" class import "$WORK/cy.json" --db "$teacher")
[ "$out" = "6 answers added, 0 already here" ] || fail "first import into the server: $out"
before=$(pg_sql "SELECT count(*), max(received) FROM factdeck.events")
out=$(fd --data-dir "$WORK/teacher" class import "$WORK/cy.json" --db "$teacher")
[ "$out" = "0 answers added, 6 already here" ] || fail "second import into the server: $out"
[ "$(pg_sql "SELECT count(*), max(received) FROM factdeck.events")" = "$before" ] || fail "the second import changed the server"
pass "a bundle imported into the server twice: no change the second time"

# The same class through files on another machine: the assignment file and every student's bundle.
fd --data-dir "$WORK/files" class import "$WORK/week6.json" --local >/dev/null
for s in ana ben; do fd --data-dir "$WORK/$s" class bundle --all -o "$WORK/$s.json" >/dev/null; done
for s in ana ben cy; do fd --data-dir "$WORK/files" class import "$WORK/$s.json" --local >/dev/null; done
for format in --json --csv ""; do
  fd --data-dir "$WORK/teacher" class report "$id" --db "$teacher" $format >"$WORK/server-report$format" ||
    fail "report --db $format"
  fd --data-dir "$WORK/files" class report "$id" --local $format >"$WORK/files-report$format"
  cmp -s "$WORK/server-report$format" "$WORK/files-report$format" ||
    fail "report $format from the server differs from the files': $(diff "$WORK/server-report$format" "$WORK/files-report$format" | head -n 5)"
done
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["students"]) == 3 and r["attempts"] == 3, r["students"]' \
  "$WORK/server-report--json" || fail "the server's report does not hold the three students"
pass "report --db (JSON, CSV, text) equals the report of the same class through files"

# Least privilege: a student reads no answers and adds no assignment; nobody changes or deletes an answer.
set +e
fd --data-dir "$WORK/ana" class report "$id" --db "$s1" --json >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "permission denied for table events" "$WORK/o" || fail "a student read the report: rc $rc, $(cat "$WORK/o")"
set +e
fd --data-dir "$WORK/ana" class assign --class 7B --articles china-tech-self-reliance-2025 --count 3 --db "$s1" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "permission denied for table assignments" "$WORK/o" || fail "a student added an assignment: rc $rc, $(cat "$WORK/o")"
for sql in "UPDATE factdeck.events SET student = 'x'" "DELETE FROM factdeck.events" "SELECT count(*) FROM factdeck.events" \
  "INSERT INTO factdeck.events (id, assignment, student, question, choice, answer, correct, time, duration_ms, pushed_by) VALUES ('x', '$id', 'x', 'x', 0, '', true, 0, 0, 'ben')"; do
  PGPASSWORD=ana-pw-1 "$PG_BIN/psql" -h "$PG_DIR" -U ana -d factdeck -XAtq -c "$sql" >"$WORK/o" 2>&1 &&
    fail "a student may: $sql"
  grep -q "permission denied" "$WORK/o" || fail "$sql: $(cat "$WORK/o")"
done
pg_sql "DELETE FROM factdeck.events" >"$WORK/o" 2>&1 && fail "the admin deleted answers"
grep -q "answers and assignments are never changed" "$WORK/o" || fail "delete as admin: $(cat "$WORK/o")"
pass "a student may only read assignments and add answers as itself; answers are immutable even to the admin"

# Passwords: never in a local database, never in a message.
for dir in teacher ana ben cy admin files; do
  for f in "$WORK/$dir"/class.sqlite3*; do
    [ -e "$f" ] || continue
    grep -qa -e "ana-pw-1" -e "tea pw" -e "$PG_PASSWORD" "$f" && fail "a password is in $f"
  done
done
set +e
fd --data-dir "$WORK/ana" class push --db "$PG_HOST_URL user=ana password=wrong-pw-77" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "password authentication failed" "$WORK/o" || fail "wrong password: rc $rc, $(cat "$WORK/o")"
grep -q "wrong-pw-77" "$WORK/o" && fail "the password was echoed: $(cat "$WORK/o")"
grep -q "password=\*\*\*" "$WORK/o" || fail "the server's address is not named: $(cat "$WORK/o")"
set +e
fd --data-dir "$WORK/ana" class push --db "$PG_HOST_URL user=ana password=leak-me-9 bogus" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && ! grep -q "leak-me-9" "$WORK/o" || fail "a malformed URL's password was echoed: $(cat "$WORK/o")"
pass "no password in the local databases; a wrong password and a malformed URL say so without echoing it"

# A name the server's text cannot hold (not UTF-8): its answers stay here for a bundle; the others still go.
odd=$(pg_login dee dee-pw factdeck_student)
answers 3 | fd --data-dir "$WORK/odd" class take "$id" --db "$odd" --student $'Dee\xff' --terminal >/dev/null
answers 3 | fd --data-dir "$WORK/odd" class take "$id" --db "$odd" --student "Dee" --terminal >/dev/null
out=$(fd --data-dir "$WORK/odd" class push --db "$odd" 2>"$WORK/odd.err")
[ "$out" = "6 answers sent, 0 already on the server" ] || fail "push beside a name that is not UTF-8: $out, $(cat "$WORK/odd.err")"
[ "$(grep -c "stays on this machine: it holds bytes that are not UTF-8" "$WORK/odd.err")" = 6 ] || fail "the held answers: $(cat "$WORK/odd.err")"
[ "$(sqlite3 "$WORK/odd/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 0")" = 6 ] || fail "the held answers were marked"
fd --data-dir "$WORK/odd" class bundle -o "$WORK/odd.json" >/dev/null
pass "answers the server's text cannot hold stay here for a bundle; the rest are pushed"

# Answers to an assignment the server does not have (taken from its file): the push says what to do, and sends
# them once the teacher has put the assignment there.
fd --data-dir "$WORK/teacher" class assign --class 7C --articles china-tech-self-reliance-2025 --types mcq --count 3 \
  -o "$WORK/file-only.json" >/dev/null
printf "1\n2\n3\n" | fd --data-dir "$WORK/fileroom" class take "$WORK/file-only.json" --student Eve --terminal >/dev/null
set +e
fd --data-dir "$WORK/fileroom" class push --db "$s1" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "is not present in table \"assignments\".*factdeck class import ASSIGNMENT-FILE --db URL" "$WORK/o" &&
  grep -q "0 answers sent, 0 already on the server; 3 wait on this machine: push again$" "$WORK/o" || fail "push of an unknown assignment: rc $rc, $(cat "$WORK/o")"
fd --data-dir "$WORK/teacher" class import "$WORK/file-only.json" --db "$teacher" >/dev/null
out=$(fd --data-dir "$WORK/fileroom" class push --db "$s1")
[ "$out" = "3 answers sent, 0 already on the server" ] || fail "push once the assignment is there: $out"
pass "a push for an assignment the server lacks says what to do, and goes once the teacher imports it"

# Rows per class: once the teacher enrols logins in a class, only they read its assignments and answer them; a
# class with no one enrolled stays open to every student login (7B above).
out=$(fd --data-dir "$WORK/teacher" class enrol --class 8A ana --db "$teacher")
[ "$out" = "1 logins enrolled in 8A, 0 already; only enrolled logins read its assignments now" ] || fail "enrol: $out"
out=$(fd --data-dir "$WORK/teacher" class enrol --class 8A ana --db "$teacher")
[[ $out == "0 logins enrolled in 8A, 1 already"* ]] || fail "enrol again: $out"
id8=$(fd --data-dir "$WORK/teacher" class assign --class 8A --articles china-tech-self-reliance-2025 --types mcq --count 3 \
  --seed 5 --db "$teacher" -o "$WORK/8a.json")
printf "1\n2\n3\n" | fd --data-dir "$WORK/ana8" class take "$id8" --db "$s1" --student Ana --terminal >/dev/null ||
  fail "an enrolled login cannot take its class's assignment"
set +e
printf "1\n2\n3\n" | fd --data-dir "$WORK/ben8" class take "$id8" --db "$s2" --student Ben --terminal >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc != 0 ] || fail "a login outside 8A took its assignment: $(cat "$WORK/o")"
[ "$(pg_sql_as ben ben-pw-2 "SELECT count(*) FROM factdeck.assignments WHERE class = '8A'")" = 0 ] || fail "ben sees 8A's rows"
[ "$(pg_sql_as ben ben-pw-2 "SELECT count(*) FROM factdeck.assignments WHERE class = '7B'")" -ge 1 ] || fail "ben lost the open class 7B"
pg_sql_as ben ben-pw-2 "SELECT * FROM factdeck.class_members" >"$WORK/o" 2>&1 && fail "a student read the class list"
grep -q "permission denied" "$WORK/o" || fail "class list: $(cat "$WORK/o")"
# Ben answers 8A's assignment from its file: the server refuses the answers, and says why.
printf "1\n2\n3\n" | fd --data-dir "$WORK/ben8" class take "$WORK/8a.json" --student Ben --terminal >/dev/null
set +e
fd --data-dir "$WORK/ben8" class push --db "$s2" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "not enrolled in the class of an assignment it answers" "$WORK/o" || fail "push outside the class: rc $rc, $(cat "$WORK/o")"
out=$(fd --data-dir "$WORK/ana8" class push --db "$s1")
[ "$out" = "3 answers sent, 0 already on the server" ] || fail "the enrolled login's push: $out"
set +e
fd --data-dir "$WORK/ana" class enrol --class 8A ben --db "$s1" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "permission denied" "$WORK/o" || fail "a student enrolled a login: rc $rc, $(cat "$WORK/o")"
pass "enrolled logins alone read and answer their class's assignments; a student cannot read or change the list"

# A server made and used by a schema-1 build migrates to schema 2: `server-init --to-version 1` makes schema 1 alone;
# the teacher's assignment and Ana's answers go in as that build put them (its INSERTs, as those logins); this build
# refuses the old schema until `server-init` migrates it; then every row is there, and the class, with no one
# enrolled, stays open: Ana's answers are found there, and Ben takes the assignment and pushes his.
pg_sql_db postgres "CREATE DATABASE factdeck_v1" >/dev/null
v1="host=$PG_DIR dbname=factdeck_v1"
out=$(fd --data-dir "$WORK/admin" class server-init --to-version 1 --db "$v1 user=postgres password=$PG_PASSWORD")
[[ $out == "class schema version 1 created"* ]] || fail "server-init --to-version 1: $out"
[ "$(pg_sql_db factdeck_v1 "SELECT version, to_regclass('factdeck.class_members') IS NULL FROM factdeck.schema_version")" = "1|t" ] ||
  fail "server-init --to-version 1 did not make schema 1 alone"
created=$(python3 -c 'import json, sys, datetime; a = json.load(open(sys.argv[1]))
print(int(datetime.datetime.fromisoformat(a["created"].replace("Z", "+00:00")).timestamp()), a["revision"], a["previous"], a["title"], sep="\n")' \
  "$WORK/week6.json")
{ read -r created_at; read -r revision; read -r previous; read -r title; } <<<"$created"
PGPASSWORD='tea pw' "$PG_BIN/psql" -h "$PG_DIR" -U teacher -d factdeck_v1 -XAtq -v ON_ERROR_STOP=1 -v id="$id" -v title="$title" \
  -v created="$created_at" -v revision="$revision" -v previous="$previous" -v json="$(cat "$WORK/week6.json")" >/dev/null <<'SQL' ||
INSERT INTO factdeck.assignments (id, class, title, created, revision, previous, json)
VALUES (:'id', '7B', :'title', :'created'::bigint, :'revision'::integer, :'previous', :'json') ON CONFLICT DO NOTHING;
SQL
  fail "the teacher could not add the assignment to schema 1"
sqlite3 "$WORK/ana/class.sqlite3" "SELECT 'INSERT INTO factdeck.events (id, assignment, student, question, choice, answer, correct, time, duration_ms) VALUES (' ||
  quote(id) || ', ' || quote(assignment) || ', ' || quote(student) || ', ' || quote(question) || ', ' || choice || ', ' || quote(answer) || ', ' ||
  CASE correct WHEN 1 THEN 'true' ELSE 'false' END || ', ' || time || ', ' || duration_ms || ') ON CONFLICT DO NOTHING;' FROM events WHERE assignment = '$id'" \
  >"$WORK/v1-events.sql"
[ "$(wc -l <"$WORK/v1-events.sql")" = 6 ] || fail "Ana does not hold 6 answers: $(cat "$WORK/v1-events.sql")"
PGPASSWORD=ana-pw-1 "$PG_BIN/psql" -h "$PG_DIR" -U ana -d factdeck_v1 -XAtq -v ON_ERROR_STOP=1 -f "$WORK/v1-events.sql" >/dev/null ||
  fail "Ana could not push to schema 1"
set +e
answers 1 | fd --data-dir "$WORK/ben-v1" class take "$id" --db "$v1 user=ben password=ben-pw-2" --student Ben --terminal >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc != 0 ] && grep -q "server-init" "$WORK/o" || fail "a schema-1 server was used before its migration: rc $rc, $(cat "$WORK/o")"
out=$(fd --data-dir "$WORK/admin" class server-init --db "$v1 user=postgres password=$PG_PASSWORD")
[ "$out" = "class schema migrated from version 1 to 2" ] || fail "server-init on schema 1: $out"
[ "$(pg_sql_db factdeck_v1 "SELECT version FROM factdeck.schema_version")" = 2 ] || fail "schema_version is not 2 after the migration"
[ "$(pg_sql_db factdeck_v1 "SELECT count(*), min(added_by), min(class) FROM factdeck.assignments")" = "1|teacher|7B" ] ||
  fail "the assignment did not survive the migration: $(pg_sql_db factdeck_v1 "SELECT id, added_by, class FROM factdeck.assignments")"
[ "$(pg_sql_db factdeck_v1 "SELECT count(*), count(DISTINCT id), min(pushed_by), max(pushed_by) FROM factdeck.events")" = "6|6|ana|ana" ] ||
  fail "Ana's answers did not survive the migration: $(pg_sql_db factdeck_v1 "SELECT count(*), min(pushed_by) FROM factdeck.events")"
[ "$(pg_sql_db factdeck_v1 "SELECT count(*) FROM factdeck.class_members")" = 0 ] || fail "the migration enrolled someone"
cp -r "$WORK/ana" "$WORK/ana-v1"
sqlite3 "$WORK/ana-v1/class.sqlite3" "UPDATE events SET pushed = 0"
out=$(fd --data-dir "$WORK/ana-v1" class push --db "$v1 user=ana password=ana-pw-1")
[ "$out" = "0 answers sent, 6 already on the server" ] || fail "Ana's answers after the migration: $out"
answers 1 | fd --data-dir "$WORK/ben-v1" class take "$id" --db "$v1 user=ben password=ben-pw-2" --student Ben --terminal >"$WORK/o" 2>&1 ||
  fail "Ben cannot take the open class's assignment after the migration: $(tail -n 3 "$WORK/o")"
out=$(fd --data-dir "$WORK/ben-v1" class push --db "$v1 user=ben password=ben-pw-2")
[ "$out" = "6 answers sent, 0 already on the server" ] || fail "Ben's push after the migration: $out"
fd --data-dir "$WORK/teacher" class report "$id" --db "$v1 user=teacher password='tea pw'" --json >"$WORK/v1-report.json"
python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))
assert sorted((s["student"], s["answered"]) for s in r["students"]) == [("Ana", 6), ("Ben", 6)], r["students"]' "$WORK/v1-report.json" ||
  fail "the report after the migration (see above)"
pass "a schema-1 server migrates to schema 2: its assignment and answers stay, and its class, with no one enrolled, stays open"
