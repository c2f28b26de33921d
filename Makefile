# The two commands of the README (make run, make test) plus bench; each does its own set-up.
BUILD      ?= build
ASAN_BUILD ?= build-asan
BENCH_BUILD ?= build-release
JOBS       ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup configure build run test test-fast bench clean

all: build

setup:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

configure: setup $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "make run: no display (DISPLAY is not set), so the desktop app cannot open."; \
	  echo "The command line works without one, for example:"; \
	  echo "  $(BUILD)/app/factdeck --help"; \
	  echo "  $(BUILD)/app/factdeck check"; \
	  exit 1; \
	fi
	$(BUILD)/app/factdeck

# The whole suite: the normal build, then the AddressSanitizer + UBSan build. The fuzz targets' own clang
# build (label fuzz-build) belongs to `make fuzz`; the ASan pass leaves out what it cannot improve on
# (label no-asan: timings, kills, the FSRS oracle, the quality audit). See tests/CMakeLists.txt.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE fuzz-build
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DFACTDECK_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -LE 'fuzz-build|no-asan'

# Only the normal build's tests, for quick iteration.
test-fast: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE fuzz-build

bench: setup
	cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build $(BENCH_BUILD) -j $(JOBS) --target run-bench
	@mkdir -p $(BUILD) && cp $(BENCH_BUILD)/bench.md $(BUILD)/bench.md && echo "written to $(BUILD)/bench.md"

# The fuzzers (clang + libFuzzer, in $(FUZZ_BUILD)) for FUZZ_SECONDS each, then the kill-anywhere test
# at full strength (KILL_RUNS kills) against the normal build.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 600
KILL_RUNS    ?= 240
.PHONY: fuzz
fuzz: build
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTDECK_FUZZ=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	cd $(BUILD) && ctest --output-on-failure -L fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/fuzz/run.sh $(FUZZ_BUILD)
	KILL_RUNS=$(KILL_RUNS) FACTDECK=$(CURDIR)/$(BUILD)/app/factdeck FACTDECK_SRC=$(CURDIR) FACTDECK_BUILD=$(CURDIR)/$(BUILD) \
	  bash tests/e2e/kill_anywhere.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD)
