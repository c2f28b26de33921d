// fsrs-rs's steps before training (references.md A1): the outlier filter and the initial stabilities w0..w3.
#include "optimize/fsrs_pretrain.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <set>
#include <utility>

namespace factdeck::optimize {

ItemFacts item_facts(const FsrsDataset& data, const FsrsItem& item) {
  const auto& rv = data.cards[static_cast<std::size_t>(item.card)].reviews;
  ItemFacts f;
  f.first_rating = static_cast<int>(rv[0].rating);
  for (int i = 0; i <= item.target; ++i) {
    if (rv[static_cast<std::size_t>(i)].delta_t <= 0) continue;
    if (f.long_term == 0) f.first_long_delta = rv[static_cast<std::size_t>(i)].delta_t;
    ++f.long_term;
  }
  const FsrsTrainReview& t = rv[static_cast<std::size_t>(item.target)];
  f.recalled = t.rating != Rating::Again;
  f.options = t.options;
  f.length = item.target + 1;
  return f;
}

FilteredItems filter_outliers(const FsrsDataset& data, int n, bool enabled) {
  std::vector<ItemFacts> facts;
  facts.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) facts.push_back(item_facts(data, data.items[static_cast<std::size_t>(i)]));

  // first rating -> first long-term delta_t -> items with exactly one long-term answer
  std::map<int, std::map<int, int>> groups;
  for (const ItemFacts& f : facts)
    if (f.long_term == 1) ++groups[f.first_rating][f.first_long_delta];

  std::set<std::pair<int, int>> removed;  // (first rating, first long-term delta_t)
  if (enabled) {
    for (const auto& [rating, by_delta] : groups) {
      std::vector<std::pair<int, int>> subs(by_delta.begin(), by_delta.end());  // (delta_t, size)
      // Smallest first; on equal size the smaller delta_t first.
      std::stable_sort(subs.begin(), subs.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
      });
      int total = 0;
      for (const auto& s : subs) total += s.second;
      int done = 0;
      const int quota = std::max(20, total / 20);
      const int max_delta = rating != 4 ? 100 : 365;
      for (const auto& [delta, size] : subs) {
        if (done + size >= quota) {
          if (size < 6 || delta > max_delta) removed.insert({rating, delta});
        } else {
          done += size;
          removed.insert({rating, delta});
        }
      }
    }
  }
  FilteredItems out;
  for (int i = 0; i < n; ++i) {
    const ItemFacts& f = facts[static_cast<std::size_t>(i)];
    if (removed.count({f.first_rating, f.first_long_delta})) continue;
    out.train.push_back(i);
    if (f.long_term == 1) out.init.push_back(i);
  }
  return out;
}

namespace {

struct RecallPoint {
  double delta_t = 0;
  double recall = 0;  // smoothed
  double count = 0;
  double guess = 0;   // mean chance of a lucky guess over the point's answers
};

double pretrain_loss(const std::vector<RecallPoint>& points, double s, double default_s0) {
  const double decay = -kFsrsDefaultWeights[20];
  const double factor = std::pow(0.9, 1 / decay) - 1;
  double loss = 0;
  for (const RecallPoint& p : points) {
    const double r = std::pow(1 + p.delta_t / s * factor, decay);
    double q = r + (1 - r) * p.guess;
    q = std::min(std::max(q, 1e-12), 1 - 1e-12);
    loss -= p.count * (p.recall * std::log(q) + (1 - p.recall) * std::log(1 - q));
  }
  return loss + std::fabs(s - default_s0) / 16;
}

}  // namespace

bool initial_stabilities(const FsrsDataset& data, const std::vector<int>& init, double average_recall,
                         bool guess, std::array<double, 4>& s0, std::map<int, int>& counts) {
  struct Acc {
    int n = 0, recalled = 0;
    double guess = 0;
  };
  std::map<int, std::map<int, Acc>> groups;
  counts.clear();
  for (int pos : init) {
    const ItemFacts f = item_facts(data, data.items[static_cast<std::size_t>(pos)]);
    Acc& a = groups[f.first_rating][f.first_long_delta];
    ++a.n;
    a.recalled += f.recalled ? 1 : 0;
    if (guess && f.options >= 2) a.guess += 1.0 / f.options;
    ++counts[f.first_rating];
  }
  std::map<int, double> known;
  for (const auto& [rating, by_delta] : groups) {
    std::vector<RecallPoint> points;
    for (const auto& [delta, a] : by_delta) {
      const double p = double(a.recalled) / a.n;
      points.push_back({double(delta), (p * a.n + average_recall) / (a.n + 1), double(a.n), a.guess / a.n});
    }
    const double default_s0 = kFsrsDefaultWeights[static_cast<std::size_t>(rating - 1)];
    double low = kSMinInit, high = kSMaxInit, best = default_s0;
    for (int iter = 0; iter < 1000 && high - low > DBL_EPSILON; ++iter) {
      const double m1 = low + (high - low) / 3, m2 = high - (high - low) / 3;
      if (pretrain_loss(points, m1, default_s0) < pretrain_loss(points, m2, default_s0))
        high = m2;
      else
        low = m1;
      best = (low + high) / 2;
    }
    known[rating] = best;
  }
  return smooth_and_fill(known, counts, s0);
}

bool smooth_and_fill(std::map<int, double> known, const std::map<int, int>& counts, std::array<double, 4>& s0) {
  for (auto it = known.begin(); it != known.end();) it = counts.count(it->first) ? std::next(it) : known.erase(it);
  if (known.empty()) return false;
  const std::pair<int, int> order[] = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
  for (const auto& [small, big] : order) {
    if (!known.count(small) || !known.count(big) || known[small] <= known[big]) continue;
    if (counts.at(small) > counts.at(big))
      known[big] = known[small];
    else
      known[small] = known[big];
  }
  const double a = 0.41, b = 0.54;
  std::array<double, 5> s{};  // s[1..4]
  std::array<bool, 5> has{};
  for (const auto& [r, v] : known) {
    s[static_cast<std::size_t>(r)] = v;
    has[static_cast<std::size_t>(r)] = true;
  }
  auto p = [](double x, double e) { return std::pow(x, e); };
  if (known.size() == 1) {
    const int r = known.begin()->first;
    const double scale = known.begin()->second / kFsrsDefaultWeights[static_cast<std::size_t>(r - 1)];
    std::array<double, 4> scaled{};
    for (int i = 0; i < 4; ++i) scaled[static_cast<std::size_t>(i)] = kFsrsDefaultWeights[static_cast<std::size_t>(i)] * scale;
    std::sort(scaled.begin(), scaled.end());
    for (int i = 0; i < 4; ++i) s[static_cast<std::size_t>(i + 1)] = scaled[static_cast<std::size_t>(i)];
  } else if (known.size() == 2) {
    // The two relations S2 = S1^a S3^(1-a) and S3 = S2^(1-b) S4^b, solved for the two missing ratings.
    if (has[3] && has[4]) {
      s[2] = p(s[3], 1 / (1 - b)) * p(s[4], 1 - 1 / (1 - b));
      s[1] = p(s[2], 1 / a) * p(s[3], 1 - 1 / a);
    } else if (has[2] && has[4]) {
      s[3] = p(s[2], 1 - b) * p(s[4], b);
      s[1] = p(s[2], 1 / a) * p(s[3], 1 - 1 / a);
    } else if (has[2] && has[3]) {
      s[4] = p(s[2], 1 - 1 / b) * p(s[3], 1 / b);
      s[1] = p(s[2], 1 / a) * p(s[3], 1 - 1 / a);
    } else if (has[1] && has[4]) {
      const double k = a + b - a * b;
      s[2] = p(s[1], a / k) * p(s[4], 1 - a / k);
      s[3] = p(s[1], 1 - b / k) * p(s[4], b / k);
    } else if (has[1] && has[3]) {
      s[2] = p(s[1], a) * p(s[3], 1 - a);
      s[4] = p(s[2], 1 - 1 / b) * p(s[3], 1 / b);
    } else {  // 1 and 2
      s[3] = p(s[1], 1 - 1 / (1 - a)) * p(s[2], 1 / (1 - a));
      s[4] = p(s[2], 1 - 1 / b) * p(s[3], 1 / b);
    }
  } else if (known.size() == 3) {
    if (!has[1])
      s[1] = p(s[2], 1 / a) * p(s[3], 1 - 1 / a);
    else if (!has[2])
      s[2] = p(s[1], a) * p(s[3], 1 - a);
    else if (!has[3])
      s[3] = p(s[2], 1 - b) * p(s[4], b);
    else
      s[4] = p(s[2], 1 - 1 / b) * p(s[3], 1 / b);
  }
  for (int i = 0; i < 4; ++i)
    s0[static_cast<std::size_t>(i)] = std::min(std::max(s[static_cast<std::size_t>(i + 1)], kSMinInit), kSMaxInit);
  return true;
}

}  // namespace factdeck::optimize
