#!/usr/bin/env bash
# Quizlet: cards split with the separators the exporter reports; a tab in the content makes it choose another one.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_quizlet
install_readers

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json"
  export_as quizlet "$content" "$article" "$WORK/$case.txt" --versions 2
  reader read_quizlet "$WORK/$case.json" "$WORK/$case.txt" "$WORK/$case.txt.err"
done
grep -q 'quizlet separators: term "\\t"' "$WORK/seed.txt.err" || fail "quizlet: the seed article should use tabs"
if grep -q '\\t' "$WORK/hostile.json"; then
  grep -q 'quizlet separators: term "\\t"' "$WORK/hostile.txt.err" && fail "quizlet: a tab in the content must not be the separator"
fi
pass "quizlet: seed and hostile quizzes split back into the quiz's terms and keys"
