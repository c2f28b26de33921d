// A practice quiz's record: the selection and the per-question results as the JSON the store keeps.
#pragma once

#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/generate.h"
#include "factdeck/status.h"
#include "factdeck/store.h"

namespace factdeck {

// {"articles":[...],"count":N,"difficulty":"medium","kinds":[...],"seed":S,"tags":[...],"types":["mcq",...]}
std::string selection_json(const QuizSelection& selection);
// The inverse of selection_json; unknown type, kind or difficulty names are errors, missing keys keep
// their defaults.
Status selection_from_json(const std::string& json, QuizSelection& out);

// The record of a finished practice run: `results[i]` tells whether question i was answered right.
PracticeResult practice_result(const Quiz& quiz, const std::vector<bool>& results, UnixSeconds now);

}  // namespace factdeck
