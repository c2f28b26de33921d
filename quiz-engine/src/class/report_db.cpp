// The class report read from a class database, local or the server: one assignment's events, and every
// assignment's for the figures across.
#include <map>

#include "factdeck/class_report.h"

namespace factdeck {

Status report_from_db(ClassSource& db, const std::string& id, const ReportRules& rules, std::optional<Assignment>& assignment,
                      ClassReport& out) {
  if (Status st = db.assignment(id, assignment); !st.ok() || !assignment) return st;
  std::vector<Assignment> all;
  if (Status st = db.all_assignments(all); !st.ok()) return st;
  // One pass over the events (no look-up a row): the report orders each assignment's events itself.
  std::vector<AnswerEvent> read;
  if (Status st = db.read_all_events(read); !st.ok()) return st;
  std::map<std::string, std::vector<AnswerEvent>> events;
  for (AnswerEvent& e : read) events[e.assignment].push_back(std::move(e));
  std::vector<AssignmentEvents> history;
  for (const Assignment& a : all) history.push_back({&a, &events[a.id]});
  out = class_report(*assignment, events[id], history, rules);
  return Status::Ok();
}

}  // namespace factdeck
