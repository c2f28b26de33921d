// `factdeck class`: assignments for a class, answers as events, bundle files, the class report and its repairs.
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "cli/class_cli.h"
#include "cli/selection.h"
#include "factdeck/atomic_file.h"
#include "factdeck/class_report.h"
#include "factdeck/content.h"

namespace factdeck::cli::class_cli {

constexpr const char* kUsage =
    "class assign --class NAME [--title T] [quiz options as in factdeck quiz] (--db URL | -o FILE) | "
    "take (ID --db URL | FILE|ID) --student NAME --terminal | push --db URL | bundle -o FILE [--all] | "
    "import BUNDLE|ASSIGNMENT (--db URL | --local) | report ID (--db URL | --local) [--json|--csv] | "
    "repair ID QUESTION [--option N] [-o FILE] | server-init --db URL [--to-version N] | enrol --class NAME LOGIN.. --db URL";

int fail(const std::string& sub, const std::string& message, int rc) {
  std::cerr << "factdeck class" << (sub.empty() ? "" : " " + sub) << ": " << message << "\n";
  return rc;
}

std::unique_ptr<ClassDb> open_db(const CommonOptions& common, const std::string& sub) {
  std::unique_ptr<ClassDb> db;
  if (Status st = ClassDb::open(ClassDb::default_path(common.data_dir), db); !st.ok()) {
    fail(sub, st.message());
    return nullptr;
  }
  return db;
}

std::optional<std::string> read_text_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read '" + path + "'";
    return std::nullopt;
  }
  std::ostringstream s;
  s << in.rdbuf();
  if (s.str().size() > (256u << 20)) {
    error = "'" + path + "' is larger than 256 MiB";
    return std::nullopt;
  }
  return s.str();
}

std::string new_id(UnixSeconds now) {
  // Seeded once from the system's entropy: ids must differ between machines and runs, unlike quizzes.
  static Rng rng = [] {
    std::random_device rd;
    return Rng((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^ static_cast<std::uint64_t>(system_now()));
  }();
  return make_uuid_v7(now * 1000, rng);
}

namespace {

// Where a command reads or writes: the class server (--db URL) or this machine's class database (--local).
// Prints why not (with `usage`) and returns null with `rc` the exit status; `server` or `local` keeps the connection.
ClassSource* open_source(const CommonOptions& common, std::vector<std::string>& args, const std::string& sub, const char* usage,
                         std::unique_ptr<ClassServer>& server, std::unique_ptr<ClassDb>& local, int& rc) {
  rc = 1;
  std::string error;
  const auto url = take_option(args, "--db", error);
  const bool here = take_flag(args, "--local");
  if (error.empty() && url && here) error = "choose --db URL or --local";
  if (error.empty() && !url && !here) error = "--db URL (the class server) or --local (this machine) is needed";
  if (!error.empty()) {
    rc = fail(sub, error + usage, 2);
    return nullptr;
  }
  if (url) {
    server = connect_server(*url, sub);
    return server.get();
  }
  local = open_db(common, sub);
  return local.get();
}

// Writes `text` whole to `path` (or stdout when empty).
bool write_out(const std::string& sub, const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    return std::cout.good();
  }
  if (Status st = write_file_atomically(path, text); !st.ok()) {
    fail(sub, st.message());
    return false;
  }
  return true;
}

int run_assign(const CommonOptions& common, std::vector<std::string> args) {
  std::string error;
  const auto url = take_option(args, "--db", error);
  QuizSelection sel;
  sel.count = 10;
  if (std::string bad = take_selection(args, sel); !bad.empty()) return fail("assign", bad, 2);
  const auto class_name = take_option(args, "--class", error);
  const auto title = take_option(args, "--title", error);
  auto output = take_option(args, "-o", error);
  if (!output) output = take_option(args, "--output", error);
  if (error.empty() && (!class_name || class_name->empty())) error = "--class NAME is needed";
  if (error.empty() && !output && !url)
    error = "--db URL (the class server) or -o FILE (the assignment file the students take) is needed";
  if (error.empty() && !args.empty()) error = "unexpected argument '" + args[0] + "'";
  if (!error.empty())
    return fail("assign", error + "\nusage: factdeck class assign --class NAME [--title T] [quiz options] (--db URL | -o FILE)", 2);
  // The server first: a teacher whose server is down learns it before the quiz is made.
  std::unique_ptr<ClassServer> server;
  if (url && !(server = connect_server(*url, "assign"))) return 1;
  const LoadResult loaded = load_common_content(common);
  for (const Diagnostic& d : loaded.diagnostics)
    if (d.severity == Severity::Error) std::cerr << d.to_string() << "\n";
  if (std::string missing = missing_articles(sel, loaded.content); !missing.empty()) return fail("assign", missing);
  const ContentIndex index(loaded.content);
  Quiz quiz = make_quiz(index, sel);
  if (quiz.questions.empty()) return fail("assign", "the selection gives no questions");
  if (!quiz.shortfall.empty()) std::cerr << "factdeck class assign: " << quiz.shortfall << "\n";
  const UnixSeconds now = common.clock();
  const Assignment a = make_assignment(quiz, *class_name, title ? *title : "", now, new_id(now));
  std::unique_ptr<ClassDb> db = open_db(common, "assign");
  if (!db) return 1;
  if (Status st = give_assignment(a, output ? *output : "", server.get(), *db); !st.ok()) return fail("assign", st.message());
  std::cout << a.id << "\n";
  return 0;
}

int run_bundle(const CommonOptions& common, std::vector<std::string> args) {
  std::string error;
  const bool all = take_flag(args, "--all");
  auto output = take_option(args, "-o", error);
  if (!output) output = take_option(args, "--output", error);
  if (error.empty() && !output) error = "-o FILE is needed";
  if (error.empty() && !args.empty()) error = "unexpected argument '" + args[0] + "'";
  if (!error.empty()) return fail("bundle", error + "\nusage: factdeck class bundle -o FILE [--all]", 2);
  std::unique_ptr<ClassDb> db = open_db(common, "bundle");
  if (!db) return 1;
  Bundle b;
  b.created = common.clock();
  b.events = db->local_events(!all);
  if (!write_out("bundle", *output, bundle_to_json(b))) return 1;
  // Noted as bundled only once the file is whole: a failed write bundles them again next time.
  std::vector<std::string> ids;
  for (const AnswerEvent& e : b.events) ids.push_back(e.id);
  if (Status st = db->mark_bundled(ids); !st.ok()) return fail("bundle", st.message());
  std::cout << b.events.size() << " answers written to " << *output
            << (all ? " (every answer made on this machine)\n" : " (those not in an earlier bundle; --all writes every one)\n");
  return 0;
}

int run_import(const CommonOptions& common, std::vector<std::string> args) {
  std::unique_ptr<ClassServer> server;
  std::unique_ptr<ClassDb> local;
  const char* usage = "\nusage: factdeck class import BUNDLE|ASSIGNMENT (--db URL | --local)";
  int rc = 1;
  if (!open_source(common, args, "import", usage, server, local, rc)) return rc;
  if (args.size() != 1) return fail("import", std::string("name one bundle or assignment file") + usage, 2);
  std::string error;
  const std::optional<std::string> text = read_text_file(args[0], error);
  if (!text) return fail("import", error);
  Bundle b;
  if (Status st = bundle_from_json(*text, args[0], b); !st.ok()) {
    // An assignment file (a second teacher's machine, a class that changed hands): kept, so its bundles import.
    Assignment a;
    if (!assignment_from_json(*text, args[0], a).ok()) return fail("import", st.message() + "; nothing was imported");
    if (Status ast = server ? server->add_assignment(a) : local->add_assignment(a); !ast.ok()) return fail("import", ast.message());
    std::cout << "assignment " << a.id << " (" << a.title << ", " << a.class_name << ") kept\n";
    return 0;
  }
  ImportCounts counts;
  if (Status st = server ? server->import_events(b.events, args[0], counts) : local->import_events(b.events, args[0], counts); !st.ok())
    return fail("import", st.message());
  std::cout << counts.added << " answers added, " << counts.already << " already here\n";
  return 0;
}

// The report of assignment `id`, and the assignment; false (after saying why) when there is none.
bool load_report(ClassSource& db, const std::string& sub, const std::string& id, std::optional<Assignment>& a, ClassReport& out) {
  if (Status st = report_from_db(db, id, ReportRules{}, a, out); !st.ok()) {
    fail(sub, st.message());
    return false;
  }
  if (!a) fail(sub, "no assignment '" + id + "' in " + db.where() + " (give it its file: factdeck class import FILE)");
  return a.has_value();
}

int run_report(const CommonOptions& common, std::vector<std::string> args) {
  const bool json = take_flag(args, "--json"), csv = take_flag(args, "--csv");
  const char* usage = "\nusage: factdeck class report ID (--db URL | --local) [--json | --csv]";
  if (json && csv) return fail("report", std::string("choose --json or --csv") + usage, 2);
  std::unique_ptr<ClassServer> server;
  std::unique_ptr<ClassDb> local;
  int rc = 1;
  ClassSource* source = open_source(common, args, "report", usage, server, local, rc);
  if (!source) return rc;
  if (args.size() != 1) return fail("report", std::string("name one assignment id") + usage, 2);
  std::optional<Assignment> a;
  ClassReport report;
  if (!load_report(*source, "report", args[0], a, report)) return 1;
  std::cout << (json ? report_to_json(report) : csv ? report_to_csv(report) : report_to_text(report));
  return std::cout.good() ? 0 : 1;
}

int run_repair(const CommonOptions& common, std::vector<std::string> args) {
  std::string error;
  const auto option = take_option(args, "--option", error);
  auto output = take_option(args, "-o", error);
  if (!output) output = take_option(args, "--output", error);
  if (error.empty() && args.size() != 2) error = "name the assignment id and the question id";
  std::optional<int> chosen;
  if (error.empty() && option) {
    const auto n = parse_count(*option);
    if (!n || *n < 1 || *n > 26) error = "--option needs an option number (1 is the first), not '" + *option + "'";
    else chosen = static_cast<int>(*n) - 1;
  }
  if (!error.empty()) return fail("repair", error + "\nusage: factdeck class repair ID QUESTION [--option N] [-o FILE]", 2);
  std::unique_ptr<ClassDb> db = open_db(common, "repair");
  if (!db) return 1;
  std::optional<Assignment> a;
  ClassReport report;
  if (!load_report(*db, "repair", args[0], a, report)) return 1;
  if (!a->find(args[1])) return fail("repair", "assignment " + a->id + " has no question '" + args[1] + "'", 2);
  if (!chosen) {
    // The flagged distractor chosen least, unless the teacher names one.
    for (const QuestionStat& q : report.questions)
      if (q.id == args[1])
        for (std::size_t i = 0; i < q.options.size(); ++i)
          if (q.options[i].non_functioning && (!chosen || q.options[i].chosen < q.options[static_cast<std::size_t>(*chosen)].chosen))
            chosen = static_cast<int>(i);
    if (!chosen)
      return fail("repair", "question '" + args[1] + "' has no non-functioning distractor flagged; --option N replaces one anyway", 2);
  }
  const LoadResult loaded = load_common_content(common);
  const ContentIndex index(loaded.content);
  const UnixSeconds now = common.clock();
  Assignment next;
  std::string replaced;
  if (Status st = repair_distractor(index, *a, args[1], *chosen, new_id(now), now, next, replaced); !st.ok())
    return fail("repair", st.message());
  if (output && !write_out("repair", *output, assignment_to_json(next))) return 1;
  if (Status st = db->add_assignment(next); !st.ok()) return fail("repair", st.message());
  std::cerr << "factdeck class repair: " << replaced << "; revision " << next.revision << "\n";
  std::cout << next.id << "\n";
  return 0;
}

int run_class(const CommonOptions& common, const std::vector<std::string>& argv) {
  if (argv.empty()) return fail("", std::string("name a subcommand\nusage: factdeck ") + kUsage, 2);
  const std::string sub = argv[0];
  std::vector<std::string> args(argv.begin() + 1, argv.end());
  if (sub == "assign") return run_assign(common, args);
  if (sub == "take") return run_take(common, args);
  if (sub == "bundle") return run_bundle(common, args);
  if (sub == "import") return run_import(common, args);
  if (sub == "report") return run_report(common, args);
  if (sub == "repair") return run_repair(common, args);
  if (sub == "push") return run_push(common, args);
  if (sub == "server-init") return run_server_init(common, args);
  if (sub == "enrol") return run_enrol(common, args);
  return fail("", "unknown subcommand '" + sub + "'\nusage: factdeck " + kUsage, 2);
}

}  // namespace

FACTDECK_COMMAND({"class", kUsage, "a class: assignments, answers taken in the terminal, bundle files and the item-analysis report",
                  run_class});

}  // namespace factdeck::cli::class_cli
