#!/usr/bin/env bash
# The desktop sends a student's answers to the class server (a PostgreSQL of its own): on the Assignments screen P puts
# the keyboard in the class server's field, the URL typed and Enter push this machine's unsent answers on a worker,
# as `factdeck class push` does. A wrong password is shown and nothing is marked sent; the right URL sends them, and
# the counts are on screen; a second push finds nothing left to send. The URL is written nowhere.
source "$(dirname "$0")/lib.sh.inc"
source "$(dirname "$0")/pg.sh.inc"
desktop_setup desktop_assignments_push "2026-02-02T09:00:00Z"
unsent() { sqlite3 "$data/class.sqlite3" "SELECT count(*) FROM events WHERE pushed = 0"; }

start_pg
fd --data-dir "$WORK/admin" class server-init --db "$PG_URL" >/dev/null
teacher=$(pg_login teacher tea-pw-7 factdeck_teacher)
student=$(pg_login ana ana-pw-7 factdeck_student)
id=$(fd --data-dir "$WORK/teacher" class assign --class 7B --articles china-tech-self-reliance-2025 --types mcq --count 4 \
  --seed 3 --db "$teacher")
# Ana takes it on this machine (the command line shares the desktop's class database): 4 answers, none sent yet.
printf '1\n2\n3\n4\n' | fd --data-dir "$data" class take "$id" --db "$student" --student Ana --terminal >/dev/null
[ "$(unsent)" = 4 ] || fail "Ana's 4 answers are not waiting on this machine: $(unsent)"

preset_settings "$data" ui.screen=assignments
"$FACTDECK" --content "$content" --data-dir "$data" --now "$NOW" >>"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window

# The URL $1 typed into the field and Enter; waits until the app has logged $2 ($3 times in all), then reads the screen
# (as picture $4) into $screen, on one line.
send_to() {
  type_text "$1"
  press Return
  wait_until "the push did not end in $2 (see $INPUT_LOG)" '[ "$(logged '"$2"')" = '"$3"' ]'
  screen=$(read_window_lines "$4" | tr '\n' ' ')
}

# P, then a wrong password: refused, said on screen, nothing marked sent; the keyboard goes back to the field.
press p
send_to "$PG_HOST_URL user=ana password=wrong-pw-9" push-refused 1 assignments_push_refused
grep -q "Not sent" <<<"$screen" || fail "the refusal is not on screen: $screen"
grep -q "4 answers wait" <<<"$screen" || fail "what waits is not on screen: $screen"
[ "$(unsent)" = 4 ] || fail "answers were marked sent though the push was refused"
pass "a push with a wrong password is refused on screen and nothing is marked sent"

# The right URL typed over it (the field given back the keyboard starts all selected): sent, the counts on screen, the
# server holds the answers once.
wait_until "the app did not settle after the refusal" 'settled_after push-refused'
send_to "$student" pushed 1 assignments_pushed
grep -q "4 answers sent" <<<"$screen" || fail "the counts are not on screen: $screen"
[ "$(unsent)" = 0 ] || fail "answers are still marked unsent: $(unsent)"
[ "$(pg_sql "SELECT count(*), count(DISTINCT id), min(pushed_by) FROM factdeck.events")" = "4|4|ana" ] ||
  fail "the server does not hold Ana's 4 answers once each"
pass "P, the class server's URL and Enter send this machine's answers; the counts are on screen"

# Again (the URL typed anew: it was not kept): nothing left to send.
press p
send_to "$student" pushed 2 assignments_pushed_again
grep -q "0 answers sent" <<<"$screen" || fail "the second push's counts: $screen"
quit_app
! grep -rqF -e "ana-pw-7" -e "wrong-pw-9" "$data" "$WORK/out.log" "$INPUT_LOG" || fail "the URL's password was written down"
pass "a second push sends nothing; the URL and its password were written nowhere"
