#!/usr/bin/env bash
# A database with a damaged page in the desktop app: a full-window panel says what happened, names the latest
# backup with its date and answers, and what restoring loses; the file stays byte for byte the same through
# every screen and quitting; R restores the backup.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_damaged_db
start_xvfb
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/setup.sh installs it)"
command -v tesseract >/dev/null || fail "tesseract is not installed (scripts/setup.sh installs tesseract-ocr)"
data="$WORK/data"
db="$data/factdeck.db"
NOW=2026-01-16T08:00:00Z

# Three answers on day 1 (the session makes the day's backup), two more on day 2 (only in the database).
answers() { for _ in $(seq 1 "$1"); do printf '?\n\n'; done; }
answers 3 | "$FACTDECK" --data-dir "$data" --now 2026-01-15T08:00:00Z study --terminal --new 5 >"$WORK/day1.txt" 2>&1 ||
  fail "setting up day 1: $(tail -3 "$WORK/day1.txt")"
answers 2 | "$FACTDECK" --data-dir "$data" --now 2026-01-16T07:00:00Z study --terminal --new 5 >"$WORK/day2.txt" 2>&1 ||
  fail "setting up day 2: $(tail -3 "$WORK/day2.txt")"
backup=$(ls "$data"/backups/factdeck-20260115-*.db | head -n 1)
[ "$(sqlite3 "$backup" "SELECT count(*) FROM reviews")" -eq 3 ] || fail "setting up: the day-1 backup does not hold 3 answers"
[ "$(sqlite3 "$db" "SELECT count(*) FROM reviews")" -eq 5 ] || fail "setting up: the database does not hold 5 answers"
rm -f "$data"/backups/factdeck-20260116-*.db  # the latest backup is day 1's: restoring loses day 2's answers

# Damage one page: an index's root, so the file still opens and only SQLite's check finds it.
page_size=$(sqlite3 "$db" "PRAGMA page_size")
root=$(sqlite3 "$db" "SELECT rootpage FROM sqlite_master WHERE name = 'cards_queue'")
head -c "$page_size" /dev/urandom | dd of="$db" bs="$page_size" seek=$((root - 1)) conv=notrunc status=none
[ "$(sqlite3 "$db" "PRAGMA quick_check" | head -n 1)" != ok ] || fail "setting up: the damage was not found by quick_check"
cp "$db" "$WORK/damaged.db"

# The panel: read back from a screenshot (white on dark, so inverted, enlarged and thresholded for OCR).
read_screen() {
  screenshot "$1"
  convert "$SHOTS/$1.png" -negate -resize 300% -threshold 60% "$WORK/$1-ocr.png"
  tesseract "$WORK/$1-ocr.png" - 2>/dev/null | tr '\n' ' ' | tr -s ' '
}
start_app
wait_until "the app did not show the damaged-database panel" 'grep -qx damage-panel "$INPUT_LOG"'
wait_idle
text=$(read_screen damaged_db_panel)
echo "panel: $text" | cut -c1-400
for want in "cannot be used" "is damaged" "latest backup" "15 January 2026" "3 answers" "loses the 2 answers" "Restore"; do
  grep -qi -- "$want" <<<"$text" || fail "the panel does not say '$want': $text"
done
pass "the panel says what happened, the backup's date and answers, and what restoring loses"

# Look around: Esc hides the panel; every screen in turn, with the keys that act on each; then quit.
press Escape
for _ in $(seq 1 10); do press Tab; done
press Return space 1 Right Down Return
for _ in $(seq 1 10); do press shift+Tab; done
text=$(read_screen damaged_db_today)
grep -qi "cannot be read" <<<"$text" || fail "Today does not say the database cannot be read: $text"
grep -qi "done for today" <<<"$text" && fail "Today says the day is done with a database it cannot read: $text"
quit_app
cmp "$db" "$WORK/damaged.db" || fail "the damaged file changed after looking around and quitting"
pass "every screen and quitting leave the damaged file byte for byte the same, and Today says what is wrong"

# R restores the backup; the damaged file is kept as a safety copy; studying works again.
start_app
wait_until "the app did not show the panel again" 'grep -qx damage-panel "$INPUT_LOG"'
press r
wait_until "R did not restore the backup" 'grep -qx restored "$INPUT_LOG"'
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "the restored database is damaged"
[ "$(sqlite3 "$db" "SELECT count(*) FROM reviews")" -eq 3 ] || fail "the restored database does not hold the backup's 3 answers"
safety=$(ls "$data"/backups/before-restore-*.db | tail -n 1)
cmp "$safety" "$WORK/damaged.db" || fail "the safety copy is not the damaged file"
screenshot damaged_db_restored
press Return 1
wait_sql "$db" "SELECT count(*) FROM reviews" 4
quit_app
pass "R restored the latest backup, kept the damaged file as $(basename "$safety"), and answers are saved again"

# Missing content: the only content folder holds a broken article. Today says what is wrong and where to
# look, never that the day is done.
broken="$WORK/broken-content"
mkdir -p "$broken/articles"
printf 'format = 1\n[article\nid = "broken"\n' >"$broken/articles/broken.toml"
"$FACTDECK" --data-dir "$WORK/data-missing" --content "$broken" --now "$NOW" >>"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window
text=$(read_screen missing_content_today)
grep -qi "did not load" <<<"$text" || fail "Today does not say the content did not load: $text"
grep -qi "broken" <<<"$text" || fail "Today does not name the file to look at: $text"
grep -qi "done for today" <<<"$text" && fail "Today says the day is done with no content loaded: $text"
quit_app
pass "with the content broken, Today names the problem and the file instead of 'done for today'"
