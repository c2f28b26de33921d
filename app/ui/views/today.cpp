// The Today screen: what is due, what is new, the streak, progress per article, and the way in.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "factdeck/overview.h"
#include "ui/views/views.h"

namespace factdeck::ui {

void draw_today(AppState& s) {
  if (!s.session) {
    ImGui::TextWrapped("The study database is not open, so there is nothing to review.");
    return;
  }
  const TodayCounts c = s.figures().counts;
  ImGui::SetWindowFontScale(1.4f);
  ImGui::Text("Today");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
  if (ImGui::BeginTable("counts", 4)) {
    auto cell = [](const char* label, int v) {
      ImGui::TableNextColumn();
      ImGui::SetWindowFontScale(1.6f);
      ImGui::Text("%d", v);
      ImGui::SetWindowFontScale(1.0f);
      ImGui::TextDisabled("%s", label);
    };
    cell("due", c.due);
    cell("learning", c.learning);
    cell("new", c.fresh);
    cell(c.streak == 1 ? "day streak" : "days streak", c.streak);
    ImGui::EndTable();
  }
  ImGui::TextDisabled("%d answered today · %d cards in all · %d suspended", c.reviewed_today, c.total_cards, c.suspended);
  ImGui::Spacing();
  const int work = c.due + c.learning + c.fresh;
  const std::string start = work > 0 ? "Start review (Enter)  ·  " + std::to_string(work) + " cards" : "Nothing due: review is done for today";
  ImGui::BeginDisabled(work == 0);
  if (ImGui::Button(start.c_str(), ImVec2(-1, ImGui::GetFrameHeight() * 1.8f)) ||
      (work > 0 && (key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_R)))) {
    s.later([](AppState& st) {
      st.screen = Screen::Review;
      load_next_card(st);
    });
  }
  ImGui::EndDisabled();
  if (ImGui::Button("Practice quiz (P)", ImVec2(-1, ImGui::GetFrameHeight() * 1.4f)) || key_pressed(GLFW_KEY_P))
    s.go(Screen::Practice);

  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Text("Articles");
  if (!s.store) return;
  if (ImGui::BeginTable("progress", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Learned", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Cards", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    for (const ArticleProgress& p : s.figures().progress) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextWrapped("%s", p.title.c_str());
      ImGui::TableSetColumnIndex(1);
      char overlay[32];
      std::snprintf(overlay, sizeof overlay, "%d%%", static_cast<int>(p.learned() * 100 + 0.5));
      ImGui::ProgressBar(static_cast<float>(p.learned()), ImVec2(-1, 0), overlay);
      ImGui::TableSetColumnIndex(2);
      ImGui::TextWrapped("%d new · %d learning · %d learned", p.fresh, p.learning, p.review);
    }
    ImGui::EndTable();
  }
}

}  // namespace factdeck::ui
