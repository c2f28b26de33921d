#!/usr/bin/env bash
# Moodle XML: well-formed for xmllint, and read back by fast-xml-parser: names, types, grade-list fractions, keys.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_moodle_xml
install_readers
command -v xmllint >/dev/null || fail "xmllint is not installed (scripts/setup.sh installs libxml2-utils)"

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json"
  export_as moodle-xml "$content" "$article" "$WORK/$case.xml" --versions 2
  xmllint --noout "$WORK/$case.xml" || fail "moodle-xml: $case export is not well-formed"
  [ "$(xmllint --xpath 'count(//question[@type!="category"][not(name/text)])' "$WORK/$case.xml")" = 0 ] ||
    fail "moodle-xml: a question has no name"
  reader read_moodle_xml "$WORK/$case.json" "$WORK/$case.xml" "$WORK/$case.xml.err"
done
# Hostile markup is text for Moodle: after XML decoding it is still HTML-escaped.
xmllint --xpath 'string(//question[name/text="hostile-content/script-tag/mcq"]/questiontext/text)' "$WORK/hostile.xml" 2>/dev/null |
  grep -q '<' && fail "moodle-xml: a raw < reaches Moodle's HTML"
pass "moodle-xml: seed and hostile quizzes well-formed and read back with every key"
