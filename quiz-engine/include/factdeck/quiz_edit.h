// Editing a generated quiz by hand: replace one question with the next candidate, reproducibly.
#pragma once

#include "factdeck/generate.h"
#include "factdeck/status.h"

namespace factdeck {

// Replaces quiz.questions[index] with the next candidate for the same fact and type (another seed),
// then another type of the same fact, then a question about a fact the quiz does not ask yet (within
// its selection). `attempt` counts the replacements already made at this index, so that pressing
// "replace" again moves on instead of returning the same candidate; the result is still a function
// of (content, selection, index, attempt). Fails when no other question passes the quality rules.
Status replace_question(const ContentIndex& content, Quiz& quiz, std::size_t index, int attempt);
Status replace_question(const Content& content, Quiz& quiz, std::size_t index, int attempt);

}  // namespace factdeck
