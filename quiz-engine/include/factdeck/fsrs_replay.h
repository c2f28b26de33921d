// Reading a review history for `factdeck fsrs replay` (JSON) and replaying it through FSRS-6; the output as JSON text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/fsrs.h"

namespace factdeck {

struct ReplayReview {
  UnixSeconds t = 0;
  Rating rating = Rating::Good;
  std::optional<double> fuzz;  // a fuzz number in [0, 1) to use instead of the seeded one
  // Read by `fsrs optimize` and `fsrs evaluate` only: the options the answer was picked from (0 typed,
  // 2 true/false, 4 a four-way choice) and the question type as the store names it.
  int options = 0;
  std::string type;
};

struct ReplayInput {
  FsrsConfig config;
  std::string card_key;  // the key for the fuzz seed
  std::vector<ReplayReview> reviews;
};

// Parses and checks one history (the format is described in app/cli/fsrs_cmd.cpp). nullopt with a
// message in `error`: "invalid JSON at byte N: ..." for malformed JSON, else the field at fault.
// Never throws.
std::optional<ReplayInput> parse_replay_input(std::string_view json_text, std::string& error);

// The card after each review, in order.
std::vector<SchedulingResult> replay(const ReplayInput& in);

// One JSON object per review, each on its own line; with `batch` one JSON array and a newline.
std::string render_replay(const std::vector<SchedulingResult>& results, bool batch);

}  // namespace factdeck
