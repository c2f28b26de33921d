// Small text helpers: word splitting, phrase search, list joining and number text.
#include "generate/text_util.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace factdeck::gen {

namespace {

// words() into `out`, reusing its strings' memory: returns how many words, and leaves the rest of `out` stale.
std::size_t split_words(std::string_view s, std::vector<std::string>& out) {
  // Plain ASCII tests, not <cctype>: this runs for every rule on every option, and locale calls showed in profiles.
  auto alnum = [](unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t n = 0;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) ++n;
    in_word = false;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\'') continue;
    // U+2019 (right single quote, E2 80 99) is an apostrophe too.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {
      i += 2;
      continue;
    }
    // Other punctuation of the General Punctuation block (dashes, quotes) separates words.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      end_word();
      i += 2;
      continue;
    }
    if (c >= 0x80 || alnum(c)) {
      if (!in_word) {
        if (n == out.size()) out.emplace_back();
        out[n].clear();
        in_word = true;
      }
      out[n].push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    } else {
      end_word();
    }
  }
  end_word();
  return n;
}

}  // namespace

std::uint64_t words_key(std::string_view s) {
  // The same character rules as split_words, hashing the letters instead of keeping them.
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&](char c) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  };
  std::string first;  // the first word, held back until we know whether it is a dropped article
  int word = 0;       // words seen (counting the one in progress)
  bool in_word = false, first_pending = true;
  auto alnum = [](unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto put = [&](char c) {
    if (word == 1) first += c;
    else mix(c);
  };
  auto begin_word = [&] {
    ++word;
    if (word == 2 && first_pending) {
      // A second word exists: the first is dropped if it is an article, else it goes in front.
      if (first != "the" && first != "a" && first != "an")
        for (char c : first) mix(c);
      first_pending = false;
    }
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      if (static_cast<unsigned char>(s[i + 2]) != 0x99) in_word = false;
      i += 2;
      continue;
    }
    if (c >= 0x80 || alnum(c)) {
      if (!in_word) begin_word();
      in_word = true;
      put(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    } else {
      in_word = false;
    }
  }
  if (first_pending)
    for (char c : first) mix(c);  // one word only: kept, whatever it is
  return h;
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
