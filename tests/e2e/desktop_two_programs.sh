#!/usr/bin/env bash
# A window and a terminal session on one data folder, answering the same cards at once: every answer either
# program acknowledged is stored, a card both were showing is kept once (the first answer stands, the other
# program says so and moves on), the file stays whole, and both keep working.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_two_programs
start_xvfb
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/setup.sh installs it)"

data="$WORK/data"
db="$data/factdeck.db"
# Written before the learn step and the articles' rotation (study_month.sh and desktop_answer.sh test those).
preset_settings "$data" study.learn_first=0 study.newest_first=1
q() { sqlite3 "$db" "$1"; }
# The two programs' clocks are an hour apart, so each stored answer says which program gave it; the
# window's is later, so the terminal's learning cards are due for it too (both share the day's new cards).
term_now=2026-03-02T09:00:00Z
desk_now=2026-03-02T10:00:00Z
split=$(date -u -d "$desk_now" +%s)
desk_count() { q "SELECT count(*) FROM reviews WHERE time >= $split"; }

"$FACTDECK" --data-dir "$data" --now "$desk_now" >"$WORK/desktop.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window
wait_sql "$db" "SELECT count(*) > 0 FROM cards" 1
press Return  # Today -> Review: the window shows the first new card

# 1. Both on one card: the terminal answers the card the window is showing; the window's answer to it is
# refused (the first answer stands) and the window moves on, so its next press answers the next card.
echo "?" | "$FACTDECK" --data-dir "$data" --now "$term_now" study --terminal --new 200 --limit 1 >"$WORK/first.txt" 2>&1 ||
  fail "the terminal's first answer failed: $(tail -3 "$WORK/first.txt")"
[ "$(q "SELECT count(*) FROM reviews")" -eq 1 ] || fail "the terminal's first answer was not stored"
press 1
screenshot two_programs_refused
[ "$(desk_count)" -eq 0 ] || fail "the window stored an answer to a card the terminal had just answered"
[ "$(q "SELECT count(*) FROM reviews")" -eq 1 ] || fail "the terminal's answer was changed"
press 1
wait_sql "$db" "SELECT count(*) FROM reviews WHERE time >= $split" 1
press space
pass "a card both were showing: the terminal's answer stands, the window's is refused and the window moves on"

# The terminal answers 30 cards, a little slowly, while the window answers too: they start on the same card.
(
  for _ in $(seq 1 30); do
    echo "?"
    echo ""
    sleep 0.15
  done
) | "$FACTDECK" --data-dir "$data" --now "$term_now" study --terminal --new 200 >"$WORK/terminal.txt" 2>&1 &
term=$!
for _ in $(seq 1 12); do
  press 1 space
done
wait $term || fail "the terminal session failed: $(tail -3 "$WORK/terminal.txt")"
screenshot two_programs_window

term_acked=$(grep -c '^Rated [A-Za-z]*:' "$WORK/terminal.txt" || true)
term_refused=$(grep -c "answered in another Factdeck" "$WORK/terminal.txt" || true)
term_stored=$(( $(q "SELECT count(*) FROM reviews WHERE time < $split") - 1 ))  # less the first one above
[ $((term_acked + term_refused)) -eq 30 ] || fail "the terminal gave 30 answers: $term_acked kept, $term_refused refused"
[ "$term_stored" -eq "$term_acked" ] || fail "the terminal acknowledged $term_acked answers, $term_stored are stored"
desk=$(desk_count)
[ "$desk" -ge 4 ] || fail "the window stored only $desk answers while the terminal studied"
pass "at once: the window stored $desk answers, the terminal $term_acked acknowledged = stored ($term_refused answered first by the window)"

# No card was answered twice from one state (two programs each recording an answer to the same showing).
twice=$(q "SELECT count(*) FROM (SELECT card, prev_reps FROM reviews GROUP BY card, prev_reps HAVING count(*) > 1)")
[ "$twice" -eq 0 ] || fail "$twice cards have two answers from the same review point"
[ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed"
[ "$(q "SELECT count(*) FROM cards")" -eq "$(q "SELECT count(DISTINCT article || '/' || fact || '/' || direction) FROM cards")" ] ||
  fail "the two programs created duplicate cards"
pass "no card answered twice from one state, no duplicate cards, integrity ok"

# The window still works after the other program has gone: its next answer is stored.
before=$desk
for _ in 1 2 3; do
  press 1
  [ "$(desk_count)" -gt "$before" ] && break
  press space
done
[ "$(desk_count)" -gt "$before" ] || fail "the window stored no answer after the terminal session ended"
screenshot two_programs_after
quit_app
wait "$APP" || fail "the window exited with an error: $(tail -3 "$WORK/desktop.log")"
[ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after quitting"
pass "the window answers on after the terminal has gone and quits cleanly ($(desk_count) answers from the window)"
