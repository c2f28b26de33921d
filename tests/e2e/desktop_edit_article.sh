#!/usr/bin/env bash
# Editing an article in the desktop app keeps learners' history: a card is answered, its (bundled, read-only)
# article is opened from Library (E), the card's question reworded (Ctrl+E) and saved (Ctrl+S); the copy in
# the user's folder replaces the bundled article, the card keeps its id and its review, and Review asks the
# new wording.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_edit_article
start_xvfb
data="$WORK/data"
db="$data/factdeck.db"
# Written before the learn step and the articles' rotation (study_month.sh and desktop_answer.sh test those).
preset_settings "$data" study.learn_first=0 study.newest_first=1

# A bundled content folder of our own (read-only, as an installed one is): four terms.
export FACTDECK_CONTENT="$WORK/bundled"
mkdir -p "$FACTDECK_CONTENT/articles"
printf '%s\n' 'term,definition' \
  'Big Fund,the national investment vehicle for chip makers' \
  'dual circulation,a strategy that relies on the domestic market backed by foreign trade' \
  '新质生产力,new-quality productive forces' \
  'Made in China 2025,a 2015 plan to upgrade ten manufacturing sectors' >"$WORK/terms.csv"
"$FACTDECK" import "$WORK/terms.csv" --id edit-me --title "Edit me" -o "$FACTDECK_CONTENT/articles/edit-me.toml" 2>/dev/null
chmod -R a-w "$FACTDECK_CONTENT"
bundled_sum=$(sha256sum "$FACTDECK_CONTENT/articles/edit-me.toml")

# Day 1: answer the first card and rate it Again (1 after the feedback), so it is due again soon.
"$FACTDECK" --data-dir "$data" --now 2026-03-02T09:00:00Z >"$WORK/out.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_window
press Return 1 1
wait_sql "$db" "SELECT count(*) FROM reviews" 1
card=$(sqlite3 "$db" "SELECT card FROM reviews")
fact=$(sqlite3 "$db" "SELECT fact FROM cards WHERE id = $card")
cards_before=$(sqlite3 "$db" "SELECT group_concat(id || ':' || fact, ' ') FROM (SELECT id, fact FROM cards ORDER BY id)")
echo "answered card $card (fact $fact)"
quit_app

# An hour later: Library (five Tabs), the first fact's article opens with E; the answered fact is found
# with Down (facts in file order); Ctrl+E selects its question, typing replaces it, Ctrl+E again the statement;
# saved from inside the field.
index=$(grep -E '^id +=' "$FACTDECK_CONTENT/articles/edit-me.toml" | sed -n '2,$p' | grep -n "\"$fact\"" | cut -d: -f1)
[ -n "$index" ] || fail "fact $fact is not in the bundled article"
"$FACTDECK" --data-dir "$data" --now 2026-03-02T10:00:00Z >>"$WORK/out.log" 2>&1 &
PIDS+=($!)
wait_window
press Tab Tab Tab Tab Tab e
for _ in $(seq 2 "$index"); do press Down; done
press ctrl+e
type_text "Which term, reworded in the editor, means this?"
press ctrl+e
type_text '"{answer}" is the term of the reworded statement.'
press ctrl+s
copy="$data/content/articles/edit-me.toml"
wait_until "the edited article was not saved as $copy" '[ -f "$copy" ]'
screenshot edit_article_saved
[ "$(sha256sum "$FACTDECK_CONTENT/articles/edit-me.toml")" = "$bundled_sum" ] || fail "the bundled article was changed"
grep -qE '^question += "Which term, reworded in the editor, means this\?"$' "$copy" || fail "the new question is not in $copy"
grep -qE '^statement += "\\"\{answer\}\\" is the term of the reworded statement\."$' "$copy" || fail "the new statement is not in $copy"
[ "$(grep -c '^\[\[fact\]\]' "$copy")" = 4 ] || fail "the copy does not hold the four facts"
out=$("$FACTDECK" check --content "$FACTDECK_CONTENT" --content "$data/content") || fail "the copy does not pass factdeck check: $out"
grep -q "note: article 'edit-me' replaces the one in" <<<"$out" || fail "factdeck check does not note the replacement: $out"
pass "the bundled article was saved as a copy in the user's folder, with a note"

# The same cards (ids and facts), and the answered card keeps its review (the save and its reload are
# done before the app takes up the next key, so Ctrl+S's wait covers them).
[ "$(sqlite3 "$db" "SELECT group_concat(id || ':' || fact, ' ') FROM (SELECT id, fact FROM cards ORDER BY id)")" = "$cards_before" ] ||
  fail "the cards changed: $cards_before"
[ "$(sqlite3 "$db" "SELECT count(*) FROM reviews WHERE card = $card")" = 1 ] || fail "card $card lost its review"
pass "card $card kept its id and its review"

# Review (Add article -> Today: four Shift+Tabs, Enter) asks the answered card again (due after Again) with the
# new wording; answering adds its second review.
press Escape shift+Tab shift+Tab shift+Tab shift+Tab Return
screenshot edit_article_review
press 1
wait_sql "$db" "SELECT count(*) FROM reviews WHERE card = $card" 2
pass "Review asked card $card again after the edit"
