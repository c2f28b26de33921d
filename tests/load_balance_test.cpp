// Load balancing within the fuzz range: crowded days avoided, the plain fuzz kept without balance data, and the measured evening-out.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "factdeck/fsrs.h"
#include "factdeck/rng.h"

using namespace factdeck;

namespace {

constexpr UnixSeconds kNow = 1767600000;  // 2026-01-05T08:00:00Z

CardMemory review_card(double stability, int elapsed_days) {
  CardMemory c;
  c.state = CardState::Review;
  c.stability = stability;
  c.difficulty = 5;
  c.reps = 4;
  c.last_review = kNow - static_cast<UnixSeconds>(elapsed_days) * 86400;
  c.due = kNow;
  c.scheduled_days = elapsed_days;
  return c;
}

// Daily loads of a simulated collection: `per_day` new cards a day for `days` days, each due card answered
// Good (or Again with its forgetting probability, drawn from a seeded generator), fuzz on, balanced or not.
struct Loads {
  double mean = 0;
  int max = 0;
  double sd = 0;
};
Loads simulate(bool balance, int days, int per_day, std::uint64_t seed) {
  FsrsConfig config;
  config.enable_fuzz = true;
  config.enable_short_term = false;  // every answer schedules whole days: one answer a card a day
  const FsrsScheduler sched(config);
  struct Card {
    CardMemory m;
    int due_day = 0;
    int last_day = 0;
  };
  std::vector<Card> cards;
  Rng rng(seed);
  std::vector<int> load_per_day;
  const int horizon = days + 400;
  std::vector<int> due_on(static_cast<std::size_t>(horizon), 0);
  for (int day = 0; day < days; ++day) {
    int load = 0;
    for (int i = 0; i < per_day; ++i) cards.push_back({CardMemory{}, day, day});
    for (std::size_t k = 0; k < cards.size(); ++k) {
      Card& c = cards[k];
      if (c.due_day != day) continue;
      ++load;
      if (c.m.state != CardState::New) --due_on[static_cast<std::size_t>(day)];
      const int t = day - c.last_day;
      const double r = c.m.state == CardState::New ? 1 : retrievability(t, c.m.stability, config);
      const Rating g = rng.unit() < r ? Rating::Good : Rating::Again;
      DueLoad dl;
      dl.due.assign(due_on.begin() + day, due_on.begin() + std::min(horizon, day + kMaxBalancedInterval + 1));
      const UnixSeconds now = kNow + static_cast<UnixSeconds>(day) * 86400;
      const SchedulingResult res = sched.next(c.m, g, now, t, fuzz_number(k, c.m.reps), balance ? &dl : nullptr);
      c.m = res.card;
      c.last_day = day;
      c.due_day = day + std::max(1, res.card.scheduled_days);
      if (c.due_day < horizon) ++due_on[static_cast<std::size_t>(c.due_day)];
    }
    load_per_day.push_back(load);
  }
  // The settled part: after the first 60 days, new cards included in each day's load.
  Loads out;
  const std::vector<int> tail(load_per_day.begin() + 60, load_per_day.end());
  out.mean = std::accumulate(tail.begin(), tail.end(), 0.0) / static_cast<double>(tail.size());
  out.max = *std::max_element(tail.begin(), tail.end());
  double var = 0;
  for (int v : tail) var += (v - out.mean) * (v - out.mean);
  out.sd = std::sqrt(var / static_cast<double>(tail.size()));
  return out;
}

}  // namespace

TEST_CASE("a crowded day inside the fuzz range is avoided") {
  const FuzzRange range{5, 9};
  DueLoad load;
  load.due.assign(20, 3);
  load.due[7] = 100;
  for (int i = 0; i < 1000; ++i) {
    const std::optional<int> day = pick_balanced_day(range, load, i / 1000.0);
    REQUIRE(day);
    CHECK(*day >= 5);
    CHECK(*day <= 9);
    CHECK(*day != 7);
  }
  // An empty day is preferred over busy ones: with one free day in range, most numbers pick it.
  load.due.assign(20, 10);
  load.due[6] = 0;
  int free_day = 0;
  for (int i = 0; i < 1000; ++i) free_day += *pick_balanced_day(range, load, i / 1000.0) == 6;
  CHECK(free_day > 990);
}

TEST_CASE("the same fuzz number gives the same balanced day") {
  DueLoad load;
  for (int d = 0; d < 40; ++d) load.due.push_back((d * 7) % 5);
  for (double f : {0.0, 0.13, 0.5, 0.77, 0.999999})
    CHECK(pick_balanced_day({10, 14}, load, f) == pick_balanced_day({10, 14}, load, f));
}

TEST_CASE("without balance data, or with an empty future, the interval is today's fuzz exactly") {
  FsrsConfig config;
  config.enable_fuzz = true;
  const FsrsScheduler sched(config);
  DueLoad empty_future;
  empty_future.due.assign(kMaxBalancedInterval + 1, 0);
  DueLoad too_short;
  too_short.due.assign(3, 50);  // does not cover the range: ignored
  Rng rng(7);
  for (int i = 0; i < 2000; ++i) {
    const CardMemory c = review_card(1 + rng.unit() * 60, 1 + static_cast<int>(rng.below(40)));
    const double fuzz = rng.unit();
    const auto plain = sched.preview(c, kNow, c.scheduled_days, fuzz);
    const auto none = sched.preview(c, kNow, c.scheduled_days, fuzz, nullptr);
    const auto zero = sched.preview(c, kNow, c.scheduled_days, fuzz, &empty_future);
    const auto shrt = sched.preview(c, kNow, c.scheduled_days, fuzz, &too_short);
    for (std::size_t g = 0; g < 4; ++g) {
      CHECK(none[g].card.scheduled_days == plain[g].card.scheduled_days);
      CHECK(zero[g].card.scheduled_days == plain[g].card.scheduled_days);
      CHECK(shrt[g].card.scheduled_days == plain[g].card.scheduled_days);
    }
  }
  // Fuzz off: the load is never read.
  DueLoad crowded;
  crowded.due.assign(kMaxBalancedInterval + 1, 100);
  const FsrsScheduler plain_sched{FsrsConfig{}};
  const CardMemory c = review_card(20, 20);
  CHECK(plain_sched.next(c, Rating::Good, kNow, 20, 0.3, &crowded).card.scheduled_days ==
        plain_sched.next(c, Rating::Good, kNow, 20, 0.3).card.scheduled_days);
}

TEST_CASE("a balanced day stays inside the fuzz range and the rating order holds") {
  FsrsConfig config;
  config.enable_fuzz = true;
  const FsrsScheduler sched(config);
  Rng rng(11);
  for (int i = 0; i < 500; ++i) {
    DueLoad load;
    for (int d = 0; d <= kMaxBalancedInterval; ++d) load.due.push_back(static_cast<int>(rng.below(30)));
    const CardMemory c = review_card(2 + rng.unit() * 40, 1 + static_cast<int>(rng.below(30)));
    const double fuzz = rng.unit();
    const auto out = sched.preview(c, kNow, c.scheduled_days, fuzz, &load);
    CHECK(out[1].card.scheduled_days < out[2].card.scheduled_days);
    CHECK(out[2].card.scheduled_days < out[3].card.scheduled_days);
    const int good = next_interval(out[2].card.stability, FsrsConfig{}, c.scheduled_days, 0);
    const FuzzRange r = fuzz_range(good, c.scheduled_days, config.maximum_interval);
    if (good >= 3 && out[2].card.scheduled_days > out[1].card.scheduled_days + 1) {
      CHECK(out[2].card.scheduled_days >= r.min_days);
      CHECK(out[2].card.scheduled_days <= r.max_days);
    }
  }
}

TEST_CASE("measured: balancing evens out the daily load") {
  // 200 days of 20 new cards a day; loads of days 60-199. Printed for docs/fsrs-optimizer.md.
  double max_ratio_fuzz = 0, max_ratio_bal = 0, sd_fuzz = 0, sd_bal = 0, mean_fuzz = 0, mean_bal = 0;
  const int seeds = 3;
  for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
    const Loads f = simulate(false, 200, 20, seed);
    const Loads b = simulate(true, 200, 20, seed);
    std::printf("load balance, seed %d: fuzz only mean %.1f max %d sd %.1f; balanced mean %.1f max %d sd %.1f\n",
                static_cast<int>(seed), f.mean, f.max, f.sd, b.mean, b.max, b.sd);
    max_ratio_fuzz += f.max / f.mean / seeds;
    max_ratio_bal += b.max / b.mean / seeds;
    sd_fuzz += f.sd / seeds;
    sd_bal += b.sd / seeds;
    mean_fuzz += f.mean / seeds;
    mean_bal += b.mean / seeds;
  }
  std::printf("load balance, mean of %d seeds: max/mean %.3f (fuzz) vs %.3f (balanced); sd %.2f vs %.2f; mean %.1f vs %.1f\n",
              seeds, max_ratio_fuzz, max_ratio_bal, sd_fuzz, sd_bal, mean_fuzz, mean_bal);
  CHECK(max_ratio_bal < max_ratio_fuzz);
  CHECK(sd_bal < sd_fuzz);
  // Balancing moves days, not work: the mean load stays within 3%.
  CHECK(std::abs(mean_bal - mean_fuzz) < 0.03 * mean_fuzz);
}
