// The checker's per-format rule groups, shared between quality.cpp and quality_formats.cpp (private).
#pragma once

#include <string>
#include <vector>

#include "factdeck/quality.h"
#include "generate/facts.h"

namespace factdeck::gen {

inline void add_violation(std::vector<Violation>& out, const char* rule, std::string message) {
  out.push_back({rule, std::move(message)});
}

// Whether a wrong value lies within the difficulty's window around the key (rule 7).
// Dates may spread as far as the dates of the fact's own article do (`ix`, when given): those are offered first.
bool within_window(const Fact& f, Difficulty d, const std::vector<std::string>& values, int option_count,
                   std::string& why, const ContentIndex* ix = nullptr);

// Whether a wrong value (an option, a false statement's value) is one a learner of the article could take for the
// answer: not after the article's date for an event on or before it (nor before it for a later target), not over
// 100% for a share. `why` says what is wrong.
bool value_plausible(const ContentIndex& ix, const Fact& f, const std::string& value, std::string& why);
const std::vector<const char*>& rules_by_type(QuestionType t);
// Whether a dated fact lies so close before its article's date that no later option is plausible at difficulty d.
bool latest_possible(const ContentIndex& ix, const Fact& f, Difficulty d);

// `before`: null for the generator's question, which keeps to the fact's own words; a teacher's rewording of it
// (quiz_edit.h) is checked against what the question said before (reword.h) instead.
void check_tf(const Question& q, const Fact& f, const ContentIndex& ix, const Question* before, std::vector<Violation>& out);
void check_cloze(const Question& q, const Fact& f, const ContentIndex& ix, const Question* before, std::vector<Violation>& out);
void check_fact_or_opinion(const Question& q, const Article& a, const Fact& f, const ContentIndex& ix,
                           const Question* before, std::vector<Violation>& out);
void check_numeric(const Question& q, const Fact& f, std::vector<Violation>& out);
void check_order(const Question& q, const Article& a, std::vector<Violation>& out);
void check_match(const Question& q, const Article& a, const ContentIndex& ix, std::vector<Violation>& out);

// check_question for a teacher's rewording `q` of `before` (issue 18): a true/false or fact-or-opinion statement and a
// fill-in's sentence may say the fact in other words, as long as they say the same thing checkably (reword.h); every
// other rule applies as it does to the generator's questions.
std::vector<Violation> check_reworded(const Question& q, const Question& before, const ContentIndex& ix);

}  // namespace factdeck::gen
