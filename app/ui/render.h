// What every frame does once the views have drawn: the pixels, then the changes the views asked for.
#pragma once

#include "ui/app_state.h"

struct GLFWwindow;

namespace factdeck::ui {

// Clears the window's framebuffer to the theme's background and draws ImGui's draw data into it.
void render_draw_data(GLFWwindow* window);
// Applies the changes the views asked for while drawing (AppState::later), so a frame never sees half a
// change; bumps data_version when there were any, and returns whether there were.
bool apply_requests(AppState& s);

}  // namespace factdeck::ui
