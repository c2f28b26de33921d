// Small text helpers: word splitting, phrase search, list joining and number text.
#include "generate/text_util.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace factdeck::gen {

namespace {

// What each byte is to words_key and word_count: part of a word (its lower-case form), a separator, an apostrophe
// (dropped, inside a word) or the first byte of a General Punctuation character (E2 80 xx). A table, not tests:
// these two run over every text of a collection when an index is built.
enum : unsigned char { kSep = 0, kApostrophe = 1, kE2 = 2 };
struct ByteTable {
  unsigned char lower[256];  // 0 for a byte that is no letter of a word
  unsigned char kind[256];
  constexpr ByteTable() : lower(), kind() {
    for (int c = 0; c < 256; ++c) {
      const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      lower[c] = (c >= 0x80 || alnum) ? static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) : 0;
      kind[c] = c == '\'' ? kApostrophe : c == 0xE2 ? kE2 : kSep;
    }
  }
};
constexpr ByteTable kBytes;

// Walks s word by word: letter(c) for each letter of a word (lower-cased), begin() before each word's
// first letter. E2 80 99 (U+2019) is an apostrophe; any other E2 80 xx separates words.
template <class Begin, class Letter>
void walk_words(std::string_view s, Begin&& begin, Letter&& letter) {
  bool in_word = false;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      if (static_cast<unsigned char>(s[i + 2]) != 0x99) in_word = false;
      i += 2;
      continue;
    }
    if (const unsigned char l = kBytes.lower[c]; l != 0) {
      if (!in_word) begin();
      in_word = true;
      letter(static_cast<char>(l));
    } else if (kBytes.kind[c] != kApostrophe) {
      in_word = false;
    }
  }
}

// words() into `out`, reusing its strings' memory: returns how many words, and leaves the rest of `out` stale.
std::size_t split_words(std::string_view s, std::vector<std::string>& out) {
  std::size_t n = 0;
  walk_words(
      s,
      [&] {
        if (n == out.size()) out.emplace_back();
        out[n++].clear();
      },
      [&](char l) { out[n - 1].push_back(l); });
  return n;
}

}  // namespace

std::uint64_t words_key(std::string_view s) {
  // The same character rules as split_words, hashing the letters instead of keeping them. The first word is
  // hashed as it comes (it goes in front either way); when a second word begins and the first was an article, the
  // hash starts again without it. No allocation.
  constexpr std::uint64_t kBasis = 0xcbf29ce484222325ULL;
  std::uint64_t h = kBasis;
  char first[3] = {0, 0, 0};  // the first word's letters while it could still be "the", "a" or "an"
  std::size_t first_len = 0;
  int word = 0;  // words seen (counting the one in progress)
  auto first_is_article = [&] {
    if (first_len > 3) return false;
    const std::string_view w(first, first_len);
    return w == "the" || w == "a" || w == "an";
  };
  walk_words(
      s,
      [&] {
        if (++word == 2 && first_is_article()) h = kBasis;
      },
      [&](char l) {
        if (word == 1) {
          if (first_len < 3) first[first_len] = l;
          ++first_len;  // past 3 letters it is no article, and the buffer is not read
        }
        h ^= static_cast<unsigned char>(l);
        h *= 0x100000001b3ULL;
      });
  return h;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  walk_words(s, [&] { ++n; }, [](char) {});
  return n;
}

std::size_t display_length(std::string_view v) {
  for (std::string_view art : {"the ", "The ", "a ", "A ", "an ", "An "})
    if (v.substr(0, art.size()) == art) {
      v.remove_prefix(art.size());
      break;
    }
  std::size_t n = 0;
  for (unsigned char c : v)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  out.reserve(s.size() / 5 + 1);
  out.resize(split_words(s, out));
  return out;
}

bool contains_phrase(std::string_view haystack, std::string_view needle) {
  // Called for every rule on every option, mostly against the same question or statement: the words go to
  // buffers kept between calls, and the haystack is split again only when its text differs from the last one.
  thread_local std::vector<std::string> h, n;
  thread_local std::string last_haystack;
  thread_local std::size_t hn = 0;
  if (haystack != last_haystack || hn == 0) {
    hn = split_words(haystack, h);
    last_haystack.assign(haystack.data(), haystack.size());
  }
  const std::size_t nn = split_words(needle, n);
  if (nn == 0 || nn > hn) return false;
  const auto h_end = h.begin() + static_cast<std::ptrdiff_t>(hn);
  return std::search(h.begin(), h_end, n.begin(), n.begin() + static_cast<std::ptrdiff_t>(nn)) != h_end;
}

bool is_stopword(std::string_view w) {
  static const std::array<std::string_view, 40> kStop = {
      "a",    "an",   "the",  "of",    "in",   "on",   "for",   "and",  "or",    "to",
      "by",   "with", "at",   "from",  "is",   "are",  "was",   "were", "be",    "its",
      "it",   "as",   "that", "this",  "which", "what", "who",  "whom", "when",  "how",
      "does", "do",   "did",  "has",   "have", "had",  "often", "into", "their", "than"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

int negations(std::string_view s) {
  int n = 0;
  for (const auto& w : words(s))
    if (w == "not" || w == "never" || w == "no" || w == "dont" || w == "doesnt" || w == "didnt" || w == "isnt" ||
        w == "wasnt" || w == "arent" || w == "werent" || w == "wont" || w == "cannot" || w == "cant" ||
        w == "hasnt" || w == "havent" || w == "hadnt")
      ++n;
  return n;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::string capitalize_first(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::max(0, decimals), v);
  std::string s = buf;
  // "-0.0" is zero.
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

std::string short_number(double v) {
  std::string s = fixed(v, 3);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

bool replace_first(std::string& s, std::string_view from, std::string_view to) {
  const auto p = s.find(from);
  if (p == std::string::npos) return false;
  s.replace(p, from.size(), to);
  return true;
}

}  // namespace factdeck::gen
