#!/usr/bin/env bash
# Damaged databases: truncated, random bytes, another program's, a newer Factdeck's, read-only, full disk.
# Each gives a clear message, the file is never changed, the latest backup is offered, and restoring works.
source "$(dirname "$0")/lib.sh.inc"
make_workdir damaged_db
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed (scripts/setup.sh installs it)"

day1=2026-01-15T08:00:00Z
day2=2026-01-16T08:00:00Z
MOUNTS=()
cleanup_mounts() {
  local m
  for m in "${MOUNTS[@]:-}"; do [ -n "$m" ] && umount "$m" 2>/dev/null || true; done
  cleanup
}
trap cleanup_mounts EXIT

answers() { printf '?\n\n?\n\n?\n\n'; }

# A learner's folder: a few answers on day 1 (which also makes the day's backup).
base="$WORK/base"
answers | "$FACTDECK" --data-dir "$base" --now "$day1" study --terminal --new 5 >"$WORK/base.txt" 2>&1 ||
  fail "setting up: $(tail -3 "$WORK/base.txt")"
ls "$base"/backups/factdeck-*.db >/dev/null 2>&1 || fail "the session made no backup"
backup_name=$(basename "$(ls "$base"/backups/factdeck-*.db | tail -n 1)")
stored=$(sqlite3 "$base/factdeck.db" "SELECT count(*) FROM reviews")
[ "$stored" -eq 3 ] || fail "setting up: $stored answers stored, expected 3"

# Copies the learner's folder for one case and prints its path.
fresh() {
  rm -rf "$WORK/$1"
  cp -a "$base" "$WORK/$1"
  echo "$WORK/$1"
}

# Runs study and stats on a damaged folder: both must fail with `want` in the message, name the
# backup and the restore command, and leave the file byte-identical.
expect_refused() {
  local name=$1 dir=$2 want=$3 sum out rc cmd
  sum=$(sha256sum "$dir/factdeck.db" | cut -d' ' -f1)
  for cmd in study stats; do
    set +e
    if [ "$cmd" = study ]; then
      out=$(answers | "$FACTDECK" --data-dir "$dir" --now "$day2" study --terminal 2>&1)
    else
      out=$("$FACTDECK" --data-dir "$dir" --now "$day2" stats 2>&1)
    fi
    rc=$?
    set -e
    [ $rc -ne 0 ] || fail "$name: $cmd succeeded on a damaged database: $out"
    grep -qi -- "$want" <<<"$out" || fail "$name: $cmd's message does not say '$want': $out"
    grep -q "$backup_name" <<<"$out" || fail "$name: $cmd does not name the latest backup ($backup_name): $out"
    grep -q "factdeck restore latest" <<<"$out" || fail "$name: $cmd does not give the restore command: $out"
    [ "$(sha256sum "$dir/factdeck.db" | cut -d' ' -f1)" = "$sum" ] || fail "$name: $cmd changed the file"
  done
  echo "  $name: $(echo "$out" | head -n 1 | cut -c1-160)..."
}

# Restores the latest backup into a damaged folder: the damaged file is kept as a safety copy.
expect_restores() {
  local name=$1 dir=$2 sum out
  sum=$(sha256sum "$dir/factdeck.db" | cut -d' ' -f1)
  out=$("$FACTDECK" --data-dir "$dir" --now "$day2" restore latest 2>&1) || fail "$name: restore failed: $out"
  local safety
  safety=$(ls "$dir"/backups/before-restore-*.db | tail -n 1)
  [ "$(sha256sum "$safety" | cut -d' ' -f1)" = "$sum" ] || fail "$name: the safety copy differs from the damaged file"
  [ "$(sqlite3 "$dir/factdeck.db" "PRAGMA integrity_check")" = ok ] || fail "$name: the restored file is damaged"
  "$FACTDECK" --data-dir "$dir" --now "$day2" stats >/dev/null 2>&1 || fail "$name: the program does not start after the restore"
}

d=$(fresh truncated)
head -c 20000 "$base/factdeck.db" >"$d/factdeck.db"
expect_refused truncated "$d" "truncated"
expect_restores truncated "$d"
pass "a truncated database is named as such, kept, and restorable"

d=$(fresh emptied)
: >"$d/factdeck.db"
expect_refused emptied "$d" "empty"
expect_restores emptied "$d"
pass "a database emptied to 0 bytes (with backups beside it) is refused, not started afresh"

d=$(fresh random)
head -c 65536 /dev/urandom >"$d/factdeck.db"
expect_refused random "$d" "not an SQLite database"
expect_restores random "$d"
pass "random bytes are refused untouched, and restorable"

d=$(fresh foreign)
rm -f "$d/factdeck.db"
sqlite3 "$d/factdeck.db" "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not ours');"
expect_refused foreign "$d" "another program"
expect_restores foreign "$d"
[ "$(sqlite3 "$(ls "$d"/backups/before-restore-*.db | tail -n 1)" "SELECT body FROM notes")" = "not ours" ] ||
  fail "foreign: the other program's data is not in the safety copy"
pass "another program's database is refused untouched, and kept whole when a backup is restored"

d=$(fresh newer)
sqlite3 "$d/factdeck.db" "PRAGMA user_version = 99"
expect_refused newer "$d" "newer Factdeck"
pass "a database from a newer Factdeck is refused untouched"

# Read-only: root writes through file modes, so it gets a read-only bind mount of the file instead.
d=$(fresh readonly)
ro_how=""
if [ "$(id -u)" -eq 0 ]; then
  if mount --bind "$d/factdeck.db" "$d/factdeck.db" 2>/dev/null; then
    MOUNTS+=("$d/factdeck.db")
    mount -o remount,bind,ro "$d/factdeck.db" 2>/dev/null && ro_how="a read-only bind mount"
  fi
else
  chmod 444 "$d/factdeck.db" && ro_how="chmod 444"
fi
if [ -n "$ro_how" ]; then
  expect_refused readonly "$d" "read-only"
  pass "a read-only database ($ro_how) is refused with a clear message, untouched"
else
  echo "SKIP: read-only case: running as root and a read-only bind mount is not allowed here"
fi

# A full disk: the folder on a small tmpfs (as root), or a loop-mounted ext2 file system, filled up.
d="$WORK/full"
rm -rf "$d"
mkdir -p "$d"
full_how=""
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=3m tmpfs "$d" 2>/dev/null; then
  MOUNTS+=("$d")
  full_how="a 3 MiB tmpfs"
elif [ "$(id -u)" -eq 0 ] && command -v mkfs.ext2 >/dev/null; then
  truncate -s 4M "$WORK/full.img" && mkfs.ext2 -q -F "$WORK/full.img" >/dev/null 2>&1 &&
    mount -o loop "$WORK/full.img" "$d" 2>/dev/null && MOUNTS+=("$d") && full_how="a 4 MiB loop-mounted ext2"
fi
if [ -n "$full_how" ]; then
  cp -a "$base/." "$d/"
  sum=$(sha256sum "$d/factdeck.db" | cut -d' ' -f1)
  dd if=/dev/zero of="$d/filler" bs=4096 2>/dev/null || true
  set +e
  out=$(answers | "$FACTDECK" --data-dir "$d" --now "$day2" study --terminal 2>&1)
  rc=$?
  set -e
  [ $rc -ne 0 ] || fail "full disk: study succeeded: $out"
  grep -qi "disk is full" <<<"$out" || fail "full disk: the message does not say the disk is full: $out"
  [ "$(sha256sum "$d/factdeck.db" | cut -d' ' -f1)" = "$sum" ] || fail "full disk: the database file changed"
  rm -f "$d/filler"
  [ "$(sqlite3 "$d/factdeck.db" "SELECT count(*) FROM reviews")" -eq "$stored" ] || fail "full disk: stored answers changed"
  [ "$(sqlite3 "$d/factdeck.db" "PRAGMA integrity_check")" = ok ] || fail "full disk: damaged after freeing space"
  answers | "$FACTDECK" --data-dir "$d" --now "$day2" study --terminal >"$WORK/after-full.txt" 2>&1 ||
    fail "full disk: studying after freeing space failed: $(tail -3 "$WORK/after-full.txt")"
  echo "  full disk: $(echo "$out" | grep -i "disk is full" | head -n 1 | cut -c1-160)"
  pass "a full disk ($full_how) gives a clear message, changes nothing, and studying resumes once space is free"
  # The disk fills in the middle of a session: the answers acknowledged before stay, the one that
  # cannot be written is reported plainly (no crash), and nothing is damaged.
  cp -a "$base/." "$d/"
  rm -f "$d/filler"
  set +e
  {
    for _ in 1 2 3; do printf '?\n\n'; done
    # The disk fills once those three answers are stored (a row count the test can see), however slow.
    for _ in $(seq 1 1200); do
      [ "$(sqlite3 "$d/factdeck.db" "SELECT count(*) FROM reviews" 2>/dev/null)" = $((stored + 3)) ] && break
      sleep 0.1
    done
    dd if=/dev/zero of="$d/filler" bs=4096 2>/dev/null || true
    for _ in $(seq 1 40); do printf '?\n\n'; done
  } | "$FACTDECK" --data-dir "$d" --now "$day2" study --terminal --new 60 >"$WORK/mid-full.txt" 2>&1
  rc=$?
  set -e
  [ $rc -lt 128 ] || fail "disk full mid-session: the program died by a signal (rc $rc): $(tail -3 "$WORK/mid-full.txt")"
  acked=$(grep -c '^Rated [A-Za-z]*:' "$WORK/mid-full.txt" || true)
  [ "$acked" -ge 3 ] || fail "disk full mid-session: only $acked answers acknowledged before the disk filled"
  grep -qi "disk is full" "$WORK/mid-full.txt" || fail "disk full mid-session: no clear message: $(tail -3 "$WORK/mid-full.txt")"
  rm -f "$d/filler"
  [ "$(sqlite3 "$d/factdeck.db" "PRAGMA integrity_check")" = ok ] || fail "disk full mid-session: damaged"
  now_stored=$(sqlite3 "$d/factdeck.db" "SELECT count(*) FROM reviews")
  [ "$now_stored" -eq $((stored + acked)) ] ||
    fail "disk full mid-session: $acked answers acknowledged, $((now_stored - stored)) stored"
  echo "  disk full mid-session: $acked acknowledged and stored; $(grep -i "disk is full" "$WORK/mid-full.txt" | head -n 1 | cut -c1-140)"
  pass "the disk filling mid-session loses no acknowledged answer, says so plainly, and damages nothing"
else
  echo "SKIP: full disk case: cannot mount a tmpfs or a loop file system here (needs root)"
fi
