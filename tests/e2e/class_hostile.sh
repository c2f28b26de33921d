#!/usr/bin/env bash
# Hostile text through a class: options that start a formula (=, +, @), quotes, tabs and markup, students named like
# SQL and formulas. The report's JSON keeps every string verbatim; no CSV cell that is text can start a formula.
source "$(dirname "$0")/lib.sh.inc"
: "${FACTDECK_SRC:?FACTDECK_SRC must point at the source folder}"
make_workdir class_hostile
fd() { "$FACTDECK" --content "$FACTDECK_SRC/tests/fixtures/hostile" --now "2026-02-02T09:00:00Z" --data-dir "$WORK/data" "$@"; }

id=$(fd class assign --class '<b>7B</b>' --title '=SUM(A1)' --articles hostile-content --types mcq --count 12 \
  --repeat-facts -o "$WORK/a.json" 2>"$WORK/assign.err")
names=("=1+1" "+cmd|' /C calc'!A0" "@SUM(A1:A2)" "-2" $'\ttab' "Robert'); DROP TABLE events;--" '"quoted", comma' $'two\nlines'
  '<script>alert(1)</script>' 'Zoë 李')
i=0
for name in "${names[@]}"; do
  # Student i picks option i + 1 (modulo the options) everywhere; '?' where a question has no options.
  python3 -c 'import json,sys; q=json.load(open(sys.argv[1]))["questions"]; k=int(sys.argv[2])
for x in q: print(str(k % len(x["options"]) + 1) if x.get("options") else "?")' "$WORK/a.json" "$i" |
    fd class take "$WORK/a.json" --student "$name" --terminal >"$WORK/take-$i.log" || fail "take for student $i: $(tail -n 3 "$WORK/take-$i.log")"
  i=$((i + 1))
done
fd class report "$id" --local --json >"$WORK/report.json"
fd class report "$id" --local --csv >"$WORK/report.csv"
fd class report "$id" --local >"$WORK/report.txt"
python3 - "$WORK/a.json" "$WORK/report.json" "$WORK/report.csv" "${names[@]}" <<'PY' || fail "hostile text in the report (see above)"
import csv, json, sys
a, r = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
names = sys.argv[4:]
assert sorted(s["student"] for s in r["students"]) == sorted(names), [s["student"] for s in r["students"]]
assert r["class"] == "<b>7B</b>" and r["title"] == "=SUM(A1)"
for q, rq in zip(a["questions"], r["questions"]):
    if q.get("options"):
        assert [o["text"] for o in rq["options"]] == q["options"], (rq["options"], q["options"])
cells = [c for row in csv.reader(open(sys.argv[3], newline="")) for c in row]
def number(c):
    try:
        float(c)
        return True
    except ValueError:
        return False
bad = [c for c in cells if c and c[0] in "=+-@\t\r" and not number(c)]
assert not bad, bad
assert "'=1+1" in cells and "'+cmd|' /C calc'!A0" in cells and "two\nlines" in cells, cells[:20]
print("hostile ok:", len(cells), "cells")
PY
grep -q $'\e' "$WORK/report.txt" && fail "an escape character reached the terminal report"
pass "hostile options and names: verbatim in JSON, never a formula in CSV"
