#!/usr/bin/env bash
# Nothing typed is lost: Esc leaves a field and keeps its text, quitting with an unsaved article asks first
# (cancel, keep the draft, throw it away), and a kept draft comes back at the next start.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_drafts
start_xvfb
data="$WORK/data"
draft="$data/drafts/article.json"
NOW=2026-03-02T09:00:00Z

# The app wrote `line` to its input log (after the mark where the count of lines was `from`).
log_has() { tail -n +"$((${2:-0} + 1))" "$INPUT_LOG" | grep -qx "$1"; }
log_lines() { wc -l <"$INPUT_LOG"; }

start_app
# Today -> Review -> Practice -> Quiz builder -> Add article; Enter puts the keyboard in the article's text.
press Tab Tab Tab Tab Return
type_text "Esc keeps this sentence."
press Escape
# The import's title field (Ctrl+I opens the import, Ctrl+T its title): typed, then Esc, then back to the editor.
press ctrl+i ctrl+t
type_text "Kept title"
press Escape ctrl+i
screenshot drafts_after_escape

# 1. Quitting asks, because the text is still there (ImGui's Esc would have emptied the field: no question).
mark=$(log_lines)
press ctrl+q
wait_until "quitting with unsaved work did not ask" 'log_has quit-asked "$mark"'
kill -0 "$APP" 2>/dev/null || fail "the app quit without asking about the unsaved article"
screenshot drafts_quit_question
pass "Esc kept the typed text, and quitting with it unsaved asks first"

# 2. Esc cancels: the app stays, with the work.
press Escape
kill -0 "$APP" 2>/dev/null || fail "Esc on the question quit the app"
screenshot drafts_after_cancel
pass "Esc on the question cancels quitting"

# 3. Enter keeps the draft and quits.
mark=$(log_lines)
press ctrl+q
wait_until "quitting did not ask again" 'log_has quit-asked "$mark"'
press_to_quit Return
[ -f "$draft" ] || fail "no draft was kept as $draft"
grep -q "Esc keeps this sentence." "$draft" || fail "the draft lacks the typed text: $(cat "$draft")"
grep -q '"title": "Kept title"' "$draft" || fail "the draft lacks the import title typed before Esc: $(cat "$draft")"
pass "keep the draft and quit: $draft holds the typed text"

# 4. The next start brings it back, and it is still unsaved work.
start_app
wait_until "the draft did not come back" 'log_has drafts-restored'
screenshot drafts_restored  # the app opens on the screen it was left on: Add article
mark=$(log_lines)
press ctrl+q
wait_until "the restored draft is not counted as unsaved work" 'log_has quit-asked "$mark"'
pass "the draft came back at the next start"

# 5. D throws it away and quits; the start after that has no draft.
press_to_quit d
[ ! -e "$draft" ] || fail "throwing the draft away left $draft"
start_app
log_has drafts-restored && fail "a thrown-away draft came back"
quit_app
pass "quit and throw the draft away: no draft, and no question next time"
