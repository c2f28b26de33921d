// The Assignments screen: a class's assignments in the local class database, an assignment file opened by its path,
// and the way into a student's take and a teacher's report (assignments_take.cpp, assignments_report.cpp).
#include "ui/views/assignments.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiInputTextState (a field that starts all selected)
#include <imgui_stdlib.h>

#include <algorithm>
#include <random>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

// Opens DATA_DIR/class.sqlite3 the first time the screen is drawn; a refused file is said once, on the screen.
bool open_class_db(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (as.db) return true;
  if (!as.db_error.empty()) return false;
  if (Status st = ClassDb::open(ClassDb::default_path(s.options.data_dir), as.db); !st.ok()) {
    as.db_error = st.message();
    return false;
  }
  return true;
}

// A path as typed or pasted: spaces and line ends around it, quotes and file:// from a file manager taken off.
std::string assignment_path(std::string p) {
  const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
  while (!p.empty() && space(p.back())) p.pop_back();
  std::size_t start = 0;
  while (start < p.size() && space(p[start])) ++start;
  p = p.substr(start);
  if (p.size() >= 2 && (p.front() == '\'' || p.front() == '"') && p.back() == p.front()) p = p.substr(1, p.size() - 2);
  if (p.rfind("file://", 0) == 0) p = p.substr(7);
  return p;
}

void open_assignment_path(AppState& s) {
  AssignmentsState& as = s.assignments;
  const std::string path = assignment_path(as.path);
  if (path.empty()) {
    as.message = "Type or paste the path of an assignment file (a teacher's 'factdeck class assign -o FILE').";
    return;
  }
  Assignment a;
  if (Status st = open_assignment_file(*as.db, path, a); !st.ok()) {
    as.message = "Not opened: " + st.message();
    return;
  }
  refresh_assignments(s, a.id);
  as.path.clear();
  as.message = "Opened " + path + ": " + shown(a.title, 80) + " (" + shown(a.class_name, 40) + "), " +
               count_of(static_cast<long long>(a.questions.size()), "question", "questions") +
               ". Enter takes it, R shows its report.";
}

// The assignment under the cursor, read whole from the class database; none (and a message) when it cannot be.
std::optional<Assignment> selected_assignment(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (as.list.empty()) return std::nullopt;
  std::optional<Assignment> a;
  if (Status st = as.db->assignment(as.list[static_cast<std::size_t>(as.cursor)].id, a); !st.ok()) as.message = st.message();
  return a;
}

void draw_assignment_table(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (!begin_weighted_table("assignments", {{"Class", 1.4f}, {"Title", 3.0f}, {"Revision", 0.9f}, {"Questions", 1.0f},
                                            {"Answers", 1.0f}, {"Students", 1.0f}}))
    return;
  for (std::size_t i = 0; i < as.list.size(); ++i) {
    const AssignmentSummary& a = as.list[i];
    ImGui::TableNextRow();
    const bool on = static_cast<int>(i) == as.cursor;
    if (on) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
    ImGui::TableSetColumnIndex(0);
    ImGui::TextWrapped("%s", shown(a.class_name, 60).c_str());
    bool clicked = ImGui::IsItemClicked();
    if (on && (key_pressed(GLFW_KEY_UP) || key_pressed(GLFW_KEY_DOWN))) ImGui::SetScrollHereY();
    ImGui::TableSetColumnIndex(1);
    ImGui::TextWrapped("%s", shown(a.title, 160).c_str());
    clicked = ImGui::IsItemClicked() || clicked;
    if (clicked) as.cursor = static_cast<int>(i);
    number_cell(2, a.revision);
    number_cell(3, a.questions);
    number_cell(4, a.answers);
    number_cell(5, a.students);
  }
  ImGui::EndTable();
}

void draw_assignment_list(AppState& s) {
  AssignmentsState& as = s.assignments;
  const bool typing = ImGui::GetIO().WantTextInput;
  if (!typing) {
    const int before = as.cursor;
    form_cursor(as.cursor, static_cast<int>(as.list.size()));
    if (before != as.cursor) as.message.clear();
  }
  if (ctrl_key_pressed(GLFW_KEY_O) || key_pressed(GLFW_KEY_O)) as.focus_path = true;
  if (key_pressed(GLFW_KEY_P)) as.focus_push = true;
  const bool take = key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_T);
  const bool report = key_pressed(GLFW_KEY_R);

  ImGui::SetWindowFontScale(1.3f);
  ImGui::TextUnformatted("Assignments");
  ImGui::SetWindowFontScale(1.0f);
  text_faint("A class's quizzes, each answer kept in this machine's class database the moment it is given. Students: "
             "choose one and press Enter to take it under your name; P sends your answers to the class server. "
             "Teachers: R shows the report and repairs weak questions.");
  ImGui::Spacing();
  if (field_row("Open assignment file", "##assignment-path", "path/to/assignment.json (O, then Enter)", as.path, "Open",
                as.focus_path))
    s.later([](AppState& st) { open_assignment_path(st); });
  draw_push_row(s);
  ImGui::Spacing();

  if (as.list.empty()) {
    ImGui::TextWrapped("No assignments on this machine yet. Open the file your teacher gave you above; a teacher "
                       "makes one with 'factdeck class assign --class NAME ... -o FILE'.");
  } else {
    draw_assignment_table(s);
  }
  ImGui::Spacing();
  ImGui::BeginDisabled(as.list.empty());
  const bool take_button = flow_button("Take it (Enter)", true);
  const bool report_button = flow_button("Report and repair (R)", false);
  ImGui::EndDisabled();
  if (!as.message.empty()) ImGui::TextWrapped("%s", shown(as.message, 1000).c_str());  // it may quote a pasted path
  if (as.list.empty()) return;
  if (take || take_button)
    s.later([](AppState& st) {
      if (auto a = selected_assignment(st)) start_take(st, *a);
    });
  if (report || report_button)
    s.later([](AppState& st) {
      if (auto a = selected_assignment(st)) open_report(st, *a);
    });
}

}  // namespace

std::string shown(const std::string& text, std::size_t max_chars) { return display_text(text, max_chars); }

bool field_row(const char* label, const char* id, const char* hint, std::string& text, const char* button, bool& focus,
               bool* select_all) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  const float button_w = ImGui::CalcTextSize(button).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 4, ImGui::GetContentRegionAvail().x - button_w -
                                                                 ImGui::GetStyle().ItemSpacing.x));
  if (focus) {
    ImGui::SetKeyboardFocusHere();
    if (select_all) *select_all = true;
  }
  focus = false;
  bool entered = ImGui::InputTextWithHint(id, hint, &text, ImGuiInputTextFlags_EnterReturnsTrue);
  if (select_all && *select_all && ImGui::IsItemActive())
    if (ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetItemID())) {
      st->SelectAll();
      *select_all = false;
    }
  if (flow_button(button, false)) entered = true;
  return entered;
}

bool begin_weighted_table(const char* id, std::initializer_list<std::pair<const char*, float>> columns) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id, static_cast<int>(columns.size()), flags)) return false;
  for (const auto& [name, weight] : columns) ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, weight);
  ImGui::TableHeadersRow();
  return true;
}

void number_cell(int column, int value) {
  ImGui::TableSetColumnIndex(column);
  ImGui::Text("%d", value);
}

std::string new_class_id(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (!as.ids) {
    // Seeded once from the system's entropy: ids must differ between machines and runs, unlike quizzes.
    std::random_device rd;
    as.ids = std::make_unique<Rng>((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^ static_cast<std::uint64_t>(system_now()));
  }
  return make_uuid_v7(s.now() * 1000, *as.ids);
}

void refresh_assignments(AppState& s, const std::string& select_id) {
  AssignmentsState& as = s.assignments;
  if (!as.db) return;
  const std::string keep = !select_id.empty() ? select_id
                           : as.list.empty()  ? std::string()
                                              : as.list[static_cast<std::size_t>(as.cursor)].id;
  as.list = assignment_summaries(*as.db);
  as.cursor = 0;
  for (std::size_t i = 0; i < as.list.size(); ++i)
    if (as.list[i].id == keep) as.cursor = static_cast<int>(i);
}

void back_to_list(AppState& s) {
  s.assignments.phase = AssignmentsState::Phase::List;
  s.assignments.report.reset();
  refresh_assignments(s);
}

void prepare_assignments_screenshot(AppState& s, bool report) {
  AssignmentsState& as = s.assignments;
  as.phase = AssignmentsState::Phase::List;
  as.message.clear();
  if (!open_class_db(s)) return;
  refresh_assignments(s);
  as.cursor = 0;
  if (!report) return;
  for (std::size_t i = 0; i < as.list.size(); ++i)  // the report with the most answers: the one worth a picture
    if (as.list[i].answers > as.list[static_cast<std::size_t>(as.cursor)].answers) as.cursor = static_cast<int>(i);
  if (auto a = selected_assignment(s)) open_report(s, *a);
}

void draw_assignments(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (!open_class_db(s)) {
    ImGui::TextColored(ImVec4(0.95f, 0.40f, 0.35f, 1.0f), "The class database could not be opened:");
    ImGui::TextWrapped("%s", as.db_error.c_str());
    text_faint("The file was left as it is. Assignments need it; the other screens work without it.");
    return;
  }
  // Entered (or drawn again after another screen): the list is read again, since another program (class take,
  // class import) may have added answers meanwhile.
  const int frame = ImGui::GetFrameCount();
  if (frame > as.drawn_frame + 1) {
    refresh_assignments(s);
    if (as.phase == AssignmentsState::Phase::Report) refresh_report(s);
  }
  as.drawn_frame = frame;
  poll_push(s);
  switch (as.phase) {
    case AssignmentsState::Phase::List: draw_assignment_list(s); break;
    case AssignmentsState::Phase::Name: draw_take_name(s); break;
    case AssignmentsState::Phase::Taking: draw_take_question(s); break;
    case AssignmentsState::Phase::Done: draw_take_done(s); break;
    case AssignmentsState::Phase::Report: draw_report(s); break;
  }
}

}  // namespace factdeck::ui
