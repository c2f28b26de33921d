// `factdeck restore [--list] [FILE|latest]`: lists the backups or puts one back, keeping a safety copy first.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "factdeck/backup.h"
#include "factdeck/store.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage = "restore [--list] [FILE|latest]";

std::string size_text(std::uintmax_t bytes) {
  if (bytes < 10 * 1024) return std::to_string(bytes) + " B";
  if (bytes < 10 * 1024 * 1024) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

int list(const CommonOptions& common) {
  const std::vector<BackupInfo> all = list_backups(common.data_dir);
  if (all.empty()) {
    std::cout << "No backups in " << backup_folder(common.data_dir)
              << " yet. Factdeck makes one a day when it starts, and when you quit after studying; "
                 "factdeck backup makes one now.\n";
    return 0;
  }
  std::cout << "Backups in " << backup_folder(common.data_dir) << ", newest first:\n";
  for (const BackupInfo& b : all)
    std::cout << "  " << b.name << "  " << format_iso8601(b.time) << "  " << size_text(b.bytes)
              << (b.safety_copy ? "  (the database as it was before a restore)" : "") << "\n";
  std::cout << "Restore one with: factdeck restore NAME (or: factdeck restore latest)\n";
  return 0;
}

int run_restore(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  const bool list_only = take_flag(args, "--list");
  if (args.size() > 1 || (!args.empty() && args[0].rfind("--", 0) == 0)) {
    std::cerr << "factdeck restore: unexpected argument '" << args.back() << "'\nusage: factdeck " << kUsage << "\n";
    return 2;
  }
  if (list_only || args.empty()) {
    const int rc = list(common);
    if (args.empty() && !list_only) std::cout << "usage: factdeck " << kUsage << "\n";
    return rc;
  }
  std::string from, safety;
  const Status st = restore_backup(common.data_dir, args[0], common.clock(), &from, &safety);
  if (!st.ok()) {
    std::cerr << "factdeck restore: " << st.message() << "\n";
    return 1;
  }
  std::cout << "Restored " << from << " as " << Store::default_path(common.data_dir) << ".\n";
  if (!safety.empty())
    std::cout << "The database as it was is kept as " << safety << " (factdeck restore "
              << safety.substr(safety.find_last_of('/') + 1) << " puts it back).\n";
  return 0;
}

// `factdeck backup`: a backup now, whatever the daily rule says.
int run_backup(const CommonOptions& common, const std::vector<std::string>& args) {
  if (!args.empty()) {
    std::cerr << "factdeck backup: unexpected argument '" << args[0] << "'\nusage: factdeck backup\n";
    return 2;
  }
  std::unique_ptr<Store> store;
  Status st = Store::open(Store::default_path(common.data_dir), store);
  if (!st.ok()) {
    std::cerr << "factdeck backup: " << st.message() << "\n";
    return 1;
  }
  BackupInfo made;
  st = make_backup(*store, common.data_dir, common.clock(), &made);
  if (!st.ok()) {
    std::cerr << "factdeck backup: " << st.message() << "\n";
    return 1;
  }
  std::cout << "Backup written: " << made.path << " (" << size_text(made.bytes) << "). The last " << kBackupsKept
            << " days are kept; factdeck restore --list shows them.\n";
  return 0;
}

}  // namespace

FACTDECK_COMMAND({"restore", kUsage, "list the backups of your answers, or put one back (a safety copy is kept)",
                  run_restore});
FACTDECK_COMMAND({"backup", "backup", "back up your answers now (DATA_DIR/backups, the last 7 days are kept)",
                  run_backup});

}  // namespace factdeck::cli
