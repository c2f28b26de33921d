#!/usr/bin/env bash
# Differential test of `factdeck fsrs optimize` against fsrs-rs (npm, pinned): on histories simulated from learners
# with known parameters, Factdeck's fit scores the future blocks of the time split within 1% of fsrs-rs's log loss
# (or lower); the guess model is closer to the truth on multiple-choice answers; bad input is refused.
#
# fsrs-rs's Node binding is installed with `npm ci` from tests/fsrs-optimizer-oracle's lock file into
# $FACTDECK_BUILD/fsrs-optimizer-oracle (once per lock file). The learners here are small (2,000-3,000 answers
# each); `make bench` runs bigger ones (up to 20,000) and compares the times.
set -euo pipefail

: "${FACTDECK:?set FACTDECK to the factdeck binary}"
: "${FACTDECK_SRC:?set FACTDECK_SRC to the source folder}"
: "${FACTDECK_BUILD:?set FACTDECK_BUILD to the build folder}"
sim="$FACTDECK_BUILD/tests/fsrs_sim_tool"
src="$FACTDECK_SRC/tests/fsrs-optimizer-oracle"
work="$FACTDECK_BUILD/fsrs-optimizer-oracle"
start=$SECONDS

fail() { echo "fsrs_optimizer_differential: $*" >&2; exit 1; }
[ -x "$FACTDECK" ] || fail "no factdeck binary at $FACTDECK"
[ -x "$sim" ] || fail "no simulator at $sim (build the fsrs_sim_tool target)"
command -v node >/dev/null || fail "node is not installed (scripts/setup.sh installs nodejs and npm)"
command -v npm >/dev/null || fail "npm is not installed (scripts/setup.sh installs nodejs and npm)"

# 1. The reference, installed once per lock file.
source "$FACTDECK_SRC/tests/npm_oracle.sh.inc"
install_npm_oracle "$src" "$work" fsrs-rs-nodejs-linux-x64-gnu ||
  fail "npm ci failed in $work; the test needs the npm registry to install fsrs-rs-nodejs-linux-x64-gnu"
run="$work/run"
rm -rf "$run" && mkdir -p "$run"

# json FILE EXPR: a value read from a JSON file with node (jq is not a dependency).
json() { node -e "const d=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); console.log($2)" "$1"; }

# 2. Bad input is refused with exit code 2 and a message naming the problem.
set +e
err=$("$FACTDECK" fsrs evaluate --w '[1,2]' --reviews /dev/null 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q -- '--w' <<<"$err" || fail "--w with 2 numbers: expected exit 2 naming --w, got $rc: $err"
printf '{"card":"a","reviews":[{"t":"2024-01-01T10:00:00Z","rating":7}]}\n' >"$run/bad.jsonl"
set +e
err=$("$FACTDECK" fsrs optimize --reviews "$run/bad.jsonl" 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q 'bad.jsonl:1: reviews\[0\].rating' <<<"$err" ||
  fail "rating 7: expected exit 2 naming the line and field, got $rc: $err"

# 3. A few answers keep the defaults, and say why.
printf '{"card":"a","reviews":[{"t":"2024-01-01T10:00:00Z","rating":3},{"t":"2024-01-03T10:00:00Z","rating":3}]}\n' \
  >"$run/tiny.jsonl"
"$FACTDECK" fsrs optimize --reviews "$run/tiny.jsonl" --json >"$run/tiny.json"
[ "$(json "$run/tiny.json" 'd.mode + " " + d.used.value')" = "default false" ] ||
  fail "one item: expected mode default, not used; got $(cat "$run/tiny.json")"

# 3b. Without --reviews, the learner's database: a synthetic one of 3,000 answers is fitted and checked.
"$FACTDECK" --now 2026-03-02T09:00:00Z dev synth --articles 12 --facts 10 --cards 140 --reviews 3000 --seed 4 \
  --out "$run/synth" >/dev/null
"$FACTDECK" --data-dir "$run/synth/data" fsrs optimize --json >"$run/db.json"
[ "$(json "$run/db.json" 'd.mode')" = full ] && [ "$(json "$run/db.json" 'd.test.fit.n > 1000')" = true ] &&
  [ -n "$(json "$run/db.json" 'd.used.reason')" ] || fail "the database's answers: $(cat "$run/db.json")"
"$FACTDECK" --data-dir "$run/synth/data" fsrs evaluate --json >"$run/db-eval.json"
[ "$(json "$run/db-eval.json" 'd.all.n')" -gt 1000 ] ||
  fail "evaluate on the database: $(cat "$run/db-eval.json")"

# 4. Five learners with known parameters: both optimizers fit and score the same histories.
printf '%-8s %8s %8s %10s %10s %10s\n' learner answers items factdeck fsrs-rs ratio
for seed in 1 2 3 4 5; do
  f="$run/learner$seed.jsonl"
  "$sim" --seed "$seed" --days $((50 + 5 * seed)) --new-per-day 8 >"$f" 2>"$run/learner$seed.w"
  answers=$(grep -o '"rating"' "$f" | wc -l)
  [ "$answers" -ge 2000 ] && [ "$answers" -le 20000 ] || fail "learner $seed has $answers answers, not 2,000-20,000"
  "$FACTDECK" fsrs optimize --reviews "$f" --json >"$run/fd$seed.json"
  (cd "$work" && node oracle.js fit "$f") >"$run/rs$seed.json"
  ours=$(json "$run/fd$seed.json" 'd.test.fit.log_loss')
  theirs=$(json "$run/rs$seed.json" 'd.test.log_loss')
  [ "$(json "$run/fd$seed.json" 'd.scored')" = "$(json "$run/rs$seed.json" 'd.items')" ] ||
    fail "learner $seed: Factdeck scored $(json "$run/fd$seed.json" 'd.scored') items, fsrs-rs $(json "$run/rs$seed.json" 'd.items')"
  [ "$(json "$run/fd$seed.json" 'd.mode')" = full ] || fail "learner $seed: expected a full fit"
  printf '%-8s %8s %8s %10.5f %10.5f %10.4f\n' "$seed" "$answers" "$(json "$run/rs$seed.json" 'd.items')" \
    "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { print a / b }')"
  awk -v a="$ours" -v b="$theirs" 'BEGIN { exit !(a <= 1.01 * b) }' ||
    fail "learner $seed: Factdeck's log loss on the future blocks, $ours, is more than 1% above fsrs-rs's, $theirs"
done

# 5. The guess model on learners answering four-option questions: with their true parameters, the predicted share
# of right answers matches the observed one more closely (RMSE over srs-benchmark's bins) with the guess counted
# than without. The fits' figures with and without it are printed for the record (the note in docs/fsrs.md).
printf '%-8s %12s %12s %12s %12s\n' learner "truth+guess" truth "fit+guess" fit
for seed in 21 22 23; do
  f="$run/options$seed.jsonl"
  "$sim" --seed "$seed" --days 60 --new-per-day 8 --options 4 >"$f" 2>"$run/options$seed.w"
  w=$(cat "$run/options$seed.w")
  "$FACTDECK" fsrs evaluate --w "$w" --reviews "$f" --json >"$run/truth-guess$seed.json"
  "$FACTDECK" fsrs evaluate --w "$w" --reviews "$f" --json --no-guess >"$run/truth-noguess$seed.json"
  "$FACTDECK" fsrs optimize --reviews "$f" --json >"$run/fit-guess$seed.json"
  "$FACTDECK" fsrs optimize --reviews "$f" --json --no-guess >"$run/fit-noguess$seed.json"
  cal() { json "$1" "d.calibration$2.find(c => c.kind == 'options').rmse_bins.toFixed(4)"; }
  with=$(cal "$run/truth-guess$seed.json" "")
  without=$(cal "$run/truth-noguess$seed.json" "")
  printf '%-8s %12s %12s %12s %12s\n' "$seed" "$with" "$without" "$(cal "$run/fit-guess$seed.json" .fit)" \
    "$(cal "$run/fit-noguess$seed.json" .fit)"
  awk -v a="$with" -v b="$without" 'BEGIN { exit !(a < b) }' ||
    fail "learner $seed: the guess model is not closer on four-option answers: $with against $without without it"
done
echo "fsrs_optimizer_differential: took $((SECONDS - start)) s"
