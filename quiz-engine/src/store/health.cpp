// Damaged pages: quick_check, a connection that writes nothing more, and what a restore would change.
#include <sqlite3.h>

#include "factdeck/db_health.h"
#include "factdeck/store.h"

namespace factdeck {
namespace {

// A read-only connection (no checkpoint, no journal written) closed on scope exit.
struct ReadOnly {
  sqlite3* db = nullptr;
  // immutable: read the file alone, without the locks and the write-ahead log (for a file nothing writes).
  ReadOnly(const std::string& path, bool immutable) {
    const std::string uri = "file:" + path + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
    if (sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
      sqlite3_close(db);
      db = nullptr;
    }
  }
  ~ReadOnly() {
    if (db) sqlite3_close(db);
  }
  // The first column of the first row as an integer; nullopt on any error (a damaged page, no table).
  std::optional<long long> number(const char* sql, std::optional<long long> bind = std::nullopt) {
    if (!db) return std::nullopt;
    sqlite3_stmt* q = nullptr;
    std::optional<long long> out;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK) {
      if (bind) sqlite3_bind_int64(q, 1, *bind);
      if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL) out = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    return out;
  }
};

}  // namespace

Status check_pages(Store& store) {
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(store.handle(), "PRAGMA quick_check", -1, &q, nullptr) != SQLITE_OK)
    return Status::Error(store.path() + " cannot be checked: " + sqlite3_errmsg(store.handle()));
  std::string found;
  int rows = 0, rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(q, 0);
    std::string line = t ? reinterpret_cast<const char*>(t) : "";
    if (line == "ok") continue;
    // "*** in database main ***\nPage 11: ..." reads as one line without the banner.
    if (const auto banner = line.find("***\n"); line.rfind("*** in database", 0) == 0 && banner != std::string::npos)
      line = line.substr(banner + 4);
    for (char& c : line)
      if (c == '\n') c = ' ';
    if (rows++ < 3) found += (found.empty() ? "" : "; ") + line;
  }
  const std::string err = rc == SQLITE_DONE ? "" : sqlite3_errmsg(store.handle());
  sqlite3_finalize(q);
  if (!err.empty()) return Status::Error(store.path() + " is damaged: SQLite could not read it through (" + err + ").");
  if (rows == 0) return Status::Ok();
  return Status::Error(store.path() + " is damaged: SQLite's check found " + std::to_string(rows) +
                       (rows == 1 ? " problem (" : " problems (") + found + (rows > 3 ? "; ..." : "") + ").");
}

void keep_file_unchanged(Store& store) {
  sqlite3_exec(store.handle(), "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
  sqlite3_db_config(store.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

DamageReport describe_damage(const std::string& data_dir, const std::string& problem) {
  DamageReport r;
  r.problem = problem;
  r.path = Store::default_path(data_dir);
  r.backup = latest_backup(data_dir);
  if (r.backup) {
    ReadOnly b(r.backup->path, true);
    r.backup_answers = b.number("SELECT count(*) FROM reviews");
    r.backup_last_answer = b.number("SELECT max(time) FROM reviews");
  }
  // With its write-ahead log when SQLite lets a read-only connection use it, else the file alone.
  const char* since = "SELECT count(*) FROM reviews WHERE time > ?";
  r.answers_after_backup = ReadOnly(r.path, false).number(since, r.backup_last_answer.value_or(0));
  if (!r.answers_after_backup) r.answers_after_backup = ReadOnly(r.path, true).number(since, r.backup_last_answer.value_or(0));
  return r;
}

}  // namespace factdeck
