// `factdeck audit`: quizzes over many seeds and the three difficulties, every question against every rule.
#include <iostream>

#include "cli/command.h"
#include "cli/selection.h"
#include "factdeck/audit.h"
#include "factdeck/content.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "audit [--content DIR] [--count N] [--seeds A..B] [--difficulty D] [--articles ID,..] [--types T,..] "
    "[--json] [--summary] [--targets]";

int fail(const std::string& message) {
  std::cerr << "factdeck audit: " << message << "\nusage: factdeck " << kUsage << "\n";
  return 2;
}

double share(int part, int whole) { return whole ? double(part) / whole : 0; }

// The figures issue 15 asks of a bank: what fails, said plainly; empty when every target is met.
std::vector<std::string> missed_targets(const AuditReport& r) {
  std::vector<std::string> out;
  if (r.flaw_count() > 0) out.push_back(std::to_string(r.flaw_count()) + " flaws (target 0)");
  int keys = 0, ranks = 0;
  for (int n : r.key_positions) keys += n;
  for (int n : r.value_ranks) ranks += n;
  for (std::size_t i = 0; i < 4 && keys >= 20; ++i)
    if (share(r.key_positions[i], keys) < 0.20 || share(r.key_positions[i], keys) > 0.30)
      out.push_back("key position " + std::string(1, char('A' + i)) + " holds " +
                    std::to_string(100 * share(r.key_positions[i], keys)).substr(0, 4) + "% of keys (target 20-30%)");
  if (share(r.key_unique_longest, r.text_option_questions) > 0.25)
    out.push_back("the key is the only longest option in " +
                  std::to_string(100 * share(r.key_unique_longest, r.text_option_questions)).substr(0, 4) +
                  "% of text-option questions (target <= 25%)");
  for (std::size_t i = 0; i < 4 && ranks >= 20; ++i)
    if (share(r.value_ranks[i], ranks) < 0.15 || share(r.value_ranks[i], ranks) > 0.35)
      out.push_back("the key is rank " + std::to_string(i + 1) + " of the sorted values in " +
                    std::to_string(100 * share(r.value_ranks[i], ranks)).substr(0, 4) + "% (target 15-35%)");
  if (r.giveaways > 0) out.push_back(std::to_string(r.giveaways) + " give-aways between questions (target 0)");
  if (share(r.hard_same_as_easy, r.hard_questions) > 0.30)
    out.push_back("hard quizzes repeat " + std::to_string(100 * share(r.hard_same_as_easy, r.hard_questions)).substr(0, 4) +
                  "% of the easy quiz's questions word for word (target <= 30%)");
  return out;
}

int run_audit(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  AuditOptions options;
  options.selection.count = 20;
  if (const std::string bad = take_selection(args, options.selection); !bad.empty()) return fail(bad);
  // --difficulty narrows the audit to one level; the selection's own is set per quiz.
  for (std::size_t i = 0; i < argv.size(); ++i)
    if (argv[i] == "--difficulty" || argv[i].rfind("--difficulty=", 0) == 0)
      options.difficulties = {options.selection.difficulty};
  if (auto v = take_option(args, "--seeds", error)) {
    const auto dots = v->find("..");
    const auto a = parse_count(v->substr(0, dots)), b = dots == std::string::npos ? a : parse_count(v->substr(dots + 2));
    if (!a || !b || *b < *a || *b - *a > 10000) return fail("--seeds is A..B with A <= B, not '" + *v + "'");
    options.first_seed = *a;
    options.last_seed = *b;
  }
  const bool json = take_flag(args, "--json"), summary = take_flag(args, "--summary"), targets = take_flag(args, "--targets");
  if (!error.empty()) return fail(error);
  if (!args.empty()) return fail("unexpected argument '" + args[0] + "'");

  const LoadResult loaded = load_common_content(common);
  for (const Diagnostic& d : loaded.diagnostics)
    if (d.severity == Severity::Error) std::cerr << d.to_string() << "\n";
  if (const std::string missing = missing_articles(options.selection, loaded.content); !missing.empty()) {
    std::cerr << "factdeck audit: " << missing << "\n";
    return 1;
  }
  const ContentIndex index(loaded.content);
  const AuditReport report = audit_questions(index, options);
  std::cout << (json ? audit_json(report) : audit_text(report, !summary));
  if (!targets) return report.flaw_count() > 0 ? 1 : 0;
  const auto missed = missed_targets(report);
  for (const auto& m : missed) std::cerr << "factdeck audit: target missed: " << m << "\n";
  return missed.empty() ? 0 : 1;
}

}  // namespace

FACTDECK_COMMAND({"audit", kUsage, "every generated question against the quality rules, with the bank's figures", run_audit});

}  // namespace factdeck::cli
