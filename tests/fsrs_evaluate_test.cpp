// Scoring FSRS parameters: srs-benchmark's bins, AUC, log loss, fsrs-rs's time split, calibration by kind, histories.
#include <doctest/doctest.h>

#include <cmath>

#include "factdeck/fsrs_evaluate.h"
#include "factdeck/fsrs_optimizer.h"

using namespace factdeck;

namespace {

FsrsPrediction pred(double p, bool y, int options = 0) {
  FsrsPrediction x;
  x.p = p;
  x.y = y;
  x.options = options;
  return x;
}

}  // namespace

TEST_CASE("RMSE(bins) labels: references.md A2's test vectors") {
  struct Case {
    int t;
    long label;
  };
  for (const Case& c : {Case{1, 248}, Case{3, 248}, Case{4, 898}, Case{13, 898}, Case{14, 3250}, Case{47, 3250},
                        Case{48, 11765}, Case{170, 11765}}) {
    CAPTURE(c.t);
    CHECK(fsrs_bin(c.t, 1, 0).interval_x100 == c.label);
  }
  // i = long-term answers so far + 1: 1 -> 2; 2-3 -> 4; 4-6 -> 7; 7-12 -> 13; 13-23 -> 25 (the table's
  // last labels run on to the next power).
  const std::pair<int, long> counts[] = {{0, 2}, {1, 4}, {2, 4}, {3, 7}, {5, 7}, {6, 13}, {11, 13}, {12, 25}, {22, 25}};
  for (const auto& [long_term, label] : counts) {
    CAPTURE(long_term);
    CHECK(fsrs_bin(1, long_term, 0).count == label);
  }
  const std::pair<int, long> lapses[] = {{0, 0}, {1, 2}, {2, 3}, {3, 5}, {5, 5}, {6, 9}, {8, 9}};
  for (const auto& [l, label] : lapses) {
    CAPTURE(l);
    CHECK(fsrs_bin(1, 1, l).lapses == label);
  }
}

TEST_CASE("metrics: mean log loss, AUC with ties shared, RMSE over bins weighted by their size") {
  const FsrsMetrics m = fsrs_metrics({pred(0.1, false), pred(0.4, false), pred(0.35, true), pred(0.8, true)});
  CHECK(m.n == 4);
  CHECK(m.log_loss == doctest::Approx((-std::log(0.9) - std::log(0.6) - std::log(0.35) - std::log(0.8)) / 4));
  REQUIRE(m.auc);
  CHECK(*m.auc == doctest::Approx(0.75));  // sklearn's roc_auc_score on the same
  // All four share one bin: mean prediction 0.4125 against 2 of 4 right.
  CHECK(m.rmse_bins == doctest::Approx(0.0875));
  CHECK(*fsrs_metrics({pred(0.5, false), pred(0.5, true)}).auc == doctest::Approx(0.5));
  CHECK_FALSE(fsrs_metrics({pred(0.5, true), pred(0.9, true)}).auc.has_value());
  CHECK(fsrs_metrics({}).n == 0);
}

TEST_CASE("the time split: five folds of n / 6, each fitted on what came before its block") {
  const std::vector<FsrsSplit> s = fsrs_time_splits(13);
  REQUIRE(s.size() == 5);
  CHECK(s[0].train_end == 2);
  CHECK(s[0].test_begin == 2);
  CHECK(s[0].test_end == 4);
  CHECK(s[3].test_end == 10);
  CHECK(s[4].train_end == 10);
  CHECK(s[4].test_end == 13);  // the last block runs to the end
  CHECK(fsrs_time_splits(5).empty());
}

TEST_CASE("calibration by kind of question: options, true/false, typed") {
  const std::vector<FsrsCalibration> c =
      fsrs_calibration({pred(0.9, true, 4), pred(0.7, false, 4), pred(0.8, true, 2), pred(0.6, true, 0)});
  REQUIRE(c.size() == 3);
  CHECK(c[0].kind == "options");
  CHECK(c[0].n == 2);
  CHECK(c[0].predicted == doctest::Approx(0.8));
  CHECK(c[0].observed == doctest::Approx(0.5));
  CHECK(c[1].kind == "true/false");
  CHECK(c[2].kind == "typed");
  CHECK(c[2].observed == 1);
}

TEST_CASE("histories from replay input count UTC days and keep the options; from the review log, the session's days") {
  std::string err;
  const auto in = parse_replay_input(
      R"({"card":"k","reviews":[{"t":"2024-01-01T23:00:00Z","rating":3,"options":4,"type":"mcq"},)"
      R"({"t":"2024-01-02T01:00:00Z","rating":1,"options":4},{"t":"2024-01-05T10:00:00Z","rating":3}]})",
      err);
  REQUIRE_MESSAGE(in, err);
  const FsrsCardHistory h = history_from_replay(*in);
  CHECK(h.card == "k");
  REQUIRE(h.reviews.size() == 3);
  CHECK(h.reviews[0].delta_t == 0);
  CHECK(h.reviews[1].delta_t == 1);  // another UTC date, two hours later
  CHECK(h.reviews[2].delta_t == 3);
  CHECK(h.reviews[0].options == 4);
  CHECK(h.reviews[0].question_type == "mcq");
  CHECK(h.reviews[2].options == 0);
  CHECK_FALSE(parse_replay_input(R"({"reviews":[{"t":"2024-01-01T23:00:00Z","rating":3,"options":-1}]})", err));
  CHECK(err.find("options") != std::string::npos);

  std::vector<ReviewRow> rows(3);
  rows[0].card = 7, rows[0].time = 100, rows[0].rating = 3, rows[0].elapsed_days = 0, rows[0].options = 2;
  rows[1].card = 7, rows[1].time = 90000, rows[1].rating = 3, rows[1].elapsed_days = 1, rows[1].options = 2;
  rows[2].card = 8, rows[2].time = 50, rows[2].rating = 4, rows[2].elapsed_days = 0, rows[2].options = 0;
  const std::vector<FsrsCardHistory> hs = histories_from_reviews(rows);
  REQUIRE(hs.size() == 2);
  CHECK(hs[0].card == "7");
  CHECK(hs[0].reviews[1].delta_t == 1);
  CHECK(hs[0].reviews[1].options == 2);
  const FsrsDataset d = make_fsrs_dataset(hs);
  REQUIRE(d.items.size() == 1);
  CHECK(d.items[0].card == 0);
}
