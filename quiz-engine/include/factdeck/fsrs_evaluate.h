// How well FSRS parameters predict a history: log loss, RMSE(bins) and AUC (references.md A2), a time split, calibration per question kind.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/fsrs_optimizer.h"

namespace factdeck {

// One scored answer: the predicted chance of a right answer and what happened.
struct FsrsPrediction {
  double p = 0;         // chance_correct(R, options, guess)
  bool y = false;       // right (rating > 1)
  double weight = 1;
  int delta_t = 1;      // days since the card's previous answer (> 0: same-day answers are never scored)
  int long_term = 1;    // answers of the card with delta_t > 0 so far, this one included
  int lapses = 0;       // earlier Again answers with delta_t > 0
  int options = 0;
};

// Predictions for data.items[items[k]] under w (weights 1).
std::vector<FsrsPrediction> fsrs_predictions(const FsrsDataset& data, const std::vector<int>& items,
                                             const std::array<double, 21>& w, bool guess);

struct FsrsMetrics {
  int n = 0;
  double log_loss = 0;           // mean binary cross-entropy (weighted when the predictions carry weights)
  double rmse_bins = 0;          // srs-benchmark's RMSE over (interval, answer count, lapses) bins
  std::optional<double> auc;     // none when the answers are all right or all wrong
};
FsrsMetrics fsrs_metrics(const std::vector<FsrsPrediction>& predictions);

// srs-benchmark's bin labels (references.md A2), for tests: interval label x100, count label, lapse label.
struct FsrsBin {
  long interval_x100 = 0;
  long count = 0;
  long lapses = 0;
  bool operator<(const FsrsBin& o) const;
};
FsrsBin fsrs_bin(int delta_t, int long_term, int lapses);

// Predicted against observed for one kind of question: "options" (3+ options), "true/false" (2) and
// "typed" (none).
struct FsrsCalibration {
  std::string kind;
  int n = 0;
  double predicted = 0;  // mean predicted chance of a right answer
  double observed = 0;   // share of right answers
  double rmse_bins = 0;  // RMSE(bins) within the kind
};
const char* question_kind(int options);
std::vector<FsrsCalibration> fsrs_calibration(const std::vector<FsrsPrediction>& predictions);

// fsrs-rs's time split (evaluate_with_time_series_splits): with seg = n / 6, fold i (0..4) fits on
// items [0, (i+1) seg) and scores [(i+1) seg, (i+2) seg), the last fold running to the end. Empty
// when seg = 0.
struct FsrsSplit {
  int train_end = 0;
  int test_begin = 0;
  int test_end = 0;
};
std::vector<FsrsSplit> fsrs_time_splits(int n);

// `factdeck fsrs optimize`: the fit on every item, and the health check on the time split.
struct FsrsReport {
  FsrsFit fit;
  int items = 0;                  // scored items in the history (before the outlier filter)
  FsrsMetrics train_default;      // every item, recency-weighted as fsrs-rs's evaluate
  FsrsMetrics train_fit;
  FsrsMetrics test_default;       // the future blocks of the time split, pooled
  FsrsMetrics test_fit;           // each block predicted by parameters fitted on the items before it
  std::vector<FsrsCalibration> calibration_default;  // on the future blocks
  std::vector<FsrsCalibration> calibration_fit;
  bool used = false;              // the fit replaces the defaults
  std::string reason;             // why, or why not
  bool stopped = false;
};
FsrsReport optimize_and_evaluate(const FsrsDataset& data, const FsrsOptimizerOptions& options);

// `factdeck fsrs evaluate`: given parameters on every item (weights 1).
struct FsrsEvaluation {
  int items = 0;
  FsrsMetrics all;
  FsrsMetrics test;  // the future blocks of the time split (items [n/6, n)), for comparison with a report
  std::vector<FsrsCalibration> calibration;
};
FsrsEvaluation evaluate_fsrs(const FsrsDataset& data, const std::array<double, 21>& w, bool guess);

}  // namespace factdeck
