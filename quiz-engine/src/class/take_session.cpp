// Taking an assignment and looking after it, for any front end: the list, a file opened, what is left, an answer
// committed when given, the repair of a weak distractor into the next revision's file, and text safe to show.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "factdeck/atomic_file.h"
#include "factdeck/class_take.h"

namespace factdeck {
namespace {

constexpr std::uintmax_t kMaxAssignmentBytes = 64u << 20;

// The code point of the UTF-8 sequence at s[i] and its length; length 0 when the bytes are not UTF-8.
std::pair<char32_t, std::size_t> decode_at(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return {c, 1};
  const std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0, 0};
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  const char32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {cp, len};
}

bool hidden_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Letters and digits of `s` (ASCII), the rest as single dashes; at most 40 characters.
std::string file_stem(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (keep) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else if (!out.empty() && out.back() != '-') out += '-';
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::vector<AssignmentSummary> assignment_summaries(ClassDb& db) {
  std::map<std::string, std::pair<int, std::set<std::string>>> counts;  // answers and students by assignment
  for (const AnswerEvent& e : db.all_events()) {
    auto& c = counts[e.assignment];
    ++c.first;
    c.second.insert(e.student);
  }
  std::vector<AssignmentSummary> out;
  for (const std::string& id : db.assignment_ids()) {
    std::optional<Assignment> a;
    if (!db.assignment(id, a).ok() || !a) continue;
    AssignmentSummary s;
    s.id = a->id;
    s.class_name = a->class_name;
    s.title = a->title;
    s.revision = a->revision;
    s.created = a->created;
    s.questions = static_cast<int>(a->questions.size());
    const auto it = counts.find(id);
    if (it != counts.end()) s.answers = it->second.first, s.students = static_cast<int>(it->second.second.size());
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const AssignmentSummary& x, const AssignmentSummary& y) {
    return x.created != y.created ? x.created > y.created : x.revision != y.revision ? x.revision > y.revision : x.id > y.id;
  });
  return out;
}

Status open_assignment_file(ClassDb& db, const std::string& path, Assignment& out) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Status::Error("cannot read '" + path + "': " + ec.message());
  if (size > kMaxAssignmentBytes) return Status::Error("'" + path + "' is larger than 64 MiB; that is no assignment");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!in || !(text << in.rdbuf())) return Status::Error("cannot read '" + path + "'");
  Assignment a;
  if (Status st = assignment_from_json(text.str(), path, a); !st.ok()) return st;
  // Kept, so the answers given to it belong to an assignment this database knows.
  if (Status st = db.add_assignment(a); !st.ok()) return st;
  out = std::move(a);
  return Status::Ok();
}

std::vector<std::size_t> questions_left(ClassDb& db, const Assignment& a, const std::string& student) {
  std::set<std::string> done;
  for (const AnswerEvent& e : db.events(a.id))
    if (e.student == student) done.insert(e.question);
  std::vector<std::size_t> left;
  for (std::size_t i = 0; i < a.questions.size(); ++i)
    if (!done.count(a.questions[i].id)) left.push_back(i);
  return left;
}

Status record_answer(ClassDb& db, const Assignment& a, const Question& q, const std::string& student,
                     const std::optional<Response>& response, UnixSeconds time, int duration_ms, std::string id,
                     AnswerEvent& out) {
  if (student.empty()) return Status::Error("a student name (or id) is needed");
  if (!a.find(q.id)) return Status::Error("assignment " + a.id + " has no question '" + q.id + "'");
  AnswerEvent e = answer_event(a, q, student, response, time, duration_ms, std::move(id));
  if (Status st = db.record(e); !st.ok()) return st;
  out = std::move(e);
  return Status::Ok();
}

std::optional<int> weakest_distractor(const ClassReport& r, const std::string& question_id) {
  std::optional<int> chosen;
  for (const QuestionStat& q : r.questions)
    if (q.id == question_id)
      for (std::size_t i = 0; i < q.options.size(); ++i)
        if (q.options[i].non_functioning && (!chosen || q.options[i].chosen < q.options[static_cast<std::size_t>(*chosen)].chosen))
          chosen = static_cast<int>(i);
  return chosen;
}

Status repair_weakest(ClassDb& db, const ContentIndex& index, const Assignment& a, const ClassReport& r,
                      const std::string& question_id, const std::string& new_id, UnixSeconds now,
                      const std::string& path, Assignment& next, std::string& replaced) {
  const std::optional<int> option = weakest_distractor(r, question_id);
  if (!option) return Status::Error("this question has no non-functioning distractor flagged; nothing to repair");
  Assignment made;
  std::string what;
  if (Status st = repair_distractor(index, a, question_id, *option, new_id, now, made, what); !st.ok()) return st;
  std::error_code ec;
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, ec);
  if (ec) return Status::Error("cannot make the folder '" + folder.string() + "': " + ec.message());
  if (Status st = write_file_atomically(path, assignment_to_json(made)); !st.ok()) return st;
  if (Status st = db.add_assignment(made); !st.ok()) return st;
  next = std::move(made);
  replaced = std::move(what);
  return Status::Ok();
}

std::string next_revision_path(const std::string& folder, const Assignment& a) {
  std::string stem = file_stem(a.class_name + " " + a.title);
  if (stem.empty()) stem = "assignment";
  return (std::filesystem::path(folder) / (stem + "-r" + std::to_string(a.revision + 1) + ".json")).string();
}

std::string assignment_file_path(const std::string& folder, const Assignment& a) {
  std::string stem = file_stem(a.class_name + " " + a.title);
  if (stem.empty()) stem = "assignment";
  return (std::filesystem::path(folder) / (stem + ".json")).string();
}

std::string display_text(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (chars == max_chars) {
      out += "...";
      break;
    }
    const auto [cp, len] = decode_at(text, i);
    if (len == 0 || hidden_control(cp)) out += '?';
    else out.append(text.substr(i, len));
    i += len ? len : 1;
    ++chars;
  }
  return out;
}

}  // namespace factdeck
