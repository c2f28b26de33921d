// Backups of the learner's database: made with SQLite's online backup API, one a day kept for 7 days, restorable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/status.h"

namespace factdeck {

class Store;

constexpr int kBackupsKept = 7;  // regular backups; one per UTC day, so a week of history
constexpr int kSafetyCopiesKept = 5;  // copies made by restores, newest first

struct BackupInfo {
  std::string path;       // full path of the file
  std::string name;       // "factdeck-20260115-080000.db"
  UnixSeconds time = 0;   // when it was made (from its name, UTC)
  std::uintmax_t bytes = 0;
  // Written by a restore: the database as it was just before it was replaced. The newest
  // kSafetyCopiesKept are kept; regular backups never push them out.
  bool safety_copy = false;
};

// DATA_DIR/backups.
std::string backup_folder(const std::string& data_dir);
// Every backup and safety copy in the folder, newest first. Unfinished files are not listed.
std::vector<BackupInfo> list_backups(const std::string& data_dir);
// The newest regular backup (not a safety copy), if any.
std::optional<BackupInfo> latest_backup(const std::string& data_dir);

// Copies the open database into DATA_DIR/backups/factdeck-YYYYMMDD-HHMMSS.db (UTC `now`) through a
// temporary file and a rename, so a backup is whole or absent. The copy must pass SQLite's
// quick_check, or nothing changes: a damaged database never pushes a good backup out. The new
// backup replaces the same day's older one, then only the newest kBackupsKept are kept.
Status make_backup(Store& store, const std::string& data_dir, UnixSeconds now, BackupInfo* made = nullptr);
// The automatic rule: at start (on_quit false) a backup when there is none of today (UTC); on
// quitting (on_quit true) a backup when this connection changed the database. `made` is set only
// when one was written.
Status make_backup_if_due(Store& store, const std::string& data_dir, UnixSeconds now, bool on_quit,
                          BackupInfo* made = nullptr);

// Puts a backup back as DATA_DIR/factdeck.db. `file` is "latest", a name in the backups folder or a
// path. The backup is checked first (a Factdeck database this program reads, integrity_check ok).
// Refused while another program has the database open. The current file, whatever state it is in,
// is first copied to DATA_DIR/backups/before-restore-YYYYMMDD-HHMMSS.db (`safety_copy` gets its
// path; empty when there was no database); when an earlier safety copy has that second or a later
// one (two restores in one second, a clock set back), the name takes the second after the newest,
// so no safety copy is ever overwritten and names sort in the order the copies were made. After a restore only the newest
// kSafetyCopiesKept safety copies stay. No Store on this database may be open in this process.
Status restore_backup(const std::string& data_dir, const std::string& file, UnixSeconds now,
                      std::string* restored_from = nullptr, std::string* safety_copy = nullptr);

// A sentence for a message about a database that cannot be used: names the latest backup and the
// command that restores it, or says there is none. Starts with a space, so it can be appended.
std::string backup_offer(const std::string& data_dir);

// Cheap checks of a database file before SQLite reads it (header, page size, length), so that a
// truncated file is named as such. Ok for a file that does not exist yet.
Status check_database_file(const std::string& path);

}  // namespace factdeck
