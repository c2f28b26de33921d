#!/usr/bin/env bash
# Settings > Memory model in the real window: the offer to fit after 3,000 answers, Optimize runs off the UI thread
# with a progress bar, the evaluation is shown and the used fit lands in SQLite (the same parameters as the command
# line's); "Use the default parameters" removes it. Statistics shows calibration, the workload and the curve.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_fsrs_optimize
command -v tesseract >/dev/null || fail "tesseract is not installed (scripts/setup.sh installs tesseract-ocr)"
start_xvfb

setting() { sqlite3 "$db" "SELECT value FROM settings WHERE key = '$1'"; }
# Waits until the app logged the event $1 (background work taken in a frame) and went idle after it (drawn).
wait_event() {
  EVENT=$1
  wait_until "the app did not log '$EVENT' and go idle after it (see $INPUT_LOG)" \
    'awk -v e="$EVENT" '"'"'$1 == e { seen = 1 } seen && $1 == "idle" { done = 1 } END { exit !done }'"'"' "$INPUT_LOG"'
}

NOW=2026-03-02T09:00:00Z
"$FACTDECK" --now "$NOW" dev synth --articles 12 --facts 10 --cards 140 --reviews 3000 --seed 4 --out "$WORK/synth" \
  >/dev/null || fail "dev synth failed"
data="$WORK/synth/data"
db="$data/factdeck.db"
answers=$(sqlite3 "$db" 'SELECT count(*) FROM reviews')
# What the command line fits on a copy, without saving: the desktop must save exactly these parameters.
cp -r "$data" "$WORK/copy"
"$FACTDECK" --now "$NOW" --data-dir "$WORK/copy" fsrs optimize --dry-run --json >"$WORK/cli.json"
[ -z "$(setting fsrs.w)" ] || fail "fitted parameters before the fit"

"$FACTDECK" --data-dir "$data" --content "$WORK/synth/content" --now "$NOW" >>"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window

press shift+Tab shift+Tab  # Settings is the last screen but one (Assignments is the last)
text=$(read_screen desktop_fsrs_settings)
echo "settings: $text"
case "$text" in *"answers so far"*"Optimize"*) ;; *) fail "no offer to fit after $answers answers: $text" ;; esac
case "$text" in *"Memory model"*"defaults"*) ;; *) fail "no Memory model row saying the defaults are in use: $text" ;; esac
pass "Settings offers the fit and shows the defaults in use"

# End: the last row, Memory model (before a fit); Right starts the fit on its worker; the app says when it is done.
press End Right
wait_event fit-done
wait_sql "$db" "SELECT value FROM settings WHERE key = 'fsrs.fit_reviews'" "$answers"
node -e '
  const a = JSON.parse(process.argv[1]), b = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8")).w;
  if (a.length !== 21 || a.some((x, i) => Math.abs(x - b[i]) > 1e-12)) { console.error(a, b); process.exit(1); }' \
  "$(setting fsrs.w)" "$WORK/cli.json" || fail "fsrs.w after the desktop's fit differs from the command line's fit"
pass "Optimize saved the fitted parameters (fsrs.w) and the answers it saw (fsrs.fit_reviews)"

text=$(read_screen desktop_fsrs_fitted)
echo "after the fit: $text"
case "$text" in *"log loss"*"RMSE"*"AUC"*) ;; *) fail "no evaluation beside the button: $text" ;; esac
case "$text" in *"Used and saved"*) ;; *) fail "the fit's use is not said: $text" ;; esac
case "$text" in *"fitted to your answers"*) ;; *) fail "the Memory model row does not say the fit is in use: $text" ;; esac
case "$text" in *"answers so far"*) fail "the offer stayed after the fit: $text" ;; esac
pass "the evaluation (log loss, RMSE(bins), AUC) and the health check's verdict are shown"

# Statistics (Shift+Tab: just before Settings): the memory model section, computed on its worker on entry.
press shift+Tab
wait_event stats-model
press End
text=$(read_screen desktop_fsrs_stats_charts)
echo "statistics, the end: $text"
# (The axes' labels are faint grey, which the OCR reads poorly: the titles in full-strength text are checked.)
case "$text" in *"minutes"*"Desired retention against workload"*) ;; *) fail "no workload charts on Statistics: $text" ;; esac
press Up Up Up Up Up
text=$(read_screen desktop_fsrs_stats_calibration)
echo "statistics, calibration: $text"
case "$text" in *"Predicted against observed"*"options"*"true/false"*"typed"*) ;; *) fail "no calibration per kind on Statistics: $text" ;; esac
pass "Statistics shows calibration, the coming days and the retention curve"

# Back to Settings; "Use the default parameters" (the tenth row) asks, then drops the fit.
press Tab
press Down Right
press Right
wait_sql "$db" "SELECT count(*) FROM settings WHERE key = 'fsrs.w'" 0
[ "$(setting fsrs.fit_reviews)" = "$answers" ] || fail "the record of the last fit went with the reset"
pass "Use the default parameters removes fsrs.w and keeps the record of the fit"
quit_app
