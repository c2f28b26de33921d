// Unit tests of the FSRS-6 scheduler: fsrs.md's golden history, each formula, steps, settings, fuzz.
// Expected numbers were produced by ts-fsrs 5.4.2 (the reference); tests/e2e/fsrs_differential.sh
// compares many more histories against it.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/fsrs.h"
#include "factdeck/rng.h"

using namespace factdeck;

namespace {

constexpr double kEps = 1e-9;

UnixSeconds at(const char* iso) {
  const auto t = parse_iso8601(iso);
  REQUIRE(t.has_value());
  return *t;
}

// Answers a card at `iso` with the elapsed days the reference uses (UTC dates).
SchedulingResult answer(const CardMemory& card, Rating r, const char* iso, const FsrsConfig& cfg = {},
                        double fuzz = 0) {
  const UnixSeconds now = at(iso);
  const int t = card.last_review ? elapsed_days_utc(*card.last_review, now) : 0;
  return next_state(card, r, cfg, now, t, fuzz);
}

// One answer of a table: the time, the rating, and what the reference gives after it.
struct Expect {
  const char* t;
  Rating rating;
  CardState state;
  double stability;
  double difficulty;
  int scheduled_days;
  const char* due;
  int step;
  int lapses;
};

void check_history(const std::vector<Expect>& rows, const FsrsConfig& cfg = {}) {
  CardMemory card;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Expect& e = rows[i];
    CAPTURE(i);
    const SchedulingResult res = answer(card, e.rating, e.t, cfg);
    card = res.card;
    CHECK(card_state_name(card.state) == std::string(card_state_name(e.state)));
    CHECK(card.stability == doctest::Approx(e.stability).epsilon(kEps));
    CHECK(card.difficulty == doctest::Approx(e.difficulty).epsilon(kEps));
    CHECK(card.scheduled_days == e.scheduled_days);
    CHECK(format_iso8601(card.due) == e.due);
    CHECK(card.step == e.step);
    CHECK(card.lapses == e.lapses);
    CHECK(card.reps == static_cast<int>(i + 1));
  }
}

constexpr auto New = CardState::New;
constexpr auto Learning = CardState::Learning;
constexpr auto Review = CardState::Review;
constexpr auto Relearning = CardState::Relearning;
constexpr auto Again = Rating::Again;
constexpr auto Hard = Rating::Hard;
constexpr auto Good = Rating::Good;
constexpr auto Easy = Rating::Easy;

}  // namespace

TEST_CASE("golden history of fsrs.md") {
  check_history({
      {"2024-01-01T10:00:00Z", Good, Learning, 2.3065, 2.11810397, 0, "2024-01-01T10:10:00Z", 1, 0},
      {"2024-01-01T10:10:00Z", Good, Review, 2.3065, 2.11121424, 2, "2024-01-03T10:10:00Z", 0, 0},
      {"2024-01-03T09:00:00Z", Good, Review, 10.97104786, 2.1043314, 11, "2024-01-14T09:00:00Z", 0, 0},
  });
}

TEST_CASE("constants: decay factor, interval modifier and retrievability") {
  const FsrsConfig cfg;
  CHECK(interval_modifier(cfg) == 1.0);  // exactly 1 at 0.9 with the default weights
  FsrsConfig c80;
  c80.desired_retention = 0.8;
  CHECK(interval_modifier(c80) == doctest::Approx(3.3159598).epsilon(kEps));
  FsrsConfig c95;
  c95.desired_retention = 0.95;
  CHECK(interval_modifier(c95) == doctest::Approx(0.40255869).epsilon(kEps));

  struct Row {
    double t, s, r;
  };
  for (const Row& row : {Row{0, 1, 1}, Row{1, 1, 0.9}, Row{5, 2.3065, 0.83886143}, Row{100, 10, 0.69282664},
                         Row{3.5, 7, 0.94034429}}) {
    CAPTURE(row.t);
    CHECK(retrievability(row.t, row.s, cfg) == doctest::Approx(row.r).epsilon(kEps));
  }
}

TEST_CASE("initial stability and difficulty") {
  const FsrsConfig cfg;
  const double s0[] = {0.212, 1.2931, 2.3065, 8.2956};
  const double d0[] = {6.4133, 5.11217071, 2.11810397, -4.7716307};  // D0(Easy) unclamped
  for (int g = 1; g <= 4; ++g) {
    CAPTURE(g);
    CHECK(initial_stability(static_cast<Rating>(g), cfg) == s0[g - 1]);
    CHECK(initial_difficulty(static_cast<Rating>(g), cfg) == doctest::Approx(d0[g - 1]).epsilon(kEps));
    const MemoryState m = next_memory(std::nullopt, 0, static_cast<Rating>(g), cfg);
    CHECK(m.stability == s0[g - 1]);
    CHECK(m.difficulty == doctest::Approx(g == 4 ? 1.0 : d0[g - 1]).epsilon(kEps));  // clamped when taken
  }
  FsrsConfig tiny;
  tiny.w[0] = 0.01;  // S0 never goes under 0.1
  CHECK(initial_stability(Again, tiny) == 0.1);
}

TEST_CASE("memory update: lapse, success and same-day rules, difficulty") {
  const FsrsConfig cfg;
  const MemoryState m{5, 5};
  struct Row {
    Rating g;
    double s_after_3_days, s_same_day, d;
  };
  const Row rows[] = {
      {Again, 0.90577924, 1.596818, 8.34176237},
      {Hard, 10.05461802, 5, 6.66599536},
      {Good, 13.40475227, 5, 4.99022837},
      {Easy, 20.74126053, 8.12960956, 3.31446137},
  };
  for (const Row& row : rows) {
    CAPTURE(static_cast<int>(row.g));
    const MemoryState later = next_memory(m, 3, row.g, cfg);
    CHECK(later.stability == doctest::Approx(row.s_after_3_days).epsilon(kEps));
    CHECK(later.difficulty == doctest::Approx(row.d).epsilon(kEps));
    const MemoryState same = next_memory(m, 0, row.g, cfg);
    CHECK(same.stability == doctest::Approx(row.s_same_day).epsilon(kEps));
    CHECK(same.difficulty == doctest::Approx(row.d).epsilon(kEps));
  }
  // A given R replaces R(t, S): R = 1 means nothing was forgotten, so a pass keeps S.
  CHECK(next_memory(m, 3, Good, cfg, 1.0).stability == doctest::Approx(5).epsilon(kEps));
}

TEST_CASE("next interval rounds as JavaScript and stays within 1..maximum") {
  const FsrsConfig cfg;
  struct Row {
    double s;
    int days;
  };
  for (const Row& row : {Row{0.5, 1}, Row{1.4, 1}, Row{2.5, 3}, Row{10.97104786, 11}, Row{100000, 36500}}) {
    CAPTURE(row.s);
    CHECK(next_interval(row.s, cfg, 0, 0) == row.days);
  }
  FsrsConfig small;
  small.maximum_interval = 10;
  CHECK(next_interval(54.87, small, 0, 0) == 10);
}

TEST_CASE("a new card under each rating (short-term on)") {
  const double s0[] = {0.212, 1.2931, 2.3065, 8.2956};
  const double d0[] = {6.4133, 5.11217071, 2.11810397, 1};
  const CardState state[] = {Learning, Learning, Learning, Review};
  const char* due[] = {"2024-01-01T10:01:00Z", "2024-01-01T10:06:00Z", "2024-01-01T10:10:00Z",
                       "2024-01-09T10:00:00Z"};
  const int step[] = {0, 0, 1, 0};
  const auto all = preview(CardMemory{}, FsrsConfig{}, at("2024-01-01T10:00:00Z"), 0, 0);
  for (int g = 1; g <= 4; ++g) {
    CAPTURE(g);
    const SchedulingResult& r = all[static_cast<std::size_t>(g - 1)];
    CHECK(r.card.state == state[g - 1]);
    CHECK(r.card.stability == s0[g - 1]);
    CHECK(r.card.difficulty == doctest::Approx(d0[g - 1]).epsilon(kEps));
    CHECK(format_iso8601(r.card.due) == due[g - 1]);
    CHECK(r.card.step == step[g - 1]);
    CHECK_FALSE(r.retrievability.has_value());
  }
  // What the buttons show: 1 min, 6 min (mean of 1 and 10), 10 min, 8 days.
  CHECK(all[0].interval_minutes == 1);
  CHECK(all[1].interval_minutes == 6);
  CHECK(all[2].interval_minutes == 10);
  CHECK(all[3].in_days);
  CHECK(all[3].card.scheduled_days == 8);
  // next_state is the preview's entry.
  const SchedulingResult hard = next_state(CardMemory{}, Hard, FsrsConfig{}, at("2024-01-01T10:00:00Z"), 0, 0);
  CHECK(hard.card.due == all[1].card.due);
}

TEST_CASE("a learning card at its last step under each rating") {
  const char* first = "2024-01-01T10:00:00Z";
  const char* second = "2024-01-01T10:10:00Z";
  check_history({{first, Good, Learning, 2.3065, 2.11810397, 0, "2024-01-01T10:10:00Z", 1, 0},
                 {second, Again, Learning, 0.77508398, 7.39450274, 0, "2024-01-01T10:11:00Z", 0, 0}});
  check_history({{first, Good, Learning, 2.3065, 2.11810397, 0, "2024-01-01T10:10:00Z", 1, 0},
                 {second, Hard, Learning, 2.3065, 4.75285849, 0, "2024-01-01T10:16:00Z", 1, 0}});
  check_history({{first, Good, Learning, 2.3065, 2.11810397, 0, "2024-01-01T10:10:00Z", 1, 0},
                 {second, Good, Review, 2.3065, 2.11121424, 2, "2024-01-03T10:10:00Z", 0, 0}});
  check_history({{first, Good, Learning, 2.3065, 2.11810397, 0, "2024-01-01T10:10:00Z", 1, 0},
                 {second, Easy, Review, 3.94605407, 1, 4, "2024-01-05T10:10:00Z", 0, 0}});
}

TEST_CASE("a review card under each rating: Again relearns, Hard < Good < Easy") {
  const Expect start{"2024-01-01T10:00:00Z", Easy, Review, 8.2956, 1, 8, "2024-01-09T10:00:00Z", 0, 0};
  const char* later = "2024-01-09T10:00:00Z";
  check_history({start, {later, Again, Relearning, 1.38863246, 7.02698957, 0, "2024-01-09T10:10:00Z", 0, 1}});
  check_history({start, {later, Hard, Review, 26.70418346, 4.01060897, 27, "2024-02-05T10:00:00Z", 0, 0}});
  check_history({start, {later, Good, Review, 38.90515015, 1, 39, "2024-02-17T10:00:00Z", 0, 0}});
  check_history({start, {later, Easy, Review, 65.62422648, 1, 66, "2024-03-15T10:00:00Z", 0, 0}});

  // R used at the review is R(8 days, S = 8.2956).
  CardMemory card = answer(CardMemory{}, Easy, start.t).card;
  const SchedulingResult res = answer(card, Good, later);
  REQUIRE(res.retrievability.has_value());
  CHECK(*res.retrievability == doctest::Approx(retrievability(8, 8.2956, FsrsConfig{})).epsilon(kEps));
  CHECK(res.elapsed_days == 8);
}

TEST_CASE("a relearning card under each rating, the same day and the next") {
  const Expect a{"2024-01-01T10:00:00Z", Easy, Review, 8.2956, 1, 8, "2024-01-09T10:00:00Z", 0, 0};
  const Expect b{"2024-01-09T10:00:00Z", Again, Relearning, 1.38863246, 7.02698957, 0, "2024-01-09T10:10:00Z", 0, 1};
  const char* same = "2024-01-09T10:10:00Z";
  check_history({a, b, {same, Again, Relearning, 0.48248377, 9.00802006, 0, "2024-01-09T10:20:00Z", 0, 1}});
  check_history({a, b, {same, Hard, Relearning, 1.38863246, 8.01160551, 0, "2024-01-09T10:25:00Z", 0, 1}});
  check_history({a, b, {same, Good, Review, 1.42788168, 7.01519095, 1, "2024-01-10T10:10:00Z", 0, 1}});
  check_history({a, b, {same, Easy, Review, 2.45638806, 6.01877639, 2, "2024-01-11T10:10:00Z", 0, 1}});
  const char* next = "2024-01-10T10:10:00Z";
  check_history({a, b, {next, Again, Relearning, 0.38567241, 9.00802006, 0, "2024-01-10T10:20:00Z", 0, 1}});
  check_history({a, b, {next, Hard, Relearning, 2.71550467, 8.01160551, 0, "2024-01-10T10:25:00Z", 0, 1}});
  check_history({a, b, {next, Good, Review, 3.59493809, 7.01519095, 4, "2024-01-14T10:10:00Z", 0, 1}});
  check_history({a, b, {next, Easy, Review, 5.52082228, 6.01877639, 6, "2024-01-16T10:10:00Z", 0, 1}});
}

TEST_CASE("step configurations: one step, no steps, a step of a day or more") {
  FsrsConfig one;
  one.learning_steps_minutes = {5};
  auto all = preview(CardMemory{}, one, at("2024-01-01T10:00:00Z"), 0, 0);
  CHECK(all[0].interval_minutes == 5);
  CHECK(all[1].interval_minutes == 8);  // 1.5 x 5 = 7.5, rounded up as Math.round does
  CHECK(all[2].card.state == Review);   // no next step: Good graduates
  CHECK(all[2].card.scheduled_days == 2);

  FsrsConfig none;
  none.learning_steps_minutes = {};
  all = preview(CardMemory{}, none, at("2024-01-01T10:00:00Z"), 0, 0);
  for (const auto& r : all) CHECK(r.card.state == Review);
  CHECK(all[0].card.scheduled_days == 1);

  // A step of a day or more makes the card a Review card due after the step, keeping the step
  // index; a lapse then starts relearning at that index, and with one relearning step there is
  // none at index 1, so the lapse goes straight to a day interval. (ts-fsrs does exactly this.)
  FsrsConfig day;
  day.learning_steps_minutes = {10, 2880};
  check_history({{"2024-01-01T10:00:00Z", Good, Review, 2.3065, 2.11810397, 2, "2024-01-03T10:00:00Z", 1, 0},
                 {"2024-01-03T10:00:00Z", Again, Review, 0.6075801, 7.39450274, 1, "2024-01-04T10:00:00Z", 0, 1}},
                day);
  day.relearning_steps_minutes = {10, 60};
  check_history({{"2024-01-01T10:00:00Z", Good, Review, 2.3065, 2.11810397, 2, "2024-01-03T10:00:00Z", 1, 0},
                 {"2024-01-03T10:00:00Z", Again, Relearning, 0.6075801, 7.39450274, 0, "2024-01-03T11:00:00Z", 0, 1}},
                day);
  const SchedulingResult first = answer(CardMemory{}, Good, "2024-01-01T10:00:00Z", day);
  CHECK(first.interval_minutes == 2880);
  CHECK_FALSE(first.in_days);
}

TEST_CASE("short-term off: whole days only, Again < Hard < Good < Easy") {
  FsrsConfig cfg;
  cfg.enable_short_term = false;
  const char* t0 = "2024-01-01T10:00:00Z";
  const int new_days[] = {1, 2, 3, 8};
  const auto all = preview(CardMemory{}, cfg, at(t0), 0, 0);
  for (int g = 1; g <= 4; ++g) {
    CAPTURE(g);
    CHECK(all[static_cast<std::size_t>(g - 1)].card.state == Review);
    CHECK(all[static_cast<std::size_t>(g - 1)].card.scheduled_days == new_days[g - 1]);
    CHECK(all[static_cast<std::size_t>(g - 1)].card.lapses == 0);
  }
  const Expect start{t0, Good, Review, 2.3065, 2.11810397, 3, "2024-01-04T10:00:00Z", 0, 0};
  const char* later = "2024-01-04T10:00:00Z";
  check_history({start, {later, Again, Review, 0.63685069, 7.39450274, 1, "2024-01-05T10:00:00Z", 0, 1}}, cfg);
  check_history({start, {later, Hard, Review, 9.23487052, 4.75285849, 9, "2024-01-13T10:00:00Z", 0, 0}}, cfg);
  check_history({start, {later, Good, Review, 13.82690327, 2.11121424, 14, "2024-01-18T10:00:00Z", 0, 0}}, cfg);
  check_history({start, {later, Easy, Review, 23.88306328, 1, 24, "2024-01-28T10:00:00Z", 0, 0}}, cfg);
  // The same day: no same-day rule, R = 1, and a lapse's floor is S itself (w17, w18 count as 0).
  const char* same = "2024-01-01T18:00:00Z";
  check_history({start, {same, Again, Review, 0.52337685, 7.39450274, 1, "2024-01-02T18:00:00Z", 0, 1}}, cfg);
  check_history({start, {same, Hard, Review, 2.3065, 4.75285849, 2, "2024-01-03T18:00:00Z", 0, 0}}, cfg);
  check_history({start, {same, Good, Review, 2.3065, 2.11121424, 3, "2024-01-04T18:00:00Z", 0, 0}}, cfg);
  check_history({start, {same, Easy, Review, 2.3065, 1, 4, "2024-01-05T18:00:00Z", 0, 0}}, cfg);
}

TEST_CASE("turning short-term off schedules a learning card as a review card") {
  // ts-fsrs hands Learning cards to its long-term scheduler's review rule, lapse count included.
  const CardMemory learning = answer(CardMemory{}, Good, "2024-01-01T10:00:00Z").card;
  REQUIRE(learning.state == Learning);
  FsrsConfig off;
  off.enable_short_term = false;
  struct Row {
    double s, d;
    int days, lapses;
  };
  const Row rows[] = {{0.57129918, 7.39450274, 1, 1}, {5.31879273, 4.75285849, 5, 0}, {7.31530068, 2.11121424, 7, 0},
                      {11.6874828, 1, 12, 0}};
  const auto all = preview(learning, off, at("2024-01-02T10:00:00Z"), 1, 0);
  for (int g = 0; g < 4; ++g) {
    CAPTURE(g);
    const CardMemory& c = all[static_cast<std::size_t>(g)].card;
    CHECK(c.state == Review);
    CHECK(c.stability == doctest::Approx(rows[g].s).epsilon(kEps));
    CHECK(c.difficulty == doctest::Approx(rows[g].d).epsilon(kEps));
    CHECK(c.scheduled_days == rows[g].days);
    CHECK(c.lapses == rows[g].lapses);
    CHECK(c.step == 0);
  }
}

TEST_CASE("desired retention 0.8 and 0.95 stretch and shrink intervals") {
  const char* t0 = "2024-01-01T10:00:00Z";
  const char* t1 = "2024-01-09T10:00:00Z";
  FsrsConfig c80;
  c80.desired_retention = 0.8;
  check_history({{t0, Easy, Review, 8.2956, 1, 28, "2024-01-29T10:00:00Z", 0, 0},
                 {t1, Good, Review, 38.90515015, 1, 129, "2024-05-17T10:00:00Z", 0, 0}},
                c80);
  FsrsConfig c95;
  c95.desired_retention = 0.95;
  check_history({{t0, Easy, Review, 8.2956, 1, 3, "2024-01-04T10:00:00Z", 0, 0},
                 {t1, Good, Review, 38.90515015, 1, 16, "2024-01-25T10:00:00Z", 0, 0}},
                c95);
}

TEST_CASE("maximum interval clamps each interval; the order Hard < Good < Easy may pass it") {
  FsrsConfig cfg;
  cfg.maximum_interval = 10;
  const char* t0 = "2024-01-01T10:00:00Z";
  const char* t1 = "2024-02-09T10:00:00Z";
  const Expect start{t0, Easy, Review, 8.2956, 1, 8, "2024-01-09T10:00:00Z", 0, 0};
  // ts-fsrs clamps each to 10 days, then keeps Good > Hard and Easy > Good: 10, 11, 12.
  check_history({start, {t1, Hard, Review, 54.87167469, 4.01060897, 10, "2024-02-19T10:00:00Z", 0, 0}}, cfg);
  check_history({start, {t1, Good, Review, 85.74168363, 1, 11, "2024-02-20T10:00:00Z", 0, 0}}, cfg);
  check_history({start, {t1, Easy, Review, 153.34437003, 1, 12, "2024-02-21T10:00:00Z", 0, 0}}, cfg);
}

TEST_CASE("weights are clipped as ts-fsrs clips them") {
  // Three relearning steps lower the ceiling of w17 and w18 to 0.49027301.
  const auto w3 = clip_weights(kFsrsDefaultWeights, 3, true);
  CHECK(w3[17] == doctest::Approx(0.49027301).epsilon(kEps));
  CHECK(w3[18] == kFsrsDefaultWeights[18]);
  const auto w1 = clip_weights(kFsrsDefaultWeights, 1, true);
  CHECK(w1 == kFsrsDefaultWeights);
  std::array<double, 21> wild = kFsrsDefaultWeights;
  wild[4] = 50;   // D0 at most 10
  wild[19] = 0;   // short-term needs at least 0.01
  const auto clipped = clip_weights(wild, 1, true);
  CHECK(clipped[4] == 10);
  CHECK(clipped[19] == 0.01);
  CHECK(clip_weights(wild, 1, false)[19] == 0);
}

TEST_CASE("fuzz: off is exact, on stays in ts-fsrs' range and is deterministic") {
  struct Range {
    int ivl, elapsed, lo, hi;
  };
  for (const Range& r : {Range{3, 0, 2, 4}, Range{10, 0, 8, 12}, Range{10, 20, 8, 12}, Range{100, 50, 93, 107},
                         Range{36500, 10, 34673, 36500}}) {
    CAPTURE(r.ivl);
    const FuzzRange fr = fuzz_range(r.ivl, r.elapsed, 36500);
    CHECK(fr.min_days == r.lo);
    CHECK(fr.max_days == r.hi);
  }

  FsrsConfig off;
  FsrsConfig on;
  on.enable_fuzz = true;
  CHECK(next_interval(100, off, 50, 0.99) == 100);  // the fuzz number is ignored when off
  CHECK(next_interval(100, on, 50, 0.0) == 93);
  CHECK(next_interval(100, on, 50, 0.999999) == 107);
  CHECK(next_interval(2.4, on, 0, 0.99) == 2);  // under 2.5 days nothing is fuzzed

  std::set<int> seen;
  for (int reps = 0; reps < 400; ++reps) {
    const double f = fuzz_number(0x1234abcdULL, reps);
    REQUIRE(f >= 0);
    REQUIRE(f < 1);
    CHECK(fuzz_number(0x1234abcdULL, reps) == f);  // same card and count, same number
    const int d = next_interval(100, on, 50, f);
    CHECK(d >= 93);
    CHECK(d <= 107);
    seen.insert(d);
  }
  CHECK(seen.size() >= 10);  // the range is used, not one end of it
  CHECK(fuzz_number(1, 0) != fuzz_number(2, 0));
  CHECK(fuzz_number(1, 0) != fuzz_number(1, 1));

  // A fuzzed review keeps Hard < Good < Easy.
  CardMemory card = answer(CardMemory{}, Easy, "2024-01-01T10:00:00Z", on, 0.5).card;
  for (double f : {0.0, 0.3, 0.7, 0.99}) {
    const auto all = preview(card, on, at("2024-03-01T10:00:00Z"), elapsed_days_utc(*card.last_review, at("2024-03-01T10:00:00Z")), f);
    CHECK(all[1].card.scheduled_days < all[2].card.scheduled_days);
    CHECK(all[2].card.scheduled_days < all[3].card.scheduled_days);
  }
}

TEST_CASE("elapsed days are differences of UTC dates") {
  CHECK(elapsed_days_utc(at("2024-01-01T23:59:00Z"), at("2024-01-02T00:01:00Z")) == 1);
  CHECK(elapsed_days_utc(at("2024-01-01T00:01:00Z"), at("2024-01-01T23:59:00Z")) == 0);
  CHECK(elapsed_days_utc(at("2023-12-31T12:00:00Z"), at("2025-01-01T12:00:00Z")) == 367);
  CHECK(elapsed_days_utc(at("1969-12-31T23:00:00Z"), at("1970-01-01T01:00:00Z")) == 1);
  CHECK(elapsed_days_utc(at("2024-01-02T10:00:00Z"), at("2024-01-01T10:00:00Z")) == -1);
}

TEST_CASE("damaged input stays defined") {
  // A clock that went backwards counts as a same-day review; a bad stored state is repaired.
  CardMemory card;
  card.state = Review;
  card.stability = -3;
  card.difficulty = 0.2;
  card.last_review = at("2024-01-01T10:00:00Z");
  const auto all = preview(card, FsrsConfig{}, at("2024-01-01T10:00:00Z"), -5, 0);
  for (const auto& r : all) {
    CHECK(r.card.stability >= kStabilityMin);
    CHECK(r.card.difficulty >= 1);
    CHECK(r.card.scheduled_days >= 0);
  }
  FsrsConfig bad;
  bad.desired_retention = 1.5;
  CHECK_FALSE(validate(bad).ok());
  CHECK(next_interval(10, bad, 0, 0) == 10);  // falls back to 0.9
  bad.desired_retention = 0.9;
  bad.learning_steps_minutes = {-1};
  CHECK_FALSE(validate(bad).ok());
  CHECK(validate(FsrsConfig{}).ok());
}

namespace {

// Every field, compared exactly: the fast path must give the very same doubles.
void check_same(const SchedulingResult& a, const SchedulingResult& b) {
  CHECK(a.card.state == b.card.state);
  CHECK(a.card.stability == b.card.stability);
  CHECK(a.card.difficulty == b.card.difficulty);
  CHECK(a.card.step == b.card.step);
  CHECK(a.card.lapses == b.card.lapses);
  CHECK(a.card.reps == b.card.reps);
  CHECK(a.card.last_review == b.card.last_review);
  CHECK(a.card.due == b.card.due);
  CHECK(a.card.scheduled_days == b.card.scheduled_days);
  CHECK(a.interval_minutes == b.interval_minutes);
  CHECK(a.in_days == b.in_days);
  CHECK(a.elapsed_days == b.elapsed_days);
  CHECK(a.retrievability == b.retrievability);
}

}  // namespace

TEST_CASE("a prepared scheduler's next() is preview()'s entry for the rating, for every config") {
  // Table of configs that take each branch: steps, no steps, day-long steps, several relearning
  // steps (lower w17/w18 ceiling), short-term off (long-term scheduler), fuzz, odd weights.
  std::vector<FsrsConfig> configs(7);
  configs[1].enable_short_term = false;
  configs[2].enable_fuzz = true;
  configs[2].desired_retention = 0.85;
  configs[3].learning_steps_minutes = {};
  configs[3].relearning_steps_minutes = {};
  configs[4].learning_steps_minutes = {5, 1440, 2880};
  configs[4].relearning_steps_minutes = {10, 30, 60};
  configs[5].enable_short_term = false;
  configs[5].enable_fuzz = true;
  configs[5].maximum_interval = 30;
  configs[6].w[17] = 1.9;
  configs[6].w[18] = 1.1;
  configs[6].w[20] = 0.5;
  configs[6].relearning_steps_minutes = {10, 20};
  Rng rng(42);
  for (std::size_t ci = 0; ci < configs.size(); ++ci) {
    CAPTURE(ci);
    const FsrsScheduler f(configs[ci]);
    for (int h = 0; h < 60; ++h) {
      CardMemory card;
      UnixSeconds t = 1700000000 + static_cast<UnixSeconds>(rng.below(86400 * 365));
      for (int i = 0; i < 25; ++i) {
        CAPTURE(i);
        const std::uint64_t kind = rng.below(3);
        if (i > 0) t += kind == 0 ? rng.between(0, 900) : kind == 1 ? card.due - t + rng.between(0, 3600) : rng.between(86400, 200 * 86400);
        const int elapsed = card.last_review ? elapsed_days_utc(*card.last_review, t) : 0;
        const double fuzz = rng.unit();
        const auto all = f.preview(card, t, elapsed, fuzz);
        // The free functions, switching configs in between, keep up with a fresh scheduler.
        const auto free_all = preview(card, configs[ci], t, elapsed, fuzz);
        for (int g = 1; g <= 4; ++g) {
          CAPTURE(g);
          const auto r = static_cast<Rating>(g);
          check_same(f.next(card, r, t, elapsed, fuzz), all[static_cast<std::size_t>(g - 1)]);
          check_same(free_all[static_cast<std::size_t>(g - 1)], all[static_cast<std::size_t>(g - 1)]);
          check_same(next_state(card, r, configs[(ci + 1) % configs.size()], t, elapsed, fuzz),
                     FsrsScheduler(configs[(ci + 1) % configs.size()]).next(card, r, t, elapsed, fuzz));
        }
        card = all[rng.below(4)].card;
      }
    }
  }
}
