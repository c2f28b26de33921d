// The store's card-set and queue queries: syncing cards with the content, what is due, practice results.
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "factdeck/store.h"
#include "store/sql.h"

namespace factdeck {

using namespace store_detail;

namespace {

// Every queue query filters `suspended = 0 AND hidden = 0` written exactly so, which lets SQLite use
// the partial indexes cards_due and cards_new.
std::vector<CardRow> read_cards(sqlite3_stmt* s) {
  std::vector<CardRow> out;
  ResetOnExit reset{s};
  while (s && sqlite3_step(s) == SQLITE_ROW) out.push_back(read_card(s));
  return out;
}

Status set_hidden(Store& store, std::int64_t id, bool hidden) {
  sqlite3_stmt* s = store.statement("UPDATE cards SET hidden = ? WHERE id = ?");
  ResetOnExit reset{s};
  if (!s) return Status::Error("cannot prepare the hide update");
  sqlite3_bind_int(s, 1, hidden ? 1 : 0);
  sqlite3_bind_int64(s, 2, id);
  if (sqlite3_step(s) != SQLITE_DONE) return Status::Error(std::string("cannot hide the card: ") + sqlite3_errmsg(store.handle()));
  return Status::Ok();
}

// One string per card identity for hashing: ids cannot contain the separator (content ids are [a-z0-9-]).
void card_key(std::string& out, const char* article, const char* fact, int direction) {
  out.assign(article);
  out += '\x1f';
  out += fact;
  out += '\x1f';
  out += std::to_string(direction);
}

}  // namespace

Status Store::sync_cards(const std::vector<CardKey>& wanted, UnixSeconds now, SyncResult& out) {
  out = SyncResult{};
  // A hash map from identity to the first place it is wanted, and only the identity columns read back: at
  // 100,000 cards this runs at every start-up, where ordered sets of full card rows cost a third of a second.
  std::unordered_map<std::string, std::size_t> want;
  want.reserve(wanted.size());
  std::vector<char> have(wanted.size(), 0);  // 1: the card exists (or the key repeats an earlier one)
  std::string key;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    card_key(key, wanted[i].article.c_str(), wanted[i].fact.c_str(), wanted[i].direction);
    if (!want.emplace(key, i).second) have[i] = 1;
  }

  // One transaction for the whole sync: thousands of facts commit at once, and a crash leaves the
  // cards as they were rather than half-synced.
  Transaction tx(*this);
  if (!tx.began()) return error("cannot start syncing the cards");
  std::vector<std::pair<std::int64_t, bool>> flips;  // card, hide it; applied once the read is done
  {
    sqlite3_stmt* s = statement("SELECT id, article, fact, direction, hidden FROM cards ORDER BY id");
    ResetOnExit reset{s};
    if (!s) return error("cannot prepare");
    while (sqlite3_step(s) == SQLITE_ROW) {
      card_key(key, reinterpret_cast<const char*>(sqlite3_column_text(s, 1)),
               reinterpret_cast<const char*>(sqlite3_column_text(s, 2)), sqlite3_column_int(s, 3));
      const auto it = want.find(key);
      const bool wanted_now = it != want.end();
      if (wanted_now) have[it->second] = 1;
      const bool hidden = sqlite3_column_int(s, 4) != 0;
      if (wanted_now != hidden) continue;
      flips.emplace_back(sqlite3_column_int64(s, 0), !wanted_now);
    }
  }
  for (const auto& [id, hide] : flips) {
    Status st = set_hidden(*this, id, hide);
    if (!st.ok()) return st;
    ++(hide ? out.hidden : out.unhidden);
  }
  // Creation follows the content's order, so new cards are introduced in the order they were written.
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (have[i]) continue;
    const CardKey& k = wanted[i];
    CardRow created;
    Status st = ensure_card(k.article, k.fact, k.direction, now, created);
    if (!st.ok()) return st;
    ++out.added;
  }
  return tx.commit();
}

std::vector<CardRow> Store::learning_due(UnixSeconds until, int limit) {
  sqlite3_stmt* s = statement("SELECT " FACTDECK_CARD_COLUMNS " FROM cards c "
                              "WHERE suspended = 0 AND hidden = 0 AND due <= ? AND state IN (1, 3) "
                              "ORDER BY due, id LIMIT ?");
  if (!s) return {};
  sqlite3_bind_int64(s, 1, until);
  sqlite3_bind_int(s, 2, limit);
  return read_cards(s);
}

std::vector<CardRow> Store::reviews_due(UnixSeconds day_end, int limit) {
  sqlite3_stmt* s = statement("SELECT " FACTDECK_CARD_COLUMNS " FROM cards c "
                              "WHERE suspended = 0 AND hidden = 0 AND due < ? AND state = 2 "
                              "ORDER BY due, id LIMIT ?");
  if (!s) return {};
  sqlite3_bind_int64(s, 1, day_end);
  sqlite3_bind_int(s, 2, limit);
  return read_cards(s);
}

// A new card whose sibling was answered today waits for another day (Anki buries siblings likewise):
// asking "which plan covers 2026-2030?" right after "which years does the plan cover?" tests nothing.
#define FACTDECK_NOT_BURIED                                                              \
  "NOT EXISTS (SELECT 1 FROM cards s JOIN reviews r ON r.card = s.id "                  \
  "WHERE s.article = c.article AND s.fact = c.fact AND s.id != c.id AND r.time >= ?)"

std::vector<CardRow> Store::new_cards(UnixSeconds day_start, int limit) {
  sqlite3_stmt* s = statement("SELECT " FACTDECK_CARD_COLUMNS " FROM cards c "
                              "WHERE state = 0 AND suspended = 0 AND hidden = 0 AND " FACTDECK_NOT_BURIED
                              " ORDER BY created DESC, id LIMIT ?");
  if (!s) return {};
  sqlite3_bind_int64(s, 1, day_start);
  sqlite3_bind_int(s, 2, limit);
  return read_cards(s);
}

int Store::new_introduced(UnixSeconds from, UnixSeconds to) {
  sqlite3_stmt* s = statement("SELECT count(*) FROM reviews WHERE time >= ? AND time < ? AND prev_state = 0");
  if (!s) return 0;
  sqlite3_bind_int64(s, 1, from);
  sqlite3_bind_int64(s, 2, to);
  return static_cast<int>(step_int(s));
}

int Store::reviews_between(UnixSeconds from, UnixSeconds to) {
  sqlite3_stmt* s = statement("SELECT count(*) FROM reviews WHERE time >= ? AND time < ?");
  if (!s) return 0;
  sqlite3_bind_int64(s, 1, from);
  sqlite3_bind_int64(s, 2, to);
  return static_cast<int>(step_int(s));
}

QueueCounts Store::queue_counts(UnixSeconds learn_until, UnixSeconds day_start, UnixSeconds day_end) {
  QueueCounts q;
  // Each count reads an index (cards_queue, cards_suspended, cards_hidden), never the cards themselves: at
  // 100,000 cards a scan of the table is most of the Today screen's time.
  sqlite3_stmt* s = statement(
      "SELECT (SELECT count(*) FROM cards), "
      "(SELECT count(*) FROM cards WHERE suspended != 0), (SELECT count(*) FROM cards WHERE hidden != 0), "
      "(SELECT count(*) FROM cards WHERE suspended = 0 AND hidden = 0 AND state IN (1, 3) AND due <= ?), "
      "(SELECT count(*) FROM cards WHERE suspended = 0 AND hidden = 0 AND state = 2 AND due < ?), "
      "(SELECT min(due) FROM cards WHERE suspended = 0 AND hidden = 0 AND state IN (1, 3) AND due IS NOT NULL)");
  if (s) {
    ResetOnExit reset{s};
    sqlite3_bind_int64(s, 1, learn_until);
    sqlite3_bind_int64(s, 2, day_end);
    if (sqlite3_step(s) == SQLITE_ROW) {
      q.total = sqlite3_column_int(s, 0);
      q.suspended = sqlite3_column_int(s, 1);
      q.hidden = sqlite3_column_int(s, 2);
      q.learning_due = sqlite3_column_int(s, 3);
      q.review_due = sqlite3_column_int(s, 4);
      q.next_learning = column_time(s, 5);
    }
  }
  // The new cards less those buried by a sibling answered today, found from today's answers (a few hundred)
  // rather than by asking for each new card (tens of thousands). Without INDEXED BY, SQLite counts the new
  // cards by walking cards_due (every scheduled card) and reading each row; the unary + keeps it from reading
  // c through cards_queue: c is found by its article and fact.
  sqlite3_stmt* n = statement(
      "SELECT (SELECT count(*) FROM cards INDEXED BY cards_new WHERE state = 0 AND suspended = 0 AND hidden = 0) - "
      "(SELECT count(DISTINCT c.id) FROM reviews r JOIN cards s ON s.id = r.card "
      "JOIN cards c ON c.article = s.article AND c.fact = s.fact "
      "WHERE r.time >= ? AND c.id != s.id AND +c.state = 0 AND +c.suspended = 0 AND +c.hidden = 0)");
  if (n) {
    sqlite3_bind_int64(n, 1, day_start);
    q.new_available = static_cast<int>(step_int(n));
  }
  return q;
}

std::vector<std::pair<std::string, int>> Store::new_card_articles() {
  std::vector<std::pair<std::string, int>> out;
  sqlite3_stmt* s = statement("SELECT article, count(*) FROM cards INDEXED BY cards_new_article "
                              "WHERE state = 0 AND suspended = 0 AND hidden = 0 GROUP BY article");
  ResetOnExit reset{s};
  while (s && sqlite3_step(s) == SQLITE_ROW) out.emplace_back(column_text(s, 0), sqlite3_column_int(s, 1));
  return out;
}

std::vector<CardRow> Store::new_cards_of(const std::string& article, UnixSeconds day_start, int limit) {
  sqlite3_stmt* s = statement("SELECT " FACTDECK_CARD_COLUMNS " FROM cards c INDEXED BY cards_new_article "
                              "WHERE c.article = ? AND state = 0 AND suspended = 0 AND hidden = 0 AND " FACTDECK_NOT_BURIED
                              " ORDER BY c.id LIMIT ?");
  if (!s) return {};
  bind_text(s, 1, article);
  sqlite3_bind_int64(s, 2, day_start);
  sqlite3_bind_int(s, 3, limit);
  return read_cards(s);
}

std::vector<CardRow> Store::reviews_due_of(const std::string& article, UnixSeconds day_end, int limit) {
  sqlite3_stmt* s = statement("SELECT " FACTDECK_CARD_COLUMNS " FROM cards c "
                              "WHERE c.article = ? AND suspended = 0 AND hidden = 0 AND due < ? AND state = 2 "
                              "ORDER BY due, id LIMIT ?");
  if (!s) return {};
  bind_text(s, 1, article);
  sqlite3_bind_int64(s, 2, day_end);
  sqlite3_bind_int(s, 3, limit);
  return read_cards(s);
}

std::map<std::string, int> Store::introduced_by_article(UnixSeconds from, UnixSeconds to) {
  std::map<std::string, int> out;
  sqlite3_stmt* s = statement("SELECT c.article, count(*) FROM reviews r JOIN cards c ON c.id = r.card "
                              "WHERE r.time >= ? AND r.time < ? AND r.prev_state = 0 GROUP BY c.article");
  ResetOnExit reset{s};
  if (!s) return out;
  sqlite3_bind_int64(s, 1, from);
  sqlite3_bind_int64(s, 2, to);
  while (sqlite3_step(s) == SQLITE_ROW) out[column_text(s, 0)] = sqlite3_column_int(s, 1);
  return out;
}

std::vector<CardRow> Store::answered_since(UnixSeconds from) {
  sqlite3_stmt* s = statement("SELECT " FACTDECK_CARD_COLUMNS " FROM cards c "
                              "WHERE c.id IN (SELECT card FROM reviews WHERE time >= ?) ORDER BY c.id");
  if (!s) return {};
  sqlite3_bind_int64(s, 1, from);
  return read_cards(s);
}

Status Store::set_buried_until(std::int64_t card, UnixSeconds until) {
  sqlite3_stmt* s = statement("UPDATE cards SET buried_until = ? WHERE id = ?");
  ResetOnExit reset{s};
  if (!s) return error("cannot prepare");
  sqlite3_bind_int64(s, 1, until);
  sqlite3_bind_int64(s, 2, card);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot bury the card");
  return Status::Ok();
}

Status Store::add_practice_result(PracticeResult& r) {
  sqlite3_stmt* s = statement("INSERT INTO practice_results (time, settings, score, total, details) VALUES (?, ?, ?, ?, ?)");
  ResetOnExit reset{s};
  if (!s) return error("cannot prepare");
  sqlite3_bind_int64(s, 1, r.time);
  bind_text(s, 2, r.settings);
  sqlite3_bind_int(s, 3, r.score);
  sqlite3_bind_int(s, 4, r.total);
  bind_text(s, 5, r.details);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot save the practice result");
  r.id = sqlite3_last_insert_rowid(db_);
  return Status::Ok();
}

std::vector<PracticeResult> Store::practice_results(int limit) {
  std::vector<PracticeResult> out;
  sqlite3_stmt* s = statement("SELECT id, time, settings, score, total, details FROM practice_results "
                              "ORDER BY time DESC, id DESC LIMIT ?");
  ResetOnExit reset{s};
  if (!s) return out;
  sqlite3_bind_int(s, 1, limit);
  while (sqlite3_step(s) == SQLITE_ROW) {
    PracticeResult r;
    r.id = sqlite3_column_int64(s, 0);
    r.time = sqlite3_column_int64(s, 1);
    r.settings = column_text(s, 2);
    r.score = sqlite3_column_int(s, 3);
    r.total = sqlite3_column_int(s, 4);
    r.details = column_text(s, 5);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace factdeck
