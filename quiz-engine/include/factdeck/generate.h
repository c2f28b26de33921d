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

// One question about one fact that passes every quality rule; same inputs, same question.
// It is of `type` when a version of that type passes. When none does, an mcq or reverse question
// falls back to a cloze, and an mcq, reverse or true/false question to a true statement (tf), so
// the result's type can differ from `type`: check it. Nullopt when the fact does not support
// `type` (types_for), or when neither the type nor a fallback passes.
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
