// The SQLite store: migrations, refusing foreign and future files untouched, WAL, one answer per transaction.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "factdeck/store.h"
#include "store/schema.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

std::string fresh_path(const std::string& name) {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "store_test";
  fs::create_directories(dir);
  const fs::path p = dir / (name + ".db");
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(p.string() + suffix);
  return p.string();
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs SQL on a raw connection (a second program, or a file made by an older Factdeck).
void raw_exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

std::string raw_query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(s, 0);
    out = t ? reinterpret_cast<const char*>(t) : "NULL";
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

std::string query(Store& store, const char* sql) {
  sqlite3_stmt* s = store.statement(sql);
  REQUIRE(s != nullptr);
  std::string out;
  if (sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(s, 0);
    out = t ? reinterpret_cast<const char*>(t) : "NULL";
  }
  sqlite3_reset(s);
  return out;
}

// A database as Factdeck 0.1 (schema 1) wrote it, frozen here: never regenerate it from schema.cpp.
const char* kGoldenV1 = R"sql(
PRAGMA application_id = 1178880817;
CREATE TABLE cards (id INTEGER PRIMARY KEY, article TEXT NOT NULL, fact TEXT NOT NULL, direction INTEGER NOT NULL DEFAULT 0,
  state INTEGER NOT NULL DEFAULT 0, stability REAL NOT NULL DEFAULT 0, difficulty REAL NOT NULL DEFAULT 0,
  step INTEGER NOT NULL DEFAULT 0, reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0, due INTEGER,
  last_review INTEGER, scheduled_days INTEGER NOT NULL DEFAULT 0, suspended INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, UNIQUE (article, fact, direction));
CREATE INDEX cards_due ON cards (due) WHERE suspended = 0 AND hidden = 0;
CREATE TABLE reviews (id INTEGER PRIMARY KEY, card INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  time INTEGER NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4), question_type TEXT NOT NULL,
  correct INTEGER NOT NULL, response_ms INTEGER NOT NULL, answer TEXT NOT NULL DEFAULT '',
  elapsed_days INTEGER NOT NULL DEFAULT 0, prev_state INTEGER NOT NULL, prev_stability REAL NOT NULL,
  prev_difficulty REAL NOT NULL, prev_step INTEGER NOT NULL, prev_reps INTEGER NOT NULL, prev_lapses INTEGER NOT NULL,
  prev_due INTEGER, prev_last_review INTEGER, prev_scheduled_days INTEGER NOT NULL);
CREATE INDEX reviews_card ON reviews (card, time);
CREATE INDEX reviews_time ON reviews (time);
CREATE TABLE practice_results (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, settings TEXT NOT NULL,
  score INTEGER NOT NULL, total INTEGER NOT NULL, details TEXT NOT NULL DEFAULT '[]');
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO cards VALUES (1, 'art', 'f1', 0, 2, 2.3065, 2.11121424, 0, 2, 0, 1704448200, 1704276600, 2, 0, 0, 1704276000);
INSERT INTO cards VALUES (2, 'art', 'f2', 0, 0, 0, 0, 0, 0, 0, NULL, NULL, 0, 1, 0, 1704276000);
INSERT INTO reviews VALUES (1, 1, 1704276000, 3, 'mcq', 1, 4100, 'CCTV', 0, 0, 0, 0, 0, 0, 0, NULL, NULL, 0);
INSERT INTO reviews VALUES (2, 1, 1704276600, 3, 'tf', 1, 3000, 'true', 0, 1, 2.3065, 2.11810397, 1, 1, 0, 1704276600, 1704276000, 0);
INSERT INTO settings VALUES ('study.new_per_day', '15');
PRAGMA user_version = 1;
)sql";

}  // namespace

TEST_CASE("a new database is at the newest schema, marked as Factdeck's, in WAL mode with foreign keys on") {
  const std::string path = fresh_path("fresh");
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(path, store).ok());
  CHECK(store->schema_version() == kSchemaVersion);
  CHECK(static_cast<int>(store_detail::migrations().size()) == kSchemaVersion);
  CHECK(query(*store, "PRAGMA application_id") == std::to_string(store_detail::kApplicationId));
  CHECK(query(*store, "PRAGMA journal_mode") == "wal");
  CHECK(query(*store, "PRAGMA foreign_keys") == "1");
  // Reopening migrates nothing and keeps the data.
  CardRow c;
  REQUIRE(store->ensure_card("a", "f", 0, 100, c).ok());
  store.reset();
  REQUIRE(Store::open(path, store).ok());
  CHECK(store->find_card("a", "f", 0).has_value());
}

TEST_CASE("a schema 1 database migrates to the newest schema with its data intact") {
  const std::string path = fresh_path("golden_v1");
  raw_exec(path, kGoldenV1);
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(path, store).ok());
  CHECK(store->schema_version() == kSchemaVersion);
  const auto c1 = store->find_card("art", "f1", 0);
  REQUIRE(c1);
  CHECK(c1->state == 2);
  CHECK(c1->stability == doctest::Approx(2.3065));
  CHECK(c1->due == 1704448200);
  CHECK(store->find_card("art", "f2", 0)->suspended);
  const auto reviews = store->reviews_of(c1->id);
  REQUIRE(reviews.size() == 2);
  CHECK(reviews[1].before.state == 1);
  CHECK(reviews[1].before.difficulty == doctest::Approx(2.11810397));
  CHECK(reviews[0].auto_rating == 3);  // filled from the rating by migration 2
  CHECK(reviews[0].options == 4);      // migration 7: an mcq offered four options
  CHECK(reviews[1].options == 2);      // and a true/false question two
  CHECK(store->setting("study.new_per_day") == "15");
  CHECK(query(*store, "SELECT count(*) FROM sqlite_master WHERE name = 'cards_new'") == "1");
  // The migrated file undoes like a new one.
  CardRow restored;
  REQUIRE(store->undo_review(reviews[1].id, restored).ok());
  CHECK(restored.state == 1);
  CHECK(restored.step == 1);
}

TEST_CASE("a failed migration rolls back entirely: the file stays at its old version") {
  const std::string path = fresh_path("failed_migration");
  raw_exec(path, kGoldenV1);
  // An object named like one migration 2 creates makes its last statement fail.
  raw_exec(path, "CREATE TABLE cards_new (x); PRAGMA user_version = 1;");
  std::unique_ptr<Store> store;
  const Status st = Store::open(path, store);
  CHECK_FALSE(st.ok());
  CHECK(st.message().find("migration to schema 2") != std::string::npos);
  CHECK(raw_query(path, "PRAGMA user_version") == "1");
  // The ALTER TABLE earlier in the same migration was rolled back too.
  CHECK(raw_query(path, "SELECT count(*) FROM pragma_table_info('reviews') WHERE name = 'auto_rating'") == "0");
  CHECK(raw_query(path, "SELECT count(*) FROM reviews") == "2");
}

TEST_CASE("a database from a newer Factdeck is refused and left byte-identical") {
  const std::string path = fresh_path("future");
  raw_exec(path, kGoldenV1);
  raw_exec(path, "PRAGMA journal_mode = DELETE; CREATE TABLE from_the_future (x); PRAGMA user_version = " +
                     std::to_string(kSchemaVersion + 5) + ";");
  const std::string before = read_bytes(path);
  std::unique_ptr<Store> store;
  const Status st = Store::open(path, store);
  CHECK_FALSE(st.ok());
  CHECK(store == nullptr);
  CHECK(st.message().find("newer Factdeck") != std::string::npos);
  CHECK(read_bytes(path) == before);
  CHECK_FALSE(fs::exists(path + "-wal"));
}

TEST_CASE("an SQLite file of another program, or a file that is not a database, is refused untouched") {
  const std::string other = fresh_path("other_program");
  raw_exec(other, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  const std::string before = read_bytes(other);
  std::unique_ptr<Store> store;
  Status st = Store::open(other, store);
  CHECK_FALSE(st.ok());
  CHECK(st.message().find("not a Factdeck database") != std::string::npos);
  CHECK(read_bytes(other) == before);

  const std::string text = fresh_path("not_sqlite");
  { std::ofstream(text) << "these are my notes, not a database\n"; }
  const std::string text_before = read_bytes(text);
  st = Store::open(text, store);
  CHECK_FALSE(st.ok());
  CHECK(read_bytes(text) == text_before);
}

TEST_CASE("one answer is one transaction: a second connection sees the review and the card right after") {
  const std::string path = fresh_path("one_answer");
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(path, store).ok());
  CardRow card;
  REQUIRE(store->ensure_card("a", "f", 0, 1000, card).ok());
  ReviewRow r;
  r.card = card.id;
  r.time = 2000;
  r.rating = 3;
  r.question_type = "mcq";
  r.correct = true;
  r.before = card;
  CardRow after = card;
  after.state = 1;
  after.stability = 2.3065;
  after.due = 2600;
  after.reps = 1;
  REQUIRE(store->record_review(r, after).ok());
  CHECK(r.id > 0);
  // Read while this connection is still open: the WAL must already hold the committed answer.
  CHECK(raw_query(path, "SELECT count(*) FROM reviews") == "1");
  CHECK(raw_query(path, "SELECT state || ' ' || due || ' ' || reps FROM cards WHERE id = " + std::to_string(card.id)) ==
        "1 2600 1");
  CHECK(raw_query(path, "SELECT auto_rating FROM reviews") == "3");
  // Options not given are those of the question type; given ones are kept (all_reviews reads them back).
  CHECK(raw_query(path, "SELECT options FROM reviews") == "4");
  ReviewRow two = r;
  two.time = 2600;
  two.question_type = "mcq";
  two.options = 3;
  two.before = after;
  REQUIRE(store->record_review(two, after).ok());
  const std::vector<ReviewRow> all = store->all_reviews();
  REQUIRE(all.size() == 2);
  CHECK(all[0].options == 4);
  CHECK(all[1].options == 3);
  CHECK(default_answer_options("tf") == 2);
  CHECK(default_answer_options("cloze") == 0);
  // A review of a card that does not exist is refused by the foreign key and leaves nothing behind.
  ReviewRow bad = r;
  bad.card = 999;
  CardRow bad_after = after;
  CHECK_FALSE(store->record_review(bad, bad_after).ok());
  CHECK(store->review_count() == 2);
  CHECK(store->review_total() == 2);  // the running totals agree
}

TEST_CASE("two programs answer one card at once: the first answer stands, the second is refused whole") {
  const std::string path = fresh_path("answered_first");
  std::unique_ptr<Store> a, b;
  REQUIRE(Store::open(path, a).ok());
  REQUIRE(Store::open(path, b).ok());
  CardRow card;
  REQUIRE(a->ensure_card("a", "f", 0, 1000, card).ok());
  // Both programs read the card as new, then each writes an answer made from that reading.
  const CardRow seen_by_a = *a->card(card.id);
  const CardRow seen_by_b = *b->card(card.id);
  auto answer = [&](Store& s, const CardRow& seen, UnixSeconds t, double stability) {
    ReviewRow r;
    r.card = seen.id;
    r.time = t;
    r.rating = 3;
    r.question_type = "mcq";
    r.before = seen;
    CardRow after = seen;
    after.state = 2;
    after.stability = stability;
    after.reps = seen.reps + 1;
    after.last_review = t;
    return s.record_review(r, after, true);
  };
  CHECK_FALSE(a->answered_since(seen_by_a));
  REQUIRE(answer(*b, seen_by_b, 2000, 3.0).ok());
  CHECK(a->answered_since(seen_by_a));  // what the window or the terminal asks before moving on
  const Status late = answer(*a, seen_by_a, 2001, 9.0);
  CHECK_FALSE(late.ok());
  CHECK(late.message().find("already answered") != std::string::npos);
  CHECK(raw_query(path, "SELECT count(*) FROM reviews") == "1");
  CHECK(raw_query(path, "SELECT reps || ' ' || stability FROM cards WHERE id = " + std::to_string(card.id)) == "1 3.0");
  // Read afresh, the card can be answered again by either program.
  REQUIRE(answer(*a, *a->card(card.id), 2002, 9.0).ok());
  CHECK(raw_query(path, "SELECT count(*) FROM reviews") == "2");
}

TEST_CASE("undo and re-rate touch only a card's newest review and restore its state exactly") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(fresh_path("undo"), store).ok());
  CardRow card;
  REQUIRE(store->ensure_card("a", "f", 0, 0, card).ok());
  CardRow s1 = card;
  s1.state = 1, s1.stability = 2.3065, s1.difficulty = 2.1181, s1.step = 1, s1.reps = 1, s1.due = 600,
  s1.last_review = 0;
  ReviewRow r1;
  r1.card = card.id, r1.time = 0, r1.rating = 3, r1.question_type = "mcq", r1.correct = true, r1.before = card;
  REQUIRE(store->record_review(r1, s1).ok());
  CardRow s2 = s1;
  s2.state = 2, s2.step = 0, s2.reps = 2, s2.due = 2 * 86400, s2.scheduled_days = 2, s2.last_review = 600;
  ReviewRow r2 = r1;
  r2.time = 600, r2.before = s1;
  REQUIRE(store->record_review(r2, s2).ok());

  CardRow restored;
  CHECK_FALSE(store->undo_review(r1.id, restored).ok());  // not the newest: would erase r2
  CardRow s2_easy = s2;
  s2_easy.due = 8 * 86400, s2_easy.scheduled_days = 8;
  REQUIRE(store->rerate_review(r2.id, 4, s2_easy).ok());
  CHECK(store->review(r2.id)->rating == 4);
  CHECK(store->review(r2.id)->auto_rating == 3);
  CHECK(store->card(card.id)->scheduled_days == 8);

  REQUIRE(store->undo_review(r2.id, restored).ok());
  CHECK(restored.state == s1.state);
  CHECK(restored.stability == s1.stability);
  CHECK(restored.difficulty == s1.difficulty);
  CHECK(restored.step == s1.step);
  CHECK(restored.reps == s1.reps);
  CHECK(restored.due == s1.due);
  CHECK(restored.last_review == s1.last_review);
  CHECK(restored.scheduled_days == s1.scheduled_days);
  CHECK(store->review_count() == 1);
  std::int64_t undone = 0;
  REQUIRE(store->undo_last_review(undone).ok());
  CHECK(undone == card.id);
  CHECK(store->card(card.id)->state == 0);
  CHECK_FALSE(store->card(card.id)->due.has_value());
  CHECK_FALSE(store->undo_last_review(undone).ok());
}

TEST_CASE("sync_cards adds, hides and unhides, keeping ids and reviews") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(fresh_path("sync"), store).ok());
  SyncResult r;
  REQUIRE(store->sync_cards({{"a", "f1", 0}, {"a", "f2", 0}, {"a", "f2", 1}}, 10, r).ok());
  CHECK(r.added == 3);
  const std::int64_t f2 = store->find_card("a", "f2", 0)->id;
  REQUIRE(store->sync_cards({{"a", "f1", 0}}, 20, r).ok());
  CHECK(r.added == 0);
  CHECK(r.hidden == 2);
  CHECK(store->find_card("a", "f2", 0)->hidden);
  REQUIRE(store->sync_cards({{"a", "f1", 0}, {"a", "f2", 0}}, 30, r).ok());
  CHECK(r.unhidden == 1);
  CHECK(store->find_card("a", "f2", 0)->id == f2);
  CHECK_FALSE(store->find_card("a", "f2", 0)->hidden);
  CHECK(store->find_card("a", "f2", 1)->hidden);
}

TEST_CASE("queue queries: learning by due, reviews most overdue first, new cards in order with siblings buried") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(fresh_path("queue"), store).ok());
  SyncResult sr;
  REQUIRE(store->sync_cards({{"a", "r1", 0}, {"a", "r2", 0}, {"a", "l1", 0}, {"a", "n1", 0}, {"a", "n1", 1},
                             {"a", "n2", 0}},
                            0, sr)
              .ok());
  auto set = [&](const char* fact, int state, UnixSeconds due) {
    CardRow c = *store->find_card("a", fact, 0);
    ReviewRow r;
    r.card = c.id, r.time = 50, r.rating = 3, r.question_type = "mcq", r.correct = true, r.before = c;
    CardRow after = c;
    after.state = state, after.due = due, after.reps = 1, after.last_review = 50;
    REQUIRE(store->record_review(r, after).ok());
  };
  set("r1", 2, 5000);
  set("r2", 2, 3000);  // more overdue than r1
  set("l1", 1, 200);
  set("n1", 0, 0);     // answered today but still new: its reverse sibling is buried
  const auto reviews = store->reviews_due(6000, 10);
  REQUIRE(reviews.size() == 2);
  CHECK(reviews[0].fact == "r2");
  CHECK(store->reviews_due(4000, 10).size() == 1);
  CHECK(store->learning_due(199, 10).empty());
  CHECK(store->learning_due(200, 10).size() == 1);
  const auto fresh = store->new_cards(0, 10);
  REQUIRE(fresh.size() == 2);
  CHECK(fresh[0].fact == "n1");
  CHECK(fresh[1].fact == "n2");  // n1's reverse waits for another day
  CHECK(store->new_cards(100, 10).size() == 3);  // a day starting after the answer buries nothing
  CHECK(store->new_introduced(0, 100) == 4);
  REQUIRE(store->set_suspended(store->find_card("a", "r2", 0)->id, true).ok());
  CHECK(store->reviews_due(6000, 10).size() == 1);
  const QueueCounts q = store->queue_counts(1000, 0, 6000);
  CHECK(q.review_due == 1);
  CHECK(q.learning_due == 1);
  CHECK(q.new_available == 2);
  CHECK(q.suspended == 1);
  CHECK(q.total == 6);
  CHECK(q.next_learning == 200);
}

TEST_CASE("settings and practice results are kept") {
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(fresh_path("settings"), store).ok());
  REQUIRE(store->set_settings({{"x", "1"}, {"y", "two"}}).ok());
  REQUIRE(store->set_setting("x", "3").ok());
  CHECK(store->setting("x") == "3");
  CHECK(store->setting("y") == "two");
  CHECK_FALSE(store->setting("z").has_value());
  PracticeResult p;
  p.time = 100, p.settings = R"({"count":10})", p.score = 7, p.total = 10;
  REQUIRE(store->add_practice_result(p).ok());
  const auto all = store->practice_results(10);
  REQUIRE(all.size() == 1);
  CHECK(all[0].score == 7);
  CHECK(all[0].details == "[]");
}

TEST_CASE("schema 8: a schema 7 file keeps every row; the database gets a device id once, written with each new answer") {
  const std::string path = fresh_path("device_v7");
  // A schema 7 file as that Factdeck left it: the golden schema 1 file taken through migrations 2..7 alone.
  raw_exec(path, kGoldenV1);
  for (int v = 1; v < 7; ++v) raw_exec(path, store_detail::migrations()[static_cast<std::size_t>(v)]);
  raw_exec(path, "PRAGMA user_version = 7;");
  // Every column of every row, before and after (the new column aside).
  const std::string columns =
      "SELECT group_concat(id || '|' || card || '|' || time || '|' || rating || '|' || question_type || '|' || correct || "
      "'|' || response_ms || '|' || answer || '|' || elapsed_days || '|' || prev_state || '|' || prev_stability || '|' || "
      "prev_difficulty || '|' || prev_reps || '|' || coalesce(prev_due, '-') || '|' || auto_rating || '|' || options, ';') "
      "FROM (SELECT * FROM reviews ORDER BY id)";
  const std::string reviews_before = raw_query(path, columns);
  const std::string cards_before = raw_query(path, "SELECT group_concat(id || '|' || state || '|' || stability || '|' || "
                                                   "answers || '|' || due, ';') FROM (SELECT * FROM cards ORDER BY id)");
  const std::string settings_before = raw_query(path, "SELECT group_concat(key || '=' || value) FROM settings");
  REQUIRE(raw_query(path, "SELECT count(*) FROM reviews") == "2");

  std::unique_ptr<Store> store;
  REQUIRE(Store::open(path, store).ok());
  CHECK(store->schema_version() == 8);
  CHECK(query(*store, columns.c_str()) == reviews_before);
  CHECK(query(*store, "SELECT group_concat(id || '|' || state || '|' || stability || '|' || answers || '|' || due, ';') "
                      "FROM (SELECT * FROM cards ORDER BY id)") == cards_before);
  CHECK(query(*store, "SELECT group_concat(key || '=' || value) FROM settings WHERE key != 'device.id'") == settings_before);
  // Older answers keep NULL: which device gave them is not known.
  CHECK(query(*store, "SELECT count(*) FROM reviews WHERE device IS NULL") == "2");
  const std::string id = store->device_id();
  REQUIRE(id.size() == 16);
  CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);

  // A new answer carries the id; reopening keeps the same id (made once).
  const auto c1 = store->find_card("art", "f1", 0);
  REQUIRE(c1);
  ReviewRow r;
  r.card = c1->id;
  r.time = 1704500000;
  r.rating = 3;
  r.question_type = "mcq";
  r.correct = true;
  r.before = *c1;
  REQUIRE(store->record_review(r, *c1).ok());
  CHECK(r.device == id);
  store.reset();
  REQUIRE(Store::open(path, store).ok());
  CHECK(store->device_id() == id);
  const std::vector<ReviewRow> all = store->all_reviews();
  REQUIRE(all.size() == 3);
  CHECK(all[0].device.empty());
  CHECK(all[2].device == id);

  // Another database gets another id.
  std::unique_ptr<Store> other;
  REQUIRE(Store::open(fresh_path("device_other"), other).ok());
  CHECK(other->device_id().size() == 16);
  CHECK(other->device_id() != id);
}
