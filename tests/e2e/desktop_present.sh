#!/usr/bin/env bash
# Present mode from the Quiz builder, by keyboard, read off the screen with OCR: full screen, the question with a
# timer and no answer; Space shows the answer; Right goes to question 2; Esc gives the window back.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_present
command -v tesseract >/dev/null || fail "tesseract is not installed (make test installs tesseract-ocr)"
start_xvfb 1280x800
data="$WORK/data"
NOW=2026-03-02T09:00:00Z

# The builder's choices, as kept from an earlier session: multiple choice only, 5 questions, seed 1.
"$FACTDECK" stats --data-dir "$data" --now "$NOW" >/dev/null  # creates the database
sqlite3 "$data/factdeck.db" \
  "INSERT OR REPLACE INTO settings(key, value) VALUES ('ui.builder', '{\"types\":[\"mcq\"],\"count\":5,\"seed\":1}')"
# What the first question's answer is: the command line makes the same quiz.
answer=$("$FACTDECK" quiz --data-dir "$data" --types mcq --count 5 --seed 1 --format json |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["questions"][0]["answer_text"])')
[ -n "$answer" ] || fail "no first question from factdeck quiz"

# The screen as text: white on dark made dark on white and enlarged, for tesseract.
read_screen() {
  import -window root "$WORK/screen.png"
  convert "$WORK/screen.png" -negate -resize 300% -threshold 60% "$WORK/ocr.png"
  tesseract "$WORK/ocr.png" - --psm 11 2>/dev/null | tr -s ' \n' ' '  # sparse text: the timer stands alone
}
# Polls the screen until its text holds $1 (up to ~15 tries: OCR takes a second a try); TEXT is what it read.
wait_text() {
  TEXT=""
  for _ in $(seq 1 15); do
    TEXT=$(read_screen)
    grep -qF -- "$1" <<<"$TEXT" && return 0
  done
  fail "the screen never showed '$1'; it read: $TEXT"
}

start_app
press Tab Tab Tab  # Today -> Review -> Practice -> Quiz builder
press p
wait_geometry 1280x800+0+0
wait_text "Question 1 of 5"
grep -qE "\b0:[0-9][0-9]\b" <<<"$TEXT" || fail "no timer on the question: $TEXT"
grep -qF "Answer:" <<<"$TEXT" && fail "the answer shows before it is revealed: $TEXT"
cp "$WORK/screen.png" "$SHOTS/present_question.png"
pass "P presents the quiz full screen: question 1 of 5 with a timer, no answer"

press space
wait_text "Answer: $answer"  # the answer may be among the options too: this is the revealed line
cp "$WORK/screen.png" "$SHOTS/present_revealed.png"
pass "Space shows the answer ($answer)"

press Right
wait_text "Question 2 of 5"
grep -qF "Answer:" <<<"$TEXT" && fail "question 2 shows its answer before Space: $TEXT"
pass "Right goes on to question 2, its answer hidden"

press Escape
wait_geometry 1100x760
quit_app
pass "Esc leaves present mode and gives the window back"
