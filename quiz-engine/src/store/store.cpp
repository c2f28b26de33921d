// The SQLite connection: opening safely, migrations, cards, the review log and settings.
#include "factdeck/store.h"

#include <sqlite3.h>

#include <sys/stat.h>

#include <filesystem>
#include <limits>
#include <map>
#include <mutex>

#include "factdeck/backup.h"
#include "store/explain.h"
#include "store/schema.h"
#include "store/sql.h"

namespace factdeck {

using namespace store_detail;

namespace {

// The review columns in the order read_review expects.
constexpr const char* kReviewSelect =
    "SELECT id, card, time, rating, question_type, correct, response_ms, answer, elapsed_days, prev_state, "
    "prev_stability, prev_difficulty, prev_step, prev_reps, prev_lapses, prev_due, prev_last_review, "
    "prev_scheduled_days, coalesce(auto_rating, rating), options, device FROM reviews ";

ReviewRow read_review(sqlite3_stmt* s) {
  ReviewRow r;
  r.id = sqlite3_column_int64(s, 0);
  r.card = sqlite3_column_int64(s, 1);
  r.time = sqlite3_column_int64(s, 2);
  r.rating = sqlite3_column_int(s, 3);
  r.question_type = column_text(s, 4);
  r.correct = sqlite3_column_int(s, 5) != 0;
  r.response_ms = sqlite3_column_int(s, 6);
  r.answer = column_text(s, 7);
  r.elapsed_days = sqlite3_column_int(s, 8);
  r.before.id = r.card;
  r.before.state = sqlite3_column_int(s, 9);
  r.before.stability = sqlite3_column_double(s, 10);
  r.before.difficulty = sqlite3_column_double(s, 11);
  r.before.step = sqlite3_column_int(s, 12);
  r.before.reps = sqlite3_column_int(s, 13);
  r.before.lapses = sqlite3_column_int(s, 14);
  r.before.due = column_time(s, 15);
  r.before.last_review = column_time(s, 16);
  r.before.scheduled_days = sqlite3_column_int(s, 17);
  r.auto_rating = sqlite3_column_int(s, 18);
  r.options = sqlite3_column_int(s, 19);
  r.device = column_text(s, 20);
  return r;
}

// The database files this process has open as a Store, by device and inode. Reading such a file through
// another descriptor (the header check) and closing it would cancel every POSIX lock SQLite holds on it in
// this process; another program closing its connection could then take itself for the last one and
// checkpoint and delete the log under ours, and our next commits would go to a deleted file.
std::mutex g_open_mutex;
std::map<const Store*, std::pair<dev_t, ino_t>> g_open_files;

bool file_id(const std::string& path, std::pair<dev_t, ino_t>& id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  id = {st.st_dev, st.st_ino};
  return true;
}

}  // namespace

Store::~Store() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  if (db_) sqlite3_close(db_);
  std::lock_guard<std::mutex> lock(g_open_mutex);
  g_open_files.erase(this);
}

std::string Store::default_path(const std::string& data_dir) { return data_dir + "/factdeck.db"; }

Status Store::error(const std::string& what) const {
  return Status::Error(what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database") + " (" + path_ + ")" +
                       explain_last_error(db_));
}

Status Store::open(const std::string& path, std::unique_ptr<Store>& out) {
  std::unique_ptr<Store> s(new Store());
  s->path_ = path;
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  // Every refusal names the latest backup and the command that restores it.
  auto offer = [&parent](const Status& st) { return Status::Error(st.message() + backup_offer(parent.string())); };
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return Status::Error("cannot create the folder " + parent.string() + ": " + ec.message());
  // A truncated or foreign file is named as such before SQLite reads (or creates) anything; a file another
  // Store of this process has open was checked then, and must not be opened beside SQLite (see above).
  // Opens are serialised so that no check runs while another thread's connection is being opened.
  std::lock_guard<std::mutex> lock(g_open_mutex);
  std::pair<dev_t, ino_t> id{};
  bool open_here = false;
  if (file_id(path, id))
    for (const auto& [store, open_id] : g_open_files) open_here = open_here || open_id == id;
  if (!open_here) {
    if (Status st = check_database_file(path); !st.ok()) return offer(st);
    if (Status st = create_database_if_missing(path); !st.ok()) return st;
  }
  if (sqlite3_open_v2(path.c_str(), &s->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK)
    return offer(s->error("cannot open the database"));
  // SQLite falls back to reading a file it may not write; answers could not be saved, so say so now.
  if (sqlite3_db_readonly(s->db_, "main") == 1)
    return offer(Status::Error(path + " is read-only: Factdeck needs to write your answers to it. Make it "
                                      "writable (chmod u+w), or run Factdeck as its owner. It was left untouched."));
  sqlite3_extended_result_codes(s->db_, 1);
  // A second Factdeck on the same folder waits for the first's short transactions instead of failing.
  sqlite3_busy_timeout(s->db_, 5000);

  // Read-only checks first, so that a file that is not ours is never written to.
  int app_id = 0, version = 0, tables = 0;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(s->db_, "SELECT (SELECT application_id FROM pragma_application_id), "
                                 "(SELECT user_version FROM pragma_user_version), "
                                 "(SELECT count(*) FROM sqlite_master)",
                         -1, &q, nullptr) != SQLITE_OK)
    return offer(s->error("cannot read the database"));
  const int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    app_id = sqlite3_column_int(q, 0);
    version = sqlite3_column_int(q, 1);
    tables = sqlite3_column_int(q, 2);
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_ROW) return offer(s->error("cannot read the database; it may be damaged or not a database"));
  if (tables > 0 && app_id != store_detail::kApplicationId)
    return offer(Status::Error(path + " is not a Factdeck database (it belongs to another program); it was left untouched."));
  if (version > kSchemaVersion)
    return offer(Status::Error(path + " was written by a newer Factdeck (schema " + std::to_string(version) +
                               ", this program reads up to " + std::to_string(kSchemaVersion) +
                               "); update Factdeck. The file was left untouched."));

  Status st = s->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
  if (!st.ok()) return offer(st);
  st = s->migrate();
  if (!st.ok()) return offer(st);
  if (file_id(path, id)) g_open_files[s.get()] = id;
  out = std::move(s);
  return Status::Ok();
}

Status Store::migrate() {
  const auto& steps = store_detail::migrations();
  if (schema_version() >= static_cast<int>(steps.size())) return Status::Ok();
  Transaction tx(*this);
  if (!tx.began()) return error("cannot start the migration");
  // Read again under the write lock: a second Factdeck started at the same moment may have migrated.
  const int from = schema_version();
  for (int v = from; v < static_cast<int>(steps.size()); ++v) {
    Status st = exec(steps[static_cast<std::size_t>(v)]);
    if (!st.ok()) return Status::Error("migration to schema " + std::to_string(v + 1) + " failed: " + st.message());
  }
  Status st = exec("PRAGMA application_id = " + std::to_string(store_detail::kApplicationId) +
                   "; PRAGMA user_version = " + std::to_string(steps.size()) + ";");
  if (!st.ok()) return st;
  return tx.commit();
}

int Store::schema_version() const {
  sqlite3_stmt* q = nullptr;
  int v = 0;
  if (sqlite3_prepare_v2(db_, "PRAGMA user_version", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
    v = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  return v;
}

Status Store::exec(const std::string& sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return Status::Error(m + " (" + path_ + ")" + explain_last_error(db_));
  }
  return Status::Ok();
}

sqlite3_stmt* Store::statement(const char* sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return it->second;
  }
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) return nullptr;
  statements_.emplace(sql, s);
  return s;
}

Status Store::ensure_card(const std::string& article, const std::string& fact, int direction, UnixSeconds now,
                          CardRow& out) {
  if (auto c = find_card(article, fact, direction)) {
    out = *c;
    return Status::Ok();
  }
  sqlite3_stmt* s = statement("INSERT INTO cards (article, fact, direction, created) VALUES (?, ?, ?, ?)");
  ResetOnExit reset_s{s};
  if (!s) return error("cannot prepare");
  sqlite3_bind_text(s, 1, article.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 2, fact.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(s, 3, direction);
  sqlite3_bind_int64(s, 4, now);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot add the card " + article + "/" + fact);
  auto c = find_card(article, fact, direction);
  if (!c) return error("card vanished after insert");
  out = *c;
  return Status::Ok();
}

std::optional<CardRow> Store::card(std::int64_t id) {
  static const char* sql = "SELECT " FACTDECK_CARD_COLUMNS " FROM cards c WHERE c.id = ?";
  sqlite3_stmt* s = statement(sql);
  ResetOnExit reset_s{s};
  if (!s) return std::nullopt;
  sqlite3_bind_int64(s, 1, id);
  if (sqlite3_step(s) != SQLITE_ROW) return std::nullopt;
  return read_card(s);
}

std::optional<CardRow> Store::find_card(const std::string& article, const std::string& fact, int direction) {
  static const char* sql =
      "SELECT " FACTDECK_CARD_COLUMNS " FROM cards c WHERE c.article = ? AND c.fact = ? AND c.direction = ?";
  sqlite3_stmt* s = statement(sql);
  ResetOnExit reset_s{s};
  if (!s) return std::nullopt;
  sqlite3_bind_text(s, 1, article.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 2, fact.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(s, 3, direction);
  if (sqlite3_step(s) != SQLITE_ROW) return std::nullopt;
  return read_card(s);
}

std::vector<CardRow> Store::all_cards() {
  static const char* sql = "SELECT " FACTDECK_CARD_COLUMNS " FROM cards c ORDER BY c.id";
  std::vector<CardRow> out;
  sqlite3_stmt* s = statement(sql);
  ResetOnExit reset_s{s};
  while (s && sqlite3_step(s) == SQLITE_ROW) out.push_back(read_card(s));
  return out;
}

Status Store::set_suspended(std::int64_t card, bool suspended) {
  sqlite3_stmt* s = statement("UPDATE cards SET suspended = ? WHERE id = ?");
  ResetOnExit reset_s{s};
  if (!s) return error("cannot prepare");
  sqlite3_bind_int(s, 1, suspended ? 1 : 0);
  sqlite3_bind_int64(s, 2, card);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot suspend the card");
  return Status::Ok();
}

// Writes a card's scheduling fields (everything but its identity).
static Status write_card_state(Store& store, const CardRow& c) {
  sqlite3_stmt* s = store.statement(
      "UPDATE cards SET state = ?, stability = ?, difficulty = ?, step = ?, reps = ?, lapses = ?, due = ?, "
      "last_review = ?, scheduled_days = ? WHERE id = ?");
  ResetOnExit reset_s{s};
  if (!s) return Status::Error("cannot prepare the card update");
  sqlite3_bind_int(s, 1, c.state);
  sqlite3_bind_double(s, 2, c.stability);
  sqlite3_bind_double(s, 3, c.difficulty);
  sqlite3_bind_int(s, 4, c.step);
  sqlite3_bind_int(s, 5, c.reps);
  sqlite3_bind_int(s, 6, c.lapses);
  bind_time(s, 7, c.due);
  bind_time(s, 8, c.last_review);
  sqlite3_bind_int(s, 9, c.scheduled_days);
  sqlite3_bind_int64(s, 10, c.id);
  if (sqlite3_step(s) != SQLITE_DONE) return Status::Error(std::string("cannot update the card: ") + sqlite3_errmsg(store.handle()));
  return Status::Ok();
}

static bool same_review_point(const CardRow& a, const CardRow& b) {
  return a.reps == b.reps && a.last_review == b.last_review && a.state == b.state;
}

bool Store::answered_since(const CardRow& seen) {
  const std::optional<CardRow> now = card(seen.id);
  return !now || !same_review_point(*now, seen);
}

Status Store::record_review(ReviewRow& r, const CardRow& after, bool only_if_unchanged) {
  Transaction tx(*this);
  if (!tx.began()) return error("cannot start saving the answer");
  if (only_if_unchanged) {
    // Read inside the write transaction, so no other program can answer between the check and the write.
    const std::optional<CardRow> now = card(r.card);
    if (!now) return Status::Error("the card of this question no longer exists");
    if (!same_review_point(*now, r.before)) return Status::Error("this question was already answered");
  }
  sqlite3_stmt* s = statement(
      "INSERT INTO reviews (card, time, rating, question_type, correct, response_ms, answer, elapsed_days, "
      "prev_state, prev_stability, prev_difficulty, prev_step, prev_reps, prev_lapses, prev_due, prev_last_review, "
      "prev_scheduled_days, auto_rating, options, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  ResetOnExit reset_s{s};
  if (!s) return error("cannot prepare");
  if (r.auto_rating == 0) r.auto_rating = r.rating;
  const CardRow& b = r.before;
  sqlite3_bind_int64(s, 1, r.card);
  sqlite3_bind_int64(s, 2, r.time);
  sqlite3_bind_int(s, 3, r.rating);
  bind_text(s, 4, r.question_type);
  sqlite3_bind_int(s, 5, r.correct ? 1 : 0);
  sqlite3_bind_int(s, 6, r.response_ms);
  bind_text(s, 7, r.answer);
  sqlite3_bind_int(s, 8, r.elapsed_days);
  sqlite3_bind_int(s, 9, b.state);
  sqlite3_bind_double(s, 10, b.stability);
  sqlite3_bind_double(s, 11, b.difficulty);
  sqlite3_bind_int(s, 12, b.step);
  sqlite3_bind_int(s, 13, b.reps);
  sqlite3_bind_int(s, 14, b.lapses);
  bind_time(s, 15, b.due);
  bind_time(s, 16, b.last_review);
  sqlite3_bind_int(s, 17, b.scheduled_days);
  sqlite3_bind_int(s, 18, r.auto_rating);
  if (r.options < 0) r.options = default_answer_options(r.question_type);
  sqlite3_bind_int(s, 19, r.options);
  r.device = device_id();
  if (r.device.empty()) sqlite3_bind_null(s, 20);
  else bind_text(s, 20, r.device);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot save the answer");
  r.id = sqlite3_last_insert_rowid(db_);
  CardRow a = after;
  a.id = r.card;
  Status st = write_card_state(*this, a);
  if (!st.ok()) return st;
  return tx.commit();
}

std::optional<ReviewRow> Store::review(std::int64_t id) {
  static const std::string sql = std::string(kReviewSelect) + "WHERE id = ?";
  sqlite3_stmt* s = statement(sql.c_str());
  ResetOnExit reset_s{s};
  if (!s) return std::nullopt;
  sqlite3_bind_int64(s, 1, id);
  if (sqlite3_step(s) != SQLITE_ROW) return std::nullopt;
  return read_review(s);
}

// Whether `review_id` is the newest review of its card (only that one may be undone or re-rated).
static bool is_newest_of_card(Store& store, std::int64_t review_id, std::int64_t card) {
  sqlite3_stmt* s = store.statement("SELECT max(id) FROM reviews WHERE card = ?");
  if (!s) return false;
  sqlite3_bind_int64(s, 1, card);
  return step_int(s) == review_id;
}

Status Store::undo_review(std::int64_t review_id, CardRow& restored) {
  Transaction tx(*this);
  if (!tx.began()) return error("cannot start the undo");
  const std::optional<ReviewRow> r = review(review_id);
  if (!r) return Status::Error("there is no answer to undo");
  if (!is_newest_of_card(*this, review_id, r->card))
    return Status::Error("that answer is no longer the card's newest; it cannot be undone");
  CardRow c = r->before;
  c.id = r->card;
  Status st = write_card_state(*this, c);
  if (!st.ok()) return st;
  sqlite3_stmt* d = statement("DELETE FROM reviews WHERE id = ?");
  ResetOnExit reset_d{d};
  if (!d) return error("cannot prepare");
  sqlite3_bind_int64(d, 1, review_id);
  if (sqlite3_step(d) != SQLITE_DONE) return error("cannot remove the review");
  st = tx.commit();
  if (!st.ok()) return st;
  if (auto full = card(c.id)) restored = *full;
  return Status::Ok();
}

Status Store::undo_last_review(std::int64_t& card_out) {
  sqlite3_stmt* s = statement("SELECT max(id) FROM reviews");
  const std::int64_t newest = step_int(s);
  if (newest == 0) return Status::Error("there is no answer to undo");
  CardRow restored;
  Status st = undo_review(newest, restored);
  if (st.ok()) card_out = restored.id;
  return st;
}

Status Store::rerate_review(std::int64_t review_id, int rating, const CardRow& after) {
  if (rating < 1 || rating > 4) return Status::Error("a rating is 1 (Again) to 4 (Easy)");
  Transaction tx(*this);
  if (!tx.began()) return error("cannot start changing the rating");
  const std::optional<ReviewRow> r = review(review_id);
  if (!r) return Status::Error("there is no such answer to re-rate");
  if (!is_newest_of_card(*this, review_id, r->card))
    return Status::Error("that answer is no longer the card's newest; its rating cannot change");
  sqlite3_stmt* s = statement("UPDATE reviews SET rating = ? WHERE id = ?");
  ResetOnExit reset_s{s};
  if (!s) return error("cannot prepare");
  sqlite3_bind_int(s, 1, rating);
  sqlite3_bind_int64(s, 2, review_id);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot change the rating");
  CardRow a = after;
  a.id = r->card;
  Status st = write_card_state(*this, a);
  if (!st.ok()) return st;
  return tx.commit();
}

std::vector<ReviewRow> Store::reviews_of(std::int64_t card) {
  static const std::string sql = std::string(kReviewSelect) + "WHERE card = ? ORDER BY time, id";
  std::vector<ReviewRow> out;
  sqlite3_stmt* s = statement(sql.c_str());
  ResetOnExit reset_s{s};
  if (!s) return out;
  sqlite3_bind_int64(s, 1, card);
  while (sqlite3_step(s) == SQLITE_ROW) out.push_back(read_review(s));
  return out;
}

std::vector<ReviewRow> Store::all_reviews() { return reviews_since(std::numeric_limits<UnixSeconds>::min()); }

std::vector<ReviewRow> Store::reviews_since(UnixSeconds from) {
  static const std::string sql = std::string(kReviewSelect) + "WHERE time >= ? ORDER BY time, id";
  std::vector<ReviewRow> out;
  sqlite3_stmt* s = statement(sql.c_str());
  ResetOnExit reset_s{s};
  if (!s) return out;
  sqlite3_bind_int64(s, 1, from);
  while (sqlite3_step(s) == SQLITE_ROW) out.push_back(read_review(s));
  return out;
}

int default_answer_options(const std::string& question_type) {
  if (question_type == "mcq" || question_type == "reverse") return 4;
  if (question_type == "tf" || question_type == "fact-or-opinion") return 2;
  return 0;
}

std::string Store::device_id() { return setting("device.id").value_or(""); }

std::int64_t Store::review_count() { return step_int(statement("SELECT count(*) FROM reviews")); }

std::int64_t Store::review_total() {
  return step_int(statement("SELECT coalesce(sum(reviews), 0) FROM review_buckets"));
}

std::optional<std::string> Store::setting(const std::string& key) {
  sqlite3_stmt* s = statement("SELECT value FROM settings WHERE key = ?");
  ResetOnExit reset_s{s};
  if (!s) return std::nullopt;
  sqlite3_bind_text(s, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(s) != SQLITE_ROW) return std::nullopt;
  return column_text(s, 0);
}

Status Store::set_setting(const std::string& key, const std::string& value) {
  sqlite3_stmt* s = statement("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  ResetOnExit reset_s{s};
  if (!s) return error("cannot prepare");
  sqlite3_bind_text(s, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 2, value.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(s) != SQLITE_DONE) return error("cannot save the setting " + key);
  return Status::Ok();
}

Status Store::set_settings(const std::vector<std::pair<std::string, std::string>>& values) {
  Transaction tx(*this);
  if (!tx.began()) return error("cannot start saving the settings");
  for (const auto& [key, value] : values) {
    Status st = set_setting(key, value);
    if (!st.ok()) return st;
  }
  return tx.commit();
}

}  // namespace factdeck
