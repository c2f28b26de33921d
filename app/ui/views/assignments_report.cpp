// The teacher's report of an assignment: each student's score, each question's facility, discrimination, flags and
// option counts; R repairs the chosen question's weakest distractor into the next revision's file.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "ui/views/assignments.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

const ImVec4 kReportFlag(0.98f, 0.70f, 0.28f, 1.0f);
const ImVec4 kReportKey(0.30f, 0.78f, 0.40f, 1.0f);

std::string report_figure(const std::optional<double>& v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", *v);
  return buf;
}

}  // namespace

void refresh_report(AppState& s) {
  AssignmentsState& as = s.assignments;
  std::optional<Assignment> a;
  ClassReport r;
  if (Status st = report_from_db(*as.db, as.current->id, ReportRules{}, a, r); !st.ok() || !a) {
    as.message = st.ok() ? "This assignment is no longer in the class database." : st.message();
    as.report.reset();
    return;
  }
  as.report = std::move(r);
  as.question = std::clamp(as.question, 0, std::max(0, static_cast<int>(as.report->questions.size()) - 1));
}

namespace {

// A path as a person reads it: the home folder as "~".
std::string home_path(const std::string& path) {
  const char* home = std::getenv("HOME");
  const std::string prefix = home && *home ? std::string(home) + "/" : std::string();
  return !prefix.empty() && path.rfind(prefix, 0) == 0 ? "~/" + path.substr(prefix.size()) : path;
}

void report_repair(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (!as.report || as.report->questions.empty()) return;
  const QuestionStat& q = as.report->questions[static_cast<std::size_t>(as.question)];
  const std::string number = "Question " + std::to_string(as.question + 1);
  if (!weakest_distractor(*as.report, q.id)) {
    as.message = number + " has no non-functioning distractor flagged: nothing to repair.";
    return;
  }
  Assignment next;
  std::string replaced;
  const Status st = repair_weakest(*as.db, content_index(s), *as.current, *as.report, q.id, new_class_id(s), s.now(),
                                   as.repair_path, next, replaced);
  if (!st.ok()) {
    as.message = number + " not repaired: " + st.message();
    return;
  }
  as.message = number + ": " + shown(replaced) + ". Revision " + std::to_string(next.revision) + " written to " +
               home_path(as.repair_path) + "; give that file to the class next time.";
  refresh_assignments(s);
}

void report_students(const ClassReport& r) {
  ImGui::TextDisabled("Students (%zu)", r.students.size());
  if (r.students.empty()) {
    ImGui::TextWrapped("No answers yet. Students take it here or with 'factdeck class take'; their bundles come in with "
                       "'factdeck class import FILE --local'.");
    return;
  }
  if (!begin_weighted_table("students", {{"Student", 4.0f}, {"Answered", 1.0f}, {"Right", 1.0f}, {"Score", 1.0f}})) return;
  for (const StudentScore& st : r.students) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextWrapped("%s", shown(st.student, 80).c_str());
    number_cell(1, st.answered);
    number_cell(2, st.correct);
    ImGui::TableSetColumnIndex(3);
    ImGui::Text("%.0f%%", st.score);
  }
  ImGui::EndTable();
}

void report_options(const QuestionStat& q) {
  const int n = std::max(1, q.stats.n);
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    const OptionStat& o = q.options[i];
    const float share = static_cast<float>(o.chosen) / static_cast<float>(n);
    char count[48];
    std::snprintf(count, sizeof count, "%d (%.0f%%)", o.chosen, share * 100);
    ImGui::PushID(static_cast<int>(i));
    // The key green, a non-functioning distractor orange, the other wrong options in the theme's plain accent.
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, o.key               ? kReportKey
                                                  : o.non_functioning ? kReportFlag
                                                                      : ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::ProgressBar(share, ImVec2(ImGui::GetFontSize() * 7, 0), count);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    const std::string mark = o.key ? "  (key)" : o.non_functioning ? "  (non-functioning)" : "";
    ImGui::TextWrapped("%s%s", shown(o.text, 200).c_str(), mark.c_str());
    ImGui::PopID();
  }
  if (q.dont_know > 0) ImGui::TextDisabled("\"I don't know\": %d", q.dont_know);
}

void report_question(AssignmentsState& as, const QuestionStat& q, int index) {
  const bool on = index == as.question;
  char head[96];
  std::snprintf(head, sizeof head, "Question %d · %s###q%d", index + 1, q.type.c_str(), index);
  if (ImGui::Selectable(head, on)) as.question = index;
  if (on && as.scroll_to_question) {
    ImGui::SetScrollHereY(0.2f);
    as.scroll_to_question = false;
  }
  ImGui::Indent();
  char figures[160];
  std::snprintf(figures, sizeof figures, "%d attempts · facility %s · discrimination %s · efficiency %s", q.stats.n,
                report_figure(q.stats.facility).c_str(), report_figure(q.stats.discrimination).c_str(),
                report_figure(q.stats.efficiency).c_str());
  ImGui::TextWrapped("%s", figures);
  ImGui::TextWrapped("%s", shown(q.prompt, 600).c_str());
  // One line of flags, then the notes (a flag may have several: two wrong options that no one chose).
  std::string flags;
  for (const std::string& f : q.flags) flags += (flags.empty() ? "" : "  ·  ") + f;
  if (!flags.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kReportFlag);
    ImGui::TextWrapped("%s", flags.c_str());
    ImGui::PopStyleColor();
  }
  for (const std::string& note : q.notes) text_faint("-  " + shown(note, 300));
  report_options(q);
  ImGui::Unindent();
  ImGui::Spacing();
}

}  // namespace

void open_report(AppState& s, const Assignment& a) {
  AssignmentsState& as = s.assignments;
  as.current = a;
  as.question = 0;
  as.message.clear();
  as.repair_path = next_revision_path(s.options.data_dir + "/assignments", a);
  refresh_report(s);
  if (as.report) as.phase = AssignmentsState::Phase::Report;
}

void draw_report(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (!as.report) {
    as.phase = AssignmentsState::Phase::List;
    return;
  }
  const ClassReport& r = *as.report;
  const int rows = static_cast<int>(r.questions.size());
  if (key_pressed(GLFW_KEY_ESCAPE)) s.later(back_to_list);
  if (rows > 0) {
    const int before = as.question;
    form_cursor(as.question, rows);
    if (before != as.question) as.scroll_to_question = true;
  }
  if (key_pressed(GLFW_KEY_R)) s.later(report_repair);

  ImGui::SetWindowFontScale(1.3f);
  ImGui::TextWrapped("%s", ("Report: " + shown(r.title, 160)).c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::TextDisabled("%s", ("Class " + shown(r.class_name, 60) + " · revision " + std::to_string(r.revision) + " · " +
                             count_of(static_cast<long long>(r.students.size()), "student", "students"))
                                .c_str());
  text_faint("Up/Down choose a question · R repairs its weakest flagged distractor · Esc goes back");
  text_faint("Revision " + std::to_string(r.revision + 1) + " goes to " + home_path(as.repair_path));
  if (!as.message.empty()) ImGui::TextWrapped("%s", as.message.c_str());
  ImGui::Separator();
  // The students in a band of their own (a third of the height at most, scrolling), the questions below: a class
  // of thirty never pushes the questions and their flags out of sight.
  const float line = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
  const float natural = line * (static_cast<float>(r.students.size()) + 2.5f);
  ImGui::BeginChild("report-students", ImVec2(0, std::min(natural, ImGui::GetContentRegionAvail().y * 0.34f)));
  report_students(r);
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::BeginChild("report-questions");
  text_faint("Questions: facility, discrimination and efficiency in %; flags need " + std::to_string(r.rules.min_attempts) +
             " attempts, the non-functioning distractor " + std::to_string(r.rules.nfd_min_attempts) + ".");
  for (int i = 0; i < rows; ++i) {
    ImGui::PushID(i);
    report_question(as, r.questions[static_cast<std::size_t>(i)], i);
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace factdeck::ui
