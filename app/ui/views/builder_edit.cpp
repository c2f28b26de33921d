// The Quiz builder's teacher's words and assignment: a question's wording and the quiz's title edited with their flaws
// shown as they are typed (the engine's check_wording, check_title), and "Assign to class" (the class module's
// make_assignment and give_assignment, as `factdeck class assign` uses them).
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiInputTextState (the cursor after the text), ClearActiveID
#include <imgui_stdlib.h>

#include <chrono>
#include <filesystem>
#include <future>

#include "factdeck/class_server.h"
#include "factdeck/class_take.h"
#include "factdeck/quiz_edit.h"
#include "ui/input_queue.h"
#include "ui/views/assignments.h"
#include "ui/views/builder.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

const ImVec4 kFlawColour(0.95f, 0.45f, 0.35f, 1.0f);
const ImVec4 kCleanColour(0.45f, 0.80f, 0.45f, 1.0f);

bool field_open(const BuilderState& b) { return b.edit_question >= 0 || b.edit_title; }

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

bool is_blank_title(const std::string& text) { return trimmed(text).empty(); }

void close_field(BuilderState& b) {
  b.edit_question = -1;
  b.edit_title = false;
  b.edit_text.clear();
  b.edit_checked.clear();
  b.edit_flaws.clear();
}

// The flaws of the text as it stands; checked again only when it changed.
void recheck(AppState& s) {
  BuilderState& b = s.builder;
  if (b.edit_text == b.edit_checked) return;
  b.edit_checked = b.edit_text;
  if (b.edit_title)
    b.edit_flaws =
        is_blank_title(b.edit_text) ? std::vector<Violation>{} : check_title(content_index(s), b.quiz, b.edit_text);
  else if (b.edit_question >= 0 && b.edit_question < static_cast<int>(b.quiz.questions.size()))
    b.edit_flaws = check_wording(content_index(s), b.quiz, static_cast<std::size_t>(b.edit_question), b.edit_text);
  // For the end-to-end tests, which wait on it: how many flaws the text as it stands has, and its length in bytes.
  log_input_event(("edit-flaws " + std::to_string(b.edit_flaws.size()) + " " + std::to_string(b.edit_text.size())).c_str());
}

std::string field_name(const BuilderState& b) {
  return b.edit_title ? std::string("the title") : "question " + std::to_string(b.edit_question + 1) + "'s wording";
}

// Enter: a clean text is kept and the field closes; a flawed one stays open with its flaws, the keyboard back with
// the screen's keys (A then says why it cannot assign).
void keep_field(AppState& s) {
  BuilderState& b = s.builder;
  if (!field_open(b)) return;
  b.edit_checked.clear();  // checked afresh against the quiz as it is now
  recheck(s);
  if (!b.edit_flaws.empty()) {
    b.message = "Not kept: " + field_name(b) + " has " +
                count_of(static_cast<long long>(b.edit_flaws.size()), "flaw", "flaws") +
                ". Ctrl+E goes back to fix it, Esc drops the change.";
    ImGui::ClearActiveID();
    log_input_event("edit-refused");
    return;
  }
  if (b.edit_title) {
    const bool blank = is_blank_title(b.edit_text);
    if (blank) b.quiz.title.clear();
    else edit_title(content_index(s), b.quiz, b.edit_text);
    b.message = blank ? "The title is the articles' headlines again." : "Title kept: " + b.quiz.title;
  } else {
    const auto i = static_cast<std::size_t>(b.edit_question);
    edit_wording(content_index(s), b.quiz, i, b.edit_text);
    if (b.edited.size() < b.quiz.questions.size()) b.edited.resize(b.quiz.questions.size(), false);
    b.edited[i] = true;
    b.message = "Question " + std::to_string(i + 1) + ": your wording is kept; the exports and assignments use it.";
  }
  close_field(b);
  log_input_event("edit-kept");
}

void drop_field(AppState& s) {
  BuilderState& b = s.builder;
  if (!field_open(b)) return;
  b.message = "Dropped the change to " + field_name(b) + ": it stays as it was.";
  close_field(b);
  log_input_event("edit-dropped");
}

// The default file of an assignment of this quiz for `class_name`: DATA_DIR/assignments/CLASS-TITLE.json, with -2,
// -3... when that file is there already (an earlier assignment's, which its students may still hold).
std::string default_assignment_file(const AppState& s, const std::string& class_name) {
  Assignment a;
  a.class_name = class_name;
  a.title = !s.builder.quiz.title.empty() ? s.builder.quiz.title : "Quiz for " + class_name;
  const std::string path = assignment_file_path(s.options.data_dir + "/assignments", a);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return path;
  const std::string stem = path.substr(0, path.size() - 5);  // without ".json"
  for (int n = 2;; ++n) {
    const std::string next = stem + "-" + std::to_string(n) + ".json";
    if (!std::filesystem::exists(next, ec)) return next;
  }
}

// Checks what can be checked at once, then makes the assignment and gives it out on a worker (a class server may take
// seconds to answer, or a minute to be found gone): the file, the server, the class database through a connection
// of its own. poll_assign takes the outcome.
void assign_quiz(AppState& s) {
  BuilderState& b = s.builder;
  if (b.assign_job.valid()) return;
  const std::string class_name = trimmed(b.assign_class), file = trimmed(b.assign_file), url = trimmed(b.assign_url);
  // Enter left the field (ImGui 1.86 does so on Enter): the keyboard goes back to the field to fix.
  auto refuse = [&](const std::string& why, int field = -1) {
    b.message = "Not assigned: " + why;
    if (field >= 0) b.assign_field = field;
    b.assign_focus = b.assigning;
    log_input_event("assign-refused");
  };
  if (b.quiz.questions.empty()) return refuse("there is no quiz yet; build the preview (B) first.");
  if (const std::string f = flawed_edit(b); !f.empty())
    return refuse(f + " has a flaw (" + b.edit_flaws[0].message + "). Fix it (Ctrl+E) or drop the change (Esc).");
  if (class_name.empty()) return refuse("type the class's name.", 0);
  if (file.empty() && url.empty()) return refuse("name a file to save, a class server, or both.", 1);
  const Assignment a = make_assignment(b.quiz, class_name, "", s.now(), new_class_id(s));
  const std::string db_path = ClassDb::default_path(s.options.data_dir);
  b.message = "Assigning...";
  b.assign_job = std::async(std::launch::async, [a, file, url, db_path]() {
    AssignOutcome out;
    auto done = [&](const Status& st) {
      if (!st.ok()) out.message = "Not assigned: " + st.message();
      wake_ui();
      return out;
    };
    std::unique_ptr<ClassServer> server;
    if (!url.empty())
      if (Status st = ClassServer::connect(url, server); !st.ok()) return done(st);
    std::unique_ptr<ClassDb> db;
    if (Status st = ClassDb::open(db_path, db); !st.ok()) return done(st);
    if (Status st = give_assignment(a, file, server.get(), *db); !st.ok()) return done(st);
    std::string where = file.empty() ? "" : "saved to " + file;
    if (server) where += (where.empty() ? "" : " and ") + std::string("sent to the class server ") + server->where();
    out.ok = true;
    out.message = "Assigned \"" + a.title + "\" to " + a.class_name + ": id " + a.id + ", " + where +
                  ". Students open it on Assignments.";
    return done(Status::Ok());
  });
}

// One field of the assignment panel: Enter goes on to the next (on the last, assigns).
void assign_field(AppState& s, int index, const char* label, const char* hint, std::string& text) {
  BuilderState& b = s.builder;
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-1);
  if (b.assign_focus && b.assign_field == index) {
    ImGui::SetKeyboardFocusHere();
    b.assign_focus = false;
    b.assign_select = true;
    b.assign_since = ImGui::GetFrameCount();
  }
  const std::string id = "##assign" + std::to_string(index);
  const bool entered = ImGui::InputTextWithHint(id.c_str(), hint, &text, ImGuiInputTextFlags_EnterReturnsTrue);
  // A field the keyboard is put in starts all selected: typing replaces it (a suggested path, a URL refused).
  if (b.assign_select && b.assign_field == index && ImGui::IsItemActive())
    if (ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetItemID())) {
      st->SelectAll();
      b.assign_select = false;
    }
  if (ImGui::IsItemActivated()) b.assign_field = index;
  if (index == 1 && ImGui::IsItemEdited()) b.assign_file_typed = true;
  const bool here = ImGui::IsItemActive() || b.assign_field == index;
  const bool enter = entered || (here && ImGui::GetFrameCount() > b.assign_since &&
                                 (key_pressed(GLFW_KEY_ENTER, true) || key_pressed(GLFW_KEY_KP_ENTER, true)));
  if (!enter || b.assign_field != index) return;
  if (index < 2) {
    s.later([index](AppState& st) {
      st.builder.assign_field = index + 1;
      st.builder.assign_focus = true;
    });
  } else {
    s.later(assign_quiz);
  }
}

}  // namespace

std::string flawed_edit(const BuilderState& b) {
  if (!field_open(b) || b.edit_flaws.empty() || b.edit_checked != b.edit_text) return "";
  return b.edit_title ? "the title" : "question " + std::to_string(b.edit_question + 1) + "'s new wording";
}

void open_wording(AppState& s, int question) {
  BuilderState& b = s.builder;
  if (field_open(b) && !b.edit_flaws.empty() && (b.edit_title != (question < 0) || b.edit_question != question)) {
    b.message = "First fix " + field_name(b) + " or drop the change (Esc).";
    b.edit_focus = b.edit_to_end = true;
    return;
  }
  if (question >= static_cast<int>(b.quiz.questions.size())) return;
  const bool same = field_open(b) && b.edit_title == (question < 0) && b.edit_question == question;
  b.assigning = false;
  if (!same) {
    b.edit_title = question < 0;
    b.edit_question = question < 0 ? -1 : question;
    b.edit_text = question < 0 ? b.quiz.title : question_wording(b.quiz.questions[static_cast<std::size_t>(question)]);
    b.edit_checked = b.edit_text;
    b.edit_flaws.clear();
    b.selected = question < 0 ? b.selected : question;
  }
  b.edit_since = ImGui::GetFrameCount();
  b.edit_focus = b.edit_to_end = true;
  b.message.clear();
}

void reset_edits(BuilderState& b) {
  close_field(b);
  b.edited.assign(b.quiz.questions.size(), false);
  b.assigning = false;
  b.assigned.clear();
}

void question_replaced(BuilderState& b, std::size_t i) {
  if (b.edit_question == static_cast<int>(i)) close_field(b);
  if (i < b.edited.size()) b.edited[i] = false;
}

void draw_wording_field(AppState& s, int question) {
  BuilderState& b = s.builder;
  if (question < 0 ? !b.edit_title : b.edit_question != question) return;
  ImGui::SetNextItemWidth(-1);
  if (b.edit_focus) {
    ImGui::SetScrollHereY(0.2f);  // the field and its flaws in sight, the question above it
    ImGui::SetKeyboardFocusHere();
    b.edit_focus = false;
    b.edit_since = ImGui::GetFrameCount();
  }
  const char* hint = question < 0 ? "empty: the articles' headlines" : "the question's words";
  const bool entered = ImGui::InputTextWithHint(question < 0 ? "##title" : "##wording", hint, &b.edit_text,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  const bool active = ImGui::IsItemActive();
  const float field_w = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
  if (b.edit_to_end && active)
    if (ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetItemID())) {
      st->Stb.cursor = st->CurLenW;
      st->ClearSelection();
      b.edit_to_end = false;
    }
  // Enter also from the app's own record of presses: ImGui 1.86 misses a press and release within one frame.
  const bool enter = entered || (active && ImGui::GetFrameCount() > b.edit_since &&
                                 (key_pressed(GLFW_KEY_ENTER, true) || key_pressed(GLFW_KEY_KP_ENTER, true)));
  recheck(s);
  if (ImGui::CalcTextSize(b.edit_text.c_str()).x > field_w) text_faint(b.edit_text);  // the whole of it, wrapped
  ImGui::PushTextWrapPos(0);
  if (!b.edit_flaws.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kFlawColour);
    ImGui::TextUnformatted(b.edit_flaws.size() == 1 ? "Flaw: not kept until it is fixed"
                                                    : "Flaws: not kept until they are fixed");
    for (const Violation& v : b.edit_flaws) {  // BulletText does not wrap: a bullet, then wrapped text beside it
      ImGui::Bullet();
      ImGui::TextWrapped("%s", v.message.c_str());
    }
    ImGui::PopStyleColor();
  } else if (question < 0 && is_blank_title(b.edit_text)) {
    text_faint("Empty: the exports title the quiz by its articles' headlines.");
  } else {
    ImGui::TextColored(kCleanColour, "No flaw found by the quality rules.");
  }
  ImGui::PopTextWrapPos();
  text_faint("Enter keeps it · Esc drops the change");
  if (key_pressed(GLFW_KEY_ESCAPE, true)) s.later(drop_field);
  else if (enter) s.later(keep_field);
}

void draw_title_row(AppState& s) {
  BuilderState& b = s.builder;
  if (!b.assigned.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(kCleanColour, "%s", b.assigned.c_str());
    ImGui::PopTextWrapPos();
  }
  if (b.edit_title) {
    ImGui::TextUnformatted("Title (T):");
    draw_wording_field(s, -1);
  } else {
    ImGui::PushTextWrapPos(0);
    if (b.quiz.title.empty()) ImGui::TextDisabled("Title: the articles' headlines (T gives the quiz your own)");
    else ImGui::Text("Title: %s", b.quiz.title.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();
}

void poll_assign(AppState& s) {
  BuilderState& b = s.builder;
  const std::optional<AssignOutcome> done = finished_job(b.assign_job);
  if (!done) return;
  const AssignOutcome& out = *done;
  b.message = out.message;
  if (!out.ok) {
    b.assign_focus = b.assigning;  // back in the field last left (the server's, or the file's), to fix it
    log_input_event("assign-refused");
    return;
  }
  b.assigned = out.message;
  b.assigning = false;
  log_input_event("assigned");
}

void open_assign(AppState& s) {
  BuilderState& b = s.builder;
  if (b.quiz.questions.empty()) {
    b.message = "Not assigned: there is no quiz yet; build the preview (B) first.";
    return;
  }
  if (const std::string f = flawed_edit(b); !f.empty()) {
    b.message = "Not assigned: " + f + " has a flaw (" + b.edit_flaws[0].message +
                "). Fix it (Ctrl+E) or drop the change (Esc).";
    log_input_event("assign-refused");
    return;
  }
  close_field(b);
  b.assigning = true;
  b.assign_file_typed = false;  // a new file each time: an earlier assignment's file may be in the students' hands
  b.assign_field = 0;
  b.assign_focus = true;
  b.message.clear();
}

void draw_assign_panel(AppState& s) {
  BuilderState& b = s.builder;
  ImGui::SetWindowFontScale(1.2f);
  ImGui::TextUnformatted("Assign to a class");
  ImGui::SetWindowFontScale(1.0f);
  const std::string class_name = trimmed(b.assign_class);
  const std::string title = !b.quiz.title.empty() ? b.quiz.title : "Quiz for " + (class_name.empty() ? "CLASS" : class_name);
  text_faint("\"" + title + "\", " + count_of(static_cast<long long>(b.quiz.questions.size()), "question", "questions") +
             " as the preview shows them (your wording included), becomes an assignment: a snapshot of the questions "
             "that later edits never change. Students open its file on Assignments, or take it from the class server.");
  ImGui::Spacing();
  if (!b.assign_file_typed) b.assign_file = class_name.empty() ? "" : default_assignment_file(s, class_name);
  assign_field(s, 0, "Class", "the class's name, e.g. 7B", b.assign_class);
  assign_field(s, 1, "Save the assignment file to", "a path ending in .json (empty: no file)", b.assign_file);
  assign_field(s, 2, "Class server (optional)", "a PostgreSQL URL (empty: the file only)", b.assign_url);
  ImGui::Spacing();
  ImGui::BeginDisabled(b.assign_job.valid());
  if (flow_button("Assign (Enter on the last field)", true)) s.later(assign_quiz);
  ImGui::EndDisabled();
  if (flow_button("Cancel (Esc)", false) || key_pressed(GLFW_KEY_ESCAPE, true))
    s.later([](AppState& st) { st.builder.assigning = false; });
  if (b.assign_job.valid()) {
    busy_bar("Assigning...");
  } else if (!b.message.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(kFlawColour, "%s", b.message.c_str());
    ImGui::PopTextWrapPos();
  }
}

void prepare_builder_screenshot(AppState& s, const std::string& name) {
  BuilderState& b = s.builder;
  if (b.quiz.questions.empty()) build_quiz(s);
  close_field(b);
  b.assigning = false;
  b.message.clear();
  if (b.quiz.questions.empty()) return;
  if (name == "builder-assign") {
    open_assign(s);
    b.assign_class = "7B";
  } else if (name == "builder-edit") {
    // Question 1 given its own answer in the stem: the flaws on show under the field.
    open_wording(s, 0);
    const Question& q = b.quiz.questions[0];
    std::string answer = q.answer_text;
    if (q.answer >= 0 && static_cast<std::size_t>(q.answer) < q.options.size())
      answer = q.options[static_cast<std::size_t>(q.answer)];
    b.edit_text = question_wording(q) + " (Hint: " + answer + ")";
    recheck(s);
  }
}

}  // namespace factdeck::ui
