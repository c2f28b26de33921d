// The Timeline screen: every dated fact on one horizontal axis of years, zoomable, hover to read the fact.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "factdeck/overview.h"
#include "ui/layout_audit.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

ImU32 article_colour(int i) {
  static const ImU32 palette[] = {IM_COL32(86, 156, 214, 255), IM_COL32(220, 140, 60, 255), IM_COL32(90, 180, 110, 255),
                                  IM_COL32(200, 90, 160, 255),  IM_COL32(200, 190, 70, 255), IM_COL32(150, 120, 220, 255)};
  return palette[i % 6];
}

// The step between year labels: about 15 across the span at most, and room for each label.
int year_step(double span, float width, float label_w) {
  for (int step : {1, 2, 5, 10, 20, 50, 100, 200, 500})
    if (span / step <= 15 && width / static_cast<float>(span / step) >= label_w) return step;
  return 1000;
}

// A mark's label: when, then the start of its statement ("2026-2030  China's 15th Five-Year Plan..."), at most
// `max_w` wide; the whole statement is shown below when the mark is chosen, and on hover.
std::string mark_label(const TimelineEntry& e, float max_w) {
  std::string label = e.when + "  " + e.text;
  if (ImGui::CalcTextSize(label.c_str()).x <= max_w) return label;
  std::size_t cut = label.size();
  while (cut > e.when.size() && ImGui::CalcTextSize((label.substr(0, cut) + "...").c_str()).x > max_w) {
    cut = label.rfind(' ', cut - 1);
    if (cut == std::string::npos) cut = e.when.size();
  }
  return label.substr(0, std::max(cut, e.when.size())) + "...";
}

// Zooms by `factor`, keeping the chosen fact (or the centre) where it is on the screen.
void zoom(TimelineState& t, const TimelineEntry* chosen, double factor) {
  const double span = std::clamp(t.span * factor, 1.0, 400.0);
  const double anchor = chosen && chosen->start >= t.center - t.span / 2 && chosen->start <= t.center + t.span / 2
                            ? chosen->start
                            : t.center;
  t.center = anchor + (t.center - anchor) * (span / t.span);
  t.span = span;
}

// The articles' colours, in a row that wraps.
void legend(const std::vector<std::string>& titles) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float box = ImGui::GetTextLineHeight() * 0.7f;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    const float w = box + 6 + ImGui::CalcTextSize(titles[i].c_str()).x;
    if (i) {
      ImGui::SameLine(0, ImGui::GetFontSize());
      if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    }
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + (ImGui::GetTextLineHeight() - box) / 2;
    dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + box, y + box), article_colour(static_cast<int>(i)), 2);
    ImGui::SetCursorScreenPos(ImVec2(p.x + box + 6, p.y));
    ImGui::TextUnformatted(titles[i].c_str());
  }
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
  const int n = static_cast<int>(entries.size());
  if (t.selected >= n) t.selected = n - 1;
  // Up/Down walk the facts in time order and bring the chosen one into view.
  if (key_pressed(GLFW_KEY_DOWN)) t.selected = std::min(t.selected + 1, n - 1);
  if (key_pressed(GLFW_KEY_UP)) t.selected = std::max(t.selected - 1, 0);
  const TimelineEntry* chosen = t.selected >= 0 ? &entries[static_cast<std::size_t>(t.selected)] : nullptr;
  if (chosen && (key_pressed(GLFW_KEY_DOWN) || key_pressed(GLFW_KEY_UP)) &&
      (chosen->start < t.center - t.span / 2 || chosen->start > t.center + t.span / 2))
    t.center = chosen->start;
  // Keys and wheel zoom around the chosen fact, so it stays where it is; Left/Right pan by a tenth of the span.
  if (key_pressed(GLFW_KEY_EQUAL) || key_pressed(GLFW_KEY_KP_ADD)) zoom(t, chosen, 1 / 1.25);
  if (key_pressed(GLFW_KEY_MINUS) || key_pressed(GLFW_KEY_KP_SUBTRACT)) zoom(t, chosen, 1.25);
  if (key_pressed(GLFW_KEY_LEFT)) t.center -= t.span / 10;
  if (key_pressed(GLFW_KEY_RIGHT)) t.center += t.span / 10;

  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%.0f-%.0f · + / - zoom · Left / Right move · Up / Down step through the facts · click a mark · wheel and drag",
                     t.center - t.span / 2, t.center + t.span / 2);
  ImGui::PopStyleColor();
  std::map<std::string, int> colour_of;
  std::vector<std::string> titles;
  for (const TimelineEntry& e : entries)
    if (colour_of.emplace(e.article, static_cast<int>(colour_of.size())).second) titles.push_back(e.article_title);
  legend(titles);

  // Lanes: each mark takes the first row where it does not overlap the previous one; the area is as tall as
  // its lanes (the screen scrolls), and at least what is left above the chosen fact's text.
  const float width = ImGui::GetContentRegionAvail().x;
  const double left = t.center - t.span / 2;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  auto x_of = [&](double year) { return origin.x + static_cast<float>((year - left) / t.span) * width; };
  const float line = ImGui::GetTextLineHeight(), lane_h = line + 8, axis_y = origin.y + line * 1.4f;
  struct Mark {
    const TimelineEntry* e;
    float x0, x1, label_x, y;
    std::string label;
  };
  std::vector<Mark> marks;
  std::vector<float> lane_end;
  for (const TimelineEntry& e : entries) {
    const float x0 = x_of(e.start), x1 = std::max(x_of(e.end), x0 + 6);
    if (x1 < origin.x || x0 > origin.x + width) continue;  // out of view
    std::string label = mark_label(e, std::max(line * 4, std::min(width * 0.45f, line * 14)));
    const float label_w = ImGui::CalcTextSize(label.c_str()).x + 8;
    // A label starts at its mark, pulled inside the area when the mark is near or past an edge.
    const float label_x = std::clamp(x0 + 3, origin.x, origin.x + width - label_w);
    const float start = std::min(x0, label_x), end = std::max(x1, label_x + label_w);
    std::size_t lane = 0;
    while (lane < lane_end.size() && lane_end[lane] > start) ++lane;
    if (lane == lane_end.size()) lane_end.push_back(0);
    lane_end[lane] = end;
    marks.push_back(Mark{&e, x0, x1, label_x, axis_y + 12 + static_cast<float>(lane) * lane_h, std::move(label)});
  }
  const float detail_h = line * 4;
  const float needed = axis_y - origin.y + 16 + static_cast<float>(lane_end.size()) * lane_h;
  const ImVec2 size(width, std::max({needed, ImGui::GetContentRegionAvail().y - detail_h, line * 6}));
  ImGui::InvisibleButton("axis", size);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered && ImGui::GetIO().MouseWheel != 0) zoom(t, chosen, std::pow(0.85, ImGui::GetIO().MouseWheel));
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
    t.center -= ImGui::GetIO().MouseDelta.x / size.x * t.span;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text), faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImVec4 area(origin.x, origin.y, origin.x + size.x, origin.y + size.y);
  auto label_at = [&](ImVec2 pos, ImU32 colour, const std::string& text) {
    dl->AddText(pos, colour, text.c_str());
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    audit::custom_text(text.c_str(), pos, ImVec2(pos.x + ts.x, pos.y + ts.y), area);
  };
  dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  dl->AddLine(ImVec2(origin.x, axis_y), ImVec2(origin.x + size.x, axis_y), faint, 2);
  // Years along the top: a step that leaves room for each label.
  const float year_w = ImGui::CalcTextSize("2000").x * 1.6f;
  const int step = year_step(t.span, width, year_w);
  float last_year_end = -1e9f;
  for (int y = static_cast<int>(std::floor(left / step)) * step; y <= left + t.span + step; y += step) {
    const float x = x_of(y);
    dl->AddLine(ImVec2(x, axis_y - 6), ImVec2(x, origin.y + size.y), IM_COL32(128, 128, 128, 40));
    const std::string label = std::to_string(y);
    const float lw = ImGui::CalcTextSize(label.c_str()).x;
    if (x + 3 < origin.x || x + 3 + lw > origin.x + size.x || x + 3 < last_year_end) continue;
    label_at(ImVec2(x + 3, origin.y + 2), text_col, label);
    last_year_end = x + 3 + lw + 6;
  }
  const TimelineEntry* hover = nullptr;
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (const Mark& mk : marks) {
    const ImU32 col = article_colour(colour_of[mk.e->article]);
    const float label_w = ImGui::CalcTextSize(mk.label.c_str()).x;
    dl->AddRectFilled(ImVec2(mk.x0, mk.y), ImVec2(mk.x1, mk.y + lane_h - 6), (col & 0x00FFFFFF) | 0x90000000, 3);
    const float right = std::max(mk.x1, mk.label_x + label_w);
    if (mk.e == chosen) dl->AddRect(ImVec2(std::min(mk.x0, mk.label_x) - 2, mk.y - 2), ImVec2(right + 2, mk.y + lane_h - 4), text_col, 3, 0, 2);
    label_at(ImVec2(mk.label_x, mk.y + 1), text_col, mk.label);
    if (hovered && m.x >= std::min(mk.x0, mk.label_x) && m.x <= right && m.y >= mk.y && m.y <= mk.y + lane_h - 6) hover = mk.e;
  }
  dl->PopClipRect();
  if (hover && ImGui::IsItemClicked()) t.selected = static_cast<int>(hover - entries.data());
  if (chosen) {
    ImGui::TextDisabled("%s · %s", chosen->when.c_str(), chosen->article_title.c_str());
    ImGui::TextWrapped("%s", chosen->text.c_str());
  } else {
    ImGui::TextDisabled("Up / Down or a click chooses a fact; its whole sentence shows here.");
  }
  if (hover) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextDisabled("%s · %s", hover->when.c_str(), hover->article_title.c_str());
    ImGui::TextWrapped("%s", hover->text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace factdeck::ui
