#!/usr/bin/env bash
# `factdeck fsrs optimize` saves a used fit for the scheduler (and says so); --dry-run and --reviews FILE never save;
# `fsrs reset` goes back to the defaults; evaluate and simulate use the saved parameters; each answer records the device.
source "$(dirname "$0")/lib.sh.inc"
make_workdir fsrs_fit_save_cli
now=2026-03-02T09:00:00Z
"$FACTDECK" --now "$now" dev synth --articles 12 --facts 10 --cards 140 --reviews 3000 --seed 4 --out "$WORK/synth" \
  >/dev/null || fail "dev synth failed"
data="$WORK/synth/data"
db="$data/factdeck.db"
fd() { "$FACTDECK" --now "$now" --data-dir "$data" "$@"; }
json() { node -e "const d=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); console.log($2)" "$1"; }
setting() { sqlite3 "$db" "SELECT value FROM settings WHERE key = '$1'"; }

# The device id: made once, 16 hex digits; answers written by dev synth (after schema 8) carry it.
device=$(setting device.id)
[[ "$device" =~ ^[0-9a-f]{16}$ ]] || fail "device.id is '$device'"
[ "$(sqlite3 "$db" "SELECT count(*) FROM reviews WHERE device IS NOT '$device'")" = 0 ] ||
  fail "answers without this database's device id: $(sqlite3 "$db" "SELECT device, count(*) FROM reviews GROUP BY 1")"
pass "every answer records the database's device id"

# --dry-run: the report, nothing saved.
fd fsrs optimize --dry-run --json >"$WORK/dry.json" || fail "optimize --dry-run failed"
[ "$(json "$WORK/dry.json" 'd.saved')" = false ] && [ -z "$(setting fsrs.w)" ] && [ -z "$(setting fsrs.fit_reviews)" ] ||
  fail "--dry-run saved something: $(sqlite3 "$db" "SELECT * FROM settings WHERE key LIKE 'fsrs.%'")"
[ "$(json "$WORK/dry.json" 'd.used.value')" = true ] ||
  fail "this history's fit should pass the health check (the rest of the test relies on it): $(json "$WORK/dry.json" 'd.used.reason')"
pass "--dry-run reports a used fit and saves nothing"

# A FILE is never saved, whatever its fit.
printf '{"card":"a","reviews":[{"t":"2024-01-01T10:00:00Z","rating":3},{"t":"2024-01-03T10:00:00Z","rating":3}]}\n' >"$WORK/tiny.jsonl"
fd fsrs optimize --reviews "$WORK/tiny.jsonl" >"$WORK/file.txt" || fail "optimize --reviews failed"
grep -q "^not saved: fitted on" "$WORK/file.txt" && [ -z "$(setting fsrs.w)" ] || fail "a FILE fit: $(cat "$WORK/file.txt")"
pass "a fit of a file is never saved"

# The real thing: saved, said, and the same parameters as the dry run.
fd fsrs optimize >"$WORK/fit.txt" || fail "optimize failed: $(cat "$WORK/fit.txt")"
grep -q "^saved: the scheduler uses these parameters" "$WORK/fit.txt" || fail "no 'saved' line: $(cat "$WORK/fit.txt")"
node -e '
  const a = JSON.parse(process.argv[1]), b = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8")).w;
  if (a.length !== 21 || a.some((x, i) => Math.abs(x - b[i]) > 1e-12)) { console.error(a, b); process.exit(1); }' \
  "$(setting fsrs.w)" "$WORK/dry.json" || fail "fsrs.w differs from the fit"
[ "$(setting fsrs.fit_reviews)" = "$(sqlite3 "$db" 'SELECT count(*) FROM reviews')" ] || fail "fsrs.fit_reviews is $(setting fsrs.fit_reviews)"
[ "$(setting fsrs.fit_time)" = "$(date -u -d "$now" +%s)" ] || fail "fsrs.fit_time is $(setting fsrs.fit_time)"
pass "a used fit is saved in settings (fsrs.w, fsrs.fit_reviews, fsrs.fit_time)"

# evaluate without --w and simulate score and schedule with the saved parameters.
fd fsrs evaluate --json >"$WORK/eval.json"
[ "$(json "$WORK/eval.json" 'JSON.stringify(d.w)')" = "$(json "$WORK/dry.json" 'JSON.stringify(d.w)')" ] ||
  fail "evaluate did not use the saved parameters"
fd fsrs simulate --days 10 --json >"$WORK/sim-fit.json"

# A damaged fsrs.w is ignored: the defaults schedule.
sqlite3 "$db" "UPDATE settings SET value = '[1,2,3]' WHERE key = 'fsrs.w'"
fd fsrs evaluate --json >"$WORK/eval-bad.json"
[ "$(json "$WORK/eval-bad.json" 'd.w[3]')" = 8.2956 ] || fail "a damaged fsrs.w was not ignored: $(json "$WORK/eval-bad.json" 'd.w')"
pass "evaluate uses the saved parameters; a damaged value falls back to the defaults"

# Reset: the defaults again.
fd fsrs optimize >/dev/null
[ -n "$(setting fsrs.w)" ] || fail "not saved again"
out=$(fd fsrs reset)
grep -q "default parameters again" <<<"$out" || fail "reset said nothing"
[ -z "$(setting fsrs.w)" ] || fail "fsrs.w still there after reset"
fd fsrs simulate --days 10 --json >"$WORK/sim-default.json"
[ "$(json "$WORK/sim-default.json" 'd.minutes_per_day')" != "$(json "$WORK/sim-fit.json" 'd.minutes_per_day')" ] ||
  fail "simulate gave the same workload with and without the fit"
pass "fsrs reset goes back to the defaults; simulate follows the parameters in use"
