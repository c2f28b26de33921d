// The Quiz builder's parts, shared by its files: the form (builder_form.cpp), the teacher's own words and the
// assignment (builder_edit.cpp) and the rest (builder.cpp).
#pragma once

#include <string>

#include "ui/app_state.h"

namespace factdeck::ui {

// Reads the builder's choices kept in the store (once, when the builder is first drawn).
void load_builder_choices(AppState& s);
// The form: every row by keyboard; a change is kept in the store after the frame.
void draw_builder_form(AppState& s);

// Opens the wording field of question `question` (Ctrl+E), or the title's (question -1, T). A field left open with a
// flaw takes the keyboard back instead: it is fixed or dropped (Esc) before another opens.
void open_wording(AppState& s, int question);
// Forgets every field and mark of the teacher's words (a new preview was built).
void reset_edits(BuilderState& b);
// Question `i` was replaced: its field closes and its words are the generator's again.
void question_replaced(BuilderState& b, std::size_t i);
// The open field with its live flaws, drawn under question `question` (-1: under the title).
void draw_wording_field(AppState& s, int question);
// The title line above the preview (its field when open) and what the last assignment did.
void draw_title_row(AppState& s);
// A field left open with a flaw: what it is ("question 3's wording"), or "" when none.
std::string flawed_edit(const BuilderState& b);

// "Assign to class" (A): the panel that asks for the class, the file and the class server, in the preview's place.
void open_assign(AppState& s);
// Takes the outcome of an assignment made on a worker, once it is there (every frame).
void poll_assign(AppState& s);
void draw_assign_panel(AppState& s);

// --screenshot builder, builder-edit, builder-assign: the preview with no field open; question 1 reworded so that
// it gives its answer away; the assignment panel.
void prepare_builder_screenshot(AppState& s, const std::string& name);

}  // namespace factdeck::ui
