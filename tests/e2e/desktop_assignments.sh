#!/usr/bin/env bash
# The desktop's Assignments screen: an assignment file made by `class assign -o` opened by its path, taken by keyboard
# under a student's name (each answer an event in class.sqlite3 when given: a SIGKILL after two keeps two, and taking
# it again asks only the rest), then the report with a class's piped answers imported (hostile names among them) read
# by OCR, and R repairs the flagged question into revision 2's file.
source "$(dirname "$0")/lib.sh.inc"
: "${FACTDECK_SRC:?FACTDECK_SRC must point at the source folder}"
make_workdir desktop_assignments
start_xvfb
content="$FACTDECK_SRC/content"
data="$WORK/data"
room="$WORK/room"
cdb="$data/class.sqlite3"
NOW="2026-02-02T09:00:00Z"
fd() { "$FACTDECK" --content "$content" --now "$NOW" "$@"; }
events() { sqlite3 "$cdb" "SELECT count(*) FROM events WHERE student = 'Ana Lima'"; }
start() {
  "$FACTDECK" --content "$content" --data-dir "$data" --now "$NOW" >>"$WORK/out.log" 2>&1 &
  APP=$!
  PIDS+=($APP)
  wait_window
}

id=$(fd --data-dir "$WORK/teacher" class assign --class 7B --title "Week 5" --articles china-tech-self-reliance-2025 \
  --types mcq --count 6 --seed 3 -o "$WORK/week5.json")
# The plan: Ana's keys (the key on the weak question, the first option elsewhere); 21 classmates who never choose the
# weak question's first wrong option, five of them with hostile names.
python3 - "$WORK/week5.json" "$WORK" <<'PY' || fail "could not plan the answers"
import json, sys
qs = json.load(open(sys.argv[1]))["questions"]
weak = [i for i, q in enumerate(qs) if len(q["options"]) >= 4][0]
wrong = lambda q: [k for k in range(len(q["options"])) if k != q["answer"]]
keys = [str((q["answer"] if i == weak else 0) + 1) for i, q in enumerate(qs)]
open(sys.argv[2] + "/ana.txt", "w").write(" ".join(keys) + "\n")
open(sys.argv[2] + "/weak.txt", "w").write("%d %s %s\n" % (weak, qs[weak]["id"], qs[weak]["options"][wrong(qs[weak])[0]]))
for s in range(21):
    picks = []
    for i, q in enumerate(qs):
        choices = [q["answer"]] + wrong(q)[1:] if i == weak else list(range(len(q["options"])))
        picks.append(str(choices[(s * 7 + i * 3) % len(choices)] + 1))
    open("%s/answers-%02d.txt" % (sys.argv[2], s), "w").write("\n".join(picks) + "\n")
PY
read -r -a ana <<<"$(cat "$WORK/ana.txt")"
read -r weak_index weak_id weak_option <<<"$(cat "$WORK/weak.txt")"

# The app opens on Assignments (the last screen, kept in the settings); O, the file's path, Enter opens it.
preset_settings "$data" ui.screen=assignments
start
press o
type_text "$WORK/week5.json"
press Return
wait_sql "$cdb" "SELECT count(*) FROM assignments WHERE id = '$id'" 1
screen=$(read_window_lines assignments_list)
grep -q "Week 5" <<<"$screen" || fail "the opened assignment is not listed: $screen"
grep -q "Open assignment file" <<<"$screen" || fail "no path field: $screen"
pass "the assignment file opened by its path is kept and listed"

# Enter takes it: a name once, then each answer is an event the moment it is given.
press Return
type_text "Ana Lima"
press Return "${ana[0]}"
wait_sql "$cdb" "SELECT count(*) FROM events WHERE student = 'Ana Lima'" 1
screenshot assignments_feedback
press Return "${ana[1]}"
wait_sql "$cdb" "SELECT count(*) FROM events WHERE student = 'Ana Lima'" 2
disown "$APP"  # its death by SIGKILL is the point, not news for the log
kill -KILL "$APP"
wait_gone
[ "$(events)" = 2 ] || fail "after SIGKILL the class database holds $(events) of Ana's answers, not 2"
pass "each answer is committed when given: killed after two, two events"

# Again under the same name, in large text: only the four questions left are asked; the last one "I don't know"
# (Ctrl+D: no option, no text).
sqlite3 "$data/factdeck.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('ui.text_size', '28')"
[ "$weak_index" != 5 ] && ana[5]=ctrl+d
start
press Return
type_text "Ana Lima"
screenshot assignments_name_large
press Return
screen=$(read_window_lines assignments_resume_large)
grep -q "question 3 of 6" <<<"$screen" || fail "taking it again did not start at question 3 of 6: $screen"
n=2
for k in "${ana[@]:2}"; do  # each answer in the database before the feedback is left
  press "$k"
  n=$((n + 1))
  wait_sql "$cdb" "SELECT count(*) FROM events WHERE student = 'Ana Lima'" "$n"
  press Return
done
[ "$(sqlite3 "$cdb" "SELECT count(DISTINCT question) FROM events WHERE student = 'Ana Lima'")" = 6 ] ||
  fail "a question was asked twice"
[ "${ana[5]}" != ctrl+d ] ||
  [ "$(sqlite3 "$cdb" "SELECT choice || '|' || answer || '|' || correct FROM events WHERE student = 'Ana Lima'
        AND question = '$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["questions"][5]["id"])' "$WORK/week5.json")'")" = "-1||0" ] ||
  fail "Ctrl+D did not record \"I don't know\""
screen=$(read_window_lines assignments_done_large)
grep -q "6 of 6 questions answered" <<<"$screen" || fail "no summary after the last answer: $screen"
press Return
pass "taking it again asks only the questions left; six answers, one a question, the last one \"I don't know\""

# Back to the normal text size for the report (the last screen is kept: the app opens on Assignments again).
quit_app
sqlite3 "$data/factdeck.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('ui.text_size', '22')"
start

# The class's answers, taken with `class take` from pipes on another machine, come in as a bundle.
names=("=HYPERLINK(\"http://evil\",\"x\")" $'\e[31mred\e[0m' $'\xe2\x80\xaeevil name' 'שלום עליכם' "$(printf 'long%.0s' {1..80})")
for s in $(seq 0 20); do
  name=${names[$s]:-$(printf 's%02d' "$s")}
  fd --data-dir "$room" class take "$WORK/week5.json" --student "$name" --terminal <"$(printf '%s/answers-%02d.txt' "$WORK" "$s")" \
    >"$WORK/take-$s.log" || fail "class take for student $s: $(tail -n 3 "$WORK/take-$s.log")"
done
fd --data-dir "$room" class bundle -o "$WORK/bundle.json" >/dev/null
out=$(fd --data-dir "$data" class import "$WORK/bundle.json" --local)
[ "$out" = "126 answers added, 0 already here" ] || fail "import: $out"

# Tab away and back: the list is read again (Today and back, Assignments being the last screen); R opens the report.
press Tab shift+Tab r
screen=$(read_window_lines assignments_report)
for want in "Report: Week 5" "22 students" "Ana Lima" "HYPERLINK" "Question 1"; do
  grep -qF "$want" <<<"$screen" || fail "the report does not show '$want': $screen"
done
pass "the report shows the class: 22 students (hostile names among them), the questions' figures"

# Down to the weak question, whose flag and counts show; R writes revision 2.
for _ in $(seq 1 "$weak_index"); do press Down; done
screen=$(read_window_lines assignments_flag)
grep -q "non-functioning" <<<"$screen" || fail "the weak question's flag is not on screen: $screen"
press r
next="$data/assignments/7b-week-5-r2.json"
wait_until "no revision 2 at $next" '[ -s "$next" ]'
python3 - "$next" "$id" "$weak_id" "$weak_option" <<'PY' || fail "the repaired assignment (see above)"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["revision"] == 2 and a["previous"] == sys.argv[2], (a["revision"], a["previous"])
q = [q for q in a["questions"] if q["id"] == sys.argv[3]][0]
assert sys.argv[4] not in q["options"], q["options"]
PY
wait_sql "$cdb" "SELECT count(*) FROM assignments" 2
screen=$(read_window_lines assignments_repaired)
grep -q "Revision 2" <<<"$screen" || fail "the repair's message is not on screen: $screen"
pass "R repairs the flagged question: revision 2 written to $next, without the weak option"
quit_app

# The list and the report with this class's hostile names, laid out at every text size without a problem.
out=$("$FACTDECK" --content "$content" --data-dir "$data" --now "$NOW" --screenshot assignments,assignments-report \
  --text-size normal,large,projector --window 1100x760,1280x800 --layout-audit --out "$SHOTS/assignments" 2>&1) ||
  fail "layout audit: $out"
pass "the list and the report laid out cleanly at normal, large and projector text (pictures in $SHOTS/assignments)"
