// The window's frame: one full-size ImGui window with the navigation, the current screen and a status line.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "ui/views/views.h"

namespace factdeck::ui {

bool key_pressed(int glfw_key, bool even_when_typing) {
  if (!even_when_typing && ImGui::GetIO().WantTextInput) return false;
  return ImGui::IsKeyPressed(glfw_key, false);  // ImGui 1.86 indexes keys by the backend's (GLFW's) codes
}

bool ctrl_down() { return ImGui::GetIO().KeyCtrl; }

void draw_frame(AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("Factdeck###main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (!s.store_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
    ImGui::TextWrapped("Your study database could not be opened, so nothing will be saved:");
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", s.store_error.c_str());
    ImGui::Separator();
  }
  const float status_h = ImGui::GetFrameHeightWithSpacing();
  ImGui::BeginChild("screen", ImVec2(0, -status_h));
  draw_review(s);
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::TextDisabled("%s", s.status.empty() ? "Keys: 1-9 choose · Enter confirm · Space continue · Ctrl+Z undo"
                                              : s.status.c_str());
  ImGui::End();
}

}  // namespace factdeck::ui
