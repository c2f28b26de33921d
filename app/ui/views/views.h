// The screens: one free function per screen over the app's state, plus the frame around them.
#pragma once

#include <imgui.h>

#include <chrono>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/drafts.h"
#include "ui/app_state.h"

namespace factdeck::ui {

// What a worker's job came to, once it is done (the future is then empty); nothing while it runs, or when there is none.
template <class T>
std::optional<T> finished_job(std::future<T>& job) {
  if (!job.valid() || job.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
  return job.get();
}

void draw_frame(AppState& s);     // the full window: navigation, the current screen, the status line, help
void draw_today(AppState& s);     // due and new counts, streak, progress per article, start buttons
void draw_exam(AppState& s);      // Today's exam: the predicted retention on the day, today's plan, the form that sets it
void draw_exam_offer(AppState& s);  // Today without an exam: the way to set one (E), below the articles
void draw_review(AppState& s);    // the card on show, its answer, the feedback and the rating buttons
void draw_practice(AppState& s);  // choose, run and score a practice quiz (the schedule is not touched)
void draw_builder(AppState& s);   // the teacher's quiz builder: filters, preview, replace, versions, export
void draw_editor(AppState& s);    // add an article: paste text, accept suggested facts, edit, preview, save
void draw_import(AppState& s);    // the Add-article screen's CSV/TSV import (Ctrl+I): file or paste, preview, save
void draw_library(AppState& s);   // articles and facts, search, a fact's history and memory, suspend
void draw_timeline(AppState& s);  // dated facts on one zoomable time axis
void draw_stats(AppState& s);     // reviews a day, heatmap, accuracy, retention, forecast
void draw_settings(AppState& s);  // study settings and the window's look, saved in the database
void draw_assignments(AppState& s);  // a class's assignments: open a file, take one under a name, its report and repair
void draw_help(AppState& s);      // the keys of every screen, on '?'
void draw_present(AppState& s);   // present mode: the builder's quiz for a class, full screen, one question at a time

// --screenshot assignments / assignments-report: the list, or the report of the assignment with the most answers.
void prepare_assignments_screenshot(AppState& s, bool report);

// Present mode: starts it over the builder's quiz (built first when the choices changed), or leaves it.
void start_present(AppState& s);
void stop_present(AppState& s);
// The pixel size the fonts are built at: the chosen text size, or the projector size in present mode.
int font_px(const AppState& s);
// Builds the builder's quiz from its choices (the preview), as B does.
void build_quiz(AppState& s);

// Opens a loaded article in the Add-article screen with its facts, to edit them (Library, E).
void open_article_in_editor(AppState& s, const std::string& article_id);
// A file dropped on the window: a .csv/.tsv opens in the import, other text in the editor's text field.
void open_dropped_file(AppState& s, const std::string& path);
// Add article: suggestions from the text (Ctrl+Enter), applied at once.
void suggest_from_text(AppState& s);
// "a, b, c" and back: a fact's wrong answers as the editor shows them.
std::vector<std::string> split_commas(const std::string& s);
std::string join_commas(const CompactStrings& v);

// Drafts (ui/safety.cpp keeps them on disk): the Add-article screen and the builder's edited preview as
// they are now, and put back as they were.
ArticleDraft article_draft(const EditorState& e);
void restore_article_draft(AppState& s, const ArticleDraft& d);
BuilderDraft builder_draft(const BuilderState& b);
void restore_builder_draft(AppState& s, const BuilderDraft& d);

// Drawn instead of the screens while they are on show; true when one was drawn. The damaged-database
// panel (R restores the latest backup, Esc looks around without writing) and the question before quitting
// with unsaved work (keep the draft and quit, quit without it, cancel).
bool draw_safety_screens(AppState& s);

// The user's content folder (DATA_DIR/content), where the editor and the import save.
std::string user_content_dir(const AppState& s);
// Writes an article file atomically (creating its folder), adds the user's content folder to the
// loaded ones when missing, and reloads the content so every screen sees it.
Status save_user_article(AppState& s, const std::string& path, const std::string& toml);

// Starts (or continues) the review: fetches the next card from the session.
void load_next_card(AppState& s);
// Applies the theme and rebuilds nothing else; fonts are rebuilt by the shell when fonts_dirty.
void apply_theme(bool light);

// Key events from GLFW, recorded so that no press is lost between frames; cleared after each frame.
void note_key_event(int glfw_key, int action, int mods);
void end_frame_keys();
// True when `glfw_key` was pressed this frame and no text field has the keyboard.
bool key_pressed(int glfw_key, bool even_when_typing = false);
// True when `glfw_key` was pressed with Ctrl held (Ctrl+Z, Ctrl+Q, Ctrl+F), even inside a text field.
bool ctrl_key_pressed(int glfw_key);
// True when `glfw_key` was pressed with Shift held (Shift+Tab), outside text fields.
bool shift_key_pressed(int glfw_key);
// A character typed this frame (e.g. '?'), outside text fields.
bool char_typed(unsigned int c);

// Draws a question of any type for answering; `response` collects the answer and `typed` the text.
// Returns true when the learner has submitted. Shared by Review and Practice.
bool draw_question_input(const Question& q, Response& response, char* typed, std::size_t typed_size,
                         bool& focus_input);
// The right answer, the article's sentence, the note and the original-language name.
void draw_explanation(const Question& q, bool correct, const std::string& given = std::string());

// The names of question types as a person reads them ("multiple choice", "true or false", ...).
const char* type_label(QuestionType t);

// A bar that moves while background work of unknown length runs (exports, statistics).
void busy_bar(const char* label);

// One line of text cut with "..." to the width left, the whole text in a tooltip when hovered.
void text_elided(const std::string& text, bool disabled = false);
// Faint (disabled-coloured) text that wraps at the window's edge: hints, captions, secondary lines.
void text_faint(const std::string& text);
// A paragraph of coloured pieces (e.g. a sentence with its fact highlighted), wrapped at word boundaries
// across the whole width, not piece by piece.
struct TextPiece {
  std::string text;
  ImU32 colour;
};
void text_flow(const std::vector<TextPiece>& pieces);
// A button as wide as the space left whose label wraps onto as many lines as it needs (`id`: "##name").
bool wrapped_button(const std::string& text, const char* id, float min_height = 0);
// A button in a row of buttons that goes on to the next line when it does not fit; `first` starts the row.
bool flow_button(const char* label, bool first);
// The height such a row of buttons takes at the current width.
float flow_height(const std::vector<const char*>& labels);
// "1 answer", "2 answers".
std::string count_of(long long n, const char* one, const char* many);
// A time as a person says it, relative to now in local time: "today 14:05", "tomorrow 09:00",
// "yesterday 18:30", "Mon 16 Mar 09:00" within a week, else "16 Mar 2026".
std::string when_text(UnixSeconds t, UnixSeconds now, int utc_offset_minutes);

// Settings > Memory model (settings_fit.cpp): starts fitting FSRS on a worker; takes its outcome once done (call every
// frame: it saves nothing itself, the worker recorded the fit, this hands the parameters to the session); goes back
// to the default parameters; the panel with the progress bar and the evaluation; the row's value text; and the one-line
// offer to fit, shown once kOptimizeOfferAnswers new answers piled up (`answers`: the review log's size).
void start_fit(AppState& s);
void finish_fit(AppState& s);
void reset_fit(AppState& s);
void draw_fit_panel(AppState& s);
std::string fit_summary(const AppState& s);
void draw_fit_offer(const AppState& s, std::int64_t answers);
// Statistics' memory model section (stats_model.cpp): calibration per kind of question, the simulated coming days and
// desired retention against workload, computed on a worker when the screen is entered after a change.
void draw_model_section(AppState& s);

// A row of a keyboard form: highlighted when the cursor is on it.
bool form_row(const char* label, const std::string& value, bool selected);
// Moves a form cursor with Up/Down within [0, rows).
void form_cursor(int& cursor, int rows);

}  // namespace factdeck::ui
