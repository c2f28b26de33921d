// The FSRS-6 training loss's gradient, step by step: each formula of fsrs.md with its partial derivatives written out.
#include "optimize/fsrs_gradient.h"

#include <cmath>

namespace factdeck::optimize {

namespace {

bool inside(double x, double lo, double hi) { return x >= lo && x <= hi; }

// out = a x + b y + c z (each a gradient vector).
void combine(Grad& out, double a, const Grad& x, double b, const Grad& y, double c, const Grad& z) {
  for (int i = 0; i < kParams; ++i) out[i] = a * x[i] + b * y[i] + c * z[i];
}

}  // namespace

void card_loss_grad(const Consts<double>& k, const FsrsCardHistory& card,
                    const std::vector<std::pair<int, double>>& targets, bool guess, double& loss, Grad& grad) {
  const std::array<double, kParams>& w = k.w;
  const auto& rv = card.reviews;
  const int last = targets.back().first;

  // The first answer: S0 = w[G-1], D0 = w4 - e^((G-1) w5) + 1, each clamped.
  const int g0 = static_cast<int>(rv[0].rating);
  double s = w[static_cast<std::size_t>(g0 - 1)];
  Grad gs{}, gd{}, gr{}, next_s{}, next_d{};
  if (inside(s, kSMin, kSMax))
    gs[static_cast<std::size_t>(g0 - 1)] = 1;
  else
    s = std::min(std::max(s, kSMin), kSMax);
  const double e0 = std::exp((g0 - 1) * w[5]);
  double d = w[4] - e0 + 1;
  if (inside(d, kDMin, kDMax)) {
    gd[4] = 1;
    gd[5] = -(g0 - 1) * e0;
  } else {
    d = std::min(std::max(d, kDMin), kDMax);
  }

  // The curve's constants: R = (1 + f t / S)^decay, decay = -w20, f = e^(-ln 0.9 / w20) - 1.
  const double decay = k.decay, factor = k.factor;
  const double dfactor_dw20 = (factor + 1) * std::log(0.9) / (w[20] * w[20]);
  const double easy_d0 = k.easy_d0;
  const double deasy_dw5 = -3 * std::exp(3 * w[5]);

  std::size_t next = 0;
  for (int i = 1; i <= last; ++i) {
    const FsrsTrainReview& a = rv[static_cast<std::size_t>(i)];
    const double t = std::max(0, a.delta_t);
    const double base = 1 + factor * t / s;
    const double r = std::pow(base, decay);
    // dR/dS and dR/dw20.
    const double dr_ds = r * decay / base * (-factor * t / (s * s));
    const double dr_dw20 = r * (-std::log(base) + decay / base * (t / s) * dfactor_dw20);
    for (int j = 0; j < kParams; ++j) gr[j] = dr_ds * gs[j];
    gr[20] += dr_dw20;

    if (next < targets.size() && targets[next].first == i) {
      const double weight = targets[next].second;
      const bool guessing = guess && a.options >= 2;
      const double p = guessing ? r + (1 - r) / a.options : r;
      const double dp_dr = guessing ? 1 - 1.0 / a.options : 1;
      const bool right = a.rating != Rating::Again;
      const double q = std::min(std::max(p, kProbMin), kProbMax);
      loss += weight * (right ? -std::log(q) : -std::log(1 - q));
      if (inside(p, kProbMin, kProbMax)) {
        const double dl_dr = weight * (right ? -1 / q : 1 / (1 - q)) * dp_dr;
        for (int j = 0; j < kParams; ++j) grad[j] += dl_dr * gr[j];
      }
      ++next;
    }
    if (i == last) break;

    // Stability after the answer, with its derivatives.
    const int g = static_cast<int>(a.rating);
    double new_s;
    if (a.delta_t == 0) {
      // Same day: S' = S e^(w17 (G - 3 + w18)) S^(-w19), at least S for a right answer.
      const double inc = k.short_growth[static_cast<std::size_t>(g)] * std::pow(s, -w[19]);
      if (g >= 2 && inc < 1) {
        new_s = s;
        next_s = gs;
      } else {
        new_s = s * inc;
        for (int j = 0; j < kParams; ++j) next_s[j] = inc * (1 - w[19]) * gs[j];
        next_s[17] += new_s * (g - 3 + w[18]);
        next_s[18] += new_s * w[17];
        next_s[19] += new_s * -std::log(s);
      }
    } else if (g == 1) {
      // A lapse: min(w11 D^(-w12) ((S + 1)^w13 - 1) e^((1 - R) w14), S / e^(w17 w18)).
      const double floor = s / k.lapse_divisor;
      const double dpow = std::pow(d, -w[12]), sp = std::pow(s + 1, w[13]), e = std::exp((1 - r) * w[14]);
      const double raw = w[11] * dpow * (sp - 1) * e;
      if (floor < raw) {
        new_s = floor;
        for (int j = 0; j < kParams; ++j) next_s[j] = gs[j] / k.lapse_divisor;
        next_s[17] += -floor * w[18];
        next_s[18] += -floor * w[17];
      } else {
        new_s = raw;
        combine(next_s, w[11] * dpow * w[13] * sp / (s + 1) * e, gs, raw * (-w[12] / d), gd, raw * -w[14], gr);
        next_s[11] += dpow * (sp - 1) * e;
        next_s[12] += raw * -std::log(d);
        next_s[13] += w[11] * dpow * sp * std::log(s + 1) * e;
        next_s[14] += raw * (1 - r);
      }
    } else {
      // A recall: S (1 + e^w8 (11 - D) S^(-w9) (e^((1 - R) w10) - 1) HP EB).
      const double hp = g == 2 ? w[15] : 1, eb = g == 4 ? w[16] : 1;
      const double core = k.exp_w8 * (11 - d) * std::pow(s, -w[9]);
      const double e1 = std::exp((1 - r) * w[10]);
      const double inc = core * (e1 - 1) * hp * eb;
      new_s = s * (inc + 1);
      combine(next_s, inc + 1 - inc * w[9], gs, -s * inc / (11 - d), gd, s * core * hp * eb * e1 * -w[10], gr);
      next_s[8] += s * inc;
      next_s[9] += s * inc * -std::log(s);
      next_s[10] += s * core * hp * eb * e1 * (1 - r);
      if (g == 2) next_s[15] += s * core * (e1 - 1) * eb;
      if (g == 4) next_s[16] += s * core * (e1 - 1) * hp;
    }
    if (!inside(new_s, kSMin, kSMax)) {
      new_s = std::min(std::max(new_s, kSMin), kSMax);
      next_s.fill(0);
    }

    // Difficulty: D' = D - w6 (G - 3) (10 - D) / 9, then w7 of the way back to D0(Easy), clamped.
    const double c = g - 3;
    const double moved = d - w[6] * c * (10 - d) / 9;
    const double mean = w[7] * (easy_d0 - moved) + moved;
    if (inside(mean, kDMin, kDMax)) {
      const double keep = (1 - w[7]) * (1 + w[6] * c / 9);
      for (int j = 0; j < kParams; ++j) next_d[j] = keep * gd[j];
      next_d[6] += (1 - w[7]) * (-c * (10 - d) / 9);
      next_d[7] += easy_d0 - moved;
      next_d[4] += w[7];
      next_d[5] += w[7] * deasy_dw5;
      d = mean;
    } else {
      d = std::min(std::max(mean, kDMin), kDMax);
      next_d.fill(0);
    }
    s = new_s;
    gs = next_s;
    gd = next_d;
  }
}

}  // namespace factdeck::optimize
