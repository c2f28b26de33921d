#!/usr/bin/env bash
# Every fuzz target, built with clang and libFuzzer, replays its seed corpus: a deterministic smoke run.
#
# The targets are built in $FACTDECK_BUILD/fuzz (clang, -fsanitize=fuzzer,address,undefined, -O1), which
# stays between runs so only the first is slow. In the sanitizer build's pass this is skipped: the fuzz
# targets carry ASan and UBSan themselves, and the normal build's pass has run them. Every corpus file
# is also replayed by fuzz_replay_test in both builds. `make fuzz` runs the targets for 10 minutes each.
set -euo pipefail
: "${FACTDECK_SRC:?FACTDECK_SRC must point at the source folder}"
: "${FACTDECK_BUILD:?FACTDECK_BUILD must point at the build folder}"

if grep -q '^FACTDECK_SANITIZE:BOOL=ON' "$FACTDECK_BUILD/CMakeCache.txt" 2>/dev/null; then
  echo "skipped in the sanitizer build: the normal build's pass runs the (sanitized) fuzz targets"
  exit 0
fi
command -v clang++ >/dev/null || { echo "FAIL: clang++ is not installed (scripts/setup.sh installs clang)" >&2; exit 1; }
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
  { echo "FAIL: libFuzzer is missing (scripts/setup.sh installs libclang-rt-14-dev)" >&2; exit 1; }

fuzz_build="$FACTDECK_BUILD/fuzz"
mkdir -p "$fuzz_build"
exec 9>"$fuzz_build/.lock"
flock 9
if [ ! -f "$fuzz_build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$FACTDECK_SRC" -B "$fuzz_build" -DFACTDECK_FUZZ=ON -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_FLAGS="-O1" -DCMAKE_CXX_FLAGS="-O1" >"$fuzz_build/configure.log" 2>&1 ||
    { tail -20 "$fuzz_build/configure.log"; echo "FAIL: configuring the fuzz build" >&2; exit 1; }
fi
start=$SECONDS
cmake --build "$fuzz_build" -j "$(nproc)" --target fuzz_targets >"$fuzz_build/build.log" 2>&1 ||
  { grep -E "error" "$fuzz_build/build.log" | head -20; echo "FAIL: building the fuzz targets" >&2; exit 1; }
echo "fuzz targets built in $((SECONDS - start)) s"

# Each target replays its whole corpus once (deterministic); `make fuzz` explores for 10 minutes each.
FUZZ_REPLAY_ONLY=1 bash "$FACTDECK_SRC/tests/fuzz/run.sh" "$fuzz_build"
