// The exam's settings in the store, what answers cost, and exam study: today's plan asked in order within the minutes.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

#include "factdeck/exam.h"

namespace factdeck {
namespace {

constexpr const char* kExamDate = "exam.date";
constexpr const char* kExamArticles = "exam.articles";  // comma-separated; empty: every article
constexpr const char* kExamMinutes = "exam.minutes";
constexpr const char* kExamRetention = "exam.retention";

template <class T>
bool parse_number(const std::string& text, T& out) {
  T v{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return false;
  out = v;
  return true;
}

// The card as the planner sees it, its days as study days.
ExamCard exam_card(const CardRow& c, const StudySettings& s) {
  ExamCard e;
  e.id = c.id;
  e.is_new = c.state == static_cast<int>(CardState::New) || !(c.stability > 0);
  if (e.is_new) return e;
  e.stability = c.stability;
  e.difficulty = c.difficulty;
  e.last_day = c.last_review ? study_day(*c.last_review, s) : 0;
  const UnixSeconds due = std::max(c.due.value_or(0), c.buried_until);
  e.due_day = study_day(due, s);
  return e;
}

}  // namespace

std::optional<Date> parse_exam_date(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  const Date date{y, m, d};
  if (y < 1970 || m < 1 || m > 12 || d < 1 || !(civil_from_days(days_from_civil(date)) == date)) return std::nullopt;
  return date;
}

long exam_study_day(const Date& d) { return days_from_civil(d); }

bool is_exam_article(const ExamSettings& e, const std::string& article) {
  return e.articles.empty() || std::find(e.articles.begin(), e.articles.end(), article) != e.articles.end();
}

Status validate(const ExamSettings& e) {
  if (!parse_exam_date(iso_date(e.date))) return Status::Error("the exam date is not a valid date (YYYY-MM-DD)");
  if (e.minutes < 1 || e.minutes > 600) return Status::Error("the minutes a day must be from 1 to 600");
  if (!(e.retention >= 0.5 && e.retention <= 0.99)) return Status::Error("the target retention must be from 0.5 to 0.99");
  for (const std::string& a : e.articles)
    if (a.empty() || a.find(',') != std::string::npos) return Status::Error("an exam article id cannot be empty or hold a comma");
  return Status::Ok();
}

std::optional<ExamSettings> load_exam(Store& store) {
  const std::optional<std::string> date = store.setting(kExamDate);
  if (!date || date->empty()) return std::nullopt;
  ExamSettings e;
  const std::optional<Date> d = parse_exam_date(*date);
  if (!d) return std::nullopt;
  e.date = *d;
  if (const auto a = store.setting(kExamArticles)) e.articles = split_ids(*a);
  if (const auto m = store.setting(kExamMinutes)) parse_number(*m, e.minutes);
  if (const auto r = store.setting(kExamRetention)) parse_number(*r, e.retention);
  if (!validate(e).ok()) return std::nullopt;
  return e;
}

Status save_exam(Store& store, const ExamSettings& e) {
  Status st = validate(e);
  if (!st.ok()) return st;
  char retention[32];
  std::snprintf(retention, sizeof retention, "%.4g", e.retention);
  return store.set_settings({{kExamDate, iso_date(e.date)},
                             {kExamArticles, join_ids(e.articles)},
                             {kExamMinutes, std::to_string(e.minutes)},
                             {kExamRetention, retention}});
}

Status clear_exam(Store& store) { return store.set_settings({{kExamDate, ""}, {kExamArticles, ""}}); }

AnswerCosts answer_costs(const std::vector<ReviewRow>& log) {
  // As the workload simulator (fsrs simulate) learns them: review answers' mean measured time; a new card's
  // time is its first answer's plus its learning steps', over the new cards.
  double review_ms = 0, new_ms = 0;
  int reviews = 0, news = 0;
  for (const ReviewRow& r : log) {
    const bool timed = r.response_ms > 0;
    if (r.before.state == static_cast<int>(CardState::New)) {
      ++news;
      if (timed) new_ms += r.response_ms;
    } else if (r.before.state == static_cast<int>(CardState::Review)) {
      if (timed) {
        review_ms += r.response_ms;
        ++reviews;
      }
    } else if (timed) {
      new_ms += r.response_ms;  // learning and relearning steps
    }
  }
  AnswerCosts c;
  if (reviews >= 20) c.review = c.relearn = review_ms / reviews / 1000;
  if (news >= 20 && new_ms > 0) c.new_card = new_ms / news / 1000;
  return c;
}

double answer_seconds(const ReviewRow& r, const AnswerCosts& c) {
  if (r.response_ms > 0) return r.response_ms / 1000.0;
  switch (static_cast<CardState>(r.before.state)) {
    case CardState::New: return c.new_card;
    case CardState::Learning: return 0;  // counted in the new card's cost
    case CardState::Review: return c.review;
    case CardState::Relearning: return c.relearn;
  }
  return c.review;
}

ExamStudy::ExamStudy(StudySession& session, Store& store, ExamSettings exam)
    : session_(session), store_(store), exam_(std::move(exam)), costs_(answer_costs(store.all_reviews())) {}

bool ExamStudy::is_exam_card(const CardRow& c) const {
  return !c.suspended && !c.hidden && is_exam_article(exam_, c.article);
}

double ExamStudy::spent_today(UnixSeconds now) {
  const StudySettings& s = session_.settings();
  const long day = study_day(now, s);
  const UnixSeconds start = study_day_start(day, s), end = study_day_start(day + 1, s);
  double seconds = 0;
  for (const ReviewRow& r : store_.reviews_since(start)) {
    if (r.time >= end) break;  // in time order; answers after today (a clock set back) are not today's
    const std::optional<CardRow> c = store_.card(r.card);
    if (c && is_exam_article(exam_, c->article)) seconds += answer_seconds(r, costs_);
  }
  return seconds;
}

ExamPlan ExamStudy::plan(UnixSeconds now) {
  const StudySettings& s = session_.settings();
  ExamPlanInput in;
  in.today = study_day(now, s);
  in.exam_day = exam_study_day(exam_.date);
  in.target = exam_.retention;
  in.budget_seconds = exam_.minutes * 60.0;
  in.spent_today = spent_today(now);
  in.costs = costs_;
  in.config = fsrs_config(s);
  for (const CardRow& c : store_.all_cards())
    if (is_exam_card(c)) in.cards.push_back(exam_card(c, s));
  plan_ = plan_exam(in);
  cursor_ = 0;
  out_of_time_ = 0;
  return plan_;
}

std::optional<Prompt> ExamStudy::next(UnixSeconds now) {
  const StudySettings& s = session_.settings();
  const auto first_step = [&](UnixSeconds until) -> std::optional<Prompt> {
    for (const CardRow& c : store_.learning_due(until, 1000))
      if (is_exam_card(c) && c.buried_until <= now)
        if (auto p = session_.ask(c)) return p;
    return std::nullopt;
  };
  // 1. A learning step due now: the card was begun and its step is part of its cost.
  if (auto p = first_step(now)) return p;
  // 2. The plan's cards, each while today's time allows its worst cost. The plan counts every answer at its
  //    worst; when it is done and held cards back while the answers took less, it is made again with the
  //    time really spent, and goes on.
  const UnixSeconds day_start = study_day_start(study_day(now, s), s);
  const double budget = exam_.minutes * 60.0;
  if (cursor_ >= plan_.today.size() && plan_.held_back_today > 0 && plan_.today.size() > 0) plan(now);
  while (cursor_ < plan_.today.size()) {
    const std::optional<CardRow> c = store_.card(plan_.today[cursor_]);
    if (!c || !is_exam_card(*c) || (c->last_review && *c->last_review >= day_start) || c->buried_until > now) {
      ++cursor_;  // answered today already (or gone): the plan moves on
      continue;
    }
    const bool fresh = c->state == static_cast<int>(CardState::New);
    const double worst = fresh ? costs_.new_card : costs_.review + costs_.relearn;
    if (spent_today(now) + worst > budget + 1e-9) {
      out_of_time_ = static_cast<int>(plan_.today.size() - cursor_);
      break;
    }
    if (auto p = session_.ask(*c)) return p;
    ++cursor_;  // no question can be made for it
  }
  // 3. Learn ahead: a step due within the learner's learn-ahead minutes, once nothing else is left.
  return first_step(now + static_cast<UnixSeconds>(s.learn_ahead_minutes) * 60);
}

}  // namespace factdeck
