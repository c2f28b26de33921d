// The Statistics screen: answers a day, a year heatmap, accuracy by article and kind, retention, the forecast, the memory model.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <ctime>
#include <string>

#include "ui/layout_audit.h"
#include "ui/views/charts.h"
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

// The last year, a square a day (weeks are columns, Monday on top), the months along the top.
void heatmap(const std::vector<DayReviews>& days) {
  if (days.empty()) return;
  const float line = ImGui::GetTextLineHeight();
  const float day_w = ImGui::CalcTextSize("Mon").x + 6;
  const float cell = std::max(6.0f, std::min(line * 0.9f, (ImGui::GetContentRegionAvail().x - day_w) / 54.0f));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(day_w + cell * 54, line * 1.2f + cell * 7);
  ImGui::InvisibleButton("heatmap", size);
  const ImRect area(origin, ImVec2(origin.x + size.x, origin.y + size.y));
  int peak = 1;
  for (const DayReviews& d : days) peak = std::max(peak, d.reviews);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 axis = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const float top = origin.y + line * 1.2f, left = origin.x + day_w;
  // Weekday names where there is room for them: Monday, Wednesday, Friday.
  if (cell * 2 >= line) {
    const char* names[] = {"Mon", "Wed", "Fri"};
    for (int r = 0; r < 3; ++r) chart_text(dl, ImVec2(origin.x, top + cell * static_cast<float>(r * 2) + (cell - line) / 2), axis, names[r], area);
  }
  const long first = days.front().day;
  const int offset = static_cast<int>(((first + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday: Monday is row 0
  float last_label_end = -1e9f;
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const int k = static_cast<int>(i) + offset;
    const float x = left + static_cast<float>(k / 7) * cell, y = top + static_cast<float>(k % 7) * cell;
    const float a = days[i].reviews ? 0.25f + 0.75f * static_cast<float>(days[i].reviews) / static_cast<float>(peak) : 0.06f;
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + cell - 2, y + cell - 2), ImGui::GetColorU32(ImVec4(0.25f, 0.7f, 0.35f, a)), 2);
    // A month's name above the week its first day falls in.
    if (k % 7 == 0 && days[i].date.size() == 10 && days[i].date.compare(8, 1, "0") == 0 && days[i].date[9] <= '7' &&
        x > last_label_end) {  // the first week whose Monday is in the month
      const std::string month = short_date(days[i].date).substr(2);  // "3 Mar" -> "Mar" (days 1-7: one digit)
      const float w = ImGui::CalcTextSize(month.c_str()).x;
      if (x + w <= area.Max.x) chart_text(dl, ImVec2(x, origin.y), axis, month, area);
      last_label_end = x + w + 4;
    }
    if (ImGui::IsItemHovered() && m.x >= x && m.x < x + cell && m.y >= y && m.y < y + cell)
      ImGui::SetTooltip("%s: %s", short_date(days[i].date).c_str(), count_of(days[i].reviews, "answer", "answers").c_str());
  }
}

void accuracy_table(const char* id, const std::vector<AccuracyRow>& rows) {
  if (rows.empty()) {
    ImGui::TextDisabled("No answers yet.");
    return;
  }
  // Each row: what, with its count under it, beside a bar of the share right.
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  for (const AccuracyRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextWrapped("%s", r.label.c_str());
    text_faint(std::to_string(r.correct) + " of " + count_of(r.answers, "answer", "answers") + " right");
    ImGui::TableSetColumnIndex(1);
    char overlay[32];
    std::snprintf(overlay, sizeof overlay, "%.0f%% right", r.accuracy() * 100);
    ImGui::ProgressBar(static_cast<float>(r.accuracy()), ImVec2(-1, 0), overlay);
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
  if (key_pressed(GLFW_KEY_END)) ImGui::SetScrollY(ImGui::GetScrollMaxY());  // the memory model is at the end
  if (key_pressed(GLFW_KEY_HOME)) ImGui::SetScrollY(0);
  const std::string streak = f.streak > 0 ? "a " + std::to_string(f.streak) + "-day streak" : "no streak going";
  ImGui::TextWrapped("%s in all · %s · %s", count_of(f.total_reviews, "answer", "answers").c_str(),
                     count_of(f.total_cards, "card", "cards").c_str(), streak.c_str());
  if (f.total_reviews == 0)
    ImGui::TextWrapped("No answers yet: start a review on Today, and this screen fills in as you answer.");
  draw_fit_offer(s, f.total_reviews);
  if (f.retention.reviews == 0)
    ImGui::TextWrapped("True retention: no answers to cards in review over the last %d days yet (desired %.0f%%).",
                       f.retention.window_days, f.retention.desired * 100);
  else
    ImGui::TextWrapped("True retention, last %d days: %.0f%% of %s to cards in review were remembered (desired %.0f%%).",
                       f.retention.window_days, f.retention.rate() * 100,
                       count_of(f.retention.reviews, "answer", "answers").c_str(), f.retention.desired * 100);
  ImGui::Separator();

  const float chart_h = ImGui::GetTextLineHeight() * 6;
  ImGui::Text("Answers a day, the last %zu days", f.per_day.size());
  std::vector<int> per_day;
  std::vector<std::string> days;
  for (const DayReviews& d : f.per_day) {
    per_day.push_back(d.reviews);
    days.push_back(short_date(d.date));
  }
  if (!days.empty()) days.back() = "today";
  bar_chart("perday", per_day, days, chart_h, IM_COL32(86, 156, 214, 255), "answer", "answers", "No answers yet");

  ImGui::Spacing();
  ImGui::TextWrapped("Cards due in the next %zu days (today's bar holds the overdue too)", f.forecast.size());
  std::vector<std::string> ahead;
  const std::string today = f.per_day.empty() ? std::string() : f.per_day.back().date;
  for (std::size_t i = 0; i < f.forecast.size(); ++i) ahead.push_back(i == 0 ? "today" : short_date(today, static_cast<int>(i)));
  bar_chart("forecast", f.forecast, ahead, chart_h, IM_COL32(220, 140, 60, 255), "card", "cards", "No cards due in these days");

  ImGui::Spacing();
  ImGui::TextWrapped("The last year: a square a day, darker for more answers");
  heatmap(f.heatmap);

  ImGui::Separator();
  ImGui::Text("Accuracy by article");
  accuracy_table("byarticle", f.by_article);
  ImGui::Text("Accuracy by kind of fact");
  accuracy_table("bykind", f.by_kind);
  if (!f.weakest.empty()) {
    ImGui::Text("Weakest facts");
    for (const WeakFact& w : f.weakest)
      ImGui::TextWrapped("-  %s (%d of %s right, %s)", w.question.empty() ? w.fact.c_str() : w.question.c_str(), w.correct,
                         count_of(w.answers, "answer", "answers").c_str(), count_of(w.lapses, "lapse", "lapses").c_str());
  }
  draw_model_section(s);
}

}  // namespace factdeck::ui
