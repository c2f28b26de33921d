// FSRS-6 as ts-fsrs 5.4.2 computes it: memory formulas, learning steps, day intervals and fuzz.
//
// The expressions keep the reference's order of operations and its rounding to 8 decimals, so
// the doubles come out the same; see /work/shared/design/fsrs.md. Names in comments (BasicScheduler,
// LongTermScheduler, applyLearningSteps ...) are the ts-fsrs functions each part mirrors.
#include "factdeck/fsrs.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "factdeck/rng.h"

namespace factdeck {
namespace {

constexpr int kMinutesPerDay = 1440;

// JavaScript's Math.round: the nearest integer, halves toward +infinity. floor(x + 0.5) would be
// wrong for 0.49999999999999994 and for odd integers above 2^52; x - floor(x) is exact.
double js_round(double x) {
  if (!std::isfinite(x)) return x;
  const double f = std::floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

// ts-fsrs' roundTo(x, 8).
double r8(double x) { return js_round(x * 1e8) / 1e8; }

// clamp(x, lo, hi) = Math.min(Math.max(x, lo), hi); a NaN x stays NaN as in JavaScript.
double clamp(double x, double lo, double hi) { return std::min(std::max(x, lo), hi); }

// A double already known to be small and integral, or a guard against one that is not.
int to_int(double x) {
  if (!(x == x)) return 0;
  if (x >= static_cast<double>(std::numeric_limits<int>::max())) return std::numeric_limits<int>::max();
  if (x <= static_cast<double>(std::numeric_limits<int>::min())) return std::numeric_limits<int>::min();
  return static_cast<int>(x);
}

using Model = FsrsScheduler::Model;

double decay_factor(double decay) {
  // computeDecayFactor: exp(decay^-1 * ln 0.9) - 1, written as the reference writes it.
  return r8(std::exp(std::pow(decay, -1.0) * std::log(0.9)) - 1);
}

// ts-fsrs' init_difficulty, not clamped.
double init_difficulty(const std::array<double, 21>& w, int g) { return r8(w[4] - std::exp((g - 1) * w[5]) + 1); }

// Everything a config determines, computed once. Each constant is the very subexpression the
// formulas below would compute per answer, so the doubles do not change.
Model make_model(const FsrsConfig& c) {
  Model m;
  m.w = clip_weights(c.w, static_cast<int>(c.relearning_steps_minutes.size()), c.enable_short_term);
  const auto& w = m.w;
  m.decay = -w[20];
  m.factor = decay_factor(m.decay);
  // validate() rejects these; falling back keeps every function total on a damaged setting.
  const double r = c.desired_retention > 0 && c.desired_retention <= 1 ? c.desired_retention : 0.9;
  m.im = r8((std::pow(r, 1 / m.decay) - 1) / m.factor);
  for (int g = 1; g <= 4; ++g) {
    m.d0[static_cast<std::size_t>(g - 1)] = init_difficulty(w, g);
    m.short_term_growth[static_cast<std::size_t>(g - 1)] = std::exp(w[17] * (g - 3 + w[18]));
  }
  m.exp_w8 = std::exp(w[8]);
  // Without short-term scheduling w17 and w18 count as 0, so the lapse floor is S itself.
  m.lapse_floor_divisor = c.enable_short_term ? std::exp(w[17] * w[18]) : 1.0;
  m.maximum_interval = std::max(1, c.maximum_interval);
  m.short_term = c.enable_short_term;
  m.fuzz = c.enable_fuzz;
  return m;
}

double forgetting_curve(const Model& m, double t, double s) {
  return r8(std::pow(1 + m.factor * t / s, m.decay));
}

double init_stability(const Model& m, int g) { return std::max(m.w[g - 1], 0.1); }

double next_difficulty(const Model& m, double d, int g) {
  const double delta_d = -m.w[6] * (g - 3);
  const double next_d = d + r8(delta_d * (10 - d) / 9);  // linear damping
  // Mean reversion toward D0(Easy), which is deliberately not clamped here.
  return clamp(r8(m.w[7] * m.d0[3] + (1 - m.w[7]) * next_d), 1, 10);
}

// One card's memory before an answer, with what the ratings' updates share computed once.
// FSRSAlgorithm.next_state, split so that a rating that is not asked for costs nothing.
struct Recall {
  bool fresh = true;  // no memory yet: S0 and D0
  double d = 0, s = 0, r = 0;
  bool same_day = false;      // the short-term rule applies
  double short_term_pow = 0;  // s^-w19
  double recall_base = 0;     // e^w8 (11 - d) s^-w9 (e^((1 - r) w10) - 1), for Hard, Good, Easy
  double lapse = 0;           // next_forget_stability before the floor, for Again
};

Recall prepare_recall(const Model& m, const std::optional<MemoryState>& mem, int t, std::optional<double> r_given,
                      bool need_lapse, bool need_recall) {
  Recall rc;
  if (!mem || (mem->difficulty == 0 && mem->stability == 0)) return rc;
  const auto& w = m.w;
  rc.fresh = false;
  // ts-fsrs throws on these; a damaged stored state is repaired instead so a session can go on.
  rc.d = mem->difficulty >= 1 ? mem->difficulty : 1;
  rc.s = mem->stability >= kStabilityMin ? mem->stability : kStabilityMin;
  rc.r = r_given ? *r_given : forgetting_curve(m, t, rc.s);
  rc.same_day = t == 0 && m.short_term;
  if (rc.same_day) {
    rc.short_term_pow = std::pow(rc.s, -w[19]);
    return rc;
  }
  if (need_lapse)
    rc.lapse = r8(clamp(w[11] * std::pow(rc.d, -w[12]) * (std::pow(rc.s + 1, w[13]) - 1) * std::exp((1 - rc.r) * w[14]),
                        kStabilityMin, kStabilityMax));
  if (need_recall)
    rc.recall_base = m.exp_w8 * (11 - rc.d) * std::pow(rc.s, -w[9]) * (std::exp((1 - rc.r) * w[10]) - 1);
  return rc;
}

// The stability after rating g (a card with memory).
double stability_after(const Model& m, const Recall& rc, int g) {
  const double s = rc.s;
  if (rc.same_day) {
    // next_short_term_stability: a pass never lowers S.
    const double sinc = rc.short_term_pow * m.short_term_growth[static_cast<std::size_t>(g - 1)];
    const double masked = g >= 2 ? std::max(sinc, 1.0) : sinc;
    return r8(clamp(s * masked, kStabilityMin, kStabilityMax));
  }
  if (g == 1) return clamp(r8(s / m.lapse_floor_divisor), kStabilityMin, rc.lapse);
  // next_recall_stability
  const double hard_penalty = g == 2 ? m.w[15] : 1;
  const double easy_bound = g == 4 ? m.w[16] : 1;
  return r8(clamp(s * (1 + rc.recall_base * hard_penalty * easy_bound), kStabilityMin, kStabilityMax));
}

MemoryState memory_after(const Model& m, const Recall& rc, int g) {
  if (rc.fresh) return {init_stability(m, g), clamp(m.d0[static_cast<std::size_t>(g - 1)], 1, 10)};
  return {stability_after(m, rc, g), next_difficulty(m, rc.d, g)};
}

MemoryState step_memory(const Model& m, const std::optional<MemoryState>& mem, int t, int g,
                        std::optional<double> r_given) {
  return memory_after(m, prepare_recall(m, mem, t, r_given, g == 1, g != 1), g);
}

FuzzRange fuzz_range_impl(int interval, int elapsed_days, int maximum_interval) {
  struct Band {
    double start, end, factor;
  };
  static const Band kBands[] = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, std::numeric_limits<double>::infinity(), 0.05}};
  double delta = 1;
  for (const Band& b : kBands) delta += b.factor * std::max(std::min<double>(interval, b.end) - b.start, 0.0);
  const double ivl = std::min(interval, maximum_interval);
  int min_ivl = std::max(2, to_int(js_round(ivl - delta)));
  const int max_ivl = std::min(to_int(js_round(ivl + delta)), maximum_interval);
  if (ivl > elapsed_days) min_ivl = std::max(min_ivl, elapsed_days + 1);
  min_ivl = std::min(min_ivl, max_ivl);
  return {min_ivl, max_ivl};
}

// FSRSAlgorithm.next_interval with apply_fuzz; with `load`, the fuzzed day is load-balanced within the range.
int interval_days(const Model& m, double s, int elapsed_days, double fuzz, const DueLoad* load = nullptr) {
  double v = js_round(s * m.im);
  if (!(v >= 1)) v = 1;
  const int ivl = to_int(std::min<double>(v, m.maximum_interval));
  if (!m.fuzz || ivl < 2.5) return ivl;
  if (!(fuzz >= 0)) fuzz = 0;
  if (fuzz >= 1) fuzz = std::nextafter(1.0, 0.0);
  const FuzzRange r = fuzz_range_impl(ivl, elapsed_days, m.maximum_interval);
  if (load)
    if (const std::optional<int> day = pick_balanced_day(r, *load, fuzz)) return *day;
  return to_int(std::floor(fuzz * (r.max_days - r.min_days + 1) + r.min_days));
}

// One entry of BasicLearningStepsStrategy: the step a rating leads to, if it leads to one.
struct Step {
  bool exists = false;
  int minutes = 0;
  int next_step = 0;
};

Step learning_step(const FsrsConfig& c, CardState state, int cur, int g) {
  const bool relearn = state == CardState::Relearning || state == CardState::Review;
  const std::vector<int>& steps = relearn ? c.relearning_steps_minutes : c.learning_steps_minutes;
  const int n = static_cast<int>(steps.size());
  if (n == 0 || cur >= n) return {};
  if (state == CardState::Review) {
    // A lapse starts relearning at the card's step (0 unless a day-long step graduated it).
    if (g == 1) return {true, steps[static_cast<std::size_t>(cur)], 0};
    return {};
  }
  switch (g) {
    case 1:
      return {true, steps[0], 0};
    case 2: {
      const double hard = n == 1 ? steps[0] * 1.5 : (steps[0] + static_cast<double>(steps[1])) / 2;
      return {true, to_int(js_round(hard)), cur};
    }
    case 3:
      // A zero-minute next step counts as none: the card graduates, as in the reference.
      if (cur + 1 < n && steps[static_cast<std::size_t>(cur + 1)] != 0)
        return {true, steps[static_cast<std::size_t>(cur + 1)], cur + 1};
      return {};
    default:
      return {};
  }
}

// The part of a result every rating shares: reps, last review, the memory already applied.
// Written field by field into place: building a temporary and copying it costs more than the formulas.
void start_result(SchedulingResult& out, const CardMemory& card, int step, const MemoryState& mem, UnixSeconds now,
                  int t, std::optional<double> r) {
  out.card = card;
  out.card.step = step;
  out.card.stability = mem.stability;
  out.card.difficulty = mem.difficulty;
  out.card.reps = card.reps + 1;
  out.card.last_review = now;
  out.interval_minutes = 0;
  out.in_days = false;
  out.elapsed_days = t;
  out.retrievability = r;
}

void schedule_days(SchedulingResult& res, UnixSeconds now, int days) {
  res.card.state = CardState::Review;
  res.card.step = 0;
  res.card.scheduled_days = days;
  res.card.due = now + static_cast<UnixSeconds>(days) * 86400;
  res.in_days = true;
}

// applyLearningSteps: a step under a day keeps the card in to_state; otherwise it graduates.
void apply_learning_steps(const Model& m, const FsrsConfig& c, SchedulingResult& res, CardState from, int step,
                          int g, CardState to_state, UnixSeconds now, int t, double fuzz, const DueLoad* load) {
  const Step st = learning_step(c, from, step, g);
  const int minutes = std::max(0, st.exists ? st.minutes : 0);
  const int next_step = std::max(0, st.exists ? st.next_step : 0);
  if (minutes > 0 && minutes < kMinutesPerDay) {
    res.card.state = to_state;
    res.card.step = next_step;
    res.card.scheduled_days = 0;
    res.card.due = now + static_cast<UnixSeconds>(minutes) * 60;
    res.in_days = false;
  } else if (minutes >= kMinutesPerDay) {
    // A step of a day or more: Review state, but due after the step and keeping the step index.
    res.card.state = CardState::Review;
    res.card.step = next_step;
    res.card.scheduled_days = minutes / kMinutesPerDay;
    res.card.due = now + static_cast<UnixSeconds>(minutes) * 60;
    res.in_days = false;
  } else {
    schedule_days(res, now, interval_days(m, res.card.stability, t, fuzz, load));
  }
}

void finish(SchedulingResult& res, UnixSeconds now) { res.interval_minutes = (res.card.due - now) / 60; }

}  // namespace

const char* card_state_name(CardState s) {
  switch (s) {
    case CardState::New: return "New";
    case CardState::Learning: return "Learning";
    case CardState::Review: return "Review";
    case CardState::Relearning: return "Relearning";
  }
  return "New";
}

Status validate(const FsrsConfig& c) {
  for (std::size_t i = 0; i < c.w.size(); ++i)
    if (!std::isfinite(c.w[i])) return Status::Error("FSRS weight w" + std::to_string(i) + " is not a finite number");
  if (!(c.desired_retention > 0 && c.desired_retention <= 1))
    return Status::Error("desired retention must be in (0, 1], got " + std::to_string(c.desired_retention));
  if (c.maximum_interval < 1) return Status::Error("maximum interval must be at least 1 day");
  for (int m : c.learning_steps_minutes)
    if (m < 0) return Status::Error("learning steps must not be negative");
  for (int m : c.relearning_steps_minutes)
    if (m < 0) return Status::Error("relearning steps must not be negative");
  return Status::Ok();
}

std::array<double, 21> clip_weights(const std::array<double, 21>& w, int relearning_steps, bool enable_short_term) {
  // CLAMP_PARAMETERS of ts-fsrs: the bounds its optimizer keeps weights within.
  std::array<double, 21> lo = {kStabilityMin, kStabilityMin, kStabilityMin, kStabilityMin, 1, 0.001, 0.001,
                               0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0,
                               enable_short_term ? 0.01 : 0, 0.1};
  std::array<double, 21> hi = {100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6,
                               2, 2, 0.8, 0.8};
  const auto or_zero = [](double x) { return x == x ? x : 0.0; };  // JavaScript's `x || 0`
  if (relearning_steps > 1) {
    // Each relearning step multiplies S by e^(w17*w18) at most; cap w17 and w18 so that all the
    // steps together cannot lift S above what a lapse allows.
    const double w11 = clamp(or_zero(w[11]), lo[11], hi[11]);
    const double w13 = clamp(or_zero(w[13]), lo[13], hi[13]);
    const double w14 = clamp(or_zero(w[14]), lo[14], hi[14]);
    const double value = -(std::log(w11) + std::log(std::pow(2, w13) - 1) + w14 * 0.3) / relearning_steps;
    const double ceiling = clamp(r8(std::sqrt(std::max(value, 0.0))), 0.01, 2);
    hi[17] = ceiling;
    hi[18] = ceiling;
  }
  std::array<double, 21> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = clamp(or_zero(w[i]), lo[i], hi[i]);
  return out;
}

FsrsScheduler::FsrsScheduler(const FsrsConfig& config) : config_(config), model_(make_model(config)) {}

void FsrsScheduler::schedule(const CardMemory& card, UnixSeconds now, int elapsed_days, double fuzz, int only,
                             const DueLoad* load, SchedulingResult* out) const {
  const Model& m = model_;
  const auto wants = [&](int g) { return only == 0 || only == g; };
  const auto at = [&](int g) -> SchedulingResult& { return out[only == 0 ? g - 1 : 0]; };
  const int step = std::max(0, card.step);
  const bool is_new = card.state == CardState::New;
  const bool review = card.state == CardState::Review;
  const int t = is_new ? 0 : std::max(0, elapsed_days);
  const std::optional<MemoryState> mem =
      is_new ? std::nullopt : std::optional<MemoryState>(MemoryState{card.stability, card.difficulty});
  const std::optional<double> r =
      is_new ? std::nullopt
             : std::optional<double>(forgetting_curve(m, t, std::max(card.stability, kStabilityMin)));

  // In the long-term scheduler Again and Hard are ordered against each other, so both are needed.
  const bool need_lapse = wants(1) || !m.short_term;
  const bool need_recall = only != 1 || !m.short_term;
  const Recall recall = prepare_recall(m, mem, t, r, need_lapse, need_recall);
  for (int g = 1; g <= 4; ++g)
    if (wants(g)) start_result(at(g), card, step, memory_after(m, recall, g), now, t, r);
  // A rating's interval in days; for a rating not asked for, from its stability alone.
  const auto days = [&](int g) {
    const double s = wants(g) ? at(g).card.stability : recall.fresh ? init_stability(m, g) : stability_after(m, recall, g);
    return interval_days(m, s, t, fuzz, load);
  };

  if (m.short_term && !review) {
    // BasicScheduler newState / learningState: each rating walks the steps on its own.
    const CardState to = is_new ? CardState::Learning : card.state;
    for (int g = 1; g <= 4; ++g)
      if (wants(g)) apply_learning_steps(m, config_, at(g), card.state, step, g, to, now, t, fuzz, load);
  } else if (m.short_term) {
    // BasicScheduler reviewState: Again relearns; Hard < Good < Easy in whole days.
    if (wants(1)) {
      apply_learning_steps(m, config_, at(1), card.state, step, 1, CardState::Relearning, now, t, fuzz, load);
      at(1).card.lapses += 1;
    }
    if (only != 1) {
      int hard = days(2);
      int good = days(3);
      hard = std::min(hard, good);
      good = std::max(good, hard + 1);
      if (wants(2)) schedule_days(at(2), now, hard);
      if (wants(3)) schedule_days(at(3), now, good);
      if (wants(4)) schedule_days(at(4), now, std::max(days(4), good + 1));
    }
  } else {
    // LongTermScheduler (short-term off): every rating gives whole days, Again < Hard < Good < Easy.
    int again = days(1);
    int hard = days(2);
    again = std::min(again, hard);
    hard = std::max(hard, again + 1);
    if (wants(1)) schedule_days(at(1), now, again);
    if (wants(2)) schedule_days(at(2), now, hard);
    if (wants(3) || wants(4)) {
      const int good = std::max(days(3), hard + 1);
      if (wants(3)) schedule_days(at(3), now, good);
      if (wants(4)) schedule_days(at(4), now, std::max(days(4), good + 1));
    }
    if (!is_new && wants(1)) at(1).card.lapses += 1;
  }
  for (int g = 1; g <= 4; ++g)
    if (wants(g)) finish(at(g), now);
}

std::array<SchedulingResult, 4> FsrsScheduler::preview(const CardMemory& card, UnixSeconds now, int elapsed_days,
                                                       double fuzz, const DueLoad* load) const {
  std::array<SchedulingResult, 4> out;
  schedule(card, now, elapsed_days, fuzz, 0, load, out.data());
  return out;
}

SchedulingResult FsrsScheduler::next(const CardMemory& card, Rating rating, UnixSeconds now, int elapsed_days,
                                     double fuzz, const DueLoad* load) const {
  SchedulingResult out;
  schedule(card, now, elapsed_days, fuzz, std::min(4, std::max(1, static_cast<int>(rating))), load, &out);
  return out;
}

namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Equal configs give equal results; compared bit for bit so -0 and NaN weights count as set.
bool same_config(const FsrsConfig& a, const FsrsConfig& b) {
  for (std::size_t i = 0; i < a.w.size(); ++i)
    if (!same_bits(a.w[i], b.w[i])) return false;
  return same_bits(a.desired_retention, b.desired_retention) && a.maximum_interval == b.maximum_interval &&
         a.enable_short_term == b.enable_short_term && a.enable_fuzz == b.enable_fuzz &&
         a.learning_steps_minutes == b.learning_steps_minutes &&
         a.relearning_steps_minutes == b.relearning_steps_minutes;
}

// The scheduler for the last config this thread used: callers of the free functions mostly pass
// the same config again and again, and preparing it costs more than an answer.
const FsrsScheduler& prepared(const FsrsConfig& config) {
  thread_local std::optional<FsrsScheduler> last;
  if (!last || !same_config(last->config(), config)) last.emplace(config);
  return *last;
}

}  // namespace

std::array<SchedulingResult, 4> preview(const CardMemory& card, const FsrsConfig& config, UnixSeconds now,
                                        int elapsed_days, double fuzz, const DueLoad* load) {
  return prepared(config).preview(card, now, elapsed_days, fuzz, load);
}

SchedulingResult next_state(const CardMemory& card, Rating rating, const FsrsConfig& config, UnixSeconds now,
                            int elapsed_days, double fuzz) {
  return prepared(config).next(card, rating, now, elapsed_days, fuzz);
}

double retrievability(double elapsed_days, double stability, const FsrsConfig& config) {
  return forgetting_curve(prepared(config).model(), elapsed_days, stability);
}

double interval_modifier(const FsrsConfig& config) { return prepared(config).model().im; }

int next_interval(double stability, const FsrsConfig& config, int elapsed_days, double fuzz) {
  return interval_days(prepared(config).model(), stability, elapsed_days, fuzz);
}

MemoryState next_memory(const std::optional<MemoryState>& memory, int elapsed_days, Rating rating,
                        const FsrsConfig& config, std::optional<double> r) {
  const int g = std::min(4, std::max(1, static_cast<int>(rating)));
  return step_memory(prepared(config).model(), memory, std::max(0, elapsed_days), g, r);
}

double initial_stability(Rating rating, const FsrsConfig& config) {
  return init_stability(prepared(config).model(), std::min(4, std::max(1, static_cast<int>(rating))));
}

double initial_difficulty(Rating rating, const FsrsConfig& config) {
  return prepared(config).model().d0[static_cast<std::size_t>(std::min(4, std::max(1, static_cast<int>(rating))) - 1)];
}

FuzzRange fuzz_range(int interval_days, int elapsed_days, int maximum_interval) {
  return fuzz_range_impl(interval_days, elapsed_days, maximum_interval);
}

std::optional<int> pick_balanced_day(const FuzzRange& range, const DueLoad& load, double fuzz) {
  if (range.min_days < 1 || range.max_days < range.min_days || range.max_days > kMaxBalancedInterval ||
      range.max_days >= static_cast<int>(load.due.size()))
    return std::nullopt;
  if (!(fuzz >= 0)) fuzz = 0;
  if (fuzz >= 1) fuzz = std::nextafter(1.0, 0.0);
  std::vector<double> cumulative;
  double total = 0;
  for (int d = range.min_days; d <= range.max_days; ++d) {
    const double n = std::max(0, load.due[static_cast<std::size_t>(d)]);
    total += n == 0 ? 1.0 : 1.0 / (n * n * d);
    cumulative.push_back(total);
  }
  const double x = fuzz * total;
  for (std::size_t i = 0; i < cumulative.size(); ++i)
    if (x < cumulative[i]) return range.min_days + static_cast<int>(i);
  return range.max_days;
}

int elapsed_days_utc(UnixSeconds last, UnixSeconds now) {
  const auto day = [](UnixSeconds t) { return t >= 0 ? t / 86400 : -((-t + 86399) / 86400); };
  const std::int64_t d = day(now) - day(last);
  return static_cast<int>(std::max<std::int64_t>(std::min<std::int64_t>(d, std::numeric_limits<int>::max()),
                                                  std::numeric_limits<int>::min()));
}

double fuzz_number(std::uint64_t card_key_hash, int reps) {
  // Mixing the review count in before SplitMix64 seeding gives each answer its own stream.
  Rng rng(card_key_hash ^ (0x9e3779b97f4a7c15ULL * (static_cast<std::uint64_t>(static_cast<std::uint32_t>(reps)) + 1)));
  return rng.unit();
}

}  // namespace factdeck
