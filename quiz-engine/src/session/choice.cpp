// Which question a card gets: the type by its memory state, the difficulty by its stability, the seed.
#include <algorithm>
#include <string>

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

std::vector<QuestionType> preferred_types(const CardRow& card, const Fact& fact, std::uint64_t seed) {
  std::vector<QuestionType> out;
  const bool recall = card.state == static_cast<int>(CardState::Review) && card.stability >= kRecallStability;
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
