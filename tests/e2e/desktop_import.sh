#!/usr/bin/env bash
# Importing a CSV of terms in the desktop app: the path typed into Add article's import (Ctrl+I, Ctrl+O), the
# preview with its skipped rows, saved, and the terms asked in Review; checked in the file and in SQLite.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_import
start_xvfb
data="$WORK/data"
db="$data/factdeck.db"
# Written before the learn step and the articles' rotation (study_month.sh and desktop_answer.sh test those).
preset_settings "$data" study.learn_first=0 study.newest_first=1
# The first start makes the bundled content's cards; the import comes a day later (new cards newest first).
"$FACTDECK" --data-dir "$data" --now 2026-03-02T09:00:00Z >"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window
quit_app

# Quotes, doubled quotes, commas and a tab inside quoted fields, Chinese text, CRLF; four rows to skip.
csv="$WORK/chip-terms.csv"
printf '%s\r\n' \
  'term,definition' \
  '"Big Fund","China'"'"'s state investment vehicle for chip makers, set up in 2014"' \
  '新质生产力,"new-quality productive forces: growth driven by innovation, not by ""old"" industries"' \
  '"dual circulation","the domestic market (""internal circulation""), backed by foreign trade"' \
  $'"tab\tinside","a term whose name holds a tab character"' \
  ',a definition without a term' \
  'orphan term' \
  '"Big Fund",a duplicate of the first term' \
  '高质量发展,high-quality development' \
  'Made in China 2025,"a 2015 plan to upgrade ten manufacturing sectors, including chips"' >"$csv"

"$FACTDECK" --data-dir "$data" --now 2026-03-03T09:00:00Z >>"$WORK/out.log" 2>&1 &
PIDS+=($!)
wait_window
# Today -> Review -> Practice -> Quiz builder -> Add article; Ctrl+I opens the import, Ctrl+O its path field.
press Tab Tab Tab Tab ctrl+i ctrl+o
type_text "$csv"
press Return
screenshot import_preview
press ctrl+s
file="$data/content/articles/chip-terms.toml"
for _ in $(seq 1 300); do  # up to 30 s: a loaded machine is slow to read, preview and save
  [ -f "$file" ] && break
  sleep 0.1
done
[ -f "$file" ] || fail "no article file was saved as $file"
"$FACTDECK" check --content "$FACTDECK_SRC/content" --content "$data/content" || fail "the imported article does not pass factdeck check"
grep -q '新质生产力' "$file" || fail "the Chinese term is not in $file"
grep -qF '\"old\"' "$file" || fail "the doubled quotes did not become one quote in $file"
# A tab inside a quoted field stays in the field (it is no separator); in a term it reads as a space.
grep -qF 'answer     = "tab inside"' "$file" || fail "the quoted term holding a tab is not in $file"
grep -qF 'makers, set up in 2014' "$file" || fail "the comma inside a quoted definition is not in $file"
wait_sql "$db" "SELECT count(*) FROM cards WHERE article = 'chip-terms' AND direction = 0" 6
pass "six terms imported with cards, four rows skipped"
screenshot import_saved

# Review asks the imported terms first (newest cards first): back to Today, Enter, answer.
press Escape shift+Tab shift+Tab shift+Tab shift+Tab Return
press 1
wait_sql "$db" "SELECT count(*) FROM reviews" 1
asked=$(sqlite3 "$db" "SELECT c.article FROM reviews r JOIN cards c ON c.id = r.card")
[ "$asked" = "chip-terms" ] || fail "Review asked about $asked first, not the imported terms"
screenshot import_review
pass "the imported terms appear in Review"
