// The command-line subcommands: each file in app/cli registers one with FACTDECK_COMMAND.
#pragma once

#include <string>
#include <vector>

#include "common/options.h"

namespace factdeck::cli {

// The shared options and flag helpers (common/options.h), by their names on the command line's side.
using common::CommonOptions;
using common::default_content_dirs;
using common::default_data_dir;
using common::load_common_content;
using common::local_utc_offset_minutes;
using common::parse_common;
using common::take_flag;
using common::take_option;

using CommandFn = int (*)(const CommonOptions& common, const std::vector<std::string>& args);

struct Command {
  const char* name;     // "check"
  const char* usage;    // "check [--content DIR]"
  const char* summary;  // one line for --help
  CommandFn run;
};

bool register_command(const Command& c);
const std::vector<Command>& commands();

}  // namespace factdeck::cli

#define FACTDECK_CONCAT_(a, b) a##b
#define FACTDECK_CONCAT(a, b) FACTDECK_CONCAT_(a, b)
// Registers a subcommand at start-up: FACTDECK_COMMAND({"check", "check [--content DIR]", "...", run_check});
#define FACTDECK_COMMAND(...) \
  static const bool FACTDECK_CONCAT(factdeck_command_, __LINE__) = ::factdeck::cli::register_command(__VA_ARGS__)
