// Fitting FSRS-6's 21 parameters to a learner's review history, by fsrs-rs's rules (references.md A1).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/fsrs.h"
#include "factdeck/fsrs_replay.h"
#include "factdeck/store.h"

namespace factdeck {

// One answer as the optimizer sees it.
struct FsrsTrainReview {
  Rating rating = Rating::Good;
  int delta_t = 0;         // whole days since the card's previous answer; 0 for the first and same-day ones
  int options = 0;         // options the answer was picked from: 0 typed, 2 true/false, 4 a four-way choice
  UnixSeconds time = 0;    // orders the training items (the past is fitted, the future scored)
  std::string question_type;  // as the store names it ("mcq", "tf", "cloze", ...); may be empty
};

// One card's answers in time order.
struct FsrsCardHistory {
  std::string card;
  std::vector<FsrsTrainReview> reviews;
};

// A training item, as fsrs-rs's FSRSItem: the card's answers up to and including `target`, which is
// predicted from the ones before it. Only targets that are the card's first answer of a day (delta_t > 0)
// are items: same-day answers stay in histories but are never predicted or scored.
struct FsrsItem {
  int card = 0;    // index into FsrsDataset::cards
  int target = 0;  // index of the predicted answer in that card's reviews, >= 1
};

struct FsrsDataset {
  std::vector<FsrsCardHistory> cards;
  std::vector<FsrsItem> items;  // ordered by the target's time (ties: card order, then index)
};

// A card's history from `fsrs replay` input: days between answers are differences of UTC dates, as
// replay counts them.
FsrsCardHistory history_from_replay(const ReplayInput& in);
// Every card's history from the learner's review log (any order); days between answers are those the
// study session recorded (local dates with the day's rollover hour).
std::vector<FsrsCardHistory> histories_from_reviews(const std::vector<ReviewRow>& reviews);

// Builds the items of these histories; cards whose answers are out of time order are sorted first.
FsrsDataset make_fsrs_dataset(std::vector<FsrsCardHistory> cards);

// The chance of a right answer given recall probability R: R + (1 - R) / k for an answer picked
// from k >= 2 options when `guess` is on (a learner who has forgotten still guesses right 1 time in k),
// else R.
double chance_correct(double recall, int options, bool guess);

enum class FsrsFitMode { Default, Pretrain, Full };
const char* fit_mode_name(FsrsFitMode m);  // "default", "pretrain", "full"

struct FsrsOptimizerOptions {
  bool guess = true;  // model guessing on multiple-choice answers (chance_correct)
  bool enable_short_term = true;
  int relearning_steps = 1;
  bool outlier_filter = true;
  // fsrs-rs's training settings.
  int epochs = 5;
  int batch_size = 512;
  double learning_rate = 0.04;
  int max_seq_len = 256;
  double gamma = 1;  // strength of the pull toward the starting parameters
  std::uint64_t seed = 2023;
  // Called after each batch with the share done (0..1); returning false stops training early (the
  // parameters reached so far are returned).
  std::function<bool(double)> progress;
};

struct FsrsFit {
  std::array<double, 21> w = kFsrsDefaultWeights;
  FsrsFitMode mode = FsrsFitMode::Default;
  int items = 0;       // training items left after the outlier filter
  bool stopped = false;  // progress asked to stop
};

// Fits the parameters on the first `item_count` items of `data` (all of them when negative): the past
// part of a time split is a prefix. Fewer than 8 items: the defaults; fewer than 64 (or only first
// long-term answers): only w0..w3 (initial stabilities); otherwise a full fit (Adam over recency-weighted
// batches, pulled toward the starting parameters, clipped after each step). Pure: the same data and
// options give the same parameters.
FsrsFit fit_fsrs(const FsrsDataset& data, const FsrsOptimizerOptions& options, int item_count = -1);

// fsrs-rs's parameter bounds (parameter_clipper.rs), applied after each training step.
std::array<double, 21> clip_training_weights(const std::array<double, 21>& w, int relearning_steps,
                                             bool enable_short_term);

// --- For tests: the training loss and its gradient ---

// The weighted log loss of the first `item_count` items (weights w_i per item, in `weights`, which must
// have item_count entries) plus the pull toward `w_init` (gamma * share * sum(((w - w_init)/sigma)^2)),
// with its gradient with respect to w (hand-derived through dual numbers).
struct FsrsLossGrad {
  double loss = 0;
  std::array<double, 21> grad{};
};
FsrsLossGrad fsrs_training_loss(const FsrsDataset& data, const std::vector<int>& items,
                                const std::vector<double>& weights, const std::array<double, 21>& w,
                                const std::array<double, 21>& w_init, double penalty_share, bool guess);

// Recall probabilities R for the given items under w, as the training model computes them (no rounding).
std::vector<double> fsrs_predict(const FsrsDataset& data, const std::vector<int>& items,
                                 const std::array<double, 21>& w);

}  // namespace factdeck
