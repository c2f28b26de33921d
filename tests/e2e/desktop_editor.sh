#!/usr/bin/env bash
# Adding this week's article in the desktop app: paste text through the clipboard, accept two suggestions,
# save, and find the new facts as cards in Review.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_editor
start_xvfb
data="$WORK/data"
db="$data/factdeck.db"
# Written before the learn step and the articles' rotation (study_month.sh and desktop_answer.sh test those).
preset_settings "$data" study.learn_first=0 study.newest_first=1
command -v xclip >/dev/null || fail "xclip is not installed (make test installs it)"
# The first start makes the bundled content's cards; the week's article is added a day later.
"$FACTDECK" --data-dir "$data" --now 2026-03-02T09:00:00Z >"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window
quit_app
"$FACTDECK" --data-dir "$data" --now 2026-03-03T09:00:00Z >>"$WORK/out.log" 2>&1 &
PIDS+=($!)
wait_window

cat >"$WORK/article.txt" <<'TXT'
Europe Bets on Chips

The European Chips Act entered into force in 2023. It aims to mobilise more than 43 billion euros of public and private investment.
TXT
# -quiet keeps xclip in the foreground (as our child), so the cleanup can end it with the X server.
xclip -quiet -selection clipboard -i "$WORK/article.txt" >/dev/null 2>&1 &
PIDS+=($!)
wait_until "xclip did not take the clipboard" 'xclip -o -selection clipboard >/dev/null 2>&1'

# Today -> Review -> Practice -> Quiz builder -> Add article; Ctrl+V pastes into its text field.
press Tab Tab Tab Tab
press ctrl+v
press ctrl+Return
screenshot editor_suggestions
# Leave the text field; the first suggestion (the act's name) still lacks wrong answers, so accept the
# two after it (the year and the figure), then save.
press Escape Down space Down space ctrl+s
file=""
for _ in $(seq 1 100); do
  file=$(ls "$data"/content/articles/*.toml 2>/dev/null | head -n 1 || true)
  [ -n "$file" ] && break
  sleep 0.1
done
[ -n "$file" ] || fail "no article file was saved under $data/content/articles"
echo "saved: $file"
"$FACTDECK" check --content "$data/content" --content "$FACTDECK_SRC/content" || fail "the saved article does not pass factdeck check"
article=$(basename "$file" .toml)
wait_sql "$db" "SELECT count(*) FROM cards WHERE article = '$article' AND direction = 0" 2
pass "two accepted suggestions saved as $article with cards"
screenshot editor_saved

# Review: the week's article is asked first (newest cards first). Shift+Tab back to Today, Enter.
press shift+Tab shift+Tab shift+Tab shift+Tab Return
press 1
wait_sql "$db" "SELECT count(*) FROM reviews" 1
asked=$(sqlite3 "$db" "SELECT c.article FROM reviews r JOIN cards c ON c.id = r.card")
[ "$asked" = "$article" ] || fail "Review asked about $asked first, not the new article"
screenshot editor_review
pass "the new facts appear in Review"
