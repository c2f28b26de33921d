// The quiz-selection flags shared by `quiz` and `audit`: articles, types, count, seed, difficulty, tags, kinds.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/generate.h"

namespace factdeck::cli {

std::vector<std::string> split_commas(const std::string& s);
// A whole non-negative number, or nullopt ("12x" and "-1" are refused).
std::optional<unsigned long long> parse_count(const std::string& s);

// Takes --articles, --types, --count, --seed, --difficulty, --tags, --kinds and --repeat-facts out of `args` into
// `sel`. Returns what is wrong with a value ("" when nothing is).
std::string take_selection(std::vector<std::string>& args, QuizSelection& sel);

// Every article of the selection is in the content: "" or what to tell the user.
std::string missing_articles(const QuizSelection& sel, const Content& content);

}  // namespace factdeck::cli
