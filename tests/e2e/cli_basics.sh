#!/usr/bin/env bash
# The command line without a display: --help, --version, unknown commands, and the desktop's no-display message.
source "$(dirname "$0")/lib.sh.inc"
make_workdir cli_basics
unset DISPLAY WAYLAND_DISPLAY

out=$("$FACTDECK" --help)
grep -q "usage: factdeck" <<<"$out" || fail "--help has no usage line"
for cmd in check quiz study stats fsrs; do
  grep -q "factdeck $cmd" <<<"$out" || fail "--help does not list '$cmd'"
done
pass "--help lists the commands"

"$FACTDECK" --version | grep -Eq '^factdeck [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
pass "--version"

set +e
"$FACTDECK" frobnicate >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc -eq 2 ] && grep -q "unknown command 'frobnicate'" "$WORK/o" || fail "unknown command: rc $rc, $(cat "$WORK/o")"
pass "unknown command is refused"

set +e
"$FACTDECK" --data-dir "$WORK/data" >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc -eq 1 ] && grep -q "no display" "$WORK/o" && grep -q "factdeck --help" "$WORK/o" || fail "no display: rc $rc, $(cat "$WORK/o")"
pass "without a display the app says so and points to the command line"

set +e
"$FACTDECK" --now yesterday check >"$WORK/o" 2>&1; rc=$?
set -e
[ $rc -eq 2 ] && grep -q "ISO 8601" "$WORK/o" || fail "bad --now accepted"
pass "a bad --now is refused with an example"
