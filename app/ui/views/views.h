// The screens: one free function per screen over the app's state, plus the frame around them.
#pragma once

#include "ui/app_state.h"

namespace factdeck::ui {

void draw_frame(AppState& s);   // the full window: navigation, the current screen, the status line
void draw_review(AppState& s);  // the card on show, its answer, the feedback and the rating buttons

// Starts (or continues) the review: fetches the next card from the session.
void load_next_card(AppState& s);

// True when `glfw_key` was pressed this frame and no text field has the keyboard.
bool key_pressed(int glfw_key, bool even_when_typing = false);
bool ctrl_down();

}  // namespace factdeck::ui
