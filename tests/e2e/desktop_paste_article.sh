#!/usr/bin/env bash
# Pasting a news article with a headline and a dateline into Add article: the id and title come from the headline,
# the dateline's date is saved as `published`, and W on a suggestion that needs wrong answers lets them be typed.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_paste_article
start_xvfb
data="$WORK/data"
NOW=2026-03-02T09:00:00Z
command -v xclip >/dev/null || fail "xclip is not installed (make test installs it)"
start_app

cat >"$WORK/article.txt" <<'TXT'
Four Countries Join BRICS

MOSCOW, 1 January 2024 - Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on Monday.

The leaders of Brazil, Russia, India and China held their first summit in Yekaterinburg in 2009.
TXT
# -quiet keeps xclip in the foreground (as our child), so the cleanup can end it with the X server.
xclip -quiet -selection clipboard -i "$WORK/article.txt" >/dev/null 2>&1 &
PIDS+=($!)
wait_until "xclip did not take the clipboard" 'xclip -o -selection clipboard >/dev/null 2>&1'

# Today -> Review -> Practice -> Quiz builder -> Add article; Ctrl+V pastes, Ctrl+Enter suggests.
press Tab Tab Tab Tab ctrl+v ctrl+Return
screenshot paste_suggestions
# The suggestions in text order: the four new members (a list of countries), the day ("on Monday", read against
# the dateline), the four founders (a list), the first summit's city (no class knows it: it needs wrong answers)
# and its year. Accept them all, typing the city's wrong answers after W.
press Escape space Down space Down space Down w
type_text "Moscow, Kazan, Novosibirsk"
press Escape space Down space
screenshot paste_accepted
press ctrl+s
file="$data/content/articles/four-countries-join-brics.toml"
wait_until "no article saved as $file (id from the headline)" '[ -f "$file" ]'
grep -q '^title *= "Four Countries Join BRICS"$' "$file" || fail "the title is not the headline: $(grep '^title' "$file")"
grep -q '^published *= 2024-01-01$' "$file" || fail "published was not kept: $(head -12 "$file")"
pass "the pasted article is saved under the headline's id and title, with the dateline's date as published"

grep -q '^answer *= "Yekaterinburg"$' "$file" || fail "the city typed W's wrong answers for is not saved as a fact"
grep -q '^distractors *= \["Moscow", "Kazan", "Novosibirsk"\]$' "$file" || fail "the typed wrong answers: $(grep -n distractors "$file")"
grep -q '^answer *= 2024-01-01$' "$file" || fail "'on Monday' was not saved as 1 January 2024"
grep -q '^answer *= \["Egypt", "Ethiopia", "Iran", "the United Arab Emirates"\]$' "$file" || fail "the list of new members"
grep -q '^answer *= 2009$' "$file" || fail "the year of the first summit"
"$FACTDECK" check --content "$FACTDECK_SRC/content" --content "$data/content" >"$WORK/check.out" 2>&1 \
  || fail "the saved article does not pass factdeck check: $(cat "$WORK/check.out")"
pass "W let the city's wrong answers be typed; the lists, the day, the city and the year are saved, and the file passes check"
quit_app
