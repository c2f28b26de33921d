#!/usr/bin/env bash
# Printable HTML in 2 versions, printed by headless Chromium; pdftotext's text is compared with the quiz JSON.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_html
install_readers
command -v chromium >/dev/null || fail "chromium is not installed (scripts/setup.sh installs it)"
command -v pdftotext >/dev/null || fail "pdftotext is not installed (scripts/setup.sh installs poppler-utils)"

print_pdf() {
  local html=$1 pdf=$2 profile
  profile=$(mktemp -d "$WORK/chromium.XXXXXX")
  timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" >"$pdf.log" 2>&1 || { cat "$pdf.log" >&2; fail "chromium could not print $html"; }
  [ -s "$pdf" ] || fail "chromium printed nothing for $html"
}

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json"
  export_as html "$content" "$article" "$WORK/$case.html" --versions 2
  grep -qi '<script' "$WORK/$case.html" && fail "html: a <script> element is in the $case page"
  print_pdf "$WORK/$case.html" "$WORK/$case.pdf"
  pdftotext -enc UTF-8 "$WORK/$case.pdf" "$WORK/$case.txt" || fail "pdftotext could not read $case.pdf"
  reader read_pdf "$WORK/$case.json" "$WORK/$case.txt" 2
  # The answer key starts a page of its own: the page before it ends with the last sheet.
  pages=$(pdfinfo "$WORK/$case.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  key_page=""
  # Each page's text is read whole before grep looks at it: `pdftotext | grep -q` under pipefail fails whenever
  # grep stops reading first (SIGPIPE), which depends on the page's length.
  for p in $(seq 1 "${pages:-1}"); do
    page=$(pdftotext -enc UTF-8 -f "$p" -l "$p" "$WORK/$case.pdf" -)
    grep -q "^Answer key" <<<"$page" && key_page=$p && break
  done
  [ -n "$key_page" ] || fail "html: no page starts with the answer key"
  page=$(pdftotext -enc UTF-8 -f "$key_page" -l "$key_page" "$WORK/$case.pdf" -)
  head -n 3 <<<"$page" | grep -q "^Answer key" || fail "html: the answer key does not start its page"
done
grep -q "<script>alert('x')</script>" "$WORK/hostile.txt" || fail "html: the hostile <script> text should print as text"
grep -q "十五五规划" "$WORK/hostile.txt" || fail "html: the Chinese text did not print"
# Page 1 as a picture, for the README (assets/class-quiz.png is a copy of it).
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$WORK/seed.pdf" "$SHOTS/class-quiz"
fi
pass "html: seed and hostile quizzes print in 2 versions with one key, all text matching the quiz JSON"
