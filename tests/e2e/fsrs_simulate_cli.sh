#!/usr/bin/env bash
# `factdeck fsrs simulate` on a learner's database: one row per coming day, the retention/workload curve rising
# with retention, the learner's settings as defaults, bad options refused.
source "$(dirname "$0")/lib.sh.inc"
make_workdir fsrs_simulate_cli
now=2026-03-02T09:00:00Z
"$FACTDECK" --now "$now" dev synth --articles 12 --facts 10 --cards 140 --reviews 3000 --seed 5 --out "$WORK/synth" \
  >/dev/null || fail "dev synth failed"
fd() { "$FACTDECK" --now "$now" --data-dir "$WORK/synth/data" "$@"; }
json() { node -e "const d=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); console.log($2)" "$1"; }

fd fsrs simulate --days 14 --new-per-day 5 --retention 0.85 --json >"$WORK/sim.json" || fail "fsrs simulate failed"
[ "$(json "$WORK/sim.json" 'd.days.length')" = 14 ] || fail "expected 14 days: $(head -c 400 "$WORK/sim.json")"
[ "$(json "$WORK/sim.json" 'd.days[0].date + " " + d.days[13].date')" = "2026-03-02 2026-03-15" ] ||
  fail "the days should run from today: $(json "$WORK/sim.json" 'd.days.map(x => x.date).join(" ")')"
[ "$(json "$WORK/sim.json" 'd.days.every(x => x.new <= 5 && x.minutes >= 0 && x.lapses <= x.reviews)')" = true ] ||
  fail "a day breaks the limits: $(json "$WORK/sim.json" 'JSON.stringify(d.days)')"
[ "$(json "$WORK/sim.json" 'd.retention + " " + d.new_per_day')" = "0.85 5" ] || fail "the options were not used"
[ "$(json "$WORK/sim.json" 'd.days[0].reviews > 0 && d.studied > 0')" = true ] ||
  fail "the database's due cards should be reviewed on day one: $(json "$WORK/sim.json" 'JSON.stringify(d.days[0])')"
pass "fsrs simulate gives one row a day from today within the limits"

[ "$(json "$WORK/sim.json" 'd.curve.length')" = 10 ] || fail "expected a curve of 10 retentions"
[ "$(json "$WORK/sim.json" 'd.curve[0].minutes_per_day < d.curve[9].minutes_per_day && d.curve[0].retention == 0.7')" = true ] ||
  fail "the curve should cost more at retention 0.97 than at 0.70: $(json "$WORK/sim.json" 'JSON.stringify(d.curve)')"
pass "the retention/workload curve rises with retention"

fd fsrs simulate --days 3 >"$WORK/sim.txt" || fail "text output failed"
grep -q "^date *reviews *new *lapses *minutes" "$WORK/sim.txt" && grep -q "desired retention against workload" "$WORK/sim.txt" ||
  fail "text output: $(cat "$WORK/sim.txt")"
[ "$(grep -c '^2026-03-0[234]' "$WORK/sim.txt")" = 3 ] || fail "text output should have 3 days: $(cat "$WORK/sim.txt")"
pass "the text output has the table and the curve"

for bad in "--days 0" "--retention 1.5" "--new-per-day x" "--w [1]"; do
  set +e
  # shellcheck disable=SC2086
  err=$(fd fsrs simulate $bad 2>&1 >/dev/null)
  rc=$?
  set -e
  [ "$rc" = 2 ] && grep -q -- "${bad%% *}" <<<"$err" || fail "'$bad': expected exit 2 naming the option, got $rc: $err"
done
pass "bad options are refused with exit code 2"
