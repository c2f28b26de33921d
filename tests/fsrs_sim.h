// A simulated learner for the FSRS optimizer's tests: cards scheduled by Factdeck's FSRS, memory following known parameters.
//
// Each day the learner answers every due card (learning steps the same day). Whether they remember is
// drawn from R(t, S) of their own memory, which moves by FSRS-6 with their true parameters; the
// scheduler sees only the answers and uses the default parameters, as the app does before a fit. With
// `options` > 0 every answer is picked from that many options: a forgotten card is still answered right
// one time in `options`, and graded Good like any right answer.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "factdeck/fsrs.h"
#include "factdeck/fsrs_optimizer.h"
#include "factdeck/rng.h"
#include "optimize/fsrs_model.h"

namespace factdeck::sim {

struct Learner {
  std::array<double, 21> w = kFsrsDefaultWeights;  // the learner's true memory parameters
  int days = 60;
  int new_per_day = 10;
  int options = 0;            // 0: typed answers
  double diligence = 0.7;     // chance that a card due on a study day (not a new one) is answered that day
  double days_off = 0.1;      // chance that a day has no study at all
  double retention = 0.9;     // the desired retention the scheduler aims at
  std::uint64_t seed = 1;
  UnixSeconds start = 1704067200;  // 2024-01-01T00:00Z
};

// A standard normal draw from two uniform ones (Box-Muller), the same on every machine.
inline double normal(Rng& rng) {
  const double u = 1.0 - rng.unit(), v = rng.unit();
  return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
}

// Parameters of a plausible learner: the defaults moved by `spread` (log scale), within fsrs-rs's bounds.
inline std::array<double, 21> random_parameters(std::uint64_t seed, double spread = 0.35) {
  Rng rng(seed);
  std::array<double, 21> w = kFsrsDefaultWeights;
  for (std::size_t i = 0; i < 21; ++i) w[i] *= std::exp(spread * normal(rng));
  w[7] = std::max(w[7], 0.001);
  std::sort(w.begin(), w.begin() + 4);  // a harder first answer never means a longer memory

  return clip_training_weights(w, 1, true);
}

inline std::vector<FsrsCardHistory> simulate(const Learner& l) {
  using optimize::MemoryT;
  Rng rng(l.seed);
  FsrsConfig config;  // the default parameters, as the app schedules before a fit
  config.desired_retention = l.retention;
  const FsrsScheduler scheduler(config);
  struct Card {
    CardMemory shown;               // what the scheduler knows
    MemoryT<double> truth{0, 0};    // the learner's real memory
    UnixSeconds last = 0;
    bool seen = false;
    FsrsCardHistory history;
  };
  std::vector<Card> cards;
  for (int day = 0; day < l.days; ++day) {
    const UnixSeconds open = l.start + UnixSeconds(day) * 86400 + 9 * 3600;
    const UnixSeconds close = open + 14 * 3600;
    for (int k = 0; k < l.new_per_day; ++k) {
      Card c;
      c.history.card = "c" + std::to_string(cards.size());
      c.shown.due = open;
      cards.push_back(std::move(c));
    }
    UnixSeconds now = open;
    if (day > 0 && rng.unit() < l.days_off) continue;
    // Reviews the learner puts off today (learning steps and new cards are never put off).
    for (Card& c : cards)
      if (c.seen && c.shown.due < open + 86400 && c.shown.state == CardState::Review && rng.unit() > l.diligence)
        c.shown.due = open + 86400;
    for (;;) {
      // The card due first (by the scheduler), if it is due before the day's study ends; learning steps
      // come back the same day.
      Card* next = nullptr;
      for (Card& c : cards)
        if (c.shown.due <= close && (!next || c.shown.due < next->shown.due)) next = &c;
      if (!next) break;
      Card& c = *next;
      now = std::max(now, c.shown.due);
      const int t = c.seen ? elapsed_days_utc(c.last, now) : 0;
      int rating;
      const std::array<double, 21>& w = l.w;
      const optimize::Consts<double> consts(w);
      if (!c.seen) {
        const double u = rng.unit();
        rating = u < 0.2 ? 1 : u < 0.3 ? 2 : u < 0.9 ? 3 : 4;
        c.truth = optimize::first_memory(w, rating);
      } else {
        const double r = optimize::curve(consts, double(t), c.truth.s);
        const bool recalled = rng.unit() < r;
        const bool right = recalled || (l.options >= 2 && rng.unit() < 1.0 / l.options);
        if (!right) {
          rating = 1;
        } else if (!recalled) {
          rating = 3;
        } else {
          const double u = rng.unit();
          rating = u < 0.12 ? 2 : u < 0.9 ? 3 : 4;
        }
        c.truth = optimize::step(consts, c.truth, r, t, rating);
      }
      FsrsTrainReview rv;
      rv.rating = static_cast<Rating>(rating);
      rv.time = now;
      rv.delta_t = t;
      rv.options = l.options;
      rv.question_type = l.options == 4 ? "mcq" : l.options == 2 ? "tf" : "cloze";
      c.history.reviews.push_back(rv);
      const double fuzz = 0.5;
      c.shown = scheduler.next(c.shown, rv.rating, now, t, fuzz).card;
      c.last = now;
      c.seen = true;
      now += 10;
    }
  }
  std::vector<FsrsCardHistory> out;
  for (Card& c : cards)
    if (!c.history.reviews.empty()) out.push_back(std::move(c.history));
  return out;
}

// The histories as `fsrs optimize --reviews` reads them: one card per line.
inline std::string to_jsonl(const std::vector<FsrsCardHistory>& hs) {
  std::string out;
  for (const FsrsCardHistory& h : hs) {
    out += "{\"card\":\"" + h.card + "\",\"reviews\":[";
    for (std::size_t i = 0; i < h.reviews.size(); ++i) {
      const FsrsTrainReview& r = h.reviews[i];
      if (i) out += ",";
      out += "{\"t\":\"" + format_iso8601(r.time) + "\",\"rating\":" + std::to_string(static_cast<int>(r.rating));
      if (r.options) out += ",\"options\":" + std::to_string(r.options);
      if (!r.question_type.empty()) out += ",\"type\":\"" + r.question_type + "\"";
      out += "}";
    }
    out += "]}\n";
  }
  return out;
}

}  // namespace factdeck::sim
