// Statistics as SQL aggregates: per study day and per card in the database, never row by row here.
#include "factdeck/stats.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>

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

}  // namespace

std::vector<DayReviews> reviews_per_day(Store& store, long first_day, long last_day, const StudySettings& s) {
  std::vector<DayReviews> out;
  if (last_day < first_day) return out;
  out.resize(static_cast<std::size_t>(last_day - first_day + 1));
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].day = first_day + static_cast<long>(i);
    out[i].date = iso_date(civil_from_days(out[i].day));
  }
  // The reviews_time index (time, prev_state, rating, correct) covers this query: a range scan.
  sqlite3_stmt* q = store.statement(
      "SELECT (time + ?1) / 86400 AS day, count(*), sum(correct), sum(rating = 1), sum(prev_state = 0) "
      "FROM reviews WHERE time >= ?2 AND time < ?3 GROUP BY day");
  Reset reset{q};
  if (!q) return out;
  sqlite3_bind_int64(q, 1, day_shift(s));
  sqlite3_bind_int64(q, 2, study_day_start(first_day, s));
  sqlite3_bind_int64(q, 3, study_day_start(last_day + 1, s));
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
  sqlite3_stmt* q = store.statement(
      "SELECT count(*), coalesce(sum(rating > 1), 0) FROM reviews WHERE time >= ? AND time < ? AND prev_state = 2");
  Reset reset{q};
  if (!q) return r;
  sqlite3_bind_int64(q, 1, study_day_start(today - window_days + 1, s));
  sqlite3_bind_int64(q, 2, study_day_start(today + 1, s));
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
      "WHERE suspended = 0 AND hidden = 0 AND due < ?2 AND state != 0 GROUP BY day");
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

void accuracy_and_weakest(Store& store, const Content& content, UnixSeconds now, const StudySettings& s,
                          const StatsOptions& o, Statistics& out) {
  const long today = study_day(now, s);
  const UnixSeconds from = o.accuracy_days > 0 ? study_day_start(today - o.accuracy_days + 1, s) : 0;
  // Aggregated per card in SQL; the few thousand card rows are then grouped by article and kind
  // here, since the kind lives in the content, not the database. All time reads the reviews_card
  // index in card order (no sort); a window reads its range of the reviews_time index.
  sqlite3_stmt* q =
      o.accuracy_days > 0
          ? store.statement(
                "SELECT c.id, c.article, c.fact, c.direction, c.lapses, c.hidden, a.n, a.k FROM cards c JOIN "
                "(SELECT card, count(*) AS n, sum(correct) AS k FROM reviews WHERE time >= ? AND time < ? "
                "GROUP BY card) a ON a.card = c.id ORDER BY c.id")
          : store.statement(
                "SELECT c.id, c.article, c.fact, c.direction, c.lapses, c.hidden, a.n, a.k FROM cards c JOIN "
                "(SELECT card, count(*) AS n, sum(correct) AS k FROM reviews GROUP BY card) a "
                "ON a.card = c.id ORDER BY c.id");
  Reset reset{q};
  if (!q) return;
  if (o.accuracy_days > 0) {
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, study_day_start(today + 1, s));
  }
  std::map<std::string, AccuracyRow> articles;
  std::map<std::string, AccuracyRow> kinds;
  std::vector<WeakFact> candidates;
  while (sqlite3_step(q) == SQLITE_ROW) {
    WeakFact w;
    w.card = sqlite3_column_int64(q, 0);
    w.article = reinterpret_cast<const char*>(sqlite3_column_text(q, 1));
    w.fact = reinterpret_cast<const char*>(sqlite3_column_text(q, 2));
    w.direction = sqlite3_column_int(q, 3);
    w.lapses = sqlite3_column_int(q, 4);
    const bool hidden = sqlite3_column_int(q, 5) != 0;
    w.answers = sqlite3_column_int(q, 6);
    w.correct = sqlite3_column_int(q, 7);
    const Article* article = content.find_article(w.article);
    const Fact* fact = article ? article->find_fact(w.fact) : nullptr;
    AccuracyRow& a = articles[w.article];
    a.key = w.article;
    a.label = article ? article->title : w.article;
    a.answers += w.answers;
    a.correct += w.correct;
    if (fact) {
      const std::string kind(kind_name(fact->kind));
      AccuracyRow& k = kinds[kind];
      k.key = k.label = kind;
      k.answers += w.answers;
      k.correct += w.correct;
      w.question = w.direction == 1 && !fact->reverse.empty() ? fact->reverse : fact->question;
    }
    if (!hidden && w.answers >= o.weakest_min_answers && (w.lapses > 0 || w.correct < w.answers))
      candidates.push_back(std::move(w));
  }
  for (auto& [key, row] : articles) out.by_article.push_back(row);
  for (auto& [key, row] : kinds) out.by_kind.push_back(row);
  std::sort(candidates.begin(), candidates.end(), [](const WeakFact& a, const WeakFact& b) {
    if (a.lapses != b.lapses) return a.lapses > b.lapses;
    // Compare accuracies as cross products: exact, no floating-point ties.
    const std::int64_t lhs = static_cast<std::int64_t>(a.correct) * b.answers;
    const std::int64_t rhs = static_cast<std::int64_t>(b.correct) * a.answers;
    if (lhs != rhs) return lhs < rhs;
    if (a.answers != b.answers) return a.answers > b.answers;
    return a.card < b.card;
  });
  if (static_cast<int>(candidates.size()) > o.weakest) candidates.resize(static_cast<std::size_t>(std::max(0, o.weakest)));
  out.weakest = std::move(candidates);
}

Statistics compute_statistics(Store& store, const Content& content, UnixSeconds now, const StudySettings& s,
                              const StatsOptions& o) {
  Statistics st;
  st.today = study_day(now, s);
  st.total_reviews = store.review_count();
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
