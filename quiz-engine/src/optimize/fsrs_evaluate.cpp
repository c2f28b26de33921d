// Scoring FSRS parameters on a history (log loss, RMSE(bins), AUC), fsrs-rs's time split, and the health check of a fit.
#include "factdeck/fsrs_evaluate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <tuple>

#include "optimize/fsrs_model.h"
#include "optimize/fsrs_pretrain.h"

namespace factdeck {

namespace {

double bce(double p, bool y) {
  const double q = std::min(std::max(p, optimize::kProbMin), optimize::kProbMax);
  return y ? -std::log(q) : -std::log(1 - q);
}

// round(base * ratio^floor(log_ratio x)), as srs-benchmark labels its bins.
double bin_label(double x, double base, double ratio) {
  return base * std::pow(ratio, std::floor(std::log(x) / std::log(ratio)));
}

double rmse_bins_of(const std::vector<FsrsPrediction>& ps) {
  struct Acc {
    double p = 0, y = 0, n = 0, w = 0;
  };
  std::map<FsrsBin, Acc> bins;
  for (const FsrsPrediction& x : ps) {
    Acc& a = bins[fsrs_bin(x.delta_t, x.long_term, x.lapses)];
    a.p += x.p;
    a.y += x.y ? 1 : 0;
    a.n += 1;
    a.w += x.weight;
  }
  double num = 0, den = 0;
  for (const auto& [bin, a] : bins) {
    const double d = a.y / a.n - a.p / a.n;
    num += d * d * a.w;
    den += a.w;
  }
  return den > 0 ? std::sqrt(num / den) : 0;
}

std::optional<double> auc_of(const std::vector<FsrsPrediction>& ps) {
  std::vector<std::pair<double, bool>> v;
  v.reserve(ps.size());
  for (const FsrsPrediction& x : ps) v.emplace_back(x.p, x.y);
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  double pos = 0, neg = 0, rank_sum = 0;
  for (std::size_t i = 0; i < v.size();) {
    std::size_t j = i;
    while (j < v.size() && v[j].first == v[i].first) ++j;
    const double avg_rank = (double(i + 1) + double(j)) / 2;  // ranks i+1..j share their mean
    for (std::size_t k = i; k < j; ++k) {
      if (v[k].second) {
        rank_sum += avg_rank;
        ++pos;
      } else {
        ++neg;
      }
    }
    i = j;
  }
  if (pos == 0 || neg == 0) return std::nullopt;
  return (rank_sum - pos * (pos + 1) / 2) / (pos * neg);
}

std::string fixed4(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", x);
  return buf;
}

}  // namespace

bool FsrsBin::operator<(const FsrsBin& o) const {
  return std::tie(interval_x100, count, lapses) < std::tie(o.interval_x100, o.count, o.lapses);
}

FsrsBin fsrs_bin(int delta_t, int long_term, int lapses) {
  FsrsBin b;
  b.interval_x100 = std::lround(bin_label(std::max(delta_t, 1), 2.48, 3.62) * 100);
  b.count = std::lround(bin_label(long_term + 1, 1.99, 1.89));
  b.lapses = lapses == 0 ? 0 : std::lround(bin_label(lapses, 1.65, 1.73));
  return b;
}

std::vector<FsrsPrediction> fsrs_predictions(const FsrsDataset& data, const std::vector<int>& items,
                                             const std::array<double, 21>& w, bool guess) {
  const std::vector<double> r = fsrs_predict(data, items, w);
  std::vector<FsrsPrediction> out;
  out.reserve(items.size());
  for (std::size_t k = 0; k < items.size(); ++k) {
    const FsrsItem& it = data.items[static_cast<std::size_t>(items[k])];
    const auto& rv = data.cards[static_cast<std::size_t>(it.card)].reviews;
    const optimize::ItemFacts f = optimize::item_facts(data, it);
    FsrsPrediction p;
    p.p = chance_correct(r[k], f.options, guess);
    p.y = f.recalled;
    p.delta_t = rv[static_cast<std::size_t>(it.target)].delta_t;
    p.long_term = f.long_term;
    p.options = f.options;
    for (int j = 1; j < it.target; ++j)
      if (rv[static_cast<std::size_t>(j)].rating == Rating::Again && rv[static_cast<std::size_t>(j)].delta_t > 0)
        ++p.lapses;
    out.push_back(p);
  }
  return out;
}

FsrsMetrics fsrs_metrics(const std::vector<FsrsPrediction>& ps) {
  FsrsMetrics m;
  m.n = static_cast<int>(ps.size());
  if (ps.empty()) return m;
  double loss = 0, wsum = 0;
  for (const FsrsPrediction& x : ps) {
    loss += x.weight * bce(x.p, x.y);
    wsum += x.weight;
  }
  m.log_loss = wsum > 0 ? loss / wsum : 0;
  m.rmse_bins = rmse_bins_of(ps);
  m.auc = auc_of(ps);
  return m;
}

const char* question_kind(int options) {
  if (options >= 3) return "options";
  if (options == 2) return "true/false";
  return "typed";
}

std::vector<FsrsCalibration> fsrs_calibration(const std::vector<FsrsPrediction>& ps) {
  std::vector<FsrsCalibration> out;
  for (const char* kind : {"options", "true/false", "typed"}) {
    std::vector<FsrsPrediction> of_kind;
    for (const FsrsPrediction& x : ps)
      if (std::string(question_kind(x.options)) == kind) of_kind.push_back(x);
    if (of_kind.empty()) continue;
    FsrsCalibration c;
    c.kind = kind;
    c.n = static_cast<int>(of_kind.size());
    for (const FsrsPrediction& x : of_kind) {
      c.predicted += x.p;
      c.observed += x.y ? 1 : 0;
    }
    c.predicted /= c.n;
    c.observed /= c.n;
    c.rmse_bins = rmse_bins_of(of_kind);
    out.push_back(c);
  }
  return out;
}

std::vector<FsrsSplit> fsrs_time_splits(int n) {
  std::vector<FsrsSplit> out;
  const int seg = n / 6;
  if (seg == 0) return out;
  for (int i = 0; i < 5; ++i) out.push_back({(i + 1) * seg, (i + 1) * seg, i == 4 ? n : (i + 2) * seg});
  return out;
}

FsrsReport optimize_and_evaluate(const FsrsDataset& data, const FsrsOptimizerOptions& options) {
  FsrsReport rep;
  const int n = static_cast<int>(data.items.size());
  rep.items = n;
  const std::vector<FsrsSplit> splits = fsrs_time_splits(n);
  // Progress over the six fits: the one on every item, then one per fold.
  const double fits = 1.0 + double(splits.size());
  int fit_index = 0;
  FsrsOptimizerOptions o = options;
  if (options.progress)
    o.progress = [&](double share) { return options.progress((fit_index + share) / fits); };

  rep.fit = fit_fsrs(data, o);
  rep.stopped = rep.fit.stopped;
  std::vector<int> all(static_cast<std::size_t>(n));
  std::iota(all.begin(), all.end(), 0);
  auto weighted = [&](std::vector<FsrsPrediction> ps) {
    for (std::size_t k = 0; k < ps.size(); ++k) {
      const double x = double(k) / double(std::max<std::size_t>(ps.size(), 2) - 1);
      ps[k].weight = 0.25 + 0.75 * x * x * x;
    }
    return ps;
  };
  rep.train_default = fsrs_metrics(weighted(fsrs_predictions(data, all, kFsrsDefaultWeights, options.guess)));
  rep.train_fit = fsrs_metrics(weighted(fsrs_predictions(data, all, rep.fit.w, options.guess)));

  std::vector<FsrsPrediction> test_default, test_fit;
  for (const FsrsSplit& s : splits) {
    if (rep.stopped) break;
    ++fit_index;
    const FsrsFit fold = fit_fsrs(data, o, s.train_end);
    rep.stopped = fold.stopped;
    std::vector<int> test(static_cast<std::size_t>(s.test_end - s.test_begin));
    std::iota(test.begin(), test.end(), s.test_begin);
    for (const FsrsPrediction& p : fsrs_predictions(data, test, kFsrsDefaultWeights, options.guess))
      test_default.push_back(p);
    for (const FsrsPrediction& p : fsrs_predictions(data, test, fold.w, options.guess)) test_fit.push_back(p);
  }
  rep.test_default = fsrs_metrics(test_default);
  rep.test_fit = fsrs_metrics(test_fit);
  rep.calibration_default = fsrs_calibration(test_default);
  rep.calibration_fit = fsrs_calibration(test_fit);

  if (rep.stopped) {
    rep.reason = "stopped before the end: the defaults are kept";
  } else if (rep.fit.mode == FsrsFitMode::Default) {
    rep.reason = "only " + std::to_string(rep.fit.items) +
                 " answers to fit on (8 are needed, each a card's first of its day after the first day): the "
                 "defaults are kept";
  } else if (splits.empty() || test_fit.empty()) {
    rep.reason = "too few answers to test the fit on later ones: the defaults are kept";
  } else if (rep.test_fit.log_loss < rep.test_default.log_loss) {
    rep.used = true;
    rep.reason = "the fit predicts later answers better than the defaults: log loss " +
                 fixed4(rep.test_fit.log_loss) + " against " + fixed4(rep.test_default.log_loss);
  } else {
    rep.reason = "the fit does not predict later answers better than the defaults (log loss " +
                 fixed4(rep.test_fit.log_loss) + " against " + fixed4(rep.test_default.log_loss) +
                 "): the defaults are kept";
  }
  return rep;
}

FsrsEvaluation evaluate_fsrs(const FsrsDataset& data, const std::array<double, 21>& w, bool guess) {
  FsrsEvaluation e;
  const int n = static_cast<int>(data.items.size());
  e.items = n;
  std::vector<int> all(static_cast<std::size_t>(n));
  std::iota(all.begin(), all.end(), 0);
  const std::vector<FsrsPrediction> ps = fsrs_predictions(data, all, w, guess);
  e.all = fsrs_metrics(ps);
  e.calibration = fsrs_calibration(ps);
  const std::size_t first_test = static_cast<std::size_t>(n / 6);
  if (n / 6 > 0) e.test = fsrs_metrics(std::vector<FsrsPrediction>(ps.begin() + static_cast<long>(first_test), ps.end()));
  return e;
}

}  // namespace factdeck
