// A database whose pages are damaged: finding it without writing a byte, keeping it so, and what
// restoring the latest backup would bring back and lose.
#pragma once

#include <optional>
#include <string>

#include "factdeck/backup.h"
#include "factdeck/clock.h"
#include "factdeck/status.h"

namespace factdeck {

class Store;

// SQLite's quick_check over every page of an open database (reads only): an error quoting what it
// found when the file is damaged.
Status check_pages(Store& store);

// From now on this connection writes nothing: statements that would write fail, and closing it does not
// checkpoint the write-ahead log into the file. For a database found damaged, kept as it is.
void keep_file_unchanged(Store& store);

// What a person needs to decide on a restore.
struct DamageReport {
  std::string problem;                       // what is wrong, in a sentence or two
  std::string path;                          // the database file
  std::optional<BackupInfo> backup;          // the latest regular backup
  std::optional<long long> backup_answers;   // answers the backup holds, when it can be read
  std::optional<UnixSeconds> backup_last_answer;  // its newest answer
  // Answers in the damaged file given after the backup's newest one, when the file can be read that far;
  // nullopt when they cannot be counted.
  std::optional<long long> answers_after_backup;
};

// Reads the latest backup and, as far as it can, the damaged file (read-only: neither is changed).
DamageReport describe_damage(const std::string& data_dir, const std::string& problem);

}  // namespace factdeck
