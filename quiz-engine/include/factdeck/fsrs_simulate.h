// The workload simulator: reviews and minutes a day for the coming days, from the cards as they are, by FSRS-6.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "factdeck/fsrs.h"

namespace factdeck {

// One card as the simulator starts it. Days are study days counted from today (0).
struct WorkloadCard {
  bool is_new = true;
  double stability = 0;
  double difficulty = 0;
  int due_day = 0;   // the day it is due (<= 0: due today, overdue ones included)
  int last_day = 0;  // the day of its last answer (<= 0)
};

struct WorkloadOptions {
  int days = 30;
  int new_per_day = 20;
  double retention = 0.9;  // desired retention the scheduler aims at
  std::array<double, 21> w = kFsrsDefaultWeights;
  int maximum_interval = 36500;
  // What an answer costs, in seconds: a card in review, a new card with its learning steps, and the
  // relearning answer a lapse adds on the same day.
  double review_seconds = 8;
  double new_seconds = 20;
  double relearn_seconds = 8;
  // Shares of the first answers rated Again, Hard, Good, Easy, and of right review answers rated Hard,
  // Good, Easy (normalized; the learner's own shares where known).
  std::array<double, 4> first_ratings = {0.2, 0.1, 0.6, 0.1};
  std::array<double, 3> recall_ratings = {0.1, 0.8, 0.1};
  std::uint64_t seed = 1;
};

struct WorkloadDay {
  int day = 0;
  int reviews = 0;    // answers to cards in review, relearning answers included
  int new_cards = 0;
  int lapses = 0;     // reviews answered wrong
  double minutes = 0;
};

struct WorkloadResult {
  std::vector<WorkloadDay> days;
  double reviews_per_day = 0;  // mean over the days
  double minutes_per_day = 0;
  double memorized = 0;        // sum of the recall probabilities of the studied cards after the last day
  int studied = 0;             // cards studied at least once by then
};

// Draws each answer from the card's recall probability (a seeded generator: the same options give the
// same days); schedules with next_interval at `retention`. A lapse is relearned the same day.
WorkloadResult simulate_workload(std::vector<WorkloadCard> cards, const WorkloadOptions& options);

// Desired retention against workload: one simulation per retention, each with the same seed.
struct WorkloadPoint {
  double retention = 0;
  double minutes_per_day = 0;
  double reviews_per_day = 0;
  double memorized = 0;
};
std::vector<WorkloadPoint> retention_workload_curve(const std::vector<WorkloadCard>& cards, WorkloadOptions options,
                                                    const std::vector<double>& retentions);

}  // namespace factdeck
