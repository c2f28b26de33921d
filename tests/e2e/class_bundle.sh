#!/usr/bin/env bash
# A class through files: the teacher assigns a quiz, 25 students take it with piped answers on another machine (one is
# cut off half-way and carries on), their answers travel as a bundle imported twice, and the report's JSON and CSV
# show the scores, the statistics and the flags; then the weak distractor is repaired into revision 2.
source "$(dirname "$0")/lib.sh.inc"
: "${FACTDECK_SRC:?FACTDECK_SRC must point at the source folder}"
make_workdir class_bundle
content="$FACTDECK_SRC/content"
teacher="$WORK/teacher"
room="$WORK/classroom"
NOW="2026-02-02T09:00:00Z"
fd() { "$FACTDECK" --content "$content" --now "$NOW" "$@"; }
events_in() { sqlite3 "$1/class.sqlite3" "SELECT count(*) FROM events"; }

id=$(fd --data-dir "$teacher" class assign --class "7B" --title "Week 5" --articles china-tech-self-reliance-2025 \
  --types mcq --count 6 --seed 3 -o "$WORK/week5.json")
[[ $id =~ ^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$ ]] || fail "assign printed '$id', not a UUIDv7"
[ "$(sqlite3 "$teacher/class.sqlite3" "SELECT count(*) FROM assignments WHERE id = '$id'")" = 1 ] ||
  fail "the assignment is not in the teacher's class database"
pass "assign writes the file, records it and prints its id"

# The students' answers, one line a question: the strong eight right except on the "miskey" question, where they
# all pick one wrong option; nobody ever picks the "weak" question's first distractor.
python3 - "$WORK/week5.json" "$WORK" <<'PY' || fail "could not plan the answers"
import json, sys
quiz = json.load(open(sys.argv[1]))
qs = quiz["questions"]
mcq = [i for i, q in enumerate(qs) if q["type"] in ("mcq", "reverse") and len(q["options"]) >= 4]
assert len(mcq) >= 2, "the quiz needs two four-option questions"
weak_q, miskey_q = mcq[0], mcq[1]
names = ["s%02d" % s for s in range(25)]
names[20] = '=HYPERLINK("http://evil","x")'
names[21] = "Robert'); DROP TABLE events;--"
plan = {"weak_q": qs[weak_q]["id"], "miskey_q": qs[miskey_q]["id"], "names": names}
wrong = lambda q: [k for k in range(len(q["options"])) if k != q["answer"]]
plan["weak_option"] = qs[weak_q]["options"][wrong(qs[weak_q])[0]]
plan["miskey_option"] = qs[miskey_q]["options"][wrong(qs[miskey_q])[0]]
for s, name in enumerate(names):
    strong = s < 8
    lines = []
    for i, q in enumerate(qs):
        if q["type"] not in ("mcq", "reverse", "fact-or-opinion"):
            lines.append("t" if q["type"] == "tf" and strong else "?")
            continue
        key, w = q["answer"], wrong(q)
        if i == weak_q:
            pick = key if strong or s % 3 == 0 else w[1 + s % 2]
        elif i == miskey_q:
            pick = w[0] if strong else (key if s % 2 else w[1])
        elif strong:
            pick = key
        else:  # the weak are right on one other question at most
            pick = key if (s % 4 == 0 and i == min(set(range(len(qs))) - {weak_q, miskey_q})) else w[s % len(w)]
            if s % 5 == 0 and pick != key:
                lines.append("?")
                continue
        lines.append(str(pick + 1))
    open("%s/answers-%02d.txt" % (sys.argv[2], s), "w").write("\n".join(lines) + "\n")
json.dump(plan, open(sys.argv[2] + "/plan.json", "w"))
PY
mapfile -t names < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["names"]))' "$WORK/plan.json")
questions=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["questions"]))' "$WORK/week5.json")

for s in $(seq 0 24); do
  f=$(printf '%s/answers-%02d.txt' "$WORK" "$s")
  if [ "$s" = 12 ]; then
    # Cut off after two answers (end of input, as a closed terminal or a killed pipe): both are kept, and taking
    # it again asks only the rest.
    head -n 2 "$f" | fd --data-dir "$room" class take "$WORK/week5.json" --student "${names[$s]}" --terminal >"$WORK/take-$s-a.log"
    [ "$(sqlite3 "$room/class.sqlite3" "SELECT count(*) FROM events WHERE student = 's12'")" = 2 ] || fail "the two answers given were not kept"
    tail -n +3 "$f" | fd --data-dir "$room" class take "$WORK/week5.json" --student "${names[$s]}" --terminal >"$WORK/take-$s.log"
    grep -q "2 already answered" "$WORK/take-$s.log" || fail "taking it again did not carry on: $(cat "$WORK/take-$s.log")"
  else
    fd --data-dir "$room" class take "$WORK/week5.json" --student "${names[$s]}" --terminal <"$f" >"$WORK/take-$s.log" ||
      fail "take failed for student $s: $(cat "$WORK/take-$s.log")"
  fi
done
total=$((25 * questions))
[ "$(events_in "$room")" = "$total" ] || fail "the classroom holds $(events_in "$room") answers, not $total"
[ "$(sqlite3 "$room/class.sqlite3" "SELECT student FROM events WHERE student LIKE 'Robert%' LIMIT 1")" = "Robert'); DROP TABLE events;--" ] ||
  fail "a hostile name was not stored verbatim"
pass "25 students take it from piped answers; a cut-off student carries on; hostile names stored verbatim"

# SIGKILL mid-quiz (on a machine of its own, so the class above stays 25): every answer acknowledged is kept, and
# taking it again carries on after them.
kill_room="$WORK/kill-room"
mkfifo "$WORK/answers.fifo"
"$FACTDECK" --content "$content" --now "$NOW" --data-dir "$kill_room" class take "$WORK/week5.json" --student killed \
  --terminal <"$WORK/answers.fifo" >"$WORK/kill.log" 2>&1 &
taker=$!
disown "$taker"  # its death by SIGKILL is the point, not news for the log
PIDS+=("$taker")
exec 3>"$WORK/answers.fifo"
printf '1\n2\n' >&3
wait_until "the two answers were not saved" \
  '[ "$(sqlite3 "$kill_room/class.sqlite3" "SELECT count(*) FROM events" 2>/dev/null)" = 2 ]'
kill -KILL "$taker"
wait_until "the killed take did not end" '! kill -0 "$taker" 2>/dev/null'
exec 3>&-
[ "$(sqlite3 "$kill_room/class.sqlite3" "SELECT count(*) FROM events")" = 2 ] || fail "answers lost to SIGKILL"
printf '1\n1\n1\n1\n1\n1\n' | fd --data-dir "$kill_room" class take "$WORK/week5.json" --student killed --terminal >"$WORK/kill2.log"
grep -q "2 already answered" "$WORK/kill2.log" || fail "after SIGKILL, take did not carry on: $(cat "$WORK/kill2.log")"
[ "$(sqlite3 "$kill_room/class.sqlite3" "SELECT count(*) FROM events")" = "$questions" ] || fail "after SIGKILL and again: not one answer a question"
pass "SIGKILL mid-quiz loses no answer given; taking it again asks only the rest"

out=$(fd --data-dir "$room" class bundle -o "$WORK/bundle1.json")
grep -q "^$total answers written" <<<"$out" || fail "bundle: $out"
out=$(fd --data-dir "$room" class bundle -o "$WORK/bundle2.json")
grep -q "^0 answers written" <<<"$out" || fail "a second bundle should hold nothing new: $out"
out=$(fd --data-dir "$room" class bundle --all -o "$WORK/bundle-all.json")
grep -q "^$total answers written" <<<"$out" || fail "bundle --all: $out"
pass "bundle writes the answers not bundled before (--all: every one)"

# Bad bundles first: each refused with where and what, and nothing written.
head -c 2000 "$WORK/bundle1.json" >"$WORK/truncated.json"
set +e
fd --data-dir "$teacher" class import "$WORK/truncated.json" --local >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -Eq "truncated.json:[0-9]+:[0-9]+: not valid JSON" "$WORK/o" || fail "truncated bundle: rc $rc, $(cat "$WORK/o")"
sed "s/$id/0190aaaa-0000-7000-8000-000000000000/" "$WORK/bundle1.json" >"$WORK/other-class.json"
set +e
fd --data-dir "$teacher" class import "$WORK/other-class.json" --local >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc = 1 ] && grep -q "events\[0\].assignment: '0190aaaa-0000-7000-8000-000000000000' is not an assignment of this class" "$WORK/o" ||
  fail "bundle of another class: rc $rc, $(cat "$WORK/o")"
[ "$(events_in "$teacher")" = 0 ] || fail "a refused bundle wrote answers"
pass "a malformed bundle and another class's bundle are refused with where and what; nothing written"

out=$(fd --data-dir "$teacher" class import "$WORK/bundle1.json" --local)
[ "$out" = "$total answers added, 0 already here" ] || fail "first import: $out"
out=$(fd --data-dir "$teacher" class import "$WORK/bundle1.json" --local)
[ "$out" = "0 answers added, $total already here" ] || fail "second import: $out"
fd --data-dir "$teacher" class import "$WORK/bundle-all.json" --local >/dev/null
[ "$(events_in "$teacher")" = "$total" ] || fail "the teacher holds $(events_in "$teacher") answers after three imports, not $total"
pass "import on the teacher's machine twice (and the --all bundle): every answer exactly once"

fd --data-dir "$teacher" class report "$id" --local --json >"$WORK/report.json"
python3 - "$WORK/report.json" "$WORK/plan.json" "$id" "$questions" <<'PY' || fail "the report's JSON (see above)"
import json, sys
r, plan, rid, nq = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3], int(sys.argv[4])
assert r["assignment"] == rid, r["assignment"]
students = {s["student"]: s for s in r["students"]}
assert len(students) == 25, len(students)
assert set(students) == set(plan["names"]), "names changed on the way"
for s in r["students"]:
    assert s["answered"] == nq and 0 <= s["correct"] <= nq and s["score"] == round(100 * s["correct"] / nq, 2), s
assert students["s00"]["correct"] == nq - 1, students["s00"]  # strong: all but the miskey question
qs = {q["id"]: q for q in r["questions"]}
assert len(qs) == nq
for q in r["questions"]:
    for key in ("facility", "discrimination", "options", "flags"):
        assert key in q, (key, q)
    assert sum(o["chosen"] for o in q["options"]) + q["dont_know"] == 25, q["id"]
weak = qs[plan["weak_q"]]
assert "non-functioning-distractor" in weak["flags"], weak["flags"]
never = [o for o in weak["options"] if o["text"] == plan["weak_option"]][0]
assert never["chosen"] == 0 and never["non_functioning"], never
assert weak["discrimination"] > 0, weak["discrimination"]
mis = qs[plan["miskey_q"]]
assert "possible-miskey" in mis["flags"], mis["flags"]
assert "negative-discrimination" in mis["flags"], mis["flags"]
print("report ok:", {q["id"]: q["flags"] for q in r["questions"]})
PY
pass "the report's JSON: 25 students, per-question statistics and option counts, NFD and miskey flags"

# A second teacher's machine: the assignment file, then the bundle, give the same report.
out=$(fd --data-dir "$WORK/teacher2" class import "$WORK/week5.json" --local)
[ "$out" = "assignment $id (Week 5, 7B) kept" ] || fail "importing the assignment file: $out"
fd --data-dir "$WORK/teacher2" class import "$WORK/bundle-all.json" --local >/dev/null
fd --data-dir "$WORK/teacher2" class report "$id" --local --json | cmp -s - "$WORK/report.json" ||
  fail "the second teacher's report differs from the first's"
pass "a second machine given the assignment file and the bundle makes the same report"

fd --data-dir "$teacher" class report "$id" --local --csv >"$WORK/report.csv"
grep -qF "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"," "$WORK/report.csv" || fail "the CSV does not defuse a formula name"
grep -Eq '(^|,)[=+@]' "$WORK/report.csv" && fail "a CSV cell starts with a formula character"
fd --data-dir "$teacher" class report "$id" --local >"$WORK/report.txt"
grep -q "non-functioning\|was chosen by 0 of 25" "$WORK/report.txt" || fail "the text report does not explain the flag"
pass "CSV is safe against formula injection; the text report explains the flags"

weak_q=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["weak_q"])' "$WORK/plan.json")
id2=$(fd --data-dir "$teacher" class repair "$id" "$weak_q" -o "$WORK/week5-r2.json" 2>"$WORK/repair.err") ||
  fail "repair: $(cat "$WORK/repair.err")"
python3 - "$WORK/week5-r2.json" "$WORK/plan.json" "$id" "$id2" <<'PY' || fail "the repaired assignment (see above)"
import json, sys
a, plan = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert a["id"] == sys.argv[4] and a["previous"] == sys.argv[3] and a["revision"] == 2, (a["id"], a["previous"], a["revision"])
q = [q for q in a["questions"] if q["id"] == plan["weak_q"]][0]
assert plan["weak_option"] not in q["options"], q["options"]
PY
grep -q "replaced by" "$WORK/repair.err" || fail "repair did not say what it replaced"
fd --data-dir "$teacher" class report "$id" --local --json | python3 -c 'import json,sys; json.load(sys.stdin)' ||
  fail "the first revision's report broke"
pass "repair writes revision 2 without the weak distractor; revision 1's results stand"
