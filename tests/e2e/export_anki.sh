#!/usr/bin/env bash
# Anki .apkg: read back by anki-reader (schema 11, graves, checksums, GUIDs, note types, keys); a re-export updates.
source "$(dirname "$0")/export_lib.sh.inc"
make_workdir export_anki
install_readers

for case in seed hostile; do
  use_case $case
  quiz_json "$content" "$article" "$WORK/$case.json"
  export_as anki "$content" "$article" "$WORK/$case.apkg" --versions 2
  reader read_anki "$WORK/$case.json" "$WORK/$case.apkg"
done
# The same quiz a day later: the same notes (GUIDs), newer, so Anki updates instead of duplicating.
use_case seed
NOW="2026-01-16T08:00:00Z" export_as anki "$SEED_CONTENT" "$SEED_ARTICLE" "$WORK/seed-later.apkg"
reader read_anki "$WORK/seed.json" "$WORK/seed-later.apkg" "$WORK/seed.apkg"
pass "anki: seed and hostile decks read back by anki-reader; a re-export keeps the GUIDs"
