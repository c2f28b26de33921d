// The Statistics screen: answers a day, a year heatmap, accuracy by article and kind, retention, the forecast.
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

// "2026-03-14" moved on by `add_days` -> "14 Mar": a date as a chart's axis says it.
std::string short_date(const std::string& iso_day, int add_days = 0) {
  const auto t = parse_iso8601(iso_day + "T12:00:00Z");
  if (!t) return iso_day;
  const std::time_t when = static_cast<std::time_t>(*t + static_cast<UnixSeconds>(add_days) * 86400);
  std::tm tm{};
  gmtime_r(&when, &tm);
  char month[16];
  std::strftime(month, sizeof month, "%b", &tm);
  return std::to_string(tm.tm_mday) + " " + month;
}

// Text drawn on a chart: placed by hand, so it reports itself to the layout audit.
void chart_text(ImDrawList* dl, ImVec2 pos, ImU32 colour, const std::string& text, const ImRect& area) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  dl->AddText(pos, colour, text.c_str());
  audit::custom_text(text.c_str(), pos, ImVec2(pos.x + size.x, pos.y + size.y), ImVec4(area.Min.x, area.Min.y, area.Max.x, area.Max.y));
}

// A bar chart with its axes: 0 and the peak (with the unit) up the left, dates along the bottom, the day and
// its count on hover. `dates[i]` names bar i.
void bar_chart(const char* id, const std::vector<int>& values, const std::vector<std::string>& dates, float height,
               ImU32 colour, const char* one, const char* many, const char* none) {
  if (values.empty()) return;
  const float line = ImGui::GetTextLineHeight();
  const ImU32 axis = ImGui::GetColorU32(ImGuiCol_TextDisabled), faint = ImGui::GetColorU32(ImGuiCol_Border);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton(id, ImVec2(width, height + line * 1.3f));
  const ImRect area(origin, ImVec2(origin.x + width, origin.y + height + line * 1.3f));
  const int peak = std::max(1, *std::max_element(values.begin(), values.end()));
  const float x0 = origin.x + ImGui::CalcTextSize("0").x + 6, x1 = origin.x + width;
  const float y0 = origin.y + line * 1.1f, y1 = origin.y + height;  // the peak's line, the base line
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(x0, y1), ImVec2(x1, y1), axis);
  dl->AddLine(ImVec2(x0, y0), ImVec2(x0, y1), axis);
  dl->AddLine(ImVec2(x0, y0), ImVec2(x1, y0), faint);
  chart_text(dl, ImVec2(origin.x, y1 - line * 0.5f), axis, "0", area);
  const bool empty = *std::max_element(values.begin(), values.end()) == 0;
  if (empty) chart_text(dl, ImVec2(x0 + 8, (y0 + y1 - line) / 2), axis, none, area);  // no bars: say so
  else chart_text(dl, ImVec2(x0 + 4, origin.y), axis, count_of(peak, one, many), area);
  const float w = (x1 - x0) / static_cast<float>(values.size());
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const float h = (y1 - y0) * static_cast<float>(values[i]) / static_cast<float>(peak);
    const float x = x0 + static_cast<float>(i) * w;
    if (values[i] > 0) dl->AddRectFilled(ImVec2(x + 1, y1 - h), ImVec2(x + w - 1, y1), colour);
    if (ImGui::IsItemHovered() && m.x >= x && m.x < x + w)
      ImGui::SetTooltip("%s: %s", i < dates.size() ? dates[i].c_str() : "", count_of(values[i], one, many).c_str());
  }
  // As many dates as fit with room between them, the first and the last always.
  const float label_w = ImGui::CalcTextSize("30 Sep").x * 1.8f;
  const int n = static_cast<int>(values.size());
  const int labels = std::clamp(static_cast<int>((x1 - x0) / label_w), 2, std::min(n, 8));
  for (int k = 0; k < labels; ++k) {
    const int i = labels == 1 ? 0 : static_cast<int>(std::lround(static_cast<double>(k) * (n - 1) / (labels - 1)));
    if (i >= static_cast<int>(dates.size())) continue;
    const float tw = ImGui::CalcTextSize(dates[static_cast<std::size_t>(i)].c_str()).x;
    const float cx = x0 + (static_cast<float>(i) + 0.5f) * w;
    const float lx = std::clamp(cx - tw / 2, x0, x1 - tw);
    dl->AddLine(ImVec2(cx, y1), ImVec2(cx, y1 + 3), axis);
    chart_text(dl, ImVec2(lx, y1 + 3), axis, dates[static_cast<std::size_t>(i)], area);
  }
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
  const std::string streak = f.streak > 0 ? "a " + std::to_string(f.streak) + "-day streak" : "no streak going";
  ImGui::TextWrapped("%s in all · %s · %s", count_of(f.total_reviews, "answer", "answers").c_str(),
                     count_of(f.total_cards, "card", "cards").c_str(), streak.c_str());
  if (f.total_reviews == 0)
    ImGui::TextWrapped("No answers yet: start a review on Today, and this screen fills in as you answer.");
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
}

}  // namespace factdeck::ui
