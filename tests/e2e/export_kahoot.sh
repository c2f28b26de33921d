#!/usr/bin/env bash
# Kahoot .xlsx: read back by SheetJS (xlsx): the template's header row, text cells, time limits, keys; misfits reported.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_kahoot
install_readers

# A binary format never goes to the terminal.
if "$FACTDECK" --content "$SEED_CONTENT" quiz --articles "$SEED_ARTICLE" --count 3 --format kahoot >/dev/null 2>"$WORK/no-file.err"; then
  fail "kahoot without -o should be refused"
fi
grep -q -- "-o" "$WORK/no-file.err" || fail "kahoot without -o: the message should ask for -o FILE"

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json" --types mcq,tf,reverse,cloze
  export_as kahoot "$content" "$article" "$WORK/$case.xlsx" --types mcq,tf,reverse,cloze
  reader read_kahoot "$WORK/$case.json" "$WORK/$case.xlsx" "$WORK/$case.xlsx.err"
done
pass "kahoot: seed and hostile quizzes read back by xlsx, every misfit reported"
