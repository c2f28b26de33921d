// Question generation with the hints a quiz uses to balance itself (private).
#pragma once

#include <cstdint>
#include <optional>

#include "factdeck/generate.h"
#include "generate/templates.h"

namespace factdeck::gen {

// generate_question with hints: tries a few generator states until the question passes
// every quality rule, then falls back to a format that needs no distractors (cloze, then a
// true statement), else nullopt. The result's type can therefore differ from `type`.
std::optional<Question> generate_hinted(const ContentIndex& ix, const Article& article, const Fact& fact,
                                        QuestionType type, Difficulty d, std::uint64_t seed, const Hints& hints);

// Whether the fact supports the type on its own (order and match also need partner facts).
bool supports(const Fact& fact, QuestionType type);

}  // namespace factdeck::gen
