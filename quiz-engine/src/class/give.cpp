// Giving an assignment out: its file, the class server, this machine's class database (one path for the CLI and desktop).
#include <filesystem>

#include "factdeck/atomic_file.h"
#include "factdeck/class_server.h"

namespace factdeck {

Status give_assignment(const Assignment& a, const std::string& file, ClassServer* server, ClassDb& local) {
  if (!file.empty()) {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::path(file).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);
    if (ec) return Status::Error("cannot make the folder '" + folder.string() + "': " + ec.message());
    if (Status st = write_file_atomically(file, assignment_to_json(a)); !st.ok()) return st;
  }
  const std::string done = file.empty() ? "" : " (the file " + file + " was written)";
  if (server)
    if (Status st = server->add_assignment(a); !st.ok()) return Status::Error(st.message() + done);
  if (Status st = local.add_assignment(a); !st.ok()) return Status::Error(st.message() + done);
  return Status::Ok();
}

}  // namespace factdeck
