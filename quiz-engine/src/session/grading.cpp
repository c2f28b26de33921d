// Grading a response per question type, the rating it earns, and its text for the review log.
#include <string>

#include "factdeck/answer.h"
#include "factdeck/session.h"

namespace factdeck {
namespace {

std::string join_indices(const std::vector<int>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? " " : "") + std::to_string(v[i]);
  return out;
}

}  // namespace

bool grade(const Question& q, const Response& r, bool* typo) {
  if (typo) *typo = false;
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      return r.choice >= 0 && r.choice == q.answer;
    case QuestionType::TrueFalse:
      return r.truth == q.truth;
    case QuestionType::Cloze:
    case QuestionType::Numeric: {
      // answer.h's checker: case, punctuation, number formats and aliases ignored, one typo forgiven.
      const AnswerResult a = check_answer(q, r.text);
      if (typo) *typo = a.correct && a.typo;
      return a.correct;
    }
    case QuestionType::Order:
      return !r.order.empty() && r.order == q.order;
    case QuestionType::Match:
      return !r.pairs.empty() && r.pairs == q.pairs;
  }
  return false;
}

Rating automatic_rating(bool correct, QuestionType type, int response_ms, const StudySettings& s) {
  if (!correct) return Rating::Again;
  if (response_ms <= 0) return Rating::Good;  // not measured: normal speed
  if (response_ms > s.slow_ms) return Rating::Hard;
  // Only a recall answer can be Easy: spotting the right option quickly says little about memory.
  if (is_recall_type(type) && response_ms < s.fast_ms) return Rating::Easy;
  return Rating::Good;
}

std::string response_text(const Question& q, const Response& r) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      if (r.choice >= 0 && static_cast<std::size_t>(r.choice) < q.options.size())
        return q.options[static_cast<std::size_t>(r.choice)];
      return "";
    case QuestionType::TrueFalse:
      return r.truth ? "true" : "false";
    case QuestionType::Cloze:
    case QuestionType::Numeric:
      return r.text;
    case QuestionType::Order:
      return join_indices(r.order);
    case QuestionType::Match:
      return join_indices(r.pairs);
  }
  return "";
}

}  // namespace factdeck
