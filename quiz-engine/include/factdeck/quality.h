// The question-quality checker: one named rule per item of shared/design/question-quality.md.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"

namespace factdeck {

// Rule names, as reported in Violation::rule.
namespace rule {
inline constexpr const char* kWellFormed = "well-formed";              // ids resolve, fields of the type present
inline constexpr const char* kOneCorrect = "mcq-one-correct";          // rule 1
inline constexpr const char* kDistinct = "mcq-distinct-options";       // rule 2
inline constexpr const char* kExclusive = "mcq-exclusive-options";     // rule 3
inline constexpr const char* kSameKind = "mcq-same-kind";              // rule 4
inline constexpr const char* kNoCue = "mcq-no-length-or-round-cue";    // rule 5
inline constexpr const char* kStemClean = "mcq-stem-clean";            // rule 6
inline constexpr const char* kWindow = "mcq-plausible-window";         // rule 7
inline constexpr const char* kNoAllNone = "mcq-no-all-or-none";        // rule 8
inline constexpr const char* kOptionOrder = "mcq-option-order";        // rule 9
inline constexpr const char* kKeyBalance = "quiz-key-balance";         // rule 10 (quiz level)
inline constexpr const char* kTfSwap = "tf-false-by-swap";             // true/false: swap a value, never add "not"
inline constexpr const char* kTfShare = "quiz-tf-share";               // true/false: 40-60% true (quiz level)
inline constexpr const char* kClozeBlank = "cloze-blank";              // the blank replaces the answer, the rest hides it
inline constexpr const char* kClozeAccept = "cloze-accept";            // accepted answers: key first, aliases, forms
inline constexpr const char* kOrderItems = "order-items";              // 3-6 dated items, distinct dates
inline constexpr const char* kMatchPairs = "match-pairs";              // 3-8 pairs of one kind, one right item each
inline constexpr const char* kNumeric = "numeric-unit-tolerance";      // unit and tolerance shown and stored
inline constexpr const char* kFactOrOpinion = "fact-or-opinion-label"; // the label matches the fact's kind
// Found by teachers reading generated quizzes (issue 15), beyond the rules of question-quality.md:
inline constexpr const char* kAcronym = "no-acronym-beside-expansion";     // "ADNOC" asked beside "Abu Dhabi National Oil Company"
inline constexpr const char* kCategory = "stem-category-fits-options";    // "which state broadcaster" over newspapers
inline constexpr const char* kPlausible = "values-plausible";             // no future year for a past event, no 238% share
inline constexpr const char* kTfNoticeable = "tf-false-noticeable";       // a false value off by more than a hair
inline constexpr const char* kListAgreement = "list-statement-agreement"; // a whole list never fills a one-member statement
inline constexpr const char* kClozeReadable = "cloze-readable";           // a short sentence, no attribution, to complete
inline constexpr const char* kOrderOrdinals = "order-no-ordinal-cue";     // "12th / 14th / 15th plan" orders itself
inline constexpr const char* kMatchCue = "match-no-word-cue";             // a left item sharing a word with its right one
inline constexpr const char* kOpinionVoice = "fact-or-opinion-voice";     // the same stem on both sides, naming no one; no "according to"
inline constexpr const char* kGiveaway = "quiz-no-giveaway";              // no question (or headline) shows another's answer
inline constexpr const char* kOneFact = "quiz-one-question-per-fact";     // each fact asked once, unless the teacher asks
inline constexpr const char* kTemplateCap = "quiz-template-cap";          // a statement template at most ceil(n/5) times
}  // namespace rule

// The rules check_question applies to a question of type `t` (all of them, whether they found a flaw or not).
const std::vector<const char*>& rules_for(QuestionType t);

struct Violation {
  std::string rule;     // one of the rule:: names
  std::string message;  // what is wrong, quoting the offending text
};

// Every rule that applies to one question, checked against the loaded content (the
// facts the question names must be in it). Empty when the question is good.
// Order questions list their facts in `facts` in the order of `items`; match questions in the order of `left`.
std::vector<Violation> check_question(const Question& q, const ContentIndex& index);
std::vector<Violation> check_question(const Question& q, const Content& content);  // with an index of its own

// Rules about a whole quiz or bank: the key's position is balanced among option
// questions with the same number of options (each position n/k +/- 1), sorted value
// options do not always put the key at one rank, and true/false is 40-60% true; no question or headline of an
// article asked about shows another question's answer; no fact asked twice; no statement template more than
// ceil(n / 5) times.
std::vector<Violation> check_quiz(const std::vector<Question>& questions, const ContentIndex& index);
std::vector<Violation> check_quiz(const std::vector<Question>& questions, const Content& content);

// Keys by position: result[k][i] = questions with k options whose key is at index i
// (mcq, reverse and fact-or-opinion questions).
std::map<int, std::vector<int>> key_position_histogram(const std::vector<Question>& questions);

struct TrueShare {
  int true_count = 0;
  int total = 0;
  double share() const { return total ? double(true_count) / total : 0.0; }
};
TrueShare true_false_share(const std::vector<Question>& questions);

}  // namespace factdeck
