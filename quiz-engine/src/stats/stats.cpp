// Statistics as SQL aggregates: per study day and per card in the database, never row by row here.
#include "factdeck/stats.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <queue>

namespace factdeck {
namespace {

// Seconds to add to a UTC instant so that integer division by 86400 gives its study day.
std::int64_t day_shift(const StudySettings& s) { return study_day_start(0, s) * -1; }

struct Reset {
  sqlite3_stmt* s;
  ~Reset() {
    if (s) sqlite3_reset(s);
  }
};

// The review_buckets totals serve a range of study days when the days start on quarter hours (every real UTC
// offset and whole rollover hour does) and after 1970 (integer division rounds toward zero before it).
bool buckets_fit(UnixSeconds from, const StudySettings& s) { return from >= 0 && study_day_start(0, s) % 900 == 0; }

}  // namespace

std::vector<DayReviews> reviews_per_day(Store& store, long first_day, long last_day, const StudySettings& s) {
  std::vector<DayReviews> out;
  if (last_day < first_day) return out;
  out.resize(static_cast<std::size_t>(last_day - first_day + 1));
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].day = first_day + static_cast<long>(i);
    out[i].date = iso_date(civil_from_days(out[i].day));
  }
  // A year of daily totals from the quarter-hour totals: tens of thousands of rows rather than every answer.
  // Otherwise the reviews_time index (time, prev_state, rating, correct) covers the query: a range scan.
  const UnixSeconds from = study_day_start(first_day, s), to = study_day_start(last_day + 1, s);
  const bool buckets = buckets_fit(from, s);
  sqlite3_stmt* q = buckets ? store.statement(
                                  "SELECT (bucket * 900 + ?1) / 86400 AS day, sum(reviews), sum(correct), sum(again), "
                                  "sum(new_cards) FROM review_buckets WHERE bucket >= ?2 AND bucket < ?3 GROUP BY day")
                            : store.statement(
                                  "SELECT (time + ?1) / 86400 AS day, count(*), sum(correct), sum(rating = 1), "
                                  "sum(prev_state = 0) FROM reviews WHERE time >= ?2 AND time < ?3 GROUP BY day");
  Reset reset{q};
  if (!q) return out;
  sqlite3_bind_int64(q, 1, day_shift(s));
  sqlite3_bind_int64(q, 2, buckets ? from / 900 : from);
  sqlite3_bind_int64(q, 3, buckets ? to / 900 : to);
  while (sqlite3_step(q) == SQLITE_ROW) {
    const long day = static_cast<long>(sqlite3_column_int64(q, 0));
    if (day < first_day || day > last_day) continue;
    DayReviews& d = out[static_cast<std::size_t>(day - first_day)];
    d.reviews = sqlite3_column_int(q, 1);
    d.correct = sqlite3_column_int(q, 2);
    d.again = sqlite3_column_int(q, 3);
    d.new_cards = sqlite3_column_int(q, 4);
  }
  return out;
}

int study_streak(Store& store, UnixSeconds now, const StudySettings& s) {
  // One indexed probe per day of the streak: cheap even for years of daily study.
  sqlite3_stmt* q = store.statement("SELECT EXISTS (SELECT 1 FROM reviews WHERE time >= ? AND time < ?)");
  if (!q) return 0;
  auto studied = [&](long day) {
    Reset reset{q};
    sqlite3_bind_int64(q, 1, study_day_start(day, s));
    sqlite3_bind_int64(q, 2, study_day_start(day + 1, s));
    return sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) != 0;
  };
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
  const UnixSeconds from = study_day_start(today - window_days + 1, s), to = study_day_start(today + 1, s);
  const bool buckets = buckets_fit(from, s);
  sqlite3_stmt* q =
      buckets ? store.statement("SELECT coalesce(sum(in_review), 0), coalesce(sum(passed), 0) FROM review_buckets "
                                "WHERE bucket >= ? AND bucket < ?")
              : store.statement("SELECT count(*), coalesce(sum(rating > 1), 0) FROM reviews "
                                "WHERE time >= ? AND time < ? AND prev_state = 2");
  Reset reset{q};
  if (!q) return r;
  sqlite3_bind_int64(q, 1, buckets ? from / 900 : from);
  sqlite3_bind_int64(q, 2, buckets ? to / 900 : to);
  if (sqlite3_step(q) == SQLITE_ROW) {
    r.reviews = sqlite3_column_int(q, 0);
    r.passed = sqlite3_column_int(q, 1);
  }
  return r;
}

std::vector<int> due_forecast(Store& store, UnixSeconds now, int days, const StudySettings& s) {
  std::vector<int> out(static_cast<std::size_t>(std::max(0, days)), 0);
  if (out.empty()) return out;
  const long today = study_day(now, s);
  sqlite3_stmt* q = store.statement(
      "SELECT (due + ?1) / 86400 AS day, count(*) FROM cards "
      "WHERE suspended = 0 AND hidden = 0 AND due < ?2 AND state IN (1, 2, 3) GROUP BY day");  // reads cards_queue
  Reset reset{q};
  if (!q) return out;
  sqlite3_bind_int64(q, 1, day_shift(s));
  sqlite3_bind_int64(q, 2, study_day_start(today + days, s));
  while (sqlite3_step(q) == SQLITE_ROW) {
    const long day = std::max(today, static_cast<long>(sqlite3_column_int64(q, 0)));  // overdue count today
    if (day - today < days) out[static_cast<std::size_t>(day - today)] += sqlite3_column_int(q, 1);
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
  // database. All time reads the running totals kept in each card's row (one row per card, not per answer); a
  // window aggregates its range of the reviews_time index.
  sqlite3_stmt* q =
      o.accuracy_days > 0
          ? store.statement(
                "SELECT c.id, c.article, c.fact, c.direction, c.lapses, c.hidden, a.n, a.k FROM cards c JOIN "
                "(SELECT card, count(*) AS n, sum(correct) AS k FROM reviews WHERE time >= ? AND time < ? "
                "GROUP BY card) a ON a.card = c.id ORDER BY c.id")
          : store.statement(
                "SELECT c.id, c.article, c.fact, c.direction, c.lapses, c.hidden, c.answers, c.correct_answers "
                "FROM cards c WHERE c.answers > 0 ORDER BY c.id");
  Reset reset{q};
  if (!q) return;
  if (o.accuracy_days > 0) {
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, study_day_start(today + 1, s));
  }
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
  while (sqlite3_step(q) == SQLITE_ROW) {
    WeakFact w;
    w.card = sqlite3_column_int64(q, 0);
    const char* article_id = reinterpret_cast<const char*>(sqlite3_column_text(q, 1));
    const char* fact_id = reinterpret_cast<const char*>(sqlite3_column_text(q, 2));
    w.direction = sqlite3_column_int(q, 3);
    w.lapses = sqlite3_column_int(q, 4);
    const bool hidden = sqlite3_column_int(q, 5) != 0;
    w.answers = sqlite3_column_int(q, 6);
    w.correct = sqlite3_column_int(q, 7);
    if (!article_row || last_id != article_id) {
      last_id = article_id;
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
        if (i < facts.size() && facts[i].id == fact_id) {
          fact = &facts[i];
          hint = i;
          break;
        }
      if (!fact && (fact = article->find_fact(fact_id))) hint = static_cast<std::size_t>(fact - facts.data());
    }
    if (fact) {
      AccuracyRow& k = kinds[fact->kind];
      k.answers += w.answers;
      k.correct += w.correct;
    }
    if (hidden || w.answers < o.weakest_min_answers || (w.lapses == 0 && w.correct >= w.answers)) continue;
    if (weakest.size() == keep && (keep == 0 || !weaker(w, weakest.top()))) continue;
    w.article = article_id;
    w.fact = fact_id;
    if (fact) w.question = w.direction == 1 && !fact->reverse.empty() ? fact->reverse : fact->question;
    weakest.push(std::move(w));
    if (weakest.size() > keep) weakest.pop();
  }
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
