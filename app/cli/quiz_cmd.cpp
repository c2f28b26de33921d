// `factdeck quiz`: a reproducible quiz from chosen articles and types, as JSON or Markdown.
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "factdeck/atomic_file.h"
#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/export.h"
#include "factdeck/quiz_format.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "quiz [--articles ID,..] [--types mcq,tf,..] [--count N] [--seed S] [--difficulty easy|medium|hard] "
    "[--tags T,..] [--kinds year,..] [--versions K] [--format json|md|html|gift|moodle-xml|kahoot|quizlet|anki] [-o FILE]";

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ','))
    if (!part.empty()) out.push_back(part);
  return out;
}

// A whole non-negative number, or nullopt ("12x" and "-1" are refused).
std::optional<unsigned long long> parse_count(const std::string& s) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 19) return std::nullopt;
  errno = 0;
  const unsigned long long v = std::strtoull(s.c_str(), nullptr, 10);
  if (errno) return std::nullopt;
  return v;
}

int fail(const std::string& message) {
  std::cerr << "factdeck quiz: " << message << "\nusage: factdeck " << kUsage << "\n";
  return 2;
}

int run_quiz(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  QuizSelection sel;
  sel.count = 10;
  std::string format = "json", output;
  if (auto v = take_option(args, "--articles", error)) sel.articles = split_commas(*v);
  if (auto v = take_option(args, "--types", error)) {
    for (const auto& name : split_commas(*v)) {
      const auto t = type_from_name(name);
      if (!t) return fail("unknown question type '" + name + "' (mcq, tf, cloze, reverse, order, match, numeric, fact-or-opinion)");
      sel.types.push_back(*t);
    }
  }
  if (auto v = take_option(args, "--count", error)) {
    const auto n = parse_count(*v);
    if (!n || *n == 0 || *n > 1000) return fail("--count needs a number from 1 to 1000, not '" + *v + "'");
    sel.count = static_cast<int>(*n);
  }
  if (auto v = take_option(args, "--seed", error)) {
    const auto n = parse_count(*v);
    if (!n) return fail("--seed needs a whole number, not '" + *v + "'");
    sel.seed = *n;
  }
  if (auto v = take_option(args, "--difficulty", error)) {
    const auto d = difficulty_from_name(*v);
    if (!d) return fail("--difficulty is easy, medium or hard, not '" + *v + "'");
    sel.difficulty = *d;
  }
  if (auto v = take_option(args, "--tags", error)) sel.tags = split_commas(*v);
  if (auto v = take_option(args, "--kinds", error)) {
    for (const auto& name : split_commas(*v)) {
      const auto k = kind_from_name(name);
      if (!k) return fail("unknown kind '" + name + "' (year, date, period, number, name, alias, list, term, opinion)");
      sel.kinds.push_back(*k);
    }
  }
  int versions = 1;
  if (auto v = take_option(args, "--versions", error)) {
    const auto n = parse_count(*v);
    if (!n || *n == 0 || *n > static_cast<std::uint64_t>(kMaxVersions))
      return fail("--versions needs a number from 1 to " + std::to_string(kMaxVersions) + ", not '" + *v + "'");
    versions = static_cast<int>(*n);
  }
  if (auto v = take_option(args, "--format", error)) format = *v;
  if (auto v = take_option(args, "-o", error)) output = *v;
  if (auto v = take_option(args, "--output", error)) output = *v;
  if (!error.empty()) return fail(error);
  if (!args.empty()) return fail("unexpected argument '" + args[0] + "'");
  const ExportFormat* fmt = find_export_format(format);
  if (!fmt) {
    std::string names;
    for (const auto& f : export_formats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
    return fail("--format is one of " + names + ", not '" + format + "'");
  }
  if (fmt->binary && output.empty()) return fail("--format " + format + " writes a binary file: give it a name with -o FILE");

  const LoadResult loaded = load_common_content(common);
  // Content problems are reported, and the good files still make a quiz.
  for (const Diagnostic& d : loaded.diagnostics)
    if (d.severity == Severity::Error) std::cerr << d.to_string() << "\n";
  const Content& content = loaded.content;
  for (const auto& id : sel.articles)
    if (!content.find_article(id)) {
      std::cerr << "factdeck quiz: no article '" << id << "'; articles are:";
      for (const auto& a : content.articles) std::cerr << " " << a.id;
      std::cerr << "\n";
      return 1;
    }

  const ContentIndex index(content);
  const Quiz quiz = make_quiz(index, sel);
  if (quiz.questions.empty()) {
    std::cerr << "factdeck quiz: the selection gives no questions\n";
    return 1;
  }
  std::string text;
  if (format == "json") {
    text = quiz_to_json(quiz);
  } else {
    // Every other format through the exporters' one dispatcher (its Markdown escapes what content holds).
    ExportOptions opts;
    opts.versions = versions;
    opts.now = common.clock();
    ExportResult r;
    if (const Status st = export_quiz(quiz, content, format, opts, r); !st.ok()) {
      std::cerr << "factdeck quiz: " << st.message() << "\n";
      return 1;
    }
    for (const std::string& skipped : r.skipped) std::cerr << "factdeck quiz: not in this format: " << skipped << "\n";
    for (const std::string& note : r.notes) std::cerr << "factdeck quiz: " << note << "\n";
    text = std::move(r.bytes);
  }
  if (output.empty()) {
    std::cout << text;
    return std::cout.good() ? 0 : 1;
  }
  // Whole or absent: a kill or a full disk mid-write never leaves half a quiz under the name.
  if (const Status st = write_file_atomically(output, text); !st.ok()) {
    std::cerr << "factdeck quiz: " << st.message() << "\n";
    return 1;
  }
  if (static_cast<int>(quiz.questions.size()) < sel.count)
    std::cerr << "factdeck quiz: only " << quiz.questions.size() << " questions fit the selection\n";
  return 0;
}

}  // namespace

FACTDECK_COMMAND({"quiz", kUsage, "a reproducible quiz: printable, Moodle, Kahoot, Quizlet, Anki, JSON or Markdown", run_quiz});

}  // namespace factdeck::cli
