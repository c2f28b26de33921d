// UTF-8 decoding for the fuzz targets' properties (which inputs a keyboard or a TOML file can give).
#pragma once

#include <cstddef>
#include <string_view>

namespace factdeck::fuzz {

// Decodes one UTF-8 sequence at `i`; -1 when it is not valid UTF-8 (overlong, surrogate, cut short).
inline long next_code_point(std::string_view s, std::size_t& i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (n < 0 || i + static_cast<std::size_t>(n) >= s.size()) return -1;
  long cp = n == 0 ? c : c & (0x3f >> n);
  for (int k = 1; k <= n; ++k) {
    if ((b(i + static_cast<std::size_t>(k)) & 0xc0) != 0x80) return -1;
    cp = cp << 6 | (b(i + static_cast<std::size_t>(k)) & 0x3f);
  }
  static const long min_for[] = {0, 0x80, 0x800, 0x10000};
  if (cp < min_for[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  i += static_cast<std::size_t>(n) + 1;
  return cp;
}

inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (next_code_point(s, i) < 0) return false;
  return true;
}

}  // namespace factdeck::fuzz
