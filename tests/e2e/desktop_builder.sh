#!/usr/bin/env bash
# The teacher's quiz builder by keyboard: build, export, replace a question, export again, then a printable HTML export.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_builder
start_xvfb
data="$WORK/data"
"$FACTDECK" --data-dir "$data" --now 2026-03-02T09:00:00Z >"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window

json="$data/exports/quiz-seed1-json.json"
wait_file() {
  for _ in $(seq 1 100); do [ -s "$1" ] && return 0; sleep 0.1; done
  fail "$1 was not written"
}
count_questions() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["questions"]))' "$1"; }

# Today -> Review -> Practice -> Quiz builder; the preview builds itself with the defaults (10 questions, seed 1).
press Tab Tab Tab
screenshot builder
press e
wait_file "$json"
cp "$json" "$WORK/first.json"
[ "$(count_questions "$WORK/first.json")" = 10 ] || fail "the export does not hold 10 questions"
pass "the builder exported 10 questions as JSON"

# The same quiz from the command line is byte-identical: the builder and `factdeck quiz` share the engine.
"$FACTDECK" quiz --data-dir "$data" --count 10 --seed 1 --format json -o "$WORK/cli.json"
cmp -s "$WORK/cli.json" "$WORK/first.json" || fail "the builder's export differs from factdeck quiz --seed 1"
pass "the builder's quiz is the command line's quiz for the same seed"

# Replace question 1 (R), export again (E): question 1 changes, the other nine stay.
rm -f "$json"
press r e
wait_file "$json"
python3 - "$WORK/first.json" "$json" <<'PY' || fail "replace did not change exactly question 1"
import json, sys
a = json.load(open(sys.argv[1]))["questions"]
b = json.load(open(sys.argv[2]))["questions"]
assert len(a) == len(b) == 10
assert json.dumps(a[0]) != json.dumps(b[0]), "question 1 is unchanged"
assert a[1:] == b[1:], "other questions changed"
print("question 1 was:", a[0]["prompt"][:70])
print("question 1 now:", b[0]["prompt"][:70])
PY
pass "R replaced the selected question and only it"

# The format is the last row of the form: End, then Right twice (json -> md -> html), then export.
press End Right Right e
html="$data/exports/quiz-seed1-html.html"
wait_file "$html"
grep -q "Answer key" "$html" || fail "the HTML export has no answer key"
screenshot builder_exported
pass "printable HTML exported from the builder"

# The seed and the export folder are typed (Enter on their rows opens the field with its text selected, Enter
# leaves it), and the choices come back after a restart: the same quiz, in the same folder, without the form.
# Each choice is kept in the store as it is typed: the test waits for it there before going on.
choices() { sqlite3 "$data/factdeck.db" "SELECT value FROM settings WHERE key = 'ui.builder'"; }
wait_choice() {
  for _ in $(seq 1 100); do
    case "$(choices)" in *"$1"*) return 0 ;; esac
    sleep 0.1
  done
  fail "the builder's choices never held $1: $(choices)"
}
press End Up Return  # the export folder's row, just above the format
type_text "$WORK/class-exports"
wait_choice "\"export_dir\":\"$WORK/class-exports\""
press Return Up Up Return  # the seed's row, above the versions
type_text "42"
wait_choice '"seed":42'
press Return e
chosen="$WORK/class-exports/quiz-seed42-html.html"
wait_file "$chosen"
pass "a typed seed (42) and export folder are used for the export"
quit_app
rm -f "$chosen"
NOW=2026-03-02T09:00:00Z
start_app
press e  # the app comes back on the Quiz builder, its choices as they were
wait_file "$chosen"
pass "the builder's choices (seed, format, folder) are kept across a restart"
