// Fuzz target: the content loader (TOML text -> articles, facts, lexicon classes, diagnostics) must never crash.
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "fuzz_target.h"

// The input is one article file, or a lexicon file and an article file separated by a line "%%%".
// Loading must not crash; whatever loaded must be consistent with the diagnostics.
FACTDECK_FUZZ_TARGET(content) {
  using namespace factdeck;
  const std::string text(fuzz::as_text(data, size));
  std::vector<FileText> lexicon, articles;
  const auto split = text.find("\n%%%\n");
  if (split == std::string::npos) {
    articles.push_back({"fuzz/articles/a.toml", text});
  } else {
    lexicon.push_back({"fuzz/lexicon/l.toml", text.substr(0, split)});
    articles.push_back({"fuzz/articles/a.toml", text.substr(split + 5)});
  }
  const LoadResult r = load_content_texts(lexicon, articles);
  for (const Diagnostic& d : r.diagnostics) {
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(d.line >= 0 && d.column >= 0);
    (void)d.to_string();
  }
  // An article that loaded is usable: every answer can be shown, every statement filled in.
  for (const Article& a : r.content.articles) {
    FUZZ_CHECK(!a.id.empty());
    for (const Fact& f : a.facts) {
      (void)f.answer_text();
      (void)f.statement_with("x");
      (void)normalize_text(f.question);
    }
  }
  return 0;
}
