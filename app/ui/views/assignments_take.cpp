// A student takes an assignment: a name once, then the questions left with Practice's widgets, keys and feedback;
// each answer is committed to the class database as an event the moment it is given.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/views/assignments.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

using TakePhase = AssignmentsState::Phase;
const ImVec4 kTakeError(0.95f, 0.40f, 0.35f, 1.0f);

// The question as the screen shows it: the words of a file made harmless; grading keeps the original.
Question take_display_copy(const Question& q) {
  Question d = q;
  d.prompt = shown(q.prompt, 1000);
  d.statement = shown(q.statement, 1000);
  d.text = shown(q.text, 1000);
  d.answer_text = shown(q.answer_text);
  d.sentence = shown(q.sentence, 1000);
  d.note = shown(q.note);
  d.original = shown(q.original);
  for (auto* list : {&d.options, &d.items, &d.left, &d.right})
    for (std::string& t : *list) t = shown(t);
  return d;
}

void take_show_question(AssignmentsState& as) {
  as.response = Response{};
  as.typed[0] = 0;
  as.focus_input = true;
  as.last_correct.reset();
  as.last_given.clear();
  as.shown_at_s = glfwGetTime();
}

void take_begin(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (as.student.empty()) {
    as.message = "Type your name or student id first: the teacher sees your answers under it.";
    return;
  }
  as.message.clear();
  as.left = questions_left(*as.db, *as.current, as.student);
  as.answered_before = as.current->questions.size() - as.left.size();
  as.at = 0;
  as.given = as.right = 0;
  if (as.left.empty()) {
    as.phase = TakePhase::Done;
    return;
  }
  take_show_question(as);
  as.phase = TakePhase::Taking;
}

// Commits the answer at once (nullopt: "I don't know"), then shows the feedback.
void take_answer(AppState& s, const std::optional<Response>& r) {
  AssignmentsState& as = s.assignments;
  const Question& q = as.current->questions[as.left[as.at]];
  const int ms = static_cast<int>((glfwGetTime() - as.shown_at_s) * 1000);
  AnswerEvent e;
  const std::string id = new_class_id(s);
  if (Status st = record_answer(*as.db, *as.current, q, as.student, r, s.now(), ms, id, e); !st.ok()) {
    as.message = "Not saved: " + st.message() + ". Answer again, or Esc to stop.";
    as.response = Response{};
    return;
  }
  as.message.clear();
  ++as.given;
  if (e.correct) ++as.right;
  as.last_correct = e.correct;
  as.last_given = r ? response_text(q, *r) : std::string();
}

void take_next(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (++as.at >= as.left.size()) {
    as.phase = TakePhase::Done;
    refresh_assignments(s);
    return;
  }
  take_show_question(as);
}

void take_heading(const AssignmentsState& as) {
  ImGui::SetWindowFontScale(1.3f);
  ImGui::TextWrapped("%s", shown(as.current->title, 160).c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::TextDisabled("%s", ("Class " + shown(as.current->class_name, 60) + " · revision " +
                             std::to_string(as.current->revision) + " · " +
                             count_of(static_cast<long long>(as.current->questions.size()), "question", "questions"))
                                .c_str());
}

}  // namespace

void start_take(AppState& s, const Assignment& a) {
  AssignmentsState& as = s.assignments;
  as.current = a;
  as.student.clear();  // a shared machine: the next student does not answer under the last one's name
  as.phase = TakePhase::Name;
  as.focus_name = true;
  as.message.clear();
}

void draw_take_name(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (key_pressed(GLFW_KEY_ESCAPE)) s.later(back_to_list);
  take_heading(as);
  ImGui::Spacing();
  ImGui::TextWrapped("Your name or student id, as your teacher knows it. Your answers are kept under it as you give "
                     "them; taking this again under the same name asks only the questions left.");
  ImGui::SetNextItemWidth(-1);
  if (as.focus_name) ImGui::SetKeyboardFocusHere();
  as.focus_name = false;
  bool go = ImGui::InputTextWithHint("##student", "Name or id, then Enter", &as.student, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::Spacing();
  if (flow_button("Start (Enter)", true)) go = true;
  if (flow_button("Back to the list (Esc)", false)) s.later(back_to_list);
  if (!as.message.empty()) ImGui::TextColored(kTakeError, "%s", as.message.c_str());
  if (go) {
    if (as.student.empty()) as.focus_name = true;
    s.later(take_begin);
  }
}

void draw_take_question(AppState& s) {
  AssignmentsState& as = s.assignments;
  if (key_pressed(GLFW_KEY_ESCAPE)) {
    s.later(back_to_list);
    return;
  }
  const Question& original = as.current->questions[as.left[as.at]];
  const Question q = take_display_copy(original);
  const std::size_t total = as.current->questions.size();
  const std::size_t number = as.answered_before + as.at + 1;
  ImGui::TextDisabled("%s", (shown(as.current->title, 80) + " · " + shown(as.student, 60) + " · question " +
                             std::to_string(number) + " of " + std::to_string(total))
                                .c_str());
  ImGui::ProgressBar(static_cast<float>(number - 1) / static_cast<float>(total), ImVec2(-1, 4), "");
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.2f);
  ImGui::TextWrapped("%s", q.prompt.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
  if (!as.last_correct) {
    if (draw_question_input(q, as.response, as.typed, sizeof as.typed, as.focus_input)) {
      Response r = as.response;
      r.text = as.typed;
      s.later([r](AppState& st) { take_answer(st, r); });
    } else if (wrapped_button("I don't know (Ctrl+D)", "##dont-know") || ctrl_key_pressed(GLFW_KEY_D)) {
      s.later([](AppState& st) { take_answer(st, std::nullopt); });
    }
    text_faint("Each answer is saved the moment you give it. Esc stops; your answers so far are kept.");
    if (!as.message.empty()) ImGui::TextColored(kTakeError, "%s", as.message.c_str());
    return;
  }
  if (as.last_given.empty() && !*as.last_correct) ImGui::TextDisabled("You did not know this one.");
  draw_explanation(q, *as.last_correct, shown(as.last_given));
  ImGui::TextDisabled("Saved.");
  ImGui::Spacing();
  const bool last = as.at + 1 == as.left.size();
  if (ImGui::Button(last ? "Finish (Enter)" : "Next question (Enter)", ImVec2(-1, ImGui::GetFrameHeight() * 1.5f)) ||
      key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_SPACE) || key_pressed(GLFW_KEY_KP_ENTER))
    s.later(take_next);
}

void draw_take_done(AppState& s) {
  AssignmentsState& as = s.assignments;
  take_heading(as);
  ImGui::Spacing();
  const std::size_t total = as.current->questions.size(), answered = as.answered_before + static_cast<std::size_t>(as.given);
  ImGui::SetWindowFontScale(1.3f);
  if (as.given == 0 && as.answered_before == total)
    ImGui::TextWrapped("%s", ("Every question is answered already under " + shown(as.student, 60) + ".").c_str());
  else
    ImGui::Text("%d of %d right this time", as.right, as.given);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::TextWrapped("%s", (std::to_string(answered) + " of " + std::to_string(total) +
                            " questions answered in all, each saved when given. Your teacher sees the results.")
                               .c_str());
  ImGui::Spacing();
  if (ImGui::Button("Back to the assignments (Enter)", ImVec2(-1, ImGui::GetFrameHeight() * 1.5f)) ||
      key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_ESCAPE))
    s.later(back_to_list);
}

}  // namespace factdeck::ui
