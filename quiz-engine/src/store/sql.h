// Small helpers shared by the store's files: binding and reading columns, statement reset, transactions.
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>

#include "factdeck/store.h"

namespace factdeck::store_detail {

// Binds an optional time: NULL when absent.
inline void bind_time(sqlite3_stmt* s, int i, const std::optional<UnixSeconds>& t) {
  if (t) sqlite3_bind_int64(s, i, *t);
  else sqlite3_bind_null(s, i);
}

inline std::optional<UnixSeconds> column_time(sqlite3_stmt* s, int i) {
  if (sqlite3_column_type(s, i) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(s, i);
}

inline std::string column_text(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

inline void bind_text(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

// Resets a cached statement when leaving scope, so no read snapshot is held between actions.
struct ResetOnExit {
  sqlite3_stmt* s;
  ~ResetOnExit() {
    if (s) sqlite3_reset(s);
  }
};

// The card columns in the order read_card expects; queries alias the cards table as c.
#define FACTDECK_CARD_COLUMNS                                                                          \
  "c.id, c.article, c.fact, c.direction, c.state, c.stability, c.difficulty, c.step, c.reps, c.lapses, " \
  "c.due, c.last_review, c.scheduled_days, c.suspended, c.hidden, c.buried_until"

inline CardRow read_card(sqlite3_stmt* s) {
  CardRow c;
  c.id = sqlite3_column_int64(s, 0);
  c.article = column_text(s, 1);
  c.fact = column_text(s, 2);
  c.direction = sqlite3_column_int(s, 3);
  c.state = sqlite3_column_int(s, 4);
  c.stability = sqlite3_column_double(s, 5);
  c.difficulty = sqlite3_column_double(s, 6);
  c.step = sqlite3_column_int(s, 7);
  c.reps = sqlite3_column_int(s, 8);
  c.lapses = sqlite3_column_int(s, 9);
  c.due = column_time(s, 10);
  c.last_review = column_time(s, 11);
  c.scheduled_days = sqlite3_column_int(s, 12);
  c.suspended = sqlite3_column_int(s, 13) != 0;
  c.hidden = sqlite3_column_int(s, 14) != 0;
  c.buried_until = sqlite3_column_int64(s, 15);
  return c;
}

// Commits on success, rolls back otherwise: one user action is one transaction.
class Transaction {
 public:
  explicit Transaction(Store& s) : store_(s) { ok_ = store_.exec("BEGIN IMMEDIATE").ok(); }
  ~Transaction() {
    if (ok_ && !done_) store_.exec("ROLLBACK");
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  bool began() const { return ok_; }
  Status commit() {
    done_ = true;
    return store_.exec("COMMIT");
  }

 private:
  Store& store_;
  bool ok_ = false;
  bool done_ = false;
};

// Steps a statement that returns one integer (a count); 0 when it fails.
inline std::int64_t step_int(sqlite3_stmt* s) {
  ResetOnExit reset{s};
  return s && sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
}

}  // namespace factdeck::store_detail
