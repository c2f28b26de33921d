// Hand-written scanning helpers for the suggester: no regex, so every platform scans the same way and fast.
#include "suggest/scan.h"

#include <algorithm>
#include <array>

namespace factdeck::suggest_detail {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::uint32_t decode_at(std::string_view s, std::size_t i, std::size_t* len) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  std::size_t n = 1;
  std::uint32_t cp = 0xFFFD;
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  const unsigned char c = b(i);
  if (c < 0x80) {
    cp = c;
  } else if ((c >> 5) == 0x6 && i + 1 < s.size()) {
    n = 2, cp = ((c & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu);
  } else if ((c >> 4) == 0xE && i + 2 < s.size()) {
    n = 3, cp = ((c & 0x0Fu) << 12) | ((b(i + 1) & 0x3Fu) << 6) | (b(i + 2) & 0x3Fu);
  } else if ((c >> 3) == 0x1E && i + 3 < s.size()) {
    n = 4, cp = ((c & 0x07u) << 18) | ((b(i + 1) & 0x3Fu) << 12) | ((b(i + 2) & 0x3Fu) << 6) | (b(i + 3) & 0x3Fu);
  }
  for (std::size_t k = 1; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) n = 1, cp = 0xFFFD;
  // Overlong forms and values past U+10FFFF are not UTF-8 either.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) n = 1, cp = 0xFFFD;
  if (len) *len = n;
  return cp;
}

std::uint32_t decode_before(std::string_view s, std::size_t i, std::size_t* len) {
  if (i == 0 || i > s.size()) {
    if (len) *len = 0;
    return 0;
  }
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t n = 0;
  std::uint32_t cp = decode_at(s, start, &n);
  if (start + n != i) start = i - 1, cp = 0xFFFD, n = 1;
  if (len) *len = i - start;
  return cp;
}

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 0;
    const std::uint32_t cp = decode_at(s, i, &n);
    if (n == 0) break;
    const bool broken = cp == 0xFFFD && s.compare(i, 3, "\xEF\xBF\xBD") != 0;
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (broken || surrogate || cp > 0x10FFFF) out += "\xEF\xBF\xBD";
    else if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F) out += ' ';
    else out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

bool is_punct_cp(std::uint32_t cp) {
  return (cp >= 0x2000 && cp <= 0x206F) ||  // general punctuation: dashes, quotes, ellipsis, spaces
         (cp >= 0x3000 && cp <= 0x303F) ||  // CJK punctuation
         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
         (cp >= 0xFF5B && cp <= 0xFF65) ||  // full-width punctuation
         (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || cp == 0xFFFD;
}

bool is_word_cp(std::uint32_t cp) {
  if (cp < 0x80) return is_alnum(static_cast<char>(cp));
  return !is_punct_cp(cp);
}

bool wrap_connector(std::string_view line) {
  if (line.empty()) return false;
  const char last = line.back();
  if (last == ',' || last == '-' || last == ';' || last == '(' || last == '&') return true;
  const std::size_t sp = line.find_last_of(' ');
  const std::string w = lower(sp == std::string_view::npos ? line : line.substr(sp + 1));
  return in(w, {"the", "a", "an", "of", "and", "or", "by", "to", "in", "for", "on", "with", "from", "at", "as", "that",
                "its", "their", "his", "her", "is", "are", "was", "were", "has", "have", "had", "which", "who"});
}

std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  auto word_at = [&](std::size_t k) {
    std::size_t n = 0;
    return k < s.size() && is_word_cp(decode_at(s, k, &n));
  };
  while (i < s.size()) {
    std::size_t n = 0;
    if (!is_word_cp(decode_at(s, i, &n))) {
      i += n ? n : 1;
      continue;
    }
    const std::size_t b = i;
    while (i < s.size()) {
      const std::uint32_t cp = decode_at(s, i, &n);
      if (is_word_cp(cp)) {
        i += n;
        continue;
      }
      // Connectors stay inside a word when a word character follows.
      const bool connector = cp == '\'' || cp == 0x2019 || cp == '-' || cp == '&' ||
                             (cp == '.' && i > b && is_alnum(s[i - 1]) && i + 1 < s.size() && is_alnum(s[i + 1]));
      if (connector && word_at(i + n)) {
        i += n;
        continue;
      }
      break;
    }
    words.push_back({b, i, s.substr(b, i - b)});
  }
  return words;
}

bool is_capitalized(std::string_view w) {
  if (w.empty()) return false;
  if (is_upper(w[0])) return true;
  // "15th", "3rd": an ordinal leads many names ("15th Five-Year Plan").
  std::size_t i = 0;
  while (i < w.size() && is_digit(w[i])) ++i;
  const std::string_view rest = w.substr(i);
  return i > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

bool has_lower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return is_lower(c); });
}

bool is_month(std::string_view w, int* month) {
  static const std::array<std::string_view, 12> full = {"January", "February", "March",     "April",   "May",      "June",
                                                         "July",    "August",   "September", "October", "November", "December"};
  for (int m = 0; m < 12; ++m) {
    const std::string_view f = full[static_cast<std::size_t>(m)];
    const bool abbrev = w.size() >= 3 && w.size() < f.size() && f.substr(0, w.size()) == w &&
                        (w.size() == 3 || (m == 8 && w == "Sept"));
    if (w == f || abbrev) {
      if (month) *month = m + 1;
      return true;
    }
  }
  return false;
}

std::vector<Quote> find_quotes(std::string_view s) {
  std::vector<Quote> quotes;
  enum Family { None, Double, Single, Corner };
  auto family_open = [&](std::uint32_t cp, std::size_t i) -> Family {
    if (cp == 0x201C) return Double;
    if (cp == 0x2018) return Single;
    if (cp == 0x300C || cp == 0x300E || cp == 0x00AB) return Corner;
    if (cp != '"' && cp != '\'') return None;
    // A straight quote opens at the start or after a space or bracket, before a word.
    const std::uint32_t prev = decode_before(s, i);
    const bool after_gap = i == 0 || prev == ' ' || prev == '(' || prev == '[' || prev == '\n' || prev == 0x2014 ||
                           prev == 0x2013 || prev == '-' || prev == '/';
    std::size_t n = 0;
    const std::uint32_t next = decode_at(s, i + 1, &n);
    if (!after_gap || i + 1 >= s.size() || next == ' ') return None;
    return cp == '"' ? Double : Single;
  };
  auto closes = [&](Family f, std::uint32_t cp, std::size_t i, std::size_t len) {
    switch (f) {
      case Double: return cp == 0x201D || cp == '"' || cp == 0x201C;
      case Corner: return cp == 0x300D || cp == 0x300F || cp == 0x00BB;
      case Single: {
        if (cp != '\'' && cp != 0x2019) return false;
        // Not an apostrophe inside a word ("China's"): the next character is not a letter.
        std::size_t n = 0;
        const std::uint32_t next = decode_at(s, i + len, &n);
        return i + len >= s.size() || !is_word_cp(next);
      }
      default: return false;
    }
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t n = 0;
    const std::uint32_t cp = decode_at(s, i, &n);
    const Family f = family_open(cp, i);
    if (f == None) {
      i += n ? n : 1;
      continue;
    }
    std::size_t j = i + n;
    bool found = false;
    while (j < s.size() && j - i < 400) {
      std::size_t m = 0;
      const std::uint32_t c2 = decode_at(s, j, &m);
      if (j > i + n && closes(f, c2, j, m)) {
        quotes.push_back({i, i + n, j, j + m});
        i = j + m;
        found = true;
        break;
      }
      j += m ? m : 1;
    }
    if (!found) i += n;
  }
  return quotes;
}

const Quote* quote_around(const std::vector<Quote>& quotes, std::size_t b, std::size_t e) {
  for (const Quote& q : quotes)
    if (q.inner_b <= b && e <= q.inner_e) return &q;
  return nullptr;
}

bool is_determiner(std::string_view w) {
  return in(w, {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "my", "your"});
}

bool is_function_word(std::string_view w) {
  return is_determiner(w) ||
         in(w, {"of", "in", "on", "at", "by", "for", "from", "to", "with", "and", "or", "but", "as", "into", "over", "under",
                "than", "since", "until", "about", "after", "before", "during", "between", "through", "it", "they", "he",
                "she", "we", "is", "are", "was", "were", "be", "been", "has", "have", "had", "which", "who", "that",
                "while", "not", "also", "more", "most", "such", "like", "including", "among", "some", "all"});
}

bool is_sentence_starter(std::string_view w) {
  return in(w, {"The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "But", "And", "However", "A",
                "An", "He", "She", "They", "We", "I", "There", "Some", "Many", "As", "After", "Before", "When", "While",
                "Meanwhile", "Yet", "Still", "Also", "Such", "Most", "Our", "Their", "His", "Her", "If", "For", "By",
                "With", "Under", "According", "Officials", "Analysts", "Experts", "Critics", "So", "Then", "Now", "Last",
                "Next", "What", "Why", "How", "Who", "Where", "Despite", "Although", "Since", "Beijing", "Washington"});
}

}  // namespace factdeck::suggest_detail
