// The Quiz builder's parts, shared by its files: the form (builder_form.cpp) and the rest (builder.cpp).
#pragma once

#include "ui/app_state.h"

namespace factdeck::ui {

// Reads the builder's choices kept in the store (once, when the builder is first drawn).
void load_builder_choices(AppState& s);
// The form: every row by keyboard; a change is kept in the store after the frame.
void draw_builder_form(AppState& s);

}  // namespace factdeck::ui
