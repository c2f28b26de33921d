// The Settings screen: desired retention with its expected workload, new cards a day, rollover, theme, text size, the memory model.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "factdeck/backup.h"
#include "factdeck/overview.h"
#include "ui/text_size.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

// Saves study settings (validated by the engine) and tells the session.
void save_study(AppState& s, const StudySettings& next) {
  s.later([next](AppState& st) {
    Status v = validate(next);
    if (!v.ok()) {
      st.status = v.message();
      return;
    }
    Status saved = save_study_settings(*st.store, next);
    if (!saved.ok()) {
      st.status = "Not saved: " + saved.message();
      return;
    }
    st.session->set_settings(next);
    st.status = "Saved.";
  });
}

}  // namespace

void draw_settings(AppState& s) {
  if (!s.session || !s.store) {
    ImGui::TextWrapped("The study database is not open, so settings cannot be saved.");
    return;
  }
  SettingsState& ss = s.settings;
  const int rows = s.session->settings().w ? 10 : 9;  // the last: back to the default parameters, when fitted
  const int cursor_was = ss.cursor;
  form_cursor(ss.cursor, rows);
  if (ss.cursor != cursor_was) ss.confirm_reset = false;  // "press again" holds only while the cursor stays
  const int step = key_pressed(GLFW_KEY_RIGHT) || key_pressed(GLFW_KEY_SPACE) ? 1 : key_pressed(GLFW_KEY_LEFT) ? -1 : 0;
  StudySettings st = s.session->settings();
  ImGui::TextWrapped("Up/Down choose a setting, Left/Right change it. Changes are saved at once.");
  if (ss.answers_version != s.data_version) {  // the running total, read once per change
    ss.answers = s.store->review_total();
    ss.answers_version = s.data_version;
  }
  draw_fit_offer(s, ss.answers);
  ImGui::Spacing();

  // Desired retention, with the workload it implies beside it.
  if (ss.workload_version != s.data_version || ss.workload_for != st.desired_retention) {
    ss.workload = estimate_daily_reviews(*s.store, st);
    ss.workload_version = s.data_version;
    ss.workload_for = st.desired_retention;
  }
  const double workload = ss.workload;
  if (form_row("Desired retention", fmt("%.0f%%", st.desired_retention * 100) + "   (about " +
                                        count_of(std::llround(workload), "answer", "answers") + " a day)", ss.cursor == 0))
    ss.cursor = 0;
  if (ss.cursor == 0 && step) {
    StudySettings next = st;
    next.desired_retention = std::clamp(std::round((st.desired_retention + 0.01 * step) * 100) / 100, 0.70, 0.97);
    save_study(s, next);
  }
  if (form_row("New cards a day", std::to_string(st.new_per_day), ss.cursor == 1)) ss.cursor = 1;
  if (ss.cursor == 1 && step) {
    StudySettings next = st;
    next.new_per_day = std::clamp(st.new_per_day + 5 * step, 0, 200);
    save_study(s, next);
  }
  if (form_row("A new day starts at", fmt("%02.0f:00", st.rollover_hour), ss.cursor == 2)) ss.cursor = 2;
  if (ss.cursor == 2 && step) {
    StudySettings next = st;
    next.rollover_hour = (st.rollover_hour + step + 24) % 24;
    save_study(s, next);
  }
  // A new fact is shown (statement, sentence, note) before it is tested; off asks it straight away.
  if (form_row("Show a new fact before testing it", st.learn_first ? "on" : "off", ss.cursor == 3)) ss.cursor = 3;
  if (ss.cursor == 3 && step) {
    StudySettings next = st;
    next.learn_first = !st.learn_first;
    save_study(s, next);
  }
  // The articles take turns for new cards; this sets which goes first (Today's F focuses on chosen ones).
  std::string order = st.newest_first ? "newest article first" : "oldest article first";
  if (!st.focus.empty()) order += ", focus on " + count_of(static_cast<long long>(st.focus.size()), "article", "articles");
  if (form_row("New cards, in turns", order, ss.cursor == 4)) ss.cursor = 4;
  if (ss.cursor == 4 && step) {
    StudySettings next = st;
    next.newest_first = !st.newest_first;
    save_study(s, next);
  }
  if (form_row("Theme", s.ui.light ? "light" : "dark", ss.cursor == 5)) ss.cursor = 5;
  if (ss.cursor == 5 && step) {
    s.later([](AppState& a) {
      a.ui.light = !a.ui.light;
      apply_theme(a.ui.light);
      save_ui_settings(a.store.get(), a.ui);
    });
  }
  const int ti = text_size_index(s.ui.text_size);
  if (form_row("Text size", std::string(kTextSizeNames[ti]) + " (" + std::to_string(kTextSizes[ti]) + " px)", ss.cursor == 6))
    ss.cursor = 6;
  if (ss.cursor == 6 && step) {
    const int next = kTextSizes[std::clamp(ti + step, 0, kTextSizeCount - 1)];
    s.later([next](AppState& a) {
      a.ui.text_size = next;
      a.fonts_dirty = true;  // the shell rebuilds the atlas at the new size before the next frame
      save_ui_settings(a.store.get(), a.ui);
    });
  }
  const auto latest = latest_backup(s.options.data_dir);
  const std::string backup_text = latest ? "latest " + when_text(latest->time, s.now(), st.utc_offset_minutes) +
                                               (ss.confirm_restore ? ": press Right again to restore it" : ": Right restores it")
                                         : "none yet";
  if (form_row("Backups", backup_text, ss.cursor == 7)) ss.cursor = 7;
  if (ss.cursor != 7) ss.confirm_restore = false;
  if (ss.cursor == 7 && step && latest) {
    if (!ss.confirm_restore) {
      ss.confirm_restore = true;  // replacing the database asks twice
    } else {
      ss.confirm_restore = false;
      s.later([](AppState& a) { restore_latest_backup(a); });
    }
  }
  // The memory model: Right fits FSRS to the answers (on a worker); the row after it goes back to the defaults.
  if (form_row("Memory model", fit_summary(s), ss.cursor == 8)) ss.cursor = 8;
  if (ss.cursor == 8 && step > 0) start_fit(s);
  if (st.w) {
    if (form_row("Use the default parameters", ss.confirm_reset ? "press Right again to go back to FSRS-6's defaults"
                                                                 : "Right goes back to FSRS-6's defaults",
                 ss.cursor == 9))
      ss.cursor = 9;
    if (ss.cursor == 9 && step > 0) {
      if (ss.confirm_reset) reset_fit(s);
      ss.confirm_reset = !ss.confirm_reset;
    }
  }
  ImGui::Spacing();
  ImGui::Separator();
  draw_fit_panel(s);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Your answers: %s. Backups (one a day, kept a while): %s.", s.store->path().c_str(),
                     backup_folder(s.options.data_dir).c_str());
  ImGui::PopStyleColor();
}

}  // namespace factdeck::ui
