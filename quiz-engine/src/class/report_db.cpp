// The class report read from the class database: one assignment's events, and every assignment's for the figures across.
#include <map>

#include "factdeck/class_report.h"

namespace factdeck {

Status report_from_db(ClassDb& db, const std::string& id, const ReportRules& rules, std::optional<Assignment>& assignment,
                      ClassReport& out) {
  if (Status st = db.assignment(id, assignment); !st.ok() || !assignment) return st;
  std::vector<Assignment> all;
  for (const std::string& other : db.assignment_ids()) {
    std::optional<Assignment> a;
    if (Status st = db.assignment(other, a); !st.ok()) return st;
    if (a) all.push_back(std::move(*a));
  }
  // One pass over the table (no index look-up a row): the report orders each assignment's events itself.
  std::map<std::string, std::vector<AnswerEvent>> events;
  for (AnswerEvent& e : db.all_events()) events[e.assignment].push_back(std::move(e));
  std::vector<AssignmentEvents> history;
  for (const Assignment& a : all) history.push_back({&a, &events[a.id]});
  out = class_report(*assignment, events[id], history, rules);
  return Status::Ok();
}

}  // namespace factdeck
