// Fonts: a CJK-capable TrueType font at the chosen text size, with glyphs for the characters content uses.
#pragma once

#include "factdeck/content.h"

namespace factdeck::ui {

// Rebuilds ImGui's font atlas at `size_px` (already multiplied by the monitor's content scale).
// Uses WenQuanYi Micro Hei or Noto Sans CJK when installed, else ImGui's built-in font (no CJK).
// Returns false when only the built-in font was available.
bool build_fonts(const Content& content, float size_px);

// The font file used, or "" for the built-in one.
const char* font_file();

}  // namespace factdeck::ui
