// Question builders per type and the text of their prompts (private).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/rng.h"

namespace factdeck::gen {

// What a quiz asks of one question so the whole quiz comes out balanced.
struct Hints {
  int key_slot = -1;  // mcq, reverse: where the key goes (-1: anywhere)
  int truth = -1;     // tf: 1 true, 0 false, -1 either
  // A quiz plans its mix of types (and its true/false share), so it asks for another fact
  // rather than take a cloze or a true statement in place of a failed question.
  bool allow_fallback = true;
  // Facts the quiz already asks about: order and match take other partners when they can.
  std::vector<std::string> avoid_facts;
};

// The fixed options of fact-or-opinion questions.
inline constexpr const char* kReportedFact = "Reported fact";
inline constexpr const char* kOpinion = "Opinion";
inline constexpr const char* kFactOrOpinionPrompt = "Is this reported as fact or as a reader's opinion?";

// One attempt at a question; the caller checks it and retries with another generator state.
std::optional<Question> build_question(const ContentIndex& ix, const Article& article, const Fact& fact,
                                       QuestionType type, Difficulty d, Rng& rng, const Hints& hints);

// The multi-fact builders (multi.cpp): the anchor fact and others of its article.
std::optional<Question> build_order(const ContentIndex& ix, const Article& article, const Fact& anchor, Difficulty d,
                                    Rng& rng, const Hints& hints);
std::optional<Question> build_match(const ContentIndex& ix, const Article& article, const Fact& anchor, Difficulty d,
                                    Rng& rng, const Hints& hints);
// Facts of the article an order or match question about `anchor` can draw on.
bool can_order(const Fact& f);
bool can_match(const Fact& f);
std::string match_left(const Fact& f);
std::string match_right(const Fact& f);

// Shared parts of every question: ids, the explanation.
Question base_question(const Article& article, const Fact& fact, QuestionType type, Difficulty d);
// The number tolerance the question states, by difficulty.
double numeric_tolerance(const Fact& f, Difficulty d);
// "±0.5" as shown in prompts.
std::string tolerance_text(double tolerance);

}  // namespace factdeck::gen
