// Rules for names that a common noun introduces: "the upper stage, Ship 30, has ..." and "on its Artemis III mission".
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

// Whether word i sits in a clause opened by "after", "when", "because" ... (up to the comma before it): a name
// there is asked in a question that would start mid-clause ("three days after which lander ..."). A clause opened
// by "while" or "and" is asked on its own, so it does not count.
bool in_subordinate_clause(const SentenceScan& s, std::size_t i) {
  for (std::size_t j = i + 1; j-- > 0;) {
    if (in(s.lower_word(j), {"after", "before", "when", "until", "since", "because", "although", "though", "if", "as",
                             "once", "unless"}))
      return true;
    if (j > 0 && s.text.find_first_of(",;:", s.words[j - 1].e) < s.words[j].b) return false;
  }
  return false;
}

bool is_title(const std::string& w) {
  return in(w, {"king", "queen", "prince", "princess", "president", "pope", "sir", "dame", "lord", "lady", "mr", "mrs",
                "ms", "dr", "general", "minister", "chancellor", "sheikh", "emir"});
}

bool appo_determiner(const SentenceScan& s, std::size_t i) {
  return in(s.lower_word(i), {"a", "an", "the", "its", "their", "his", "her"}) || ends_with(s.words[i].text, "'s") ||
         ends_with(s.words[i].text, "\xE2\x80\x99s");
}

// The noun phrase "DET word... NOUN" that ends with word k, all in lower case: its first word after the
// determiner, or npos.
std::size_t appo_phrase_start(const SentenceScan& s, std::size_t k) {
  std::size_t open = k;
  while (open > 0 && k - open < 3 && !appo_determiner(s, open - 1) && is_lower(s.words[open - 1].text[0]) &&
         !is_function_word(s.lower_word(open - 1)))
    --open;
  return open > 0 && appo_determiner(s, open - 1) ? open : std::string::npos;
}

// A name part: a capitalised word, a number or a Roman numeral after a word ("Ship 30", "Artemis III").
bool appo_name_word(std::string_view w, bool first) {
  if (w.empty()) return false;
  if (is_upper(w[0])) return !is_month(w) && (has_lower(w) || w.size() <= 4);
  return !first && std::all_of(w.begin(), w.end(), is_digit) && w.size() <= 3;
}

Candidate appo_name(const SentenceScan& s, std::size_t b, std::size_t e, const std::string& head) {
  Candidate c;
  c.fact.kind = Kind::Name;
  c.fact.text = s.text.substr(b, e - b);
  c.hb = b;
  c.he = e;
  c.head = head;
  c.noun = head;
  c.priority = kName;
  c.confidence = Confidence::Medium;
  c.id_hint = slug_id(c.fact.text, 30);
  return c;
}

// Words that a designation ("Ariane 5", "Artemis III") names the sort of.
bool vehicle_noun(const std::string& w) {
  return in(w, {"mission", "rocket", "flight", "spacecraft", "probe", "lander", "rover", "satellite", "capsule", "module",
                "aircraft", "jet", "airliner", "booster", "ship", "vessel", "launcher", "telescope", "submarine"});
}

bool roman_or_number(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  if (std::all_of(w.begin(), w.end(), is_digit)) return w.size() <= 3;  // not a year
  return std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

}  // namespace

void find_named_appositions(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  const std::size_t n = s.words.size();
  for (std::size_t k = 1; k + 1 < n; ++k) {
    // "the upper stage, Ship 30, has ...", "The mascots, the Phryges, were ...", "a rover, Pragyan, whose ...".
    if (!is_lower(s.words[k].text[0]) || is_function_word(s.lower_word(k)) || t.compare(s.words[k].e, 2, ", ") != 0)
      continue;
    // "her father, King George VI,", "his predecessor, Alberto Fernández,": people are the people rules' to ask.
    if (in(s.lower_word(k), {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "predecessor",
                             "successor", "friend", "partner", "child", "children", "parents", "grandson", "granddaughter"}))
      continue;
    const std::size_t open = appo_phrase_start(s, k);
    if (open == std::string::npos || in_subordinate_clause(s, open - 1)) continue;
    std::size_t first = k + 1;
    const bool the = s.lower_word(first) == "the" && first + 1 < n;
    if (the) ++first;
    std::size_t last = first;
    if (!appo_name_word(s.words[first].text, true) || is_title(s.lower_word(first))) continue;
    while (last + 1 < n && last - first < 2 && s.words[last + 1].b == s.words[last].e + 1 &&
           appo_name_word(s.words[last + 1].text, false))
      ++last;
    const std::size_t name_b = s.words[the ? first - 1 : first].b, name_e = s.words[last].e;
    // The name closes the apposition: a comma, or "whose"/"which"/"who" opening a clause about it.
    const bool closed = t.compare(name_e, 2, ", ") == 0 || t.compare(name_e, 7, " whose ") == 0;
    if (!closed || overlaps(out, name_b, name_e) || quote_around(s.quotes, name_b, name_e)) continue;
    if (lexicon_class(s.context.lexicon, t.substr(name_b, name_e - name_b)) == nullptr &&
        split_words(t.substr(s.words[first].b, name_e - s.words[first].b)).size() > 1 &&
        std::all_of(s.words.begin() + static_cast<long>(first), s.words.begin() + static_cast<long>(last) + 1,
                    [](const Word& w) { return is_upper(w.text[0]) && has_lower(w.text); }))
      continue;  // "the King's son, Prince William,": two or more capitalised words are a person's name (people rules)
    Candidate c = appo_name(s, name_b, name_e, s.lower_word(k));
    // Asked of the noun with the name taken out: "which upper stage has six Raptor engines?". A comma before
    // "and" also ends a clause: it stays.
    const bool clause_comma = t.compare(name_e, 6, ", and ") == 0 || t.compare(name_e, 6, ", but ") == 0;
    const std::size_t after = t.compare(name_e, 2, ", ") == 0 && !clause_comma ? name_e + 1 : name_e;
    c.base = t.substr(0, s.words[k].e) + t.substr(after);
    c.qb = s.words[open - 1].b;
    c.qe = s.words[k].e;
    std::string what;  // the noun and its adjectives, but a superlative ("heaviest"): "which rocket"
    for (std::size_t i = open; i <= k; ++i)
      if (i == k || !(ends_with(s.lower_word(i), "est") && s.lower_word(i).size() > 5))
        what += (what.empty() ? "" : " ") + std::string(s.words[i].text);
    c.wh = "which " + what;
    c.fact.statement = trim(t.substr(0, name_b) + "{answer}" + t.substr(name_e));
    c.b = c.e = 0;
    c.rule = "name-apposition";
    c.reason = "a name in apposition after the noun it names (" + std::string(s.words[k].text) + ")";
    out.push_back(std::move(c));
  }
  for (std::size_t k = 0; k + 1 < n; ++k) {
    // "on an Ariane 5 rocket", "on its Artemis III mission", "on Flight 5, the fifth test flight of the rocket".
    if (!is_upper(s.words[k].text[0]) || !has_lower(s.words[k].text) || s.words[k + 1].b != s.words[k].e + 1 ||
        !roman_or_number(s.words[k + 1].text) || is_month(s.words[k].text))
      continue;
    const std::size_t b = s.words[k].b, e = s.words[k + 1].e;
    if (overlaps(out, b, e) || (k > 0 && is_upper(s.words[k - 1].text[0]) && s.words[k - 1].e + 1 == b)) continue;
    std::string head;
    std::size_t qe = e, cut_b = 0, cut_e = 0;
    if (k + 2 < n && s.words[k + 2].b == e + 1 && vehicle_noun(s.lower_word(k + 2))) {
      head = s.lower_word(k + 2);
      qe = s.words[k + 2].e;
    } else if (t.compare(e, 2, ", ") == 0 && k + 3 < n && s.lower_word(k + 2) == "the") {
      // The apposition names its sort ("the fifth test flight"): it goes, it would give the number away.
      for (std::size_t i = k + 3; i < n && i < k + 7 && head.empty(); ++i)
        if (s.lower_word(i) == lower(s.words[k].text) && vehicle_noun(s.lower_word(i))) head = s.lower_word(i);
      if (head.empty()) continue;
      cut_b = e;
      cut_e = t.find_first_of(",;.", e + 2);
      if (cut_e == std::string::npos) cut_e = t.size();
    } else {
      continue;
    }
    Candidate c = appo_name(s, b, e, head);
    std::size_t qb = b;
    if (k > 0 && s.words[k - 1].e + 1 == b && appo_determiner(s, k - 1)) qb = s.words[k - 1].b;
    c.base = cut_e > cut_b ? t.substr(0, cut_b) + t.substr(cut_e) : t;
    c.b = b;
    c.e = e;
    c.qb = qb;
    c.qe = qe;
    c.wh = "which " + head;
    c.rule = "name-designation";
    c.reason = "a designation (a name and a number) of a " + head;
    out.push_back(std::move(c));
  }
}

}  // namespace factdeck::suggest_detail
