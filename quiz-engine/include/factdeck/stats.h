// Statistics over the store and the content: pure queries that take the clock and settings as arguments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/store.h"
#include "factdeck/study_settings.h"

namespace factdeck {

// One study day's answers. `day` is a study day number (see study_day); `date` its local date.
struct DayReviews {
  long day = 0;
  std::string date;   // "2026-01-15"
  int reviews = 0;
  int correct = 0;
  int again = 0;      // rated Again (after any override)
  int new_cards = 0;  // answers that introduced a new card
};

struct AccuracyRow {
  std::string key;    // article id, or kind name ("year", "number", ...)
  std::string label;  // article title when known, else the key
  int answers = 0;
  int correct = 0;
  double accuracy() const { return answers ? static_cast<double>(correct) / answers : 0; }
};

// True retention: the share of answers given in Review state that were not rated Again.
struct Retention {
  int window_days = 0;
  int reviews = 0;
  int passed = 0;
  double desired = 0.9;
  double rate() const { return reviews ? static_cast<double>(passed) / reviews : 0; }
};

struct WeakFact {
  std::int64_t card = 0;
  std::string article;
  std::string fact;
  int direction = 0;
  std::string question;  // from the content; empty when the fact was removed
  int answers = 0;
  int correct = 0;
  int lapses = 0;
  double accuracy() const { return answers ? static_cast<double>(correct) / answers : 0; }
};

struct StatsOptions {
  int history_days = 30;    // reviews a day: the last N study days, today included
  int retention_days = 30;  // true retention window
  int accuracy_days = 0;    // accuracy by article and kind: 0 = all time
  int forecast_days = 30;   // due forecast: today (with the overdue) and the N - 1 days after
  int heatmap_days = 365;   // the year heatmap, ending today
  int weakest = 10;         // how many weakest facts
  int weakest_min_answers = 2;  // a fact needs this many answers to be judged
};

struct Statistics {
  long today = 0;  // the study day of `now`
  std::int64_t total_reviews = 0;
  int total_cards = 0;  // not hidden
  int streak = 0;
  std::vector<DayReviews> per_day;  // history_days entries, oldest first, days without answers included
  std::vector<AccuracyRow> by_article;
  std::vector<AccuracyRow> by_kind;
  Retention retention;
  std::vector<int> forecast;        // forecast[i]: cards due on today + i; forecast[0] holds the overdue
  std::vector<WeakFact> weakest;    // most lapses first, then lowest accuracy
  std::vector<DayReviews> heatmap;  // heatmap_days entries, oldest first
};

// Answers per study day for days [first_day, last_day], zero-filled; grouped by day in SQL.
std::vector<DayReviews> reviews_per_day(Store& store, long first_day, long last_day, const StudySettings& s);
// Consecutive study days with at least one answer, ending today, or yesterday when today has none yet
// (a streak is not broken before the day is over).
int study_streak(Store& store, UnixSeconds now, const StudySettings& s);
Retention true_retention(Store& store, UnixSeconds now, int window_days, const StudySettings& s);
std::vector<int> due_forecast(Store& store, UnixSeconds now, int days, const StudySettings& s);
// Accuracy by article and by kind, and the weakest facts, from one per-card aggregate.
void accuracy_and_weakest(Store& store, const Content& content, UnixSeconds now, const StudySettings& s,
                          const StatsOptions& o, Statistics& out);

Statistics compute_statistics(Store& store, const Content& content, UnixSeconds now, const StudySettings& s,
                              const StatsOptions& options = {});

}  // namespace factdeck
