// Fonts: a CJK-capable TrueType font at the chosen text size, with glyphs for the characters content uses.
#pragma once

#include <cstdint>
#include <vector>

#include "factdeck/content.h"

namespace factdeck::ui {

// The characters to put in the font atlas: Latin, punctuation and arrows always, plus every other character
// some text of `content` uses, as ImGui glyph ranges (first, last pairs, 0-terminated). Needs no ImGui
// context, so the start-up worker computes it beside the content (a pass over every text of the collection).
std::vector<std::uint32_t> glyph_ranges(const Content& content);

// Rebuilds ImGui's font atlas at `size_px` (already multiplied by the monitor's content scale).
// Uses WenQuanYi Micro Hei or Noto Sans CJK when installed, else ImGui's built-in font (no CJK).
// Returns false when only the built-in font was available.
bool build_fonts(const std::vector<std::uint32_t>& ranges, float size_px);

// The font file used, or "" for the built-in one.
const char* font_file();

}  // namespace factdeck::ui
