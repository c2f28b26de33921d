// The question audit: many quizzes checked against every quality rule, with the figures a teacher judges a bank by.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "factdeck/generate.h"
#include "factdeck/quality.h"

namespace factdeck {

struct AuditOptions {
  QuizSelection selection;                 // articles, types, tags, kinds, count (seed and difficulty are set per quiz)
  std::uint64_t first_seed = 1, last_seed = 20;
  std::vector<Difficulty> difficulties;    // empty: easy, medium and hard
};

struct AuditedQuestion {
  std::uint64_t seed = 0;
  Difficulty difficulty = Difficulty::Medium;
  int number = 0;                          // 1-based, in its quiz
  Question question;
  std::vector<std::string> rules;          // every rule checked
  std::vector<Violation> flaws;            // the ones it breaks
};

struct AuditedQuiz {
  std::uint64_t seed = 0;
  Difficulty difficulty = Difficulty::Medium;
  int asked = 0, made = 0;
  std::string shortfall;
  std::vector<Violation> flaws;            // quiz-level rules (check_quiz)
};

struct AuditReport {
  std::vector<AuditedQuestion> questions;
  std::vector<AuditedQuiz> quizzes;
  std::map<std::string, int> flaws_by_rule;         // question and quiz rules
  std::map<QuestionType, int> types;
  // Option questions (mcq, reverse) with 4 options: how many keys at each position.
  std::vector<int> key_positions = std::vector<int>(4, 0);
  // Text-option questions (mcq, reverse of names and terms): how many keys are the only longest option.
  int text_option_questions = 0, key_unique_longest = 0;
  // Sorted-value questions with 4 options: the key's rank among the sorted values.
  std::vector<int> value_ranks = std::vector<int>(4, 0);
  int giveaways = 0;                                // question pairs where one shows the other's answer
  int reverse_authored = 0;                         // reverse questions asked with the content's own wording
  // Easy against hard at the same seed: hard questions that are word for word an easy one.
  int hard_questions = 0, hard_same_as_easy = 0;
  int short_quizzes = 0;

  int flaw_count() const;
};

AuditReport audit_questions(const ContentIndex& index, const AuditOptions& options);

// The report as text: per question (when `each`) the rules checked and any flaw, then the summary; or as JSON.
std::string audit_text(const AuditReport& report, bool each);
std::string audit_json(const AuditReport& report);

}  // namespace factdeck
