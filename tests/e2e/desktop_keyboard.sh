#!/usr/bin/env bash
# The desktop app driven only by the keyboard, as a person would: Today, Review (recognition and recall
# types), undo, Practice, a setting changed and kept across a restart. Each step checks the database or a screenshot.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_keyboard
start_xvfb
data="$WORK/data"
db="$data/factdeck.db"
# Written before the learn step and the articles' rotation (study_month.sh and desktop_answer.sh test those).
preset_settings "$data" study.learn_first=0 study.newest_first=1
NOW=2026-03-02T09:00:00Z
q() { sqlite3 "$db" "$1"; }

# The shape of the screen: a screenshot must not be blank.
shot() {
  screenshot "keyboard_$1"
  local colors
  colors=$(convert "$SHOTS/keyboard_$1.png" -format %k info:)
  [ "$colors" -gt 8 ] || fail "screenshot $1 looks blank"
}

# The bundled terms share words with their definitions, so they are never matched, and their dated facts are
# numbered in series or named by their headlines; an article of the user's own gives the practice run below its
# match and order questions: four cities and their well-known nicknames, three landmarks and their years.
mkdir -p "$data/content/articles"
cat >"$data/content/articles/city-nicknames.toml" <<'TOML'
format = 1

[article]
id    = "city-nicknames"
title = "Cities and their nicknames"

[[fact]]
id          = "new-york"
kind        = "alias"
question    = "What is New York City often called?"
answer      = "the Big Apple"
subject     = "New York City"
statement   = "New York City is often called {answer}."
distractors = ["the Big Easy", "the Motor City", "the Emerald City"]

[[fact]]
id          = "chicago"
kind        = "alias"
question    = "What is Chicago often called?"
answer      = "the Windy City"
subject     = "Chicago"
statement   = "Chicago is often called {answer}."
distractors = ["the Big Easy", "the Motor City", "the Emerald City"]

[[fact]]
id          = "paris"
kind        = "alias"
question    = "What is Paris often called?"
answer      = "the City of Light"
subject     = "Paris"
statement   = "Paris is often called {answer}."
distractors = ["the Big Easy", "the Motor City", "the Emerald City"]

[[fact]]
id          = "rome"
kind        = "alias"
question    = "What is Rome often called?"
answer      = "the Eternal City"
subject     = "Rome"
statement   = "Rome is often called {answer}."
distractors = ["the Big Easy", "the Motor City", "the Emerald City"]

[[fact]]
id        = "chicago-fire"
kind      = "year"
question  = "In which year did the Great Chicago Fire break out?"
answer    = 1871
statement = "The Great Chicago Fire broke out in {answer}."

[[fact]]
id        = "eiffel-tower"
kind      = "year"
question  = "In which year did the Eiffel Tower open?"
answer    = 1889
statement = "The Eiffel Tower opened in {answer}."

[[fact]]
id        = "empire-state"
kind      = "year"
question  = "In which year did the Empire State Building open?"
answer    = 1931
statement = "The Empire State Building opened in {answer}."
TOML

# 1. Today: the app opens on it with the content's cards.
start_app
shot today
cards=$(q "SELECT count(*) FROM cards")
[ "$cards" -ge 70 ] || fail "only $cards cards after the first start"
pass "Today shows; $cards cards created"

# 2. Review new cards by keyboard: Enter starts, 1 answers (every recognition type takes 1), Space continues.
press Return
for i in $(seq 1 8); do
  press 1
  wait_sql "$db" "SELECT count(*) FROM reviews" "$i"
  press space
done
types=$(q "SELECT group_concat(DISTINCT question_type) FROM reviews")
echo "recognition types seen: $types"
case "$types" in *mcq*) ;; *) fail "no multiple-choice question among the new cards: $types" ;; esac
case "$types" in *tf*) ;; *) fail "no true/false question among the new cards: $types" ;; esac
shot review
pass "8 new cards reviewed by keyboard ($types)"

# 3. Undo: Ctrl+Z removes the last answer.
press ctrl+z
wait_sql "$db" "SELECT count(*) FROM reviews" 7
pass "Ctrl+Z undid the last answer"

# 4. Recall types: make two cards stable and due, then answer them by typing.
quit_app
q "UPDATE cards SET state = 2, stability = 30, difficulty = 5, reps = 3, scheduled_days = 20,
     last_review = strftime('%s', '2026-02-10T09:00:00Z'), due = strftime('%s', '2026-03-01T09:00:00Z')
   WHERE ((article = 'china-tech-self-reliance-2025' AND fact = 'cctv') OR (article = 'big-fund-phases' AND fact = 'phase3-capital'))
     AND direction = 0"
start_app
press Return
answered=0
for _ in 1 2; do
  before=$(q "SELECT count(*) FROM reviews")
  type_text "344"
  # The due cards come first; which of the two is first is the queue's business, so answer what is asked:
  # a typed "344" fits phase3-capital (344 billion yuan), not cctv.
  press Return
  if [ "$(q "SELECT count(*) FROM reviews")" = "$before" ]; then fail "Enter did not submit the typed answer"; fi
  last=$(q "SELECT c.fact || '|' || r.question_type || '|' || r.correct FROM reviews r JOIN cards c ON c.id = r.card ORDER BY r.id DESC LIMIT 1")
  echo "typed answer stored: $last"
  case "$last" in
    phase3-capital\|numeric\|1|phase3-capital\|cloze\|1) answered=$((answered + 1)) ;;
    cctv\|cloze\|0) ;;  # "344" is wrong for CCTV, as it should be
    *) fail "unexpected review of a recall card: $last" ;;
  esac
  press space
done
[ "$answered" -ge 1 ] || fail "the number card was not answered right by typing 344"
recall=$(q "SELECT count(*) FROM reviews WHERE question_type IN ('cloze', 'numeric')")
[ "$recall" -ge 2 ] || fail "stable cards were not asked by recall ($recall)"
shot recall
pass "stable cards are asked by typed recall, and a typed 344 is right for '344 billion yuan'"

# 5. Practice: Esc to Today, P, tick multiple choice only, Enter, answer all 10; the result is kept.
reviews_before=$(q "SELECT count(*) FROM reviews")
press Escape p
press Down Down Down Down Down Down space Return  # five bundled articles and the nicknames, then multiple choice
for i in $(seq 1 10); do press 1 Return; done
wait_sql "$db" "SELECT count(*) FROM practice_results" 1
total=$(q "SELECT total FROM practice_results")
[ "$total" = 10 ] || fail "practice result has $total questions"
[ "$(q "SELECT count(*) FROM reviews")" = "$reviews_before" ] || fail "practice changed the review log"
shot practice
pass "a practice quiz of 10 questions was run and its result kept; the schedule was not touched"

# 5b. The multi-fact and other recognition types by keyboard, in a second practice run: reverse, order, match,
# fact-or-opinion. Each is answered by the same keys: numbers pick options, items or pairs, Enter goes on.
press Return  # results -> setup
press Home Down Down Down Down Down Down space  # untick multiple choice (below the six articles)
press Down Down Down space Down space Down space Down Down space Return
for i in $(seq 1 10); do press 1 2 3 4 5 6 7 8 Return; done
wait_sql "$db" "SELECT count(*) FROM practice_results" 2
details=$(q "SELECT details FROM practice_results ORDER BY id DESC LIMIT 1")
for t in reverse order match fact-or-opinion; do
  case "$details" in *"/$t\""*) ;; *) fail "no $t question in the second practice run: $details" ;; esac
done
shot practice_types
pass "reverse, order, match and fact-or-opinion questions answered by keyboard"

# 6. Settings: from Practice, Tab six times to it, Down to "New cards a day", Right raises it to 25; saved at once.
for _ in 1 2 3 4 5 6; do press Tab; done
press Down Right
wait_sql "$db" "SELECT value FROM settings WHERE key = 'study.new_per_day' OR key = 'new_per_day'" 25
shot settings
quit_app

# 7. Restart: the setting is kept and the app comes back on Settings.
start_app
shot settings_after_restart
[ "$(q "SELECT value FROM settings WHERE key = 'ui.screen'")" = settings ] || fail "last screen not remembered"
wait_sql "$db" "SELECT value FROM settings WHERE key = 'study.new_per_day' OR key = 'new_per_day'" 25
pass "the setting and the last screen are kept across a restart"
quit_app
ls "$data"/backups/factdeck-*.db >/dev/null 2>&1 || fail "no backup in $data/backups after studying and quitting"
pass "a backup was made ($(ls "$data"/backups | tr '\n' ' '))"
