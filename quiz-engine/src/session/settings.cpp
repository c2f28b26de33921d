// Study settings: kept as text in the store's settings table, and the study-day arithmetic they imply.
#include <charconv>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "factdeck/fsrs_learner.h"
#include "factdeck/session.h"

namespace factdeck {
namespace {

// Keys in the settings table; the desktop's Settings screen and the command line share them.
constexpr const char* kRetention = "study.desired_retention";
constexpr const char* kNewPerDay = "study.new_per_day";
constexpr const char* kRollover = "study.rollover_hour";
constexpr const char* kMaxInterval = "study.maximum_interval";
constexpr const char* kFuzz = "study.fuzz";
constexpr const char* kSlowMs = "study.slow_ms";
constexpr const char* kFastMs = "study.fast_ms";
constexpr const char* kLearnAhead = "study.learn_ahead_minutes";
constexpr const char* kLearnFirst = "study.learn_first";
constexpr const char* kNewestFirst = "study.newest_first";
constexpr const char* kFocus = "study.focus";  // article ids, comma-separated

// from_chars rather than strtod/stoi: independent of the C locale, and never throws.
template <class T>
void read_number(Store& store, const char* key, T& out) {
  const std::optional<std::string> v = store.setting(key);
  if (!v) return;
  T parsed{};
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), parsed);
  if (ec == std::errc() && end == v->data() + v->size()) out = parsed;
}

std::string number_text(double v) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

// Floor division: study days before 1970 (or offsets that push an instant below 0) still round down.
long floor_div(std::int64_t a, std::int64_t b) { return static_cast<long>(a / b - ((a % b != 0) && ((a < 0) != (b < 0)))); }

std::int64_t day_shift(const StudySettings& s) {
  return static_cast<std::int64_t>(s.utc_offset_minutes) * 60 - static_cast<std::int64_t>(s.rollover_hour) * 3600;
}

}  // namespace

std::vector<std::string> split_ids(const std::string& s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(',', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string join_ids(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& id : v) out += (out.empty() ? "" : ",") + id;
  return out;
}

Status validate(const StudySettings& s) {
  if (!(s.desired_retention > 0 && s.desired_retention < 1))
    return Status::Error("desired retention must be between 0 and 1 (0.9 is 90%)");
  if (s.new_per_day < 0) return Status::Error("new cards a day cannot be negative");
  if (s.rollover_hour < 0 || s.rollover_hour > 23) return Status::Error("the day rollover hour must be 0-23");
  if (s.utc_offset_minutes < -18 * 60 || s.utc_offset_minutes > 18 * 60)
    return Status::Error("the UTC offset must be within 18 hours");
  if (s.maximum_interval < 1) return Status::Error("the maximum interval must be at least 1 day");
  if (s.fast_ms < 0 || s.slow_ms <= s.fast_ms) return Status::Error("the slow time must exceed the fast time");
  if (s.learn_ahead_minutes < 0) return Status::Error("learn-ahead minutes cannot be negative");
  for (const std::string& id : s.focus)
    if (id.empty() || id.find(',') != std::string::npos) return Status::Error("a focus article id cannot be empty or hold a comma");
  if (s.w && !fsrs_weights_usable(*s.w))
    return Status::Error("the fitted FSRS parameters are not 21 finite numbers within the optimizer's bounds");
  return validate(fsrs_config(s));
}

StudySettings load_study_settings(Store& store) {
  StudySettings s;
  read_number(store, kRetention, s.desired_retention);
  read_number(store, kNewPerDay, s.new_per_day);
  read_number(store, kRollover, s.rollover_hour);
  read_number(store, kMaxInterval, s.maximum_interval);
  int fuzz = s.fuzz ? 1 : 0;
  read_number(store, kFuzz, fuzz);
  s.fuzz = fuzz != 0;
  read_number(store, kSlowMs, s.slow_ms);
  read_number(store, kFastMs, s.fast_ms);
  read_number(store, kLearnAhead, s.learn_ahead_minutes);
  int flag = s.learn_first ? 1 : 0;
  read_number(store, kLearnFirst, flag);
  s.learn_first = flag != 0;
  flag = s.newest_first ? 1 : 0;
  read_number(store, kNewestFirst, flag);
  s.newest_first = flag != 0;
  if (const std::optional<std::string> focus = store.setting(kFocus)) s.focus = split_ids(*focus);
  // The fit: parameters that do not parse or are out of bounds are ignored alone (the defaults schedule),
  // so a damaged fsrs.w cannot reset the other settings below.
  if (const std::optional<std::string> w = store.setting(kFsrsWeightsKey)) {
    std::array<double, 21> parsed{};
    if (parse_fsrs_weights(*w, parsed).empty() && fsrs_weights_usable(parsed)) s.w = parsed;
  }
  read_number(store, kFsrsFitReviewsKey, s.fit_reviews);
  read_number(store, kFsrsFitTimeKey, s.fit_time);
  // A damaged or hand-edited value must not stop studying: fall back to the defaults, keeping the
  // offset the caller will set anyway.
  if (!validate(s).ok()) {
    StudySettings d;
    d.w = s.w;
    d.fit_reviews = s.fit_reviews;
    d.fit_time = s.fit_time;
    return d;
  }
  return s;
}

Status save_study_settings(Store& store, const StudySettings& s) {
  Status st = validate(s);
  if (!st.ok()) return st;
  // The UTC offset is not saved: it belongs to the machine and the moment, and comes in at the edge.
  return store.set_settings({{kRetention, number_text(s.desired_retention)},
                             {kNewPerDay, std::to_string(s.new_per_day)},
                             {kRollover, std::to_string(s.rollover_hour)},
                             {kMaxInterval, std::to_string(s.maximum_interval)},
                             {kFuzz, s.fuzz ? "1" : "0"},
                             {kSlowMs, std::to_string(s.slow_ms)},
                             {kFastMs, std::to_string(s.fast_ms)},
                             {kLearnAhead, std::to_string(s.learn_ahead_minutes)},
                             {kLearnFirst, s.learn_first ? "1" : "0"},
                             {kNewestFirst, s.newest_first ? "1" : "0"},
                             {kFocus, join_ids(s.focus)}});
}

FsrsConfig fsrs_config(const StudySettings& s) {
  FsrsConfig c;  // default weights and steps (1 and 10 minutes; 10 minutes to relearn)
  c.desired_retention = s.desired_retention;
  c.maximum_interval = s.maximum_interval;
  c.enable_fuzz = s.fuzz;
  if (s.w) c.w = *s.w;
  return c;
}

long study_day(UnixSeconds t, const StudySettings& s) { return floor_div(t + day_shift(s), 86400); }

UnixSeconds study_day_start(long day, const StudySettings& s) {
  return static_cast<UnixSeconds>(day) * 86400 - day_shift(s);
}

}  // namespace factdeck
