// Progress per article (the store's counts by article) and the timeline of dated facts.
#include "factdeck/overview.h"

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
  for (const Store::ArticleCards& c : store.cards_by_article()) {
    auto it = by_id.find(c.article);
    if (it == by_id.end()) continue;
    ArticleProgress& p = it->second;
    p.cards = c.cards;
    p.fresh = c.fresh;
    p.learning = c.learning;
    p.review = c.review;
    p.mature = c.mature;
    p.suspended = c.suspended;
  }
  for (const Article& a : content.articles) out.push_back(by_id[a.id]);
  return out;
}

double estimate_daily_reviews(Store& store, const StudySettings& settings) {
  const FsrsConfig cfg = fsrs_config(settings);
  double per_day = 0;
  for (const double stability : store.review_stabilities()) per_day += 1.0 / next_interval(stability, cfg, 0, 0.0);
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
