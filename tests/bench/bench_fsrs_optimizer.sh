#!/usr/bin/env bash
# FSRS parameter fitting: Factdeck's optimizer against fsrs-rs (npm binding, pinned by tests/fsrs-optimizer-oracle's
# lock file) on five simulated learners of 2,000-20,000 answers. $1 is the work folder; rows go to
# $1/table-fsrs-optimizer.md. Per learner: the log loss on the future blocks of the time split (each block predicted
# by parameters fitted on the answers before it) and the time of the whole job, six fits and their scoring
# (Factdeck: `fsrs optimize`'s fit_ms; fsrs-rs: computeParameters + evaluateWithTimeSeriesSplits), median of
# BENCH_RUNS runs each, in the same run of the same machine. BENCH_FSRS_FIT_SCALE (1) scales the learners' days.
set -euo pipefail
: "${FACTDECK:?}" "${FACTDECK_SRC:?}" "${FACTDECK_BUILD:?}"
here="$FACTDECK_SRC/tests/bench"
source "$here/table.sh.inc"
work=$1
runs=${BENCH_RUNS:-7}
scale=${BENCH_FSRS_FIT_SCALE:-1}
sim="$FACTDECK_BUILD/tests/fsrs_sim_tool"
[ -x "$sim" ] || { echo "bench_fsrs_optimizer: no $sim (build the fsrs_sim_tool target)" >&2; exit 1; }

# fsrs-rs installed as the differential test installs it: npm ci from the lock file, once per lock file.
oracle="$FACTDECK_BUILD/fsrs-optimizer-oracle"
src="$FACTDECK_SRC/tests/fsrs-optimizer-oracle"
source "$FACTDECK_SRC/tests/npm_oracle.sh.inc"
install_npm_oracle "$src" "$oracle" fsrs-rs-nodejs-linux-x64-gnu || { echo "bench_fsrs_optimizer: npm ci failed" >&2; exit 1; }

json() { node -e "const d=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); console.log($2)" "$1"; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) printf "%.1f\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

table="$work/table-fsrs-optimizer.md"
: >"$table"
# (days, new cards a day) per learner: about 3,000, 7,000, 12,500, 19,500 and 2,400 answers.
for spec in "1 70 8" "2 120 9" "3 160 11" "4 200 13" "5 55 8"; do
  set -- $spec
  seed=$1
  days=$(awk -v d="$2" -v s="$scale" 'BEGIN { d = int(d * s); print d < 10 ? 10 : d }')
  f="$work/fsrs-learner$seed.jsonl"
  "$sim" --seed "$seed" --days "$days" --new-per-day "$3" >"$f" 2>/dev/null
  answers=$(grep -o '"rating"' "$f" | wc -l)
  ours_ms=() theirs_ms=()
  for _ in $(seq 1 "$runs"); do
    "$FACTDECK" fsrs optimize --reviews "$f" --json >"$work/fsrs-fd.json"
    (cd "$oracle" && node oracle.js fit "$f") >"$work/fsrs-rs.json"
    ours_ms+=("$(json "$work/fsrs-fd.json" 'd.fit_ms')")
    theirs_ms+=("$(json "$work/fsrs-rs.json" 'd.fit_ms + d.test_ms')")
  done
  ours=$(json "$work/fsrs-fd.json" 'd.test.fit.log_loss.toFixed(5)')
  theirs=$(json "$work/fsrs-rs.json" 'd.test.log_loss.toFixed(5)')
  t_ours=$(printf '%s\n' "${ours_ms[@]}" | median)
  t_theirs=$(printf '%s\n' "${theirs_ms[@]}" | median)
  loss_ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.4f", a / b }')
  time_ratio=$(ratio "$t_ours" "$t_theirs")
  echo "fsrs-fit-$seed-answers|$answers|answers"
  echo "fsrs-fit-$seed-logloss-factdeck|$ours|"
  echo "fsrs-fit-$seed-logloss-fsrs-rs|$theirs|"
  echo "fsrs-fit-$seed-ms-factdeck|$t_ours|ms"
  echo "fsrs-fit-$seed-ms-fsrs-rs|$t_theirs|ms"
  {
    info "FSRS fit, learner $seed ($(thousands "$answers") answers): future log loss Factdeck / fsrs-rs" \
      "$ours / $theirs" ""
    row "FSRS fit, learner $seed: future log loss, Factdeck / fsrs-rs" "$loss_ratio" x "<=" 1.01
    info "FSRS fit, learner $seed: six fits and their scoring, Factdeck / fsrs-rs" "$t_ours / $t_theirs" ms
    row "FSRS fit, learner $seed: time, Factdeck / fsrs-rs" "$time_ratio" x "<=" 1
  } >>"$table"
done
