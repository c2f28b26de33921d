#!/usr/bin/env bash
# A month of `factdeck study --terminal` driven day by day with --now: queue, intervals and stats against the FSRS-6 numbers.
source "$(dirname "$0")/lib.sh.inc"
make_workdir study_month
export TZ=UTC  # local dates = UTC dates, so the study days below are the calendar dates

mkdir -p "$WORK/content/articles" "$WORK/content/lexicon"
cat >"$WORK/content/lexicon/funds.toml" <<'EOF'
format = 1

[[class]]
id = "funds"
label = "State investment funds"
members = ["National Integrated Circuit Industry Investment Fund", "National Social Security Fund", "National Manufacturing Transformation and Upgrading Fund", "China Internet Investment Fund", "National Green Development Fund"]
EOF
cat >"$WORK/content/articles/month.toml" <<'EOF'
format = 1

[article]
id = "m"
title = "Month test"

[[fact]]
id = "year"
kind = "year"
question = "In which year was Phase I of the Big Fund set up?"
answer = 2014
statement = "Phase I of the Big Fund was set up in {answer}."
sentence = "Phase I was set up in 2014."

[[fact]]
id = "rd"
kind = "number"
question = "By how much a year is R&D spending to rise?"
answer = { value = 7, unit = "%" }
statement = "R&D spending is to rise by {answer} a year."

[[fact]]
id = "fund"
kind = "alias"
question = "What is the National Integrated Circuit Industry Investment Fund often called?"
answer = "Big Fund"
subject = "National Integrated Circuit Industry Investment Fund"
statement = "The National Integrated Circuit Industry Investment Fund is often called the {answer}."
class = "funds"
reverse = "Which fund is often called the 'Big Fund'?"
distractors = ["Small Fund", "Chip Fund", "Tech Fund"]
note = "Its Chinese nickname is 大基金."
EOF

# The driver answers each question as the plan says (right unless listed), reading the real output.
python3 - "$WORK" <<'PY' || fail "the month simulation (see above)"
import os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.environ["FACTDECK_SRC"], "tests", "e2e"))
from terminal_study import drive
work = sys.argv[1]
data, content = work + "/data", work + "/content"
BIN = os.environ["FACTDECK"]

RIGHT = {  # what each card's right answer looks like, per question type
    ("year", 0): {"option": "2014", "typed": "2014", "statement": "Phase I of the Big Fund was set up in 2014."},
    ("rd", 0): {"option": "7%", "typed": "7", "statement": "R&D spending is to rise by 7% a year."},
    ("fund", 0): {"option": "Big Fund", "typed": "Big Fund",
                  "statement": "The National Integrated Circuit Industry Investment Fund is often called the Big Fund."},
    ("fund", 1): {"option": "National Integrated Circuit Industry Investment Fund"},
}

# (day, fact, direction, n-th time asked that day) -> what to do instead of a right answer. One line is one
# answer (piped input): a rating override rides on the answer line (" =4"); ":u" is given at the next prompt.
PLAN = {
    (0, "rd", 0, 1): ["wrong"],             # a new card forgotten: back to the 1-minute step
    (1, "fund", 0, 1): ["right =4"],        # override Good -> Easy: straight to an 8-day interval
    (2, "fund", 1, 1): ["wrong", ":u"],     # a slip, undone at the next prompt: asked again, same question
    (13, "year", 0, 1): ["wrong"],          # a lapse in Review (due on day 13): relearning
}

header = re.compile(r"^\[\d+\] (\S+) · (\w+) · Month test( \(reverse\))?$")
option = re.compile(r"^  (\d+|[a-z])\) (.*)$")

def which_fact(lines):
    text = "\n".join(lines)
    return "year" if "Phase I" in text else "rd" if "R&D" in text else "fund"

def answer_for(qtype, fact, direction, lines, right):
    spec = RIGHT[(fact, direction)]
    opts = {m.group(2): m.group(1) for m in map(option.match, lines) if m}
    if qtype == "flip":
        return "3" if right else "1"
    if qtype in ("mcq", "reverse"):
        key = opts[spec["option"]]
        return key if right else next(v for k, v in opts.items() if v != key)
    if qtype == "fact-or-opinion":
        key = opts["Reported fact"]
        return key if right else next(v for v in opts.values() if v != key)
    if qtype == "tf":
        stated = next(l for l in lines if l.startswith("True or false: "))[len("True or false: "):]
        truth = stated == spec["statement"]
        return ("1" if truth else "2") if right else ("2" if truth else "1")  # 1/2 as the desktop takes them
    if qtype in ("cloze", "numeric"):
        return spec["typed"] if right else "999"
    raise SystemExit("unexpected question type " + qtype)

def given_for(qtype, reply, lines):  # what the feedback says the learner answered, as the database keeps it
    opts = {m.group(1): m.group(2) for m in map(option.match, lines) if m}
    if qtype in ("mcq", "reverse", "fact-or-opinion"):
        return opts[reply]
    if qtype == "tf":
        return "true" if reply == "1" else "false"
    return reply  # cloze, numeric: what was typed

WRONG = []  # (day, the feedback expected in the transcript) for each wrong answer given

def study(day):
    now = "2026-01-%02dT09:00:00Z" % (5 + day) if day < 27 else "2026-02-%02dT09:00:00Z" % (day - 26)
    asked, pending = {}, []
    def reply_to(out):
        nonlocal pending
        heads = [i for i, l in enumerate(out) if header.match(l)]
        m = header.match(out[heads[-1]])
        qtype, state, direction = m.group(1), m.group(2), 1 if m.group(3) else 0
        fact = which_fact(out[heads[-1]:])
        if pending:
            return pending.pop(0)
        n = asked[(fact, direction)] = asked.get((fact, direction), 0) + 1
        steps = list(PLAN.get((day, fact, direction, n), ["right"]))
        first = steps.pop(0).split(" ", 1)
        reply = answer_for(qtype, fact, direction, out[heads[-1]:], first[0] == "right")
        if first[0] == "wrong" and qtype != "flip":
            given = given_for(qtype, reply, out[heads[-1]:])
            WRONG.append((day, "Wrong. You answered: " + given + (
                " (the statement is {0}) The answer: {1}".format(*(("false", "False") if given == "true" else ("true", "True")))
                if qtype == "tf"
                else " The answer: " + RIGHT[(fact, direction)]["option"])))
        reply += " " + first[1] if len(first) > 1 else ""
        pending = steps
        return reply
    rc, out = drive([BIN, "--data-dir", data, "--content", content, "--now", now, "study", "--terminal", "--new", "2"],
                    reply_to)
    if rc != 0:
        raise SystemExit("day %d: exit %d\n%s" % (day, rc, "\n".join(out)))
    with open(work + "/day%02d.txt" % day, "w") as f:
        f.write("\n".join(out))

for day in range(30):
    study(day)

# Wrong-answer feedback: what the learner picked (or typed), then the right answer, on the lines after the answer.
for day, want in WRONG:
    text = " ".join(open(work + "/day%02d.txt" % day).read().split())
    assert want in text, "day %d: no '%s' in the transcript" % (day, want)
assert len(WRONG) == 3, WRONG
print("ok - the %d wrong answers' feedback shows the answer given beside the right one: %s" %
      (len(WRONG), "; ".join(w for _, w in WRONG)))

# The queue and the intervals, day by day. Every number was checked against ts-fsrs 5.4.2 fed the same
# (time, rating) histories: e.g. year Good, Good on day 0 -> 2 days (S 2.3065), Good on day 2 -> 11 days
# (S 10.97104786) as in fsrs.md; fund Easy from New -> 8 days (S = w3 = 8.2956); year's lapse on day 13 ->
# Relearning 10 min, then Good -> 2 days (S 1.57184156). Recognition while New/Learning/Relearning and
# while S < 1 day; recall (cloze, numeric, a flip card where the answer cannot be typed) a growing share of the
# time from S 1 to 7 days, always from S >= 7. The undo (":u" at the prompt after the slip) shows that prompt.
EXPECTED = """
d0 year recognition New
  Rated Good: Learning, next in 10 min (due 2026-01-05 09:10)
d0 rd recognition New
  Rated Again: Learning, next in 1 min (due 2026-01-05 09:01)
d0 rd recognition Learning
  Rated Good: Learning, next in 10 min (due 2026-01-05 09:10)
d0 year recognition Learning
  Rated Good: Review, next in 2 days (due 2026-01-07 09:00)
d0 rd recognition Learning
  Rated Good: Review, next in 1 day (due 2026-01-06 09:00)
d1 rd recognition Review
  Rated Good: Review, next in 2 days (due 2026-01-08 09:00)
d1 fund recognition New
  Rated Good: Learning, next in 10 min (due 2026-01-06 09:10)
  Rated Easy (override): Review, next in 8 days (due 2026-01-14 09:00)
d2 year recognition Review
  Rated Good: Review, next in 11 days (due 2026-01-18 09:00)
d2 fund (reverse) recognition New
  Rated Again: Learning, next in 1 min (due 2026-01-07 09:01)
d2 fund (reverse) recognition Learning
  undone
d2 fund (reverse) recognition New
  Rated Good: Learning, next in 10 min (due 2026-01-07 09:10)
d2 fund (reverse) recognition Learning
  Rated Good: Review, next in 2 days (due 2026-01-09 09:00)
d3 rd recognition Review
  Rated Good: Review, next in 7 days (due 2026-01-15 09:00)
d4 fund (reverse) recognition Review
  Rated Good: Review, next in 11 days (due 2026-01-20 09:00)
d9 fund recall Review
  Rated Good: Review, next in 39 days (due 2026-02-22 09:00)
d10 rd recall Review
  Rated Good: Review, next in 19 days (due 2026-02-03 09:00)
d13 year recall Review
  Rated Again: Relearning, next in 10 min (due 2026-01-18 09:10)
d13 year recognition Relearning
  Rated Good: Review, next in 2 days (due 2026-01-20 09:00)
d15 year recognition Review
  Rated Good: Review, next in 5 days (due 2026-01-25 09:00)
d15 fund (reverse) recall Review
  Rated Good: Review, next in 46 days (due 2026-03-07 09:00)
d20 year recall Review
  Rated Good: Review, next in 12 days (due 2026-02-06 09:00)
d29 rd recall Review
  Rated Good: Review, next in 48 days (due 2026-03-23 09:00)
""".strip().split("\n")

RECALL = {"cloze", "numeric", "flip"}
trace = []
for day in range(30):
    lines = open(work + "/day%02d.txt" % day).read().split("\n")
    for i, line in enumerate(lines):
        m = header.match(line)
        if m:
            kind = "recall" if m.group(1) in RECALL else "recognition"
            trace.append("d%d %s%s %s %s" % (day, which_fact(lines[i:i + 7]), m.group(3) or "", kind, m.group(2)))
        elif line.startswith("Rated "):
            trace.append("  " + line)
        elif line.startswith("Undid the answer"):
            trace.append("  undone")
if trace != EXPECTED:
    import difflib
    print("\n".join(difflib.unified_diff(EXPECTED, trace, "expected", "got", lineterm="")))
    raise SystemExit("the queue or the intervals differ")
print("ok - queue, question kinds and intervals for 30 days")

# Day 0 opened with two new cards of four (the daily limit given by --new 2).
first = open(work + "/day00.txt").read()
assert "Today: 0 due, 0 learning, 2 new (4 cards)." in first, first.split("\n")[0]
# A day with nothing due ends at once with a summary.
assert "Session over: 0 answers, 0 new cards." in open(work + "/day05.txt").read()

# The database: every answer kept (the undone one removed), the cards' FSRS state as ts-fsrs computes it.
import sqlite3
db = sqlite3.connect(data + "/factdeck.db")
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 20
assert db.execute("SELECT rating, auto_rating FROM reviews r JOIN cards c ON c.id = r.card "
                  "WHERE c.fact = 'fund' AND c.direction = 0 AND r.prev_state = 0").fetchone() == (4, 3)
want = {  # fact, direction: state, stability, difficulty, scheduled days, due, lapses, reps
    ("year", 0): (2, 12.41064791, 7.35352744, 12, "2026-02-06T09:00:00Z", 1, 7),
    ("rd", 0): (2, 48.29756871, 6.34635796, 48, "2026-03-23T09:00:00Z", 0, 7),
    ("fund", 0): (2, 38.90515015, 1.0, 39, "2026-02-22T09:00:00Z", 0, 2),
    ("fund", 1): (2, 46.31685657, 2.09745544, 46, "2026-03-07T09:00:00Z", 0, 4),
}
rows = db.execute("SELECT fact, direction, state, stability, difficulty, scheduled_days, "
                  "strftime('%Y-%m-%dT%H:%M:%SZ', due, 'unixepoch'), lapses, reps FROM cards").fetchall()
assert len(rows) == 4
for r in rows:
    w = want[(r[0], r[1])]
    assert r[2] == w[0] and abs(r[3] - w[1]) < 1e-6 and abs(r[4] - w[2]) < 1e-6 and tuple(r[5:]) == w[3:], (r, w)
print("ok - the database holds 20 answers and the FSRS states of ts-fsrs")

# The statistics at the end of the month.
import json
stats = json.loads(subprocess.run([BIN, "--data-dir", data, "--content", content, "--now", "2026-02-03T12:00:00Z",
                                   "stats", "--json"], capture_output=True, text=True, check=True).stdout)
assert stats["today"] == "2026-02-03"
assert stats["total_reviews"] == 20 and stats["total_cards"] == 4
assert stats["streak"] == 1, stats["streak"]  # answered today, not yesterday
ret = stats["retention"]  # 11 answers in Review state over the month, one Again (year, day 13)
assert (ret["reviews"], ret["passed"], ret["desired"]) == (11, 10, 0.9), ret
per_day = {d["date"]: (d["reviews"], d["correct"], d["again"], d["new"]) for d in stats["per_day"]}
assert per_day["2026-01-05"] == (5, 4, 1, 2) and per_day["2026-01-06"] == (2, 2, 0, 1), per_day
assert per_day["2026-01-07"] == (3, 3, 0, 1) and per_day["2026-01-18"] == (2, 1, 1, 0), per_day
assert sum(v[0] for v in per_day.values()) == 20 and len(per_day) == 30
fc = stats["forecast"]  # year on Feb 6; fund on Feb 22; the others fall after the 30 days
assert len(fc) == 30 and fc[3] == 1 and fc[19] == 1 and sum(fc) == 2, fc
kinds = {k["key"]: (k["answers"], k["correct"]) for k in stats["by_kind"]}
assert kinds == {"year": (7, 6), "number": (7, 6), "alias": (6, 6)}, kinds
assert [(a["key"], a["answers"], a["correct"]) for a in stats["by_article"]] == [("m", 20, 18)]
assert [(w["fact"], w["lapses"]) for w in stats["weakest"]] == [("year", 1), ("rd", 0)], stats["weakest"]
assert len(stats["heatmap"]) == 365 and stats["heatmap"][-1] == 1 and sum(stats["heatmap"]) == 20
text = subprocess.run([BIN, "--data-dir", data, "--content", content, "--now", "2026-02-03T12:00:00Z", "stats"],
                      capture_output=True, text=True, check=True).stdout
assert "True retention, last 30 days: 90.9% of 11 review answers (desired 90.0%)" in text, text
print("ok - statistics: reviews a day, retention 10/11, forecast, accuracy by kind, weakest facts, heatmap")
PY

# A second month, two articles (the issue 16 rules): one terminal session a day with --now, answers read off the
# content, every tenth question not known (a learner near the 90% retention aimed at). Siblings never on one
# study day unless overdue; the first new cards come from both articles; the share of recall answers after
# day 7; a suspension undone; custom study of an article added on day 12, past a daily limit of 0.
python3 - "$WORK" <<'PY' || fail "the two-article month (see above)"
import os, re, sqlite3, sys
sys.path.insert(0, os.path.join(os.environ["FACTDECK_SRC"], "tests", "e2e"))
from terminal_study import drive, year_reply
work = sys.argv[1]
data, content = work + "/data2", work + "/content2"
BIN = os.environ["FACTDECK"]
os.makedirs(content + "/articles", exist_ok=True)
BIRDS = {  # keyword: (article, year, sentence or "")
    "Kestrel": ("alpha", 2011, "The Kestrel and Falcon projects began in 2011 and 2013."),
    "Falcon": ("alpha", 2013, "The Kestrel and Falcon projects began in 2011 and 2013."),
    "Heron": ("alpha", 2005, ""), "Osprey": ("alpha", 2007, ""), "Plover": ("alpha", 2016, ""),
    "Wren": ("alpha", 2019, ""),
    "Curlew": ("beta", 2016, ""),  # shares its answer with Plover
    "Lapwing": ("beta", 2002, ""), "Dunlin": ("beta", 2004, ""), "Gannet": ("beta", 2009, ""),
    "Puffin": ("beta", 2012, ""), "Shrike": ("beta", 2021, ""),
    "Swift": ("gamma", 2001, ""), "Linnet": ("gamma", 2003, ""),
}
def write_article(aid, title, published):
    with open("%s/articles/%s.toml" % (content, aid), "w") as f:
        f.write('format = 1\n\n[article]\nid = "%s"\ntitle = "%s"\npublished = %s\n' % (aid, title, published))
        for bird, (a, year, sentence) in BIRDS.items():
            if a != aid:
                continue
            f.write('\n[[fact]]\nid = "%s"\nkind = "year"\nquestion = "In which year did the %s project begin?"\n'
                    'answer = %d\nstatement = "The %s project began in {answer}."\n' % (bird.lower(), bird, year, bird))
            if sentence:
                f.write('sentence = "%s"\n' % sentence)
write_article("alpha", "Alpha projects", "2025-01-10")
write_article("beta", "Beta projects", "2025-03-10")

header = re.compile(r"^\[\d+\] (\S+) · (\w+) · (.*)$")
option = re.compile(r"^  (\d+)\) (.*)$")
def reply_for(qtype, block, right):
    bird = next(b for b in BIRDS if b in "\n".join(block))
    return year_reply(qtype, block, str(BIRDS[bird][1]), right)

count = [0]
def session(now, *extra, script=None):
    script = list(script or [])
    def reply(out):
        head = max(i for i, l in enumerate(out) if header.match(l))
        if script:
            return script.pop(0)
        count[0] += 1
        return reply_for(header.match(out[head]).group(1), out[head:], count[0] % 10 != 0)
    rc, out = drive([BIN, "--data-dir", data, "--content", content, "--now", now, "study", "--terminal"] + list(extra), reply)
    if rc != 0:
        raise SystemExit("exit %d:\n%s" % (rc, "\n".join(out)))
    return "\n".join(out)

def day_time(day):
    return "2026-03-%02dT09:00:00Z" % (1 + day)

for day in range(30):
    if day == 3:  # a suspension, then its undo: the card comes back at once and is answered
        out = session(day_time(day), "--new", "4", script=[":s", ":u"])
        assert "Undid the suspension of" in out, out
    elif day == 12:  # an article added today: custom study asks its cards now, past a daily limit of 0
        write_article("gamma", "Gamma projects", "2026-03-13")
        out = session(day_time(day), "--new", "0", "--article", "gamma")
        assert "Custom study: Gamma projects" in out, out
    else:
        out = session(day_time(day), "--new", "4")
    open(work + "/month2-day%02d.txt" % day, "w").write(out)

db = sqlite3.connect(data + "/factdeck.db")
assert db.execute("SELECT count(*) FROM cards WHERE suspended != 0").fetchone()[0] == 0
# Custom study on the day gamma was added: both its cards answered that day.
d12 = int(db.execute("SELECT strftime('%s', ?)", (day_time(12),)).fetchone()[0]) - 9 * 3600
gamma = db.execute("SELECT count(DISTINCT c.id) FROM reviews r JOIN cards c ON c.id = r.card "
                   "WHERE c.article = 'gamma' AND r.time >= ? AND r.time < ?", (d12, d12 + 86400)).fetchone()[0]
assert gamma == 2, gamma
print("ok - custom study asked the 2 cards of an article added that day, past a new-card limit of 0")

# New cards from both articles among the first ten introduced.
first = [a for (a,) in db.execute("SELECT c.article FROM reviews r JOIN cards c ON c.id = r.card "
                                   "WHERE r.prev_state = 0 ORDER BY r.id LIMIT 10")]
assert len(first) == 10 and {"alpha", "beta"} <= set(first), first
print("ok - the first ten new cards came from both articles: " + " ".join(first))

# No two siblings (one fact; one sentence of an article; one answer) on one study day unless overdue.
keys = {}
for bird, (a, year, sentence) in BIRDS.items():
    keys[(a, bird.lower())] = {"f:" + bird, "a:%d" % year} | ({"s:" + sentence} if sentence else set())
rows = db.execute("SELECT c.article, c.fact, c.id, r.time, r.prev_state, r.prev_due FROM reviews r "
                  "JOIN cards c ON c.id = r.card").fetchall()
per_day = {}
for a, f, card, t, prev_state, prev_due in rows:
    day = (t - 4 * 3600) // 86400  # study days start at 04:00 (TZ=UTC)
    overdue = prev_state == 2 and prev_due is not None and prev_due < day * 86400 + 4 * 3600
    if not overdue:
        for k in keys[(a, f)]:
            per_day.setdefault((day, k), set()).add(card)
clash = {k: v for k, v in per_day.items() if len(v) > 1}
assert not clash, clash
print("ok - 30 days, %d answers: no siblings on one study day" % len(rows))

# The climb to recall: after day 7, at least 30% of the answers are recall (typed, or a flip card).
start8 = int(db.execute("SELECT strftime('%s', ?)", (day_time(8),)).fetchone()[0]) - 5 * 3600
kinds = db.execute("SELECT sum(question_type IN ('cloze', 'numeric', 'flip')), count(*) FROM reviews WHERE time >= ?",
                   (start8,)).fetchone()
share = kinds[0] / kinds[1]
print("ok - recall share after day 7: %d of %d answers (%.0f%%)" % (kinds[0], kinds[1], share * 100))
assert share >= 0.30, kinds
PY

# Piped input, one answer a line: 200 lines of "1" store answers (true/false takes 1 as true), and the
# summary counts what the database holds.
set +e
printf '1\n%.0s' {1..200} | "$FACTDECK" --data-dir "$WORK/ones" --now 2026-03-02T09:00:00Z study --terminal \
  >"$WORK/ones.txt" 2>&1
rc=$?
set -e
[ $rc -eq 0 ] || fail "200 piped 1s: exit $rc: $(tail -5 "$WORK/ones.txt")"
stored=$(sqlite3 "$WORK/ones/factdeck.db" 'SELECT count(*) FROM reviews')
[ "$stored" -gt 20 ] || fail "200 piped 1s stored only $stored answers"
grep -q "Session over: $stored answers" "$WORK/ones.txt" || fail "the summary does not match the $stored answers: $(tail -4 "$WORK/ones.txt")"
! grep -q "Please answer" "$WORK/ones.txt" || fail "a piped 1 was refused: $(grep -m1 -B3 'Please answer' "$WORK/ones.txt")"
pass "200 piped 1s: $stored answers stored, one a line, none refused"

# Piped input that ends early: the answers given are committed and the session ends cleanly.
set +e
printf '1\n' | "$FACTDECK" --data-dir "$WORK/eof" --content "$WORK/content" --now 2026-01-05T09:00:00Z \
  study --terminal --new 1 >"$WORK/eof.txt" 2>&1
rc=$?
set -e
[ $rc -eq 0 ] || fail "EOF mid-session: exit $rc: $(cat "$WORK/eof.txt")"
grep -q "Session over: 1 answers" "$WORK/eof.txt" || fail "EOF mid-session: no summary: $(cat "$WORK/eof.txt")"
[ "$(sqlite3 "$WORK/eof/factdeck.db" 'SELECT count(*) FROM reviews')" = 1 ] || fail "the piped answer was not kept"
pass "EOF after one answer keeps it and ends with a summary"

set +e
"$FACTDECK" --data-dir "$WORK/eof" study >"$WORK/usage.txt" 2>&1
rc=$?
set -e
[ $rc -eq 2 ] && grep -q -- "--terminal" "$WORK/usage.txt" || fail "study without --terminal: exit $rc"
pass "study without --terminal explains itself"
pass "a month of terminal study sessions gave the expected queue, intervals, database and statistics"
