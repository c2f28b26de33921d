// Escaping for HTML, XML and GIFT, UTF-8 lengths and number text, shared by the exporters.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

}  // namespace

std::string drop_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (!is_control(c) || c == '\t' || c == '\n') out += ch;
  }
  return out;
}

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n' || c == '\r')
      out += ' ';
    else if (!is_control(c) || c == '\t')
      out += ch;
  }
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : drop_controls(s)) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string xml_escape(std::string_view s) {
  // XML 1.0 allows tab, newline and carriage return among the controls; drop_controls keeps the first two.
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  const std::string kept = drop_controls(s);
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const char ch = kept[i];
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML 1.0 characters either: a file holding one
    // does not parse, so Moodle would refuse the whole import (found by the export_escape fuzzer).
    if (ch == '\xEF' && i + 2 < kept.size() && kept[i + 1] == '\xBF' && (kept[i + 2] == '\xBE' || kept[i + 2] == '\xBF')) {
      i += 2;
      continue;
    }
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string gift_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    switch (ch) {
      case '\\':
      case '~':
      case '=':
      case '#':
      case '{':
      case '}':
      case ':':
        out += '\\';
        out += ch;
        break;
      default: out += ch;
    }
  }
  return out;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

std::string number_text(double v) {
  char buf[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::string s = buf;
  // %g switches to exponents for large or tiny values; every format here wants plain digits.
  if (s.find('e') != std::string::npos) {
    std::snprintf(buf, sizeof buf, "%.6f", v);
    s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

std::string value_with_unit(double v, const std::string& unit) {
  const std::string n = number_text(v);
  const auto point = n.find('.');
  const int decimals = point == std::string::npos ? 0 : static_cast<int>(n.size() - point - 1);
  return format_number(v, decimals, unit);
}

std::string option_letter(int i) {
  if (i < 0 || i >= 26) return "?";
  return std::string(1, static_cast<char>('A' + i));
}

std::string question_count(std::size_t n) { return std::to_string(n) + (n == 1 ? " question" : " questions"); }

}  // namespace factdeck::exp
