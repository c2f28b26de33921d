#!/usr/bin/env bash
# The teacher rewords a true/false statement in the Quiz builder by keyboard (Ctrl+E, the statement cleared and typed
# anew): a rewording that turns it around ("not") shows its flaw and is not kept; one that says the same is kept, and
# A assigns the quiz as a file. The file holds the teacher's words with the statement's truth as the fact store has
# it, and a student taking it in the terminal (`class take --terminal`) is asked the teacher's words.
source "$(dirname "$0")/lib.sh.inc"
desktop_setup desktop_builder_reword "2026-03-02T09:00:00Z"
# The number of flaws the open field's text had when the app last checked it.
flaws_now() { awk '$1 == "edit-flaws" { n = $2 } END { print n + 0 }' "$INPUT_LOG"; }

# The builder's choices: 4 true/false statements of one article, seed 3; the same quiz from `factdeck quiz`.
choices='{"articles":["china-tech-self-reliance-2025"],"types":["tf"],"count":4,"seed":3,"difficulty":"medium"}'
preset_settings "$data" ui.screen=builder "ui.builder=$choices"
fd quiz --articles china-tech-self-reliance-2025 --types tf --count 4 --seed 3 --format json -o "$WORK/quiz.json"
# The statement to reword: the first in plain ASCII (xdotool types it as it is) that the article is said to make;
# "The article reports that ..." says the same, "It is not true that ..." turns it around.
python3 - "$WORK/quiz.json" "$WORK/pick.txt" <<'PY' || fail "no statement to reword"
import json, sys
lead = "According to the article, "
for i, q in enumerate(json.load(open(sys.argv[1]))["questions"]):
    s = q["statement"]
    if s.isascii() and s.startswith(lead):
        rest = s[len(lead):]
        open(sys.argv[2], "w").write("%d\n%s\n%s\n%s\n%d\n" % (i, "true" if q["answer"] else "false",
                                                             "The article reports that " + rest,
                                                             "It is not true that " + rest, len(s) + 40))
        break
else:
    sys.exit(1)
PY
{ read -r pick; read -r truth; read -r reworded; read -r negated; read -r most; } <"$WORK/pick.txt"

"$FACTDECK" --content "$content" --data-dir "$data" --now "$NOW" >>"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window

# How many times the app has checked the open field's text; whether it found it empty after the first $1 checks.
checks() { grep -c "^edit-flaws " "$INPUT_LOG" || true; }
emptied_after() { awk -v n="$1" '$1 == "edit-flaws" && ++i > n { c = $3 } END { exit !(i > n && c == 0) }' "$INPUT_LOG"; }
# Ctrl+E opens the statement of the question on show (or the change still open); Ctrl+Backspace, a word at a time,
# clears it, until the app says the field is empty (a press before the field has the keyboard does nothing).
clear_statement() {
  local before
  before=$(checks)
  press ctrl+e
  for _ in $(seq 1 "$most"); do
    press ctrl+BackSpace
    emptied_after "$before" && return 0
  done
  fail "the statement's field was not emptied (see $INPUT_LOG)"
}

# PageDown to the statement; the negated statement typed in its place is a flaw, and Enter does not keep it.
for _ in $(seq 1 "$pick"); do press Page_Down; done
clear_statement
type_text "$negated"
wait_until "a statement turned around was not found a flaw" '[ "$(flaws_now)" -gt 0 ]'
press Return
wait_until "Enter kept a flawed statement" '[ "$(logged edit-refused)" = 1 ]'
pass "a statement turned around by \"not\" shows its flaw and is not kept"

# Ctrl+E goes back to it; words that say the same typed in its place are clean, and Enter keeps them.
clear_statement
type_text "$reworded"
wait_until "the reworded statement still has a flaw" '[ "$(flaws_now)" = 0 ]'
press Return
wait_until "the reworded statement was not kept" '[ "$(logged edit-kept)" = 1 ]'
pass "a true/false statement reworded by keyboard is kept"

# A: the class, then the file (its suggested path replaced), then no class server; Enter on the last assigns.
file="$WORK/out/reworded.json"
builder_assign_file 7B "$file" 1
quit_app
python3 - "$file" "$pick" "$reworded" "$truth" <<'PY' || fail "the assignment file (see above)"
import json, sys
q = json.load(open(sys.argv[1]))["questions"][int(sys.argv[2])]
assert q["statement"] == sys.argv[3], q["statement"]
assert sys.argv[3] in q["prompt"], q["prompt"]
assert q["answer"] == (sys.argv[4] == "true"), q["answer"]
PY
pass "the assignment file holds the teacher's statement, true or false as the fact store says"

# A student takes it in the terminal ("?" for each): the teacher's statement is what is asked.
printf '?\n?\n?\n?\n' | fd --data-dir "$WORK/room" class take "$file" --student "Ana Lima" --terminal >"$WORK/take.log" ||
  fail "class take: $(tail -n 3 "$WORK/take.log")"
grep -qF "$reworded" "$WORK/take.log" || fail "the student was not asked the teacher's statement: $(head -n 20 "$WORK/take.log")"
pass "class take --terminal asks the teacher's reworded statement"
