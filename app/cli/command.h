// The command-line subcommands: each file in app/cli registers one with FACTDECK_COMMAND.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/content.h"

namespace factdeck::cli {

// Options every subcommand understands, taken out of the argument list first.
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

using CommandFn = int (*)(const CommonOptions& common, const std::vector<std::string>& args);

struct Command {
  const char* name;     // "check"
  const char* usage;    // "check [--content DIR]"
  const char* summary;  // one line for --help
  CommandFn run;
};

bool register_command(const Command& c);
const std::vector<Command>& commands();

// Parses the common options out of argv; the rest is left in `rest`. Returns an error message or "".
std::string parse_common(const std::vector<std::string>& argv, CommonOptions& out,
                         std::vector<std::string>& rest);

// Default folders: the bundled content folder and the user's ($XDG_DATA_HOME/factdeck/content).
std::vector<std::string> default_content_dirs();
std::string default_data_dir();

// The learner's UTC offset at `t` in minutes, read at the program's edge (the engine never reads
// the time zone): study days and the rollover hour are local.
int local_utc_offset_minutes(UnixSeconds t);

// Small helpers for subcommand flags: "--name value" or "--name=value".
bool take_flag(std::vector<std::string>& args, const std::string& name);
std::optional<std::string> take_option(std::vector<std::string>& args, const std::string& name,
                                       std::string& error);

}  // namespace factdeck::cli

#define FACTDECK_CONCAT_(a, b) a##b
#define FACTDECK_CONCAT(a, b) FACTDECK_CONCAT_(a, b)
// Registers a subcommand at start-up: FACTDECK_COMMAND({"check", "check [--content DIR]", "...", run_check});
#define FACTDECK_COMMAND(...) \
  static const bool FACTDECK_CONCAT(factdeck_command_, __LINE__) = ::factdeck::cli::register_command(__VA_ARGS__)
