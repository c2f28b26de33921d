// `factdeck class take`: a student answers an assignment in the terminal, each answer saved as an event when given.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <set>

#include "cli/class_cli.h"
#include "cli/study_text.h"

namespace factdeck::cli::class_cli {
namespace {

using namespace study_text;

void print_question(const Question& q, std::size_t number, std::size_t total, int width) {
  std::cout << "\n[" << number << "/" << total << "] " << type_name(q.type) << "\n" << wrap(q.prompt, width) << "\n";
  if (!q.statement.empty()) std::cout << wrap("  " + q.statement, width, 2) << "\n";
  if (!q.text.empty()) std::cout << wrap("  " + q.text, width, 2) << "\n";
  for (std::size_t i = 0; i < q.options.size(); ++i) std::cout << wrap("  " + std::to_string(i + 1) + ") " + q.options[i], width, 5) << "\n";
  for (std::size_t i = 0; i < q.items.size(); ++i) std::cout << wrap("  " + std::to_string(i + 1) + ") " + q.items[i], width, 5) << "\n";
  for (std::size_t i = 0; i < q.left.size(); ++i) std::cout << wrap("  " + std::to_string(i + 1) + ") " + q.left[i], width, 5) << "\n";
  for (std::size_t i = 0; i < q.right.size(); ++i)
    std::cout << wrap(std::string("  ") + static_cast<char>('a' + i) + ") " + q.right[i], width, 5) << "\n";
}

// The assignment named on the command line: a file, or the id of one this machine already has.
bool load_assignment(ClassDb& db, const std::string& name, Assignment& out) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) {
    std::string error;
    const std::optional<std::string> text = read_text_file(name, error);
    if (!text) {
      fail("take", error);
      return false;
    }
    if (Status st = assignment_from_json(*text, name, out); !st.ok()) {
      fail("take", st.message());
      return false;
    }
    // Kept here, so the answers below belong to an assignment this database knows.
    if (Status st = db.add_assignment(out); !st.ok()) {
      fail("take", st.message());
      return false;
    }
    return true;
  }
  std::optional<Assignment> a;
  if (Status st = db.assignment(name, a); !st.ok()) {
      fail("take", st.message());
      return false;
    }
  if (!a) {
      fail("take", "'" + name + "' is neither an assignment file nor the id of an assignment on this machine", 2);
      return false;
    }
  out = std::move(*a);
  return true;
}

// The assignment `id` fetched from the class server and kept here, so the answers below (committed here first)
// belong to an assignment this database knows. A classroom offline takes the copy kept here by an earlier take.
bool fetch_assignment(ClassDb& db, const std::string& url, const std::string& id, Assignment& out) {
  std::unique_ptr<ClassServer> server;
  if (Status st = ClassServer::connect(url, server); !st.ok()) {
    std::optional<Assignment> kept;
    if (!db.assignment(id, kept).ok() || !kept) {
      fail("take", st.message());
      return false;
    }
    std::cerr << "factdeck class take: " << st.message() << "\nTaking the copy of the assignment kept on this machine; "
              << "the answers wait here for `factdeck class push`.\n";
    out = std::move(*kept);
    return true;
  }
  std::optional<Assignment> a;
  Status st = server->assignment(id, a);
  if (st.ok() && !a) st = Status::Error("no assignment '" + id + "' on the class server " + server->where());
  if (st.ok()) st = db.add_assignment(*a);
  if (!st.ok()) {
    fail("take", st.message());
    return false;
  }
  out = std::move(*a);
  return true;
}

}  // namespace

int run_take(const CommonOptions& common, std::vector<std::string> args) {
  std::string error;
  const bool terminal = take_flag(args, "--terminal");
  const std::optional<std::string> url = take_option(args, "--db", error);
  const std::optional<std::string> student = take_option(args, "--student", error);
  if (error.empty() && (!student || student->empty())) error = "--student NAME is needed (the name or id the teacher knows)";
  if (error.empty() && args.size() != 1) error = args.empty() ? "name the assignment file (or id)" : "unexpected argument '" + args[1] + "'";
  if (error.empty() && !terminal)
    error = "--terminal is needed to answer here (or open the file on the desktop app's Assignments screen)";
  if (!error.empty()) return fail("take", error + "\nusage: factdeck class take (ID --db URL | FILE|ID) --student NAME --terminal", 2);
  std::unique_ptr<ClassDb> db = open_db(common, "take");
  if (!db) return 1;
  Assignment a;
  if (url ? !fetch_assignment(*db, *url, args[0], a) : !load_assignment(*db, args[0], a)) return 1;

  // Questions this student already answered here (a quiz stopped or killed half-way) are not asked again.
  std::set<std::string> done;
  for (const AnswerEvent& e : db->events(a.id))
    if (e.student == *student) done.insert(e.question);
  const bool interactive = isatty(0) != 0;
  const int width = output_width();
  std::cout << wrap(a.title + " (" + a.class_name + "): " + std::to_string(a.questions.size()) +
                        " questions. One answer a line; ? if you don't know, :q to stop (your answers so far are kept).",
                    width)
            << "\n";
  if (!done.empty()) std::cout << done.size() << " already answered; carrying on.\n";
  int given = 0;
  for (std::size_t i = 0; i < a.questions.size(); ++i) {
    const Question& q = a.questions[i];
    if (done.count(q.id)) continue;
    print_question(q, i + 1, a.questions.size(), width);
    const auto started = std::chrono::steady_clock::now();
    std::optional<Response> response;
    bool dont_know = false;
    while (!response && !dont_know) {
      std::cout << answer_hint(q) << "> " << std::flush;
      std::string line;
      if (!std::getline(std::cin, line)) {
        std::cout << "\nStopped: " << given << " answers saved this time.\n";
        return 0;
      }
      line = trim(line);
      if (!interactive) std::cout << line << "\n";  // a transcript of piped input reads like a session
      if (line == ":q") {
        std::cout << "Stopped: " << given << " answers saved this time.\n";
        return 0;
      }
      if (line == "?") dont_know = true;
      else if (!(response = parse_response(q, line)))
        std::cout << "Please answer with " << answer_hint(q) << " (? if you don't know, :q to stop).\n";
    }
    const int ms = interactive ? static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                      std::chrono::steady_clock::now() - started).count())
                               : 0;
    const UnixSeconds now = common.clock();
    const AnswerEvent e = answer_event(a, q, *student, dont_know ? std::nullopt : response, now, ms, new_id(now));
    if (Status st = db->record(e); !st.ok()) return fail("take", st.message());
    ++given;
    std::cout << "Saved.\n";
  }
  std::cout << "\nDone: " << given << " answers saved this time (" << done.size() + static_cast<std::size_t>(given) << " of "
            << a.questions.size() << " in all). Your teacher sees the results.\n";
  return 0;
}

}  // namespace factdeck::cli::class_cli
