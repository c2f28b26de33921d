// Plain words for SQLite failures (full disk, read-only, damage, a second program) and safe creation, for the store's files.
#pragma once

#include <string>

#include "factdeck/status.h"

struct sqlite3;

namespace factdeck::store_detail {

// A sentence for the last error on `db` when its code has a cause a user can act on ("" otherwise).
// Starts with a space so it can follow SQLite's own message.
std::string explain_last_error(sqlite3* db);
// Creates a new database at `path` when there is none: made whole (schema, WAL mode) under a temporary
// name and linked into place, so two programs starting at once on an empty folder never both create and
// migrate one file, and a kill during creation leaves no half-made database.
Status create_database_if_missing(const std::string& path);
// The same for an errno from the file system (ENOSPC, EROFS, EACCES...).
std::string explain_errno(int err);

}  // namespace factdeck::store_detail
