// The exam planner: the days to the exam simulated with each answer's expected outcome, within the minutes a day.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "factdeck/exam.h"

namespace factdeck {
namespace {

// The days before the exam kept for reviewing the new cards.
constexpr long kReviewWeek = 7;

struct Memory {
  double s = 0, d = 0;
};

// The expected memory after a review on `day`: recalled with probability R (rated Good), else a lapse
// relearned the same day; the two stabilities and difficulties are averaged with those weights.
struct Expected {
  Memory pass, fail, mean;
  double r = 0;  // recall probability at the review
};

Expected review_outcome(const ExamCard& c, long day, const FsrsConfig& config) {
  const int t = static_cast<int>(std::max(0L, day - c.last_day));
  Expected e;
  e.r = retrievability(t, c.stability, config);
  const MemoryState m{c.stability, c.difficulty};
  const MemoryState pass = next_memory(m, t, Rating::Good, config);
  const MemoryState fail = next_memory(next_memory(m, t, Rating::Again, config), 0, Rating::Good, config);
  e.pass = {pass.stability, pass.difficulty};
  e.fail = {fail.stability, fail.difficulty};
  e.mean = {e.r * pass.stability + (1 - e.r) * fail.stability, e.r * pass.difficulty + (1 - e.r) * fail.difficulty};
  return e;
}

double recall_at(double stability, long days, const FsrsConfig& config) {
  return retrievability(static_cast<double>(std::max(0L, days)), stability, config);
}

// The gain in expected recall on the exam day of reviewing `c` on `day` rather than not.
double review_gain(const ExamCard& c, long day, long exam_day, const FsrsConfig& config) {
  const Expected e = review_outcome(c, day, config);
  const double after = e.r * recall_at(e.pass.s, exam_day - day, config) +
                       (1 - e.r) * recall_at(e.fail.s, exam_day - day, config);
  return after - exam_recall(c, exam_day, config);
}

long next_due(double stability, long day, int elapsed, long exam_day, const FsrsConfig& config) {
  return std::min(day + next_interval(stability, config, elapsed, 0), std::max(exam_day, day + 1));
}

// Applies a review's expected outcome; returns its expected cost in seconds.
double apply_review(ExamCard& c, long day, long exam_day, const ExamPlanInput& in) {
  const Expected e = review_outcome(c, day, in.config);
  const int t = static_cast<int>(std::max(0L, day - c.last_day));
  c.stability = e.mean.s;
  c.difficulty = e.mean.d;
  c.last_day = day;
  c.due_day = next_due(c.stability, day, t, exam_day, in.config);
  return in.costs.review + (1 - e.r) * in.costs.relearn;
}

// A new card learned on `day`: rated Good, then Good at its learning step.
void apply_new(ExamCard& c, long day, long exam_day, const FsrsConfig& config) {
  const MemoryState m = next_memory(next_memory(std::nullopt, 0, Rating::Good, config), 0, Rating::Good, config);
  c.is_new = false;
  c.stability = m.stability;
  c.difficulty = m.difficulty;
  c.last_day = day;
  c.due_day = next_due(c.stability, day, 0, exam_day, config);
}

double mean_recall(const std::vector<ExamCard>& cards, long exam_day, const FsrsConfig& config) {
  if (cards.empty()) return 1;
  double sum = 0;
  for (const ExamCard& c : cards) sum += exam_recall(c, exam_day, config);
  return sum / static_cast<double>(cards.size());
}

}  // namespace

double exam_recall(const ExamCard& c, long exam_day, const FsrsConfig& config) {
  if (c.is_new || !(c.stability > 0)) return 0;
  return recall_at(c.stability, exam_day - c.last_day, config);
}

ExamPlan plan_exam(const ExamPlanInput& in) {
  ExamPlan plan;
  std::vector<ExamCard> cards = in.cards;
  // Cards in a stable order, so the same input gives the same plan.
  std::sort(cards.begin(), cards.end(), [](const ExamCard& a, const ExamCard& b) { return a.id < b.id; });
  plan.cards = static_cast<int>(cards.size());
  for (const ExamCard& c : cards) plan.new_cards += c.is_new;
  plan.predicted_now = mean_recall(cards, in.exam_day, in.config);
  plan.days_left = static_cast<int>(std::max(0L, in.exam_day - in.today));
  plan.passed = in.exam_day < in.today;
  const double worst_review = in.costs.review + in.costs.relearn;
  for (long day = in.today; day < in.exam_day; ++day) {
    ExamDay today;
    today.day = day;
    const double budget = in.budget_seconds - (day == in.today ? in.spent_today : 0);
    double worst = 0;  // the day's answers at their worst cost: what the budget bounds
    std::vector<std::int64_t> order;
    const auto fits = [&](double cost) { return worst + cost <= budget + 1e-9; };

    // 1. New cards, spread evenly over the days before the last week, which is kept for their reviews (where
    //    a lapse can still be made good); closer to the exam, all that are left at once. They come first: a
    //    card not learned counts 0 on the day, so learning one gains more than any review.
    int new_left = 0;
    for (const ExamCard& c : cards) new_left += c.is_new;
    const long spread = std::max(1L, in.exam_day - day - kReviewWeek);
    int quota = static_cast<int>((new_left + spread - 1) / spread);
    for (std::size_t i = 0; i < cards.size() && quota > 0; ++i) {
      if (!cards[i].is_new) continue;
      if (!fits(in.costs.new_card)) {
        today.held_back += quota;
        break;
      }
      worst += in.costs.new_card;
      today.seconds += in.costs.new_card;
      apply_new(cards[i], day, in.exam_day, in.config);
      ++today.new_cards;
      --quota;
      order.push_back(cards[i].id);
    }
    // 2. What FSRS has due, most overdue first.
    std::vector<std::size_t> due;
    for (std::size_t i = 0; i < cards.size(); ++i)
      if (!cards[i].is_new && cards[i].due_day <= day) due.push_back(i);
    std::stable_sort(due.begin(), due.end(), [&](std::size_t a, std::size_t b) { return cards[a].due_day < cards[b].due_day; });
    for (std::size_t i : due) {
      if (!fits(worst_review)) {
        ++today.held_back;
        continue;
      }
      worst += worst_review;
      today.seconds += apply_review(cards[i], day, in.exam_day, in);
      ++today.due;
      order.push_back(cards[i].id);
    }
    // 3. Reviews brought forward: cards not due before the exam whose recall on the exam day is below the
    //    target, the largest gain per second first.
    std::vector<std::tuple<double, std::int64_t, std::size_t>> ahead;  // (-gain per second, id, index)
    for (std::size_t i = 0; i < cards.size(); ++i) {
      const ExamCard& c = cards[i];
      if (c.is_new || c.due_day <= day || c.last_day == day) continue;
      if (c.due_day < in.exam_day || exam_recall(c, in.exam_day, in.config) >= in.target) continue;
      const double gain = review_gain(c, day, in.exam_day, in.config);
      if (gain > 0) ahead.emplace_back(-gain / worst_review, c.id, i);
    }
    std::sort(ahead.begin(), ahead.end());
    for (const auto& a : ahead) {
      if (!fits(worst_review)) {
        ++today.held_back;
        continue;
      }
      ExamCard& c = cards[std::get<2>(a)];
      worst += worst_review;
      today.seconds += apply_review(c, day, in.exam_day, in);
      ++today.advanced;
      order.push_back(c.id);
    }
    if (day == in.today) {
      plan.today = std::move(order);
      plan.due_today = today.due;
      plan.new_today = today.new_cards;
      plan.advanced_today = today.advanced;
      plan.held_back_today = today.held_back;
    }
    plan.days.push_back(today);
  }
  plan.predicted = mean_recall(cards, in.exam_day, in.config);
  plan.reachable = plan.predicted >= in.target;
  return plan;
}

void cap_for_exam(SchedulingResult& r, UnixSeconds answer_time, UnixSeconds exam_day_start) {
  if (!r.in_days || answer_time >= exam_day_start || r.card.due <= exam_day_start) return;
  r.card.due = exam_day_start;
  r.card.scheduled_days = static_cast<int>((exam_day_start - answer_time + 86399) / 86400);
  r.interval_minutes = (r.card.due - answer_time) / 60;
}

}  // namespace factdeck
