// Cues a reader uses to find the key without knowing it: shared words, acronyms, category words, ordinals.
#include "generate/cues.h"

#include <algorithm>
#include <unordered_map>
#include <cmath>
#include <cctype>
#include <cstdlib>

#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Tokens of letters with their case, "&" kept inside ("R&D"), for acronyms and their expansions. With `breaks`,
// an empty token marks punctuation and line ends: an expansion does not run across them ("Egypt, the United Arab
// Emirates" does not spell "EU").
std::vector<std::string> cased_tokens(std::string_view s, bool breaks = false) {
  std::vector<std::string> out;
  out.reserve(s.size() / 4 + 1);  // a token and its separator are 4 bytes at least, mostly: growing moved every string
  std::string cur;
  for (char c : s) {
    if (is_alpha(c) || (c == '&' && !cur.empty())) {
      cur += c;
    } else if (c == '\'' && !cur.empty()) {
      continue;  // "China's" is one token
    } else {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (breaks && std::string_view(",.;:()\n|\"?!").find(c) != std::string_view::npos && !out.empty() && !out.back().empty())
        out.push_back("");
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// The letters of an acronym token ("R&D" -> "RD"), or "" when the token is not one (all capitals, 2-7 letters;
// a plural "s" allowed: "NGOs").
std::string acronym_letters(const std::string& t) {
  std::string letters;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '&') continue;
    if (is_upper(t[i])) letters += t[i];
    else if (!(t[i] == 's' && i + 1 == t.size() && letters.size() >= 2)) return "";
  }
  return letters.size() >= 2 && letters.size() <= 7 ? letters : "";
}

bool is_minor(const std::string& w) {
  static const char* const kMinor[] = {"of", "and", "the", "for", "on", "in", "to", "de", "du", "des", "la", "le"};
  std::string l = w;
  for (auto& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* m : kMinor)
    if (l == m) return true;
  return false;
}

// Whether consecutive words of `tokens` (minor words skipped inside the run) have initials spelling `letters`.
// Two-letter acronyms need capitalised words ("United States"), so "under some" never spells "US".
bool spelled_out(const std::vector<std::string>& tokens, const std::string& letters) {
  for (std::size_t start = 0; start < tokens.size(); ++start) {
    std::size_t i = start, n = 0;
    while (i < tokens.size() && n < letters.size()) {
      const std::string& w = tokens[i];
      if (w.empty()) break;  // punctuation ends a run
      if (n > 0 && is_minor(w)) {
        ++i;
        continue;
      }
      if (acronym_letters(w) == letters) break;  // the acronym itself is not its expansion
      const char first = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      if (first != letters[n] || (letters.size() == 2 && !is_upper(w[0]))) break;
      ++n;
      ++i;
    }
    if (n == letters.size()) return true;
  }
  return false;
}

std::string acronym_one_way(const AcronymText& has_acronym, const AcronymText& has_expansion) {
  for (const auto& [token, letters] : has_acronym.acronyms)
    if (spelled_out(has_expansion.broken, letters)) return token;
  return "";
}

bool is_generic_head(const std::string& w) {
  static const char* const kGeneric[] = {"kind", "kinds", "type", "types", "sort", "one", "ones", "name", "names",
                                         "word", "words", "term", "terms", "phrase", "year", "years", "day", "date",
                                         "figure", "number", "percentage", "share", "level", "part", "thing",
                                         "things", "two", "three", "four", "other", "others"};
  for (const char* g : kGeneric)
    if (w == g) return true;
  return false;
}

bool ends_head(const std::string& w) {
  static const char* const kStop[] = {"is", "was", "are", "were", "does", "did", "do", "has", "have", "had", "will",
                                      "would", "can", "could", "should", "did", "became", "becomes", "been", "be",
                                      "to", "in", "on", "at", "by", "for", "from", "with", "that", "as", "and", "or", "of",
                                      "its", "their", "his", "her", "according", "under", "after", "before", "since",
                                      "between", "called", "known", "among", "about"};
  for (const char* s : kStop)
    if (w == s) return true;
  // A past tense ends a head ("which company owned..."); a noun in "-eed" does not ("which breed was...": blind reading
  // 32's fill-in went without its "(breed)").
  static const char* const kNounsInEed[] = {"breed", "speed", "seed", "creed", "deed", "steed", "tweed", "reed", "weed"};
  for (const char* n : kNounsInEed)
    if (w == n) return false;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

int roman(const std::string& t) {
  static const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (int i = 0; i < 10; ++i)
    if (t == kRoman[i]) return i + 1;
  return -1;
}

std::string_view ordinal_name(int k) {
  static const char* const kWords[] = {"first",   "second",  "third",    "fourth",   "fifth",
                                       "sixth",   "seventh", "eighth",   "ninth",    "tenth",
                                       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"};
  return kWords[k - 1];
}


}  // namespace

bool same_stem(const std::string& a, const std::string& b) {
  // Every way below to be the same stem begins with the same letter: most pairs differ there (a quiz's give-away
  // checks call this for every pair of words of two questions).
  if (a.empty() || b.empty() || a[0] != b[0]) return a.empty() && b.empty();
  if (a == b) return true;
  // A shown word loses a plural "s" ("Paris" is shown as "pari", "Angeles" as "angele"): the word with it is the same.
  auto plural_of = [](const std::string& one, const std::string& more) {
    return one.size() >= 3 && more.size() == one.size() + 1 && more.back() == 's' && more.compare(0, one.size(), one) == 0;
  };
  if (plural_of(a, b) || plural_of(b, a)) return true;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4) return false;
  std::size_t common = 0;
  while (common < shorter && a[common] == b[common]) ++common;
  return common >= 5 && common * 10 >= shorter * 7;
}

namespace {
// The concept a word belongs to, or nullptr: near-synonyms a reader equates.
// Called for every pair of words two questions show: the words are string_views, so most comparisons stop at the
// length, and a word whose first letter no concept word has stops at once.
const char* concept_id(const std::string& w) {
  struct Word {
    std::string_view text;
    const char* id;
  };
  static constexpr Word kConcepts[] = {
      {"chip", "chip"},           {"chips", "chip"},          {"semiconductor", "chip"},
      {"semiconductors", "chip"}, {"circuit", "chip"},        {"circuits", "chip"},
      {"wafer", "chip"},          {"wafers", "chip"},         {"tech", "tech"},
      {"technology", "tech"},     {"technologies", "tech"},   {"technological", "tech"},
      {"independence", "independence"}, {"independent", "independence"}, {"reliance", "independence"},
      {"sufficiency", "independence"},  {"selfreliance", "independence"}};
  if (w.empty()) return nullptr;
  const char first = w[0];
  if (first != 'c' && first != 's' && first != 'w' && first != 't' && first != 'i' && first != 'r') return nullptr;
  const std::string_view v(w);
  for (const auto& x : kConcepts)
    if (v == x.text) return x.id;
  return nullptr;
}
}  // namespace

std::string concept_of(const std::string& w) {
  const char* id = concept_id(w);
  return id ? id : w;
}

bool shows_word(const std::vector<std::string>& shown, const std::string& word) {
  // By stem, or by concept ("chip" is shown by "circuit", the concept's own word as well as the others).
  const char* c = concept_id(word);
  return std::any_of(shown.begin(), shown.end(), [&](const std::string& x) {
    return same_stem(x, word) || (c && concept_id(x) == c);
  });
}

std::vector<std::string> key_only_words(const std::string& key, const std::vector<std::string>& others) {
  std::vector<std::vector<std::string>> other_words;
  for (const auto& o : others) other_words.push_back(words(o));
  std::vector<std::string> out;
  for (const auto& w : distinctive_words(key)) {
    if (w.size() < 4 && w != "us" && w != "eu" && w != "ai" && w != "un") continue;  // acronyms count however short
    if (std::none_of(other_words.begin(), other_words.end(), [&](const auto& ow) { return shows_word(ow, w); }))
      out.push_back(w);
  }
  return out;
}

std::vector<std::string> distinctive_words(std::string_view text) {
  std::vector<std::string> out;
  out.reserve(text.size() / 4 + 1);
  for (const auto& t : cased_tokens(text))
    if (!acronym_letters(t).empty()) {
      std::string l;
      for (char c : t)
        if (c != '&') l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.push_back(l);
    }
  for (const auto& w : words(text))
    if (w.size() >= 3 && !is_stopword(w) && w.find_first_of("0123456789") == std::string::npos &&
        std::find(out.begin(), out.end(), w) == out.end())
      out.push_back(w);
  return out;
}

std::string shared_cue(std::string_view stem, std::string_view key, const std::vector<std::string>& others) {
  const auto key_words = distinctive_words(key);
  if (key_words.empty()) return "";
  const auto stem_words = words(stem);
  std::vector<std::vector<std::string>> other_words;
  for (const auto& o : others) other_words.push_back(words(o));
  // The same word, or a word of five letters or more inside a compound: "Eurotunnel" for a stem about the Channel
  // Tunnel, the one option with "tunnel" in it (blind reading 32).
  auto shows = [](const std::string& s, const std::string& w) {
    if (same_stem(s, w)) return true;
    const std::string& part = s.size() < w.size() ? s : w;
    const std::string& whole = s.size() < w.size() ? w : s;
    return part.size() >= 5 && whole.size() >= part.size() + 3 &&
           (whole.compare(0, part.size(), part) == 0 || whole.compare(whole.size() - part.size(), part.size(), part) == 0);
  };
  for (const auto& w : key_words) {
    const bool in_stem = std::any_of(stem_words.begin(), stem_words.end(), [&](const std::string& s) { return shows(s, w); });
    if (!in_stem) continue;
    const bool in_other = std::any_of(other_words.begin(), other_words.end(), [&](const auto& ow) {
      return std::any_of(ow.begin(), ow.end(), [&](const std::string& s) { return shows(s, w); });
    });
    if (!in_other) return w;
  }
  return "";
}

std::string shared_root(std::string_view text, std::string_view answer) {
  auto root = [](const std::string& a, const std::string& b) {
    const std::size_t shorter = std::min(a.size(), b.size());
    std::size_t common = 0;
    while (common < shorter && a[common] == b[common]) ++common;
    return same_stem(a, b) || (shorter >= 5 && common >= 4 && common * 10 >= shorter * 7);
  };
  const auto shown = words(text);
  const auto mine = distinctive_words(answer);
  std::string first;
  std::size_t shared = 0;
  for (const auto& w : mine)
    if (std::any_of(shown.begin(), shown.end(), [&](const std::string& s) { return root(s, w); })) {
      if (first.empty()) first = w;
      ++shared;
    }
  return 2 * shared > mine.size() ? first : "";
}

std::string acronym_read_off(std::string_view stem, std::string_view name) {
  std::vector<std::string> tokens = cased_tokens(name);
  if (!tokens.empty() && (tokens[0] == "the" || tokens[0] == "The")) tokens.erase(tokens.begin());
  for (const auto& t : cased_tokens(stem)) {
    const std::string letters = acronym_letters(t);
    if (letters.size() < 3 || tokens.empty() || acronym_letters(tokens[0]) == letters) continue;
    std::size_t n = 0, skipped = 0;
    for (const auto& w : tokens) {
      if (n == letters.size()) break;
      const char first = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      if (first == letters[n]) ++n;
      else if (n == 0 || (!is_minor(w) && ++skipped > 2)) break;
    }
    if (n == letters.size()) return t;
  }
  return "";
}

std::string acronym_read_off_either(std::string_view a, std::string_view b) {
  std::string c = acronym_read_off(a, b);
  return c.empty() ? acronym_read_off(b, a) : c;
}

AcronymText acronym_text(std::string_view s) {
  AcronymText t;
  t.broken = cased_tokens(s, true);
  for (const auto& w : t.broken)
    if (std::string letters = w.empty() ? "" : acronym_letters(w); !letters.empty()) t.acronyms.emplace_back(w, std::move(letters));
  return t;
}

std::string acronym_cue(const AcronymText& a, const AcronymText& b) {
  std::string c = acronym_one_way(a, b);
  return c.empty() ? acronym_one_way(b, a) : c;
}

std::string acronym_cue(std::string_view a, std::string_view b) { return acronym_cue(acronym_text(a), acronym_text(b)); }

std::string asked_category(std::string_view stem) {
  const auto w = words(stem);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w[i] != "which" && w[i] != "what") continue;
    std::size_t j = i + 1;
    // "which of China's five-year plans": the category follows "of" and a possessive.
    if (j < w.size() && w[j] == "of") j += 2;
    // "What are the negotiations between ... called?": a naming question's category follows its article.
    const bool naming = w.back() == "called" || (w.size() >= 2 && w[w.size() - 2] == "known" && w.back() == "as");
    if (naming && j + 1 < w.size() && (w[j] == "is" || w[j] == "are" || w[j] == "was" || w[j] == "were") &&
        (w[j + 1] == "the" || w[j + 1] == "a" || w[j + 1] == "an"))
      j += 2;
    std::string head;
    std::size_t run = 0;
    for (; j < w.size() && run < 4 && !ends_head(w[j]); ++j, ++run) head = w[j];
    if (run == 0 || run >= 4 || head.empty() || is_generic_head(head) || is_stopword(head)) return "";
    return head;
  }
  return "";
}

bool category_fits(const std::string& head, const std::vector<std::string>& label_words) {
  // A general word in the stem covers the specific kinds a class may hold ("which media outlet" over broadcasters);
  // a specific word must be the class's own ("which broadcaster" over newspapers does not fit).
  struct Family {
    std::vector<std::string> general, members;
  };
  static const std::vector<Family> kFamilies = {
      {{"outlet", "media"}, {"media", "outlet", "broadcaster", "newspaper", "agency", "channel", "network", "television", "radio"}},
      {{"sector", "field", "area", "industry", "domain"}, {"sector", "field", "area", "industry", "domain", "technology"}},
      {{"body", "organ", "institution", "organisation", "organization"},
       {"body", "organ", "committee", "institution", "organisation", "organization", "agency", "commission"}},
      {{"country", "nation", "state"}, {"country", "state", "nation", "member", "ally"}},
      {{"leader", "official", "politician"},
       {"leader", "official", "politician", "president", "premier", "minister", "commissioner", "secretary"}},
      {{"company", "firm", "business"}, {"company", "firm", "corporation", "business", "maker", "manufacturer", "supplier"}},
      {{"city", "place"}, {"city", "capital", "town"}},
      {{"plan", "programme", "program", "initiative", "policy"}, {"plan", "programme", "program", "strategy", "initiative", "policy"}},
      {{"law", "legislation", "measure"}, {"law", "act", "regulation", "rule", "legislation"}},
      {{"agreement", "deal"}, {"treaty", "pact", "agreement", "accord", "deal"}},
      {{"slogan", "concept", "term", "phrase", "idea"}, {"slogan", "concept", "term", "phrase", "goal"}},
  };
  auto singular = [](std::string w) {
    if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
    return w;
  };
  auto fits = [&](const std::string& a, const std::string& b) {
    const std::string x = singular(a), y = singular(b);
    return x == y || same_stem(x, y);
  };
  for (const auto& w : label_words)
    if (fits(w, head)) return true;
  for (const auto& family : kFamilies) {
    if (std::none_of(family.general.begin(), family.general.end(), [&](const std::string& g) { return fits(g, head); }))
      continue;
    for (const auto& w : label_words)
      if (std::any_of(family.members.begin(), family.members.end(), [&](const std::string& m) { return fits(m, w); }))
        return true;
  }
  return false;
}

namespace {

double word_number(const std::string& w) {
  // One look-up: every word of every statement comes here, many times a quiz.
  static const std::unordered_map<std::string_view, double> kWords = [] {
    std::unordered_map<std::string_view, double> m;
    static const char* const kSmall[] = {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
                                         "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                                         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) m.emplace(kSmall[i], i);
    static const char* const kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) m.emplace(kTens[i], 20 + 10 * i);
    m.emplace("a", 1);
    m.emplace("an", 1);
    m.emplace("half", 0.5);
    m.emplace("dozen", 12);
    return m;
  }();
  const auto it = kWords.find(w);
  return it == kWords.end() ? -1 : it->second;
}

double scale_word(const std::string& w) {
  if (w == "hundred" || w == "hundreds" || w == "century" || w == "centuries") return 100;
  if (w == "thousand" || w == "thousands") return 1e3;
  if (w == "million" || w == "millions" || w == "m") return 1e6;
  if (w == "billion" || w == "billions" || w == "bn") return 1e9;
  if (w == "trillion" || w == "trillions") return 1e12;
  if (w == "decade" || w == "decades") return 10;
  return -1;
}

}  // namespace

double whole_number_word(const std::string& w) {
  if (w == "a" || w == "an" || w == "half") return -1;
  return word_number(w);
}


std::vector<double> stated_amounts(std::string_view text) {
  // Tokens: figures keep their separators ("1,300", "2.5"); words are lower-cased; ordinals lose their suffix.
  std::vector<std::string> t;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) t.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool digit = c >= '0' && c <= '9';
    const bool sep_in_figure = (c == ',' || c == '.') && !cur.empty() && cur.back() >= '0' && cur.back() <= '9' &&
                               i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
    if (digit || sep_in_figure || is_alpha(c)) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else flush();
  }
  flush();
  std::vector<double> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    double v = -1;
    if (t[i][0] >= '0' && t[i][0] <= '9') {
      std::string figure;
      for (char c : t[i])
        if ((c >= '0' && c <= '9') || c == '.') figure += c;
        else if (c != ',') break;
      v = std::atof(figure.c_str());
    } else {
      v = word_number(t[i]);
      // "half a billion": a fraction of "a" scale.
      if (v == 0.5 && i + 1 < t.size() && (t[i + 1] == "a" || t[i + 1] == "an")) ++i;
      if (v < 0 || (v == 1 && (i + 1 >= t.size() || scale_word(t[i + 1]) < 0))) continue;  // "a" alone is no amount
      if (v >= 20 && i + 1 < t.size() && word_number(t[i + 1]) > 0 && word_number(t[i + 1]) < 10) v += word_number(t[++i]);
    }
    while (i + 1 < t.size() && scale_word(t[i + 1]) > 0) v *= scale_word(t[++i]);
    out.push_back(v);
  }
  return out;
}

std::vector<std::pair<double, std::vector<std::string>>> small_counts(std::string_view text) {
  std::vector<std::pair<double, std::vector<std::string>>> out;
  const std::vector<std::string> w = words(text);
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    // "4th" and "fourth" too: "a record fourth European title" says how many times.
    static const char* const kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    double v = w[i][0] >= '0' && w[i][0] <= '9' ? std::atof(w[i].c_str()) : word_number(w[i]);
    for (int n = 0; n < 9 && v <= 0; ++n)
      if (w[i] == kOrdinals[n]) v = n + 1;
    if (v <= 0 || v >= 10 || v != std::floor(v)) continue;
    // "six countries", "six invited countries".
    std::vector<std::string> next(w.begin() + static_cast<std::ptrdiff_t>(i + 1),
                                  w.begin() + static_cast<std::ptrdiff_t>(std::min(w.size(), i + 3)));
    out.push_back({v, std::move(next)});
  }
  return out;
}

int ordinal_in(std::string_view label) {
  // Scans the text itself rather than splitting it into words: this runs over every option and label of every
  // question the checker reads. The same three readings, in the same order.
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  // "II", "III" as a whole token ("I" and "V" are words too).
  for (std::size_t i = 0; i < label.size();) {
    if (std::string_view("IVX").find(label[i]) == std::string_view::npos || (i > 0 && alnum(label[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < label.size() && std::string_view("IVX").find(label[j]) != std::string_view::npos) ++j;
    if (j - i >= 2 && (j == label.size() || !alnum(label[j])))
      if (const int r = roman(std::string(label.substr(i, j - i))); r > 0) return r;
    i = j;
  }
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(label[i])) || (i > 0 && alnum(label[i - 1]))) continue;
    std::size_t j = i;
    int n = 0;
    while (j < label.size() && std::isdigit(static_cast<unsigned char>(label[j]))) n = n * 10 + (label[j++] - '0');
    const std::string_view tail = label.substr(j, 2);
    if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th") return n;            // "15th"
    if (j + 1 < label.size() && label[j] == '.' && label[j + 1] == '0' && n < 20) return n;  // "3.0"
    i = j;
  }
  // "the third phase": the first ordinal word in the text, as a whole word of any case.
  std::string lower(label);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t best = std::string::npos;
  int found = -1;
  for (int k = 1; k <= 15; ++k) {
    const std::string_view w = ordinal_name(k);
    for (std::size_t at = lower.find(w); at != std::string::npos && at < best; at = lower.find(w, at + 1)) {
      const std::size_t end = at + w.size();
      if ((at == 0 || !alnum(lower[at - 1])) && (end == lower.size() || !alnum(lower[end]))) {
        best = at;
        found = k;
        break;
      }
    }
  }
  return found;
}

}  // namespace factdeck::gen
