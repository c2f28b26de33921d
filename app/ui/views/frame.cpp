// The window's frame: the navigation bar, the current screen, the status line and the help overlay.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/safety.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

// What a screen other than Today shows while the collection loads: it needs the content and the cards.
void draw_loading(AppState& s) {
  ImGui::SetWindowFontScale(1.4f);
  ImGui::TextUnformatted(screen_title(s.screen));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
  busy_bar("Loading your collection; this screen opens when it is ready.");
  ImGui::Spacing();
  ImGui::TextDisabled("Tab and Shift+Tab change screens, ? shows the keys, Ctrl+Q quits.");
}

void draw_screen(AppState& s) {
  if (s.is_loading() && s.screen != Screen::Today) {
    draw_loading(s);
    return;
  }
  switch (s.screen) {
    case Screen::Today: draw_today(s); break;
    case Screen::Review: draw_review(s); break;
    case Screen::Practice: draw_practice(s); break;
    case Screen::Builder: draw_builder(s); break;
    case Screen::Editor: draw_editor(s); break;
    case Screen::Library: draw_library(s); break;
    case Screen::Timeline: draw_timeline(s); break;
    case Screen::Stats: draw_stats(s); break;
    case Screen::Settings: draw_settings(s); break;
    case Screen::Assignments: draw_assignments(s); break;
  }
}

void global_keys(AppState& s) {
  if (char_typed('?')) s.help_open = !s.help_open;
  if (ctrl_key_pressed(GLFW_KEY_Q)) s.quit = true;
  if (key_pressed(GLFW_KEY_F11, true)) s.later([](AppState& st) { st.ui.fullscreen = !st.ui.fullscreen; });
  if (s.help_open && key_pressed(GLFW_KEY_ESCAPE)) {
    s.help_open = false;
    return;
  }
  // Tab moves between screens unless a text field has the keyboard; Shift+Tab goes back.
  if (key_pressed(GLFW_KEY_TAB)) {
    const int step = shift_key_pressed(GLFW_KEY_TAB) ? kScreenCount - 1 : 1;
    s.go(static_cast<Screen>((static_cast<int>(s.screen) + step) % kScreenCount));
  }
  // Esc leaves a review or a practice run (answers are already saved); elsewhere it only leaves a text field.
  if (key_pressed(GLFW_KEY_ESCAPE) && (s.screen == Screen::Review || s.screen == Screen::Practice)) s.go(Screen::Today);
}

}  // namespace

// The screens' buttons, wrapping onto a second row when the text is large; "? Help" ends the last row, on
// the right when there is room. The current screen (or Help, when open) is highlighted.
void draw_navigation(AppState& s) {
  // Ten screens and Help in one row at the default window width (1100 px) and text size: the bar's buttons take
  // two thirds of the usual side padding (with Assignments, Help had wrapped onto a row of its own).
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(std::floor(pad.x * 2 / 3), pad.y));
  const float help_w = ImGui::CalcTextSize("? Help").x + ImGui::GetStyle().FramePadding.x * 2;
  const ImVec4 current_colour = ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive);
  for (int i = 0; i < kScreenCount; ++i) {
    const Screen sc = static_cast<Screen>(i);
    const bool current = sc == s.screen && !s.help_open;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, current_colour);
    if (flow_button(screen_title(sc), i == 0)) s.go(sc), s.help_open = false;
    if (current) ImGui::PopStyleColor();
  }
  ImGui::SameLine();
  const float right = ImGui::GetWindowContentRegionMax().x - help_w;
  if (ImGui::GetCursorPosX() > right) ImGui::NewLine();
  else ImGui::SameLine(right);
  if (s.help_open) ImGui::PushStyleColor(ImGuiCol_Button, current_colour);
  if (ImGui::Button("? Help")) s.help_open = !s.help_open;
  if (s.help_open) ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

void draw_frame(AppState& s) {
  if (s.present.on) {
    draw_present(s);  // full screen, its own keys
    return;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("Factdeck###main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (draw_safety_screens(s)) {  // a damaged database, or the question before quitting, comes first
    ImGui::End();
    return;
  }
  global_keys(s);
  finish_fit(s);  // a fit done on its worker is taken whichever screen is on show

  draw_navigation(s);
  ImGui::Separator();

  if (!s.store_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.40f, 0.35f, 1.0f));
    ImGui::TextWrapped("Your study database could not be opened, so nothing will be saved:");
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", s.store_error.c_str());
    ImGui::BeginDisabled(s.is_loading());  // a restore waits for the start-up work
    if (ImGui::Button("Restore the latest backup"))
      s.later([](AppState& st) { restore_after_damage(st); });
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("The file was left as it is; a safety copy of it is kept before restoring.");
    ImGui::Separator();
  }
  const float status_h = ImGui::GetFrameHeightWithSpacing();
  ImGui::BeginChild("screen", ImVec2(0, -status_h));
  if (s.help_open) draw_help(s);
  else draw_screen(s);
  ImGui::EndChild();
  ImGui::Separator();
  const size_t errors = s.content.error_count();
  if (!s.status.empty()) text_elided(s.status, true);
  else if (errors) text_elided(std::to_string(errors) + " content errors: see Library. Tab: next screen · ?: help", true);
  else text_elided("Tab: next screen · Shift+Tab: previous · Esc: leave · F11: full screen · ?: help", true);
  ImGui::End();
}

// Up/Down, PageUp/PageDown, Home/End scroll the window being drawn (help has no other use for them).
void scroll_keys() {
  const float line = ImGui::GetTextLineHeightWithSpacing(), page = ImGui::GetWindowHeight() * 0.85f;
  float y = ImGui::GetScrollY();
  if (key_pressed(GLFW_KEY_DOWN)) y += line * 2;
  if (key_pressed(GLFW_KEY_UP)) y -= line * 2;
  if (key_pressed(GLFW_KEY_PAGE_DOWN) || key_pressed(GLFW_KEY_SPACE)) y += page;
  if (key_pressed(GLFW_KEY_PAGE_UP)) y -= page;
  if (key_pressed(GLFW_KEY_HOME)) y = 0;
  if (key_pressed(GLFW_KEY_END)) y = ImGui::GetScrollMaxY();
  if (y != ImGui::GetScrollY()) ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
}

void draw_help(AppState& s) {
  scroll_keys();
  ImGui::TextWrapped("Keys (? or Esc closes this; Up/Down, PageUp/PageDown, Home/End scroll)");
  ImGui::Separator();
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    auto row = [](const char* k, const char* what) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextWrapped("%s", k);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextWrapped("%s", what);
    };
    row("Tab / Shift+Tab", "next / previous screen");
    row("F11", "full screen and back (the window's size and place are remembered)");
    row("Esc", "leave a text field (what you typed stays), a review or practice (answers are already saved), close this help");
    row("?", "this help");
    row("Ctrl+Q", "quit (every answer is already saved; an unsaved article asks first, and drafts come back next time)");
    row("Today: Enter or R", "start the review");
    row("Today: P", "start a practice quiz");
    row("Review: 1-9", "choose an option (T/F for true or false)");
    row("Review: type, Enter", "answer a cloze or numeric question");
    row("Review: Backspace", "take back the last pick (order and match questions)");
    row("Review: Space or Enter", "continue after the feedback, keeping the rating shown");
    row("Review: 1-4 after feedback", "change the rating to Again, Hard, Good or Easy and continue");
    row("Review: Space on a new fact", "you read it: now the test");
    row("Review: Space, then 1-4 on a flip card", "show the answer, then rate how well you recalled it");
    row("Review: Ctrl+Z", "undo the last action (answer, rating change, suspension, burial), again and again");
    row("Review: S / B", "suspend the card on show / bury it until tomorrow");
    row("Today: A / M / V", "custom study: the chosen article now / more new cards today / review ahead");
    row("Today: Up/Down, F", "choose an article; focus new cards on it (or no longer)");
    row("Today: E / X", "set, change or clear the exam (date, minutes a day, target, articles) / study today's exam plan");
    row("Library: N", "study the fact's article now");
    row("Practice: Up/Down, Left/Right, Space", "choose articles, types, count and difficulty");
    row("Practice: Enter", "start, confirm, next question");
    row("Quiz builder: Up/Down, Left/Right, Space", "choose articles, kinds, types, count, difficulty, seed, versions, format");
    row("Quiz builder: B / PageUp, PageDown / R / E", "build the preview / pick a question / replace it / export");
    row("Quiz builder: Enter on Tags, Seed or Export folder", "type in the field; Enter again leaves it (the choices are kept)");
    row("Quiz builder: P / O", "present the quiz to a class / open the export folder");
    row("Quiz builder: Ctrl+E / T", "reword the picked question / give the quiz a title (flaws shown as you type; Enter keeps, Esc drops)");
    row("Quiz builder: A", "assign the quiz to a class: its name, the file to save, the class server (Enter goes on)");
    row("Present: Space, Right / Left", "show the answer and the article's sentence, then the next question / go back");
    row("Present: T, + / -, Esc", "restart the timer, make it longer or shorter, leave present mode");
    row("Add article: Ctrl+V, Ctrl+Enter", "paste the article's text into the field, then make suggestions");
    row("Add article: Esc, Up/Down, Space, Ctrl+S", "leave the text field, move through suggestions, accept one, save");
    row("Add article: W", "type the wrong answers of a suggestion that needs them (comma-separated)");
    row("Add article: Ctrl+E", "edit the question of the fact on show; again: its statement (Ctrl+S saves from inside the fields too)");
    row("Add article: Ctrl+N", "start a new article (the editor is emptied)");
    row("Add article: Ctrl+I", "import a CSV or TSV of terms and definitions (Quizlet, Anki); Ctrl+I again goes back");
    row("Import: Ctrl+O, Enter / Ctrl+V / drop a file", "type a file's path and read it / paste the rows / drop the file on the window");
    row("Import: Ctrl+T, Enter, Esc, Ctrl+S", "the title field, the text field, leave a field, save the terms as a new article");
    row("Library: / or Ctrl+F", "search; Up/Down move through the facts; S suspends or unsuspends");
    row("Library: E", "edit the selected fact's article in Add article; saving keeps every card's history");
    row("Timeline: + / -, Left / Right, Up / Down", "zoom (the chosen fact stays in place), move along the years, choose a fact to read it");
    row("Statistics: Up/Down, Home/End", "scroll; End reaches the memory model (calibration, the coming days, retention)");
    row("Settings: Up/Down, Left/Right", "choose a setting and change it; saved at once");
    row("Settings: Right on Memory model", "fit the memory model to your answers; Right twice on the next row: the defaults");
    row("Assignments: Up/Down, Enter / O", "choose an assignment and take it / type or paste a file's path, Enter opens it");
    row("Assignments: a name, Enter; 1-9, T/F, Ctrl+D", "take it, each answer saved when given / answer as in Practice, or don't know");
    row("Assignments: R, then Up/Down, R", "the class report / choose a question / repair its weakest distractor (next revision)");
    ImGui::EndTable();
  }
  (void)s;
}

}  // namespace factdeck::ui
