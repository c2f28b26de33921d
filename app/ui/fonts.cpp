// Builds the font atlas from the glyphs the content actually uses, so CJK costs milliseconds, not seconds.
#include "ui/fonts.h"

#include <imgui.h>

#include <filesystem>
#include <string>

namespace factdeck::ui {
namespace {

std::string g_font_file;

const char* const kCandidates[] = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
};

// Basic Latin and Latin-1 (ImGui's default ranges), dashes and quotes, arrows, check marks, shapes.
const std::uint32_t kAlways[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190, 0x21FF, 0x2713, 0x2717, 0x25A0, 0x25FF};

// Marks each code point of a UTF-8 string; malformed bytes are skipped (the loader already checked the text).
void mark(std::vector<bool>& used, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    std::uint32_t c = *p;
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || end - p <= extra) {
      ++p;
      continue;
    }
    if (extra) c &= 0x3Fu >> extra;
    for (int i = 1; i <= extra; ++i) c = (c << 6) | (p[i] & 0x3Fu);
    p += extra + 1;
    if (c < used.size()) used[c] = true;
  }
}

}  // namespace

const char* font_file() { return g_font_file.c_str(); }

std::vector<std::uint32_t> glyph_ranges(const Content& content) {
  // ImWchar holds 16 bits in ImGui's default build: characters beyond the BMP cannot be drawn anyway.
  std::vector<bool> used(0x10000, false);
  for (std::size_t i = 0; i + 1 < sizeof kAlways / sizeof kAlways[0]; i += 2)
    for (std::uint32_t c = kAlways[i]; c <= kAlways[i + 1]; ++c) used[c] = true;
  for (const Article& a : content.articles) {
    mark(used, a.title);
    mark(used, a.summary);
    for (const Fact& f : a.facts) {
      for (const CompactString* s : {&f.question, &f.statement, &f.sentence, &f.note, &f.original, &f.text,
                                   &f.subject, &f.definition, &f.speaker, &f.reverse})
        mark(used, *s);
      for (const CompactString& s : f.items) mark(used, s);
      for (const CompactString& s : f.distractors) mark(used, s);
    }
  }
  for (const LexClass& c : content.classes)
    for (const std::string& s : c.members) mark(used, s);
  std::vector<std::uint32_t> ranges;
  for (std::uint32_t c = 1; c < used.size(); ++c) {
    if (!used[c] || used[c - 1]) continue;
    std::uint32_t last = c;
    while (last + 1 < used.size() && used[last + 1]) ++last;
    ranges.push_back(c);
    ranges.push_back(last);
  }
  ranges.push_back(0);
  return ranges;
}

bool build_fonts(const std::vector<std::uint32_t>& ranges, float size_px) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_font_file.clear();
  // The atlas keeps a pointer to its ranges until the next rebuild.
  static std::vector<ImWchar> glyphs;
  glyphs.assign(ranges.begin(), ranges.end());
  if (glyphs.empty() || glyphs.back() != 0) glyphs.push_back(0);
  std::error_code ec;
  for (const char* path : kCandidates) {
    if (!std::filesystem::exists(path, ec)) continue;
    ImFontConfig cfg;
    cfg.OversampleH = 1;  // the font is drawn at its real size, so oversampling buys little
    if (io.Fonts->AddFontFromFileTTF(path, size_px, &cfg, glyphs.data())) {
      g_font_file = path;
      return true;
    }
  }
  ImFontConfig cfg;
  cfg.SizePixels = size_px;
  io.Fonts->AddFontDefault(&cfg);
  return false;
}

}  // namespace factdeck::ui
