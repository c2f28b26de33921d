// Backups and damaged databases: daily backups kept for 7 days, restore with a safety copy, refusals that offer a backup.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "factdeck/backup.h"
#include "factdeck/db_health.h"
#include "factdeck/store.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

constexpr UnixSeconds kDay = 86400;
constexpr UnixSeconds kJan15 = 1768464000;  // 2026-01-15T08:00:00Z

std::string fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "store_damage_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

ReviewRow review_of(std::int64_t card, UnixSeconds t) {
  ReviewRow r;
  r.card = card;
  r.time = t;
  r.rating = 3;
  r.question_type = "mcq";
  return r;
}

// A learner's database with `answers` reviews of one card.
std::unique_ptr<Store> learner(const std::string& dir, int answers) {
  std::unique_ptr<Store> s;
  REQUIRE(Store::open(Store::default_path(dir), s).ok());
  CardRow card;
  REQUIRE(s->ensure_card("a", "f", 0, kJan15, card).ok());
  for (int i = 0; i < answers; ++i) {
    ReviewRow r;
    r.card = card.id;
    r.time = kJan15 + i;
    r.rating = 3;
    r.question_type = "mcq";
    r.before = card;
    REQUIRE(s->record_review(r, card).ok());
  }
  return s;
}

std::int64_t reviews_in(const std::string& path) {
  sqlite3* db = nullptr;
  std::int64_t n = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM reviews", -1, &q, nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
      n = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
  }
  sqlite3_close(db);
  return n;
}

}  // namespace

TEST_CASE("a backup is a whole, checked copy; one a day, the newest 7 days kept") {
  const std::string dir = fresh_dir("rotation");
  auto store = learner(dir, 3);
  BackupInfo made;
  REQUIRE(make_backup(*store, dir, kJan15, &made).ok());
  CHECK(made.name == "factdeck-20260115-080000.db");
  CHECK(reviews_in(made.path) == 3);

  // A later backup on the same day replaces the earlier one.
  ReviewRow later = review_of(1, kJan15 + 100);
  REQUIRE(store->record_review(later, *store->card(1)).ok());
  REQUIRE(make_backup(*store, dir, kJan15 + 3600, &made).ok());
  auto all = list_backups(dir);
  REQUIRE(all.size() == 1);
  CHECK(all[0].name == "factdeck-20260115-090000.db");
  CHECK(reviews_in(all[0].path) == 4);

  for (int d = 1; d <= 9; ++d) REQUIRE(make_backup(*store, dir, kJan15 + d * kDay, nullptr).ok());
  all = list_backups(dir);
  REQUIRE(all.size() == static_cast<std::size_t>(kBackupsKept));
  CHECK(all.front().name == "factdeck-20260124-080000.db");  // newest first
  CHECK(all.back().name == "factdeck-20260118-080000.db");
  CHECK(latest_backup(dir)->name == all.front().name);
  // Nothing half-written is left behind.
  for (const auto& e : fs::directory_iterator(backup_folder(dir)))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("the automatic rule: at start once a day; on quitting only after changes") {
  const std::string dir = fresh_dir("due");
  {
    auto store = learner(dir, 1);
  }
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(Store::default_path(dir), store).ok());
  BackupInfo made;
  REQUIRE(make_backup_if_due(*store, dir, kJan15, false, &made).ok());
  CHECK(made.name == "factdeck-20260115-080000.db");
  made = {};
  REQUIRE(make_backup_if_due(*store, dir, kJan15 + 60, false, &made).ok());
  CHECK(made.name.empty());  // today has one
  REQUIRE(make_backup_if_due(*store, dir, kJan15 + 120, true, &made).ok());
  CHECK(made.name.empty());  // nothing changed since this program opened the database
  REQUIRE(store->set_setting("k", "v").ok());
  REQUIRE(make_backup_if_due(*store, dir, kJan15 + 180, true, &made).ok());
  CHECK(made.name == "factdeck-20260115-080300.db");
  REQUIRE(make_backup_if_due(*store, dir, kJan15 + kDay, false, &made).ok());
  CHECK(made.name == "factdeck-20260116-080000.db");
  CHECK(list_backups(dir).size() == 2);
}

TEST_CASE("restore puts a backup back and keeps the replaced file as a safety copy") {
  const std::string dir = fresh_dir("restore");
  {
    auto store = learner(dir, 2);
    REQUIRE(make_backup(*store, dir, kJan15, nullptr).ok());
    ReviewRow r = review_of(1, kJan15 + 500);
    REQUIRE(store->record_review(r, *store->card(1)).ok());
  }
  const std::string db = Store::default_path(dir);
  {
    // Refused while the database is open elsewhere (here: another connection of this process).
    std::unique_ptr<Store> other;
    REQUIRE(Store::open(db, other).ok());
    const Status busy = restore_backup(dir, "latest", kJan15 + kDay);
    CHECK_FALSE(busy.ok());
    CHECK(busy.message().find("in use") != std::string::npos);
    CHECK(reviews_in(db) == 3);
  }
  std::string from, safety;
  REQUIRE(restore_backup(dir, "latest", kJan15 + kDay, &from, &safety).ok());
  CHECK(fs::path(from).filename() == "factdeck-20260115-080000.db");
  CHECK(fs::path(safety).filename() == "before-restore-20260116-080000.db");
  CHECK(reviews_in(db) == 2);
  CHECK(reviews_in(safety) == 3);
  CHECK_FALSE(fs::exists(db + "-wal"));
  std::unique_ptr<Store> reopened;
  REQUIRE(Store::open(db, reopened).ok());
  CHECK(reopened->review_count() == 2);
  reopened.reset();
  // The safety copy is listed, never taken as "latest", and can itself be restored by name.
  const auto all = list_backups(dir);
  CHECK(std::count_if(all.begin(), all.end(), [](const BackupInfo& b) { return b.safety_copy; }) == 1);
  CHECK(latest_backup(dir)->name == "factdeck-20260115-080000.db");
  REQUIRE(restore_backup(dir, "before-restore-20260116-080000.db", kJan15 + 2 * kDay).ok());
  CHECK(reviews_in(db) == 3);
}

TEST_CASE("restores in one second never overwrite a safety copy, and only the newest safety copies stay") {
  const std::string dir = fresh_dir("safety-rotation");
  {
    auto store = learner(dir, 2);
    REQUIRE(make_backup(*store, dir, kJan15, nullptr).ok());
  }
  const std::string db = Store::default_path(dir);
  std::vector<std::string> made;
  for (int i = 0; i < kSafetyCopiesKept + 2; ++i) {
    {
      // Between restores the learner answers 1, 2, 3... more cards, so each safety copy is distinct.
      std::unique_ptr<Store> store;
      REQUIRE(Store::open(db, store).ok());
      for (int k = 0; k <= i; ++k) {
        ReviewRow r = review_of(1, kJan15 + 1000 + k);
        REQUIRE(store->record_review(r, *store->card(1)).ok());
      }
    }
    std::string safety;
    REQUIRE(restore_backup(dir, "latest", kJan15 + kDay, nullptr, &safety).ok());  // the same second each time
    CAPTURE(safety);
    CHECK(reviews_in(safety) == 2 + i + 1);
    CHECK(std::find(made.begin(), made.end(), safety) == made.end());
    made.push_back(safety);
    CHECK(reviews_in(db) == 2);
  }
  std::vector<std::string> left;
  for (const BackupInfo& b : list_backups(dir))
    if (b.safety_copy) left.push_back(b.path);
  REQUIRE(left.size() == static_cast<std::size_t>(kSafetyCopiesKept));
  // The newest ones stay, newest first: the last restore's copy holds the most answers.
  for (int k = 0; k < kSafetyCopiesKept; ++k) CHECK(left[k] == made[made.size() - 1 - k]);
  CHECK_FALSE(fs::exists(made[0]));
  CHECK(latest_backup(dir)->name == "factdeck-20260115-080000.db");  // regular backups untouched
}

TEST_CASE("restore refuses a backup that is damaged, foreign or missing, and changes nothing") {
  const std::string dir = fresh_dir("bad-backups");
  {
    auto store = learner(dir, 1);
    REQUIRE(make_backup(*store, dir, kJan15, nullptr).ok());
  }
  const std::string db = Store::default_path(dir);
  const std::string before = read_bytes(db);
  const std::string good = latest_backup(dir)->path;
  const std::string truncated = backup_folder(dir) + "/truncated.db";
  write_bytes(truncated, read_bytes(good).substr(0, 3000));
  const std::string foreign = backup_folder(dir) + "/foreign.db";
  sqlite3* f = nullptr;
  REQUIRE(sqlite3_open(foreign.c_str(), &f) == SQLITE_OK);
  REQUIRE(sqlite3_exec(f, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(f);
  for (const std::string& file : {truncated, foreign, backup_folder(dir) + "/missing.db"}) {
    CAPTURE(file);
    const Status st = restore_backup(dir, file, kJan15 + kDay);
    CHECK_FALSE(st.ok());
    CHECK(read_bytes(db) == before);
  }
  const auto all = list_backups(dir);
  CHECK(std::none_of(all.begin(), all.end(), [](const BackupInfo& b) { return b.safety_copy; }));
}

TEST_CASE("a database that cannot be used is refused untouched, and the refusal names the latest backup") {
  const std::string dir = fresh_dir("refusals");
  {
    auto store = learner(dir, 2);
    REQUIRE(make_backup(*store, dir, kJan15, nullptr).ok());
  }
  const std::string db = Store::default_path(dir);
  const std::string good = read_bytes(db);
  REQUIRE(good.size() >= 8192);
  struct Case {
    const char* name;
    std::string bytes;
    const char* says;
  };
  std::string newer = good;
  newer[60] = 0x7f;  // PRAGMA user_version lives at offset 60 of the header
  const Case cases[] = {
      {"truncated", good.substr(0, good.size() / 2), "truncated"},
      {"cut inside the header", good.substr(0, 60), "truncated"},
      {"emptied", "", "empty"},
      {"random bytes", std::string(20000, '\x5a'), "not an SQLite database"},
      {"newer schema", newer, "newer Factdeck"},
  };
  for (const Case& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    write_bytes(db, c.bytes);
    fs::remove(db + "-wal");
    fs::remove(db + "-shm");
    std::unique_ptr<Store> s;
    const Status st = Store::open(db, s);
    REQUIRE_FALSE(st.ok());
    CHECK(st.message().find(c.says) != std::string::npos);
    CHECK(st.message().find("factdeck-20260115-080000.db") != std::string::npos);
    CHECK(st.message().find("factdeck restore latest") != std::string::npos);
    CHECK(read_bytes(db) == c.bytes);
  }
  // Without a backup the message says there is none.
  fs::remove_all(backup_folder(dir));
  write_bytes(db, std::string(20000, '\x5a'));
  std::unique_ptr<Store> s;
  const Status st = Store::open(db, s);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("no backup") != std::string::npos);
}

TEST_CASE("a damaged page: quick_check finds it, the connection then writes nothing, and the damage is described") {
  const std::string dir = fresh_dir("damaged-page");
  {
    auto store = learner(dir, 3);
    REQUIRE(make_backup(*store, dir, kJan15 + 100, nullptr).ok());
    CardRow card;
    REQUIRE(store->ensure_card("a", "f", 0, kJan15, card).ok());
    for (int i = 0; i < 2; ++i) {  // two answers after the backup's newest
      ReviewRow r = review_of(card.id, kJan15 + 1000 + i);
      r.before = card;
      REQUIRE(store->record_review(r, card).ok());
    }
  }
  const std::string db = Store::default_path(dir);
  std::string bytes = read_bytes(db);
  const std::size_t page = (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
  REQUIRE(bytes.size() >= 4 * page);
  // The root page of an index on the cards: the schema on page 1 stays readable, so the file still opens,
  // and the reviews can still be counted.
  std::size_t root = 0;
  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* q = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "SELECT rootpage FROM sqlite_master WHERE name = 'cards_queue'", -1, &q, nullptr) == SQLITE_OK);
    if (sqlite3_step(q) == SQLITE_ROW) root = static_cast<std::size_t>(sqlite3_column_int64(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(raw);
  }
  REQUIRE(root > 1);
  for (std::size_t i = (root - 1) * page; i < root * page; ++i) bytes[i] = '\x5a';
  write_bytes(db, bytes);

  std::unique_ptr<Store> s;
  REQUIRE(Store::open(db, s).ok());
  const Status health = check_pages(*s);
  REQUIRE_FALSE(health.ok());
  CHECK(health.message().find("is damaged") != std::string::npos);
  keep_file_unchanged(*s);
  CHECK_FALSE(s->set_setting("ui.theme", "light").ok());
  s.reset();
  CHECK(read_bytes(db) == bytes);

  const DamageReport r = describe_damage(dir, health.message());
  CHECK(r.problem == health.message());
  CHECK(r.path == db);
  REQUIRE(r.backup);
  CHECK(r.backup->name == "factdeck-20260115-080140.db");
  CHECK(r.backup_answers == 3);
  CHECK(r.backup_last_answer == kJan15 + 2);
  CHECK(r.answers_after_backup == 2);
  CHECK(read_bytes(db) == bytes);

  // A healthy file passes.
  const std::string ok_dir = fresh_dir("healthy");
  auto healthy = learner(ok_dir, 1);
  CHECK(check_pages(*healthy).ok());
}

TEST_CASE("header checks: a missing file is fine, a short or foreign one is named") {
  const std::string dir = fresh_dir("header");
  CHECK(check_database_file(dir + "/none.db").ok());
  write_bytes(dir + "/short.db", std::string("SQLite format 3\0", 16) + std::string(200, '\0'));
  CHECK(check_database_file(dir + "/short.db").message().find("truncated") != std::string::npos);
  write_bytes(dir + "/text.db", "hello, not a database\n");
  CHECK(check_database_file(dir + "/text.db").message().find("not an SQLite database") != std::string::npos);
  CHECK(check_database_file(dir).message().find("not a file") != std::string::npos);
}

TEST_CASE("files left by a creation, a backup or a restore cut short by a kill are cleaned up") {
  const std::string dir = fresh_dir("stale");
  // 99999999 is above any Linux pid_max: no such program runs.
  for (const char* name : {"factdeck.db.new-99999999", "factdeck.db.new-99999999-wal", "factdeck.db.tmp-99999999"})
    write_bytes(dir + "/" + name, "partial");
  fs::create_directories(backup_folder(dir));
  write_bytes(backup_folder(dir) + "/factdeck-20260101-000000.db.tmp-99999999", "partial");
  write_bytes(dir + "/notes.txt", "the learner's own file");
  auto store = learner(dir, 1);
  REQUIRE(make_backup(*store, dir, kJan15, nullptr).ok());
  CHECK_FALSE(fs::exists(dir + "/factdeck.db.new-99999999"));
  CHECK_FALSE(fs::exists(dir + "/factdeck.db.new-99999999-wal"));
  CHECK_FALSE(fs::exists(backup_folder(dir) + "/factdeck-20260101-000000.db.tmp-99999999"));
  CHECK(fs::exists(dir + "/notes.txt"));
  store.reset();
  REQUIRE(restore_backup(dir, "latest", kJan15 + kDay).ok());
  CHECK_FALSE(fs::exists(dir + "/factdeck.db.tmp-99999999"));
  CHECK(fs::exists(dir + "/notes.txt"));
}
