#!/usr/bin/env bash
# The teacher rewords a question in the Quiz builder and assigns the quiz to a class, by keyboard: a wording that gives
# the answer away shows its flaw and blocks the assignment; fixed, it is kept; a title is given; A assigns the quiz as a
# file. The command line then finds the teacher's words and title in the file, a student takes it in the terminal, and
# the class report shows the teacher's words. A second assignment goes to a class server (a PostgreSQL of its own) too.
source "$(dirname "$0")/lib.sh.inc"
source "$(dirname "$0")/pg.sh.inc"
: "${FACTDECK_SRC:?FACTDECK_SRC must point at the source folder}"
make_workdir desktop_builder_assign
start_xvfb
content="$FACTDECK_SRC/content"
data="$WORK/data"
room="$WORK/room"
NOW="2026-03-02T09:00:00Z"
fd() { "$FACTDECK" --content "$content" --now "$NOW" "$@"; }
# The number of flaws the open field's text had when the app last checked it.
flaws_now() { awk '$1 == "edit-flaws" { n = $2 } END { print n + 0 }' "$INPUT_LOG"; }

# The builder's choices: 5 options questions of one article, seed 3; the same quiz from `factdeck quiz`.
choices='{"articles":["china-tech-self-reliance-2025"],"types":["mcq"],"count":5,"seed":3,"difficulty":"medium"}'
preset_settings "$data" ui.screen=builder "ui.builder=$choices"
fd quiz --articles china-tech-self-reliance-2025 --types mcq --count 5 --seed 3 --format json -o "$WORK/quiz.json"
# The question to reword: the first whose key is plain ASCII (xdotool types it as it is).
python3 - "$WORK/quiz.json" "$WORK" <<'PY' || fail "no question to reword"
import json, sys
qs = json.load(open(sys.argv[1]))["questions"]
for i, q in enumerate(qs):
    key = q["options"][q["answer"]]
    if key.isascii() and q["prompt"].isascii():
        open(sys.argv[2] + "/pick.txt", "w").write("%d\n%s\n%s\n" % (i, key, q["prompt"]))
        open(sys.argv[2] + "/keys.txt", "w").write("\n".join(str(q["answer"] + 1) for q in qs) + "\n")
        break
else:
    sys.exit(1)
PY
{ read -r pick; read -r key; read -r prompt; } <"$WORK/pick.txt"
start_pg
fd --data-dir "$WORK/admin" class server-init --db "$PG_URL" >/dev/null
password="teach-pw-$RANDOM"
teacher=$(pg_login teacher "$password" factdeck_teacher)

start() {
  "$FACTDECK" --content "$content" --data-dir "$data" --now "$NOW" >>"$WORK/out.log" 2>&1 &
  APP=$!
  PIDS+=($APP)
  wait_window
}
start

# PageDown to the question, Ctrl+E opens its wording (the cursor after the text); the key typed into it is a flaw.
for _ in $(seq 1 "$pick"); do press Page_Down; done
press ctrl+e
hint=" (Hint: $key)"
type_text "$hint"
wait_until "the typed key was not found a flaw" '[ "$(flaws_now)" -gt 0 ]'
screen=$(read_window_lines builder_edit_flaw)
grep -qi "answer away" <<<"$screen" || fail "the flaw is not on screen: $screen"
pass "a wording with the key in it shows its flaw as it is typed"

# Enter does not keep it; A refuses to assign while it is open.
press Return
wait_until "Enter kept a flawed wording" '[ "$(logged edit-refused)" = 1 ]'
press a
wait_until "A did not refuse the assignment" '[ "$(logged assign-refused)" = 1 ]'
screen=$(read_window_lines builder_assign_refused)
grep -q "Not assigned" <<<"$screen" || fail "the refusal is not on screen: $screen"
[ "$(logged assigned)" = 0 ] || fail "the quiz was assigned with a flawed wording"
pass "a flawed wording is not kept, and the quiz cannot be assigned while it is open"

# Ctrl+E goes back to it: the hint taken off, a clean ending typed, Enter keeps it.
press ctrl+e
for _ in $(seq 1 "${#hint}"); do press BackSpace; done
suffix=" Pick the best answer."
type_text "$suffix"
wait_until "the fixed wording still has a flaw" '[ "$(flaws_now)" = 0 ]'
press Return
wait_until "the fixed wording was not kept" '[ "$(logged edit-kept)" = 1 ]'
pass "the fixed wording is kept"

# Esc drops a change: the next question's words typed over, then Esc.
press Page_Down ctrl+e
type_text " Or not?"
press Escape
wait_until "Esc did not drop the change" '[ "$(logged edit-dropped)" = 1 ]'
press Page_Up
pass "Esc drops a change"

# T: the quiz's title.
title="Thursday homework"
press t
type_text "$title"
press Return
wait_until "the title was not kept" '[ "$(logged edit-kept)" = 2 ]'
pass "the title is kept"

# A: the class, then the file (its suggested path replaced), then no class server; Enter on the last assigns.
file="$WORK/out/week 5.json"
builder_assign_file 7B "$file" 1
[ -s "$file" ] || fail "no assignment file at $file"
screen=$(read_window_lines builder_assigned)
grep -q "Assigned" <<<"$screen" || fail "the assignment's id and place are not on screen: $screen"
screenshot builder_assigned_full
pass "A made the assignment and wrote its file"

# Again for class 7C: the suggested file kept, and a class server that is not there: refused, and no file written.
press a
type_text "7C"
press Return Return
type_text "host=$WORK/nowhere dbname=factdeck user=teacher password=$password"
press Return
wait_until "a class server that is not there was not refused" '[ "$(logged assign-refused)" = 2 ]'
wait_until "the app did not settle after the refusal" 'settled_after assign-refused'  # the keyboard back in the URL
second="$data/assignments/7c-thursday-homework.json"
[ ! -e "$second" ] || fail "the file was written though the class server could not be reached"
# The class server's URL (a teacher's login) typed over it (the field starts all selected): both get it.
type_text "$teacher"
press Return
wait_until "the quiz was not assigned to the class server (see $INPUT_LOG)" '[ "$(logged assigned)" = 2 ]'
[ -s "$second" ] || fail "no assignment file at the suggested $second: $(ls "$data/assignments" 2>&1)"
id2=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$second")
[ "$(pg_sql "SELECT count(*) FROM factdeck.assignments WHERE id = '$id2'")" = 1 ] ||
  fail "the class server does not hold assignment $id2"
quit_app
wait_until "the builder's draft does not hold the title" 'grep -qF "$title" "$data/drafts/builder.json" 2>/dev/null'
! grep -rqF "$password" "$WORK/out.log" "$INPUT_LOG" "$data" || fail "the password was written down"
pass "A refused a class server that is not there (no file written), then sent the assignment to the class server and wrote its suggested file; the password was kept nowhere"

# After a restart the teacher's words and title are back (the builder's draft), and E exports them.
start
press e
export="$data/exports/quiz-seed3-json.json"
wait_until "E did not export after the restart" '[ -s "$export" ]'
python3 - "$export" "$WORK/quiz.json" "$pick" "$prompt$suffix" "$title" <<'PY' || fail "the export after the restart (see above)"
import json, sys
q, generated = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
pick = int(sys.argv[3])
assert q.get("title") == sys.argv[5], q.get("title")
assert q["questions"][pick]["prompt"] == sys.argv[4], q["questions"][pick]["prompt"]
for i, (a, b) in enumerate(zip(q["questions"], generated["questions"])):
    assert i == pick or a["prompt"] == b["prompt"], (i, a["prompt"])
PY
quit_app
pass "after a restart the teacher's words and title are back, and the export asks them"

# The command line reads the teacher's words and title in the file.
id=$(python3 - "$file" "$pick" "$prompt$suffix" "$title" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert a["format"] == "factdeck-assignment" and a["class"] == "7B", a["class"]
assert a["title"] == sys.argv[4], a["title"]
q = a["questions"][int(sys.argv[2])]
assert q["prompt"] == sys.argv[3], q["prompt"]
assert len(a["questions"]) == 5
print(a["id"])
PY
) || fail "the assignment file does not hold the teacher's words (see above)"
out=$(fd --data-dir "$WORK/teacher2" class import "$file" --local)
grep -qF "($title, 7B) kept" <<<"$out" || fail "class import did not read the title: $out"
[ "$(sqlite3 "$data/class.sqlite3" "SELECT count(*) FROM assignments WHERE id = '$id'")" = 1 ] ||
  fail "the desktop did not keep the assignment in its class database"
pass "the file holds the teacher's wording and title; the desktop's class database holds the assignment"

# A student takes it in the terminal, every answer the key; the report shows the teacher's words.
fd --data-dir "$room" class take "$file" --student "Ana Lima" --terminal <"$WORK/keys.txt" >"$WORK/take.log" ||
  fail "class take: $(tail -n 3 "$WORK/take.log")"
grep -qF "$suffix" "$WORK/take.log" || fail "the student was not asked the teacher's words: $(head -n 20 "$WORK/take.log")"
fd --data-dir "$room" class report "$id" --local --json >"$WORK/report.json"
python3 - "$WORK/report.json" "$prompt$suffix" <<'PY' || fail "the report (see above)"
import json, sys
r = json.load(open(sys.argv[1]))
assert [s["correct"] for s in r["students"]] == [5], r["students"]
assert any(q["prompt"] == sys.argv[2] for q in r["questions"]), [q["prompt"] for q in r["questions"]]
PY
fd --data-dir "$room" class report "$id" --local | grep -qF "$title" || fail "the text report does not show the title"
pass "a student took it (5 of 5 right) and the report shows the teacher's wording and title"
