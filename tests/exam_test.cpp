// The exam date: the planner's rules (budget, advancing, most useful first, new cards early, reachability), the interval cap, settings and costs.
#include <doctest/doctest.h>

#include <algorithm>

#include "factdeck/exam.h"
#include "test_store.h"
#include "test_study.h"

using namespace factdeck;

namespace {

ExamCard known(std::int64_t id, double stability, long last_day, long due_day) {
  ExamCard c;
  c.id = id;
  c.is_new = false;
  c.stability = stability;
  c.difficulty = 5;
  c.last_day = last_day;
  c.due_day = due_day;
  return c;
}

ExamCard fresh(std::int64_t id) {
  ExamCard c;
  c.id = id;
  return c;
}

ExamPlanInput input(long days, double minutes) {
  ExamPlanInput in;
  in.today = 100;
  in.exam_day = 100 + days;
  in.budget_seconds = minutes * 60;
  return in;
}

// Each planned day's answers at their worst cost fit the budget.
void check_budget(const ExamPlan& plan, const ExamPlanInput& in) {
  const double worst_review = in.costs.review + in.costs.relearn;
  for (const ExamDay& d : plan.days) {
    const double worst = (d.due + d.advanced) * worst_review + d.new_cards * in.costs.new_card;
    CHECK(worst <= in.budget_seconds - (d.day == in.today ? in.spent_today : 0) + 1e-9);
    CHECK(d.seconds <= worst + 1e-9);
  }
}


}  // namespace

TEST_CASE("predicted recall on the exam day: R(D - last, S), a new card 0") {
  const FsrsConfig config;
  CHECK(exam_recall(fresh(1), 110, config) == 0);
  CHECK(exam_recall(known(1, 10, 100, 110), 110, config) == doctest::Approx(0.9).epsilon(1e-6));
  CHECK(exam_recall(known(1, 10, 100, 110), 130, config) < 0.9);
}

TEST_CASE("a card below the target on the day and not due before it is brought forward; others are not") {
  ExamPlanInput in = input(10, 20);
  in.cards = {known(1, 3, 95, 115),   // weak on day 110 and not due before it: brought forward
              known(2, 3, 95, 104),   // weak, but due before the exam: asked on its day, not brought forward today
              known(3, 400, 99, 300)};  // strong: 99% on the day, left alone
  const ExamPlan plan = plan_exam(in);
  REQUIRE(!plan.days.empty());
  CHECK(plan.today == std::vector<std::int64_t>{1});
  CHECK(plan.advanced_today == 1);
  CHECK(plan.due_today == 0);
  CHECK(plan.days[4].due >= 1);  // card 2 on day 104
  check_budget(plan, in);
}

TEST_CASE("brought forward most useful first, and only what the minutes allow") {
  ExamPlanInput in = input(5, 0.5);  // 30 s: one review at its worst cost (8 + 8 s) fits, not two
  in.cards = {known(1, 20, 80, 120),   // mildly forgotten by day 105
              known(2, 2, 95, 120)};   // badly forgotten: the larger gain
  const ExamPlan plan = plan_exam(in);
  CHECK(plan.today == std::vector<std::int64_t>{2});
  check_budget(plan, in);
  in.budget_seconds = 60;
  const ExamPlan more = plan_exam(in);
  CHECK(more.today == std::vector<std::int64_t>{2, 1});
}

TEST_CASE("due cards before the ones brought forward, most overdue first; time already spent today counts") {
  ExamPlanInput in = input(10, 1);  // 60 s
  in.cards = {known(1, 2, 90, 99), known(2, 2, 90, 100), known(3, 2, 90, 100), known(4, 2, 90, 100),
              known(5, 2, 80, 120)};
  ExamPlan plan = plan_exam(in);
  CHECK(plan.today == std::vector<std::int64_t>{1, 2, 3});  // most overdue first; 3 x 16 s fit in 60 s
  check_budget(plan, in);
  in.spent_today = 40;
  plan = plan_exam(in);
  CHECK(plan.today == std::vector<std::int64_t>{1});
  check_budget(plan, in);
}

TEST_CASE("new cards are spread over the days before the last week and all learned in time") {
  ExamPlanInput in = input(21, 20);
  for (int i = 1; i <= 60; ++i) in.cards.push_back(fresh(i));
  const ExamPlan plan = plan_exam(in);
  CHECK(plan.new_today == 5);  // 60 over the first 14 of 21 days
  CHECK(plan.today.size() == 5);
  int introduced = 0;
  for (const ExamDay& d : plan.days) {
    introduced += d.new_cards;
    if (d.day >= in.exam_day - 7) CHECK(d.new_cards == 0);  // the last week is for reviews
  }
  CHECK(introduced == 60);
  CHECK(plan.predicted_now == 0);
  CHECK(plan.predicted >= 0.9);
  CHECK(plan.reachable);
  check_budget(plan, in);
  // Three days before the exam, every new card at once (as the minutes allow).
  ExamPlanInput close = input(3, 60);
  for (int i = 1; i <= 10; ++i) close.cards.push_back(fresh(i));
  CHECK(plan_exam(close).new_today == 10);
}

TEST_CASE("when the minutes cannot reach the target the plan says so with the best it reaches") {
  ExamPlanInput in = input(21, 1);
  for (int i = 1; i <= 200; ++i) in.cards.push_back(fresh(i));
  const ExamPlan tight = plan_exam(in);
  CHECK_FALSE(tight.reachable);
  CHECK(tight.predicted < 0.9);
  CHECK(tight.predicted > 0);
  check_budget(tight, in);
  in.budget_seconds = 30 * 60;
  const ExamPlan ample = plan_exam(in);
  CHECK(ample.predicted > tight.predicted);
  CHECK(ample.reachable);
  CHECK_FALSE(ample.passed);
  in.today = in.exam_day + 2;  // after the exam: nothing planned
  const ExamPlan after = plan_exam(in);
  CHECK(after.passed);
  CHECK(after.days.empty());
  CHECK(after.today.empty());
}

TEST_CASE("the same cards in any order give the same plan") {
  ExamPlanInput in = input(14, 5);
  for (int i = 1; i <= 30; ++i) in.cards.push_back(i % 3 ? fresh(i) : known(i, 1 + i % 7, 95, 100 + i % 20));
  const ExamPlan a = plan_exam(in);
  std::reverse(in.cards.begin(), in.cards.end());
  const ExamPlan b = plan_exam(in);
  CHECK(a.today == b.today);
  CHECK(a.predicted == b.predicted);
}

TEST_CASE("an exam card's interval ends no later than the exam day") {
  const UnixSeconds now = 1767603600;              // 2026-01-05T09:00Z
  const UnixSeconds exam = now + 10 * 86400 - 5 * 3600;  // 2026-01-15T04:00Z, the exam day's start
  SchedulingResult r;
  r.in_days = true;
  r.card.due = now + 30 * 86400;
  r.card.scheduled_days = 30;
  cap_for_exam(r, now, exam);
  CHECK(r.card.due == exam);
  CHECK(r.card.scheduled_days == 10);
  CHECK(r.interval_minutes == (exam - now) / 60);
  SchedulingResult before;
  before.in_days = true;
  before.card.due = now + 3 * 86400;
  cap_for_exam(before, now, exam);
  CHECK(before.card.due == now + 3 * 86400);
  SchedulingResult after_exam = r;
  after_exam.card.due = exam + 40 * 86400;
  cap_for_exam(after_exam, exam + 3600, exam);  // answered on the exam day: scheduled as usual
  CHECK(after_exam.card.due == exam + 40 * 86400);
}

TEST_CASE("the exam settings are saved under exam.* and cleared") {
  auto store = test::open_fresh_store("exam_test", "settings");
  CHECK_FALSE(load_exam(*store));
  ExamSettings e;
  e.date = {2026, 2, 1};
  e.articles = {"a", "b"};
  e.minutes = 15;
  e.retention = 0.95;
  REQUIRE(save_exam(*store, e).ok());
  CHECK(store->setting("exam.date") == std::optional<std::string>("2026-02-01"));
  const std::optional<ExamSettings> back = load_exam(*store);
  REQUIRE(back);
  CHECK(back->date == e.date);
  CHECK(back->articles == e.articles);
  CHECK(back->minutes == 15);
  CHECK(back->retention == doctest::Approx(0.95));
  REQUIRE(clear_exam(*store).ok());
  CHECK_FALSE(load_exam(*store));
  e.minutes = 0;
  CHECK_FALSE(save_exam(*store, e).ok());
  CHECK_FALSE(parse_exam_date("2026-02-30"));
  CHECK_FALSE(parse_exam_date("2026-2-3"));
  CHECK(parse_exam_date("2026-02-28"));
  CHECK(exam_study_day({1970, 1, 2}) == 1);
}

TEST_CASE("a day's time: measured answer times, else the cost model by the state answered in") {
  AnswerCosts c;
  ReviewRow r;
  r.before.state = static_cast<int>(CardState::New);
  CHECK(answer_seconds(r, c) == 20);
  r.before.state = static_cast<int>(CardState::Learning);
  CHECK(answer_seconds(r, c) == 0);
  r.before.state = static_cast<int>(CardState::Review);
  CHECK(answer_seconds(r, c) == 8);
  r.response_ms = 4500;
  CHECK(answer_seconds(r, c) == 4.5);
  // Costs learned from the log once 20 answers of a kind are measured.
  std::vector<ReviewRow> log(25, r);
  CHECK(answer_costs(log).review == doctest::Approx(4.5));
  CHECK(answer_costs(log).new_card == 20);
}

TEST_CASE("an exam caps its articles' intervals at the exam day, and leaves other articles' alone") {
  LoadResult loaded = load_content_texts({}, {{"a.toml", R"(format = 1
[article]
id = "a"
title = "T"
[[fact]]
id = "canal"
kind = "year"
question = "In which year did the old canal open?"
answer = 1905
statement = "The old canal opened in {answer}."
)"}});
  REQUIRE_FALSE(loaded.has_errors());
  const Content& content = loaded.content;
  for (const bool in_exam : {true, false}) {
    auto store = test::open_fresh_store("exam_test", in_exam ? "cap" : "cap_other");
    StudySettings settings;
    StudySession s(content, *store, settings);
    const UnixSeconds now = at("2026-01-05T09:00:00Z");
    REQUIRE(s.sync_cards(now).ok());
    const long exam_day = study_day(now, settings) + 1;  // tomorrow
    s.set_exam_cap(StudySession::ExamCap{exam_day, {in_exam ? "a" : "elsewhere"}});
    answer(s, now);                               // New -> Learning, 10 minutes
    const Outcome o = answer(s, now + 10 * 60);   // Learning -> Review, 2 days
    REQUIRE(o.after.state == static_cast<int>(CardState::Review));
    if (in_exam) {
      CHECK(*o.after.due == study_day_start(exam_day, settings));
      CHECK(o.after.scheduled_days == 1);
    } else {
      CHECK(*o.after.due == now + 10 * 60 + 2 * 86400);
    }
  }
}
