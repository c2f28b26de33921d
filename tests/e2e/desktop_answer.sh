#!/usr/bin/env bash
# The thin slice through the real window: a question from the seed article, answered with key 1, stored in SQLite.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_answer
start_xvfb

"$FACTDECK" --data-dir "$WORK/data" --now 2026-03-02T09:00:00Z >"$WORK/out.log" 2>&1 &
PIDS+=($!)
wait_window
screenshot desktop_question
colors=$(convert "$SHOTS/desktop_question.png" -format %k info:)
[ "$colors" -gt 8 ] || fail "the window looks blank ($colors colours)"
pass "window shows a question ($colors colours)"

db="$WORK/data/factdeck.db"
[ -f "$db" ] || fail "no database at $db"
[ "$(sqlite3 "$db" 'PRAGMA user_version')" -ge 1 ] || fail "schema version missing"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM reviews')" = 0 ] || fail "reviews before answering"

press Return 1
wait_sql "$db" "SELECT count(*) FROM reviews" 1
row=$(sqlite3 "$db" "SELECT c.article, r.question_type, r.rating FROM reviews r JOIN cards c ON c.id = r.card")
echo "stored: $row"
case "$row" in
  china-tech-self-reliance-2025\|*) ;;
  *) fail "the answer is not about the seed article: $row" ;;
esac
pass "the answer is stored"
screenshot desktop_feedback
pass "screenshots in $SHOTS"
