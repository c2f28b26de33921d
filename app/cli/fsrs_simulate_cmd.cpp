// `factdeck fsrs simulate`: reviews and minutes a day for the coming days from the learner's cards, and retention against workload.
//
//   factdeck fsrs simulate [--days N] [--new-per-day K] [--retention R] [--w '[21 numbers]'] [--seed S] [--json]
// reads the learner's database (--data-dir): the cards as they are (suspended and hidden ones left out),
// the study settings (new cards a day and desired retention, unless given), and from the review log what
// an answer costs (mean answer time of review answers; of new cards with their learning steps) and how the
// learner rates (shares of first ratings and of Hard/Good/Easy among right answers). --json prints
// {"days":[{"day","date","reviews","new","lapses","minutes"}], "reviews_per_day", "minutes_per_day",
//  "memorized", "studied", "retention", "new_per_day", "seconds":{"review","new"},
//  "curve":[{"retention","minutes_per_day","reviews_per_day","memorized"}]}.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/fsrs_args.h"
#include "factdeck/exam.h"
#include "factdeck/fsrs_simulate.h"
#include "factdeck/session.h"
#include "factdeck/store.h"

namespace factdeck::cli {

using nlohmann::json;

namespace {

const char* kSimUsage =
    "usage: factdeck fsrs simulate [--days N] [--new-per-day K] [--retention R] [--w '[21 numbers]'] [--seed S] "
    "[--json]\n";

// A whole number in [lo, hi] from an option's text, or an error.
std::optional<long> whole(const std::optional<std::string>& text, long lo, long hi, const char* name,
                          std::string& err) {
  if (!text || !err.empty()) return std::nullopt;
  char* end = nullptr;
  const long v = std::strtol(text->c_str(), &end, 10);
  if (text->empty() || *end != '\0' || v < lo || v > hi) {
    err = std::string(name) + " needs a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    return std::nullopt;
  }
  return v;
}

// What answers cost (exam.h's answer_costs, shared with the exam planner) and how the learner rates, from the
// review log (defaults where it has too little).
void learn_from_log(const std::vector<ReviewRow>& log, WorkloadOptions& o) {
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

std::string fmt(double x, const char* f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, x);
  return buf;
}

}  // namespace

int run_fsrs_simulate(const CommonOptions& common, std::vector<std::string> args) {
  const std::string who = "factdeck fsrs simulate: ";
  std::string err;
  const bool as_json = take_flag(args, "--json");
  const auto days_text = take_option(args, "--days", err);
  const auto new_text = err.empty() ? take_option(args, "--new-per-day", err) : std::nullopt;
  const auto ret_text = err.empty() ? take_option(args, "--retention", err) : std::nullopt;
  const auto w_text = err.empty() ? take_option(args, "--w", err) : std::nullopt;
  const auto seed_text = err.empty() ? take_option(args, "--seed", err) : std::nullopt;
  if (err.empty() && !args.empty()) err = "unexpected argument '" + args[0] + "'";
  const auto days = whole(days_text, 1, 3650, "--days", err);
  const auto new_per_day = whole(new_text, 0, 10000, "--new-per-day", err);
  const auto seed = whole(seed_text, 0, 2147483647L, "--seed", err);
  std::optional<double> retention;
  if (err.empty() && ret_text) {
    char* end = nullptr;
    const double r = std::strtod(ret_text->c_str(), &end);
    if (ret_text->empty() || *end != '\0' || !(r >= 0.5 && r <= 0.99))
      err = "--retention needs a number from 0.5 to 0.99";
    else
      retention = r;
  }
  WorkloadOptions o;
  if (err.empty() && w_text) {
    err = parse_fsrs_weights(*w_text, o.w);
  }
  if (!err.empty()) {
    std::cerr << who << err << "\n" << kSimUsage;
    return 2;
  }
  std::unique_ptr<Store> store;
  const Status st = Store::open(Store::default_path(common.data_dir), store);
  if (!st.ok()) {
    std::cerr << who << st.message() << "\n";
    return 1;
  }
  const UnixSeconds now = common.clock();
  StudySettings settings = load_study_settings(*store);
  settings.utc_offset_minutes = local_utc_offset_minutes(now);
  const long today = study_day(now, settings);
  std::vector<WorkloadCard> cards;
  for (const CardRow& c : store->all_cards()) {
    if (c.suspended || c.hidden) continue;
    WorkloadCard w;
    if (c.state != 0 && c.stability > 0) {
      w.is_new = false;
      w.stability = c.stability;
      w.difficulty = c.difficulty;
      const UnixSeconds due = std::max(c.due.value_or(now), c.buried_until);
      w.due_day = static_cast<int>(study_day(due, settings) - today);
      w.last_day = c.last_review ? static_cast<int>(study_day(*c.last_review, settings) - today) : 0;
    }
    cards.push_back(w);
  }
  o.days = days ? static_cast<int>(*days) : 30;
  o.new_per_day = new_per_day ? static_cast<int>(*new_per_day) : settings.new_per_day;
  o.retention = retention ? *retention : settings.desired_retention;
  o.maximum_interval = settings.maximum_interval;
  o.seed = seed ? static_cast<std::uint64_t>(*seed) : 1;
  learn_from_log(store->all_reviews(), o);

  const WorkloadResult res = simulate_workload(cards, o);
  const std::vector<double> grid = {0.70, 0.75, 0.80, 0.85, 0.88, 0.90, 0.92, 0.94, 0.96, 0.97};
  const std::vector<WorkloadPoint> curve = retention_workload_curve(cards, o, grid);
  const UnixSeconds day0 = study_day_start(today, settings);
  auto date_of = [&](int d) { return format_iso8601(day0 + UnixSeconds(d) * 86400).substr(0, 10); };

  if (as_json) {
    json j_days = json::array();
    for (const WorkloadDay& d : res.days)
      j_days.push_back({{"day", d.day}, {"date", date_of(d.day)}, {"reviews", d.reviews}, {"new", d.new_cards},
                        {"lapses", d.lapses}, {"minutes", std::round(d.minutes * 10) / 10}});
    json j_curve = json::array();
    for (const WorkloadPoint& p : curve)
      j_curve.push_back({{"retention", p.retention}, {"minutes_per_day", p.minutes_per_day},
                         {"reviews_per_day", p.reviews_per_day}, {"memorized", p.memorized}});
    std::cout << json({{"days", j_days},
                       {"reviews_per_day", res.reviews_per_day},
                       {"minutes_per_day", res.minutes_per_day},
                       {"memorized", res.memorized},
                       {"studied", res.studied},
                       {"retention", o.retention},
                       {"new_per_day", o.new_per_day},
                       {"seconds", {{"review", o.review_seconds}, {"new", o.new_seconds}}},
                       {"curve", j_curve}})
                     .dump()
              << "\n";
    return 0;
  }
  std::cout << "The next " << o.days << " days at retention " << fmt(o.retention, "%.2f") << " with "
            << o.new_per_day << (o.new_per_day == 1 ? " new card a day (" : " new cards a day (") << fmt(o.review_seconds, "%.1f") << " s a review, "
            << fmt(o.new_seconds, "%.1f") << " s a new card):\n";
  std::cout << "date        reviews  new  lapses  minutes\n";
  for (const WorkloadDay& d : res.days)
    std::cout << date_of(d.day) << fmt(d.reviews, "%9.0f") << fmt(d.new_cards, "%5.0f") << fmt(d.lapses, "%8.0f")
              << fmt(d.minutes, "%9.1f") << "\n";
  std::cout << "a day on average: " << fmt(res.reviews_per_day, "%.1f") << " reviews, "
            << fmt(res.minutes_per_day, "%.1f") << " minutes; remembered after the last day: "
            << fmt(res.memorized, "%.0f") << " of " << res.studied << " cards studied\n";
  std::cout << "\ndesired retention against workload (the same " << o.days << " days):\n"
            << "retention  minutes/day  reviews/day  remembered\n";
  for (const WorkloadPoint& p : curve)
    std::cout << fmt(p.retention, "%9.2f") << fmt(p.minutes_per_day, "%13.1f") << fmt(p.reviews_per_day, "%13.1f")
              << fmt(p.memorized, "%12.0f") << "\n";
  return 0;
}

}  // namespace factdeck::cli
