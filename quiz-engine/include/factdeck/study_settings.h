// The learner's study settings and study days: what the session, the statistics and the overview share (a header of
// its own, so that the statistics need not include the session, which reads them).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/fsrs.h"
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
  bool learn_first = true;       // a new fact is shown (statement, sentence, note) before it is tested
  bool newest_first = false;     // the articles' turn for new cards: oldest article first (false) or newest
  std::vector<std::string> focus;  // article ids whose new cards come first (empty: every article alike)
  // The learner's fitted FSRS parameters (key fsrs.w, written by a used fit; see fsrs_learner.h); none: FSRS-6's
  // defaults. Read with the settings, never written by save_study_settings.
  std::optional<std::array<double, 21>> w;
  std::int64_t fit_reviews = -1;  // answers in the review log at the last fit, used or not; -1: never fitted
  UnixSeconds fit_time = 0;       // when the last fit ran; 0: never
};
StudySettings load_study_settings(Store& store);
// Article ids as the settings table keeps them (study.focus, exam.articles): comma-separated, empty ones dropped.
std::vector<std::string> split_ids(const std::string& s);
std::string join_ids(const std::vector<std::string>& ids);
Status save_study_settings(Store& store, const StudySettings& s);
// The scheduler's configuration: retention, maximum interval, fuzz, and the fitted parameters when there are.
FsrsConfig fsrs_config(const StudySettings& s);
// Rejects settings the scheduler or the queue cannot use (retention outside (0, 1), an hour past 23...).
Status validate(const StudySettings& s);

// The local study day of an instant: days since 1970-01-01 in local time, shifted by the rollover hour.
long study_day(UnixSeconds t, const StudySettings& s);
// The instant study day `day` starts (the rollover hour, local time).
UnixSeconds study_day_start(long day, const StudySettings& s);

}  // namespace factdeck
