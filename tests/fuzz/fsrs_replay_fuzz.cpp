// Fuzz target: the `fsrs replay` JSON reader and the replay itself must refuse bad input with a message, never crash.
#include <cmath>
#include <string>

#include "factdeck/fsrs_replay.h"
#include "fuzz_target.h"

FACTDECK_FUZZ_TARGET(fsrs_replay) {
  using namespace factdeck;
  std::string error;
  const auto in = parse_replay_input(fuzz::as_text(data, size), error);
  if (!in) {
    FUZZ_CHECK(!error.empty());
    return 0;
  }
  // Long histories are valid input but cost time, not coverage.
  if (in->reviews.size() > 200) return 0;
  const auto results = replay(*in);
  FUZZ_CHECK(results.size() == in->reviews.size());
  for (const SchedulingResult& r : results) {
    FUZZ_CHECK(r.card.reps >= 1);
    FUZZ_CHECK(!std::isnan(r.card.stability) && !std::isnan(r.card.difficulty));
  }
  const std::string lines = render_replay(results, false);
  const std::string batch = render_replay(results, true);
  FUZZ_CHECK(batch.size() >= 3 && batch.front() == '[' && batch.back() == '\n');
  return 0;
}
