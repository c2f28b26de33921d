// Question generation: every type from the facts that support it, reproducible from a seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/question.h"

namespace factdeck {

// Types a single fact can be asked as (order and match draw on several facts).
std::vector<QuestionType> types_for(const Fact& fact);

// One question of `type` about one fact, or nullopt when the fact does not support it
// or no version of it passes every quality rule. Same inputs, same question.
std::optional<Question> generate_question(const Content& content, const Article& article,
                                          const Fact& fact, QuestionType type,
                                          Difficulty difficulty, std::uint64_t seed);

struct QuizSelection {
  std::vector<std::string> articles;    // empty: all
  std::vector<QuestionType> types;      // empty: all
  std::vector<std::string> tags;        // empty: any
  std::vector<Kind> kinds;              // empty: any
  int count = 10;
  Difficulty difficulty = Difficulty::Medium;
  std::uint64_t seed = 1;
};

struct Quiz {
  QuizSelection selection;
  std::vector<Question> questions;
};

// A quiz is a function of (content, selection): same inputs, byte-identical output.
Quiz make_quiz(const Content& content, const QuizSelection& selection);

}  // namespace factdeck
