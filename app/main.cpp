// factdeck's entry point: a subcommand when one is named, otherwise the desktop window.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "ui/desktop.h"
#include "ui/screenshot.h"

namespace {

// The screen names, wrapped under "screens: ".
std::string screen_list() {
  std::string list, line;
  for (const std::string& n : factdeck::ui::screenshot_names()) {
    if (!line.empty() && line.size() + n.size() > 76) {
      list += line + ",\n                         ";
      line.clear();
    }
    line += (line.empty() ? "" : ", ") + n;
  }
  return list + line + ", all";
}

void print_help() {
  std::cout << "Factdeck " FACTDECK_VERSION ": quizzes and flashcards from news articles.\n\n"
               "usage: factdeck [--data-dir DIR] [--content DIR] [--now TIME]   open the desktop app\n"
               "       factdeck --open FILE                                      open the app with a text or CSV file in Add article\n"
               "       factdeck --screenshot SCREEN[,SCREEN..]|all --out FILE.png|DIR [--text-size S[,S..]] [--window WxH[,WxH..]]\n"
               "                [--layout-audit] [--open FILE]\n"
               "                render screens to PNGs and exit; --layout-audit prints each text cut off by its window or\n"
               "                overlapping a widget and exits 1 when there is any (--out is then optional)\n"
               "                screens: " << screen_list() << "\n"
               "                text sizes: small, normal, large, larger, projector\n";
  for (const auto& c : factdeck::cli::commands()) {
    // Long usages put their summary on the next line, so every summary starts in one column.
    if (std::string(c.usage).size() <= 44) std::printf("       factdeck %-44s %s\n", c.usage, c.summary);
    else std::printf("       factdeck %s\n       %-53s %s\n", c.usage, "", c.summary);
  }
  std::cout << "\ncommon options:\n"
               "  --data-dir DIR   where the SQLite database lives (default: $XDG_DATA_HOME/factdeck,\n"
               "                   else ~/.local/share/factdeck)\n"
               "  --content DIR    a content folder (articles/, lexicon/); repeatable (default: the bundled\n"
               "                   content and DATA_DIR/content)\n"
               "  --now TIME       the clock, for tests and simulation (ISO 8601, e.g. 2026-01-15T08:00:00Z)\n"
               "  --no-cache       parse every content file (the parse cache lives in $XDG_CACHE_HOME/factdeck,\n"
               "                   or DATA_DIR/cache when --data-dir is given; it never changes what loads)\n"
               "  --help, --version\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h" || a == "help") {
      print_help();
      return 0;
    }
    if (a == "--version" || a == "-V") {
      std::cout << "factdeck " FACTDECK_VERSION "\n";
      return 0;
    }
  }

  factdeck::cli::CommonOptions common;
  std::vector<std::string> rest;
  const std::string error = factdeck::cli::parse_common(args, common, rest);
  if (!error.empty()) {
    std::cerr << "factdeck: " << error << "\n";
    return 2;
  }
  if (!rest.empty() && rest[0].rfind("--", 0) != 0) {
    for (const auto& c : factdeck::cli::commands())
      if (rest[0] == c.name) return c.run(common, std::vector<std::string>(rest.begin() + 1, rest.end()));
    std::cerr << "factdeck: unknown command '" << rest[0] << "'; see factdeck --help\n";
    return 2;
  }
  return factdeck::ui::run_desktop(common, rest);
}
