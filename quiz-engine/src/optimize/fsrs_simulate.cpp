// The workload simulator: day by day, due cards are answered (right with their recall probability) and new cards begin.
#include "factdeck/fsrs_simulate.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include "factdeck/rng.h"

namespace factdeck {

namespace {

// An index drawn with the given (unnormalized) weights from a uniform u in [0, 1).
template <std::size_t N>
int draw(const std::array<double, N>& shares, double u) {
  const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
  if (!(total > 0)) return static_cast<int>(N) - 1;
  double x = u * total;
  for (std::size_t i = 0; i < N; ++i) {
    if (x < shares[i]) return static_cast<int>(i);
    x -= shares[i];
  }
  return static_cast<int>(N) - 1;
}

}  // namespace

WorkloadResult simulate_workload(std::vector<WorkloadCard> cards, const WorkloadOptions& o) {
  FsrsConfig config;
  config.w = o.w;
  config.desired_retention = o.retention;
  config.maximum_interval = o.maximum_interval;
  Rng rng(o.seed);
  WorkloadResult out;
  std::vector<bool> studied(cards.size());
  for (std::size_t i = 0; i < cards.size(); ++i) studied[i] = !cards[i].is_new;
  std::size_t next_new = 0;
  for (int day = 0; day < o.days; ++day) {
    WorkloadDay d;
    d.day = day;
    for (std::size_t i = 0; i < cards.size(); ++i) {
      WorkloadCard& c = cards[i];
      if (c.is_new || c.due_day > day) continue;
      const int t = std::max(0, day - c.last_day);
      const MemoryState m{c.stability, c.difficulty};
      const double r = retrievability(t, c.stability, config);
      const bool right = rng.unit() < r;
      const Rating g = right ? static_cast<Rating>(2 + draw(o.recall_ratings, rng.unit())) : Rating::Again;
      MemoryState after = next_memory(m, t, g, config);
      ++d.reviews;
      if (!right) {
        ++d.lapses;
        after = next_memory(after, 0, Rating::Good, config);  // relearned the same day
      }
      c.stability = after.stability;
      c.difficulty = after.difficulty;
      c.last_day = day;
      c.due_day = day + next_interval(c.stability, config, t, 0);
    }
    for (; d.new_cards < o.new_per_day && next_new < cards.size(); ++next_new) {
      WorkloadCard& c = cards[next_new];
      if (!c.is_new) continue;
      const Rating g = static_cast<Rating>(1 + draw(o.first_ratings, rng.unit()));
      MemoryState m = next_memory(std::nullopt, 0, g, config);
      if (g != Rating::Easy) m = next_memory(m, 0, Rating::Good, config);  // its learning step, the same day
      c = {false, m.stability, m.difficulty, day + next_interval(m.stability, config, 0, 0), day};
      studied[next_new] = true;
      ++d.new_cards;
    }
    d.minutes = (d.reviews * o.review_seconds + d.lapses * o.relearn_seconds + d.new_cards * o.new_seconds) / 60;
    out.reviews_per_day += d.reviews;
    out.minutes_per_day += d.minutes;
    out.days.push_back(d);
  }
  if (o.days > 0) {
    out.reviews_per_day /= o.days;
    out.minutes_per_day /= o.days;
  }
  for (std::size_t i = 0; i < cards.size(); ++i) {
    if (!studied[i] || cards[i].is_new) continue;
    ++out.studied;
    out.memorized += retrievability(std::max(0, o.days - cards[i].last_day), cards[i].stability, config);
  }
  return out;
}

std::vector<WorkloadPoint> retention_workload_curve(const std::vector<WorkloadCard>& cards, WorkloadOptions options,
                                                    const std::vector<double>& retentions) {
  std::vector<WorkloadPoint> out;
  for (double r : retentions) {
    options.retention = r;
    const WorkloadResult res = simulate_workload(cards, options);
    out.push_back({r, res.minutes_per_day, res.reviews_per_day, res.memorized});
  }
  return out;
}

}  // namespace factdeck
