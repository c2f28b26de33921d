// `factdeck check`: validates content folders and prints every problem as file:line:col.
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/command.h"
#include "factdeck/content.h"

namespace factdeck::cli {
namespace {

int run_check(const CommonOptions& common, const std::vector<std::string>& args) {
  if (!args.empty()) {
    std::cerr << "factdeck check: unexpected argument '" << args[0] << "'\nusage: factdeck check [--content DIR]\n";
    return 2;
  }
  const LoadResult r = load_common_content(common);
  for (const Diagnostic& d : r.diagnostics) std::cout << d.to_string() << "\n";

  std::map<Kind, int> by_kind;
  for (const Article& a : r.content.articles)
    for (const Fact& f : a.facts) ++by_kind[f.kind];
  std::cout << r.content.articles.size() << " articles, " << r.content.fact_count() << " facts (";
  bool first = true;
  for (const auto& [kind, n] : by_kind) {
    std::cout << (first ? "" : ", ") << n << " " << kind_name(kind);
    first = false;
  }
  std::cout << (first ? "none" : "") << "), " << r.content.classes.size() << " lexicon classes; " << r.error_count()
            << " errors, " << r.warning_count() << " warnings\n";
  return r.has_errors() ? 1 : 0;
}

}  // namespace

FACTDECK_COMMAND({"check", "check [--content DIR]", "validate content; errors as file:line:col", run_check});

}  // namespace factdeck::cli
