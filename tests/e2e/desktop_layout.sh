#!/usr/bin/env bash
# The layout audit: every screen, in a realistic state, at 3 window sizes x every text size (small to projector),
# in one process: no text cut off by its window or overlapping a widget. First the audit is shown to catch a screen
# laid out wrongly.
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_layout
start_xvfb 1920x1080
data="$WORK/data"
NOW=2026-03-02T09:00:00Z

# --help names every screen --screenshot takes.
help=$("$FACTDECK" --help)
for screen in today review review-match review-order practice builder builder-edit builder-assign present editor import library timeline stats settings assignments assignments-report help; do
  grep -q -- "$screen" <<<"$help" || fail "factdeck --help does not name the screen $screen"
done
pass "factdeck --help names the screens"

# The audit reports a screen laid out wrongly on purpose (a cut line, a label wider than its button, a button over
# another) and exits 1.
if "$FACTDECK" --data-dir "$data" --now "$NOW" --screenshot audit-check --layout-audit >"$WORK/check.txt" 2>&1; then
  fail "the audit passed a screen laid out wrongly"
fi
grep -q 'clipped "A line far too long' "$WORK/check.txt" || fail "the audit missed a line cut by its window: $(cat "$WORK/check.txt")"
grep -q 'clipped "A label wider than its button"' "$WORK/check.txt" || fail "the audit missed a label cut by its button"
grep -q 'overlap "First button" and "Second button over it"' "$WORK/check.txt" || fail "the audit missed two overlapping buttons"
pass "the audit reports cut and overlapping text"

# A realistic collection: answers on several days (Statistics, Library history), a suspended card, an article to
# paste (Add article with suggestions). The terminal review takes the answers a learner would type.
for _ in $(seq 1 20); do printf '1\nt\n2\nf\n'; done >"$WORK/answers.txt"
for day in 21 24 27; do
  "$FACTDECK" study --terminal --data-dir "$data" --now "2026-02-${day}T09:00:00Z" <"$WORK/answers.txt" >/dev/null
done
sqlite3 "$data/factdeck.db" "UPDATE cards SET suspended = 1 WHERE id = (SELECT min(id) FROM cards)"
[ "$(sqlite3 "$data/factdeck.db" "SELECT count(*) FROM reviews")" -gt 50 ] || fail "the seeded history is too short"
cat >"$WORK/article.txt" <<'TXT'
Beijing Outlines Ambitious Tech Independence Goals

The Chinese Communist Party (CCP) has officially declared technological self-reliance a cornerstone of its forthcoming 15th Five-Year Plan (2026-2030). The announcement followed a four-day conclave of the Party's Central Committee in October 2025.

State broadcaster CCTV reported that the proposal emphasizes "high-quality development" and "new-quality productive forces", concepts Xi Jinping put forward in 2023. By 2035, China aims for its per capita GDP to reach the level of mid-tier developed countries.

The semiconductor industry remains a primary battleground. US restrictions, which began to escalate significantly in 2022, aim to limit China's access to advanced chips. In response, the National Integrated Circuit Industry Investment Fund, known as the Big Fund, registered its third phase in May 2024 with 344 billion yuan of capital.
TXT

# Every screen at every size, audited in one process (only the layout: no pixels, so it takes seconds); pictures
# of six screens at 1280x800, for a person to look at, come from a second run.
out=$("$FACTDECK" --data-dir "$data" --now "$NOW" --open "$WORK/article.txt" --screenshot all --layout-audit \
  --window 1100x760,1280x800,1920x1080 --text-size small,normal,large,larger,projector 2>&1) || {
  echo "$out" >&2
  fail "the layout audit found text cut off or overlapping (above)"
}
echo "$out" | tail -n 1
grep -q "^layout audit: 0 problems on 20 screens x 3 window sizes x 5 text sizes$" <<<"$out" || fail "unexpected audit summary: $out"
pass "0 layout problems on every screen at 1100x760, 1280x800, 1920x1080 and small, normal, large, larger, projector text"

"$FACTDECK" --data-dir "$data" --now "$NOW" --open "$WORK/article.txt" --window 1280x800 \
  --screenshot today,review-match,editor,stats,present-revealed,help \
  --out "$SHOTS/layout" >/dev/null || fail "the screenshots were not written"
for screen in today review-match editor stats present-revealed help; do
  [ -s "$SHOTS/layout/$screen.png" ] || fail "no picture of $screen"
  colors=$(convert "$SHOTS/layout/$screen.png" -format %k info:)
  [ "$colors" -gt 8 ] || fail "the picture of $screen looks blank"
done
pass "pictures of six screens in $SHOTS/layout"
