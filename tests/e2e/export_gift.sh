#!/usr/bin/env bash
# Moodle GIFT: the seed article's quiz and the hostile article's, each read back by gift-pegjs and compared with the quiz JSON.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_gift
install_readers

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json"
  export_as gift "$content" "$article" "$WORK/$case.gift" --versions 2
  grep -q "holds the question set once" "$WORK/$case.gift.err" || fail "gift: --versions 2 should be reported as not applying"
  reader read_gift "$WORK/$case.json" "$WORK/$case.gift" "$WORK/$case.gift.err"
done
# Hostile text is escaped the way Moodle reads it: no bare special character inside the hostile strings. The
# multiple-choice questions of the hostile facts show every string as an option.
export_as gift "$HOSTILE_CONTENT" "$HOSTILE_ARTICLE" "$WORK/hostile-mcq.gift" --types mcq
cat "$WORK/hostile-mcq.gift" >>"$WORK/hostile.gift"
grep -qF 'a\~b\=c\#d\{e\}f\:g\\h' "$WORK/hostile.gift" || fail "gift: the special characters are not escaped"
# Question texts and options are HTML-escaped (the reader checks each); short answers stay as typed.
grep -q '^::.*<' "$WORK/hostile.gift" && fail "gift: a raw < in a question text"
pass "gift: seed and hostile quizzes read back by gift-pegjs with every key"
