// Full screen and back: the monitor the window is on, at its current video mode (no mode switch).
#include "ui/window_mode.h"

#include <GLFW/glfw3.h>

namespace factdeck::ui {
namespace {

// The monitor under the window's centre, else the primary one.
GLFWmonitor* monitor_of(GLFWwindow* window) {
  int x = 0, y = 0, w = 0, h = 0;
  glfwGetWindowPos(window, &x, &y);
  glfwGetWindowSize(window, &w, &h);
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0;
    glfwGetMonitorPos(monitors[i], &mx, &my);
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (mode && x + w / 2 >= mx && x + w / 2 < mx + mode->width && y + h / 2 >= my && y + h / 2 < my + mode->height)
      return monitors[i];
  }
  return glfwGetPrimaryMonitor();
}

}  // namespace

void remember_window_geometry(AppState& s, GLFWwindow* window) {
  if (glfwGetWindowMonitor(window)) return;
  glfwGetWindowSize(window, &s.ui.window_w, &s.ui.window_h);
  glfwGetWindowPos(window, &s.ui.window_x, &s.ui.window_y);
}

void apply_window_mode(AppState& s, GLFWwindow* window) {
  const bool want = s.ui.fullscreen || s.present.on;
  if (want == (glfwGetWindowMonitor(window) != nullptr)) return;
  if (want) {
    remember_window_geometry(s, window);
    GLFWmonitor* monitor = monitor_of(window);
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (mode) glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window, nullptr, s.ui.window_x < 0 ? 0 : s.ui.window_x, s.ui.window_y < 0 ? 0 : s.ui.window_y,
                         s.ui.window_w, s.ui.window_h, 0);
  }
}

}  // namespace factdeck::ui
