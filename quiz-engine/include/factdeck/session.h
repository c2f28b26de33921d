// Study sessions: today's queue, asking a card, grading the answer, scheduling it, undo and suspend.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/fsrs.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/store.h"

namespace factdeck {

// The learner's study settings, kept in the store's settings table.
struct StudySettings {
  double desired_retention = 0.9;
  int new_per_day = 20;
  int rollover_hour = 4;         // a study day starts at this local hour (as Anki)
  int utc_offset_minutes = 0;    // the learner's local offset, passed in by the program's edge
  int maximum_interval = 36500;  // days
  bool fuzz = false;
  int slow_ms = 20000;  // a right answer slower than this is rated Hard
  int fast_ms = 8000;   // a right recall answer faster than this is rated Easy
  int learn_ahead_minutes = 20;  // when nothing else is left, (re)learning cards due this soon are asked (as Anki)
};
StudySettings load_study_settings(Store& store);
Status save_study_settings(Store& store, const StudySettings& s);
FsrsConfig fsrs_config(const StudySettings& s);
// Rejects settings the scheduler or the queue cannot use (retention outside (0, 1), an hour past 23...).
Status validate(const StudySettings& s);

// The local study day of an instant: days since 1970-01-01 in local time, shifted by the rollover hour.
long study_day(UnixSeconds t, const StudySettings& s);
// The instant study day `day` starts (the rollover hour, local time).
UnixSeconds study_day_start(long day, const StudySettings& s);

// A Review card whose stability reaches this many days is asked by recall (typed answers); below it,
// and while New, Learning or Relearning, by recognition. A week: the memory has held once over a gap
// long enough that producing the answer, not just spotting it, is the useful test.
inline constexpr double kRecallStability = 7.0;
// Question types to try for a card, best first; the caller keeps those types_for(fact) allows.
std::vector<QuestionType> preferred_types(const CardRow& card, const Fact& fact, std::uint64_t seed);
// The seed of a card's question at its current review count: the same card at the same review gets
// the same question on every machine.
std::uint64_t question_seed(const CardRow& card);

struct TodayCounts {
  int due = 0;       // review cards due today
  int learning = 0;  // cards in (re)learning steps due today
  int fresh = 0;     // new cards still to introduce today (after the daily limit)
  int reviewed_today = 0;
  int new_today = 0;  // new cards already introduced today
  int streak = 0;    // consecutive study days with at least one answer, up to today (or yesterday)
  std::optional<UnixSeconds> next_learning;  // when the next (re)learning card is due, if any
  int total_cards = 0;
  int suspended = 0;
};

// What the learner gave. Which fields count depends on the question type.
struct Response {
  int choice = -1;          // mcq, reverse, fact-or-opinion: option index
  bool truth = false;       // tf
  std::string text;         // cloze, numeric: what was typed
  std::vector<int> order;   // order: item indices, earliest first
  std::vector<int> pairs;   // match: pairs[i] = right index chosen for left[i]
  int response_ms = 0;      // 0 or less: not measured (piped input), counts as normal speed
};

// A card being asked now.
struct Prompt {
  CardRow card;
  const Article* article = nullptr;
  const Fact* fact = nullptr;
  Question question;
};

// Whether `response` answers `question` rightly; `typo` tells a typed answer was accepted with a slip.
bool grade(const Question& question, const Response& response, bool* typo = nullptr);
// The rating an outcome earns: wrong Again; right but slower than slow_ms Hard; right and faster than
// fast_ms on a recall type Easy; otherwise Good. An unmeasured time (<= 0) counts as normal speed.
Rating automatic_rating(bool correct, QuestionType type, int response_ms, const StudySettings& s);
// What the learner gave, as text for the review log.
std::string response_text(const Question& question, const Response& response);

struct Outcome {
  bool correct = false;
  bool typo = false;                             // a typed answer accepted with a one-letter slip
  Rating automatic = Rating::Again;              // the rating the engine chose
  Rating rating = Rating::Again;                 // the rating stored (automatic or overridden)
  std::array<SchedulingResult, 4> options{};     // what each rating would do (for the rating buttons)
  std::int64_t review_id = 0;
  CardRow after;
};

class StudySession {
 public:
  // `content` and `store` must outlive the session.
  StudySession(const Content& content, Store& store, StudySettings settings);

  // Makes the store match the content: a card for each new fact (and reverse direction), hides the
  // cards of removed facts (their reviews stay), unhides facts that came back. Call it whenever the
  // content has changed (replaced in place): it also drops the question look-ups made over the old one.
  Status sync_cards(UnixSeconds now);

  TodayCounts counts(UnixSeconds now);
  // The next card to ask at `now`, with its question, or nullopt when today's work is done.
  std::optional<Prompt> next(UnixSeconds now);
  // Grades the response, schedules the card with the automatic rating and commits both at once.
  Status answer(const Prompt& prompt, const Response& response, UnixSeconds now, Outcome& out);
  // Replaces the rating of the answer just given (undo + answer again, in one transaction).
  Status override_rating(const Prompt& prompt, Outcome& outcome, Rating rating, UnixSeconds now);
  // Removes the newest answer of this session and restores its card; the card comes back next.
  Status undo(UnixSeconds now);
  bool can_undo() const { return !answered_.empty(); }
  Status suspend(std::int64_t card, bool suspended);

  const StudySettings& settings() const { return settings_; }
  void set_settings(const StudySettings& s) { settings_ = s; }

 private:
  std::optional<Prompt> prompt_for(const CardRow& card);
  std::optional<Prompt> first_askable(const std::vector<CardRow>& cards);

  const Content& content_;
  ContentIndex index_;  // the generator's look-ups over content_, for this session's questions
  Store& store_;
  StudySettings settings_;
  std::vector<std::int64_t> answered_;        // review ids of this session, newest last (for undo)
  std::optional<std::int64_t> undone_card_;   // asked again first after an undo
  std::set<std::int64_t> unaskable_;          // cards no question could be made for, skipped
};

}  // namespace factdeck
