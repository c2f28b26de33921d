// Statistics from the store's aggregates (per study day, per card), read through its API: no SQL here.
#include "factdeck/stats.h"

#include <algorithm>
#include <map>
#include <queue>
#include <tuple>

namespace factdeck {
namespace {

// Seconds to add to a UTC instant so that integer division by 86400 gives its study day.
std::int64_t day_shift(const StudySettings& s) { return study_day_start(0, s) * -1; }

}  // namespace

std::vector<DayReviews> reviews_per_day(Store& store, long first_day, long last_day, const StudySettings& s) {
  std::vector<DayReviews> out;
  if (last_day < first_day) return out;
  out.resize(static_cast<std::size_t>(last_day - first_day + 1));
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].day = first_day + static_cast<long>(i);
    out[i].date = iso_date(civil_from_days(out[i].day));
  }
  for (const Store::DayTotals& t :
       store.answers_by_day(study_day_start(first_day, s), study_day_start(last_day + 1, s), day_shift(s))) {
    if (t.day < first_day || t.day > last_day) continue;
    DayReviews& d = out[static_cast<std::size_t>(t.day - first_day)];
    d.reviews = t.reviews;
    d.correct = t.correct;
    d.again = t.again;
    d.new_cards = t.new_cards;
  }
  return out;
}

int study_streak(Store& store, UnixSeconds now, const StudySettings& s) {
  // One indexed probe per day of the streak: cheap even for years of daily study.
  auto studied = [&](long day) { return store.answered_between(study_day_start(day, s), study_day_start(day + 1, s)); };
  long day = study_day(now, s);
  if (!studied(day)) --day;
  int streak = 0;
  while (studied(day)) {
    ++streak;
    --day;
  }
  return streak;
}

Retention true_retention(Store& store, UnixSeconds now, int window_days, const StudySettings& s) {
  Retention r;
  r.window_days = window_days;
  r.desired = s.desired_retention;
  const long today = study_day(now, s);
  std::tie(r.reviews, r.passed) = store.review_state_answers(study_day_start(today - window_days + 1, s),
                                                             study_day_start(today + 1, s), day_shift(s));
  return r;
}

std::vector<int> due_forecast(Store& store, UnixSeconds now, int days, const StudySettings& s) {
  std::vector<int> out(static_cast<std::size_t>(std::max(0, days)), 0);
  if (out.empty()) return out;
  const long today = study_day(now, s);
  for (const auto& [due_day, cards] : store.due_by_day(study_day_start(today + days, s), day_shift(s))) {
    const long day = std::max(today, due_day);  // overdue count today
    if (day - today < days) out[static_cast<std::size_t>(day - today)] += cards;
  }
  return out;
}

namespace {

// The weakest facts' order: most lapses, then lowest accuracy, then most answers, then card id (a total order).
bool weaker(const WeakFact& a, const WeakFact& b) {
  if (a.lapses != b.lapses) return a.lapses > b.lapses;
  // Compare accuracies as cross products: exact, no floating-point ties.
  const std::int64_t lhs = static_cast<std::int64_t>(a.correct) * b.answers;
  const std::int64_t rhs = static_cast<std::int64_t>(b.correct) * a.answers;
  if (lhs != rhs) return lhs < rhs;
  if (a.answers != b.answers) return a.answers > b.answers;
  return a.card < b.card;
}

}  // namespace

void accuracy_and_weakest(Store& store, const Content& content, UnixSeconds now, const StudySettings& s,
                          const StatsOptions& o, Statistics& out) {
  const long today = study_day(now, s);
  const UnixSeconds from = o.accuracy_days > 0 ? study_day_start(today - o.accuracy_days + 1, s) : 0;
  // One row per answered card, grouped by article and kind here, since the kind lives in the content, not the
  // database.
  const UnixSeconds to = o.accuracy_days > 0 ? study_day_start(today + 1, s) : 0;
  std::map<std::string, AccuracyRow> articles;
  std::map<Kind, AccuracyRow> kinds;
  // Cards come in creation order, so an article's cards mostly follow each other: its row is looked up once.
  std::string last_id;
  const Article* article = nullptr;
  AccuracyRow* article_row = nullptr;
  std::size_t hint = 0;  // the index of the last card's fact in its article
  // Only the weakest few are kept (a heap with the least weak on top), so a hundred thousand answered cards
  // cost no copies and no full sort.
  std::priority_queue<WeakFact, std::vector<WeakFact>, decltype(&weaker)> weakest(&weaker);
  const std::size_t keep = static_cast<std::size_t>(std::max(0, o.weakest));
  store.for_each_answered_card(from, to, [&](const Store::CardAnswers& c) {
    WeakFact w;
    w.card = c.card;
    w.direction = c.direction;
    w.lapses = c.lapses;
    w.answers = c.answers;
    w.correct = c.correct;
    if (!article_row || last_id != c.article) {
      last_id = c.article;
      article = content.find_article(last_id);
      article_row = &articles[last_id];
      article_row->key = last_id;
      article_row->label = article ? article->title : last_id;
      hint = 0;
    }
    article_row->answers += w.answers;
    article_row->correct += w.correct;
    const Fact* fact = nullptr;
    if (article) {
      // Cards were made in content order: the fact is mostly the last card's (its reverse) or the next one.
      const std::vector<Fact>& facts = article->facts;
      for (const std::size_t i : {hint, hint + 1})
        if (i < facts.size() && facts[i].id == c.fact) {
          fact = &facts[i];
          hint = i;
          break;
        }
      if (!fact && (fact = article->find_fact(std::string(c.fact)))) hint = static_cast<std::size_t>(fact - facts.data());
    }
    if (fact) {
      AccuracyRow& k = kinds[fact->kind];
      k.answers += w.answers;
      k.correct += w.correct;
    }
    if (c.hidden || w.answers < o.weakest_min_answers || (w.lapses == 0 && w.correct >= w.answers)) return;
    if (weakest.size() == keep && (keep == 0 || !weaker(w, weakest.top()))) return;
    w.article = std::string(c.article);
    w.fact = std::string(c.fact);
    if (fact) w.question = w.direction == 1 && !fact->reverse.empty() ? fact->reverse : fact->question;
    weakest.push(std::move(w));
    if (weakest.size() > keep) weakest.pop();
  });
  for (auto& [key, row] : articles) out.by_article.push_back(row);
  // By kind in the order of their names, as the rows have always come.
  std::map<std::string, AccuracyRow> by_name;
  for (auto& [kind, row] : kinds) {
    row.key = row.label = std::string(kind_name(kind));
    by_name[row.key] = row;
  }
  for (auto& [key, row] : by_name) out.by_kind.push_back(row);
  out.weakest.resize(weakest.size());
  for (std::size_t i = weakest.size(); i > 0; --i) {
    out.weakest[i - 1] = weakest.top();
    weakest.pop();
  }
}

Statistics compute_statistics(Store& store, const Content& content, UnixSeconds now, const StudySettings& s,
                              const StatsOptions& o) {
  Statistics st;
  st.today = study_day(now, s);
  st.total_reviews = store.review_total();  // the running totals, not a count of millions of rows
  const QueueCounts q = store.queue_counts(now, now, now);
  st.total_cards = q.total - q.hidden;
  st.streak = study_streak(store, now, s);
  st.heatmap = reviews_per_day(store, st.today - o.heatmap_days + 1, st.today, s);
  // The recent history is the heatmap's tail when the heatmap covers it: one scan, not two.
  if (o.history_days <= o.heatmap_days)
    st.per_day.assign(st.heatmap.end() - std::max(0, o.history_days), st.heatmap.end());
  else
    st.per_day = reviews_per_day(store, st.today - o.history_days + 1, st.today, s);
  st.retention = true_retention(store, now, o.retention_days, s);
  st.forecast = due_forecast(store, now, o.forecast_days, s);
  accuracy_and_weakest(store, content, now, s, o, st);
  return st;
}

}  // namespace factdeck
