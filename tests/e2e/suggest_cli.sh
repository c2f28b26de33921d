#!/usr/bin/env bash
# `factdeck suggest` and `factdeck import` end to end: their TOML loads with `factdeck check`, options and errors.
source "$(dirname "$0")/lib.sh.inc"
: "${FACTDECK_SRC:?FACTDECK_SRC must point at the source tree}"
make_workdir suggest_cli
unset DISPLAY WAYLAND_DISPLAY
SEED="$FACTDECK_SRC/tests/fixtures/suggest/china-tech-self-reliance.txt"
BUNDLED="$FACTDECK_SRC/content"

# Suggestions with the bundled lexicon: saved beside the bundled content, the whole loads clean.
mkdir -p "$WORK/user/articles"
"$FACTDECK" suggest "$SEED" --id seed-suggested --title "Tech Independence (suggested)" \
  >"$WORK/user/articles/seed-suggested.toml" 2>"$WORK/suggest.err" || fail "suggest failed: $(cat "$WORK/suggest.err")"
out="$WORK/user/articles/seed-suggested.toml"
grep -q '^id *= "seed-suggested"$' "$out" || fail "--id not used"
grep -q '^title *= "Tech Independence (suggested)"$' "$out" || fail "--title not used"
grep -q '^answer *= { from = 2026, to = 2030 }$' "$out" || fail "the 15th Five-Year Plan's period is missing"
# 2022's sentence opens "These restrictions", which point back at the sentence before: suggested, not ready (commented out).
grep -q '^# answer *= 2022$' "$out" || fail "2022 is missing, or ready with a stem that does not stand alone"
grep -q '^answer *= { value = 7, unit = "%", qualifier = "more than" }$' "$out" || fail "'more than 7%' is missing"
grep -q '^answer *= 2035$' "$out" || fail "2035 is missing"
grep -q '^answer *= "Big Fund"$' "$out" || fail "the Big Fund alias is missing"
grep -q '^subject *= "National Integrated Circuit Industry Development Investment Fund"$' "$out" || fail "alias subject"
grep -q '^# high confidence (year-target): ' "$out" || fail "no confidence comment above the facts"
grep -Eq 'suggestions \([0-9]+ ready\) in [0-9.]+ ms' "$WORK/suggest.err" || fail "no timing line: $(cat "$WORK/suggest.err")"
pass "suggest prints an article with the seed's period, 2022, more than 7%, 2035 and the Big Fund alias"
echo "# $(grep -E 'ms$' "$WORK/suggest.err")"

"$FACTDECK" check --content "$BUNDLED" --content "$WORK/user" >"$WORK/check.out" 2>&1 \
  || fail "check failed: $(cat "$WORK/check.out")"
grep -q " 0 errors, 0 warnings" "$WORK/check.out" || fail "check: $(cat "$WORK/check.out")"
pass "factdeck check loads the suggested article beside the bundled content: 0 errors, 0 warnings"

# Without a lexicon (an empty content folder), the file stands alone: facts that need a class are commented out.
mkdir -p "$WORK/empty" "$WORK/alone/articles"
"$FACTDECK" --content "$WORK/empty" suggest "$SEED" >"$WORK/alone/articles/alone.toml" 2>"$WORK/alone.err" \
  || fail "suggest without lexicon: $(cat "$WORK/alone.err")"
grep -q '^# NOT READY: needs ' "$WORK/alone/articles/alone.toml" || fail "no commented-out facts without a lexicon"
grep -q '^id *= "china-tech-self-reliance"$' "$WORK/alone/articles/alone.toml" || fail "default id from the file name"
"$FACTDECK" check --content "$WORK/alone" >"$WORK/check2.out" 2>&1 || fail "check alone: $(cat "$WORK/check2.out")"
grep -q " 0 errors, 0 warnings" "$WORK/check2.out" || fail "check alone: $(cat "$WORK/check2.out")"
pass "without a lexicon the article loads on its own"

# Standard input and Markdown; same input, same output.
printf '# Chip Fund\n\nThe fund, **often called** the *Big Fund*, was registered on 24 May 2024.\n' >"$WORK/in.md"
"$FACTDECK" suggest - --title "From stdin" <"$WORK/in.md" >"$WORK/stdin.toml" 2>/dev/null || fail "suggest -"
grep -q '^answer *= 2024-05-24$' "$WORK/stdin.toml" || fail "date from Markdown on stdin: $(cat "$WORK/stdin.toml")"
grep -q '^id *= "from-stdin"$' "$WORK/stdin.toml" || fail "id from the title for stdin"
"$FACTDECK" suggest "$SEED" >"$WORK/a.toml" 2>/dev/null
"$FACTDECK" suggest "$SEED" >"$WORK/b.toml" 2>/dev/null
cmp -s "$WORK/a.toml" "$WORK/b.toml" || fail "two runs differ"
pass "standard input, Markdown, and deterministic output"

set +e
"$FACTDECK" suggest >"$WORK/o" 2>&1; rc1=$?
"$FACTDECK" suggest "$WORK/missing.txt" >"$WORK/o2" 2>&1; rc2=$?
set -e
[ $rc1 -eq 2 ] && grep -q "usage: factdeck suggest" "$WORK/o" || fail "suggest with no file: rc $rc1"
[ $rc2 -eq 1 ] && grep -q "cannot read" "$WORK/o2" || fail "suggest with a missing file: rc $rc2"
pass "suggest refuses a missing argument or file"

# Import: a CSV with quotes, commas, tabs, line breaks and Chinese; skipped rows on stderr.
mkdir -p "$WORK/imported/articles"
"$FACTDECK" import "$FACTDECK_SRC/tests/fixtures/import/terms.csv" --id imported-terms --title "Imported terms" \
  -o "$WORK/imported/articles/imported-terms.toml" 2>"$WORK/import.err" >"$WORK/import.out" \
  || fail "import failed: $(cat "$WORK/import.err")"
[ ! -s "$WORK/import.out" ] || fail "import with -o printed to stdout"
grep -q "row 8 (line 9): skipped: missing definition (no comma on this row)" "$WORK/import.err" || fail "report: $(cat "$WORK/import.err")"
grep -q "row 10 (line 11): skipped: duplicate of row 2 ('Big Fund')" "$WORK/import.err" || fail "duplicate not reported"
grep -q "7 terms imported, 5 rows skipped" "$WORK/import.err" || fail "summary: $(cat "$WORK/import.err")"
grep -q '^answer *= "新质生产力"$' "$WORK/imported/articles/imported-terms.toml" || fail "Chinese term missing"
"$FACTDECK" check --content "$WORK/imported" >"$WORK/check3.out" 2>&1 || fail "check import: $(cat "$WORK/check3.out")"
grep -q "1 articles, 7 facts (7 term)" "$WORK/check3.out" && grep -q " 0 errors, 0 warnings" "$WORK/check3.out" \
  || fail "check import: $(cat "$WORK/check3.out")"
pass "import writes a term article that loads, and reports skipped rows with their row and line"

"$FACTDECK" import "$FACTDECK_SRC/tests/fixtures/import/quizlet.tsv" --id quizlet --title Quizlet >"$WORK/q.toml" 2>/dev/null \
  || fail "import to stdout"
grep -q '^id *= "quizlet"$' "$WORK/q.toml" || fail "import to stdout: $(cat "$WORK/q.toml")"
set +e
printf 'no separator here\nnor here\n' >"$WORK/bad.csv"
"$FACTDECK" import "$WORK/bad.csv" --id bad --title Bad >"$WORK/o3" 2>&1; rc3=$?
set -e
[ $rc3 -eq 1 ] && grep -q "no separator found" "$WORK/o3" || fail "bad import: rc $rc3, $(cat "$WORK/o3")"
pass "import prints to stdout without -o and refuses a file without a separator"

# Read whole before grep: `--help | grep -q` under pipefail fails whenever grep stops reading before the help is
# written (a help longer than one pipe write, 4 KiB, is written in two and the second meets a closed pipe).
"$FACTDECK" --help >"$WORK/help.txt"
grep -q "factdeck suggest" "$WORK/help.txt" || fail "--help does not list suggest"
grep -q "factdeck import" "$WORK/help.txt" || fail "--help does not list import"
pass "--help lists suggest and import"
