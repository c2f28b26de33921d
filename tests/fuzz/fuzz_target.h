// One fuzz target = one function over bytes: libFuzzer's entry point in the fuzz build, a named function in the corpus replay test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// In the fuzz build (clang, -fsanitize=fuzzer) each target file is its own program and defines
// LLVMFuzzerTestOneInput. tests/fuzz_replay_test.cpp includes all of them with FACTDECK_FUZZ_REPLAY
// defined, so the same bodies replay the corpus in the ordinary gcc builds (plain and ASan).
#ifdef FACTDECK_FUZZ_REPLAY
#define FACTDECK_FUZZ_TARGET(name) int fuzz_##name(const std::uint8_t* data, std::size_t size)
#else
#define FACTDECK_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#endif

// A property that must hold for every input: a failure aborts, so the fuzzer keeps the input.
#define FUZZ_CHECK(cond)                                                                   \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond);    \
      std::abort();                                                                        \
    }                                                                                      \
  } while (0)

namespace factdeck::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace factdeck::fuzz
