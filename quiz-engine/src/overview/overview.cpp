// Progress per article (one grouped query) and the timeline of dated facts.
#include "factdeck/overview.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace factdeck {

std::vector<ArticleProgress> article_progress(Store& store, const Content& content) {
  std::map<std::string, ArticleProgress> by_id;
  std::vector<ArticleProgress> out;
  for (const Article& a : content.articles) {
    ArticleProgress p;
    p.article = a.id;
    p.title = a.title;
    p.facts = static_cast<int>(a.facts.size());
    by_id[a.id] = p;
  }
  sqlite3_stmt* s = store.statement(
      "SELECT article, count(*), sum(state = 0), sum(state IN (1, 3)), sum(state = 2), "
      "sum(state = 2 AND stability >= 21), sum(suspended) FROM cards WHERE hidden = 0 GROUP BY article");
  while (s && sqlite3_step(s) == SQLITE_ROW) {
    const char* id = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    auto it = by_id.find(id ? id : "");
    if (it == by_id.end()) continue;
    ArticleProgress& p = it->second;
    p.cards = sqlite3_column_int(s, 1);
    p.fresh = sqlite3_column_int(s, 2);
    p.learning = sqlite3_column_int(s, 3);
    p.review = sqlite3_column_int(s, 4);
    p.mature = sqlite3_column_int(s, 5);
    p.suspended = sqlite3_column_int(s, 6);
  }
  if (s) sqlite3_reset(s);
  for (const Article& a : content.articles) out.push_back(by_id[a.id]);
  return out;
}

double estimate_daily_reviews(Store& store, const StudySettings& settings) {
  const FsrsConfig cfg = fsrs_config(settings);
  double per_day = 0;
  sqlite3_stmt* s = store.statement(
      "SELECT stability FROM cards WHERE state = 2 AND suspended = 0 AND hidden = 0 AND stability > 0");
  while (s && sqlite3_step(s) == SQLITE_ROW)
    per_day += 1.0 / next_interval(sqlite3_column_double(s, 0), cfg, 0, 0.0);
  if (s) sqlite3_reset(s);
  per_day += settings.new_per_day * (1.0 + static_cast<double>(cfg.learning_steps_minutes.size()));
  return per_day;
}

namespace {

double year_fraction(const Date& d) {
  const long start = days_from_civil(Date{d.year, 1, 1});
  const long next = days_from_civil(Date{d.year + 1, 1, 1});
  return d.year + static_cast<double>(days_from_civil(d) - start) / static_cast<double>(next - start);
}

}  // namespace

std::vector<TimelineEntry> timeline_entries(const Content& content) {
  std::vector<TimelineEntry> out;
  for (const Article& a : content.articles)
    for (const Fact& f : a.facts) {
      TimelineEntry e;
      e.article = a.id;
      e.article_title = a.title;
      e.fact = f.id;
      e.kind = f.kind;
      e.when = f.answer_text();
      e.text = f.statement_with(e.when);
      switch (f.kind) {
        case Kind::Year:
          e.start = f.year;
          e.end = f.year + 1;
          break;
        case Kind::Date:
          e.start = year_fraction(f.date);
          e.end = e.start + 1.0 / 365.0;
          break;
        case Kind::Period:
          e.start = f.period.from;
          e.end = f.period.to + 1;  // a plan "2026-2030" runs to the end of 2030
          break;
        default:
          continue;
      }
      out.push_back(std::move(e));
    }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
    if (x.start != y.start) return x.start < y.start;
    if (x.article != y.article) return x.article < y.article;
    return x.fact < y.fact;
  });
  return out;
}

}  // namespace factdeck
