// Full-window screens that come before any other: the damaged-database panel and the question before quitting.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <ctime>
#include <string>

#include "ui/safety.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

const ImVec4 kWarning(0.95f, 0.45f, 0.35f, 1.0f);

// "15 January 2026 at 08:00", local time, as a person says it.
std::string spoken_time(UnixSeconds t) {
  const std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  if (!localtime_r(&tt, &tm)) return format_iso8601(t);
  char buf[64];
  std::strftime(buf, sizeof buf, "%e %B %Y at %H:%M", &tm);
  std::string out = buf;
  return out[0] == ' ' ? out.substr(1) : out;
}

std::string answers(long long n) { return std::to_string(n) + (n == 1 ? " answer" : " answers"); }

void heading(const char* text) {
  ImGui::SetWindowFontScale(1.4f);
  ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
}

void draw_damage_panel(AppState& s) {
  const DamageReport& d = *s.safety.damage;
  heading("Your study database cannot be used");
  ImGui::TextWrapped("What happened: %s", d.problem.c_str());
  ImGui::Spacing();
  ImGui::TextWrapped("Nothing is written to it while this is on show, nor when you quit: the file stays exactly as it is "
                     "until you choose. It is %s.", d.path.c_str());
  ImGui::Separator();
  if (d.backup) {
    std::string holds = d.backup_answers ? "It holds " + answers(*d.backup_answers) : "Its answers could not be counted";
    if (d.backup_last_answer) holds += ", the newest given on " + spoken_time(*d.backup_last_answer);
    ImGui::TextWrapped("The latest backup was made on %s (%s). %s.", spoken_time(d.backup->time).c_str(),
                       d.backup->name.c_str(), holds.c_str());
    ImGui::Spacing();
    if (!d.answers_after_backup)
      ImGui::TextWrapped("Restoring it loses the answers given after it; how many cannot be read from the damaged file.");
    else if (*d.answers_after_backup == 0)
      ImGui::TextWrapped("Restoring it loses no answers: the damaged file holds none newer than the backup.");
    else
      ImGui::TextWrapped("Restoring it loses the %s given after it, which are only in the damaged file.",
                         answers(*d.answers_after_backup).c_str());
    ImGui::TextWrapped("The damaged file is not deleted: it is kept beside the backups as a safety copy.");
    ImGui::Spacing();
    if (ImGui::Button("Restore the latest backup (R)", ImVec2(-1, ImGui::GetFrameHeight() * 1.6f)) || key_pressed(GLFW_KEY_R))
      s.later([](AppState& st) { restore_after_damage(st); });
  } else {
    ImGui::TextWrapped("There is no backup to restore in %s. Copy the file somewhere safe before trying anything; "
                       "`factdeck restore FILE` puts back a database you have elsewhere.",
                       backup_folder(s.options.data_dir).c_str());
  }
  ImGui::Spacing();
  ImGui::TextDisabled("R: restore the latest backup · Esc: look around without saving anything · Ctrl+Q: quit");
  if (key_pressed(GLFW_KEY_ESCAPE)) s.safety.damage_panel = false;
  if (ctrl_key_pressed(GLFW_KEY_Q)) s.quit = true;
}

void draw_quit_question(AppState& s) {
  SafetyState& q = s.safety;
  heading("Quit with unsaved work?");
  const EditorState& e = s.editor;
  const std::string what = !e.title.empty() ? "\"" + e.title + "\"" : !e.import.title.empty() ? "\"" + e.import.title + "\"" : "an article";
  ImGui::TextWrapped("Add article holds %s that is not saved as an article yet. Its draft can be kept: it comes back "
                     "the next time Factdeck starts.", what.c_str());
  ImGui::Spacing();
  const char* const choices[] = {"Keep the draft and quit (Enter)", "Quit and throw the draft away (D)", "Cancel (Esc)"};
  if (key_pressed(GLFW_KEY_RIGHT) || key_pressed(GLFW_KEY_DOWN)) q.quit_choice = (q.quit_choice + 1) % 3;
  if (key_pressed(GLFW_KEY_LEFT) || key_pressed(GLFW_KEY_UP)) q.quit_choice = (q.quit_choice + 2) % 3;
  int chosen = -1;
  for (int i = 0; i < 3; ++i) {
    const bool on = q.quit_choice == i;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(choices[i], ImVec2(-1, ImGui::GetFrameHeight() * 1.5f))) chosen = i;
    if (on) ImGui::PopStyleColor();
  }
  if (key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER)) chosen = q.quit_choice;
  if (key_pressed(GLFW_KEY_D)) chosen = 1;
  if (key_pressed(GLFW_KEY_ESCAPE)) chosen = 2;
  if (chosen < 0) return;
  q.quit_question = false;
  if (chosen == 2) return;
  s.later([chosen](AppState& st) {
    if (chosen == 0) write_drafts_now(st);
    else drop_drafts(st);
    st.safety.quit_confirmed = true;
    st.quit = true;
  });
}

}  // namespace

bool draw_safety_screens(AppState& s) {
  if (s.safety.quit_question) {
    draw_quit_question(s);
    return true;
  }
  if (s.safety.damage && s.safety.damage_panel) {
    draw_damage_panel(s);
    return true;
  }
  return false;
}

}  // namespace factdeck::ui
