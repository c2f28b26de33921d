#!/usr/bin/env bash
# An exam in 21 days: a simulated learner runs `factdeck study --terminal --exam` once a day with --now and reaches the target predicted retention on the day, no day over the minute limit.
source "$(dirname "$0")/lib.sh.inc"
make_workdir exam_plan
export TZ=UTC  # local dates = UTC dates, so the study days below are the calendar dates

python3 - "$WORK" <<'PY' || fail "the exam simulation (see above)"
import os, random, re, sqlite3, sys
sys.path.insert(0, os.path.join(os.environ["FACTDECK_SRC"], "tests", "e2e"))
from terminal_study import drive, year_reply
work = sys.argv[1]
data, content = work + "/data", work + "/content"
BIN = os.environ["FACTDECK"]
os.makedirs(content + "/articles", exist_ok=True)

# Two articles of year facts: the exam is on "exam" (40 facts); "other" (10 facts) is not in it.
NAMES = ["Kestrel", "Falcon", "Heron", "Osprey", "Plover", "Wren", "Curlew", "Lapwing", "Dunlin", "Gannet",
         "Puffin", "Shrike", "Swift", "Linnet", "Merlin", "Hobby", "Bittern", "Avocet", "Godwit", "Redshank",
         "Sanderling", "Turnstone", "Knot", "Ruff", "Stint", "Whimbrel", "Greenshank", "Dotterel", "Skua", "Tern",
         "Fulmar", "Shag", "Eider", "Scoter", "Smew", "Goosander", "Pochard", "Wigeon", "Teal", "Garganey",
         "Siskin", "Twite", "Redpoll", "Bunting", "Pipit", "Wagtail", "Dipper", "Nuthatch", "Treecreeper", "Firecrest"]
YEAR = {n: 1900 + 2 * i for i, n in enumerate(NAMES)}  # distinct answers: no two facts are siblings
ARTICLE = {n: ("exam" if i < 40 else "other") for i, n in enumerate(NAMES)}
for aid, title in (("exam", "Exam projects"), ("other", "Other projects")):
    with open("%s/articles/%s.toml" % (content, aid), "w") as f:
        f.write('format = 1\n\n[article]\nid = "%s"\ntitle = "%s"\n' % (aid, title))
        for n in NAMES:
            if ARTICLE[n] == aid:
                f.write('\n[[fact]]\nid = "%s"\nkind = "year"\nquestion = "In which year did the %s project begin?"\n'
                        'answer = %d\nstatement = "The %s project began in {answer}."\n' % (n.lower(), n, YEAR[n], n))

header = re.compile(r"^\[\d+\] (\S+) · (\w+) · (.*)$")
rng = random.Random(19)  # the learner: right 85% of the time, the same answers on every run

def reply_for(qtype, block):
    name = next(n for n in NAMES if re.search(r"\b%s\b" % n, "\n".join(block)))
    return year_reply(qtype, block, str(YEAR[name]), rng.random() < 0.85)

def session(now, *extra):
    titles = []
    def reply(out):
        head = max(i for i, l in enumerate(out) if header.match(l))
        m = header.match(out[head])
        titles.append(m.group(3))
        return reply_for(m.group(1), out[head:])
    rc, out = drive([BIN, "--data-dir", data, "--content", content, "--now", now, "study", "--terminal"] + list(extra), reply)
    if rc != 0:
        raise SystemExit("exit %d:\n%s" % (rc, "\n".join(out)))
    return "\n".join(out), titles

EXAM, MINUTES, TARGET = "2026-03-22", 2, 0.9  # day 21 after 2026-03-01
predicted = re.compile(r"Predicted retention on %s: ([\d.]+)%% now; ([\d.]+)%% if you follow the plan" % EXAM)
firsts = []
for day in range(21):
    now = "2026-03-%02dT09:00:00Z" % (1 + day)
    extra = ["--exam", EXAM, "--minutes", str(MINUTES), "--articles", "exam"] if day == 0 else ["--exam", EXAM]
    out, titles = session(now, *extra)
    open(work + "/day%02d.txt" % day, "w").write(out)
    assert all(t == "Exam projects" for t in titles), "day %d asked a card outside the exam: %s" % (day, set(titles))
    m = predicted.search(out)
    assert m, "day %d: no predicted retention at the start:\n%s" % (day, out[:800])
    firsts.append((float(m.group(1)), float(m.group(2))))
    assert re.search(r"Exam on %s: predicted retention [\d.]+%% now, [\d.]+%% with the plan \(target 90.0%%\)\. "
                     r"Studied today: [\d.]+ of %d minutes\." % (EXAM, MINUTES), " ".join(out.split())), \
        "day %d: no exam line at the end:\n%s" % (day, out[-600:])
held = [d for d in range(21) if re.search(r"more cards? would help today but do not fit in %d minutes" % MINUTES,
                                         " ".join(open(work + "/day%02d.txt" % d).read().split()))]
assert held, "the minute limit never held a card back: make the test tighter"
print("ok - on %d of the 21 days the plan wanted more than %d minutes and held cards back (days %s)" % (len(held), MINUTES, held))
print("ok - 21 days of exam study: predicted retention on %s at each day's start (now / with the plan): %s" %
      (EXAM, " ".join("%.0f/%.0f" % f for f in firsts)))

# The exam day: the predicted retention as the session starts, before any answer.
out, titles = session("2026-03-22T09:00:00Z", "--exam", EXAM, "--limit", "0")
m = predicted.search(out)
assert m, out
final = float(m.group(1))
assert final >= TARGET * 100, "predicted retention on the exam day %.1f%% < target\n%s" % (final, out)
assert "cannot be reached" not in out, out
print("ok - on the exam day the predicted retention of the 40 exam cards is %.1f%% (target %.0f%%)" % (final, TARGET * 100))

# Each day's study time, from the database by the cost model the plan uses (answers piped: no response times, so
# a new card with its learning steps 20 s, a review 8 s, a relearning answer 8 s), is within the limit.
db = sqlite3.connect(data + "/factdeck.db")
COST = {0: 20, 1: 0, 2: 8, 3: 8}
per_day = {}
for t, prev, ms, article in db.execute("SELECT r.time, r.prev_state, r.response_ms, c.article FROM reviews r "
                                        "JOIN cards c ON c.id = r.card"):
    assert article == "exam", "a card outside the exam was answered"
    assert ms == 0
    day = (t - 4 * 3600) // 86400
    per_day[day] = per_day.get(day, 0) + COST[prev]
worst = max(per_day.values())
assert worst <= MINUTES * 60, "a day took %d s > %d s: %s" % (worst, MINUTES * 60, per_day)
assert len(per_day) >= 15, per_day
learned = db.execute("SELECT count(*) FROM cards WHERE article = 'exam' AND state != 0").fetchone()[0]
assert learned == 40, learned
# Intervals of exam cards end no later than the exam day (04:00 on 2026-03-22 starts that study day).
late = db.execute("SELECT count(*) FROM cards WHERE article = 'exam' AND due > strftime('%s', '2026-03-22T04:00:00Z')").fetchone()[0]
assert late == 0, "%d exam cards are due after the exam day" % late
print("ok - study time a day by the cost model: max %.1f of %d minutes, mean %.1f over %d days; all 40 cards learned; "
      "none due after the exam" % (worst / 60, MINUTES, sum(per_day.values()) / len(per_day) / 60, len(per_day), ))
print("ok - seconds a day: " + " ".join(str(per_day[d]) for d in sorted(per_day)))
PY

# Too little time: the target cannot be reached, and the session says so with the best figure.
set +e
out=$("$FACTDECK" --data-dir "$WORK/tight" --content "$WORK/content" --now 2026-03-01T09:00:00Z study --terminal \
  --exam 2026-03-04 --minutes 1 --limit 0 2>&1)
rc=$?
set -e
[ $rc -eq 0 ] || fail "the tight exam: exit $rc: $out"
grep -Eq "The target 90.0% cannot be reached by 2026-03-04 with 1 minute a day: the best the plan reaches is [0-9.]+%" <<<"${out//$'\n'/ }" ||
  fail "the tight exam does not say the target cannot be reached: $out"
pass "3 days and 1 minute a day for 50 cards: the session says the target cannot be reached, with the best figure"

set +e
"$FACTDECK" --data-dir "$WORK/tight" --content "$WORK/content" study --terminal --exam 2026-02-30 >"$WORK/bad.txt" 2>&1
rc=$?
set -e
[ $rc -eq 2 ] && grep -q "YYYY-MM-DD" "$WORK/bad.txt" || fail "a bad exam date: exit $rc: $(cat "$WORK/bad.txt")"
pass "a bad exam date is refused with exit 2"
