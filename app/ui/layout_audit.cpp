// The layout audit: ImGui's item and text submission is hooked (the linker's --wrap, see app/CMakeLists.txt), each
// text is kept with the rectangle it takes and the clip it is drawn in, and the frame is checked once drawn.
#include "ui/layout_audit.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace factdeck::ui::audit {
namespace {

constexpr float kSlack = 1.5f;  // pixels: rounding, not a cut

struct Item {
  ImRect rect;
  ImGuiID id = 0;
  int text = -1;  // the text this item drew (its label), if any
};

struct Text {
  ImRect rect;
  ImRect clip;            // where it may be seen: the draw list's clip and the widget's own
  bool clip_by_widget = false;  // the widget cuts it to its own frame (a button's): `frame`
  ImRect frame;
  bool squeezed = false;  // wrapped into a column a few characters wide
  int owner = -1;         // the item that drew it
  std::string label;
};

struct WindowRecord {
  ImGuiWindow* window = nullptr;
  std::vector<Item> items;
  std::vector<Text> texts;
};

bool g_on = false;
std::vector<WindowRecord> g_windows;

WindowRecord* current() {
  ImGuiContext* g = ImGui::GetCurrentContext();
  if (!g || !g->CurrentWindow) return nullptr;
  ImGuiWindow* w = g->CurrentWindow;
  if (w->Flags & (ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup)) return nullptr;
  for (WindowRecord& r : g_windows)
    if (r.window == w) return &r;
  g_windows.push_back(WindowRecord{w, {}, {}});
  return &g_windows.back();
}

bool contains(const ImRect& outer, const ImRect& inner) {
  return inner.Min.x >= outer.Min.x - kSlack && inner.Min.y >= outer.Min.y - kSlack &&
         inner.Max.x <= outer.Max.x + kSlack && inner.Max.y <= outer.Max.y + kSlack;
}

bool overlap(const ImRect& a, const ImRect& b) {
  const float w = std::min(a.Max.x, b.Max.x) - std::max(a.Min.x, b.Min.x);
  const float h = std::min(a.Max.y, b.Max.y) - std::max(a.Min.y, b.Min.y);
  return w > kSlack && h > kSlack;
}

ImRect draw_clip(const ImGuiWindow* w) {
  const ImVec4 c = w->DrawList->_ClipRectStack.Size ? w->DrawList->_ClipRectStack.back() : ImVec4(w->ClipRect.Min.x, w->ClipRect.Min.y, w->ClipRect.Max.x, w->ClipRect.Max.y);
  return ImRect(c.x, c.y, c.z, c.w);
}

void add_text(const char* text, const char* end, ImRect rect, ImRect clip, bool by_widget, bool squeezed,
              ImRect frame = ImRect(), bool custom = false) {
  WindowRecord* r = current();
  if (!r || text == end) return;
  Text t;
  t.rect = rect;
  t.clip = clip;
  t.clip_by_widget = by_widget;
  t.frame = by_widget ? frame : clip;
  t.squeezed = squeezed;
  t.label.assign(text, end);
  // A widget's label is the first text drawn inside it right after it; text drawn on a chart is nobody's label.
  if (!custom && !r->items.empty() && contains(r->items.back().rect, rect) && r->items.back().text < 0) {
    t.owner = static_cast<int>(r->items.size()) - 1;
    r->items.back().text = static_cast<int>(r->texts.size());
  }
  r->texts.push_back(std::move(t));
}

// "Factdeck###main/screen_1A2B3C4D" -> "screen": the name a reader recognises.
std::string window_name(const ImGuiWindow* w) {
  std::string n = w->Name;
  if (const auto slash = n.rfind('/'); slash != std::string::npos) n = n.substr(slash + 1);
  if (const auto hashes = n.find("###"); hashes != std::string::npos) n = n.substr(hashes + 3);
  if (n.size() > 9 && n[n.size() - 9] == '_') n.resize(n.size() - 9);
  return n;
}

std::string quoted(const std::string& label) {
  std::string s;
  for (char c : label) s += c == '\n' ? ' ' : c;
  if (s.size() > 70) s = s.substr(0, 67) + "...";
  return "\"" + s + "\"";
}

std::string px(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f px", v);
  return buf;
}

void check_window(const WindowRecord& r, std::vector<std::string>& out) {
  const ImGuiWindow* w = r.window;
  if (!w->WasActive && !w->Active) return;
  const std::string where = " in " + window_name(w);
  // A window that scrolls shows what is below its edge by scrolling; one without a scrollbar cuts it.
  const bool scrolls = !(w->Flags & ImGuiWindowFlags_NoScrollbar);
  for (std::size_t i = 0; i < r.texts.size(); ++i) {
    const Text& t = r.texts[i];
    const float right = t.rect.Max.x - t.clip.Max.x, left = t.clip.Min.x - t.rect.Min.x;
    if (right > kSlack) out.push_back("clipped " + quoted(t.label) + where + ": " + px(right) + " past the right edge");
    else if (left > kSlack) out.push_back("clipped " + quoted(t.label) + where + ": " + px(left) + " past the left edge");
    // Cut at the top or bottom: by its own widget (a label taller than its button), or by a window that cannot
    // scroll; a scrolling window's edge only hides what scrolling shows.
    const ImRect& v = scrolls ? t.frame : t.clip;
    const float v_below = t.rect.Max.y - v.Max.y, v_above = v.Min.y - t.rect.Min.y;
    if ((t.clip_by_widget || !scrolls) && (v_below > kSlack || v_above > kSlack))
      out.push_back("clipped " + quoted(t.label) + where + ": " + px(std::max(v_below, v_above)) + " cut off at the " +
                    (v_below > v_above ? "bottom" : "top"));
    if (t.squeezed) out.push_back("squeezed " + quoted(t.label) + where + ": wrapped into a column " + px(t.rect.GetWidth()) + " wide");
    for (std::size_t j = i + 1; j < r.texts.size(); ++j)
      if (overlap(t.rect, r.texts[j].rect) && !(t.label == r.texts[j].label && t.rect.Min.x == r.texts[j].rect.Min.x))
        out.push_back("overlap " + quoted(t.label) + " and " + quoted(r.texts[j].label) + where);
    for (std::size_t k = 0; k < r.items.size(); ++k) {
      const Item& it = r.items[k];
      if (static_cast<int>(k) == t.owner || it.text == static_cast<int>(i) || !overlap(t.rect, it.rect)) continue;
      if (contains(it.rect, t.rect) || (it.text >= 0 && it.id == 0)) continue;  // drawn on a row's background; text vs text above
      out.push_back("overlap " + quoted(t.label) + " and a widget" +
                    (it.text >= 0 ? " " + quoted(r.texts[static_cast<std::size_t>(it.text)].label) : std::string()) + where);
    }
  }
  // Two widgets on top of each other (a button over the navigation bar), neither inside the other.
  for (std::size_t a = 0; a < r.items.size(); ++a)
    for (std::size_t b = a + 1; b < r.items.size(); ++b) {
      const Item &x = r.items[a], &y = r.items[b];
      if (!x.id || !y.id || !overlap(x.rect, y.rect) || contains(x.rect, y.rect) || contains(y.rect, x.rect)) continue;
      auto name = [&](const Item& i) { return i.text >= 0 ? quoted(r.texts[static_cast<std::size_t>(i.text)].label) : std::string("a widget"); };
      out.push_back("overlap " + name(x) + " and " + name(y) + where);
    }
}

}  // namespace

void set_enabled(bool on) { g_on = on; }
bool enabled() { return g_on; }

void begin_frame() { g_windows.clear(); }

std::vector<std::string> end_frame() {
  std::vector<std::string> out;
  if (!g_on) return out;
  for (const WindowRecord& r : g_windows) check_window(r, out);
  std::set<std::string> seen;
  out.erase(std::remove_if(out.begin(), out.end(), [&](const std::string& l) { return !seen.insert(l).second; }), out.end());
  g_windows.clear();
  return out;
}

void custom_text(const char* text, ImVec2 min, ImVec2 max, ImVec4 clip) {
  if (!g_on) return;
  const ImRect c(clip.x, clip.y, clip.z, clip.w);
  add_text(text, text + std::char_traits<char>::length(text), ImRect(min, max), c, true, false, c, true);
}

}  // namespace factdeck::ui::audit

// The hooks: the linker sends ImGui's own calls to these (-Wl,--wrap=SYMBOL), which record and pass them on.
using namespace factdeck::ui::audit;
extern "C" {
bool __real__ZN5ImGui7ItemAddERK6ImRectjPS1_i(const ImRect& bb, ImGuiID id, const ImRect* nav_bb, ImGuiItemFlags flags);
void __real__ZN5ImGui10RenderTextE6ImVec2PKcS2_b(ImVec2 pos, const char* text, const char* text_end, bool hide_after_hash);
void __real__ZN5ImGui17RenderTextWrappedE6ImVec2PKcS2_f(ImVec2 pos, const char* text, const char* text_end, float wrap_width);
void __real__ZN5ImGui17RenderTextClippedERK6ImVec2S2_PKcS4_PS1_S2_PK6ImRect(const ImVec2& pos_min, const ImVec2& pos_max,
                                                                            const char* text, const char* text_end,
                                                                            const ImVec2* text_size_if_known,
                                                                            const ImVec2& align, const ImRect* clip_rect);

bool __wrap__ZN5ImGui7ItemAddERK6ImRectjPS1_i(const ImRect& bb, ImGuiID id, const ImRect* nav_bb, ImGuiItemFlags flags) {
  if (g_on)
    if (WindowRecord* r = current()) r->items.push_back(Item{bb, id, -1});
  return __real__ZN5ImGui7ItemAddERK6ImRectjPS1_i(bb, id, nav_bb, flags);
}

void __wrap__ZN5ImGui10RenderTextE6ImVec2PKcS2_b(ImVec2 pos, const char* text, const char* text_end, bool hide_after_hash) {
  if (g_on && ImGui::GetCurrentContext()->CurrentWindow) {
    const char* end = hide_after_hash ? ImGui::FindRenderedTextEnd(text, text_end) : (text_end ? text_end : text + strlen(text));
    const ImVec2 size = ImGui::CalcTextSize(text, end, false);
    add_text(text, end, ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y)), draw_clip(ImGui::GetCurrentContext()->CurrentWindow), false, false);
  }
  __real__ZN5ImGui10RenderTextE6ImVec2PKcS2_b(pos, text, text_end, hide_after_hash);
}

void __wrap__ZN5ImGui17RenderTextWrappedE6ImVec2PKcS2_f(ImVec2 pos, const char* text, const char* text_end, float wrap_width) {
  if (g_on && ImGui::GetCurrentContext()->CurrentWindow) {
    const char* end = text_end ? text_end : text + strlen(text);
    const ImVec2 size = ImGui::CalcTextSize(text, end, false, wrap_width);
    const float em = ImGui::GetFontSize();
    const bool squeezed = wrap_width > 0 && wrap_width < 6 * em && size.y > 1.5f * em;
    add_text(text, end, ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y)), draw_clip(ImGui::GetCurrentContext()->CurrentWindow), false, squeezed);
  }
  __real__ZN5ImGui17RenderTextWrappedE6ImVec2PKcS2_f(pos, text, text_end, wrap_width);
}

void __wrap__ZN5ImGui17RenderTextClippedERK6ImVec2S2_PKcS4_PS1_S2_PK6ImRect(const ImVec2& pos_min, const ImVec2& pos_max,
                                                                            const char* text, const char* text_end,
                                                                            const ImVec2* text_size_if_known,
                                                                            const ImVec2& align, const ImRect* clip_rect) {
  if (g_on && ImGui::GetCurrentContext()->CurrentWindow) {
    // As RenderTextClippedEx places it: aligned inside [pos_min, pos_max], cut by clip_rect or by that box.
    const char* end = ImGui::FindRenderedTextEnd(text, text_end);
    const ImVec2 size = text_size_if_known ? *text_size_if_known : ImGui::CalcTextSize(text, end, false);
    ImVec2 pos = pos_min;
    if (align.x > 0) pos.x = std::max(pos.x, pos.x + (pos_max.x - pos.x - size.x) * align.x);
    if (align.y > 0) pos.y = std::max(pos.y, pos.y + (pos_max.y - pos.y - size.y) * align.y);
    const ImRect frame = clip_rect ? *clip_rect : ImRect(pos_min, pos_max);
    ImRect clip = frame;
    clip.ClipWith(draw_clip(ImGui::GetCurrentContext()->CurrentWindow));
    add_text(text, end, ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y)), clip, true, false, frame);
  }
  __real__ZN5ImGui17RenderTextClippedERK6ImVec2S2_PKcS4_PS1_S2_PK6ImRect(pos_min, pos_max, text, text_end, text_size_if_known,
                                                                         align, clip_rect);
}
}
