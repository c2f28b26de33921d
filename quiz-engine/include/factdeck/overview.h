// Read-only views for the front ends: progress per article and the dated facts on one time axis.
#pragma once

#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/store.h"
#include "factdeck/study_settings.h"

namespace factdeck {

struct ArticleProgress {
  std::string article;
  std::string title;
  int facts = 0;       // facts in the content
  int cards = 0;       // cards not hidden
  int fresh = 0;       // never answered
  int learning = 0;    // in (re)learning steps
  int review = 0;      // graduated to Review
  int mature = 0;      // in Review with stability of 21 days or more (as Anki's "mature")
  int suspended = 0;
  // Share of the article's cards that have graduated, 0..1.
  double learned() const { return cards ? static_cast<double>(review) / cards : 0; }
};

// One row per article of the content, in content order, counted in one SQL query.
std::vector<ArticleProgress> article_progress(Store& store, const Content& content);

// The answers a day the collection would ask for at these settings, once settled: each Review card comes
// back every next_interval(S) days, and each new card takes about one answer per learning step plus one.
// An estimate for the settings screen, not a simulation.
double estimate_daily_reviews(Store& store, const StudySettings& settings);

// A dated fact placed on a time axis of fractional years (2026.0 is 1 January 2026).
struct TimelineEntry {
  std::string article;
  std::string article_title;
  std::string fact;
  Kind kind = Kind::Year;
  double start = 0;  // years
  double end = 0;    // years; equal to start for a year or a date... plus one year/day of width
  std::string when;  // "2026-2030", "24 May 2024", "2022"
  std::string text;  // the true statement
};

// Every year, date and period fact, earliest first (ties by article and fact id).
std::vector<TimelineEntry> timeline_entries(const Content& content);

}  // namespace factdeck
