// Text that fits: elided lines with their whole text on hover, coloured paragraphs wrapped as one, times in words.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

// The start of the UTF-8 character at or before byte `n`.
std::size_t char_start(const std::string& s, std::size_t n) {
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

std::tm local_tm(UnixSeconds t, int utc_offset_minutes) {
  const std::time_t local = static_cast<std::time_t>(t + static_cast<UnixSeconds>(utc_offset_minutes) * 60);
  std::tm tm{};
  gmtime_r(&local, &tm);
  return tm;
}

long local_day(UnixSeconds t, int utc_offset_minutes) {
  const UnixSeconds local = t + static_cast<UnixSeconds>(utc_offset_minutes) * 60;
  return static_cast<long>(local >= 0 ? local / 86400 : (local - 86399) / 86400);
}

}  // namespace

void text_elided(const std::string& text, bool disabled) {
  const float avail = ImGui::GetContentRegionAvail().x;
  if (disabled) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  if (ImGui::CalcTextSize(text.c_str()).x <= avail) {
    ImGui::TextUnformatted(text.c_str());
  } else {
    std::size_t lo = 0, hi = text.size();  // the longest cut that fits with its "..."
    while (lo < hi) {
      const std::size_t mid = char_start(text, (lo + hi + 1) / 2);
      if (mid <= lo) break;
      if (ImGui::CalcTextSize((text.substr(0, mid) + "...").c_str()).x <= avail) lo = mid;
      else hi = mid - 1;
    }
    lo = char_start(text, lo);
    ImGui::TextUnformatted((text.substr(0, lo) + "...").c_str());
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35);
      ImGui::TextUnformatted(text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
  if (disabled) ImGui::PopStyleColor();
}

void text_faint(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void text_flow(const std::vector<TextPiece>& pieces) {
  struct Run {
    std::string text;
    ImU32 colour;
  };
  std::vector<std::vector<Run>> lines(1);
  const float avail = ImGui::GetContentRegionAvail().x;
  float x = 0;
  for (const TextPiece& p : pieces) {
    std::size_t i = 0;
    while (i < p.text.size()) {
      // A word and the spaces after it; the word must fit on the line, its spaces may hang past the end.
      std::size_t word_end = p.text.find(' ', i);
      if (word_end == std::string::npos) word_end = p.text.size();
      std::size_t end = p.text.find_first_not_of(' ', word_end);
      if (end == std::string::npos) end = p.text.size();
      const std::string word = p.text.substr(i, word_end - i), token = p.text.substr(i, end - i);
      if (x > 0 && x + ImGui::CalcTextSize(word.c_str()).x > avail) {
        lines.emplace_back();
        x = 0;
      }
      std::vector<Run>& line = lines.back();
      if (line.empty() || line.back().colour != p.colour) line.push_back(Run{"", p.colour});
      line.back().text += token;
      x += ImGui::CalcTextSize(token.c_str()).x;
      i = end;
    }
  }
  // The lines of one paragraph sit as close as wrapped text's: no item spacing between them.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const std::vector<Run>& line = lines[l];
    if (l + 1 == lines.size()) ImGui::PopStyleVar();
    for (std::size_t r = 0; r < line.size(); ++r) {
      if (r) ImGui::SameLine(0, 0);
      ImGui::PushStyleColor(ImGuiCol_Text, line[r].colour);
      std::string t = line[r].text;
      if (r + 1 == line.size())
        while (!t.empty() && t.back() == ' ') t.pop_back();  // a line's last spaces take no room
      ImGui::TextUnformatted(t.c_str());
      ImGui::PopStyleColor();
    }
  }
}

namespace {
float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}
}  // namespace

bool flow_button(const char* label, bool first) {
  if (!first) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < button_width(label)) ImGui::NewLine();
  }
  return ImGui::Button(label);
}

float flow_height(const std::vector<const char*>& labels) {
  const float avail = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.x;
  float x = 0;
  int lines = 1;
  for (const char* l : labels) {
    const float w = button_width(l);
    if (x > 0 && x + spacing + w > avail) {
      ++lines;
      x = w;
    } else {
      x += (x > 0 ? spacing : 0) + w;
    }
  }
  return static_cast<float>(lines) * ImGui::GetFrameHeightWithSpacing();
}

bool wrapped_button(const std::string& text, const char* id, float min_height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float w = ImGui::GetContentRegionAvail().x, wrap = std::max(1.0f, w - style.FramePadding.x * 2);
  const float text_h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
  const float h = std::max(min_height, text_h + style.FramePadding.y * 2);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::Button(id, ImVec2(w, h));
  const ImVec2 next = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(start.x + style.FramePadding.x, start.y + (h - text_h) * 0.5f));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(next);
  return clicked;
}

std::string count_of(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string when_text(UnixSeconds t, UnixSeconds now, int utc_offset_minutes) {
  const std::tm tm = local_tm(t, utc_offset_minutes);
  const long days = local_day(t, utc_offset_minutes) - local_day(now, utc_offset_minutes);
  char clock[16], weekday[16], month[16];
  std::strftime(clock, sizeof clock, "%H:%M", &tm);
  std::strftime(weekday, sizeof weekday, "%a", &tm);
  std::strftime(month, sizeof month, "%b", &tm);
  const std::string day_month = std::to_string(tm.tm_mday) + " " + month;
  if (days == 0) return std::string("today ") + clock;
  if (days == 1) return std::string("tomorrow ") + clock;
  if (days == -1) return std::string("yesterday ") + clock;
  if (days > 1 && days < 7) return std::string(weekday) + " " + day_month + " " + clock;
  return day_month + " " + std::to_string(tm.tm_year + 1900);
}

}  // namespace factdeck::ui
