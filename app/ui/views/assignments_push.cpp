// The Assignments screen's "Send answers to a class server" (P): the server's URL as the student types it, kept in
// memory only until it has served, and this machine's unsent answers pushed on a worker by the engine's push_unsent,
// as `factdeck class push` pushes them.
#include "factdeck/class_server.h"
#include "ui/input_queue.h"
#include "ui/views/assignments.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr std::size_t kPushBatch = 1000;  // answers a statement, as `factdeck class push` sends them by default

// Checks the URL, then pushes on a worker with a class database connection of its own (a server may take seconds to
// answer, or the connect timeout to be found gone); poll_push takes the outcome.
void start_push(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (as.push_job.valid()) return;
  const std::size_t first = as.push_url.find_first_not_of(" \t\r\n"), last = as.push_url.find_last_not_of(" \t\r\n");
  const std::string url = first == std::string::npos ? std::string() : as.push_url.substr(first, last - first + 1);
  if (url.empty()) {
    as.message = "Not sent: type the class server's URL first (your teacher gives it).";
    as.focus_push = true;
    log_input_event("push-refused");
    return;
  }
  as.message = "Sending this machine's answers...";
  as.push_job = std::async(std::launch::async, [url, db_path = ClassDb::default_path(s.options.data_dir)]() {
    PushDone done;
    std::unique_ptr<ClassDb> db;
    PushOutcome out;
    Status st = ClassDb::open(db_path, db);
    if (st.ok()) st = push_unsent(*db, url, kPushBatch, out);
    done.ok = st.ok();
    done.message = st.ok() ? "Sent: " + out.counts(false) + "." : "Not sent: " + st.message() + " (" + out.counts(true) + ").";
    if (!out.held.empty())
      done.message += " " + std::to_string(out.held.size()) + " stay on this machine for a bundle: " + out.held.front() + ".";
    wake_ui();
    return done;
  });
}

}  // namespace

void draw_push_row(AppState& s) {
  AssignmentsState& as = s.assignments;
  ImGui::BeginDisabled(as.push_job.valid());
  if (field_row("Send answers to class server", "##push-url", "host=... dbname=... user=... (P, then Enter; never saved)",
                as.push_url, "Send", as.focus_push, &as.select_push))
    s.later([](AppState& st) { start_push(st); });
  ImGui::EndDisabled();
}

void poll_push(AppState& s) {
  AssignmentsState& as = s.assignments;
  const std::optional<PushDone> done = finished_job(as.push_job);
  if (!done) return;
  as.message = done->message;
  if (done->ok) as.push_url.clear();  // it may hold a password: not kept longer than it serves
  else as.focus_push = as.phase == AssignmentsState::Phase::List;  // back in the field, to fix it
  refresh_assignments(s);
  log_input_event(done->ok ? "pushed" : "push-refused");
}

}  // namespace factdeck::ui
