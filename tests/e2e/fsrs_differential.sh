#!/usr/bin/env bash
# Differential test: `factdeck fsrs replay` must agree with ts-fsrs (npm, pinned) on 10,000+ random review histories.
#
# ts-fsrs is installed with `npm ci` from tests/fsrs-oracle's lock file into $FACTDECK_BUILD/fsrs-oracle,
# so the source tree stays clean and two build folders never share a node_modules. Set
# FSRS_HISTORIES or FSRS_SEED to test more histories or another sample.
set -euo pipefail

: "${FACTDECK:?set FACTDECK to the factdeck binary}"
: "${FACTDECK_SRC:?set FACTDECK_SRC to the source folder}"
: "${FACTDECK_BUILD:?set FACTDECK_BUILD to the build folder}"
histories=${FSRS_HISTORIES:-10000}
seed=${FSRS_SEED:-20240101}
src="$FACTDECK_SRC/tests/fsrs-oracle"
work="$FACTDECK_BUILD/fsrs-oracle"
start=$SECONDS

fail() { echo "fsrs_differential: $*" >&2; exit 1; }
[ -x "$FACTDECK" ] || fail "no factdeck binary at $FACTDECK (build the factdeck target first)"
command -v node >/dev/null || fail "node is not installed (scripts/setup.sh installs nodejs and npm)"
command -v npm >/dev/null || fail "npm is not installed (scripts/setup.sh installs nodejs and npm)"

# 1. The reference, installed once per lock file.
source "$FACTDECK_SRC/tests/npm_oracle.sh.inc"
install_npm_oracle "$src" "$work" ts-fsrs || fail "npm ci failed in $work; the test needs the npm registry to install ts-fsrs"

# 2. Bad input is refused with a position and exit code 2, never a crash.
set +e
err=$(printf '{"reviews":[{"t":"2024-01-01T10:00:00Z","rating":3},]}' | "$FACTDECK" fsrs replay 2>&1 >/dev/null)
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "malformed JSON: expected exit code 2, got $rc ($err)"
grep -q "byte 53" <<<"$err" || fail "malformed JSON: the message should give the byte position, got: $err"
set +e
err=$(printf '{"reviews":[{"t":"2024-01-01T10:00:00Z","rating":5}]}' | "$FACTDECK" fsrs replay 2>&1 >/dev/null)
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q 'reviews\[0\].rating' <<<"$err" || fail "rating 5: expected exit 2 naming reviews[0].rating, got $rc: $err"

# 3. The golden history of fsrs.md through the real command.
golden=$(printf '%s' '{"reviews":[{"t":"2024-01-01T10:00:00Z","rating":3},{"t":"2024-01-01T10:10:00Z","rating":3},
  {"t":"2024-01-03T09:00:00Z","rating":3}],"retention":0.9}' | "$FACTDECK" fsrs replay)
expected_golden='{"state":"Learning","stability":2.3065,"difficulty":2.11810397,"elapsed_days":0,"scheduled_days":0,"due":"2024-01-01T10:10:00Z","retrievability":null,"step":1,"reps":1,"lapses":0}
{"state":"Review","stability":2.3065,"difficulty":2.11121424,"elapsed_days":0,"scheduled_days":2,"due":"2024-01-03T10:10:00Z","retrievability":1,"step":0,"reps":2,"lapses":0}
{"state":"Review","stability":10.97104786,"difficulty":2.1043314,"elapsed_days":2,"scheduled_days":11,"due":"2024-01-14T09:00:00Z","retrievability":0.90949326,"step":0,"reps":3,"lapses":0}'
if [ "$golden" != "$expected_golden" ]; then
  echo "golden history: expected" >&2
  echo "$expected_golden" >&2
  echo "got" >&2
  echo "$golden" >&2
  fail "the golden history of fsrs.md differs"
fi

# 4. Random histories through both, compared review by review.
run="$work/run"
rm -rf "$run"
mkdir -p "$run"
(cd "$work" && node oracle.js generate --count "$histories" --seed "$seed" --out "$run")
"$FACTDECK" fsrs replay --batch <"$run/input.jsonl" >"$run/actual.jsonl" ||
  fail "factdeck fsrs replay --batch failed on the generated histories (exit $?)"
status=0
(cd "$work" && node oracle.js compare "$run/expected.jsonl" "$run/actual.jsonl" "$run/input.jsonl") || status=$?
echo "fsrs_differential: took $((SECONDS - start)) s"
exit $status
