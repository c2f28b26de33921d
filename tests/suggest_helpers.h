// What the suggester's tests share: the bundled content as lexicon, a run over a text, and a suggestion found by its
// kind and answer.
#pragma once

#include <string>

#include "factdeck/content.h"
#include "factdeck/suggest.h"

namespace factdeck::test {

inline const LoadResult& bundled_content() {
  static const LoadResult r = load_content(FACTDECK_SOURCE_DIR "/content");
  return r;
}

// The suggestions for `text`, with the bundled lexicon unless `lexicon` is false.
inline SuggestResult suggest_text(const std::string& text, bool lexicon = true) {
  SuggestOptions o;
  if (lexicon) o.lexicon = &bundled_content().content;
  return suggest_facts(text, o);
}

inline const Suggestion* find_suggestion(const SuggestResult& r, Kind kind, const std::string& answer) {
  for (const Suggestion& s : r.suggestions)
    if (s.fact.kind == kind && normalize_text(s.fact.answer_text()) == normalize_text(answer)) return &s;
  return nullptr;
}

// The drafted question of the suggestion with that kind and answer, or "(not found)".
inline std::string question_of(const SuggestResult& r, Kind kind, const std::string& answer) {
  const Suggestion* s = find_suggestion(r, kind, answer);
  return s ? s->fact.question.str() : "(not found)";
}

}  // namespace factdeck::test
