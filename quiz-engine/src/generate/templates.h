// Question builders per type and the text of their prompts (private).
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
  // The quiz has its share of keys that are the only longest option: give the key a rival in length.
  bool avoid_longest_key = false;
};

// The fixed options of fact-or-opinion questions.
inline constexpr const char* kReportedFact = "Reported fact";
inline constexpr const char* kOpinion = "Opinion";
// A fact-or-opinion stem: these words, then the statement.
inline constexpr const char* kFactOrOpinionStem = "Reported fact or quoted opinion? ";

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

// What a cloze's blank wants, written after it: " (year)", " (years)", " (date)", or the noun a name's question
// asks for (" (city)"); "" for figures and lists.
std::string blank_hint(const Fact& f);

// Shared parts of every question: ids, the explanation.
Question base_question(const Article& article, const Fact& fact, QuestionType type, Difficulty d);
// The absolute tolerance a numeric question accepts, by difficulty: 10% (easy), 5% (medium) of the figure, or
// half a unit of its precision (hard, or whenever that is more).
double numeric_tolerance(const Fact& f, Difficulty d);
// What counts, as the question says it: "answers within 5% count", "give the exact figure".
std::string tolerance_words(const Fact& f, Difficulty d);
// A unit as the prompt says it after "Answer in" ("billions of yuan" for "billion yuan", "years" for "years old").
std::string unit_as_said(const std::string& unit);
// For a qualified figure whose question does not say it: " (The article says "more than …".)", with its leading
// space; "" otherwise.
std::string qualifier_note(const Fact& f);

// Fact or opinion: whether the fact can be asked (an opinion with a speaker; a reported claim of the same shape: a
// sentence about names or lists with no figure, no "according to the article" and no reading of events), in an
// article that has an opinion to name; and the claim as shown.
bool can_fact_or_opinion(const Article& article, const Fact& f);
std::string fact_or_opinion_statement(const Fact& f);
// A word by which a claim says it is reported ("according") or reads events as its writer does ("seen", "aims",
// "should"): a reported fact shown beside opinions has none.
bool is_opinion_tell(std::string_view w);

}  // namespace factdeck::gen
