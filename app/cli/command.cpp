// The subcommand registry (the options every subcommand shares are in common/options.cpp).
#include "cli/command.h"

namespace factdeck::cli {
namespace {

std::vector<Command>& registry() {
  static std::vector<Command> r;
  return r;
}

}  // namespace

bool register_command(const Command& c) {
  registry().push_back(c);
  return true;
}

const std::vector<Command>& commands() { return registry(); }

}  // namespace factdeck::cli
