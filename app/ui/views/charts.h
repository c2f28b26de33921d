// Charts drawn with ImGui's draw list, with their axes: bars a day, and a line over labelled x values.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include <functional>
#include <string>
#include <vector>

namespace factdeck::ui {

// "2026-03-14" moved on by `add_days` -> "14 Mar": a date as a chart's axis says it.
std::string short_date(const std::string& iso_day, int add_days = 0);

// Text drawn on a chart: placed by hand, so it reports itself to the layout audit.
void chart_text(ImDrawList* dl, ImVec2 pos, ImU32 colour, const std::string& text, const ImRect& area);

// A bar chart with its axes: 0 and the peak (with the unit) up the left, dates along the bottom, the day and
// its count on hover. `dates[i]` names bar i.
void bar_chart(const char* id, const std::vector<int>& values, const std::vector<std::string>& dates, float height,
               ImU32 colour, const char* one, const char* many, const char* none);
// The same for values that are not counts: `label` writes a value with its unit ("2.5 minutes").
void bar_chart(const char* id, const std::vector<double>& values, const std::vector<std::string>& dates, float height,
               ImU32 colour, const std::function<std::string(double)>& label, const char* none);

// A line through (xs[i], ys[i]) with its axes: the y axis from 0 to the peak, titled `y_title` ("minutes a day");
// the x axis with each point's label `x_labels[i]` where there is room, titled `x_title`. A vertical mark at
// `mark_x` (when inside the range) shows the current choice; hovering a point shows its label and value.
void line_chart(const char* id, const std::vector<double>& xs, const std::vector<double>& ys,
                const std::vector<std::string>& x_labels, const char* x_title, const char* y_title, const char* y_format,
                float height, ImU32 colour, double mark_x);

}  // namespace factdeck::ui
