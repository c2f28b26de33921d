// `factdeck suggest FILE.txt`: proposes facts from an article's text and prints them as an editable TOML article.
#include <chrono>
#include <cstdio>
#include <optional>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "factdeck/content.h"
#include "factdeck/suggest.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "usage: factdeck suggest FILE.txt|FILE.md|- [--id ID] [--title TITLE] [--source S] [--published YYYY-MM-DD]\n"
    "                        [--markdown|--plain] [--min-confidence low|medium|high]\n";

bool read_input(const std::string& path, std::string& out) {
  std::ostringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    ss << in.rdbuf();
  }
  out = ss.str();
  return true;
}

std::optional<Date> parse_date(const std::string& s) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
    return std::nullopt;
  return Date{y, m, d};
}

int run_suggest(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  const auto id = take_option(args, "--id", error);
  const auto title = take_option(args, "--title", error);
  const auto source = take_option(args, "--source", error);
  const auto published = take_option(args, "--published", error);
  const auto min_conf = take_option(args, "--min-confidence", error);
  const bool markdown = take_flag(args, "--markdown");
  const bool plain = take_flag(args, "--plain");
  if (!error.empty() || args.size() != 1 || (markdown && plain) || (!args.empty() && args[0].rfind("--", 0) == 0)) {
    std::cerr << "factdeck suggest: " << (error.empty() ? "expected one text file (or - for standard input)" : error)
              << "\n" << kUsage;
    return 2;
  }
  const std::string path = args[0];
  std::string text;
  if (!read_input(path, text)) {
    std::cerr << "factdeck suggest: cannot read '" << path << "'\n";
    return 1;
  }
  Confidence min = Confidence::Low;
  if (min_conf) {
    if (*min_conf == "medium") min = Confidence::Medium;
    else if (*min_conf == "high") min = Confidence::High;
    else if (*min_conf != "low") {
      std::cerr << "factdeck suggest: --min-confidence is low, medium or high\n";
      return 2;
    }
  }

  // The lexicon of the content folders names classes; a broken file there is no reason to stop.
  const LoadResult content = load_common_content(common);
  SuggestOptions options;
  options.lexicon = &content.content;
  const std::string ext = std::filesystem::path(path).extension().string();
  options.format = markdown || ext == ".md" || ext == ".markdown" ? TextFormat::Markdown
                   : plain || ext == ".txt"                       ? TextFormat::Plain
                                                                  : TextFormat::Auto;
  const auto t0 = std::chrono::steady_clock::now();
  const SuggestResult result = suggest_facts(text, options);
  const auto t1 = std::chrono::steady_clock::now();

  Article fields;
  fields.title = title ? *title : !result.title.empty() ? result.title : std::filesystem::path(path).stem().string();
  fields.id = id ? *id : slug_id(path == "-" ? fields.title : std::filesystem::path(path).stem().string(), 60);
  if (fields.id.empty()) fields.id = "new-article";
  if (source) fields.source = *source;
  fields.published = result.published;
  if (published) {
    fields.published = parse_date(*published);
    if (!fields.published) {
      std::cerr << "factdeck suggest: --published needs a date such as 2025-10-24\n";
      return 2;
    }
  }
  if (content.content.find_article(fields.id))
    std::cerr << "factdeck suggest: warning: article id '" << fields.id
              << "' is already used by the loaded content; pass --id to choose another\n";

  std::vector<Suggestion> kept;
  for (const Suggestion& s : result.suggestions)
    if (static_cast<int>(s.confidence) >= static_cast<int>(min)) kept.push_back(s);
  std::size_t ready = 0;
  for (const Suggestion& s : kept) ready += s.ready() ? 1 : 0;

  const std::string header =
      "Suggested by `factdeck suggest` from " + (path == "-" ? std::string("standard input") : path) + ": " +
      std::to_string(kept.size()) + " facts (" + std::to_string(ready) + " ready, " +
      std::to_string(kept.size() - ready) + " commented out until they get wrong answers).\n"
      "Check each question and statement against the article, delete what is not worth learning, then\n"
      "save the file under your content folder's articles/ and run `factdeck check`.";
  std::string toml = article_toml(fields, suggestion_blocks(kept), header);
  const LoadResult check = check_article_toml(toml, &content.content, fields.id + ".toml");
  std::cout << toml;

  const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  std::cerr << "factdeck suggest: " << result.sentences.size() << " sentences, " << kept.size() << " suggestions ("
            << ready << " ready) in " << ms << " ms\n";
  for (const Diagnostic& d : check.diagnostics) std::cerr << d.to_string() << "\n";
  if (check.has_errors()) {
    std::cerr << "factdeck suggest: the drafted file does not load; this is a bug in the suggester\n";
    return 1;
  }
  return 0;
}

}  // namespace

FACTDECK_COMMAND({"suggest", "suggest FILE.txt [--id ID] [--title T]",
                  "propose facts from an article's text, printed as a TOML article", run_suggest});

}  // namespace factdeck::cli
