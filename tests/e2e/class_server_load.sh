#!/usr/bin/env bash
# Issue 18's load on the class server: 30 classes x 30 students x 40 answers (36,000 events) spread over 8
# machines, pushed by 8 processes at once; every event arrives exactly once, and pushing again sends nothing.
# LOAD_CLASSES makes it smaller (4: 4,800 answers); it is not in the ASan pass (see tests/CMakeLists.txt).
source "$(dirname "$0")/lib.sh.inc"
source "$(dirname "$0")/pg.sh.inc"
class_server_setup class_server_load
classes=${LOAD_CLASSES:-30}
students=30
pushers=8
fd class server-init --db "$PG_URL" >/dev/null
teacher=$(pg_login teacher teacher-pw factdeck_teacher)

# One real quiz of the bundled content (82 facts: 38 questions fit), made 40 questions by asking two twice under
# other ids, then thirty assignments (a class each), put on the server as files.
fd --data-dir "$WORK/teacher" class assign --class c0 --repeat-facts --count 40 --seed 18 -o "$WORK/a0.json" 2>/dev/null >&2
python3 - "$WORK" "$classes" <<'PY'
import json, sys
work, classes = sys.argv[1], int(sys.argv[2])
a = json.load(open(work + "/a0.json"))
qs = a["questions"]
for i in range(40 - len(qs)):
    qs.append(dict(qs[i], id=qs[i]["id"] + "-again"))
assert len(qs) == 40, len(qs)
for c in range(classes):
    a["id"] = "0190f000-0000-7000-8000-%012d" % c
    a["class"] = "class %d" % c
    json.dump(a, open("%s/a%d.json" % (work, c), "w"))
PY
for c in $(seq 0 $((classes - 1))); do fd --data-dir "$WORK/teacher" class import "$WORK/a$c.json" --db "$teacher" >/dev/null; done

# Each machine's answers, written straight into its class database (as `class take` would have committed them one
# by one): machine k holds the students k, k + 8, ... of the 900. The schema comes from the program itself.
for k in $(seq 0 $((pushers - 1))); do
  fd --data-dir "$WORK/m$k" class import "$WORK/a0.json" --local >/dev/null
  pg_login "pusher$k" "pusher-pw-$k" factdeck_student >"$WORK/url$k"
done
python3 - "$WORK" "$classes" "$students" "$pushers" <<'PY'
import json, random, sqlite3, sys, time
work, classes, students, pushers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(18)
def uuid7(ms):
    r = rng.getrandbits(74)
    v = (ms << 80) | (0x7 << 76) | ((r >> 62) << 64) | (0b10 << 62) | (r & ((1 << 62) - 1))
    h = "%032x" % v
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
dbs = [sqlite3.connect("%s/m%d/class.sqlite3" % (work, k)) for k in range(pushers)]
assignments = [json.load(open("%s/a%d.json" % (work, c))) for c in range(classes)]
for db in dbs:
    for a in assignments[1:]:
        db.execute("INSERT INTO assignments VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (a["id"], a["class"], a["title"], 0, a["revision"], a["previous"], open("%s/a%s.json" % (work, a["class"][6:])).read()))
ids = []
n = 0
for c, a in enumerate(assignments):
    for s in range(students):
        db = dbs[n % pushers]
        n += 1
        for i, q in enumerate(a["questions"]):
            # A choice question gets a random option; any other "I don't know" (choice -1, no answer).
            choice = rng.randrange(len(q["options"])) if q.get("options") else -1
            e = uuid7(1767225600000 + n * 1000 + i)
            ids.append(e)
            db.execute("INSERT INTO events (id, assignment, student, question, choice, answer, correct, time, duration_ms, local) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)",
                       (e, a["id"], "student %d" % s, q["id"], choice, q["options"][choice] if choice >= 0 else "",
                        int(choice >= 0 and choice == q["answer"]), 1767225600 + i))
for db in dbs:
    db.commit()
open(work + "/ids.txt", "w").write("\n".join(sorted(ids)) + "\n")
PY
total=$((classes * students * 40))
[ "$(wc -l <"$WORK/ids.txt")" = "$total" ] || fail "the machines hold $(wc -l <"$WORK/ids.txt") answers, not $total"

t0=$(date +%s%3N)
pids=()
for k in $(seq 0 $((pushers - 1))); do
  "$FACTDECK" --data-dir "$WORK/m$k" class push --db "$(cat "$WORK/url$k")" >"$WORK/push$k.out" 2>"$WORK/push$k.err" &
  pids+=($!)
done
for k in $(seq 0 $((pushers - 1))); do wait "${pids[$k]}" || fail "push $k failed: $(cat "$WORK/push$k.err")"; done
elapsed=$(($(date +%s%3N) - t0))
sent=$(cat "$WORK"/push*.out | awk '{ s += $1; a += $4 } END { print s "|" a }')
[ "$sent" = "$total|0" ] || fail "the pushes sent|already: $sent, not $total|0"
[ "$(pg_sql "SELECT count(*), count(DISTINCT id) FROM factdeck.events")" = "$total|$total" ] || fail "the server does not hold $total answers once each"
pg_sql "SELECT id FROM factdeck.events ORDER BY id COLLATE \"C\"" | cmp -s - "$WORK/ids.txt" || fail "the server's answers are not the machines'"
pass "$total answers pushed by $pushers processes at once in $elapsed ms: every one on the server exactly once"

for k in $(seq 0 $((pushers - 1))); do
  "$FACTDECK" --data-dir "$WORK/m$k" class push --db "$(cat "$WORK/url$k")" >"$WORK/again$k.out" 2>&1 &
  pids[$k]=$!
done
for k in $(seq 0 $((pushers - 1))); do wait "${pids[$k]}" || fail "push $k again: $(cat "$WORK/again$k.out")"; done
cat "$WORK"/again*.out | grep -vqx "0 answers sent, 0 already on the server" && fail "a second push sent something: $(cat "$WORK"/again*.out)"
[ "$(pg_sql "SELECT count(*) FROM factdeck.events")" = "$total" ] || fail "a second push changed the server"
t0=$(date +%s%3N)
fd --data-dir "$WORK/teacher" class report "0190f000-0000-7000-8000-000000000000" --db "$teacher" --json >"$WORK/report.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["students"]) == 30 and len(r["questions"]) == 40' "$WORK/report.json" ||
  fail "the report at $total answers"
pass "pushing again sends nothing; the report over $total answers took $(($(date +%s%3N) - t0)) ms (the whole command)"
