// The store's statistics reads: aggregates grouped in SQL, so the statistics and the overview never speak SQL.
#include <string>
#include <utility>
#include <vector>

#include "factdeck/store.h"
#include "store/sql.h"

namespace factdeck {

using namespace store_detail;

namespace {

// The review_buckets totals serve a range of study days when the days start on quarter hours (every real UTC
// offset and whole rollover hour does) and after 1970 (integer division rounds toward zero before it).
bool buckets_fit(UnixSeconds from, std::int64_t shift) { return from >= 0 && shift % 900 == 0; }

}  // namespace

std::vector<Store::DayTotals> Store::answers_by_day(UnixSeconds from, UnixSeconds to, std::int64_t shift) {
  std::vector<DayTotals> out;
  // A year of daily totals from the quarter-hour totals: tens of thousands of rows rather than every answer.
  // Otherwise the reviews_time index (time, prev_state, rating, correct) covers the query: a range scan.
  const bool buckets = buckets_fit(from, shift);
  sqlite3_stmt* q = buckets ? statement(
                                  "SELECT (bucket * 900 + ?1) / 86400 AS day, sum(reviews), sum(correct), sum(again), "
                                  "sum(new_cards) FROM review_buckets WHERE bucket >= ?2 AND bucket < ?3 GROUP BY day")
                            : statement(
                                  "SELECT (time + ?1) / 86400 AS day, count(*), sum(correct), sum(rating = 1), "
                                  "sum(prev_state = 0) FROM reviews WHERE time >= ?2 AND time < ?3 GROUP BY day");
  ResetOnExit reset{q};
  if (!q) return out;
  sqlite3_bind_int64(q, 1, shift);
  sqlite3_bind_int64(q, 2, buckets ? from / 900 : from);
  sqlite3_bind_int64(q, 3, buckets ? to / 900 : to);
  while (sqlite3_step(q) == SQLITE_ROW) {
    DayTotals d;
    d.day = static_cast<long>(sqlite3_column_int64(q, 0));
    d.reviews = sqlite3_column_int(q, 1);
    d.correct = sqlite3_column_int(q, 2);
    d.again = sqlite3_column_int(q, 3);
    d.new_cards = sqlite3_column_int(q, 4);
    out.push_back(d);
  }
  return out;
}

bool Store::answered_between(UnixSeconds from, UnixSeconds to) {
  sqlite3_stmt* q = statement("SELECT EXISTS (SELECT 1 FROM reviews WHERE time >= ? AND time < ?)");
  ResetOnExit reset{q};
  if (!q) return false;
  sqlite3_bind_int64(q, 1, from);
  sqlite3_bind_int64(q, 2, to);
  return sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) != 0;
}

std::pair<int, int> Store::review_state_answers(UnixSeconds from, UnixSeconds to, std::int64_t shift) {
  const bool buckets = buckets_fit(from, shift);
  sqlite3_stmt* q =
      buckets ? statement("SELECT coalesce(sum(in_review), 0), coalesce(sum(passed), 0) FROM review_buckets "
                          "WHERE bucket >= ? AND bucket < ?")
              : statement("SELECT count(*), coalesce(sum(rating > 1), 0) FROM reviews "
                          "WHERE time >= ? AND time < ? AND prev_state = 2");
  ResetOnExit reset{q};
  if (!q) return {0, 0};
  sqlite3_bind_int64(q, 1, buckets ? from / 900 : from);
  sqlite3_bind_int64(q, 2, buckets ? to / 900 : to);
  if (sqlite3_step(q) != SQLITE_ROW) return {0, 0};
  return {sqlite3_column_int(q, 0), sqlite3_column_int(q, 1)};
}

std::vector<std::pair<long, int>> Store::due_by_day(UnixSeconds until, std::int64_t shift) {
  std::vector<std::pair<long, int>> out;
  sqlite3_stmt* q = statement(
      "SELECT (due + ?1) / 86400 AS day, count(*) FROM cards "
      "WHERE suspended = 0 AND hidden = 0 AND due < ?2 AND state IN (1, 2, 3) GROUP BY day");  // reads cards_queue
  ResetOnExit reset{q};
  if (!q) return out;
  sqlite3_bind_int64(q, 1, shift);
  sqlite3_bind_int64(q, 2, until);
  while (sqlite3_step(q) == SQLITE_ROW)
    out.emplace_back(static_cast<long>(sqlite3_column_int64(q, 0)), sqlite3_column_int(q, 1));
  return out;
}

void Store::for_each_answered_card(UnixSeconds from, UnixSeconds to,
                                   const std::function<void(const CardAnswers&)>& fn) {
  // All time reads the running totals kept in each card's row (one row per card, not per answer); a window
  // aggregates its range of the reviews_time index.
  const bool window = from != 0 || to != 0;
  sqlite3_stmt* q =
      window ? statement("SELECT c.id, c.article, c.fact, c.direction, c.lapses, c.hidden, a.n, a.k FROM cards c JOIN "
                         "(SELECT card, count(*) AS n, sum(correct) AS k FROM reviews WHERE time >= ? AND time < ? "
                         "GROUP BY card) a ON a.card = c.id ORDER BY c.id")
             : statement("SELECT c.id, c.article, c.fact, c.direction, c.lapses, c.hidden, c.answers, c.correct_answers "
                         "FROM cards c WHERE c.answers > 0 ORDER BY c.id");
  ResetOnExit reset{q};
  if (!q) return;
  if (window) {
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, to);
  }
  auto text = [&](int i) {
    const unsigned char* t = sqlite3_column_text(q, i);
    return t ? std::string_view(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(q, i)))
             : std::string_view();
  };
  while (sqlite3_step(q) == SQLITE_ROW) {
    CardAnswers c;
    c.card = sqlite3_column_int64(q, 0);
    c.article = text(1);
    c.fact = text(2);
    c.direction = sqlite3_column_int(q, 3);
    c.lapses = sqlite3_column_int(q, 4);
    c.hidden = sqlite3_column_int(q, 5) != 0;
    c.answers = sqlite3_column_int(q, 6);
    c.correct = sqlite3_column_int(q, 7);
    fn(c);
  }
}

std::vector<Store::ArticleCards> Store::cards_by_article() {
  std::vector<ArticleCards> out;
  sqlite3_stmt* s = statement(
      "SELECT article, count(*), sum(state = 0), sum(state IN (1, 3)), sum(state = 2), "
      "sum(state = 2 AND stability >= 21), sum(suspended) FROM cards WHERE hidden = 0 GROUP BY article");
  ResetOnExit reset{s};
  while (s && sqlite3_step(s) == SQLITE_ROW) {
    ArticleCards a;
    a.article = column_text(s, 0);
    a.cards = sqlite3_column_int(s, 1);
    a.fresh = sqlite3_column_int(s, 2);
    a.learning = sqlite3_column_int(s, 3);
    a.review = sqlite3_column_int(s, 4);
    a.mature = sqlite3_column_int(s, 5);
    a.suspended = sqlite3_column_int(s, 6);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<double> Store::review_stabilities() {
  std::vector<double> out;
  sqlite3_stmt* s =
      statement("SELECT stability FROM cards WHERE state = 2 AND suspended = 0 AND hidden = 0 AND stability > 0");
  ResetOnExit reset{s};
  while (s && sqlite3_step(s) == SQLITE_ROW) out.push_back(sqlite3_column_double(s, 0));
  return out;
}

}  // namespace factdeck
