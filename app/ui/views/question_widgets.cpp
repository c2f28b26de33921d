// Drawing a question of any type for answering, and its explanation: shared by Review and Practice.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

// An option as wide as the screen; long options wrap inside it.
bool big_button(const std::string& label, const std::string& id) {
  return wrapped_button(label, ("##" + id).c_str(), ImGui::GetFrameHeight() * 1.6f);
}

bool draw_choices(const std::vector<std::string>& options, Response& r) {
  bool done = false;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (big_button(std::to_string(i + 1) + "   " + options[i], "opt" + std::to_string(i)) || (i < 9 && key_pressed(GLFW_KEY_1 + static_cast<int>(i)))) {
      r.choice = static_cast<int>(i);
      done = true;
    }
  }
  return done;
}

bool draw_typed(const char* hint, Response& r, char* typed, std::size_t size, bool& focus) {
  ImGui::SetNextItemWidth(-1);
  if (focus) ImGui::SetKeyboardFocusHere();
  focus = false;
  bool done = ImGui::InputTextWithHint("##typed", hint, typed, size, ImGuiInputTextFlags_EnterReturnsTrue);
  r.text = typed;
  if (big_button("Check (Enter)", "check")) done = true;
  return done && !r.text.empty();
}

// Order: press the items' numbers from earliest to latest; Backspace takes the last one back.
bool draw_order(const Question& q, Response& r) {
  auto& picked = r.order;
  text_faint("Press the numbers from earliest to latest. Backspace undoes a pick.");
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const int idx = static_cast<int>(i);
    const bool used = std::find(picked.begin(), picked.end(), idx) != picked.end();
    ImGui::BeginDisabled(used);
    if (big_button(std::to_string(i + 1) + "   " + q.items[i], "ord" + std::to_string(i)) ||
        (!used && i < 9 && key_pressed(GLFW_KEY_1 + idx)))
      picked.push_back(idx);
    ImGui::EndDisabled();
  }
  if (!picked.empty() && key_pressed(GLFW_KEY_BACKSPACE)) picked.pop_back();
  if (!picked.empty()) {
    ImGui::Text("Your order, earliest first:");
    for (int p : picked) ImGui::TextWrapped("-  %s", q.items[static_cast<std::size_t>(p)].c_str());
  }
  return picked.size() == q.items.size() && !q.items.empty();
}

// Match: for each left item in turn, press the number of its partner on the right.
bool draw_match(const Question& q, Response& r) {
  auto& pairs = r.pairs;
  const std::size_t current = pairs.size();
  text_faint("For the highlighted item on the left, press the number of its match. Backspace undoes.");
  if (ImGui::BeginTable("match", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("left", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("right", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    for (std::size_t i = 0; i < std::max(q.left.size(), q.right.size()); ++i) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      if (i < q.left.size()) {
        if (i == current) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 0.8f, 0.3f, 1));
        if (i < pairs.size()) ImGui::TextWrapped("  %s  ->  %d", q.left[i].c_str(), pairs[i] + 1);
        else ImGui::TextWrapped("%s %s", i == current ? ">" : " ", q.left[i].c_str());
        if (i == current) ImGui::PopStyleColor();
      }
      ImGui::TableSetColumnIndex(1);
      if (i < q.right.size()) {
        const bool used = std::find(pairs.begin(), pairs.end(), static_cast<int>(i)) != pairs.end();
        ImGui::BeginDisabled(used || current >= q.left.size());
        if (wrapped_button(std::to_string(i + 1) + "  " + q.right[i], ("##r" + std::to_string(i)).c_str()) ||
            (!used && i < 9 && current < q.left.size() && key_pressed(GLFW_KEY_1 + static_cast<int>(i))))
          pairs.push_back(static_cast<int>(i));
        ImGui::EndDisabled();
      }
    }
    ImGui::EndTable();
  }
  if (!pairs.empty() && key_pressed(GLFW_KEY_BACKSPACE)) pairs.pop_back();
  return pairs.size() == q.left.size() && !q.left.empty();
}

}  // namespace

bool draw_question_input(const Question& q, Response& r, char* typed, std::size_t typed_size, bool& focus) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
      return draw_choices(q.options, r);
    case QuestionType::FactOrOpinion:  // the prompt quotes the statement
      return draw_choices(q.options, r);
    case QuestionType::TrueFalse:  // the prompt holds the statement
      ImGui::Spacing();
      if (big_button("1   True", "t") || key_pressed(GLFW_KEY_1) || key_pressed(GLFW_KEY_T)) {
        r.truth = true;
        return true;
      }
      if (big_button("2   False", "f") || key_pressed(GLFW_KEY_2) || key_pressed(GLFW_KEY_F)) {
        r.truth = false;
        return true;
      }
      return false;
    case QuestionType::Cloze:  // the prompt holds the text with its blank
      return draw_typed("Type the missing words, then Enter", r, typed, typed_size, focus);
    case QuestionType::Numeric: {
      const std::string hint = q.unit.empty() ? "Type a number, then Enter" : "Type a number (" + q.unit + "), then Enter";
      return draw_typed(hint.c_str(), r, typed, typed_size, focus);
    }
    case QuestionType::Order:
      return draw_order(q, r);
    case QuestionType::Match:
      return draw_match(q, r);
  }
  return false;
}

void draw_explanation(const Question& q, bool correct, const std::string& given) {
  const ImVec4 right(0.30f, 0.78f, 0.40f, 1.0f), wrong(0.95f, 0.40f, 0.35f, 1.0f);
  ImGui::Spacing();
  ImGui::TextColored(correct ? right : wrong, "%s", correct ? "Right" : "Wrong");
  // What the learner picked, beside the right answer: the mistake is seen, not guessed at.
  if (!correct && !given.empty() && q.type != QuestionType::Order && q.type != QuestionType::Match) {
    const std::string shown = q.type == QuestionType::TrueFalse ? (given == "true" ? "True" : "False") : given;
    ImGui::TextColored(wrong, "You answered: %s", shown.c_str());
  }
  ImGui::TextWrapped("Answer: %s", q.answer_text.c_str());
  if (!q.original.empty()) ImGui::TextWrapped("Original name: %s", q.original.c_str());
  if (!q.sentence.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("From the article: \"%s\"", q.sentence.c_str());
    ImGui::PopStyleColor();
  }
  if (!q.note.empty()) ImGui::TextWrapped("Note: %s", q.note.c_str());
}

}  // namespace factdeck::ui
