#!/usr/bin/env bash
# The window: resized and moved, its size and place come back after a restart; F11 goes full screen and back, and
# a window left full screen starts full screen. Sizes are read from the X server (xdotool getwindowgeometry).
source "$(dirname "$0")/lib.sh.inc"
make_workdir desktop_window
start_xvfb 1280x800
data="$WORK/data"
db="$data/factdeck.db"
NOW=2026-03-02T09:00:00Z
setting() { sqlite3 "$db" "SELECT value FROM settings WHERE key = '$1'"; }

# The first start: the default size.
start_app
wait_geometry 1100x760
pass "the window opens at 1100x760"

# Resized and moved as a window manager would.
xdotool windowsize "$WID" 1000 700
xdotool windowmove "$WID" 50 60
wait_geometry 1000x700+50+60
quit_app
[ "$(setting ui.window_w)x$(setting ui.window_h)+$(setting ui.window_x)+$(setting ui.window_y)" = 1000x700+50+60 ] ||
  fail "the size and place were not kept: $(setting ui.window_w)x$(setting ui.window_h)+$(setting ui.window_x)+$(setting ui.window_y)"
start_app
wait_geometry 1000x700+50+60
screenshot window_resized
pass "the window's size and place (1000x700 at 50,60) come back after a restart"

# F11: full screen (the whole 1280x800 screen), F11 again: the window as it was.
press F11
wait_geometry 1280x800+0+0
screenshot window_fullscreen
press F11
wait_geometry 1000x700+50+60
pass "F11 goes full screen and back to 1000x700 at 50,60"

# Quitting while full screen: the next start is full screen, and F11 then gives back the remembered window.
press F11
wait_geometry 1280x800+0+0
quit_app
[ "$(setting ui.fullscreen)" = yes ] || fail "full screen was not remembered"
start_app
wait_geometry 1280x800+0+0
press F11
wait_geometry 1000x700+50+60
quit_app
[ "$(setting ui.fullscreen)" = no ] || fail "leaving full screen was not remembered"
pass "full screen is remembered across a restart, and so is the window behind it"
