// The FSRS-6 recurrence as fsrs-rs trains it (no rounding, S0 = w[G-1], S and D clamped after each step).
//
// Predictions and the simulated learner of the tests use it; fsrs_gradient.cpp follows the same steps with
// their derivatives.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>

#include "factdeck/fsrs_optimizer.h"

namespace factdeck::optimize {

inline constexpr int kParams = 21;
inline constexpr double kSMin = 0.001, kSMax = 36500, kDMin = 1, kDMax = 10;
inline constexpr double kProbMin = 1e-7, kProbMax = 1 - 1e-7;

inline double val(double x) { return x; }

// Clamping follows the value: at a bound the result is the constant bound (no derivative).
template <class T>
T clamp_to(const T& x, double lo, double hi) {
  if (val(x) < lo) return T(lo);
  if (val(x) > hi) return T(hi);
  return x;
}
template <class T>
const T& min_of(const T& a, const T& b) {
  return val(b) < val(a) ? b : a;
}

template <class T>
T initial_difficulty(const std::array<T, kParams>& w, int rating) {
  return w[4] - exp(w[5] * double(rating - 1)) + 1.0;
}

// The parts of the formulas that depend on the parameters only, computed once per pass over the data.
template <class T>
struct Consts {
  std::array<T, kParams> w;
  T decay;                        // -w20
  T factor;                       // 0.9^(1/decay) - 1, so R(S, S) = 0.9
  T easy_d0;                      // D0(Easy), unclamped: the target of difficulty's mean reversion
  T exp_w8;
  std::array<T, 5> short_growth;  // e^(w17 (G - 3 + w18)) for G = 1..4 (index 0 unused)
  T lapse_divisor;                // e^(w17 w18)
  explicit Consts(const std::array<T, kParams>& weights) : w(weights) {
    decay = -w[20];
    factor = pow(T(0.9), 1.0 / decay) - 1.0;
    easy_d0 = initial_difficulty(w, 4);
    exp_w8 = exp(w[8]);
    for (int g = 1; g <= 4; ++g) short_growth[static_cast<std::size_t>(g)] = exp(w[17] * (double(g - 3) + w[18]));
    lapse_divisor = exp(w[17] * w[18]);
  }
};

// R(t, S) = (1 + factor t / S)^(-w20).
template <class T>
T curve(const Consts<T>& k, double t, const T& s) {
  return pow(1.0 + k.factor * (std::max(t, 0.0)) / s, k.decay);
}

template <class T>
struct MemoryT {
  T s;
  T d;
};

// The memory after one answer of `rating` given `delta_t` days after the previous one, from memory m
// whose recall probability now is r.
template <class T>
MemoryT<T> step(const Consts<T>& k, const MemoryT<T>& m, const T& r, int delta_t, int rating) {
  const std::array<T, kParams>& w = k.w;
  const T& s = m.s;
  const T& d = m.d;
  T new_s;
  if (delta_t == 0) {
    T inc = k.short_growth[static_cast<std::size_t>(rating)] * pow(s, -w[19]);
    if (rating >= 2 && val(inc) < 1) inc = T(1);
    new_s = s * inc;
  } else if (rating == 1) {
    const T raw = w[11] * pow(d, -w[12]) * (pow(s + 1.0, w[13]) - 1.0) * exp((1.0 - r) * w[14]);
    const T floor = s / k.lapse_divisor;
    new_s = min_of(raw, floor);
  } else {
    T inc = k.exp_w8 * (11.0 - d) * pow(s, -w[9]) * (exp((1.0 - r) * w[10]) - 1.0);
    if (rating == 2) inc = inc * w[15];
    if (rating == 4) inc = inc * w[16];
    new_s = s * (inc + 1.0);
  }
  const T next_d = d + (10.0 - d) * (-w[6] * double(rating - 3)) / 9.0;
  const T mean_d = w[7] * (k.easy_d0 - next_d) + next_d;
  return {clamp_to(new_s, kSMin, kSMax), clamp_to(mean_d, kDMin, kDMax)};
}

template <class T>
MemoryT<T> first_memory(const std::array<T, kParams>& w, int rating) {
  return {clamp_to(w[rating - 1], kSMin, kSMax), clamp_to(initial_difficulty(w, rating), kDMin, kDMax)};
}

// Replays reviews[0..last] of a card; calls at(i, R) with the recall probability R before answer i for
// each i in 1..last (the caller picks the targets it scores).
template <class T, class At>
void replay_card(const Consts<T>& k, const FsrsCardHistory& card, int last, At&& at) {
  const auto& rv = card.reviews;
  MemoryT<T> m = first_memory(k.w, static_cast<int>(rv[0].rating));
  for (int i = 1; i <= last; ++i) {
    const T r = curve(k, double(rv[i].delta_t), m.s);
    at(i, r);
    if (i == last) break;
    m = step(k, m, r, rv[i].delta_t, static_cast<int>(rv[i].rating));
  }
}

template <class T>
T chance_correct_t(const T& r, int options, bool guess) {
  if (!guess || options < 2) return r;
  return r + (1.0 - r) / double(options);
}

}  // namespace factdeck::optimize
