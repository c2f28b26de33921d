// Charts drawn with ImGui's draw list, with their axes: bars a day, and a line over labelled x values.
#include "ui/views/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "factdeck/clock.h"
#include "ui/layout_audit.h"
#include "ui/views/views.h"

namespace factdeck::ui {

// "2026-03-14" moved on by `add_days` -> "14 Mar": a date as a chart's axis says it.
std::string short_date(const std::string& iso_day, int add_days) {
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
void bar_chart(const char* id, const std::vector<double>& values, const std::vector<std::string>& dates, float height,
               ImU32 colour, const std::function<std::string(double)>& label, const char* none) {
  if (values.empty()) return;
  const float line = ImGui::GetTextLineHeight();
  const ImU32 axis = ImGui::GetColorU32(ImGuiCol_TextDisabled), faint = ImGui::GetColorU32(ImGuiCol_Border);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton(id, ImVec2(width, height + line * 1.3f));
  const ImRect area(origin, ImVec2(origin.x + width, origin.y + height + line * 1.3f));
  const double peak = *std::max_element(values.begin(), values.end());
  const float x0 = origin.x + ImGui::CalcTextSize("0").x + 6, x1 = origin.x + width;
  const float y0 = origin.y + line * 1.1f, y1 = origin.y + height;  // the peak's line, the base line
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(x0, y1), ImVec2(x1, y1), axis);
  dl->AddLine(ImVec2(x0, y0), ImVec2(x0, y1), axis);
  dl->AddLine(ImVec2(x0, y0), ImVec2(x1, y0), faint);
  chart_text(dl, ImVec2(origin.x, y1 - line * 0.5f), axis, "0", area);
  const bool empty = !(peak > 0);
  if (empty) chart_text(dl, ImVec2(x0 + 8, (y0 + y1 - line) / 2), axis, none, area);  // no bars: say so
  else chart_text(dl, ImVec2(x0 + 4, origin.y), axis, label(peak), area);
  const float w = (x1 - x0) / static_cast<float>(values.size());
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const float h = empty ? 0.0f : (y1 - y0) * static_cast<float>(values[i] / peak);
    const float x = x0 + static_cast<float>(i) * w;
    if (values[i] > 0) dl->AddRectFilled(ImVec2(x + 1, y1 - h), ImVec2(x + w - 1, y1), colour);
    if (ImGui::IsItemHovered() && m.x >= x && m.x < x + w)
      ImGui::SetTooltip("%s: %s", i < dates.size() ? dates[i].c_str() : "", label(values[i]).c_str());
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

void bar_chart(const char* id, const std::vector<int>& values, const std::vector<std::string>& dates, float height,
               ImU32 colour, const char* one, const char* many, const char* none) {
  bar_chart(id, std::vector<double>(values.begin(), values.end()), dates, height, colour,
            [one, many](double v) { return count_of(std::llround(v), one, many); }, none);
}

void line_chart(const char* id, const std::vector<double>& xs, const std::vector<double>& ys,
                const std::vector<std::string>& x_labels, const char* x_title, const char* y_title, const char* y_format,
                float height, ImU32 colour, double mark_x) {
  if (xs.size() < 2 || ys.size() != xs.size()) return;
  const float line = ImGui::GetTextLineHeight();
  const ImU32 axis = ImGui::GetColorU32(ImGuiCol_TextDisabled), faint = ImGui::GetColorU32(ImGuiCol_Border);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float total_h = height + line * 2.4f;  // the x labels and the x title below the base line
  ImGui::InvisibleButton(id, ImVec2(width, total_h));
  const bool hovered = ImGui::IsItemHovered();
  const ImRect area(origin, ImVec2(origin.x + width, origin.y + total_h));
  const double peak = std::max(1e-9, *std::max_element(ys.begin(), ys.end()));
  char buf[64];
  std::snprintf(buf, sizeof buf, y_format, peak);
  const std::string peak_text = buf;
  const float x0 = origin.x + std::max(ImGui::CalcTextSize(peak_text.c_str()).x, ImGui::CalcTextSize("0").x) + 8;
  const float x1 = origin.x + width - ImGui::CalcTextSize(x_labels.back().c_str()).x / 2 - 2;
  // The y title's line on top, then the peak's label centred on the peak's line; the base line at `height`.
  const float y0 = origin.y + line * 1.7f, y1 = origin.y + height;
  const double lo = xs.front(), hi = xs.back();
  auto px = [&](double x) { return x0 + static_cast<float>((x - lo) / (hi - lo)) * (x1 - x0); };
  auto py = [&](double y) { return y1 - static_cast<float>(y / peak) * (y1 - y0); };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(x0, y1), ImVec2(x1, y1), axis);
  dl->AddLine(ImVec2(x0, y0), ImVec2(x0, y1), axis);
  dl->AddLine(ImVec2(x0, y0), ImVec2(x1, y0), faint);
  chart_text(dl, ImVec2(origin.x, origin.y), axis, y_title, area);
  chart_text(dl, ImVec2(origin.x, y0 - line * 0.5f), axis, peak_text, area);
  chart_text(dl, ImVec2(origin.x, y1 - line * 0.5f), axis, "0", area);
  if (mark_x >= lo && mark_x <= hi) dl->AddLine(ImVec2(px(mark_x), y0), ImVec2(px(mark_x), y1), faint, 2);
  // The x labels where there is room, the first and the last always.
  float last_end = -1e9f;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const std::string& label = i < x_labels.size() ? x_labels[i] : std::string();
    const float tw = ImGui::CalcTextSize(label.c_str()).x;
    const float cx = px(xs[i]), lx = std::clamp(cx - tw / 2, origin.x, origin.x + width - tw);
    dl->AddLine(ImVec2(cx, y1), ImVec2(cx, y1 + 3), axis);
    const bool last = i + 1 == xs.size();
    if (lx > last_end + 6 && (last || lx + tw + 6 < px(xs.back()) - ImGui::CalcTextSize(x_labels.back().c_str()).x / 2)) {
      chart_text(dl, ImVec2(lx, y1 + 3), axis, label, area);
      last_end = lx + tw;
    }
  }
  const std::string xt = x_title;
  chart_text(dl, ImVec2(x0 + (x1 - x0 - ImGui::CalcTextSize(xt.c_str()).x) / 2, y1 + 3 + line), axis, xt, area);
  for (std::size_t i = 0; i + 1 < xs.size(); ++i)
    dl->AddLine(ImVec2(px(xs[i]), py(ys[i])), ImVec2(px(xs[i + 1]), py(ys[i + 1])), colour, 2);
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const ImVec2 p(px(xs[i]), py(ys[i]));
    dl->AddCircleFilled(p, 3.5f, colour);
    if (hovered && std::fabs(m.x - p.x) < (x1 - x0) / static_cast<float>(2 * (xs.size() - 1))) {
      std::snprintf(buf, sizeof buf, y_format, ys[i]);
      ImGui::SetTooltip("%s: %s %s", i < x_labels.size() ? x_labels[i].c_str() : "", buf, y_title);
    }
  }
}

}  // namespace factdeck::ui
