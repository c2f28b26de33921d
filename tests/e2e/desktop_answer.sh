#!/usr/bin/env bash
# The thin slice through the real window: a new fact shown first (the learn step), then asked and answered with
# key 1, stored in SQLite; a suspension undone with Ctrl+Z; a flip card for an answer that cannot be typed.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_answer
command -v tesseract >/dev/null || fail "tesseract is not installed (scripts/setup.sh installs tesseract-ocr)"
start_xvfb

data="$WORK/data"
NOW=2026-03-02T09:00:00Z
start_app
screenshot desktop_today
colors=$(convert "$SHOTS/desktop_today.png" -format %k info:)
[ "$colors" -gt 8 ] || fail "the window looks blank ($colors colours)"
pass "window shows Today ($colors colours)"

db="$WORK/data/factdeck.db"
[ -f "$db" ] || fail "no database at $db"
[ "$(sqlite3 "$db" 'PRAGMA user_version')" -ge 1 ] || fail "schema version missing"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM reviews')" = 0 ] || fail "reviews before answering"

# Enter starts the review on a new card: its fact is shown first, and nothing is stored yet.
press Return
text=$(read_screen desktop_learn)
echo "learn step: $text"
case "$text" in *"New fact"*"Test me"*) ;; *) fail "no learn step on the first new card: $text" ;; esac
[ "$(sqlite3 "$db" 'SELECT count(*) FROM reviews')" = 0 ] || fail "the learn step stored an answer"
pass "the learn step shows the new fact before its test"

press space
screenshot desktop_question
press 1
wait_sql "$db" "SELECT count(*) FROM reviews" 1
row=$(sqlite3 "$db" "SELECT c.article, r.question_type, r.rating FROM reviews r JOIN cards c ON c.id = r.card")
echo "stored: $row"
pass "the answer is stored"
screenshot desktop_feedback

# The next card: S suspends it, Ctrl+Z takes the suspension back (not the answer before it) and says so.
press space
press s
wait_sql "$db" "SELECT count(*) FROM cards WHERE suspended = 1" 1
press ctrl+z
wait_sql "$db" "SELECT count(*) FROM cards WHERE suspended = 1" 0
[ "$(sqlite3 "$db" 'SELECT count(*) FROM reviews')" = 1 ] || fail "Ctrl+Z after S removed the answer"
text=$(read_screen desktop_undo_suspend)
case "$text" in *"Undid the suspension"*) ;; *) fail "the undo did not say what it undid: $text" ;; esac
pass "Ctrl+Z after S unsuspends the card, keeps the answer and says what it undid"
quit_app

# A flip card: an opinion answered Easy in the terminal (8 days), asked nine days later by recall, which it
# cannot be typed for: the question, Space shows the answer, 3 rates it Good.
mkdir -p "$WORK/content/articles"
cat >"$WORK/content/articles/views.toml" <<'EOF'
format = 1

[article]
id = "views"
title = "Views on the plan"

[[fact]]
id = "view"
kind = "opinion"
question = "What does the commentator think of the plan's targets?"
answer = "The targets are too ambitious for five years."
speaker = "a commentator"
statement = "A commentator says: {answer}"
EOF
flip="$WORK/flip"
printf '1 =4\n' | "$FACTDECK" --data-dir "$flip" --content "$WORK/content" --now 2026-03-02T09:00:00Z \
  study --terminal >"$WORK/flip-terminal.txt" 2>&1 || fail "the terminal session: $(cat "$WORK/flip-terminal.txt")"
"$FACTDECK" --data-dir "$flip" --content "$WORK/content" --now 2026-03-11T09:00:00Z >"$WORK/flip.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window
press Return
text=$(read_screen desktop_flip)
echo "flip card: $text"
case "$text" in *"commentator think"*"Show the answer"*) ;; *) fail "no flip card: $text" ;; esac
press space
text=$(read_screen desktop_flip_revealed)
case "$text" in *"too ambitious"*"Good"*) ;; *) fail "the flip card's answer is not shown: $text" ;; esac
press 3
wait_sql "$flip/factdeck.db" "SELECT count(*) FROM reviews WHERE question_type = 'flip' AND rating = 3" 1
pass "a flip card shows the answer on Space and stores the learner's own rating"
pass "screenshots in $SHOTS"
