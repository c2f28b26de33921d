// Names of question types and difficulties, as used on the command line, in exports and in the store.
#include "factdeck/question.h"

namespace factdeck {
namespace {
constexpr const char* kTypeNames[] = {"mcq", "tf", "cloze", "reverse", "order", "match", "numeric", "fact-or-opinion"};
constexpr const char* kDifficultyNames[] = {"easy", "medium", "hard"};
}  // namespace

std::string_view type_name(QuestionType t) { return kTypeNames[static_cast<int>(t)]; }

std::optional<QuestionType> type_from_name(std::string_view s) {
  for (QuestionType t : all_types())
    if (type_name(t) == s) return t;
  return std::nullopt;
}

const std::vector<QuestionType>& all_types() {
  static const std::vector<QuestionType> types = {
      QuestionType::Mcq,   QuestionType::TrueFalse, QuestionType::Cloze,   QuestionType::Reverse,
      QuestionType::Order, QuestionType::Match,     QuestionType::Numeric, QuestionType::FactOrOpinion};
  return types;
}

bool is_recall_type(QuestionType t) { return t == QuestionType::Cloze || t == QuestionType::Numeric; }

std::string_view difficulty_name(Difficulty d) { return kDifficultyNames[static_cast<int>(d)]; }

std::optional<Difficulty> difficulty_from_name(std::string_view s) {
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
    if (difficulty_name(d) == s) return d;
  return std::nullopt;
}

}  // namespace factdeck
