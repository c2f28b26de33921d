// Which question a card gets: the type by its memory state, the difficulty by its stability, the seed.
#include <algorithm>
#include <string>
#include <string_view>

#include "factdeck/rng.h"
#include "factdeck/session.h"

namespace factdeck {
namespace {

void add(std::vector<QuestionType>& v, QuestionType t) {
  if (std::find(v.begin(), v.end(), t) == v.end()) v.push_back(t);
}

}  // namespace

std::uint64_t question_seed(const CardRow& card) {
  // The card's key rather than its row id, so a rebuilt database asks the same questions; the review
  // count makes each review a new draw while an undone review comes back identical.
  const std::string key = card.article + "/" + card.fact + "/" + std::to_string(card.direction);
  return stable_hash(key, static_cast<std::uint64_t>(card.reps) * 0x9e3779b97f4a7c15ULL);
}

bool wants_recall(const CardRow& card, std::uint64_t seed) {
  if (card.state != static_cast<int>(CardState::Review) || card.stability < kRecallStart) return false;
  if (card.stability >= kRecallStability) return true;
  // A draw of its own (not the one that picks between the recognition types), the same for the same review.
  Rng rng(seed ^ 0x5bd1e9955bd1e995ULL);
  return rng.unit() < (card.stability - kRecallStart) / (kRecallStability - kRecallStart);
}

bool typeable_answer(std::string_view answer) {
  if (answer.empty() || answer.size() > 40) return false;
  if (answer.back() == '.') return false;  // a sentence, not a name
  int words = 1;
  for (std::size_t i = 0; i < answer.size(); ++i) {
    const char c = answer[i];
    if (c == ',' || c == ';' || (c == '.' && i + 1 < answer.size() && answer[i + 1] == ' ')) return false;  // a list, sentences
    if (c == ' ') ++words;
  }
  return words <= 5;
}

std::vector<QuestionType> preferred_types(const CardRow& card, const Fact& fact, std::uint64_t seed) {
  std::vector<QuestionType> out;
  const bool recall = wants_recall(card, seed);
  if (card.direction == 1) add(out, QuestionType::Reverse);  // the fact asked the other way round
  if (recall && card.direction == 0) {
    if (fact.kind == Kind::Number && fact.number.qualifier.empty()) add(out, QuestionType::Numeric);
    add(out, QuestionType::Cloze);
  }
  if (fact.kind == Kind::Opinion) add(out, QuestionType::FactOrOpinion);
  // Recognition: multiple choice or true/false, alternating by the seed so reviews vary.
  Rng rng(seed);
  if (rng.below(2) == 0) {
    add(out, QuestionType::Mcq);
    add(out, QuestionType::TrueFalse);
  } else {
    add(out, QuestionType::TrueFalse);
    add(out, QuestionType::Mcq);
  }
  // Last resort: any single-fact type (a recall type for a young card beats no question at all).
  add(out, QuestionType::Cloze);
  if (fact.kind == Kind::Number && fact.number.qualifier.empty()) add(out, QuestionType::Numeric);
  add(out, QuestionType::Reverse);
  add(out, QuestionType::FactOrOpinion);
  return out;
}

}  // namespace factdeck
