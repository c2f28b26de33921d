// `factdeck class server-init`, `push` and `enrol`: the class server's schema, this machine's answers sent to it, and
// who belongs to a class.
#include <iostream>

#include "cli/class_cli.h"
#include "cli/selection.h"

namespace factdeck::cli::class_cli {

std::unique_ptr<ClassServer> connect_server(const std::string& url, const std::string& sub) {
  std::unique_ptr<ClassServer> server;
  if (Status st = ClassServer::connect(url, server); !st.ok()) {
    fail(sub, st.message());
    return nullptr;
  }
  return server;
}

int run_server_init(const CommonOptions&, std::vector<std::string> args) {
  std::string error;
  const auto url = take_option(args, "--db", error);
  // An older schema, as an older build made it: for testing the migration from it.
  const auto to_text = take_option(args, "--to-version", error);
  int to = kServerSchemaVersion;
  if (error.empty() && to_text) {
    const auto n = parse_count(*to_text);
    if (!n || *n < 1 || *n > kServerSchemaVersion)
      error = "--to-version needs a schema version from 1 to " + std::to_string(kServerSchemaVersion) + ", not '" + *to_text + "'";
    else to = static_cast<int>(*n);
  }
  if (error.empty() && !url) error = "--db URL is needed (a libpq connection string or postgresql:// URI, as the server's admin)";
  if (error.empty() && !args.empty()) error = "unexpected argument '" + args[0] + "'";
  if (!error.empty()) return fail("server-init", error + "\nusage: factdeck class server-init --db URL [--to-version N]", 2);
  ServerInit done;
  if (Status st = ClassServer::init(*url, done, to); !st.ok()) return fail("server-init", st.message());
  if (done.from == done.to)
    std::cout << "the class schema is at version " << done.to << " already; nothing to do\n";
  else if (done.from == 0)
    std::cout << "class schema version " << done.to << " created, with the roles " << kTeacherRole << " and " << kStudentRole
              << " (grant one to each login)\n";
  else
    std::cout << "class schema migrated from version " << done.from << " to " << done.to << "\n";
  return 0;
}

int run_push(const CommonOptions& common, std::vector<std::string> args) {
  std::string error;
  const auto url = take_option(args, "--db", error);
  const auto batch_text = take_option(args, "--batch", error);
  std::size_t batch = 1000;
  if (error.empty() && batch_text) {
    const auto n = parse_count(*batch_text);
    if (!n || *n < 1 || *n > 100000) error = "--batch needs a number of answers from 1 to 100000, not '" + *batch_text + "'";
    else batch = static_cast<std::size_t>(*n);
  }
  if (error.empty() && !url) error = "--db URL is needed";
  if (error.empty() && !args.empty()) error = "unexpected argument '" + args[0] + "'";
  if (!error.empty()) return fail("push", error + "\nusage: factdeck class push --db URL [--batch N]", 2);
  std::unique_ptr<ClassDb> db = open_db(common, "push");
  if (!db) return 1;
  PushOutcome out;
  const Status st = push_unsent(*db, *url, batch, out);
  for (const std::string& held : out.held) std::cerr << "factdeck class push: " << held << "\n";
  if (!st.ok()) return fail("push", st.message() + "\n" + out.counts(true));
  std::cout << out.counts(false) << "\n";
  return 0;
}

// The teacher enrols student logins in a class: from then on only they read its assignments and answer them.
int run_enrol(const CommonOptions&, std::vector<std::string> args) {
  std::string error;
  const auto url = take_option(args, "--db", error);
  const auto class_name = take_option(args, "--class", error);
  if (error.empty() && !url) error = "--db URL is needed (the teacher's login)";
  if (error.empty() && (!class_name || class_name->empty())) error = "--class NAME is needed";
  if (error.empty() && args.empty()) error = "name at least one student login to enrol";
  for (const auto& a : args)
    if (error.empty() && (a.empty() || a[0] == '-')) error = "unexpected argument '" + a + "'";
  if (!error.empty()) return fail("enrol", error + "\nusage: factdeck class enrol --class NAME LOGIN [LOGIN..] --db URL", 2);
  std::unique_ptr<ClassServer> server = connect_server(*url, "enrol");
  if (!server) return 1;
  ImportCounts done;
  if (Status st = server->enrol(*class_name, args, done); !st.ok()) return fail("enrol", st.message());
  std::cout << done.added << " logins enrolled in " << *class_name << ", " << done.already
            << " already; only enrolled logins read its assignments now\n";
  return 0;
}

}  // namespace factdeck::cli::class_cli
