// Present mode: the Quiz builder's quiz shown to a class, full screen at projector size, one question at a time,
// with a timer; Space reveals the answer and the article's sentence, the arrows move on and back.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/views/builder.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

const ImVec4 kRight(0.35f, 0.82f, 0.45f, 1.0f);

void show_question(PresentState& p, std::size_t index) {
  p.index = index;
  p.scroll_to_answer = false;
  p.revealed = false;
  p.shown_at_s = glfwGetTime();
}

void keys(AppState& s) {
  PresentState& p = s.present;
  const std::size_t n = p.quiz.questions.size();
  if (key_pressed(GLFW_KEY_ESCAPE)) s.later([](AppState& st) { stop_present(st); });
  if (ctrl_key_pressed(GLFW_KEY_Q)) s.quit = true;
  const bool next = key_pressed(GLFW_KEY_RIGHT) || key_pressed(GLFW_KEY_PAGE_DOWN) || key_pressed(GLFW_KEY_N);
  const bool go_on = key_pressed(GLFW_KEY_SPACE) || key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER);
  if (go_on && !p.revealed && p.index < n) p.revealed = p.scroll_to_answer = true;  // the first press reveals, the next moves on
  else if ((go_on || next) && p.index < n) show_question(p, p.index + 1);
  if ((key_pressed(GLFW_KEY_LEFT) || key_pressed(GLFW_KEY_PAGE_UP) || key_pressed(GLFW_KEY_P)) && p.index > 0)
    show_question(p, p.index - 1);
  if (key_pressed(GLFW_KEY_R) && p.index < n) p.revealed = p.scroll_to_answer = !p.revealed;
  if (key_pressed(GLFW_KEY_T)) p.shown_at_s = glfwGetTime();
  if (key_pressed(GLFW_KEY_EQUAL) || key_pressed(GLFW_KEY_KP_ADD)) p.seconds = std::min(p.seconds + 10, 600);
  if (key_pressed(GLFW_KEY_MINUS) || key_pressed(GLFW_KEY_KP_SUBTRACT)) p.seconds = std::max(p.seconds - 10, 0);
}

constexpr float kSmall = 0.5f;  // hints and headings, at half the projector size

void small(const char* text, bool disabled = true) {
  ImGui::SetWindowFontScale(kSmall);
  if (disabled) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  if (disabled) ImGui::PopStyleColor();
  ImGui::SetWindowFontScale(1.0f);
}

// The question number and type on the left, the timer on the right.
void header(const PresentState& p) {
  const std::size_t n = p.quiz.questions.size();
  ImGui::SetWindowFontScale(kSmall);
  if (p.index < n)
    ImGui::TextDisabled("Question %zu of %zu  ·  %s", p.index + 1, n, type_label(p.quiz.questions[p.index].type));
  else
    ImGui::TextDisabled("%zu questions", n);
  if (p.seconds > 0 && p.index < n && !p.revealed) {
    const int left = std::max(0, p.seconds - static_cast<int>(glfwGetTime() - p.shown_at_s));
    char timer[32];
    if (left > 0) std::snprintf(timer, sizeof timer, "%d:%02d", left / 60, left % 60);
    else std::snprintf(timer, sizeof timer, "Time is up");
    ImGui::SetWindowFontScale(0.8f);
    const float w = ImGui::CalcTextSize(timer).x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    ImGui::TextColored(left > 5 ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : ImVec4(0.95f, 0.5f, 0.3f, 1), "%s", timer);
  }
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Separator();
}

// One option or item, its letter before it; the key turns green on reveal and the others fade.
void option(const std::string& label, const std::string& text, bool key, bool revealed) {
  const std::string line = label + "   " + text;
  if (revealed && key) ImGui::PushStyleColor(ImGuiCol_Text, kRight);
  else if (revealed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  else ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_Text));
  ImGui::TextWrapped("%s", line.c_str());
  ImGui::PopStyleColor();
}

void body(const Question& q, bool revealed) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      for (std::size_t i = 0; i < q.options.size(); ++i)
        option(std::string(1, static_cast<char>('A' + i)), q.options[i], static_cast<int>(i) == q.answer, revealed);
      break;
    case QuestionType::TrueFalse:
      option("A", "True", q.truth, revealed);
      option("B", "False", !q.truth, revealed);
      break;
    case QuestionType::Order:
      small("Put in order, earliest first:", true);
      for (std::size_t i = 0; i < q.items.size(); ++i) option(std::to_string(i + 1), q.items[i], false, false);
      break;
    case QuestionType::Match:
      small("Match each numbered item with a lettered one:", true);
      for (std::size_t i = 0; i < q.left.size(); ++i) option(std::to_string(i + 1), q.left[i], false, false);
      ImGui::Spacing();
      for (std::size_t i = 0; i < q.right.size(); ++i) option(std::string(1, static_cast<char>('A' + i)), q.right[i], false, false);
      break;
    case QuestionType::Cloze:
    case QuestionType::Numeric:
      break;  // the prompt holds the gap or asks for the number
  }
}

void reveal(const Question& q) {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PushStyleColor(ImGuiCol_Text, kRight);
  if (q.type == QuestionType::Match && q.pairs.size() == q.left.size()) {
    // Each numbered item with its letter: what the class checks its answers against.
    std::string pairs;
    for (std::size_t i = 0; i < q.pairs.size(); ++i)
      pairs += (i ? ",  " : "") + std::to_string(i + 1) + " - " + std::string(1, static_cast<char>('A' + q.pairs[i]));
    ImGui::TextWrapped("Answer: %s", pairs.c_str());
  } else if (q.type == QuestionType::Order && q.order.size() == q.items.size()) {
    std::string order;
    for (std::size_t i = 0; i < q.order.size(); ++i) order += (i ? ", " : "") + std::to_string(q.order[i] + 1);
    ImGui::TextWrapped("Answer, earliest first: %s", order.c_str());
  } else {
    ImGui::TextWrapped("Answer: %s", q.answer_text.c_str());
  }
  ImGui::PopStyleColor();
  ImGui::SetWindowFontScale(0.65f);
  if (!q.sentence.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("From the article: \"%s\"", q.sentence.c_str());
  }
  if (!q.note.empty()) ImGui::TextWrapped("Note: %s", q.note.c_str());
  ImGui::SetWindowFontScale(1.0f);
}

}  // namespace

int font_px(const AppState& s) {
  if (!s.present.on) return s.ui.text_size;
  return std::clamp(s.ui.text_size * 2, 44, 64);  // projector size: read from the back of a classroom
}

void start_present(AppState& s) {
  if (!s.builder.loaded) load_builder_choices(s);
  if (s.builder.dirty || s.builder.quiz.questions.empty()) build_quiz(s);
  if (s.builder.quiz.questions.empty()) {
    s.builder.message = "Nothing to present: no questions for these choices.";
    return;
  }
  PresentState& p = s.present;
  p.on = true;
  p.quiz = s.builder.quiz;
  show_question(p, 0);
  s.fonts_dirty = true;  // the shell rebuilds the fonts at projector size before the next frame
}

void stop_present(AppState& s) {
  s.present.on = false;
  s.fonts_dirty = true;
}

void draw_present(AppState& s) {
  PresentState& p = s.present;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("Present###present", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  keys(s);
  header(p);
  const char* hint = p.revealed ? "Space or Right: next  ·  Left: back  ·  T: restart the timer  ·  Esc: leave"
                                 : "Space: show the answer  ·  Right: next  ·  Left: back  ·  T: timer again  ·  "
                                   "+ / -: timer length  ·  Esc: leave";
  ImGui::SetWindowFontScale(kSmall);
  const float hint_h = ImGui::CalcTextSize(hint, nullptr, false, ImGui::GetContentRegionAvail().x).y +
                       ImGui::GetStyle().ItemSpacing.y * 3;
  ImGui::SetWindowFontScale(1.0f);
  ImGui::BeginChild("slide", ImVec2(0, -hint_h));
  if (p.index < p.quiz.questions.size()) {
    const Question& q = p.quiz.questions[p.index];
    ImGui::TextWrapped("%s", q.prompt.c_str());
    ImGui::Spacing();
    body(q, p.revealed);
    if (p.revealed) reveal(q);
    if (p.scroll_to_answer) ImGui::SetScrollHereY(1.0f);  // a long question: the answer comes into view
    p.scroll_to_answer = false;
  } else {
    ImGui::TextWrapped("That was the last question.");
    small("Left goes back; Esc leaves present mode.", false);
  }
  ImGui::EndChild();
  ImGui::Separator();
  small(hint);
  ImGui::End();
}

}  // namespace factdeck::ui
