// The end of a frame, shared by the window's loop and the screenshots: draw the pixels, apply the requests.
#include "ui/render.h"

#include <glad/gl.h>
// glad before GLFW, so GLFW does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace factdeck::ui {

void render_draw_data(GLFWwindow* window) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool apply_requests(AppState& s) {
  auto pending = std::move(s.pending);
  s.pending.clear();
  for (auto& f : pending) f(s);
  if (pending.empty()) return false;
  ++s.data_version;
  return true;
}

}  // namespace factdeck::ui
