// Replays every fuzz corpus file (seeds and past findings) through the fuzz targets in the ordinary builds.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define FACTDECK_FUZZ_REPLAY 1
#include "fuzz/answer_fuzz.cpp"
#include "fuzz/content_fuzz.cpp"
#include "fuzz/export_escape_fuzz.cpp"
#include "fuzz/fsrs_replay_fuzz.cpp"

namespace fs = std::filesystem;

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

// Runs each file of tests/fuzz/corpus/<name>/ through `target`; a crash or a failed property aborts.
int replay(const char* name, Target target) {
  const fs::path dir = fs::path(FACTDECK_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / name;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    INFO(p.string());
    target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  return static_cast<int>(files.size());
}

}  // namespace

TEST_CASE("fuzz corpora replay cleanly: content loader, fsrs replay reader, answer checker, export escaping") {
  const struct {
    const char* name;
    Target target;
  } targets[] = {{"content", fuzz_content},
                 {"fsrs_replay", fuzz_fsrs_replay},
                 {"answer", fuzz_answer},
                 {"export_escape", fuzz_export_escape}};
  for (const auto& t : targets) {
    CAPTURE(t.name);
    const int n = replay(t.name, t.target);
    MESSAGE(t.name << ": " << n << " corpus files");
    CHECK(n > 0);
  }
}
