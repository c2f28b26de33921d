// `factdeck stats`: the engine's statistics as text, or as JSON with --json.
#include <charconv>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "factdeck/content.h"
#include "factdeck/stats.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage = "stats [--json] [--days N] [--window N]";

std::string percent(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", v * 100);
  return buf;
}

nlohmann::json day_json(const DayReviews& d) {
  return {{"date", d.date}, {"reviews", d.reviews}, {"correct", d.correct}, {"again", d.again}, {"new", d.new_cards}};
}

nlohmann::json accuracy_json(const std::vector<AccuracyRow>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const AccuracyRow& r : rows)
    out.push_back({{"key", r.key}, {"label", r.label}, {"answers", r.answers}, {"correct", r.correct},
                   {"accuracy", r.accuracy()}});
  return out;
}

nlohmann::json to_json(const Statistics& s) {
  nlohmann::json j;
  j["today"] = iso_date(civil_from_days(s.today));
  j["total_reviews"] = s.total_reviews;
  j["total_cards"] = s.total_cards;
  j["streak"] = s.streak;
  j["retention"] = {{"window_days", s.retention.window_days}, {"reviews", s.retention.reviews},
                    {"passed", s.retention.passed}, {"rate", s.retention.rate()}, {"desired", s.retention.desired}};
  j["per_day"] = nlohmann::json::array();
  for (const DayReviews& d : s.per_day) j["per_day"].push_back(day_json(d));
  j["by_article"] = accuracy_json(s.by_article);
  j["by_kind"] = accuracy_json(s.by_kind);
  j["forecast"] = s.forecast;
  j["weakest"] = nlohmann::json::array();
  for (const WeakFact& w : s.weakest)
    j["weakest"].push_back({{"article", w.article}, {"fact", w.fact}, {"direction", w.direction},
                            {"question", w.question}, {"answers", w.answers}, {"correct", w.correct},
                            {"lapses", w.lapses}, {"accuracy", w.accuracy()}});
  // The heatmap as counts only, oldest first, ending today: 365 numbers rather than 365 objects.
  j["heatmap_start"] = s.heatmap.empty() ? "" : s.heatmap.front().date;
  j["heatmap"] = nlohmann::json::array();
  for (const DayReviews& d : s.heatmap) j["heatmap"].push_back(d.reviews);
  return j;
}

// Seven rows (days of the week) by one column a week; darker marks for busier days.
void print_heatmap(const std::vector<DayReviews>& days) {
  if (days.empty()) return;
  int most = 0;
  for (const DayReviews& d : days) most = std::max(most, d.reviews);
  static const char* kShades[] = {"·", "░", "▒", "▓", "█"};
  // Weekday of the first day: 1970-01-01 was a Thursday (index 3 with Monday = 0).
  const long first_weekday = ((days.front().day % 7) + 7 + 3) % 7;
  static const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (long row = 0; row < 7; ++row) {
    std::cout << "  " << kNames[row] << " ";
    for (long i = row - first_weekday; i < static_cast<long>(days.size()); i += 7) {
      if (i < 0) {
        std::cout << " ";
        continue;
      }
      const int n = days[static_cast<std::size_t>(i)].reviews;
      const int shade = n == 0 || most == 0 ? 0 : 1 + (n * 4 - 1) / (most + 1) ;
      std::cout << kShades[std::min(shade, 4)];
    }
    std::cout << "\n";
  }
}

void print_text(const Statistics& s) {
  std::cout << "Statistics for " << iso_date(civil_from_days(s.today)) << ": " << s.total_cards << " cards, "
            << s.total_reviews << " answers in all, streak " << s.streak << (s.streak == 1 ? " day" : " days")
            << ".\n\n";
  const Retention& r = s.retention;
  std::cout << "True retention, last " << r.window_days << " days: ";
  if (r.reviews) std::cout << percent(r.rate()) << " of " << r.reviews << " review answers";
  else std::cout << "no review answers yet";
  std::cout << " (desired " << percent(r.desired) << ")\n\n";

  std::cout << "Reviews a day, last " << s.per_day.size() << " days:\n";
  int shown = 0;
  for (const DayReviews& d : s.per_day) {
    if (!d.reviews) continue;
    ++shown;
    std::cout << "  " << d.date << "  " << d.reviews << " answers, " << d.correct << " right, " << d.again
              << " again, " << d.new_cards << " new\n";
  }
  if (!shown) std::cout << "  none\n";

  std::cout << "\nDue forecast, next " << s.forecast.size() << " days:\n";
  shown = 0;
  for (std::size_t i = 0; i < s.forecast.size(); ++i) {
    if (!s.forecast[i]) continue;
    ++shown;
    std::cout << "  " << iso_date(civil_from_days(s.today + static_cast<long>(i))) << "  " << s.forecast[i]
              << (i == 0 ? " (today, with the overdue)" : "") << "\n";
  }
  if (!shown) std::cout << "  nothing due\n";

  for (const auto& [title, rows] : {std::pair{"by article", &s.by_article}, std::pair{"by kind", &s.by_kind}}) {
    std::cout << "\nAccuracy " << title << ":\n";
    if (rows->empty()) std::cout << "  no answers yet\n";
    for (const AccuracyRow& a : *rows)
      std::cout << "  " << percent(a.accuracy()) << " of " << a.answers << "  " << a.label << "\n";
  }

  std::cout << "\nWeakest facts:\n";
  if (s.weakest.empty()) std::cout << "  none yet\n";
  for (const WeakFact& w : s.weakest)
    std::cout << "  " << w.article << "/" << w.fact << (w.direction ? " (reverse)" : "") << ": " << w.lapses
              << " lapses, " << w.correct << "/" << w.answers << " right  " << w.question << "\n";

  std::cout << "\nThe last " << s.heatmap.size() << " days:\n";
  print_heatmap(s.heatmap);
}

int run_stats(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  const bool json = take_flag(args, "--json");
  StatsOptions options;
  for (auto [name, field] : {std::pair{"--days", &options.history_days}, std::pair{"--window", &options.retention_days}}) {
    if (auto v = take_option(args, name, error)) {
      const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), *field);
      if (ec != std::errc() || end != v->data() + v->size() || *field < 1 || *field > 36500)
        error = std::string(name) + " needs a number of days (1 or more)";
    }
  }
  if (error.empty() && !args.empty()) error = "unexpected argument '" + args[0] + "'";
  if (!error.empty()) {
    std::cerr << "factdeck stats: " << error << "\nusage: factdeck " << kUsage << "\n";
    return 2;
  }
  const LoadResult loaded = load_common_content(common);
  std::unique_ptr<Store> store;
  Status st = Store::open(Store::default_path(common.data_dir), store);
  if (!st.ok()) {
    std::cerr << "factdeck stats: " << st.message() << "\n";
    return 1;
  }
  const UnixSeconds now = common.clock();
  StudySettings settings = load_study_settings(*store);
  settings.utc_offset_minutes = local_utc_offset_minutes(now);
  const Statistics s = compute_statistics(*store, loaded.content, now, settings, options);
  if (json) std::cout << to_json(s).dump() << "\n";
  else print_text(s);
  return 0;
}

}  // namespace

FACTDECK_COMMAND({"stats", kUsage, "the statistics as text (--json for machines)", run_stats});

}  // namespace factdeck::cli
