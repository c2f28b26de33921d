#!/usr/bin/env bash
# Restoring from Settings, by keyboard: the latest backup comes back (asked twice), the replaced database is
# kept as a safety copy, and studying goes on in the restored database without a restart.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_restore
start_xvfb
data="$WORK/data"
db="$data/factdeck.db"
# Written before the learn step and the articles' rotation (study_month.sh and desktop_answer.sh test those).
preset_settings "$data" study.learn_first=0 study.newest_first=1
NOW=2026-03-02T09:00:00Z
q() { sqlite3 "$db" "$1"; }

answer_one() {  # on Review: answer with 1, wait for the row, go on
  local want=$1
  press 1
  wait_sql "$db" "SELECT count(*) FROM reviews" "$want"
  press space
}

# Two answers, then quitting makes the day's backup (it holds both).
start_app
press Return
answer_one 1
answer_one 2
quit_app
backup=$(ls "$data"/backups/factdeck-*.db 2>/dev/null | tail -n 1)
[ -n "$backup" ] || fail "quitting after answers made no backup"
[ "$(sqlite3 "$backup" "SELECT count(*) FROM reviews")" -eq 2 ] || fail "the backup does not hold the 2 answers"

# A third answer, then Settings > Backups > Right, Right: the backup (2 answers) comes back.
start_app
press Return
answer_one 3
press Escape shift+Tab shift+Tab  # leave Review for Today, then back two screens (past Assignments) to Settings
press End Up Right  # Backups is the row before the last (Memory model)
[ "$(q "SELECT count(*) FROM reviews")" -eq 3 ] || fail "the first press restored without asking again"
screenshot restore_asks
press Right
wait_sql "$db" "SELECT count(*) FROM reviews" 2
screenshot restore_done
safety=$(ls "$data"/backups/before-restore-*.db 2>/dev/null | tail -n 1)
[ -n "$safety" ] || fail "no safety copy of the replaced database"
[ "$(sqlite3 "$safety" "SELECT count(*) FROM reviews")" -eq 3 ] || fail "the safety copy does not hold the 3 answers"
[ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after restoring"
pass "Settings restored the latest backup (3 answers -> 2), asking twice; the replaced file is $(basename "$safety")"

# Studying goes on in the restored database, in the same window.
press Home shift+Tab shift+Tab shift+Tab shift+Tab shift+Tab shift+Tab shift+Tab  # Settings -> Review
answer_one 3
quit_app
[ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after studying on"
pass "the window studies on in the restored database and quits cleanly"
