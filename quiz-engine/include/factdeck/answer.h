// Checking typed answers: case, punctuation, spacing and number formatting ignored, aliases and one typo accepted.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/question.h"

namespace factdeck {

// A number read from text: "7", "7%", "7 percent", "1,200.5 billion yuan", "seven".
struct ParsedNumber {
  double value = 0;
  std::string unit;  // canonical: "%" for every percent form, else lower-case words ("billion yuan")
  int decimals = 0;  // digits written after the point
};
// The whole text must be a number with an optional unit (and an optional qualifier
// such as "more than", which is skipped). nullopt when it is not.
std::optional<ParsedNumber> parse_number_text(std::string_view text);

// The form two answers are compared in: numbers as value and unit, periods as
// "from-to", dates as ISO, everything else as lower-case words without a leading "the".
// "7%" = "7 %" = "7 percent"; "2026 to 2030" = "2026-2030"; "People's Daily" = "peoples daily".
std::string canonical_answer(std::string_view text);
// canonical_answer(a) == canonical_answer(b).
bool same_answer(std::string_view a, std::string_view b);

// Optimal-string-alignment distance: insertions, deletions, substitutions and
// transpositions of neighbours each cost 1.
int damerau_levenshtein(std::string_view a, std::string_view b);

struct AnswerResult {
  bool correct = false;
  bool typo = false;     // accepted with a one-letter slip in a word of 6+ letters
  std::string matched;   // the accepted answer it matched
};

// A typed answer against the accepted answers: exact after canonicalisation, or
// equal word by word where each word of 6+ letters may carry one typo; numbers
// compare by value (the unit may be left out).
AnswerResult check_text_answer(std::string_view typed, const std::vector<std::string>& accept);
// A typed number within `tolerance` of `value`; a unit, if typed, must be the same unit.
AnswerResult check_numeric_answer(std::string_view typed, double value, const std::string& unit,
                                  double tolerance);
// A typed answer to a cloze or numeric question (other types: never correct).
AnswerResult check_answer(const Question& q, std::string_view typed);

}  // namespace factdeck
