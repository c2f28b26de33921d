// Fitting FSRS-6's parameters: fsrs-rs's thresholds, recency weights, Adam with a cosine rate, the pull toward the start, clipping.
#include "factdeck/fsrs_optimizer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

#include "factdeck/rng.h"
#include "optimize/fsrs_gradient.h"
#include "optimize/fsrs_model.h"
#include "optimize/fsrs_pretrain.h"

namespace factdeck {

using namespace optimize;

namespace {

// fsrs-rs's spread of each parameter for the pull toward the starting point (training.rs PARAMS_STDDEV).
constexpr std::array<double, 21> kSigma = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,  0.12, 0.39, 0.18, 0.33,
                                           0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

// The targets of one card that a batch scores, with their weights, in answer order.
struct CardPlan {
  int card = 0;
  std::vector<std::pair<int, double>> targets;  // (answer index, weight)
};

std::vector<CardPlan> plan_cards(const FsrsDataset& data, const std::vector<int>& items,
                                 const std::vector<double>& weights) {
  std::vector<int> slot(data.cards.size(), -1);  // card -> index into out
  std::vector<CardPlan> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const FsrsItem& it = data.items[static_cast<std::size_t>(items[i])];
    int& k = slot[static_cast<std::size_t>(it.card)];
    if (k < 0) {
      k = static_cast<int>(out.size());
      out.push_back({it.card, {}});
    }
    out[static_cast<std::size_t>(k)].targets.push_back({it.target, weights[i]});
  }
  for (CardPlan& p : out) std::sort(p.targets.begin(), p.targets.end());
  std::sort(out.begin(), out.end(), [](const CardPlan& a, const CardPlan& b) { return a.card < b.card; });
  return out;
}

// Loss and gradient of the given cards' targets, plus the pull toward w_init scaled by `share`.
FsrsLossGrad loss_and_grad(const FsrsDataset& data, const std::vector<const CardPlan*>& plans,
                           const std::array<double, 21>& w, const std::array<double, 21>& w_init, double share,
                           double gamma, bool guess) {
  const Consts<double> k(w);
  FsrsLossGrad out;
  for (const CardPlan* plan : plans)
    card_loss_grad(k, data.cards[static_cast<std::size_t>(plan->card)], plan->targets, guess, out.loss, out.grad);
  for (std::size_t j = 0; j < 21; ++j) {
    const double z = (w[j] - w_init[j]) / kSigma[j];
    out.loss += gamma * share * z * z;
    out.grad[j] += gamma * share * 2 * z / kSigma[j];
  }
  return out;
}

// The recency weight of the k-th of n time-ordered items: 0.25 + 0.75 (k / (n - 1))^3.
double recency_weight(std::size_t k, std::size_t n) {
  const double x = double(k) / double(std::max<std::size_t>(n, 2) - 1);
  return 0.25 + 0.75 * x * x * x;
}

}  // namespace

FsrsDataset make_fsrs_dataset(std::vector<FsrsCardHistory> cards) {
  FsrsDataset data;
  data.cards = std::move(cards);
  for (auto& c : data.cards)
    std::stable_sort(c.reviews.begin(), c.reviews.end(),
                     [](const FsrsTrainReview& a, const FsrsTrainReview& b) { return a.time < b.time; });
  std::vector<std::tuple<UnixSeconds, int, int>> order;
  for (std::size_t c = 0; c < data.cards.size(); ++c) {
    const auto& rv = data.cards[c].reviews;
    for (std::size_t i = 1; i < rv.size(); ++i)
      if (rv[i].delta_t > 0) order.emplace_back(rv[i].time, static_cast<int>(c), static_cast<int>(i));
  }
  std::sort(order.begin(), order.end());
  data.items.reserve(order.size());
  for (const auto& [t, c, i] : order) data.items.push_back({c, i});
  return data;
}

double chance_correct(double recall, int options, bool guess) { return chance_correct_t(recall, options, guess); }

const char* fit_mode_name(FsrsFitMode m) {
  switch (m) {
    case FsrsFitMode::Default: return "default";
    case FsrsFitMode::Pretrain: return "pretrain";
    case FsrsFitMode::Full: return "full";
  }
  return "default";
}

std::array<double, 21> clip_training_weights(const std::array<double, 21>& w, int relearning_steps,
                                             bool enable_short_term) {
  double c = 2;
  if (relearning_steps > 1) {
    const double x = -(std::log(w[11]) + std::log(std::pow(2.0, w[13]) - 1) + 0.3 * w[14]) / relearning_steps;
    c = std::min(2.0, std::sqrt(std::max(0.01, x)));
  }
  const std::array<std::pair<double, double>, 21> bounds = {{{0.001, 100},
                                                             {0.001, 100},
                                                             {0.001, 100},
                                                             {0.001, 100},
                                                             {1, 10},
                                                             {0.001, 4},
                                                             {0.001, 4},
                                                             {0.001, 0.75},
                                                             {0, 4.5},
                                                             {0, 0.8},
                                                             {0.001, 3.5},
                                                             {0.001, 5},
                                                             {0.001, 0.25},
                                                             {0.001, 0.9},
                                                             {0, 4},
                                                             {0, 1},
                                                             {1, 6},
                                                             {0, c},
                                                             {0, c},
                                                             {enable_short_term ? 0.01 : 0.0, 0.8},
                                                             {0.1, 0.8}}};
  std::array<double, 21> out{};
  for (std::size_t i = 0; i < 21; ++i) {
    const double x = std::isfinite(w[i]) ? w[i] : kFsrsDefaultWeights[i];
    out[i] = std::min(std::max(x, bounds[i].first), bounds[i].second);
  }
  return out;
}

FsrsLossGrad fsrs_training_loss(const FsrsDataset& data, const std::vector<int>& items,
                                const std::vector<double>& weights, const std::array<double, 21>& w,
                                const std::array<double, 21>& w_init, double penalty_share, bool guess) {
  const std::vector<CardPlan> plans = plan_cards(data, items, weights);
  std::vector<const CardPlan*> ptrs;
  for (const CardPlan& p : plans) ptrs.push_back(&p);
  return loss_and_grad(data, ptrs, w, w_init, penalty_share, 1.0, guess);
}

std::vector<double> fsrs_predict(const FsrsDataset& data, const std::vector<int>& items,
                                 const std::array<double, 21>& w) {
  // Each card's targets as (answer index, position in `items`), replayed once per card.
  std::vector<double> positions(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) positions[i] = double(i);
  const std::vector<CardPlan> plans = plan_cards(data, items, positions);
  std::vector<double> out(items.size(), 0.0);
  const Consts<double> k(w);
  for (const CardPlan& plan : plans) {
    const FsrsCardHistory& card = data.cards[static_cast<std::size_t>(plan.card)];
    std::size_t next = 0;
    replay_card(k, card, plan.targets.back().first, [&](int i, double r) {
      while (next < plan.targets.size() && plan.targets[next].first == i)
        out[static_cast<std::size_t>(plan.targets[next++].second)] = r;
    });
  }
  return out;
}

FsrsFit fit_fsrs(const FsrsDataset& data, const FsrsOptimizerOptions& o, int item_count) {
  const int n = item_count < 0 ? static_cast<int>(data.items.size())
                               : std::min(item_count, static_cast<int>(data.items.size()));
  FsrsFit fit;
  int recalled = 0;
  for (int i = 0; i < n; ++i) {
    const FsrsItem& it = data.items[static_cast<std::size_t>(i)];
    recalled += data.cards[static_cast<std::size_t>(it.card)].reviews[static_cast<std::size_t>(it.target)].rating !=
                        Rating::Again
                    ? 1
                    : 0;
  }
  const double average_recall = n > 0 ? double(recalled) / n : 0;
  const FilteredItems f = filter_outliers(data, n, o.outlier_filter);
  fit.items = static_cast<int>(f.train.size());
  if (f.train.size() < 8) return fit;  // the defaults

  std::array<double, 4> s0{};
  std::map<int, int> counts;
  if (!initial_stabilities(data, f.init, average_recall, o.guess, s0, counts)) return fit;
  std::array<double, 21> w_init = kFsrsDefaultWeights;
  for (std::size_t i = 0; i < 4; ++i) w_init[i] = s0[i];
  fit.w = w_init;
  fit.mode = FsrsFitMode::Pretrain;
  if (f.train.size() == f.init.size() || f.train.size() < 64) return fit;

  if (!o.enable_short_term) w_init[17] = w_init[18] = w_init[19] = 0;
  // Recency weights over the time-ordered items, then items longer than max_seq_len left out.
  std::vector<int> items;
  std::vector<double> weights;
  for (std::size_t k = 0; k < f.train.size(); ++k) {
    const FsrsItem& it = data.items[static_cast<std::size_t>(f.train[k])];
    if (it.target + 1 > o.max_seq_len) continue;
    items.push_back(f.train[k]);
    weights.push_back(recency_weight(k, f.train.size()));
  }
  const std::size_t total = items.size();
  if (total == 0) return fit;
  std::vector<CardPlan> plans = plan_cards(data, items, weights);

  // Batches of whole cards of about batch_size items each (a card's targets share one replay), cut from
  // the cards in a seeded order; each epoch visits the batches in a new seeded order.
  Rng rng(o.seed);
  rng.shuffle(plans);
  std::vector<std::vector<const CardPlan*>> batches(1);
  std::vector<std::size_t> batch_items(1, 0);
  for (const CardPlan& p : plans) {
    if (batch_items.back() >= static_cast<std::size_t>(o.batch_size)) {
      batches.emplace_back();
      batch_items.push_back(0);
    }
    batches.back().push_back(&p);
    batch_items.back() += p.targets.size();
  }
  const double schedule_steps = double((total / static_cast<std::size_t>(o.batch_size) + 1) * o.epochs);

  std::array<double, 21> w = clip_training_weights(w_init, o.relearning_steps, o.enable_short_term);
  std::array<double, 21> m{}, v{};
  const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
  long step = 0;
  const double all_steps = double(batches.size()) * o.epochs;
  for (int epoch = 0; epoch < o.epochs && !fit.stopped; ++epoch) {
    std::vector<std::size_t> order(batches.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    rng.shuffle(order);
    for (std::size_t bi : order) {
      const double share = double(batch_items[bi]) / double(total);
      FsrsLossGrad lg = loss_and_grad(data, batches[bi], w, w_init, share, o.gamma, o.guess);
      if (!o.enable_short_term)
        for (int j : {0, 1, 2, 3, 17, 18, 19}) lg.grad[static_cast<std::size_t>(j)] = 0;
      const double lr = o.learning_rate * (1 + std::cos(M_PI * double(step) / schedule_steps)) / 2;
      ++step;
      const double c1 = 1 - std::pow(b1, double(step)), c2 = 1 - std::pow(b2, double(step));
      for (std::size_t j = 0; j < 21; ++j) {
        const double g = std::isfinite(lg.grad[j]) ? lg.grad[j] : 0;
        m[j] = b1 * m[j] + (1 - b1) * g;
        v[j] = b2 * v[j] + (1 - b2) * g * g;
        w[j] -= lr * (m[j] / c1) / (std::sqrt(v[j] / c2) + eps);
      }
      w = clip_training_weights(w, o.relearning_steps, o.enable_short_term);
      if (o.progress && !o.progress(double(step) / all_steps)) {
        fit.stopped = true;
        break;
      }
    }
  }
  // The initial stabilities once more through the ordering and filling rules, with the items' counts.
  std::map<int, double> trained;
  for (int r = 1; r <= 4; ++r) trained[r] = w[static_cast<std::size_t>(r - 1)];
  std::array<double, 4> s_final{};
  if (smooth_and_fill(trained, counts, s_final))
    for (std::size_t i = 0; i < 4; ++i) w[i] = s_final[i];
  fit.w = w;
  fit.mode = FsrsFitMode::Full;
  return fit;
}

}  // namespace factdeck
