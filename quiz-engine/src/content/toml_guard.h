// A pre-check for toml++ 3.3: characters it would hand to a whitespace test that reaches undefined behaviour.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factdeck::content_detail {

struct UnsafeCharacter {
  int line = 0, column = 0;  // 1-based; column counts code points, as toml++ reports them
  std::string message;
};

// toml++ 3.3.0's is_non_ascii_horizontal_whitespace() reaches TOML_UNREACHABLE (__builtin_unreachable,
// undefined behaviour: a crash or worse) for U+00A1..U+0499 ("é", "ß", "Ж"...), U+2C5E..U+3057 but
// U+3000 (CJK punctuation such as "。" and "「") and U+FB26..U+FEFE (Arabic forms). The parser asks it
// about a character outside a string or comment (a value without quotes: title = Café), right after a
// backslash in a """multi-line""" string, and while skipping the whitespace after a line-ending
// backslash there. Each of these is a syntax error anyway, so the file is refused with this message
// before toml++ sees it; the same characters inside strings and comments are fine. Found by the
// content fuzzer.
std::optional<UnsafeCharacter> find_unsafe_character(std::string_view text);

}  // namespace factdeck::content_detail
