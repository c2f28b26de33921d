// The FSRS optimizer: derivatives against finite differences, fsrs-rs's rules (thresholds, filter, initial stabilities, clipping).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "factdeck/fsrs_evaluate.h"
#include "factdeck/fsrs_optimizer.h"
#include "fsrs_sim.h"
#include "optimize/fsrs_pretrain.h"

using namespace factdeck;

namespace {

FsrsTrainReview answer(int rating, int delta_t, UnixSeconds time, int options = 0) {
  FsrsTrainReview r;
  r.rating = static_cast<Rating>(rating);
  r.delta_t = delta_t;
  r.time = time;
  r.options = options;
  return r;
}

// Cards with a first answer and one answer `delta` days later, `n` of them, the later one right
// `right` times.
void add_pairs(std::vector<FsrsCardHistory>& cards, int first_rating, int delta, int n, int right,
               UnixSeconds t0 = 0) {
  for (int i = 0; i < n; ++i) {
    FsrsCardHistory h;
    h.card = "p" + std::to_string(cards.size());
    const UnixSeconds t = t0 + UnixSeconds(cards.size()) * 60;
    h.reviews = {answer(first_rating, 0, t), answer(i < right ? 3 : 1, delta, t + delta * 86400)};
    cards.push_back(h);
  }
}

sim::Learner learner(std::uint64_t seed, int days, int per_day, int options = 0) {
  sim::Learner l;
  l.w = sim::random_parameters(seed);
  l.days = days;
  l.new_per_day = per_day;
  l.options = options;
  l.seed = seed;
  return l;
}

}  // namespace

TEST_CASE("the training loss's derivatives agree with finite differences, with and without the guess model") {
  sim::Learner l = learner(7, 30, 4, 4);
  const FsrsDataset data = make_fsrs_dataset(sim::simulate(l));
  REQUIRE(data.items.size() > 100);
  std::vector<int> items;
  std::vector<double> weights;
  for (std::size_t i = 0; i < data.items.size(); ++i) {
    items.push_back(static_cast<int>(i));
    weights.push_back(0.25 + 0.75 * double(i) / double(data.items.size()));
  }
  // A point inside the bounds, away from the clamps (w7 above its floor so its derivative is two-sided).
  std::array<double, 21> w = sim::random_parameters(99, 0.2);
  w[7] = 0.05;
  std::array<double, 21> w_init = kFsrsDefaultWeights;
  for (bool guess : {false, true}) {
    CAPTURE(guess);
    const FsrsLossGrad lg = fsrs_training_loss(data, items, weights, w, w_init, 0.3, guess);
    for (std::size_t j = 0; j < 21; ++j) {
      CAPTURE(j);
      const double h = 1e-6 * std::max(1.0, std::fabs(w[j]));
      std::array<double, 21> up = w, down = w;
      up[j] += h;
      down[j] -= h;
      const double numeric = (fsrs_training_loss(data, items, weights, up, w_init, 0.3, guess).loss -
                              fsrs_training_loss(data, items, weights, down, w_init, 0.3, guess).loss) /
                             (2 * h);
      CHECK(lg.grad[j] == doctest::Approx(numeric).epsilon(1e-4).scale(1.0));
    }
  }
}

TEST_CASE("the guess model: R + (1 - R) / k for k >= 2 options, R for typed answers or with the model off") {
  CHECK(chance_correct(0.5, 4, true) == doctest::Approx(0.625));
  CHECK(chance_correct(0.2, 2, true) == doctest::Approx(0.6));
  CHECK(chance_correct(0.5, 0, true) == 0.5);
  CHECK(chance_correct(0.5, 4, false) == 0.5);
}

TEST_CASE("items are a card's first answers of a day after its first, in time order") {
  FsrsCardHistory a{"a", {answer(3, 0, 100), answer(3, 0, 700), answer(1, 2, 200000), answer(3, 0, 200600)}};
  FsrsCardHistory b{"b", {answer(4, 0, 150), answer(3, 1, 90000)}};
  const FsrsDataset d = make_fsrs_dataset({a, b});
  REQUIRE(d.items.size() == 2);
  CHECK(d.items[0].card == 1);  // b's answer at 90000 comes first
  CHECK(d.items[0].target == 1);
  CHECK(d.items[1].card == 0);
  CHECK(d.items[1].target == 2);
}

TEST_CASE("fewer than 8 items keep the defaults; fewer than 64 fit only w0..w3; more fit everything") {
  std::vector<FsrsCardHistory> cards;
  add_pairs(cards, 3, 2, 7, 6);
  FsrsFit f = fit_fsrs(make_fsrs_dataset(cards), FsrsOptimizerOptions{});
  CHECK(f.mode == FsrsFitMode::Default);
  CHECK(f.w == kFsrsDefaultWeights);

  cards.clear();
  add_pairs(cards, 3, 2, 30, 29);
  add_pairs(cards, 1, 1, 20, 12);
  FsrsOptimizerOptions no_filter;
  no_filter.outlier_filter = false;
  f = fit_fsrs(make_fsrs_dataset(cards), no_filter);
  CHECK(f.mode == FsrsFitMode::Pretrain);
  CHECK(f.items == 50);
  for (std::size_t i = 4; i < 21; ++i) CHECK(f.w[i] == kFsrsDefaultWeights[i]);
  CHECK(f.w[2] != kFsrsDefaultWeights[2]);
  CHECK(f.w[0] <= f.w[1]);
  CHECK(f.w[1] <= f.w[2]);
  CHECK(f.w[2] <= f.w[3]);

  const FsrsDataset big = make_fsrs_dataset(sim::simulate(learner(3, 40, 5)));
  REQUIRE(big.items.size() >= 64);
  f = fit_fsrs(big, FsrsOptimizerOptions{});
  CHECK(f.mode == FsrsFitMode::Full);
  bool moved = false;
  for (std::size_t i = 4; i < 21; ++i) moved = moved || f.w[i] != kFsrsDefaultWeights[i];
  CHECK(moved);
  // Pure: the same data and options give the same parameters.
  CHECK(fit_fsrs(big, FsrsOptimizerOptions{}).w == f.w);
  // Parameters stay within fsrs-rs's bounds.
  CHECK(clip_training_weights(f.w, 1, true) == f.w);
}

TEST_CASE("items with only first long-term answers fit only the initial stabilities, however many") {
  std::vector<FsrsCardHistory> cards;
  add_pairs(cards, 3, 3, 100, 90);
  FsrsOptimizerOptions o;
  o.outlier_filter = false;
  CHECK(fit_fsrs(make_fsrs_dataset(cards), o).mode == FsrsFitMode::Pretrain);
}

TEST_CASE("the outlier filter drops the rarest first intervals (5%, at least 20 items) and long ones") {
  std::vector<FsrsCardHistory> cards;
  add_pairs(cards, 3, 1, 200, 180);
  add_pairs(cards, 3, 3, 100, 90);
  add_pairs(cards, 3, 7, 12, 10);  // 12 + 5 < 20: removed (with the 5)
  add_pairs(cards, 3, 30, 5, 4);
  add_pairs(cards, 4, 120, 30, 25);  // Easy may wait up to 365 days
  add_pairs(cards, 2, 150, 30, 25);  // others at most 100: removed
  const FsrsDataset d = make_fsrs_dataset(cards);
  const optimize::FilteredItems f = optimize::filter_outliers(d, static_cast<int>(d.items.size()), true);
  std::map<std::pair<int, int>, int> kept;
  for (int pos : f.train) {
    const optimize::ItemFacts x = optimize::item_facts(d, d.items[static_cast<std::size_t>(pos)]);
    ++kept[{x.first_rating, x.first_long_delta}];
  }
  CHECK(kept[{3, 1}] == 200);
  CHECK(kept[{3, 3}] == 100);
  CHECK(kept.count({3, 7}) == 0);
  CHECK(kept.count({3, 30}) == 0);
  // A group of 30 is its rating's only group: 30 >= max(20, 30/20), kept if its interval is allowed.
  CHECK(kept[{4, 120}] == 30);
  CHECK(kept.count({2, 150}) == 0);
  CHECK(f.init.size() == f.train.size());
  // Off, nothing is dropped.
  CHECK(optimize::filter_outliers(d, static_cast<int>(d.items.size()), false).train.size() == d.items.size());
}

TEST_CASE("initial stabilities: fsrs-rs's search and its smoothing and filling test vectors") {
  // parameter_initialization.rs test_search_parameters: rating 1, these recall rates, average 0.94302857.
  std::vector<FsrsCardHistory> cards;
  const int counts[] = {435, 97, 63, 38, 28}, right[] = {377, 88, 46, 29, 19};
  for (int i = 0; i < 5; ++i) add_pairs(cards, 1, i + 1, counts[i], right[i]);
  const FsrsDataset d = make_fsrs_dataset(cards);
  std::vector<int> all;
  for (std::size_t i = 0; i < d.items.size(); ++i) all.push_back(static_cast<int>(i));
  std::array<double, 4> s0{};
  std::map<int, int> n;
  REQUIRE(optimize::initial_stabilities(d, all, 0.94302857, false, s0, n));
  CHECK(s0[0] == doctest::Approx(0.7355089).epsilon(1e-5));
  CHECK(n[1] == 661);

  std::array<double, 4> out{};
  REQUIRE(optimize::smooth_and_fill({{1, 0.4}, {3, 2.3}, {4, 10.9}}, {{1, 1}, {2, 1}, {3, 1}, {4, 1}}, out));
  CHECK(out[0] == doctest::Approx(0.4));
  CHECK(out[1] == doctest::Approx(1.1227008).epsilon(1e-6));
  CHECK(out[2] == doctest::Approx(2.3));
  CHECK(out[3] == doctest::Approx(10.9));
  REQUIRE(optimize::smooth_and_fill({{2, 0.35}}, {{2, 1}}, out));
  CHECK(out[0] == doctest::Approx(0.05738148).epsilon(1e-5));
  CHECK(out[1] == doctest::Approx(0.35));
  CHECK(out[2] == doctest::Approx(0.6242943).epsilon(1e-5));
  CHECK(out[3] == doctest::Approx(2.2453482).epsilon(1e-5));
  // Out of order: the rating with more items wins.
  REQUIRE(optimize::smooth_and_fill({{1, 3.0}, {2, 2.0}, {3, 4.0}, {4, 9.0}}, {{1, 10}, {2, 5}, {3, 5}, {4, 5}}, out));
  CHECK(out[1] == doctest::Approx(3.0));
  CHECK_FALSE(optimize::smooth_and_fill({}, {}, out));
}

TEST_CASE("clipping keeps fsrs-rs's bounds; more than one relearning step lowers w17 and w18's ceiling") {
  std::array<double, 21> w{};
  w.fill(1000);
  std::array<double, 21> c = clip_training_weights(w, 1, true);
  CHECK(c[0] == 100);
  CHECK(c[4] == 10);
  CHECK(c[7] == 0.75);
  CHECK(c[17] == 2);
  CHECK(c[20] == 0.8);
  w.fill(-1);
  c = clip_training_weights(w, 1, true);
  CHECK(c[0] == 0.001);
  CHECK(c[16] == 1);
  CHECK(c[19] == 0.01);
  CHECK(clip_training_weights(w, 1, false)[19] == 0);
  std::array<double, 21> d = kFsrsDefaultWeights;
  d[17] = d[18] = 2;
  const std::array<double, 21> two = clip_training_weights(d, 2, true);
  CHECK(two[17] < 2);
  CHECK(two[17] == two[18]);
}

TEST_CASE("a fit on a simulated learner predicts that learner's later answers better than the defaults") {
  // A learner far from the defaults: slower first forgetting, a steeper curve, bigger gains on recall.
  sim::Learner l = learner(11, 60, 6);
  l.w = kFsrsDefaultWeights;
  for (std::size_t i = 0; i < 4; ++i) l.w[i] *= 3;
  l.w[8] = 2.3;
  l.w[20] = 0.45;
  const FsrsDataset d = make_fsrs_dataset(sim::simulate(l));
  const FsrsReport r = optimize_and_evaluate(d, FsrsOptimizerOptions{});
  CHECK(r.fit.mode == FsrsFitMode::Full);
  CHECK(r.test_fit.n == r.test_default.n);
  CHECK(r.test_fit.n >= d.items.size() * 5 / 6);
  CHECK(r.test_fit.log_loss < r.test_default.log_loss);
  CHECK(r.train_fit.log_loss < r.train_default.log_loss);
  CHECK(r.used);
  CHECK(r.reason.find("better") != std::string::npos);
}

TEST_CASE("a fit that does not beat the defaults on later answers is not used, and says why") {
  // Items whose outcomes are coin flips: nothing to learn, the fit's extra freedom only costs.
  std::vector<FsrsCardHistory> cards;
  add_pairs(cards, 3, 2, 5, 3);
  const FsrsReport few = optimize_and_evaluate(make_fsrs_dataset(cards), FsrsOptimizerOptions{});
  CHECK_FALSE(few.used);
  CHECK(few.fit.mode == FsrsFitMode::Default);
  CHECK(few.reason.find("defaults are kept") != std::string::npos);
}

TEST_CASE("the guess model is calibrated on multiple-choice answers where ignoring the guess is not") {
  // A learner answering four-option questions: with their own parameters, predictions that count the lucky
  // quarter of forgotten answers match what happened; R alone predicts too few right answers.
  const sim::Learner l = learner(5, 60, 6, 4);
  const FsrsDataset d = make_fsrs_dataset(sim::simulate(l));
  const FsrsEvaluation with = evaluate_fsrs(d, l.w, true);
  const FsrsEvaluation without = evaluate_fsrs(d, l.w, false);
  REQUIRE(with.calibration.size() == 1);
  REQUIRE(without.calibration.size() == 1);
  const FsrsCalibration& g = with.calibration[0];
  const FsrsCalibration& n = without.calibration[0];
  CHECK(g.kind == "options");
  CHECK(std::fabs(g.predicted - g.observed) < std::fabs(n.predicted - n.observed));
  CHECK(n.predicted < n.observed);
  CHECK(g.rmse_bins < n.rmse_bins);
  CHECK(with.all.log_loss < without.all.log_loss);
  // Typed answers have nothing to guess among: the model changes nothing for them.
  const sim::Learner typed = learner(5, 30, 4, 0);
  const FsrsDataset t = make_fsrs_dataset(sim::simulate(typed));
  CHECK(evaluate_fsrs(t, typed.w, true).all.log_loss == evaluate_fsrs(t, typed.w, false).all.log_loss);
}

TEST_CASE("progress is reported from 0 to 1 across the whole job, never changes the parameters, and can stop the fit") {
  const FsrsDataset d = make_fsrs_dataset(sim::simulate(learner(5, 40, 6)));
  const FsrsReport plain = optimize_and_evaluate(d, FsrsOptimizerOptions{});
  FsrsOptimizerOptions watched;
  std::vector<double> shares;
  watched.progress = [&](double share) {
    shares.push_back(share);
    return true;
  };
  const FsrsReport with = optimize_and_evaluate(d, watched);
  CHECK(with.fit.w == plain.fit.w);  // the desktop's progress bar costs nothing in results
  CHECK(with.test_fit.log_loss == plain.test_fit.log_loss);
  REQUIRE(shares.size() > 10);
  CHECK(std::is_sorted(shares.begin(), shares.end()));
  CHECK(shares.front() >= 0);
  CHECK(shares.back() == doctest::Approx(1.0));
  // Returning false stops it (the desktop does so when the app quits): reported, and never used.
  FsrsOptimizerOptions stop;
  int calls = 0;
  stop.progress = [&](double) { return ++calls < 3; };
  const FsrsReport stopped = optimize_and_evaluate(d, stop);
  CHECK(stopped.stopped);
  CHECK_FALSE(stopped.used);
}
