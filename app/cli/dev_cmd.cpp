// `factdeck dev synth`: writes a synthetic collection (content and a database with a review log) for benchmarks.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "factdeck/content.h"
#include "factdeck/store.h"
#include "factdeck/synth.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "dev synth --out DIR [--articles N] [--facts M] [--cards C] [--reviews R] [--seed S] [--new-per-day K] "
    "[--content-only] [--force]";

int usage_error(const std::string& message) {
  std::cerr << "factdeck dev: " << message << "\nusage: factdeck " << kUsage << "\n";
  return 2;
}

// Reads an integer option; false (with a message) when it is there but not a whole number.
bool int_option(std::vector<std::string>& args, const char* name, std::int64_t& out, std::string& error) {
  const auto v = take_option(args, name, error);
  if (!v) return error.empty();
  long long n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size()) {
    error = std::string(name) + " needs a whole number, not '" + *v + "'";
    return false;
  }
  out = n;
  return true;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int run_synth(const CommonOptions& common, std::vector<std::string> args) {
  std::string error;
  const auto out_dir = take_option(args, "--out", error);
  std::int64_t articles = 10, facts = 20, cards = 0, reviews = 0, seed = 1, per_day = 0;
  const bool ok = int_option(args, "--articles", articles, error) && int_option(args, "--facts", facts, error) &&
                  int_option(args, "--cards", cards, error) && int_option(args, "--reviews", reviews, error) &&
                  int_option(args, "--seed", seed, error) && int_option(args, "--new-per-day", per_day, error);
  const bool content_only = take_flag(args, "--content-only");
  const bool force = take_flag(args, "--force");
  if (!ok || !error.empty()) return usage_error(error);
  if (!args.empty()) return usage_error("unexpected argument '" + args[0] + "'");
  if (!out_dir) return usage_error("--out DIR is needed");
  if (articles > 99999 || facts > 1000 || cards > 100000000 || per_day > 1000000)
    return usage_error("a size is out of range");

  SynthSpec spec;
  spec.articles = static_cast<int>(articles);
  spec.facts_per_article = static_cast<int>(facts);
  spec.cards = static_cast<int>(cards);
  spec.reviews = content_only ? 0 : reviews;
  spec.seed = static_cast<std::uint64_t>(seed);
  spec.now = common.clock();
  spec.new_per_day = static_cast<int>(per_day);
  Status st = validate(spec);
  if (!st.ok()) return usage_error(st.message());

  // A collection is reused when its stamp matches: the benchmarks ask for the same one on every run.
  namespace fs = std::filesystem;
  const fs::path dir(*out_dir);
  const std::string content_dir = (dir / "content").string();
  const std::string db_path = Store::default_path((dir / "data").string());
  const fs::path stamp = dir / "synth.stamp";
  const std::string fingerprint = synth_fingerprint(spec) + (content_only ? " content-only" : "");
  std::error_code ec;
  if (!force) {
    std::ifstream in(stamp);
    std::string line;
    if (std::getline(in, line) && line == fingerprint && fs::is_directory(content_dir, ec) &&
        (content_only || fs::exists(db_path, ec))) {
      std::cout << "reused " << dir.string() << " (" << fingerprint << ")\n";
      return 0;
    }
  }
  fs::remove(stamp, ec);
  fs::create_directories(dir, ec);

  const auto t0 = std::chrono::steady_clock::now();
  SynthSummary summary;
  st = write_synth_content(spec, content_dir, summary);
  if (!st.ok()) {
    std::cerr << "factdeck dev synth: " << st.message() << "\n";
    return 1;
  }
  const double content_s = seconds_since(t0);
  double db_s = 0;
  if (!content_only) {
    const auto t1 = std::chrono::steady_clock::now();
    // The database is built from the content as the app loads it, so its cards match what the app wants.
    const LoadResult loaded = load_content(content_dir);
    if (loaded.has_errors()) {
      for (const Diagnostic& d : loaded.diagnostics) std::cerr << d.to_string() << "\n";
      std::cerr << "factdeck dev synth: the generated content has errors\n";
      return 1;
    }
    st = write_synth_database(spec, loaded.content, db_path, summary);
    if (!st.ok()) {
      std::cerr << "factdeck dev synth: " << st.message() << "\n";
      return 1;
    }
    db_s = seconds_since(t1);
  }
  std::ofstream(stamp) << fingerprint << "\n";

  std::printf("%d articles, %d facts, %d cards, %lld reviews", summary.articles, summary.facts, summary.cards,
              static_cast<long long>(summary.reviews));
  if (summary.reviews > 0)
    std::printf(" over %d days (%s to %s)", summary.days, format_iso8601(summary.first_review).c_str(),
                format_iso8601(summary.last_review).c_str());
  std::printf("\ncontent %s (%.1f s)", content_dir.c_str(), content_s);
  if (!content_only) std::printf(", database %s (%.1f s)", db_path.c_str(), db_s);
  std::printf("\n");
  return 0;
}

int run_dev(const CommonOptions& common, const std::vector<std::string>& args) {
  if (args.empty() || args[0] != "synth") return usage_error(args.empty() ? "which tool? synth" : "unknown tool '" + args[0] + "'");
  return run_synth(common, std::vector<std::string>(args.begin() + 1, args.end()));
}

}  // namespace

FACTDECK_COMMAND({"dev", kUsage, "developer tools: a synthetic collection for benchmarks", run_dev});

}  // namespace factdeck::cli
