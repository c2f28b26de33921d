// The learner's own FSRS model: fitted parameters in the settings table, the history and the workload from the store.
#include "factdeck/fsrs_learner.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "factdeck/exam.h"

namespace factdeck {

std::string parse_fsrs_weights(const std::string& text, std::array<double, 21>& w) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array() || j.size() != 21) return "--w needs a JSON array of 21 numbers";
  std::array<double, 21> out{};
  for (std::size_t i = 0; i < 21; ++i) {
    if (!j[i].is_number() || !std::isfinite(j[i].get<double>()))
      return "--w: parameter " + std::to_string(i) + " is not a finite number";
    out[i] = j[i].get<double>();
  }
  w = out;
  return "";
}

std::string fsrs_weights_json(const std::array<double, 21>& w) {
  std::string out = "[";
  for (std::size_t i = 0; i < w.size(); ++i) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, w[i]);  // shortest form that reads back exactly
    out += (i ? "," : "") + (ec == std::errc() ? std::string(buf, end) : std::string("0"));
  }
  return out + "]";
}

bool fsrs_weights_usable(const std::array<double, 21>& w) {
  for (double x : w)
    if (!std::isfinite(x)) return false;
  // The scheduler walks one relearning step with the same-day rule on (FsrsConfig's defaults).
  return clip_training_weights(w, 1, true) == w;
}

Status record_fsrs_fit(Store& store, const FsrsReport& report, std::int64_t reviews, UnixSeconds now) {
  std::vector<std::pair<std::string, std::string>> values = {{kFsrsFitReviewsKey, std::to_string(reviews)},
                                                             {kFsrsFitTimeKey, std::to_string(now)}};
  if (report.used) {
    if (!fsrs_weights_usable(report.fit.w)) return Status::Error("the fitted parameters are out of bounds; not saved");
    values.emplace_back(kFsrsWeightsKey, fsrs_weights_json(report.fit.w));
  }
  return store.set_settings(values);
}

Status reset_fsrs_weights(Store& store) {
  if (!store.setting(kFsrsWeightsKey)) return Status::Ok();
  return store.exec(std::string("DELETE FROM settings WHERE key = '") + kFsrsWeightsKey + "'");
}

bool optimize_offered(std::int64_t reviews_now, const StudySettings& settings) {
  return reviews_now - std::max<std::int64_t>(0, settings.fit_reviews) >= kOptimizeOfferAnswers;
}

namespace {

// What answers cost (exam.h's answer_costs, shared with the exam planner) and how the learner rates, from the
// review log (defaults where it has too little).
void learn_costs_from_log(const std::vector<ReviewRow>& log, WorkloadOptions& o) {
  const AnswerCosts costs = answer_costs(log);
  o.review_seconds = costs.review;
  o.relearn_seconds = costs.relearn;
  o.new_seconds = costs.new_card;
  std::array<double, 4> first{};
  std::array<double, 3> recall{};
  for (const ReviewRow& r : log) {
    if (r.before.state == 0 && r.rating >= 1 && r.rating <= 4) first[static_cast<std::size_t>(r.rating - 1)] += 1;
    if (r.before.state == 2 && r.rating >= 2 && r.rating <= 4) recall[static_cast<std::size_t>(r.rating - 2)] += 1;
  }
  if (first[0] + first[1] + first[2] + first[3] >= 20) o.first_ratings = first;
  if (recall[0] + recall[1] + recall[2] >= 20) o.recall_ratings = recall;
}

}  // namespace

WorkloadSetup workload_from_store(Store& store, const StudySettings& settings, UnixSeconds now) {
  WorkloadSetup out;
  out.today = study_day(now, settings);
  for (const CardRow& c : store.all_cards()) {
    if (c.suspended || c.hidden) continue;
    WorkloadCard w;
    if (c.state != 0 && c.stability > 0) {
      w.is_new = false;
      w.stability = c.stability;
      w.difficulty = c.difficulty;
      const UnixSeconds due = std::max(c.due.value_or(now), c.buried_until);
      w.due_day = static_cast<int>(study_day(due, settings) - out.today);
      w.last_day = c.last_review ? static_cast<int>(study_day(*c.last_review, settings) - out.today) : 0;
    }
    out.cards.push_back(w);
  }
  WorkloadOptions& o = out.options;
  o.new_per_day = settings.new_per_day;
  o.retention = settings.desired_retention;
  o.maximum_interval = settings.maximum_interval;
  o.w = fsrs_config(settings).w;
  learn_costs_from_log(store.all_reviews(), o);
  return out;
}

const std::vector<double>& workload_curve_retentions() {
  static const std::vector<double> grid = {0.70, 0.75, 0.80, 0.85, 0.88, 0.90, 0.92, 0.94, 0.96, 0.97};
  return grid;
}

}  // namespace factdeck
