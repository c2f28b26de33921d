// Small text helpers shared by the generator, the quality checker and answer checking (private).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factdeck::gen {

// The blank shown in cloze questions.
inline constexpr std::string_view kBlank = "____";

// Lower-case words: ASCII letters and digits are folded and split on anything else;
// apostrophes are dropped (so "People's" is one word, "peoples"); bytes of UTF-8
// characters are kept as letters, so Chinese names stay whole words.
std::vector<std::string> words(std::string_view s);

// A 64-bit key of the text's words run together, a leading "the", "a" or "an" dropped: texts with the same
// canonical_answer (which is that run of words for any text that is not a value) have the same key. For grouping
// many texts cheaply (no allocation); equal keys are confirmed with canonical_answer.
std::uint64_t words_key(std::string_view s);
// words(s).size(), without making the words.
std::size_t word_count(std::string_view s);

// Whether the words of `needle` occur as a run of whole words in `haystack`.
bool contains_phrase(std::string_view haystack, std::string_view needle);

// Small words that never make a word distinctive.
bool is_stopword(std::string_view w);
// How many words of `s` say no ("not", "never", "isn't"...): a statement turned around by one is not a swap.
int negations(std::string_view s);

// Characters (not bytes, so Chinese names are not counted three times over), after a leading "the", "a" or "an":
// how long an option looks to a reader.
std::size_t display_length(std::string_view s);

std::string trim(std::string_view s);
// Whether trim(s) would be empty, without making it.
bool is_blank(std::string_view s);
std::string capitalize_first(std::string s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);

// "a", "a and b", "a, b and c": the list form content answers use.
std::string join_list(const std::vector<std::string>& items);

// Fixed-point text with `decimals` digits; trailing zeros kept (it is the shown precision).
std::string fixed(double v, int decimals);
// Shortest of up to 3 decimals, trailing zeros dropped: 0.5 -> "0.5", 2 -> "2".
std::string short_number(double v);

// Replaces the first occurrence of `from` in `s` with `to`; returns false if absent.
bool replace_first(std::string& s, std::string_view from, std::string_view to);

}  // namespace factdeck::gen
