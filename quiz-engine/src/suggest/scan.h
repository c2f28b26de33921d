// Hand-written scanning helpers for the suggester: ASCII classes, UTF-8 code points, words and quoted spans.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace factdeck::suggest_detail {

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
// Whether the word is one of the list (the rules' word lists).
inline bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}
inline bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
// ASCII only, on purpose: <cctype> depends on the locale and is undefined for bytes >= 0x80.
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
inline char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
std::string lower(std::string_view s);
std::string trim(std::string_view s);
std::string collapse_spaces(std::string_view s);  // runs of spaces and newlines to one space, trimmed

// The code point starting at byte i (U+FFFD for a broken sequence); `len` gets its byte length.
std::uint32_t decode_at(std::string_view s, std::size_t i, std::size_t* len);
// The code point ending just before byte i (0 at the start).
std::uint32_t decode_before(std::string_view s, std::size_t i, std::size_t* len = nullptr);
// Valid UTF-8 with no control characters but "\n" and "\t": broken bytes become U+FFFD, so
// whatever the suggester writes (strings and comments alike) is a valid TOML file.
std::string valid_utf8(std::string_view s);
// Non-ASCII punctuation: curly quotes, dashes, ellipsis, CJK and full-width punctuation.
bool is_punct_cp(std::uint32_t cp);
bool is_word_cp(std::uint32_t cp);  // letters and digits of any script

// A line of hard-wrapped text that stops mid-phrase: after a comma or a small word.
bool wrap_connector(std::string_view line);

// A word: letters and digits of any script, with ' ’ - & . kept when inside ("China's",
// "high-quality", "R&D", "U.S", "3.5").
struct Word {
  std::size_t b = 0, e = 0;
  std::string_view text;
};
std::vector<Word> split_words(std::string_view s);
bool is_capitalized(std::string_view w);  // starts with A-Z or a digit-led ordinal/name part ("15th")
bool has_lower(std::string_view w);
bool is_month(std::string_view w, int* month = nullptr);  // "May", "Sept", "January"

// A quoted span: the opening mark at `open`, the words inside [inner_b, inner_e), the closing
// mark ending at close_e. Handles '...', "...", ‘...’, “...”, 「...」 and apostrophes in words.
struct Quote {
  std::size_t open = 0, inner_b = 0, inner_e = 0, close_e = 0;
};
std::vector<Quote> find_quotes(std::string_view s);
const Quote* quote_around(const std::vector<Quote>& quotes, std::size_t b, std::size_t e);

// Small closed word lists the rules share.
bool is_determiner(std::string_view lower_word);      // the, its, this, a ...
bool is_function_word(std::string_view lower_word);   // determiners, prepositions, conjunctions, pronouns
bool is_sentence_starter(std::string_view word);      // "The", "This", "However" ...: a new sentence after "U.S."

}  // namespace factdeck::suggest_detail
