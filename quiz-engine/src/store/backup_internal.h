// Shared by backup.cpp and restore.cpp: backup names, copying a database, syncing files to disk.
#pragma once

#include <optional>
#include <string>

#include "factdeck/clock.h"
#include "factdeck/status.h"

struct sqlite3;

namespace factdeck::store_detail {

// "20260115-080000" for 2026-01-15T08:00:00Z, and back.
std::string stamp(UnixSeconds t);
std::optional<UnixSeconds> parse_stamp(const std::string& s);
// fsync of a file or a folder (after a rename); false when it cannot be done.
bool fsync_path(const std::string& path, bool directory);
// Copies database `source` (its "main") into a new file with the online backup API, leaves it as one
// file (no write-ahead log), checks it with quick_check and syncs it. Removes the file on failure.
Status copy_database(sqlite3* source, const std::string& dest_path);
// Keeps the newest kSafetyCopiesKept safety copies (before-restore-*.db, with a -wal beside one) and
// removes the older ones; `keep` (the copy just made) is never removed.
void prune_safety_copies(const std::string& data_dir, const std::string& keep);
// Removes NAME.tmp-PID files of programs that are gone (copies cut short by a crash or a kill).
void remove_stale_temporaries(const std::string& folder);

}  // namespace factdeck::store_detail
