// The options every part of the program shares (--data-dir, --content, --now), their default folders,
// and the small helpers that read flags; used by the command line and the desktop alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/content.h"

namespace factdeck::common {

// Options every subcommand and the desktop understand, taken out of the argument list first.
struct CommonOptions {
  std::string data_dir;                 // --data-dir; default $XDG_DATA_HOME/factdeck
  std::vector<std::string> content;     // --content (repeatable); default bundled + user content
  std::optional<UnixSeconds> now;       // --now ISO-8601, for tests and simulation
  // The content parse cache: $XDG_CACHE_HOME/factdeck (~/.cache/factdeck), or DATA_DIR/cache when
  // --data-dir is given (a test's or a second collection's folder stays self-contained); empty with
  // --no-cache.
  std::string cache_dir;
  UnixSeconds clock() const { return now ? *now : system_now(); }
};

// Loads the content folders of `common` through its parse cache (same result as without it).
LoadResult load_common_content(const CommonOptions& common);

// Parses the common options out of argv; the rest is left in `rest`. Returns an error message or "".
std::string parse_common(const std::vector<std::string>& argv, CommonOptions& out,
                         std::vector<std::string>& rest);

// Default folders: the bundled content folder and the user's ($XDG_DATA_HOME/factdeck/content).
std::vector<std::string> default_content_dirs();
std::string default_data_dir();

// The learner's UTC offset at `t` in minutes, read at the program's edge (the engine never reads
// the time zone): study days and the rollover hour are local.
int local_utc_offset_minutes(UnixSeconds t);

// Small helpers for flags: "--name value" or "--name=value".
bool take_flag(std::vector<std::string>& args, const std::string& name);
std::optional<std::string> take_option(std::vector<std::string>& args, const std::string& name,
                                       std::string& error);

}  // namespace factdeck::common
