// The Today screen: what is due, what is new, the streak, progress per article, and the way in.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "factdeck/overview.h"
#include "ui/views/views.h"

namespace factdeck::ui {

namespace {

// Today before the collection is loaded: the same layout, the figures still to come, the keyboard live.
// Enter is remembered and starts the review once the cards exist.
void draw_today_loading(AppState& s) {
  ImGui::SetWindowFontScale(1.4f);
  ImGui::Text("Today");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
  busy_bar("Loading your collection and counting today's cards...");
  ImGui::Spacing();
  const char* start = s.start_review_when_loaded ? "The review starts as soon as the cards are loaded (Enter to cancel)"
                                                 : "Start review (Enter)  ·  once the cards are loaded";
  if (ImGui::Button(start, ImVec2(-1, ImGui::GetFrameHeight() * 1.8f)) || key_pressed(GLFW_KEY_ENTER) ||
      key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_R))
    s.start_review_when_loaded = !s.start_review_when_loaded;
  if (ImGui::Button("Practice quiz (P)", ImVec2(-1, ImGui::GetFrameHeight() * 1.4f)) || key_pressed(GLFW_KEY_P))
    s.go(Screen::Practice);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Text("Articles");
  ImGui::TextDisabled("Loading...");
}

}  // namespace

void draw_today(AppState& s) {
  if (s.is_loading()) {
    draw_today_loading(s);
    return;
  }
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
  const bool start_now = s.start_review_when_loaded;  // asked for while loading
  s.start_review_when_loaded = false;
  const std::string start = work > 0 ? "Start review (Enter)  ·  " + std::to_string(work) + " cards" : "Nothing due: review is done for today";
  ImGui::BeginDisabled(work == 0);
  if (ImGui::Button(start.c_str(), ImVec2(-1, ImGui::GetFrameHeight() * 1.8f)) ||
      (work > 0 && (start_now || key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_R)))) {
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
  // Each article: its title and its cards in words, beside a bar of how much of it is learned.
  if (ImGui::BeginTable("progress", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Learned", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    for (const ArticleProgress& p : s.progress()) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextWrapped("%s", p.title.c_str());
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%d new · %d learning · %d learned", p.fresh, p.learning, p.review);
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(1);
      char overlay[32];
      std::snprintf(overlay, sizeof overlay, "%d%% learned", static_cast<int>(p.learned() * 100 + 0.5));
      ImGui::ProgressBar(static_cast<float>(p.learned()), ImVec2(-1, 0), overlay);
    }
    ImGui::EndTable();
  }
}

}  // namespace factdeck::ui
