// Splits prepared text into sentences and headings, keeping abbreviations, initials, decimals and quotes whole.
#include <algorithm>
#include <string>
#include <vector>

#include "factdeck/suggest.h"
#include "suggest/scan.h"

namespace factdeck {
namespace {

using namespace suggest_detail;

// Abbreviations that never end a sentence: a title before a name, "e.g.", "No. 5".
bool never_ends(const std::string& w) {
  return in(w, {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
                "adm", "maj", "rev", "hon", "pres", "no", "nos", "vs", "v", "fig", "figs", "approx", "dept", "est", "ca",
                "cf", "al", "vol", "pp", "e.g", "i.e", "mt", "ft", "op", "art"});
}

// Abbreviations that end a sentence only when a typical sentence opener follows:
// "the U.S. Commerce Department" (no) vs "imposed by the U.S. The move..." (yes).
bool maybe_ends(const std::string& w) {
  if (in(w, {"etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "a.m", "p.m", "plc", "llc"})) return true;
  // Dotted initialisms ("u.s", "u.k", "e.u") and single initials ("j" in "J. K. Rowling").
  if (w.size() == 1 && is_alpha(w[0])) return true;
  if (w.find('.') != std::string::npos) return true;
  int month = 0;
  std::string cap = w;
  if (!cap.empty()) cap[0] = to_upper(cap[0]);
  // "Sept.", "Jan.": an abbreviated month; "May", "June", "July" are whole words and end a sentence like any other.
  return is_month(cap, &month) && cap.size() <= 4 && !in(w, {"may", "june", "july"});
}

// The word (letters and inner dots) that ends just before the '.' at `dot`.
std::string word_before_dot(std::string_view s, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (is_alpha(s[b - 1]) || (s[b - 1] == '.' && b >= 2 && is_alpha(s[b - 2])))) --b;
  if (b > 0 && (is_digit(s[b - 1]) || static_cast<unsigned char>(s[b - 1]) >= 0x80)) return "";
  return lower(s.substr(b, dot - b));
}

bool closing_mark(std::uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x2019 || cp == 0x201D || cp == 0x300D ||
         cp == 0x300F || cp == 0xFF09 || cp == 0x00BB;
}

bool cjk_stop(std::uint32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E; }

// Where the sentence that contains the stop at `i` ends (one past its closing marks), or npos when
// the stop does not end a sentence.
std::size_t sentence_end_after(std::string_view p, std::size_t i) {
  std::size_t n = 0;
  const std::uint32_t cp = decode_at(p, i, &n);
  std::size_t j = i + n;
  if (cjk_stop(cp)) {
    while (j < p.size() && closing_mark(decode_at(p, j, &n))) j += n;
    return j;
  }
  const bool ellipsis = cp == 0x2026;
  if (cp != '.' && cp != '!' && cp != '?' && !ellipsis) return std::string_view::npos;
  while (j < p.size() && (p[j] == '.' || p[j] == '!' || p[j] == '?')) ++j;
  while (j < p.size() && closing_mark(decode_at(p, j, &n))) j += n;
  if (j >= p.size()) return p.size();
  if (p[j] != ' ') return std::string_view::npos;  // "3.5", "U.S.-China", "example.com"
  std::size_t k = j;
  while (k < p.size() && p[k] == ' ') ++k;
  if (k >= p.size()) return j;
  // The next sentence starts with a capital, a digit, an opening quote or bracket, or a non-Latin letter.
  std::size_t m = 0;
  const std::uint32_t next = decode_at(p, k, &m);
  std::size_t w = k;
  if (next == '"' || next == '\'' || next == '(' || next == 0x201C || next == 0x2018) w = k + m;
  const char c = w < p.size() ? p[w] : ' ';
  const bool starts = is_upper(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
  if (!starts) return std::string_view::npos;
  if (cp == '.' && j == i + 1) {
    const std::string word = word_before_dot(p, i);
    if (never_ends(word)) return std::string_view::npos;
    if (maybe_ends(word)) {
      std::size_t e = w;
      while (e < p.size() && is_alpha(p[e])) ++e;
      if (!is_sentence_starter(p.substr(w, e - w))) return std::string_view::npos;
    }
  }
  return j;
}

bool ends_like_sentence(std::string_view t) {
  std::size_t n = 0;
  std::size_t end = t.size();
  while (end > 0 && closing_mark(decode_before(t, end, &n))) end -= n;
  const std::uint32_t last = decode_before(t, end, &n);
  return last == '.' || last == '!' || last == '?' || last == ':' || last == 0x2026 || cjk_stop(last);
}

std::size_t count_words(std::string_view t) { return split_words(t).size(); }

// A news dateline opening a paragraph, "Brussels, 8 February 2022 - " or "BEIJING (Reuters) - ":
// the length of the place-and-date part (0 when there is none); `body` gets where the text goes on.
std::size_t dateline_length(std::string_view p, std::size_t* body) {
  if (p.empty() || !is_upper(p[0])) return 0;
  for (const std::string_view dash : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 ")}) {
    const std::size_t at = p.find(dash);
    if (at == std::string_view::npos || at > 80) continue;
    const std::string_view head = p.substr(0, at);
    if (head.find_first_of(".!?\"") != std::string_view::npos || count_words(head) > 8) continue;
    // "Brussels, 8 February 2022", "BEIJING (Reuters)", or a place in capitals alone before a sentence ("NEW YORK —
    // The treaty ..."); "NASA — the US space agency — launched ..." goes on in lower case, it is one sentence.
    const std::size_t next = at + dash.size();
    const bool capitals = count_words(head) <= 4 && head.size() >= 3 && next < p.size() && is_upper(p[next]) &&
                          std::none_of(head.begin(), head.end(), [](char c) { return is_lower(c) || is_digit(c); });
    if (head.find(',') == std::string_view::npos && head.find('(') == std::string_view::npos && !capitals) continue;
    *body = at + dash.size();
    return at;
  }
  return 0;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  int paragraph = -1;
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::size_t b = line_start, e = line_end;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    if (b < e) {
      ++paragraph;
      const std::string_view para = text.substr(b, e - b);
      // A short line without a sentence's closing punctuation is a title or heading.
      if (!ends_like_sentence(para) && count_words(para) <= 16) {
        out.push_back({b, e, std::string(para), paragraph, true});
      } else {
        std::size_t start = 0;
        std::size_t body = 0;
        if (const std::size_t d = dateline_length(para, &body)) {
          out.push_back({b, b + d, std::string(para.substr(0, d)), paragraph, true});
          start = body;
        }
        for (std::size_t i = start; i < para.size();) {
          std::size_t n = 0;
          decode_at(para, i, &n);
          const std::size_t end = sentence_end_after(para, i);
          if (end == std::string_view::npos) {
            i += n ? n : 1;
            continue;
          }
          std::size_t sb = start, se = end;
          while (sb < se && para[sb] == ' ') ++sb;
          while (se > sb && para[se - 1] == ' ') --se;
          if (sb < se) out.push_back({b + sb, b + se, std::string(para.substr(sb, se - sb)), paragraph, false});
          start = i = std::max(end, i + 1);
        }
        std::size_t sb = start, se = para.size();
        while (sb < se && para[sb] == ' ') ++sb;
        if (sb < se) out.push_back({b + sb, b + se, std::string(para.substr(sb, se - sb)), paragraph, false});
      }
    }
    if (line_end == text.size()) break;
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace factdeck
