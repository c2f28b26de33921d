// FSRS-6 scheduling as pure functions of (card, rating, config, now, elapsed days, fuzz number); agrees with ts-fsrs 5.4.x.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/status.h"

namespace factdeck {

// Numbered as ts-fsrs numbers them, so stored values and the reference agree.
enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// "New", "Learning", "Review", "Relearning": the names ts-fsrs uses.
const char* card_state_name(CardState s);

// The FSRS-6 default weights w0..w20 (ts-fsrs 5.4.x, "FSRS-6.0").
inline constexpr std::array<double, 21> kFsrsDefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
inline constexpr double kStabilityMin = 0.001;  // days
inline constexpr double kStabilityMax = 36500;  // days

struct FsrsConfig {
  // Clipped to ts-fsrs' parameter bounds before use (see clip_weights), as the reference does.
  std::array<double, 21> w = kFsrsDefaultWeights;
  double desired_retention = 0.9;  // in (0, 1]
  int maximum_interval = 36500;    // days, >= 1
  // Off: no learning steps and no same-day stability rule; every answer schedules whole days.
  bool enable_short_term = true;
  std::vector<int> learning_steps_minutes{1, 10};   // New and Learning cards walk these
  std::vector<int> relearning_steps_minutes{10};    // lapsed (Relearning) cards walk these
  bool enable_fuzz = false;  // spread day intervals with the caller's fuzz number
};

// Rejects what ts-fsrs rejects (retention outside (0, 1], negative steps, non-finite weights)
// plus a maximum interval under one day. The scheduling functions stay total on a bad config
// (they fall back to safe values) but only a valid one gives the documented results.
Status validate(const FsrsConfig& config);

// The weights the scheduler really uses: each clamped to ts-fsrs' bounds; with more than one
// relearning step w17 and w18 get a lower ceiling so relearning cannot raise stability.
std::array<double, 21> clip_weights(const std::array<double, 21>& w, int relearning_steps,
                                    bool enable_short_term);

// What the scheduler knows about one card. A New card has no memory (stability = difficulty = 0).
struct CardMemory {
  CardState state = CardState::New;
  double stability = 0;   // days until recall probability falls to 90%
  double difficulty = 0;  // 1 (easy) .. 10 (hard)
  int step = 0;           // index into the learning or relearning steps
  int lapses = 0;         // Again answers given in Review
  int reps = 0;           // answers given, all states
  std::optional<UnixSeconds> last_review;
  UnixSeconds due = 0;
  int scheduled_days = 0;  // whole days to the due date; 0 while in a step under a day
};

// Cards already due on each coming study day, for load balancing within the fuzz range (as Anki's load
// balancer): due[d] is the number due d days after the answer's day (due[0], today, is not read). Passed in
// by the caller, who reads it from the store; the scheduler stays a pure function.
struct DueLoad {
  std::vector<int> due;
};
// Intervals up to this many days are balanced; longer ones are fuzzed as usual (Anki balances up to 90).
inline constexpr int kMaxBalancedInterval = 90;

struct SchedulingResult {
  CardMemory card;                        // the card after the answer
  std::int64_t interval_minutes = 0;      // card.due - now, in minutes
  bool in_days = false;                   // scheduled by days (interval = card.scheduled_days) or by a step
  int elapsed_days = 0;                   // t used for this answer
  std::optional<double> retrievability;   // R(t, S) before the answer; none for a New card
};

// A config made ready once, as ts-fsrs' `fsrs(params)`: weights clipped, decay, interval modifier
// and the per-rating constants computed up front. Hold one while the config does not change; its
// results are exactly those of the free preview() and next_state() below (which keep one per
// thread for the last config they saw).
class FsrsScheduler {
 public:
  explicit FsrsScheduler(const FsrsConfig& config = FsrsConfig{});

  const FsrsConfig& config() const { return config_; }
  // As preview() below.
  // With `load` (and fuzz on), a day interval is picked within its fuzz range preferring days with fewer
  // cards due (pick_balanced_day); without it the result is the plain fuzz, as ts-fsrs.
  std::array<SchedulingResult, 4> preview(const CardMemory& card, UnixSeconds now, int elapsed_days,
                                          double fuzz_number, const DueLoad* load = nullptr) const;
  // As next_state() below, computing only what this rating depends on: its own result, and for a
  // card in Review the stabilities of the ratings its interval is ordered against.
  SchedulingResult next(const CardMemory& card, Rating rating, UnixSeconds now, int elapsed_days,
                        double fuzz_number, const DueLoad* load = nullptr) const;

  // The numbers derived from the config; read only by fsrs.cpp.
  struct Model {
    std::array<double, 21> w{};  // clipped
    double decay = 0;            // -w20
    double factor = 0;           // r8(0.9^(1/decay) - 1)
    double im = 1;               // interval modifier for the desired retention
    std::array<double, 4> d0{};  // initial difficulty per rating, unclamped
    double exp_w8 = 0;           // e^w8, of the recall stability
    std::array<double, 4> short_term_growth{};  // e^(w17 (g - 3 + w18)) per rating
    double lapse_floor_divisor = 1;              // e^(w17 w18), 1 without short-term scheduling
    int maximum_interval = 36500;
    bool short_term = true;
    bool fuzz = false;
  };
  const Model& model() const { return model_; }

 private:
  // Rating `only` into out[0], or with only = 0 all four into out[0..3].
  void schedule(const CardMemory& card, UnixSeconds now, int elapsed_days, double fuzz_number, int only,
                const DueLoad* load, SchedulingResult* out) const;

  FsrsConfig config_;
  Model model_;
};

// The outcome of each rating, Again..Easy at index 0..3: what Anki shows on its buttons.
// `now` is the answer time; `elapsed_days` the whole days since the last review, computed by the
// caller (local dates with a rollover hour in sessions, elapsed_days_utc in replay; ignored for a
// New card; negative counts as 0). `fuzz_number` in [0, 1) is used only when config.enable_fuzz.
std::array<SchedulingResult, 4> preview(const CardMemory& card, const FsrsConfig& config,
                                        UnixSeconds now, int elapsed_days, double fuzz_number,
                                        const DueLoad* load = nullptr);
// The outcome of one rating; the same as preview(...)[rating - 1].
SchedulingResult next_state(const CardMemory& card, Rating rating, const FsrsConfig& config,
                            UnixSeconds now, int elapsed_days, double fuzz_number);

// --- The formulas, for statistics and tests. Each uses config.w clipped as above. ---

struct MemoryState {
  double stability = 0;
  double difficulty = 0;
};

// Recall probability after t days (fractional t is fine) for stability S, rounded to 8 decimals.
double retrievability(double elapsed_days, double stability, const FsrsConfig& config);
// The interval modifier for config.desired_retention (1 at 0.9 with the default weights).
double interval_modifier(const FsrsConfig& config);
// min(max(1, round(S * IM)), maximum_interval), then fuzzed when config.enable_fuzz.
int next_interval(double stability, const FsrsConfig& config, int elapsed_days, double fuzz_number);
// One memory update without states or steps: S0/D0 for no memory, else the same-day, lapse or
// success rule. `retrievability` overrides R(t, S) when given (ts-fsrs allows the same).
MemoryState next_memory(const std::optional<MemoryState>& memory, int elapsed_days, Rating rating,
                        const FsrsConfig& config, std::optional<double> retrievability = std::nullopt);
double initial_stability(Rating rating, const FsrsConfig& config);
double initial_difficulty(Rating rating, const FsrsConfig& config);  // not clamped, as ts-fsrs

// The days a fuzzed interval may take, as ts-fsrs' get_fuzz_range.
struct FuzzRange {
  int min_days = 0;
  int max_days = 0;
};
FuzzRange fuzz_range(int interval_days, int elapsed_days, int maximum_interval);
// The day of `range` a balanced interval takes: each day d weighs 1 when nothing is due on it, else
// 1 / (due[d]^2 * d) (Anki's load balancer), and `fuzz_number` in [0, 1) picks along the cumulative weights,
// so the same number gives the same day. Nullopt when `load` does not cover the whole range or the range
// reaches past kMaxBalancedInterval: the caller then fuzzes as usual.
std::optional<int> pick_balanced_day(const FuzzRange& range, const DueLoad& load, double fuzz_number);

// Whole days between the UTC calendar dates of two instants (what ts-fsrs uses).
int elapsed_days_utc(UnixSeconds last, UnixSeconds now);
// A fuzz number in [0, 1) for one answer: the same card and review count give the same number on
// every machine. `reps` is the card's review count before this answer (CardMemory::reps).
double fuzz_number(std::uint64_t card_key_hash, int reps);

}  // namespace factdeck
