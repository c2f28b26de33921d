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

void add_text(ImFontGlyphRangesBuilder& b, const std::string& s) {
  if (!s.empty()) b.AddText(s.c_str(), s.c_str() + s.size());
}

}  // namespace

const char* font_file() { return g_font_file.c_str(); }

bool build_fonts(const Content& content, float size_px) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_font_file.clear();
  std::error_code ec;
  for (const char* path : kCandidates) {
    if (!std::filesystem::exists(path, ec)) continue;
    // Latin and punctuation always; every other character only when some content uses it.
    static ImVector<ImWchar> ranges;
    ranges.clear();
    ImFontGlyphRangesBuilder b;
    b.AddRanges(io.Fonts->GetGlyphRangesDefault());
    static const ImWchar extra[] = {0x2010, 0x2027, 0x2190, 0x21FF, 0x2713, 0x2717, 0x25A0, 0x25FF, 0};
    b.AddRanges(extra);
    for (const Article& a : content.articles) {
      add_text(b, a.title);
      add_text(b, a.summary);
      for (const Fact& f : a.facts) {
        for (const std::string* s : {&f.question, &f.statement, &f.sentence, &f.note, &f.original, &f.text,
                                     &f.subject, &f.definition, &f.speaker, &f.reverse})
          add_text(b, *s);
        for (const std::string& s : f.items) add_text(b, s);
        for (const std::string& s : f.distractors) add_text(b, s);
      }
    }
    for (const LexClass& c : content.classes)
      for (const std::string& s : c.members) add_text(b, s);
    b.BuildRanges(&ranges);
    ImFontConfig cfg;
    cfg.OversampleH = 1;  // the font is drawn at its real size, so oversampling buys little
    if (io.Fonts->AddFontFromFileTTF(path, size_px, &cfg, ranges.Data)) {
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
