// This machine's unsent answers sent to the class server, as `factdeck class push` and the desktop's Assignments screen
// both do: in batches, each marked sent here only once the server has committed it.
#include <algorithm>

#include "factdeck/class_server.h"

namespace factdeck {

std::string PushOutcome::counts(bool failed) const {
  if (!reached) return std::to_string(waiting) + " answers wait on this machine; push again when the server is back";
  std::string out = std::to_string(sent.added) + " answers sent, " + std::to_string(sent.already) + " already on the server";
  if (failed) out += "; " + std::to_string(waiting) + " wait on this machine: push again" + (lost ? " when the server is back" : "");
  return out;
}

Status push_unsent(ClassDb& db, const std::string& url, std::size_t batch, PushOutcome& out) {
  out = PushOutcome();
  batch = std::max<std::size_t>(batch, 1);
  // What the server's text cannot hold (a NUL byte, bytes that are not UTF-8: a hostile name typed here) stays here, for
  // a bundle; it must not stop the rest from going.
  std::vector<AnswerEvent> events;
  for (AnswerEvent& e : db.unpushed_events()) {
    if (std::string why = server_refusal(e); !why.empty())
      out.held.push_back("answer " + e.id + " stays on this machine: " + why + " (carry it in a bundle)");
    else
      events.push_back(std::move(e));
  }
  out.waiting = events.size();
  std::unique_ptr<ClassServer> server;
  if (Status st = ClassServer::connect(url, server); !st.ok()) return st;
  out.reached = true;
  for (std::size_t i = 0; i < events.size(); i += batch) {
    const std::vector<AnswerEvent> part(events.begin() + static_cast<std::ptrdiff_t>(i),
                                        events.begin() + static_cast<std::ptrdiff_t>(std::min(events.size(), i + batch)));
    ImportCounts c;
    // A push stopped between the server's commit and the mark here (a kill, a lost reply) sends the batch again next
    // time, and the server keeps one copy of each answer (the id decides).
    Status st = server->push(part, c);
    if (st.ok()) {
      std::vector<std::string> ids;
      for (const AnswerEvent& e : part) ids.push_back(e.id);
      st = db.mark_pushed(ids);
    }
    if (!st.ok()) {
      out.lost = server->lost();
      return st;
    }
    out.sent.added += c.added;
    out.sent.already += c.already;
    out.waiting -= part.size();
  }
  return Status::Ok();
}

}  // namespace factdeck
