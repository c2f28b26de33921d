#!/usr/bin/env bash
# The exam on the desktop's Today: the predicted retention on the day and today's plan, X studies the plan (an exam card, the minutes shown), E opens the form.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_exam
command -v tesseract >/dev/null || fail "tesseract is not installed (scripts/setup.sh installs tesseract-ocr)"
export TZ=UTC
start_xvfb

export FACTDECK_CONTENT="$WORK/bundled"
mkdir -p "$FACTDECK_CONTENT/articles"
{
  printf 'format = 1\n\n[article]\nid = "canal"\ntitle = "Canal plans"\n'
  year_fact opened "In which year did the old canal open?" 1905 "The old canal opened in {answer}."
  year_fact widened "In which year was the canal widened?" 1962 "The canal was widened in {answer}."
  year_fact closed "In which year did the canal close to barges?" 1987 "The canal closed to barges in {answer}."
} >"$FACTDECK_CONTENT/articles/canal.toml"
{
  printf 'format = 1\n\n[article]\nid = "harbour"\ntitle = "Harbour works"\n'
  year_fact pier "In which year was the north pier built?" 2011 "The north pier was built in {answer}."
} >"$FACTDECK_CONTENT/articles/harbour.toml"
data="$WORK/data"
db="$data/factdeck.db"

# The exam is set in the terminal (saved in the settings table); the desktop shows it.
"$FACTDECK" --data-dir "$data" --now 2026-03-02T08:00:00Z study --terminal --exam 2026-03-23 --minutes 3 \
  --articles canal --limit 0 >"$WORK/terminal.txt" 2>&1 || fail "setting the exam: $(cat "$WORK/terminal.txt")"
[ "$(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'exam.date'")" = 2026-03-23 ] || fail "exam.date not saved"

NOW=2026-03-02T10:00:00Z
start_app
text=$(read_window_lines exam_today)
# Dates are matched with any character between the numbers: OCR sometimes reads a hyphen as a dash.
grep -Eq "Exam on 2026.{1,3}03.{1,3}23" <<<"$text" || fail "Today does not show the exam: $text"
grep -q "Predicted retention on the day: 0.0% now" <<<"$text" || fail "Today does not show the predicted retention: $text"
grep -q "Today's plan: 0 due, 1 new, 0 brought forward" <<<"$text" || fail "Today does not show today's plan: $text"
pass "Today shows the exam, the predicted retention on the day and today's plan"

press x
text=$(read_window_lines exam_review)
grep -Eq "Exam plan for 2026.{1,3}03.{1,3}23" <<<"$text" || fail "X did not start the exam's plan: $text"
grep -q "Canal plans" <<<"$text" || fail "the exam plan's first card is not of the exam's article: $text"
press space 1
wait_sql "$db" "SELECT count(*) FROM reviews" 1
[ "$(sqlite3 "$db" "SELECT c.article FROM reviews r JOIN cards c ON c.id = r.card")" = canal ] ||
  fail "the answer went to a card outside the exam"
pass "X studies the exam's plan: its first card is the exam article's, and the answer is stored"

press Escape
press e
text=$(read_window_lines exam_form)
grep -q "Exam date" <<<"$text" || fail "E did not open the exam's form: $text"
grep -q "Minutes a day" <<<"$text" || fail "the form has no minutes: $text"
press Escape
text=$(read_window_lines exam_today_after)
grep -q "Predicted retention on the day" <<<"$text" && ! grep -q "Minutes a day" <<<"$text" ||
  fail "Esc did not close the form: $text"
pass "E opens the exam's form (date, minutes, target, articles) and Esc closes it"

# E again, a new date typed over the old one (the field has the keyboard, all selected), Enter saves it.
press e
type_text "2026-04-10"
press Return
wait_sql "$db" "SELECT value FROM settings WHERE key = 'exam.date'" 2026-04-10
[ "$(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'exam.minutes'")" = 3 ] || fail "the minutes changed on save"
[ "$(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'exam.articles'")" = canal ] || fail "the articles changed on save"
text=$(read_window_lines exam_today_moved)
grep -Eq "Exam on 2026.{1,3}04.{1,3}10" <<<"$text" || fail "Today does not show the new date: $text"
pass "the form saves a date typed in it (Enter); the minutes and articles are kept, and Today shows the new date"
quit_app
