// Turns pasted text, .txt or .md into the plain text the suggester reads: no BOM, "\n" line ends, no Markdown markup.
#include <string>
#include <vector>

#include "factdeck/suggest.h"
#include "suggest/scan.h"

namespace factdeck {
namespace {

using suggest_detail::starts_with;

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

std::string_view trim_view(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '\n') {
      lines.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return lines;
}

// Line ends to "\n", BOM and zero-width characters out, no-break spaces to plain spaces.
std::string normalize(std::string_view raw) {
  if (starts_with(raw, "\xEF\xBB\xBF")) raw.remove_prefix(3);
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else if (raw.compare(i, 2, "\xC2\xA0") == 0) {  // U+00A0 no-break space
      out += ' ';
      ++i;
    } else if (raw.compare(i, 3, "\xE2\x80\x8B") == 0 || raw.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 2;  // zero-width space, stray BOM
    } else if (c == '\t') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

bool is_rule_line(std::string_view t) {  // "---", "***", "___" (three or more, spaces allowed)
  if (t.size() < 3) return false;
  const char m = t[0];
  if (m != '-' && m != '*' && m != '_') return false;
  int n = 0;
  for (char c : t) {
    if (c == m) ++n;
    else if (c != ' ') return false;
  }
  return n >= 3;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of t, or 0.
std::size_t list_marker(std::string_view t) {
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return 2;
  std::size_t i = 0;
  while (i < t.size() && i < 9 && t[i] >= '0' && t[i] <= '9') ++i;
  if (i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ') return i + 2;
  return 0;
}

bool word_char(char c) { return suggest_detail::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }

// Inline Markdown: links and images to their text, code spans to their text, emphasis
// markers and HTML tags out, backslash escapes resolved.
std::string strip_inline(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::string_view("\\`*_{}[]()#+-.!<>~|").find(s[i + 1]) != std::string_view::npos) {
      out += s[++i];
      continue;
    }
    if ((c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '['))) {
      const std::size_t open = c == '!' ? i + 1 : i;
      const std::size_t close = s.find(']', open + 1);
      if (close != std::string_view::npos && close + 1 < s.size() && (s[close + 1] == '(' || s[close + 1] == '[')) {
        const char end_char = s[close + 1] == '(' ? ')' : ']';
        const std::size_t end = s.find(end_char, close + 2);
        if (end != std::string_view::npos) {
          out += strip_inline(s.substr(open + 1, close - open - 1));
          i = end;
          continue;
        }
      }
    }
    if (c == '`') {
      std::size_t n = 0;
      while (i + n < s.size() && s[i + n] == '`') ++n;
      const std::string fence(n, '`');
      const std::size_t end = s.find(fence, i + n);
      if (end != std::string_view::npos) {
        out += s.substr(i + n, end - i - n);
        i = end + n - 1;
        continue;
      }
    }
    if (c == '<') {  // an HTML tag or an autolink
      const std::size_t end = s.find('>', i + 1);
      if (end != std::string_view::npos && end > i + 1 &&
          (suggest_detail::is_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
        const std::string_view inner = s.substr(i + 1, end - i - 1);
        if (inner.find("://") != std::string_view::npos || inner.find('@') != std::string_view::npos) out += inner;
        i = end;
        continue;
      }
    }
    if (c == '*' || c == '_' || c == '~') {
      // Emphasis markers sit at a word's edge; an underscore inside snake_case stays.
      std::size_t n = 0;
      while (i + n < s.size() && s[i + n] == c) ++n;
      const bool before = i > 0 && word_char(s[i - 1]);
      const bool after = i + n < s.size() && word_char(s[i + n]);
      if (c != '_' || !(before && after)) {
        if (c != '~' || n >= 2) {
          i += n - 1;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

std::string strip_markdown(const std::string& text) {
  std::string out;
  bool fence = false;
  std::string fence_mark;
  const std::vector<std::string_view> lines = split_lines(text);
  for (std::size_t li = 0; li < lines.size(); ++li) {
    std::string_view line = lines[li];
    std::string_view t = trim_view(line);
    if (fence) {
      if (starts_with(t, fence_mark)) fence = false;
      continue;
    }
    if (starts_with(t, "```") || starts_with(t, "~~~")) {
      fence = true;
      fence_mark = std::string(t.substr(0, 3));
      out += "\n";
      continue;
    }
    // A setext underline makes the line above a heading: end the paragraph there.
    if (!t.empty() && (t.find_first_not_of('=') == std::string_view::npos ||
                       (t.find_first_not_of('-') == std::string_view::npos && li > 0 && !blank(lines[li - 1])))) {
      out += "\n";
      continue;
    }
    if (is_rule_line(t)) {
      out += "\n";
      continue;
    }
    if (starts_with(t, "[") && t.find("]:") != std::string_view::npos) continue;  // link reference definition
    while (starts_with(t, ">")) t = trim_view(t.substr(1));                       // block quote
    bool own_paragraph = false;
    if (starts_with(t, "#")) {
      std::size_t n = 0;
      while (n < t.size() && t[n] == '#') ++n;
      if (n <= 6 && (n == t.size() || t[n] == ' ')) {
        t = trim_view(t.substr(n));
        while (!t.empty() && t.back() == '#') t.remove_suffix(1);  // closing hashes
        t = trim_view(t);
        own_paragraph = true;
      }
    }
    if (const std::size_t m = list_marker(t)) {
      t = trim_view(t.substr(m));
      own_paragraph = true;
    }
    if (starts_with(t, "|")) {  // a table row: cells become one line separated by semicolons
      if (t.find_first_not_of("|-: ") == std::string_view::npos) continue;
      std::string row;
      std::size_t start = 1;
      for (std::size_t i = 1; i <= t.size(); ++i)
        if (i == t.size() || t[i] == '|') {
          const std::string_view cell = trim_view(t.substr(start, i - start));
          if (!cell.empty()) row += (row.empty() ? "" : "; ") + std::string(cell);
          start = i + 1;
        }
      out += "\n" + strip_inline(row) + "\n";
      continue;
    }
    if (own_paragraph && !out.empty() && out.back() != '\n') out += "\n";
    out += strip_inline(t);
    out += own_paragraph ? "\n\n" : "\n";
  }
  return out;
}

}  // namespace

bool looks_like_markdown(std::string_view raw) {
  int score = 0;
  for (std::string_view line : split_lines(raw)) {
    const std::string_view t = trim_view(line);
    if (starts_with(t, "# ") || starts_with(t, "## ") || starts_with(t, "### ") || starts_with(t, "```")) score += 2;
    if (starts_with(t, "- ") || starts_with(t, "* ") || starts_with(t, "> ")) score += 1;
    if (t.find("](") != std::string_view::npos || t.find("**") != std::string_view::npos) score += 2;
  }
  return score >= 2;
}

std::string prepare_text(std::string_view raw, TextFormat format) {
  std::string text = suggest_detail::valid_utf8(normalize(raw));
  if (format == TextFormat::Markdown || (format == TextFormat::Auto && looks_like_markdown(text)))
    text = strip_markdown(text);
  // Re-join hard-wrapped lines: a line that stops mid-phrase continues on the next when that
  // one starts in lower case or the break falls after a comma or a small word.
  const std::vector<std::string_view> lines = split_lines(text);
  std::string out;
  bool joined = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (joined) line = trim_view(line);
    out += line;
    if (i + 1 == lines.size()) break;
    const std::string_view next = trim_view(lines[i + 1]);
    const bool join = !line.empty() && !next.empty() && list_marker(next) == 0 &&
                      (suggest_detail::is_lower(next[0]) || suggest_detail::wrap_connector(line));
    out += join ? ' ' : '\n';
    joined = join;
  }
  return out;
}

}  // namespace factdeck
