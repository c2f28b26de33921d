// Finds the characters toml++ 3.3 cannot be shown where it expects whitespace (see toml_guard.h).
#include "content/toml_guard.h"

namespace factdeck::content_detail {
namespace {

// The code point at `i` (advancing `i`), or -1 for a byte that does not start valid UTF-8.
long decode(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (n < 0 || i + static_cast<std::size_t>(n) >= s.size()) {
    ++i;
    return -1;
  }
  long cp = n == 0 ? c : c & (0x3f >> n);
  for (int k = 1; k <= n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xc0) != 0x80) {
      ++i;
      return -1;
    }
    cp = cp << 6 | (b & 0x3f);
  }
  i += static_cast<std::size_t>(n) + 1;
  return cp;
}

// The code points for which toml++'s generated table falls through to TOML_UNREACHABLE: its blocks
// 0, 11 and 63 of 0x3FA code points from U+00A0, less the three it tests by name (U+00A0, U+3000, U+FEFF).
bool unsafe(long cp) {
  return (cp >= 0xA1 && cp <= 0x499) || (cp >= 0x2C5E && cp <= 0x2FFF) || (cp >= 0x3001 && cp <= 0x3057) ||
         (cp >= 0xFB26 && cp <= 0xFEFE);
}

// A character of a bare key or of a value without quotes (a number, a date, true).
bool bare(long cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_' || cp == '-' ||
         cp == '+' || cp == ':';
}

// What may come right after a bare key or value; anything else ("4[", "4\"") is a syntax error after which
// toml++ reads on, testing each character for whitespace, quotes or not.
bool may_follow_bare(long cp) {
  return bare(cp) || cp == '.' || cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == ',' || cp == ']' ||
         cp == '}' || cp == '#' || cp == '=';
}

}  // namespace

std::optional<UnsafeCharacter> find_unsafe_character(std::string_view s) {
  enum class State { Normal, Comment, Basic, Literal, MultiBasic, MultiLiteral };
  State state = State::Normal;
  bool after_backslash = false;  // in a multi-line basic string
  bool skipping = false;         // after a line-ending backslash: toml++ tests each character for whitespace
  // The character before was part of a bare key or value, its dots included: "4." then a quote reads on as
  // well. (A dotted key with a quoted part, a."b", gets its line tested too; Factdeck files have none.)
  bool bare_before = false;
  bool broken_line = false;      // a bare value ran into a quote or bracket: the rest of the line is tested
  int line = 1, column = 1;
  auto at = [&](std::size_t i, std::string_view what) { return s.substr(i, what.size()) == what; };
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const long cp = decode(s, i);
    const int here_line = line, here_column = column;
    if (cp == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    if (state == State::Normal && bare_before && !may_follow_bare(cp)) broken_line = true;
    const bool checked =
        broken_line || state == State::Normal || (state == State::MultiBasic && (after_backslash || skipping));
    if (checked && unsafe(cp))
      return UnsafeCharacter{here_line, here_column,
                             "unexpected character '" + std::string(s.substr(start, i - start)) +
                                 "': text must be inside quotes (\"...\"), and a backslash in a string must "
                                 "start an escape such as \\n"};
    switch (state) {
      case State::Normal:
        if (cp == '#') state = State::Comment;
        else if (at(start, "\"\"\"")) state = State::MultiBasic, i = start + 3, column += 2;
        else if (cp == '"') state = State::Basic;
        else if (at(start, "'''")) state = State::MultiLiteral, i = start + 3, column += 2;
        else if (cp == '\'') state = State::Literal;
        break;
      case State::Comment:
        if (cp == '\n') state = State::Normal;
        break;
      case State::Basic:
        if (cp == '\\' && i < s.size() && s[i] != '\n') ++i, ++column;  // the escaped character
        else if (cp == '"' || cp == '\n') state = State::Normal;
        break;
      case State::Literal:
        if (cp == '\'' || cp == '\n') state = State::Normal;
        break;
      case State::MultiBasic: {
        const bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
        if (after_backslash) {  // the escaped character; whitespace starts a line-ending backslash
          after_backslash = false;
          skipping = space;
          break;
        }
        if (skipping) {
          if (space) break;
          skipping = false;
        }
        if (cp == '\\') {
          after_backslash = true;
        } else if (at(start, "\"\"\"")) {
          // Up to two more quotes belong to the string's content.
          i = start + 3;
          column += 2;
          for (int extra = 0; extra < 2 && i < s.size() && s[i] == '"'; ++extra) ++i, ++column;
          state = State::Normal;
        }
        break;
      }
      case State::MultiLiteral:
        if (at(start, "'''")) {
          i = start + 3;
          column += 2;
          for (int extra = 0; extra < 2 && i < s.size() && s[i] == '\''; ++extra) ++i, ++column;
          state = State::Normal;
        }
        break;
    }
    if (cp == '\n') broken_line = false;
    bare_before = state == State::Normal && (bare(cp) || cp == '.');
  }
  return std::nullopt;
}

}  // namespace factdeck::content_detail
