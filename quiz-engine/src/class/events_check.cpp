// The check an import makes before it writes anything, the same for the local class database and the server.
#include <map>
#include <set>

#include "factdeck/class.h"

namespace factdeck {

Status check_events(ClassSource& db, const std::vector<AnswerEvent>& events, const std::string& where) {
  std::map<std::string, std::set<std::string>> questions;  // per assignment seen, its question ids
  for (std::size_t i = 0; i < events.size(); ++i) {
    const AnswerEvent& e = events[i];
    auto it = questions.find(e.assignment);
    if (it == questions.end()) {
      std::optional<Assignment> a;
      if (Status st = db.assignment(e.assignment, a); !st.ok()) return st;
      if (!a)
        return Status::Error(where + ": events[" + std::to_string(i) + "].assignment: '" + e.assignment +
                             "' is not an assignment of this class (" + db.where() + "); nothing was imported");
      std::set<std::string> ids;
      for (const Question& q : a->questions) ids.insert(q.id);
      it = questions.emplace(e.assignment, std::move(ids)).first;
    }
    if (!it->second.count(e.question))
      return Status::Error(where + ": events[" + std::to_string(i) + "].question: '" + e.question +
                           "' is not a question of assignment " + e.assignment + "; nothing was imported");
  }
  return Status::Ok();
}

}  // namespace factdeck
