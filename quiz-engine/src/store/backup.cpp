// Making and listing backups: SQLite's online backup API into a temporary file, checked, renamed, rotated.
#include "factdeck/backup.h"

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "factdeck/content.h"
#include "factdeck/store.h"
#include "store/backup_internal.h"
#include "store/explain.h"

namespace factdeck {
namespace fs = std::filesystem;

namespace store_detail {

std::string stamp(UnixSeconds t) {
  const std::string iso = format_iso8601(t);  // 2026-01-15T08:00:00Z
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2) + "-" + iso.substr(11, 2) + iso.substr(14, 2) +
         iso.substr(17, 2);
}

std::optional<UnixSeconds> parse_stamp(const std::string& s) {
  // YYYYMMDD-HHMMSS
  if (s.size() != 15 || s[8] != '-') return std::nullopt;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != 8 && (s[i] < '0' || s[i] > '9')) return std::nullopt;
  return parse_iso8601(s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2) + "T" + s.substr(9, 2) + ":" +
                       s.substr(11, 2) + ":" + s.substr(13, 2) + "Z");
}

bool fsync_path(const std::string& path, bool directory) {
  const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

Status copy_database(sqlite3* source, const std::string& dest_path) {
  sqlite3* dest = nullptr;
  auto fail = [&](const std::string& what) {
    std::string m = what + ": " + (dest ? sqlite3_errmsg(dest) : "cannot open") + explain_last_error(dest);
    if (dest) sqlite3_close(dest);
    std::error_code ec;
    fs::remove(dest_path, ec);
    return Status::Error(m);
  };
  if (sqlite3_open_v2(dest_path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return fail("cannot create " + dest_path);
  sqlite3_extended_result_codes(dest, 1);
  sqlite3_backup* b = sqlite3_backup_init(dest, "main", source, "main");
  if (!b) return fail("cannot start the backup");
  // All pages in one step: the source is a learner's database (megabytes), and one step is one
  // consistent read of it even while another program writes.
  int rc;
  do {
    rc = sqlite3_backup_step(b, -1);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) return fail("the backup failed");
  // The copy carries the source's write-ahead-log flag; a backup is one self-contained file instead.
  char* msg = nullptr;
  if (sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &msg) != SQLITE_OK) {
    sqlite3_free(msg);
    return fail("cannot finish the backup");
  }
  sqlite3_stmt* q = nullptr;
  std::string check;
  if (sqlite3_prepare_v2(dest, "PRAGMA quick_check", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(q, 0);
    check = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(q);
  if (check != "ok") {
    sqlite3_close(dest);
    fs::remove(dest_path);
    return Status::Error("the database looks damaged (quick_check: " + check +
                         "), so no backup was made and the older backups were kept");
  }
  sqlite3_close(dest);
  if (!fsync_path(dest_path, false)) return Status::Error("cannot write " + dest_path + " to disk");
  return Status::Ok();
}

// Unfinished copies are named NAME.tmp-PID (NAME.new-PID for a database being created, with its
// -wal and -shm); one whose program is gone was cut short and is removed.
void remove_stale_temporaries(const std::string& folder) {
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    for (const char* side : {"-wal", "-shm", "-journal"})
      if (name.size() > std::strlen(side) && name.compare(name.size() - std::strlen(side), std::string::npos, side) == 0)
        name.resize(name.size() - std::strlen(side));
    auto at = name.rfind(".tmp-");
    if (at == std::string::npos) at = name.rfind(".new-");
    if (at == std::string::npos) continue;
    const std::string pid = name.substr(at + 5);
    if (pid.empty() || pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t p = static_cast<pid_t>(std::stol(pid));
    if (p != getpid() && ::kill(p, 0) != 0 && errno == ESRCH) fs::remove(it->path(), ec);
  }
}

}  // namespace store_detail

using namespace store_detail;

std::string backup_folder(const std::string& data_dir) { return (fs::path(data_dir) / "backups").string(); }

std::vector<BackupInfo> list_backups(const std::string& data_dir) {
  std::vector<BackupInfo> out;
  std::error_code ec;
  for (fs::directory_iterator it(backup_folder(data_dir), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    BackupInfo b;
    std::string s;
    if (name.size() == 27 && name.rfind("factdeck-", 0) == 0 && name.compare(24, 3, ".db") == 0) {
      s = name.substr(9, 15);
    } else if (name.size() == 33 && name.rfind("before-restore-", 0) == 0 && name.compare(30, 3, ".db") == 0) {
      s = name.substr(15, 15);
      b.safety_copy = true;
    } else {
      continue;
    }
    const auto t = parse_stamp(s);
    if (!t || !it->is_regular_file(ec)) continue;
    b.path = it->path().string();
    b.name = name;
    b.time = *t;
    b.bytes = it->file_size(ec);
    out.push_back(b);
  }
  std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
    return a.time != b.time ? a.time > b.time : a.name > b.name;
  });
  return out;
}

std::optional<BackupInfo> latest_backup(const std::string& data_dir) {
  for (const BackupInfo& b : list_backups(data_dir))
    if (!b.safety_copy) return b;
  return std::nullopt;
}

void store_detail::prune_safety_copies(const std::string& data_dir, const std::string& keep) {
  int kept = 0;
  std::error_code ec;
  for (const BackupInfo& b : list_backups(data_dir)) {  // newest first
    if (!b.safety_copy) continue;
    if (b.path == keep || ++kept <= kSafetyCopiesKept - 1) continue;  // the one just made counts too
    fs::remove(b.path, ec);
    fs::remove(b.path + "-wal", ec);
  }
}

Status make_backup(Store& store, const std::string& data_dir, UnixSeconds now, BackupInfo* made) {
  const std::string folder = backup_folder(data_dir);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Status::Error("cannot create the backups folder " + folder + ": " + ec.message());
  remove_stale_temporaries(folder);
  const std::string name = "factdeck-" + stamp(now) + ".db";
  const std::string final_path = (fs::path(folder) / name).string();
  const std::string temp = final_path + ".tmp-" + std::to_string(getpid());
  fs::remove(temp, ec);
  Status st = copy_database(store.handle(), temp);
  if (!st.ok()) return Status::Error("backup not made: " + st.message());
  if (std::rename(temp.c_str(), final_path.c_str()) != 0) {
    const int err = errno;
    fs::remove(temp, ec);
    return Status::Error("backup not made: cannot rename it to " + final_path + explain_errno(err));
  }
  fsync_path(folder, true);
  // One backup a day: the new one stands for today; then the newest kBackupsKept days stay.
  const long today = static_cast<long>(now / 86400);
  int kept = 0;
  for (const BackupInfo& b : list_backups(data_dir)) {
    if (b.safety_copy || b.name == name) {
      kept += b.safety_copy ? 0 : 1;
      continue;
    }
    if (static_cast<long>(b.time / 86400) == today || ++kept > kBackupsKept) fs::remove(b.path, ec);
  }
  if (made) {
    made->path = final_path;
    made->name = name;
    made->time = now;
    made->bytes = fs::file_size(final_path, ec);
    made->safety_copy = false;
  }
  return Status::Ok();
}

Status make_backup_if_due(Store& store, const std::string& data_dir, UnixSeconds now, bool on_quit,
                          BackupInfo* made) {
  if (on_quit) {
    // Changes made by this connection since it opened: answers, new cards, settings.
    if (sqlite3_total_changes(store.handle()) == 0) return Status::Ok();
    return make_backup(store, data_dir, now, made);
  }
  const auto latest = latest_backup(data_dir);
  if (latest && latest->time / 86400 == now / 86400) return Status::Ok();
  return make_backup(store, data_dir, now, made);
}

std::string backup_offer(const std::string& data_dir) {
  const auto latest = latest_backup(data_dir);
  if (!latest)
    return " There is no backup in " + backup_folder(data_dir) + " to restore.";
  return " The latest backup is " + latest->path + " (" + format_iso8601(latest->time) +
         "); to put it back, run: factdeck restore latest" +
         (data_dir.empty() ? "" : " --data-dir " + data_dir) +
         " (or use Restore in Settings). The current file is kept as a safety copy.";
}

}  // namespace factdeck
