// The Statistics screen: reviews a day, a year heatmap, accuracy by article and kind, retention, the forecast.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

// Starts computing the figures for the current data on a worker thread.
void start_computing(AppState& s) {
  StatsState& st = s.stats;
  st.version = s.data_version;
  const std::string path = s.store->path();
  const Content* content = &s.content.content;
  const UnixSeconds now = s.now();
  const StudySettings settings = s.session ? s.session->settings() : StudySettings{};
  st.pending = std::async(std::launch::async, [path, content, now, settings]() {
    Statistics out;
    std::unique_ptr<Store> own;  // SQLite connections are not shared across threads
    if (Store::open(path, own).ok()) out = compute_statistics(*own, *content, now, settings);
    wake_ui();
    return out;
  });
}

void bars(const char* id, const std::vector<int>& values, float height, ImU32 colour, const char* tip_unit,
          const std::vector<std::string>& labels) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton(id, ImVec2(width, height));
  const int peak = std::max(1, *std::max_element(values.begin(), values.end()));
  const float w = width / static_cast<float>(std::max<std::size_t>(1, values.size()));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(origin.x, origin.y + height), ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_TextDisabled));
  for (std::size_t i = 0; i < values.size(); ++i) {
    const float h = (height - 4) * static_cast<float>(values[i]) / static_cast<float>(peak);
    const float x = origin.x + static_cast<float>(i) * w;
    dl->AddRectFilled(ImVec2(x + 1, origin.y + height - h), ImVec2(x + w - 1, origin.y + height), colour);
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (ImGui::IsItemHovered() && m.x >= x && m.x < x + w)
      ImGui::SetTooltip("%s: %d %s", i < labels.size() ? labels[i].c_str() : "", values[i], tip_unit);
  }
  ImGui::TextDisabled("peak %d %s", peak, tip_unit);
}

void heatmap(const std::vector<DayReviews>& days) {
  if (days.empty()) return;
  const float cell = std::max(6.0f, std::min(14.0f, ImGui::GetContentRegionAvail().x / 54.0f));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("heatmap", ImVec2(cell * 54, cell * 7));
  int peak = 1;
  for (const DayReviews& d : days) peak = std::max(peak, d.reviews);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Weeks are columns, days of the week rows; the last column ends today.
  const long first = days.front().day;
  const int offset = static_cast<int>(((first + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday: Monday is row 0
  for (std::size_t i = 0; i < days.size(); ++i) {
    const int k = static_cast<int>(i) + offset;
    const float x = origin.x + static_cast<float>(k / 7) * cell, y = origin.y + static_cast<float>(k % 7) * cell;
    const float a = days[i].reviews ? 0.25f + 0.75f * static_cast<float>(days[i].reviews) / static_cast<float>(peak) : 0.06f;
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + cell - 2, y + cell - 2), ImGui::GetColorU32(ImVec4(0.25f, 0.7f, 0.35f, a)), 2);
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (ImGui::IsItemHovered() && m.x >= x && m.x < x + cell && m.y >= y && m.y < y + cell)
      ImGui::SetTooltip("%s: %d answers", days[i].date.c_str(), days[i].reviews);
  }
}

void accuracy_table(const char* id, const std::vector<AccuracyRow>& rows) {
  if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  for (const AccuracyRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextWrapped("%s", r.label.c_str());
    ImGui::TableSetColumnIndex(1);
    char overlay[32];
    std::snprintf(overlay, sizeof overlay, "%.0f%%", r.accuracy() * 100);
    ImGui::ProgressBar(static_cast<float>(r.accuracy()), ImVec2(-1, 0), overlay);
    ImGui::TableSetColumnIndex(2);
    ImGui::Text("%d / %d", r.correct, r.answers);
  }
  ImGui::EndTable();
}

}  // namespace

void draw_stats(AppState& s) {
  StatsState& st = s.stats;
  if (!s.store) {
    ImGui::TextWrapped("The study database is not open.");
    return;
  }
  if (st.pending.valid() && st.pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    st.figures = st.pending.get();
  if (st.version != s.data_version && !st.pending.valid()) start_computing(s);
  if (!st.figures) {
    busy_bar("Counting your answers...");
    return;
  }
  const Statistics& f = *st.figures;
  const float line = ImGui::GetTextLineHeightWithSpacing();
  if (key_pressed(GLFW_KEY_DOWN)) ImGui::SetScrollY(ImGui::GetScrollY() + 3 * line);
  if (key_pressed(GLFW_KEY_UP)) ImGui::SetScrollY(ImGui::GetScrollY() - 3 * line);
  ImGui::Text("%lld answers in all · %d cards · %d-day streak", static_cast<long long>(f.total_reviews), f.total_cards, f.streak);
  ImGui::Text("True retention over %d days: %.1f%% of %d reviews (desired %.0f%%)", f.retention.window_days,
              f.retention.rate() * 100, f.retention.reviews, f.retention.desired * 100);
  ImGui::Separator();

  ImGui::Text("Answers a day, last %zu days", f.per_day.size());
  std::vector<int> per_day;
  std::vector<std::string> labels;
  for (const DayReviews& d : f.per_day) {
    per_day.push_back(d.reviews);
    labels.push_back(d.date);
  }
  bars("perday", per_day, ImGui::GetTextLineHeight() * 5, IM_COL32(86, 156, 214, 255), "answers", labels);

  ImGui::Text("Due in the next %zu days (today includes the overdue)", f.forecast.size());
  std::vector<std::string> fl;
  for (std::size_t i = 0; i < f.forecast.size(); ++i) fl.push_back(i == 0 ? "today" : "in " + std::to_string(i) + " days");
  bars("forecast", f.forecast, ImGui::GetTextLineHeight() * 4, IM_COL32(220, 140, 60, 255), "cards", fl);

  ImGui::Text("The last year");
  heatmap(f.heatmap);

  ImGui::Separator();
  ImGui::Text("Accuracy by article");
  accuracy_table("byarticle", f.by_article);
  ImGui::Text("Accuracy by kind of fact");
  accuracy_table("bykind", f.by_kind);
  if (!f.weakest.empty()) {
    ImGui::Text("Weakest facts");
    for (const WeakFact& w : f.weakest)
      ImGui::BulletText("%s (%d of %d right, %d lapses)", w.question.empty() ? w.fact.c_str() : w.question.c_str(), w.correct,
                        w.answers, w.lapses);
  }
}

}  // namespace factdeck::ui
