// The layout audit: every text drawn in a frame, checked for being cut by its window or overlapping a widget.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace factdeck::ui::audit {

// Off by default: recording costs a little per item, so only `--layout-audit` turns it on.
void set_enabled(bool on);
bool enabled();

// Forgets the last frame's items; call before ImGui::NewFrame.
void begin_frame();
// The problems of the frame just drawn (call after ImGui::Render, before the next NewFrame): one line each,
// e.g. `clipped "Statistics" by window screen: 34 px past the right edge`.
std::vector<std::string> end_frame();

// Text drawn straight into a draw list (chart axes, timeline marks) reports itself here, in the current
// window, with the rectangle it takes and the clip rectangle it is drawn in.
void custom_text(const char* text, ImVec2 min, ImVec2 max, ImVec4 clip);

}  // namespace factdeck::ui::audit
