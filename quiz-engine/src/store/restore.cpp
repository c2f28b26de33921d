// Restoring a backup: check it, refuse while the database is in use, keep a safety copy, swap by rename.
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <filesystem>

#include "factdeck/backup.h"
#include "factdeck/store.h"
#include "store/backup_internal.h"
#include "store/explain.h"
#include "store/schema.h"

namespace factdeck {
namespace fs = std::filesystem;
using namespace store_detail;

namespace {

// A raw connection closed on scope exit.
struct Connection {
  sqlite3* db = nullptr;
  ~Connection() {
    if (db) sqlite3_close(db);
  }
  std::string text(const char* sql) {
    sqlite3_stmt* q = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(q, 0);
      out = t ? reinterpret_cast<const char*>(t) : "";
    }
    sqlite3_finalize(q);
    return out;
  }
};

// Whether another process holds one of SQLite's locks on `path` (the file's lock bytes, or the
// shared-memory file every connection in WAL mode keeps a read lock on while it is open).
bool locked_by_other(const std::string& path, off_t start, off_t len) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock l {};
  l.l_type = F_WRLCK;
  l.l_whence = SEEK_SET;
  l.l_start = start;
  l.l_len = len;
  const bool held = ::fcntl(fd, F_GETLK, &l) == 0 && l.l_type != F_UNLCK;
  ::close(fd);
  return held;
}

bool in_use(const std::string& db) {
  constexpr off_t kPendingByte = 0x40000000;  // SQLite's lock bytes start here (os_unix.c)
  return locked_by_other(db, kPendingByte, 512) || locked_by_other(db + "-shm", 120, 16);
}

Status copy_file_synced(const std::string& from, const std::string& to) {
  std::error_code ec;
  const std::string temp = to + ".tmp-" + std::to_string(getpid());
  fs::copy_file(from, temp, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    fs::remove(temp, ec);
    return Status::Error("cannot copy " + from + " to " + to + ": " + ec.message());
  }
  if (!fsync_path(temp, false) || std::rename(temp.c_str(), to.c_str()) != 0) {
    fs::remove(temp, ec);
    return Status::Error("cannot write " + to);
  }
  return Status::Ok();
}

// The backup to restore: "latest", a name in the backups folder, or a path.
Status resolve(const std::string& data_dir, const std::string& file, std::string& path) {
  if (file == "latest") {
    const auto b = latest_backup(data_dir);
    if (!b) return Status::Error("there is no backup in " + backup_folder(data_dir));
    path = b->path;
    return Status::Ok();
  }
  std::error_code ec;
  const fs::path in_folder = fs::path(backup_folder(data_dir)) / file;
  path = file.find('/') == std::string::npos && fs::exists(in_folder, ec) ? in_folder.string() : file;
  if (!fs::is_regular_file(path, ec)) return Status::Error("no backup file " + file + " (see factdeck restore --list)");
  return Status::Ok();
}

// Opens `path` read-only and checks it is a whole Factdeck database this program reads.
Status check_backup(const std::string& path, Connection& c) {
  Status st = check_database_file(path);
  if (!st.ok()) return Status::Error("the backup is unusable: " + st.message());
  if (sqlite3_open_v2(path.c_str(), &c.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return Status::Error("cannot open the backup " + path + ": " + sqlite3_errmsg(c.db));
  const std::string app = c.text("PRAGMA application_id");
  if (app != std::to_string(kApplicationId))
    return Status::Error(path + " is not a Factdeck database (or is damaged); nothing was restored");
  const std::string version = c.text("PRAGMA user_version");
  if (std::atoi(version.c_str()) > kSchemaVersion)
    return Status::Error(path + " was written by a newer Factdeck (schema " + version + "); update Factdeck to restore it");
  const std::string check = c.text("PRAGMA integrity_check");
  if (check != "ok")
    return Status::Error(path + " is damaged (integrity_check: " + check + "); choose another backup");
  return Status::Ok();
}

// Folds the write-ahead log of our own, healthy database (quick_check ok) into the file, so that one rename swaps
// it whole. Fails with SQLITE_BUSY while any other connection is open: the database is in use.
Status fold_log(const std::string& db, bool& folded) {
  folded = false;
  if (!check_database_file(db).ok()) return Status::Ok();
  Connection c;
  if (sqlite3_open_v2(db.c_str(), &c.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return Status::Ok();
  if (c.text("PRAGMA application_id") != std::to_string(kApplicationId)) return Status::Ok();  // not ours: not touched
  sqlite3_busy_timeout(c.db, 1000);
  // A damaged file is not touched either: its safety copy must be the file as it was, byte for byte.
  if (c.text("PRAGMA quick_check") != "ok") return Status::Ok();
  char* msg = nullptr;
  const int rc = sqlite3_exec(c.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &msg);
  sqlite3_free(msg);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    return Status::Error(db + " is in use by another program (a Factdeck window or terminal session); "
                              "close it and restore again. Nothing was changed");
  folded = rc == SQLITE_OK;
  return Status::Ok();
}

}  // namespace

Status restore_backup(const std::string& data_dir, const std::string& file, UnixSeconds now,
                      std::string* restored_from, std::string* safety_copy) {
  std::string source;
  Status st = resolve(data_dir, file, source);
  if (!st.ok()) return st;
  Connection backup;
  st = check_backup(source, backup);
  if (!st.ok()) return st;

  const std::string db = Store::default_path(data_dir);
  std::error_code ec;
  fs::create_directories(data_dir, ec);
  remove_stale_temporaries(data_dir);  // a restore cut short by a kill
  const bool exists = fs::exists(db, ec);
  if (exists && in_use(db))
    return Status::Error(db + " is in use by another program (a Factdeck window or terminal session); close it "
                              "and restore again. Nothing was changed");
  bool folded = false;
  if (exists && !(st = fold_log(db, folded)).ok()) return st;

  // The restored file is made whole beside the database first; the swap is one rename.
  const std::string temp = db + ".tmp-" + std::to_string(getpid());
  fs::remove(temp, ec);
  st = copy_database(backup.db, temp);
  if (!st.ok()) return Status::Error("cannot restore: " + st.message());

  std::string safety;
  if (exists) {
    fs::create_directories(backup_folder(data_dir), ec);
    // Named after every earlier safety copy (two restores in one second, a clock set back), so none
    // is overwritten and the names' order stays the order they were made in, which pruning relies on.
    UnixSeconds t = now;
    for (const BackupInfo& b : list_backups(data_dir))
      if (b.safety_copy && b.time >= t) t = b.time + 1;
    for (;; ++t) {
      safety = (fs::path(backup_folder(data_dir)) / ("before-restore-" + stamp(t) + ".db")).string();
      if (!fs::exists(safety, ec) && !fs::exists(safety + "-wal", ec)) break;
    }
    st = copy_file_synced(db, safety);
    // A log beside a file that could not be folded (damaged, or another program's) is kept with it,
    // under the name SQLite pairs with the copy.
    if (st.ok() && !folded && fs::exists(db + "-wal", ec)) st = copy_file_synced(db + "-wal", safety + "-wal");
    if (!st.ok()) {
      fs::remove(temp, ec);
      return Status::Error("cannot keep a safety copy, so nothing was restored: " + st.message());
    }
  }
  // A log left beside the restored file would be replayed into it: it belongs to the old file.
  fs::remove(db + "-wal", ec);
  fs::remove(db + "-shm", ec);
  if (std::rename(temp.c_str(), db.c_str()) != 0) {
    const int err = errno;
    fs::remove(temp, ec);
    return Status::Error("cannot put the backup in place of " + db + explain_errno(err));
  }
  fsync_path(data_dir, true);
  if (!safety.empty()) prune_safety_copies(data_dir, safety);
  if (restored_from) *restored_from = source;
  if (safety_copy) *safety_copy = safety;
  return Status::Ok();
}

}  // namespace factdeck
