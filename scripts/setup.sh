#!/usr/bin/env bash
# Installs the Debian 12 packages Factdeck needs to build, run and test; prints the command when it cannot.
set -euo pipefail

PKGS=(
  cmake make g++ pkg-config
  libimgui-dev libstb-dev libglfw3-dev python3-glad
  libsqlite3-dev doctest-dev libtomlplusplus-dev nlohmann-json3-dev
  fonts-wqy-microhei
  libxlsxwriter-dev libzip-dev
  # the class server: libpq to build, a PostgreSQL 15 that the tests start themselves
  libpq-dev postgresql
  sqlite3 xvfb xauth libgl1-mesa-dri xdotool x11-utils xclip imagemagick tesseract-ocr tesseract-ocr-eng
  # readers of the export formats and the fuzzers, used by the tests
  chromium poppler-utils libxml2-utils clang libclang-rt-14-dev
)
# node and npm run the reference tests (ts-fsrs, export readers); a machine that
# already has a newer node keeps it.
command -v node >/dev/null 2>&1 || PKGS+=(nodejs)
command -v npm >/dev/null 2>&1 || PKGS+=(npm)
[ "${FACTDECK_SETUP_EXTRA:-}" ] && read -r -a extra <<<"$FACTDECK_SETUP_EXTRA" && PKGS+=("${extra[@]}")

missing=()
for p in "${PKGS[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  echo "setup: installing ${missing[*]}"
  bash -c "$cmd"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "setup: installing ${missing[*]} with sudo"
  sudo bash -c "$cmd"
else
  echo "setup: these Debian packages are missing: ${missing[*]}" >&2
  echo "setup: install them with:" >&2
  echo "  sudo sh -c '$cmd'" >&2
  exit 1
fi
