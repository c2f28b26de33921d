// Keyboard helpers shared by the screens (ImGui 1.86 indexes keys by GLFW's key codes).
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

// Presses since the last frame. ImGui 1.86 keeps only "is down", so a press and its release that
// arrive together (a fast typist, xdotool, a frame that waited for events) would be lost.
struct Press {
  int key;
  int mods;  // GLFW_MOD_* at the press: Ctrl may be released before the frame sees it
};
std::vector<Press> g_pressed;

bool pressed(int key, bool need_ctrl) {
  return std::any_of(g_pressed.begin(), g_pressed.end(), [&](const Press& p) {
    return p.key == key && ((p.mods & GLFW_MOD_CONTROL) != 0) == need_ctrl;
  });
}

}  // namespace

void note_key_event(int glfw_key, int action, int mods) {
  if (action == GLFW_PRESS || action == GLFW_REPEAT) g_pressed.push_back(Press{glfw_key, mods});
}

void end_frame_keys() { g_pressed.clear(); }

bool key_pressed(int glfw_key, bool even_when_typing) {
  if (!even_when_typing && ImGui::GetIO().WantTextInput) return false;
  return pressed(glfw_key, false);
}

bool ctrl_key_pressed(int glfw_key) { return pressed(glfw_key, true); }

bool shift_key_pressed(int glfw_key) {
  if (ImGui::GetIO().WantTextInput) return false;
  return std::any_of(g_pressed.begin(), g_pressed.end(), [&](const Press& p) {
    return p.key == glfw_key && (p.mods & GLFW_MOD_SHIFT) && !(p.mods & GLFW_MOD_CONTROL);
  });
}


bool char_typed(unsigned int c) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return false;
  for (int i = 0; i < io.InputQueueCharacters.Size; ++i)
    if (io.InputQueueCharacters[i] == c) return true;
  return false;
}

const char* type_label(QuestionType t) {
  static const char* const labels[] = {"multiple choice", "true or false",  "fill the gap (typed)", "asked the other way round",
                                       "put in order",    "match pairs",     "number (typed)",       "fact or opinion"};
  return labels[static_cast<int>(t)];
}

void busy_bar(const char* label) {
  // A block sliding across the bar: activity, not a percentage (the work does not know its length).
  const float t = static_cast<float>(std::fmod(ImGui::GetTime(), 1.5) / 1.5);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFrameHeight() * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), 3);
  const float x = p.x + (w * 0.8f) * t;
  dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w * 0.2f, p.y + h), ImGui::GetColorU32(ImGuiCol_PlotHistogram), 3);
  ImGui::Dummy(ImVec2(w, h));
  ImGui::TextDisabled("%s", label);
}

bool form_row(const char* label, const std::string& value, bool selected) {
  ImGui::PushID(label);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float indent = ImGui::CalcTextSize("> ").x;
  // The value column starts at 45% of the width, or after a long label; a value with too little room
  // left goes under the label. Both wrap, and the row is as tall as they are.
  float value_x = std::max(avail * 0.45f, indent + ImGui::CalcTextSize(label).x + style.ItemSpacing.x * 3);
  const bool own_line = !value.empty() &&
                        value_x + std::min(ImGui::GetFontSize() * 8, ImGui::CalcTextSize(value.c_str()).x) > avail;
  if (own_line) value_x = indent * 2;
  const float label_w = std::max(1.0f, (value.empty() || own_line ? avail : value_x - style.ItemSpacing.x) - indent);
  const float value_w = std::max(1.0f, avail - value_x);
  const float label_h = ImGui::CalcTextSize(label, nullptr, false, label_w).y;
  const float value_h = value.empty() ? 0 : ImGui::CalcTextSize(value.c_str(), nullptr, false, value_w).y;
  const float row_h = own_line ? label_h + value_h : std::max(label_h, value_h);
  const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, row_h));
  const ImVec2 next = ImGui::GetCursorScreenPos();
  auto text_at = [](ImVec2 pos, const char* text, float wrap_w) {
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
  };
  text_at(start, selected ? ">" : " ", indent);
  text_at(ImVec2(start.x + indent, start.y), label, label_w);
  if (!value.empty()) text_at(ImVec2(start.x + value_x, own_line ? start.y + label_h : start.y), value.c_str(), value_w);
  ImGui::SetCursorScreenPos(next);
  // Keep the keyboard's row in view in long forms.
  if (selected && (key_pressed(GLFW_KEY_UP) || key_pressed(GLFW_KEY_DOWN) || key_pressed(GLFW_KEY_HOME) ||
                   key_pressed(GLFW_KEY_END)))
    ImGui::SetScrollHereY();
  ImGui::PopID();
  return clicked;
}

void form_cursor(int& cursor, int rows) {
  if (key_pressed(GLFW_KEY_DOWN)) cursor = std::min(cursor + 1, rows - 1);
  if (key_pressed(GLFW_KEY_UP)) cursor = std::max(cursor - 1, 0);
  if (key_pressed(GLFW_KEY_HOME)) cursor = 0;
  if (key_pressed(GLFW_KEY_END)) cursor = rows - 1;
  if (cursor >= rows) cursor = rows - 1;
  if (cursor < 0) cursor = 0;
}

}  // namespace factdeck::ui
