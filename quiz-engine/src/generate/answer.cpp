// Typed-answer checking and the canonical answer form every equality test in the engine uses.
#include "factdeck/answer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "generate/canonical.h"
#include "generate/text_util.h"

namespace factdeck {
namespace {

using gen::words;

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Qualifiers are skipped when reading a number: the figure is what is compared.
constexpr std::array<std::string_view, 18> kQualifiers = {
    "more than", "less than",  "fewer than", "at least", "at most", "up to",
    "about",     "around",     "over",       "under",    "nearly",  "almost",
    "approximately", "roughly", "some",      "above",    "below",   "exceeding"};

constexpr std::array<std::string_view, 20> kSmall = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

int small_word(std::string_view w) {
  for (std::size_t i = 0; i < kSmall.size(); ++i)
    if (kSmall[i] == w) return static_cast<int>(i);
  return -1;
}
int tens_word(std::string_view w) {
  for (std::size_t i = 0; i < kTens.size(); ++i)
    if (kTens[i] == w) return static_cast<int>(20 + 10 * i);
  return -1;
}

// Reads a number written in words at the start of `s` ("seven", "twenty-five"); returns chars used.
std::size_t read_number_words(std::string_view s, double& value) {
  std::size_t i = 0;
  auto read_word = [&](std::size_t from, std::string& w) {
    std::size_t j = from;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    w = std::string(s.substr(from, j - from));
    return j;
  };
  std::string w;
  std::size_t end = read_word(i, w);
  int v = small_word(w);
  if (v >= 0) {
    value = v;
    return end;
  }
  v = tens_word(w);
  if (v < 0) return 0;
  value = v;
  if (end < s.size() && (s[end] == '-' || s[end] == ' ')) {
    std::string w2;
    std::size_t end2 = read_word(end + 1, w2);
    const int u = small_word(w2);
    if (u >= 1 && u <= 9) {
      value = v + u;
      return end2;
    }
  }
  return end;
}

std::string canonical_unit(std::string_view unit) {
  const std::string u = gen::trim(lower(unit));
  if (u == "%" || u == "percent" || u == "per cent" || u == "pct" || u == "percentage" ||
      u == "percentage points" || u == "per cent." || u == "percent.")
    return "%";
  std::string out;
  for (const auto& w : words(u)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Whether a typed unit names the key's unit: equal, or a part of it ("billion" for "billion yuan").
bool unit_compatible(const std::string& typed, const std::string& key) {
  if (typed.empty() || typed == key) return true;
  const auto t = words(typed), k = words(key);
  if (t.empty() || t.size() > k.size()) return false;
  return std::all_of(t.begin(), t.end(),
                     [&](const std::string& w) { return std::find(k.begin(), k.end(), w) != k.end(); });
}

int month_from_name(std::string_view w) {
  static const std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i] || (w.size() == 3 && kMonths[i].substr(0, 3) == w)) return static_cast<int>(i + 1);
    if (w == "sept" && i == 8) return 9;
  }
  return 0;
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2026-2030", "2026 – 2030", "from 2026 to 2030" -> "p:2026-2030".
std::optional<std::string> canonical_period(std::string_view text) {
  auto ws = words(text);
  if (!ws.empty() && ws.front() == "from") ws.erase(ws.begin());
  if (ws.size() == 3 && (ws[1] == "to" || ws[1] == "until" || ws[1] == "through")) ws.erase(ws.begin() + 1);
  if (ws.size() != 2 || !all_digits(ws[0]) || !all_digits(ws[1])) return std::nullopt;
  if (ws[0].size() < 3 || ws[0].size() > 4 || ws[1].size() < 3 || ws[1].size() > 4) return std::nullopt;
  // "100.250" and "1,200" are numbers, not periods.
  if (text.find_first_of(".,") != std::string_view::npos) return std::nullopt;
  return "p:" + std::to_string(std::atoi(ws[0].c_str())) + "-" + std::to_string(std::atoi(ws[1].c_str()));
}

// "2025-10-24", "24 October 2025", "October 24, 2025", "October 2025" -> "d:2025-10-24" / "d:2025-10".
std::optional<std::string> canonical_date(std::string_view text) {
  const auto ws = words(text);
  int y = 0, m = 0, d = 0;
  if (ws.size() == 3 && all_digits(ws[0]) && ws[0].size() == 4 && all_digits(ws[1]) && all_digits(ws[2])) {
    y = std::atoi(ws[0].c_str()), m = std::atoi(ws[1].c_str()), d = std::atoi(ws[2].c_str());
  } else if (ws.size() == 3 && all_digits(ws[0]) && month_from_name(ws[1]) && all_digits(ws[2])) {
    d = std::atoi(ws[0].c_str()), m = month_from_name(ws[1]), y = std::atoi(ws[2].c_str());
  } else if (ws.size() == 3 && month_from_name(ws[0]) && all_digits(ws[1]) && all_digits(ws[2])) {
    m = month_from_name(ws[0]), d = std::atoi(ws[1].c_str()), y = std::atoi(ws[2].c_str());
  } else if (ws.size() == 2 && month_from_name(ws[0]) && all_digits(ws[1]) && ws[1].size() == 4) {
    m = month_from_name(ws[0]), y = std::atoi(ws[1].c_str());
  } else {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 0 || d > 31 || y < 1) return std::nullopt;
  char buf[32];
  if (d == 0)
    std::snprintf(buf, sizeof buf, "d:%04d-%02d", y, m);
  else
    std::snprintf(buf, sizeof buf, "d:%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

std::string number_key(const ParsedNumber& n) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", n.value);
  return std::string("n:") + buf + "|" + n.unit;
}

std::vector<std::string> content_words(std::string_view s) {
  auto ws = words(s);
  if (ws.size() > 1 && (ws.front() == "the" || ws.front() == "a" || ws.front() == "an")) ws.erase(ws.begin());
  return ws;
}

bool numbers_equal(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

}  // namespace

namespace {
std::optional<ParsedNumber> compute_number(std::string_view text);
}  // namespace

std::optional<ParsedNumber> parse_number_text(std::string_view text) {
  // Options, keys and typed answers are read as numbers by several rules each, and the texts repeat: the results
  // are remembered by text (all they depend on). The probe string is reused, so a hit allocates nothing.
  thread_local std::unordered_map<std::string, std::optional<ParsedNumber>> memo;
  thread_local std::string probe;
  probe.assign(text.data(), text.size());
  if (auto it = memo.find(probe); it != memo.end()) return it->second;
  if (memo.size() > 8192) memo.clear();  // the texts of a few hundred questions: enough to hit, small to keep
  return memo.emplace(probe, compute_number(text)).first->second;
}

namespace {
std::optional<ParsedNumber> compute_number(std::string_view text) {
  std::string s = gen::trim(lower(text));
  for (auto q : kQualifiers) {
    if (gen::starts_with(s, q) && s.size() > q.size() && s[q.size()] == ' ') {
      s = gen::trim(std::string_view(s).substr(q.size()));
      break;
    }
  }
  ParsedNumber out;
  std::string prefix_unit;
  // Currency symbols written before the figure belong to the unit.
  for (std::string_view sym : {"us$", "$", "\xC2\xA5", "\xE2\x82\xAC", "\xC2\xA3"}) {
    if (gen::starts_with(s, sym)) {
      prefix_unit = std::string(sym);
      s = gen::trim(std::string_view(s).substr(sym.size()));
      break;
    }
  }
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.erase(0, 1);
  }
  std::size_t i = 0;
  if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
    std::string digits;
    bool point = false;
    while (i < s.size()) {
      const char c = s[i];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        digits += c;
        if (point) ++out.decimals;
      } else if (c == ',' && !point && i + 3 < s.size() + 1 && i + 1 < s.size() &&
                 std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
        // thousands separator: skipped
      } else if (c == '.' && !point && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
        digits += c;
        point = true;
      } else {
        break;
      }
      ++i;
    }
    out.value = std::strtod(digits.c_str(), nullptr);
  } else {
    i = read_number_words(s, out.value);
    if (i == 0) return std::nullopt;
  }
  if (negative) out.value = -out.value;
  const std::string rest = gen::trim(std::string_view(s).substr(i));
  // Anything but a unit after the figure (another figure, a dash) means it is not one number.
  for (char c : rest)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '/') return std::nullopt;
  out.unit = canonical_unit(rest);
  if (!prefix_unit.empty()) out.unit = prefix_unit + (out.unit.empty() ? "" : " " + out.unit);
  return out;
}
}  // namespace

namespace {
std::string compute_canonical(std::string_view text);

// Every rule compares answers, many times over the same few texts: the canonical forms are remembered, in two
// generations so that a reference handed out stays good through the next look-up even when that one starts a
// new generation (same_answer holds one while it takes the other). The probe string is reused, so a look-up
// that finds its text allocates nothing.
class CanonicalMemo {
 public:
  const std::string& get(std::string_view text) {
    probe_.assign(text.data(), text.size());
    if (auto it = current_.find(probe_); it != current_.end()) return it->second;
    auto old = previous_.find(probe_);
    std::string value = old != previous_.end() ? old->second : compute_canonical(text);
    if (current_.size() >= kGeneration) {
      previous_.clear();
      previous_.swap(current_);  // swap keeps the elements where they are: references stay good
    }
    return current_.emplace(probe_, std::move(value)).first->second;
  }

 private:
  static constexpr std::size_t kGeneration = 25000;
  std::string probe_;
  std::unordered_map<std::string, std::string> current_, previous_;
};

CanonicalMemo& canonical_memo() {
  thread_local CanonicalMemo memo;
  return memo;
}
}  // namespace

const std::string& canonical_ref(std::string_view text) { return canonical_memo().get(text); }

std::string canonical_answer(std::string_view text) { return canonical_memo().get(text); }

namespace {
std::string compute_canonical(std::string_view text) {
  if (auto p = canonical_period(text)) return *p;
  if (auto d = canonical_date(text)) return *d;
  if (auto n = parse_number_text(text)) return number_key(*n);
  std::string out;
  for (const auto& w : content_words(text)) out += w;
  return out;
}
}  // namespace

bool same_answer(std::string_view a, std::string_view b) {
  const std::string& ca = canonical_ref(a);  // good through the next look-up (CanonicalMemo)
  return ca == canonical_ref(b);
}

int damerau_levenshtein(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

namespace {
// Latin letters with accents (U+00C0..U+017F) as their plain letters: "Thorbjorn Jagland" for "Thorbjørn Jagland",
// "Sao Paulo" for "São Paulo" (blind reading 26: students rarely can type ø). Other text is left as it is.
std::string without_accents(std::string_view s) {
  // U+00C0..U+00FF, then U+0100..U+017F; '*' leaves the character alone (×, ÷), '^' writes two letters.
  static constexpr std::string_view kLatin1 = "AAAAAA^CEEEEIIIIDNOOOOO*OUUUUY^^aaaaaa^ceeeeiiiidnooooo*ouuuuy^y";
  static constexpr std::string_view kExtendedA =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOo^^RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      const char plain = cp >= 0xC0 && cp < 0x100 ? kLatin1[cp - 0xC0] : cp >= 0x100 && cp < 0x180 ? kExtendedA[cp - 0x100] : '*';
      if (plain != '*' && plain != '^') {
        out += plain;
        ++i;
        continue;
      }
      if (plain == '^') {
        switch (cp) {
          case 0xC6: out += "AE"; break;
          case 0xE6: out += "ae"; break;
          case 0xDE: out += "Th"; break;
          case 0xFE: out += "th"; break;
          case 0xDF: out += "ss"; break;
          case 0x152: out += "OE"; break;
          case 0x153: out += "oe"; break;
          default: out.append(s.substr(i, 2)); break;
        }
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}
}  // namespace

namespace {
// A word in one spelling for British and American English ("programme" and "program", "modernised" and
// "modernized", "centre" and "center", "labour" and "labor": blind reading 27 marked "Commercial Crew Programme"
// wrong). Applied to both sides of a comparison, so a fold only has to be the same for both.
std::string spelling_fold(std::string w) {
  auto ends = [&](std::string_view e) { return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
  auto swap_end = [&](std::string_view e, std::string_view to) {
    w.replace(w.size() - e.size(), e.size(), to);
  };
  if (w == "programme" || w == "programmes") return w == "programme" ? "program" : "programs";
  if (w == "defence" || w == "licence" || w == "offence" || w == "pretence") {
    w[w.size() - 2] = 's';
    return w;
  }
  if (w.size() >= 6) {
    for (std::string_view e : {"isation", "isations", "ise", "ised", "ises", "ising"})
      if (ends(e)) {
        w[w.size() - e.size()] = 'i', w[w.size() - e.size() + 1] = 'z';
        return w;
      }
  }
  if (w.size() >= 5 && ends("our")) swap_end("our", "or");
  else if (w.size() >= 5 && ends("tre")) swap_end("tre", "ter");
  return w;
}

// The text's words, each in one spelling, run together (as canonical_answer runs them).
std::string folded_words(std::string_view text) {
  std::string out;
  for (const auto& w : content_words(text)) out += spelling_fold(w);
  return out;
}

// A title before a typed name: "President Xi", "Mr Tsipras", "Dr Stern" are the names the key holds.
std::string_view without_person_title(std::string_view t) {
  for (std::string_view title : {"President ", "Prime Minister ", "Premier ", "Chancellor ", "Mr ", "Mr. ", "Mrs ",
                                 "Mrs. ", "Ms ", "Ms. ", "Dr ", "Dr. ", "Professor ", "Prof. ", "Sir ", "Dame "}) {
    if (t.size() > title.size() + 1 && gen::starts_with(lower(t.substr(0, title.size())), lower(title)))
      return t.substr(title.size());
  }
  return t;
}
}  // namespace

AnswerResult check_text_answer(std::string_view typed, const std::vector<std::string>& accept) {
  AnswerResult r;
  // Compared without accents; the answer given back is the accepted one as written.
  const std::string t = gen::trim(without_accents(typed));
  if (t.empty()) return r;
  std::vector<std::string> plain;  // the accepted answers without accents, in their order
  plain.reserve(accept.size());
  for (const auto& a : accept) plain.push_back(without_accents(a));
  const std::string tc = canonical_answer(t);
  const auto tn = parse_number_text(t);
  for (std::size_t i = 0; i < accept.size(); ++i) {
    if (tc == canonical_answer(plain[i])) return {true, false, accept[i]};
    if (tn) {
      if (auto an = parse_number_text(plain[i]))
        if (numbers_equal(tn->value, an->value) && unit_compatible(tn->unit, an->unit)) return {true, false, accept[i]};
    }
  }
  // The same words in the other spelling, or a person's name after a title.
  if (!tn) {
    const std::string tf = folded_words(t), bare = folded_words(without_person_title(t));
    for (std::size_t i = 0; i < accept.size(); ++i) {
      const std::string af = folded_words(plain[i]);
      if (!af.empty() && (af == tf || af == bare)) return {true, false, accept[i]};
    }
  }
  // One slip per long word: the words must line up one to one.
  const auto tw = content_words(t);
  for (std::size_t j = 0; j < accept.size(); ++j) {
    const std::string& a = accept[j];
    const auto aw = content_words(plain[j]);
    if (aw.size() != tw.size() || aw.empty()) continue;
    bool ok = true, slipped = false;
    for (std::size_t i = 0; i < aw.size() && ok; ++i) {
      if (aw[i] == tw[i]) continue;
      const bool alpha = std::all_of(aw[i].begin(), aw[i].end(), [](char c) {
        return !std::isdigit(static_cast<unsigned char>(c));
      });
      if (alpha && aw[i].size() >= 6 && damerau_levenshtein(aw[i], tw[i]) <= 1)
        slipped = true;
      else
        ok = false;
    }
    if (ok && slipped) return {true, true, a};
  }
  return r;
}

AnswerResult check_numeric_answer(std::string_view typed, double value, const std::string& unit,
                                  double tolerance) {
  const auto n = parse_number_text(typed);
  if (!n) return {};
  if (!unit_compatible(n->unit, canonical_unit(unit))) return {};
  if (std::fabs(n->value - value) > tolerance + 1e-9 * std::max(1.0, std::fabs(value))) return {};
  return {true, false, gen::short_number(value) + (unit.empty() ? "" : unit == "%" ? "%" : " " + unit)};
}

AnswerResult check_answer(const Question& q, std::string_view typed) {
  switch (q.type) {
    case QuestionType::Cloze:
      return check_text_answer(typed, q.accept);
    case QuestionType::Numeric:
      return check_numeric_answer(typed, q.value, q.unit, q.tolerance);
    default:
      return {};
  }
}

}  // namespace factdeck
