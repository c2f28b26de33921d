#!/usr/bin/env bash
# Custom study in the desktop, on an article added after the day's new cards were used up: Today's A studies it
# at once (a wrong answer's feedback read off the screen: what was picked, beside the right answer), V reviews
# ahead, M grants more new cards. The answers are read from SQLite.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_custom_study
command -v tesseract >/dev/null || fail "tesseract is not installed (scripts/setup.sh installs tesseract-ocr)"
export TZ=UTC  # local dates = UTC dates: the study day runs from 04:00 UTC
start_xvfb

# Answers stored: all of them, or those of one article.
answers() { sqlite3 "$db" "SELECT count(*) FROM reviews r JOIN cards c ON c.id = r.card WHERE ${1:-1}"; }

# A bundled content folder of our own: one article, three facts. One new card a day; intervals of at most 7 days,
# so a card rated Easy (stability 8.3 days: asked by recall, a year typed) falls within V's 7 days ahead.
export FACTDECK_CONTENT="$WORK/bundled"
mkdir -p "$FACTDECK_CONTENT/articles"
{
  printf 'format = 1\n\n[article]\nid = "canal"\ntitle = "Canal plans"\npublished = 2026-01-10\n'
  year_fact opened "In which year did the old canal open?" 1905 "The old canal opened in {answer}."
  year_fact widened "In which year was the canal widened?" 1962 "The canal was widened in {answer}."
  year_fact closed "In which year did the canal close to barges?" 1987 "The canal closed to barges in {answer}."
} >"$FACTDECK_CONTENT/articles/canal.toml"
data="$WORK/data"
db="$data/factdeck.db"
preset_settings "$data" study.new_per_day=1 study.maximum_interval=7

# This morning, in the terminal: the day's one new card, rated Easy (a review in 7 days).
printf '1 =4\n' | "$FACTDECK" --data-dir "$data" --now 2026-03-02T08:00:00Z study --terminal >"$WORK/terminal.txt" 2>&1 ||
  fail "the terminal session: $(cat "$WORK/terminal.txt")"
[ "$(answers)" = 1 ] || fail "the terminal session stored $(answers) answers, not 1"

# Then an article is added: its file saved in the user's content folder, and the app opened.
mkdir -p "$data/content/articles"
{
  printf 'format = 1\n\n[article]\nid = "harbour"\ntitle = "Harbour works"\npublished = 2026-03-01\n'
  year_fact pier "In which year was the north pier built?" 2011 "The north pier was built in {answer}."
  year_fact crane "In which year did the first crane arrive?" 2016 "The first crane arrived in {answer}."
} >"$data/content/articles/harbour.toml"
NOW=2026-03-02T10:00:00Z
start_app  # Today's list of articles comes with the collection: on screen at "ready"
text=$(read_window_lines custom_today)
grep -q "Nothing due" <<<"$text" || fail "Today offers a review past the used-up limit: $text"
grep -q "Harbour works" <<<"$text" || fail "the new article is not listed on Today: $text"
[ "$(sqlite3 "$db" "SELECT count(*) FROM cards WHERE article = 'harbour' AND state = 0")" = 2 ] ||
  fail "the new article's two cards were not made"
pass "Today: nothing to review (the day's new card is used), the new article listed with its two new cards"

# Down chooses the new article (the second row), A studies it now: the learn step, then the test.
press Down a space 1
wait_sql "$db" "SELECT count(*) FROM reviews" 2
[ "$(answers "c.article = 'harbour'")" = 1 ] || fail "A did not study the new article"
if [ "$(sqlite3 "$db" "SELECT correct FROM reviews ORDER BY id DESC LIMIT 1")" = 1 ]; then
  # Right by chance: taken back (Ctrl+Z brings the card back, new again), and the other option, wrong for sure.
  press ctrl+z
  wait_sql "$db" "SELECT count(*) FROM reviews" 1
  press space 2
  wait_sql "$db" "SELECT count(*) FROM reviews" 2
fi
IFS='|' read -r correct qtype given <<<"$(sqlite3 "$db" "SELECT correct, question_type, answer FROM reviews ORDER BY id DESC LIMIT 1")"
[ "$correct" = 0 ] || fail "the second answer to the first card was right too ($qtype)"
case "$qtype" in tf) shown=$([ "$given" = true ] && echo True || echo False) ;; *) shown=$given ;; esac
text=$(read_window_lines custom_wrong_feedback)
grep -q "You answered.*$shown" <<<"$text" || fail "the feedback does not show what was picked ('$shown', $qtype): $text"
grep -q "^Answer: " <<<"$text" || fail "the feedback does not show the right answer: $text"
pass "a wrong answer's feedback shows 'You answered: $shown' ($qtype) beside the right answer"

# 4 rates it Easy and goes on; the second card likewise. Both cards of the article are studied today.
press 4 space 1 4
wait_sql "$db" "SELECT count(DISTINCT r.card) FROM reviews r JOIN cards c ON c.id = r.card
  WHERE c.article = 'harbour' AND r.prev_state = 0" 2
screenshot custom_article_done
[ "$(sqlite3 "$db" "SELECT count(DISTINCT card) FROM reviews WHERE prev_state = 0")" = 3 ] ||
  fail "expected 3 new cards today (1 by the limit, 2 by custom study)"
pass "A studied the article added today past the daily limit of 1: both its cards answered"

# V: reviews ahead (7 days). The canal card, due in 7 days, is asked now by recall: a year typed, wrong here.
press Escape v
type_text 1999
press Return
wait_sql "$db" "SELECT count(*) FROM reviews WHERE prev_state = 2 AND prev_due >= strftime('%s', '2026-03-03T04:00:00')" 1
screenshot custom_ahead
pass "V asked a review card due after today"

# M: 10 more new cards today; the canal article's next new card comes, past the limit again.
press Escape m space 1 4
wait_sql "$db" "SELECT count(DISTINCT r.card) FROM reviews r JOIN cards c ON c.id = r.card
  WHERE c.article = 'canal' AND r.prev_state = 0" 2
[ "$(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'study.extra_new'")" = "$(( $(date -u -d 2026-03-02 +%s) / 86400 )) 10" ] ||
  fail "the grant of 10 more new cards today is not kept: $(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'study.extra_new'")"
pass "M granted 10 more new cards today, and a new card of the other article was asked"
quit_app
pass "screenshots in $SHOTS"
