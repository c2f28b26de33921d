// The parts of fsrs-rs's training before the gradient steps: training items' facts, the outlier filter, initial stabilities.
#pragma once

#include <array>
#include <map>
#include <vector>

#include "factdeck/fsrs_optimizer.h"

namespace factdeck::optimize {

// The range of initial stabilities fitted before training (days).
inline constexpr double kSMinInit = 0.001, kSMaxInit = 100;

// What the filter and the initial stabilities read of one item.
struct ItemFacts {
  int first_rating = 3;     // the card's first answer
  int long_term = 0;        // answers with delta_t > 0 up to and including the target
  int first_long_delta = 0; // delta_t of the item's first answer with delta_t > 0
  bool recalled = false;    // the target's rating > 1
  int options = 0;          // the target's options
  int length = 0;           // answers in the item (target index + 1)
};
ItemFacts item_facts(const FsrsDataset& data, const FsrsItem& item);

// fsrs-rs's outlier filter (dataset.rs): of items[0..n), the positions that survive, in order, and
// among them those with exactly one long-term answer (the initialization set).
struct FilteredItems {
  std::vector<int> train;  // positions into data.items
  std::vector<int> init;   // positions into data.items, a subset of train
};
FilteredItems filter_outliers(const FsrsDataset& data, int n, bool enabled);

// Initial stabilities S0 for ratings 1..4 (parameter_initialization.rs), fitted per first rating on the
// initialization items' recall rates, smoothed toward `average_recall`, ordered and filled. `counts` gets
// the items per first rating. Returns false when no rating has data.
bool initial_stabilities(const FsrsDataset& data, const std::vector<int>& init, double average_recall,
                         bool guess, std::array<double, 4>& s0, std::map<int, int>& counts);

// fsrs-rs's smooth_and_fill: keeps the ratings that have counts, orders S0 by rating (the rating with more
// items wins a disagreement), fills missing ratings and clamps to [0.001, 100]. False when none is known.
bool smooth_and_fill(std::map<int, double> known, const std::map<int, int>& counts, std::array<double, 4>& s0);

}  // namespace factdeck::optimize
