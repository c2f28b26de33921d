// `factdeck import FILE.csv`: term/definition rows (Quizlet, Anki) into a TOML article; skipped rows reported on stderr.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "factdeck/import.h"
#include "factdeck/suggest.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "usage: factdeck import FILE.csv|FILE.tsv|FILE.txt --id ID --title TITLE [-o FILE.toml] [--separator tab|comma|semicolon]\n";
constexpr std::uintmax_t kMaxBytes = 8u << 20;

int run_import(const CommonOptions&, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  auto id = take_option(args, "--id", error);
  auto title = take_option(args, "--title", error);
  auto output = take_option(args, "-o", error);
  if (!output) output = take_option(args, "--output", error);
  const auto sep_name = take_option(args, "--separator", error);
  if (!error.empty() || args.size() != 1 || args[0].rfind("-", 0) == 0) {
    std::cerr << "factdeck import: " << (error.empty() ? "expected one file" : error) << "\n" << kUsage;
    return 2;
  }
  const std::string path = args[0];
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxBytes) {
    std::cerr << "factdeck import: '" << path << "' is larger than 8 MiB\n";
    return 1;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "factdeck import: cannot read '" << path << "'\n";
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();

  ImportOptions options;
  const std::string stem = fs::path(path).stem().string();
  options.article_id = id ? *id : slug_id(stem, 60);
  options.title = title ? *title : stem;
  if (sep_name) {
    const std::string& s = *sep_name;
    options.separator = s == "tab" ? '\t' : s == "comma" ? ',' : s == "semicolon" ? ';' : s.size() == 1 ? s[0] : 0;
    if (!options.separator) {
      std::cerr << "factdeck import: --separator is tab, comma, semicolon or one character\n";
      return 2;
    }
  }
  ImportResult result;
  if (const Status st = import_terms(ss.str(), options, result); !st.ok()) {
    std::cerr << "factdeck import: " << path << ": " << st.message() << "\n";
    return 1;
  }
  std::cerr << import_report(result);
  const std::string toml = article_toml(result.article);
  const LoadResult check = check_article_toml(toml, nullptr, output ? *output : options.article_id + ".toml");
  for (const Diagnostic& d : check.diagnostics) std::cerr << d.to_string() << "\n";
  if (check.has_errors()) {
    std::cerr << "factdeck import: the article does not load; this is a bug in the importer\n";
    return 1;
  }
  if (output) {
    std::ofstream f(*output, std::ios::binary | std::ios::trunc);
    if (!(f << toml) || !f.flush()) {
      std::cerr << "factdeck import: cannot write '" << *output << "'\n";
      return 1;
    }
  } else {
    std::cout << toml;
  }
  std::cerr << "factdeck import: " << result.imported() << " terms imported, " << result.skipped_rows().size()
            << " rows skipped (" << separator_name(result.separator) << "-separated"
            << (result.header ? ", header row" : "") << ")" << (output ? " -> " + *output : std::string()) << "\n";
  return result.imported() > 0 ? 0 : 1;
}

}  // namespace

FACTDECK_COMMAND({"import", "import FILE.csv --id ID --title T [-o FILE.toml]",
                  "term/definition CSV or TSV (Quizlet, Anki) into a TOML article", run_import});

}  // namespace factdeck::cli
