// Writing a whole file so that it is either complete or absent: a temporary file beside it, synced, then renamed.
#pragma once

#include <string>
#include <string_view>

#include "factdeck/status.h"

namespace factdeck {

// Writes `bytes` to `path` through PATH.tmp-PID in the same folder, fsyncs it and renames it over
// `path`; a crash or a kill at any moment leaves the old file (or none), never a partial one. The
// temporary file is removed on failure.
Status write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace factdeck
