// `factdeck quiz`: a reproducible quiz from chosen articles and types, as JSON or Markdown.
#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "cli/selection.h"
#include "factdeck/atomic_file.h"
#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/export.h"
#include "factdeck/quiz_format.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "quiz [--articles ID,..] [--types mcq,tf,..] [--count N] [--seed S] [--difficulty easy|medium|hard] "
    "[--tags T,..] [--kinds year,..] [--repeat-facts] [--versions K] [--format json|md|html|gift|moodle-xml|kahoot|quizlet|anki] [-o FILE]";

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
  if (const std::string bad = take_selection(args, sel); !bad.empty()) return fail(bad);
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
  if (const std::string missing = missing_articles(sel, content); !missing.empty()) {
    std::cerr << "factdeck quiz: " << missing << "\n";
    return 1;
  }

  const ContentIndex index(content);
  const Quiz quiz = make_quiz(index, sel);
  if (quiz.questions.empty()) {
    std::cerr << "factdeck quiz: the selection gives no questions\n";
    return 1;
  }
  if (!quiz.shortfall.empty()) std::cerr << "factdeck quiz: " << quiz.shortfall << "\n";
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
  return 0;
}

}  // namespace

FACTDECK_COMMAND({"quiz", kUsage, "a reproducible quiz: printable, Moodle, Kahoot, Quizlet, Anki, JSON or Markdown", run_quiz});

}  // namespace factdeck::cli
