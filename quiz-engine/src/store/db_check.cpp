// Checks of a database file before SQLite opens it, and plain words for SQLite's failures.
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "factdeck/backup.h"
#include "factdeck/store.h"
#include "store/backup_internal.h"
#include "store/explain.h"
#include "store/schema.h"

namespace factdeck {
namespace fs = std::filesystem;

namespace store_detail {

std::string explain_errno(int err) {
  switch (err) {
    case ENOSPC:
    case EDQUOT:
      return " The disk is full: free some space and try again; the answers saved so far are safe.";
    case EROFS:
      return " The file system is read-only: Factdeck needs to write your answers to it.";
    case EACCES:
    case EPERM:
      return " Permission denied: Factdeck needs to read and write this file and its folder.";
    case EIO:
      return " The disk reported a read or write error.";
    default:
      return "";
  }
}

std::string explain_last_error(sqlite3* db) {
  if (!db) return "";
  const int code = sqlite3_extended_errcode(db);
  switch (code & 0xff) {
    case SQLITE_FULL:
      return explain_errno(ENOSPC);
    case SQLITE_READONLY:
      return " The database file cannot be written (read-only file or folder): Factdeck needs to write your "
             "answers to it; check its permissions.";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return " The file is damaged.";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return " Another program (a second Factdeck?) held the database for more than 5 seconds; close it or "
             "try again.";
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: {
      const std::string e = explain_errno(sqlite3_system_errno(db));
      return e;
    }
    default:
      return "";
  }
}

}  // namespace store_detail

Status check_database_file(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::Ok();
  if (!fs::is_regular_file(path, ec))
    return Status::Error(path + " is not a file (a folder or a device?); Factdeck keeps its database there");
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::Error("cannot read " + path + ": " + ec.message());
  // With a write-ahead log beside it the file alone may lag behind (pages still in the log), so only
  // a file without one is checked for its length; SQLite reads the pair.
  const std::uintmax_t wal = fs::exists(path + "-wal", ec) ? fs::file_size(path + "-wal", ec) : 0;
  if (size == 0) {
    // A brand-new database is empty until its first commit lands in the log; an empty file beside
    // backups is a database that was emptied, and opening it would start a new, empty history.
    if (wal == 0 && latest_backup(fs::path(path).parent_path().string()))
      return Status::Error(path + " is empty (0 bytes), but backups of it exist; it was probably truncated. "
                                  "It was left untouched.");
    return Status::Ok();
  }
  unsigned char h[100] = {};
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(h), sizeof h);
  const std::streamsize got = in.gcount();
  if (!in && got <= 0) return Status::Error("cannot read " + path);
  if (got < 16 || std::memcmp(h, "SQLite format 3", 16) != 0)
    return Status::Error(path + " is not an SQLite database (it may be damaged, or a different kind of file); "
                                "it was left untouched.");
  if (got < 100 || size < 512)
    return Status::Error(path + " is truncated (" + std::to_string(size) +
                         " bytes, shorter than a database header); it was left untouched.");
  const std::uint32_t page = (static_cast<std::uint32_t>(h[16]) << 8 | h[17]) == 1
                                 ? 65536
                                 : static_cast<std::uint32_t>(h[16]) << 8 | h[17];
  if (page < 512 || (page & (page - 1)) != 0)
    return Status::Error(path + " has a damaged header (page size " + std::to_string(page) + "); it was left untouched.");
  auto be32 = [&](int at) {
    return static_cast<std::uint32_t>(h[at]) << 24 | static_cast<std::uint32_t>(h[at + 1]) << 16 |
           static_cast<std::uint32_t>(h[at + 2]) << 8 | h[at + 3];
  };
  const std::uint32_t pages = be32(28);
  const bool pages_valid = pages > 0 && be32(92) == be32(24);  // SQLite trusts the count only then
  if (wal == 0 && pages_valid && size < static_cast<std::uintmax_t>(pages) * page)
    return Status::Error(path + " is truncated: its header promises " +
                         std::to_string(static_cast<std::uintmax_t>(pages) * page) + " bytes, the file has " +
                         std::to_string(size) + "; it was left untouched.");
  return Status::Ok();
}

namespace store_detail {

Status create_database_if_missing(const std::string& path) {
  std::error_code ec;
  if (fs::exists(path, ec)) return Status::Ok();
  remove_stale_temporaries(fs::path(path).parent_path().string());  // a creation cut short by a kill
  const std::string temp = path + ".new-" + std::to_string(getpid());
  fs::remove(temp, ec);
  sqlite3* db = nullptr;
  auto fail = [&](const std::string& what) {
    std::string m = what + ": " + (db ? sqlite3_errmsg(db) : "cannot open") + " (" + path + ")" + explain_last_error(db);
    if (db) sqlite3_close(db);
    fs::remove(temp, ec);
    fs::remove(temp + "-wal", ec);
    fs::remove(temp + "-shm", ec);
    return Status::Error(m);
  };
  if (sqlite3_open_v2(temp.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return fail("cannot create the database");
  sqlite3_extended_result_codes(db, 1);
  std::string sql = "PRAGMA journal_mode = WAL; BEGIN;";
  for (const char* step : migrations()) sql += step;
  sql += "PRAGMA application_id = " + std::to_string(kApplicationId) +
         "; PRAGMA user_version = " + std::to_string(migrations().size()) + "; COMMIT;";
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) return fail("cannot create the database");
  // Closing the only connection folds the log into the file, which stays in WAL mode.
  if (sqlite3_close(db) != SQLITE_OK) return fail("cannot finish the database");
  db = nullptr;
  // link() fails when the name exists: a program that got there first wins, and its file is used.
  if (::link(temp.c_str(), path.c_str()) != 0 && errno != EEXIST) {
    const int err = errno;
    fs::remove(temp, ec);
    return Status::Error("cannot create the database " + path + ": " + std::strerror(err) + explain_errno(err));
  }
  fs::remove(temp, ec);
  return Status::Ok();
}

}  // namespace store_detail
}  // namespace factdeck
