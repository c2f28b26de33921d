// The Timeline screen: every dated fact on one horizontal axis of years, zoomable, hover to read the fact.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "factdeck/overview.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

ImU32 article_colour(int i) {
  static const ImU32 palette[] = {IM_COL32(86, 156, 214, 255), IM_COL32(220, 140, 60, 255), IM_COL32(90, 180, 110, 255),
                                  IM_COL32(200, 90, 160, 255),  IM_COL32(200, 190, 70, 255), IM_COL32(150, 120, 220, 255)};
  return palette[i % 6];
}

// A tick step that gives about 8-15 labels across the span.
int tick_step(double span) {
  for (int step : {1, 2, 5, 10, 20, 50, 100})
    if (span / step <= 15) return step;
  return 200;
}

}  // namespace

void draw_timeline(AppState& s) {
  TimelineState& t = s.timeline;
  if (!t.initialised) t.entries = timeline_entries(s.content.content);
  const std::vector<TimelineEntry>& entries = t.entries;
  if (entries.empty()) {
    ImGui::TextWrapped("No dated facts yet: years, dates and periods appear here.");
    return;
  }
  if (!t.initialised) {
    const double lo = entries.front().start, hi = std::max_element(entries.begin(), entries.end(), [](auto& a, auto& b) {
                                                   return a.end < b.end;
                                                 })->end;
    t.center = (lo + hi) / 2;
    t.span = std::max(5.0, (hi - lo) * 1.1);
    t.initialised = true;
  }
  // Keys and wheel: zoom around the centre, pan by a tenth of the span.
  if (key_pressed(GLFW_KEY_EQUAL) || key_pressed(GLFW_KEY_KP_ADD)) t.span = std::max(1.0, t.span / 1.25);
  if (key_pressed(GLFW_KEY_MINUS) || key_pressed(GLFW_KEY_KP_SUBTRACT)) t.span = std::min(400.0, t.span * 1.25);
  if (key_pressed(GLFW_KEY_LEFT)) t.center -= t.span / 10;
  if (key_pressed(GLFW_KEY_RIGHT)) t.center += t.span / 10;
  // Up/Down walk the facts in time order and bring the chosen one into view.
  const int n = static_cast<int>(entries.size());
  if (key_pressed(GLFW_KEY_DOWN)) t.selected = std::min(t.selected + 1, n - 1);
  if (key_pressed(GLFW_KEY_UP)) t.selected = std::max(t.selected - 1, 0);
  const TimelineEntry* chosen = t.selected >= 0 && t.selected < n ? &entries[static_cast<std::size_t>(t.selected)] : nullptr;
  if (chosen && (key_pressed(GLFW_KEY_DOWN) || key_pressed(GLFW_KEY_UP)) &&
      (chosen->start < t.center - t.span / 2 || chosen->start > t.center + t.span / 2))
    t.center = chosen->start;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%.0f-%.0f · + / - zoom · Left / Right move · Up / Down step through the facts · wheel and drag",
                     t.center - t.span / 2, t.center + t.span / 2);
  ImGui::PopStyleColor();
  const float detail_h = ImGui::GetTextLineHeightWithSpacing() * 3;

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  size.y = std::max(100.0f, size.y - detail_h);
  ImGui::InvisibleButton("axis", size);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered && ImGui::GetIO().MouseWheel != 0) t.span = std::clamp(t.span * std::pow(0.85, ImGui::GetIO().MouseWheel), 1.0, 400.0);
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
    t.center -= ImGui::GetIO().MouseDelta.x / size.x * t.span;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const double left = t.center - t.span / 2;
  auto x_of = [&](double year) { return origin.x + static_cast<float>((year - left) / t.span) * size.x; };
  const float axis_y = origin.y + 30;
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  dl->AddLine(ImVec2(origin.x, axis_y), ImVec2(origin.x + size.x, axis_y), faint, 2);
  const int step = tick_step(t.span);
  for (int y = static_cast<int>(std::floor(left / step)) * step; y <= left + t.span + step; y += step) {
    const float x = x_of(y);
    dl->AddLine(ImVec2(x, axis_y - 6), ImVec2(x, origin.y + size.y), IM_COL32(128, 128, 128, 40));
    const std::string label = std::to_string(y);
    dl->AddText(ImVec2(x + 3, origin.y + 4), text_col, label.c_str());
  }

  // Lanes: each entry takes the first row where it does not overlap the previous one.
  std::map<std::string, int> colour_of;
  std::vector<float> lane_end;
  const float lane_h = ImGui::GetTextLineHeight() + 8;
  const TimelineEntry* hover = nullptr;
  for (const TimelineEntry& e : entries) {
    const auto [it, inserted] = colour_of.emplace(e.article, static_cast<int>(colour_of.size()));
    const float x0 = x_of(e.start), x1 = std::max(x_of(e.end), x0 + 6);
    const float label_w = ImGui::CalcTextSize(e.when.c_str()).x + 8;
    std::size_t lane = 0;
    while (lane < lane_end.size() && lane_end[lane] > x0) ++lane;
    if (lane == lane_end.size()) lane_end.push_back(0);
    lane_end[lane] = std::max(x1, x0 + label_w);
    const float y = axis_y + 12 + static_cast<float>(lane) * lane_h;
    const ImU32 col = article_colour(it->second);
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + lane_h - 6), (col & 0x00FFFFFF) | 0x90000000, 3);
    if (&e == chosen) dl->AddRect(ImVec2(x0 - 2, y - 2), ImVec2(std::max(x1, x0 + label_w) + 2, y + lane_h - 4), text_col, 3, 0, 2);
    dl->AddText(ImVec2(x0 + 3, y + 1), text_col, e.when.c_str());
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (hovered && m.x >= x0 && m.x <= std::max(x1, x0 + label_w) && m.y >= y && m.y <= y + lane_h - 6) hover = &e;
  }
  dl->PopClipRect();
  if (chosen) {
    ImGui::TextDisabled("%s", chosen->article_title.c_str());
    ImGui::TextWrapped("%s", chosen->text.c_str());
  }
  if (hover) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextDisabled("%s", hover->article_title.c_str());
    ImGui::TextWrapped("%s", hover->text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace factdeck::ui
