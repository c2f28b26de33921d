// The window's size, position and full screen (F11, present mode): what the state asks for, the window does.
#pragma once

#include "ui/app_state.h"

struct GLFWwindow;

namespace factdeck::ui {

// Goes full screen when the state asks for it (ui.fullscreen, or present mode), and back to the
// remembered window size and position when it no longer does. Called between frames.
void apply_window_mode(AppState& s, GLFWwindow* window);
// Copies the window's size and position into s.ui, unless it is full screen (then the window's own
// size and position, kept when it went full screen, stay).
void remember_window_geometry(AppState& s, GLFWwindow* window);

}  // namespace factdeck::ui
