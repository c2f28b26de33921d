// Plain words for SQLite failures (full disk, read-only file, damage, a second program), shared by the store's files.
#pragma once

#include <string>

struct sqlite3;

namespace factdeck::store_detail {

// A sentence for the last error on `db` when its code has a cause a user can act on ("" otherwise).
// Starts with a space so it can follow SQLite's own message.
std::string explain_last_error(sqlite3* db);
// The same for an errno from the file system (ENOSPC, EROFS, EACCES...).
std::string explain_errno(int err);

}  // namespace factdeck::store_detail
