// The workload simulator: its days add up, it is the same for the same seed, more new cards and a higher retention cost more.
#include <doctest/doctest.h>

#include "factdeck/fsrs_simulate.h"

using namespace factdeck;

namespace {

std::vector<WorkloadCard> deck(int fresh, int known) {
  std::vector<WorkloadCard> cards(static_cast<std::size_t>(fresh));
  for (int i = 0; i < known; ++i) {
    WorkloadCard c;
    c.is_new = false;
    c.stability = 5 + i % 20;
    c.difficulty = 5;
    c.due_day = i % 10;  // some due today, the rest over the next days
    c.last_day = c.due_day - static_cast<int>(c.stability);
    cards.push_back(c);
  }
  return cards;
}

}  // namespace

TEST_CASE("the simulated days add up and new cards come at most new_per_day a day") {
  WorkloadOptions o;
  o.days = 20;
  o.new_per_day = 7;
  const WorkloadResult r = simulate_workload(deck(100, 50), o);
  REQUIRE(r.days.size() == 20);
  int new_total = 0, reviews = 0;
  double minutes = 0;
  for (const WorkloadDay& d : r.days) {
    CHECK(d.new_cards <= 7);
    CHECK(d.lapses <= d.reviews);
    CHECK(d.minutes == doctest::Approx((d.reviews * o.review_seconds + d.lapses * o.relearn_seconds +
                                        d.new_cards * o.new_seconds) / 60));
    new_total += d.new_cards;
    reviews += d.reviews;
    minutes += d.minutes;
  }
  CHECK(new_total == 100);  // 7 a day for 20 days would be 140: the deck has 100
  CHECK(r.days[0].new_cards == 7);
  CHECK(r.days[0].reviews >= 5);  // the known cards due today
  CHECK(r.reviews_per_day == doctest::Approx(reviews / 20.0));
  CHECK(r.minutes_per_day == doctest::Approx(minutes / 20));
  CHECK(r.studied == 150);
  CHECK(r.memorized > 100);
  CHECK(r.memorized < 150);
  // The same options give the same days.
  const WorkloadResult again = simulate_workload(deck(100, 50), o);
  CHECK(again.minutes_per_day == r.minutes_per_day);
  CHECK(again.memorized == r.memorized);
}

TEST_CASE("nothing to study costs nothing; more new cards a day and a higher retention cost more") {
  WorkloadOptions o;
  o.days = 10;
  const WorkloadResult none = simulate_workload({}, o);
  CHECK(none.minutes_per_day == 0);
  CHECK(none.days.size() == 10);

  o.days = 90;
  o.new_per_day = 5;
  const double five = simulate_workload(deck(2000, 0), o).reviews_per_day;
  o.new_per_day = 20;
  const double twenty = simulate_workload(deck(2000, 0), o).reviews_per_day;
  CHECK(twenty > 2 * five);

  const std::vector<WorkloadPoint> curve = retention_workload_curve(deck(2000, 0), o, {0.75, 0.85, 0.95});
  REQUIRE(curve.size() == 3);
  CHECK(curve[0].retention == 0.75);
  CHECK(curve[0].minutes_per_day < curve[1].minutes_per_day);
  CHECK(curve[1].minutes_per_day < curve[2].minutes_per_day);
  CHECK(curve[0].memorized < curve[2].memorized);
}
