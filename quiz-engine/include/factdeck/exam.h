// The exam date: "exam on D, these articles, at most M minutes a day, target retention R": its settings, the plan and the predicted retention on D.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/fsrs.h"
#include "factdeck/session.h"
#include "factdeck/status.h"
#include "factdeck/store.h"

namespace factdeck {

// The learner's exam, kept in the settings table under exam.date, exam.articles, exam.minutes, exam.retention.
struct ExamSettings {
  Date date;                          // the exam day, a study day in local time
  std::vector<std::string> articles;  // the exam's articles; empty: every article
  int minutes = 20;                   // study time a day, at most (the cost model below), 1..600
  double retention = 0.9;             // the target: mean predicted recall of the exam cards on the exam day
};
Status validate(const ExamSettings& e);
// None when no exam is set (or the stored one is damaged).
std::optional<ExamSettings> load_exam(Store& store);
Status save_exam(Store& store, const ExamSettings& e);
Status clear_exam(Store& store);
// "2026-02-01" -> a valid date, or none.
std::optional<Date> parse_exam_date(const std::string& text);
// The study-day number of a calendar date (days since 1970-01-01), as study_day() numbers days.
long exam_study_day(const Date& d);
bool is_exam_article(const ExamSettings& e, const std::string& article);

// What answers cost, in seconds: the model of a day's study time. Learned from the review log as the workload
// simulator learns them (means of measured answer times, with 20 answers of a kind at least; else the defaults).
struct AnswerCosts {
  double review = 8;     // an answer to a card in review
  double new_card = 20;  // a new card with its learning steps
  double relearn = 8;    // the relearning answer a lapse adds
};
AnswerCosts answer_costs(const std::vector<ReviewRow>& log);
// The time one answer took: its measured response time when there is one, else the model's figure for the
// state it was given in (New: new_card, which covers the learning steps, so a Learning answer adds 0;
// Review: review; Relearning: relearn).
double answer_seconds(const ReviewRow& r, const AnswerCosts& costs);

// One exam card as the planner sees it. Days are study days.
struct ExamCard {
  std::int64_t id = 0;
  bool is_new = true;
  double stability = 0;
  double difficulty = 0;
  long last_day = 0;  // of its last answer
  long due_day = 0;   // when FSRS asks it next
};

// Predicted recall of a card on the exam day: R(exam_day - last_day, S); 0 for a new card (not yet learned).
double exam_recall(const ExamCard& c, long exam_day, const FsrsConfig& config);

struct ExamPlanInput {
  long today = 0;
  long exam_day = 0;
  double target = 0.9;
  double budget_seconds = 1200;  // a day
  double spent_today = 0;        // seconds of exam study already done today
  AnswerCosts costs;
  FsrsConfig config;             // the learner's scheduler (weights, desired retention)
  std::vector<ExamCard> cards;
};

struct ExamDay {
  long day = 0;
  int due = 0;       // cards due by FSRS that day, asked
  int advanced = 0;  // reviews brought forward for the exam
  int new_cards = 0;
  double seconds = 0;  // expected study time (the cost model)
  int held_back = 0;   // cards the plan wanted that day that the minutes did not allow
};

struct ExamPlan {
  // Today's exam cards in the order to ask them: new ones, due ones (most overdue first), then the advanced
  // ones (largest gain in predicted recall on the exam day per minute first). Within the day's budget.
  std::vector<std::int64_t> today;
  int due_today = 0, new_today = 0, advanced_today = 0;
  int held_back_today = 0;   // wanted today but beyond the minutes: they wait
  double predicted_now = 0;  // mean predicted recall on the exam day if nothing more is studied
  double predicted = 0;      // mean predicted recall on the exam day if the plan is followed every day
  bool reachable = false;    // predicted >= target
  int days_left = 0;         // study days before the exam (today included)
  bool passed = false;       // the exam day is behind today
  int cards = 0, new_cards = 0;
  std::vector<ExamDay> days;  // the plan, today to the day before the exam
};

// Plans the days to the exam with the expected outcome of each answer (recall with probability R, a lapse
// relearned the same day; the mean of the two memories kept), deterministic. Each day, within the budget
// (each answer counted at its worst cost: a review that may lapse costs review + relearn): new cards spread
// evenly over the days before the exam's last week (nearer the exam, all at once), the cards FSRS has due, then reviews brought forward for
// cards whose predicted recall on the exam day is below the target, most useful first. Intervals end no later
// than the exam day (cap_for_exam).
ExamPlan plan_exam(const ExamPlanInput& in);

// The due day of an exam card after an answer: no later than the exam day (a card answered on or after it is
// scheduled as usual). Applied to a scheduling result with the exam day's start instant.
void cap_for_exam(SchedulingResult& r, UnixSeconds answer_time, UnixSeconds exam_day_start);

// Exam study for a session: today's plan read from the store, its cards asked in order within the minutes.
class ExamStudy {
 public:
  // `session`, `store` and `content` must outlive this.
  ExamStudy(StudySession& session, Store& store, ExamSettings exam);

  // Re-reads the cards and today's time and plans again (call at the start and the end of a session).
  ExamPlan plan(UnixSeconds now);
  // The next exam card to ask: a due learning step, the plan's next card while today's time allows it, or a
  // step due soon (learn ahead); nullopt when today's exam study is done. Uses the last plan().
  std::optional<Prompt> next(UnixSeconds now);
  // Seconds of exam study today (the cost model over today's answers to exam cards).
  double spent_today(UnixSeconds now);
  // The plan's cards of today left unasked because today's minutes were used (by the last next()).
  int left_for_lack_of_time() const { return out_of_time_; }
  const ExamSettings& exam() const { return exam_; }
  const AnswerCosts& costs() const { return costs_; }

 private:
  bool is_exam_card(const CardRow& c) const;
  StudySession& session_;
  Store& store_;
  ExamSettings exam_;
  AnswerCosts costs_;
  ExamPlan plan_;
  std::size_t cursor_ = 0;  // the plan's next card
  int out_of_time_ = 0;
};

}  // namespace factdeck
