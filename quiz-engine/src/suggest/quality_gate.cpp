// A suggestion is ready only when the engine can ask it: its multiple-choice question passes every quality rule.
#include <algorithm>

#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "suggest/rules.h"

namespace factdeck::suggest_detail {

void vet_ready(std::vector<Suggestion>& suggestions, const Content& lexicon) {
  Content content = lexicon;  // the classes and loaded facts, plus the draft article of the ready suggestions
  Article draft;
  draft.id = "suggested-draft";
  draft.title = "Suggested facts";
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < suggestions.size(); ++i)
    if (suggestions[i].ready()) {
      draft.facts.push_back(suggestions[i].fact);
      at.push_back(i);
    }
  if (draft.facts.empty()) return;
  content.articles.push_back(std::move(draft));
  std::sort(content.articles.begin(), content.articles.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  const Article& article = *content.find_article("suggested-draft");
  const ContentIndex index(content);
  for (std::size_t k = 0; k < article.facts.size(); ++k) {
    const Fact& f = article.facts[k];
    const std::vector<QuestionType> types = types_for(f);
    if (std::find(types.begin(), types.end(), QuestionType::Mcq) == types.end()) continue;
    const auto q = generate_question(index, article, f, QuestionType::Mcq, Difficulty::Medium, 1);
    if (q && q->type == QuestionType::Mcq && check_question(*q, index).empty()) continue;
    Suggestion& s = suggestions[at[k]];
    s.missing = "wrong answers that pass the quality rules (the engine could not make a multiple-choice question)";
    s.confidence = Confidence::Low;
  }
}

}  // namespace factdeck::suggest_detail
