// The Assignments screen's parts, shared by its files: the list and the files (assignments.cpp), a student's take
// (assignments_take.cpp), the teacher's report with its repair (assignments_report.cpp) and sending this machine's
// answers to a class server (assignments_push.cpp).
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "ui/app_state.h"

namespace factdeck::ui {

// Text from a student or a file as the screen shows it: control and bidi characters as '?', cut at `max_chars`.
std::string shown(const std::string& text, std::size_t max_chars = 400);
// A labelled one-line field with a button after it, across the row: true on Enter in the field or on the button.
// `focus` gives the field the keyboard (and is reset); with `select_all`, the field then starts all selected.
bool field_row(const char* label, const char* id, const char* hint, std::string& text, const char* button, bool& focus,
               bool* select_all = nullptr);
// A table of this screen's kind (row colours, inner borders, columns stretched by their weights) with its header
// row; false when it is not drawn (then no EndTable).
bool begin_weighted_table(const char* id, std::initializer_list<std::pair<const char*, float>> columns);
// A number in column `column` of the table's current row.
void number_cell(int column, int value);
// A fresh UUIDv7 for an answer or a revision (random bits seeded from the system once).
std::string new_class_id(AppState& s);
// Reads the list of assignments again, keeping the cursor on the assignment it was on (or on `select_id`).
void refresh_assignments(AppState& s, const std::string& select_id = std::string());
// Back to the list from a take or a report (the list read again).
void back_to_list(AppState& s);

// The class server's field under the list (P): Enter sends this machine's unsent answers on a worker; poll_push,
// called every frame, shows what it came to.
void draw_push_row(AppState& s);
void poll_push(AppState& s);

// The name form, then the questions left, each committed when answered, then the summary.
void start_take(AppState& s, const Assignment& a);
void draw_take_name(AppState& s);
void draw_take_question(AppState& s);
void draw_take_done(AppState& s);

// The report of an assignment in the class database: scores, item statistics, flags; R repairs a distractor.
void open_report(AppState& s, const Assignment& a);
void draw_report(AppState& s);
// Makes the report on show again from the class database (answers imported meanwhile).
void refresh_report(AppState& s);

}  // namespace factdeck::ui
