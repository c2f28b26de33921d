#!/usr/bin/env bash
# Markdown with 2 versions rendered by marked (no markup from content gets through), and JSON through the dispatcher.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_markdown
install_readers

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json"
  export_as md "$content" "$article" "$WORK/$case.md" --versions 2
  reader read_markdown "$WORK/$case.json" "$WORK/$case.md" 2
  export_as json "$content" "$article" "$WORK/$case.again.json" --versions 2
  cmp -s "$WORK/$case.json" "$WORK/$case.again.json" || fail "json: the same quiz gave different bytes"
done
pass "md: seed and hostile quizzes in 2 versions render as text with one key; json is byte-identical"
