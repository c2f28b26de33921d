// The class report written out: JSON for programs, text for the terminal, CSV for the school's spreadsheet.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "factdeck/class_report.h"

namespace factdeck {
namespace {

using Json = nlohmann::ordered_json;

// Percentages to two decimals, as numbers; a blank statistic is null.
Json pct(double v) { return std::round(v * 100) / 100; }
Json pct(const std::optional<double>& v) { return v ? pct(*v) : Json(nullptr); }

std::string pct_text(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", *v);
  return buf;
}

Json stats_json(const ItemStats& s) {
  return Json{{"n", s.n}, {"facility", pct(s.facility)}, {"sd", pct(s.sd)},
              {"discrimination", pct(s.discrimination)}, {"efficiency", pct(s.efficiency)}};
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// Text for a terminal: control characters (an escape sequence in a student's name) shown as '?'.
std::string shown(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  return out;
}

}  // namespace

std::string report_to_json(const ClassReport& r) {
  Json root;
  root["assignment"] = r.assignment;
  root["class"] = r.class_name;
  root["title"] = r.title;
  root["revision"] = r.revision;
  root["attempts"] = r.students.size();
  Json students = Json::array();
  for (const StudentScore& s : r.students)
    students.push_back({{"student", s.student}, {"answered", s.answered}, {"correct", s.correct}, {"score", pct(s.score)}});
  root["students"] = students;
  Json questions = Json::array();
  for (const QuestionStat& q : r.questions) {
    Json j;
    j["id"] = q.id;
    j["type"] = q.type;
    j["prompt"] = q.prompt;
    j["n"] = q.stats.n;
    j["answered"] = q.answered;
    j["dont_know"] = q.dont_know;
    j["facility"] = pct(q.stats.facility);
    j["sd"] = pct(q.stats.sd);
    j["discrimination"] = pct(q.stats.discrimination);
    j["efficiency"] = pct(q.stats.efficiency);
    j["upper_right"] = pct(100 * q.upper_right);
    j["lower_right"] = pct(100 * q.lower_right);
    Json options = Json::array();
    for (const OptionStat& o : q.options)
      options.push_back({{"text", o.text}, {"key", o.key}, {"chosen", o.chosen}, {"upper", o.upper}, {"lower", o.lower},
                         {"non_functioning", o.non_functioning}});
    j["options"] = options;
    j["flags"] = q.flags;
    j["notes"] = q.notes;
    Json across = stats_json(q.across);
    across["assignments"] = q.across_assignments;
    across["fact"] = q.fact_key;
    j["across"] = across;
    questions.push_back(std::move(j));
  }
  root["questions"] = questions;
  root["rules"] = {{"nfd_share", r.rules.nfd_share}, {"nfd_min_attempts", r.rules.nfd_min_attempts},
                   {"too_easy", r.rules.too_easy},   {"too_hard", r.rules.too_hard},
                   {"min_attempts", r.rules.min_attempts}, {"group", r.rules.group}};
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string csv_cell(std::string_view text) {
  std::string s(text);
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    s.insert(s.begin(), '\'');
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string report_to_csv(const ClassReport& r) {
  // Numbers are written by this program (a minus sign there is a number, not a formula); text goes through csv_cell.
  std::string out = "student,answered,correct,score\r\n";
  for (const StudentScore& s : r.students)
    out += csv_cell(s.student) + "," + std::to_string(s.answered) + "," + std::to_string(s.correct) + "," +
           pct_text(s.score) + "\r\n";
  out += "\r\nquestion,type,prompt,attempts,facility,discrimination,efficiency,options,flags,"
         "fact,assignments_across,attempts_across,facility_across,discrimination_across\r\n";
  for (const QuestionStat& q : r.questions) {
    std::vector<std::string> options;
    for (const OptionStat& o : q.options) options.push_back(o.text + (o.key ? " (key)" : "") + ": " + std::to_string(o.chosen));
    out += csv_cell(q.id) + "," + csv_cell(q.type) + "," + csv_cell(q.prompt) + "," + std::to_string(q.stats.n) + "," +
           pct_text(q.stats.facility) + "," + pct_text(q.stats.discrimination) + "," + pct_text(q.stats.efficiency) + "," +
           csv_cell(joined(options, "; ")) + "," + csv_cell(joined(q.flags, " ")) + "," + csv_cell(q.fact_key) + "," +
           std::to_string(q.across_assignments) + "," + std::to_string(q.across.n) + "," + pct_text(q.across.facility) + "," +
           pct_text(q.across.discrimination) + "\r\n";
  }
  return out;
}

std::string report_to_text(const ClassReport& r) {
  std::string out = shown(r.title) + " (" + shown(r.class_name) + "), assignment " + r.assignment + ", revision " +
                    std::to_string(r.revision) + ": " + std::to_string(r.students.size()) + " students\n\nStudents\n";
  for (const StudentScore& s : r.students)
    out += "  " + shown(s.student) + ": " + std::to_string(s.correct) + " of " + std::to_string(r.questions.size()) + " (" +
           pct_text(s.score) + "%), " + std::to_string(s.answered) + " answered\n";
  out += "\nQuestions (facility F, discrimination index DI, discriminative efficiency DE, in %)\n";
  for (std::size_t i = 0; i < r.questions.size(); ++i) {
    const QuestionStat& q = r.questions[i];
    out += "  " + std::to_string(i + 1) + ". " + q.id + " [" + q.type + "] F " + pct_text(q.stats.facility) + ", DI " +
           (q.stats.discrimination ? pct_text(q.stats.discrimination) : "-") + ", DE " +
           (q.stats.efficiency ? pct_text(q.stats.efficiency) : "-") + ", n " + std::to_string(q.stats.n) + "\n     " +
           shown(q.prompt) + "\n";
    for (const OptionStat& o : q.options)
      out += "     " + std::string(o.key ? "* " : "  ") + shown(o.text) + ": " + std::to_string(o.chosen) + "\n";
    if (q.dont_know) out += "       ? (don't know): " + std::to_string(q.dont_know) + "\n";
    if (q.across_assignments > 1)
      out += "     across " + std::to_string(q.across_assignments) + " assignments: F " + pct_text(q.across.facility) +
             ", DI " + (q.across.discrimination ? pct_text(q.across.discrimination) : "-") + ", n " +
             std::to_string(q.across.n) + "\n";
    for (std::size_t k = 0; k < q.notes.size(); ++k) out += "     ! " + shown(q.notes[k]) + "\n";
    if (std::find(q.flags.begin(), q.flags.end(), "non-functioning-distractor") != q.flags.end() &&
        (q.type == "mcq" || q.type == "reverse"))
      out += "     next revision without it: factdeck class repair " + r.assignment + " " + shown(q.id) + " -o FILE\n";
  }
  return out;
}

}  // namespace factdeck
