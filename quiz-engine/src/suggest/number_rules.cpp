// Rules for amounts: "more than 7%", "344 billion yuan", "$39 billion", "7 percent", "a four-day conclave"; bare years.
#include <algorithm>
#include <cmath>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

struct Currency {
  std::string_view prefix;  // as written before the digits
  std::string_view name;    // as written after the value in an answer
};
const Currency kCurrencies[] = {{"US$", "US dollars"}, {"HK$", "Hong Kong dollars"}, {"$", "dollars"},
                                {"\xE2\x82\xAC", "euros"}, {"\xC2\xA3", "pounds"}, {"\xC2\xA5", "yuan"},
                                {"RMB ", "yuan"},          {"RMB", "yuan"}};

const char* const kSpelled[] = {"zero", "one", "two",   "three",  "four",   "five",    "six",
                                "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

int spelled_number(const std::string& w) {
  for (int i = 0; i <= 20; ++i)
    if (w == kSpelled[i]) return i;
  return -1;
}

// The qualifier ("more than", "about") directly before byte b, as (start, lower-case text).
std::pair<std::size_t, std::string> qualifier_before(const SentenceScan& s, std::size_t b) {
  const std::size_t k = s.word_before(b);
  if (k == std::string::npos || s.words[k].e + 1 != b) return {b, ""};
  const std::string w = s.lower_word(k);
  const std::string w0 = k > 0 ? s.lower_word(k - 1) : "";
  const std::string two = w0 + " " + w;
  if (k > 0 && s.words[k - 1].e + 1 == s.words[k].b &&
      in(two, {"more than", "less than", "fewer than", "at least", "at most", "up to", "close to"}))
    return {s.words[k - 1].b, two};
  if (w == "as" && k >= 2 && in(s.lower_word(k - 1), {"much", "many"}) && s.lower_word(k - 2) == "as")
    return {s.words[k - 2].b, "as " + s.lower_word(k - 1) + " as"};
  if (in(w, {"over", "under", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "below",
             "above", "just", "only", "exactly"}))
    return {s.words[k].b, w};
  return {b, ""};
}

bool unit_word(std::string_view w) {
  if (in(w, {"nm", "km", "kg", "mm", "cm", "GW", "MW", "kW", "TWh", "GWh", "mph", "bps"})) return true;
  if (w.size() < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return is_lower(c) || c == '-'; })) return false;
  if (is_function_word(w) || ends_with(w, "ed") || ends_with(w, "ly")) return false;
  return true;
}

bool change_verb(const std::string& w) {
  return in(w, {"rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "grew", "grow", "grows", "growing",
                "increased", "increase", "increases", "jumped", "dropped", "climbed", "declined", "gained", "slid",
                "surged", "expanded", "shrank", "contracted", "soared", "plunged", "tumbled", "slumped", "advanced",
                "rebounded", "dipped", "eased", "slipped", "decreased", "cut", "raised", "lowered", "boosted"});
}

std::string wh_for(const Number& n) {
  if (n.unit == "%") return "what percentage";
  if (n.unit == "percentage points") return "how many percentage points";
  for (const Currency& c : kCurrencies)
    if (ends_with(n.unit, c.name)) return "how much";
  return n.unit.empty() ? "how many" : "how many " + n.unit;
}

std::string answer_slug(const Number& n, int decimals) {
  std::string unit = n.unit == "%" ? "percent" : n.unit.str();
  std::string figure = format_number(n.value, decimals, "");
  figure.erase(std::remove(figure.begin(), figure.end(), ','), figure.end());  // "1300", not "1-300", in an id
  return slug_id((n.qualifier.empty() ? "" : n.qualifier + " ") + figure + " " + unit, 36);
}

// "a 7% rise" -> "a rise of 7%", so the statement reads well with any value ("an 11% rise" would not).
bool rewrite_after_article(const SentenceScan& s, Candidate& c) {
  const std::size_t k = s.word_before(c.b);
  if (k == std::string::npos || !in(s.lower_word(k), {"a", "an"}) || s.words[k].e + 1 != c.b) return false;
  const std::size_t n = s.word_at_or_after(c.e);
  if (n >= s.words.size() || s.words[n].b != c.e + 1 || !unit_word(s.words[n].text)) return false;
  const std::string noun(s.words[n].text);
  const std::string article = std::string(s.words[k].text).substr(0, 1) + (std::string("aeiou").find(noun[0]) != std::string::npos ? "n" : "");
  const std::string amount = s.text.substr(c.b, c.e - c.b);
  std::string base = s.text.substr(0, s.words[k].b) + article + " " + noun + " of ";
  const std::size_t nb = base.size();
  base += amount;
  const std::size_t ne = base.size();
  base += s.text.substr(s.words[n].e);
  c.base = base;
  c.b = c.qb = nb;
  c.e = c.qe = ne;
  return true;
}

bool compound_at(const SentenceScan& s, std::size_t wi, Candidate& c) {
  // "a four-day conclave", "a 10-year plan": one hyphenated word "N-unit" after "a"/"an", before a noun.
  const std::string_view w = s.words[wi].text;
  const std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || wi == 0 || wi + 1 >= s.words.size()) return false;
  const std::string num = lower(w.substr(0, dash));
  const std::string unit(w.substr(dash + 1));
  int value = spelled_number(num);
  if (value < 0 && !num.empty() && num.size() <= 4 && std::all_of(num.begin(), num.end(), is_digit)) value = std::stoi(num);
  if (value < 2 || !in(unit, {"day", "week", "month", "year", "hour", "minute", "decade", "member", "nation", "country",
                             "point", "step", "stage", "phase", "party", "seat", "storey", "lane", "mile", "kilometre"}))
    return false;
  if (!in(s.lower_word(wi - 1), {"a", "an"}) || s.words[wi - 1].e + 1 != s.words[wi].b) return false;
  const Word& noun = s.words[wi + 1];
  if (noun.b != s.words[wi].e + 1 || !unit_word(noun.text)) return false;
  // "a two-day policy meeting": the figure qualifies a compound noun; "a policy of 2 days meeting" would not read.
  if (wi + 2 < s.words.size() && s.words[wi + 2].b == noun.e + 1 && is_lower(s.words[wi + 2].text[0]) &&
      !is_function_word(s.lower_word(wi + 2)) && !verb_word(s.lower_word(wi + 2)) && !ends_with(s.lower_word(wi + 2), "ly"))
    return false;
  c.fact.kind = Kind::Number;
  c.fact.number = Number{static_cast<double>(value), plural(unit), "", 0};
  const std::string article = std::string(s.words[wi - 1].text).substr(0, 1) +
                              (std::string("aeiou").find(noun.text[0]) != std::string::npos ? "n" : "");
  std::string base = s.text.substr(0, s.words[wi - 1].b) + article + " " + std::string(noun.text) + " of ";
  c.b = c.qb = base.size();
  base += std::to_string(value) + " " + c.fact.number.unit;
  c.e = c.qe = base.size();
  base += s.text.substr(noun.e);
  c.base = base;
  c.hb = s.words[wi].b;
  c.he = s.words[wi].e;
  c.wh = "how many " + c.fact.number.unit;
  c.noun = "figure";
  c.priority = kNumber;
  c.confidence = Confidence::Medium;
  c.rule = "number-compound";
  // "a four-day conclave", "a two-day meeting": how long a gathering lasted is told in passing, rarely worth a card.
  if (in(lower(noun.text), {"meeting", "conclave", "summit", "visit", "trip", "conference", "session", "talks", "tour",
                            "ceremony", "festival", "event", "retreat", "forum", "congress", "plenum", "stay"}))
    c.missing = "a reason to learn it: how long a gathering lasted, told in passing";
  c.reason = "a length or count written as one word, '" + std::string(w) + "'";
  c.id_hint = slug_id(std::string(noun.text) + " " + c.fact.number.unit, 30);
  return true;
}

// "its observing post about 1.5 million kilometres from Earth", "The telescope's primary mirror, 6.5 metres across,":
// a measure after a noun phrase. Asked as "the telescope's primary mirror is how many metres across?" ("its" read as the
// sentence's subject); false when the figure is not such a measure.
bool measure_question(const SentenceScan& s, std::size_t qb, std::size_t e, Candidate& c) {
  const std::string& t = s.text;
  const std::size_t k = s.word_before(qb);
  const std::size_t after = s.word_at_or_after(e);
  if (k == std::string::npos || after >= s.words.size() || s.words[after].b != e + 1) return false;
  const bool comma = t.compare(s.words[k].e, 2, ", ") == 0 && s.words[k].e + 2 == qb;
  if (!comma && s.words[k].e + 1 != qb) return false;
  const std::string noun = s.lower_word(k);
  if (!is_lower(s.words[k].text[0]) || is_function_word(noun) || verb_word(noun)) return false;
  std::string tail = s.lower_word(after);
  if (in(tail, {"from", "away"}) && after + 1 < s.words.size()) {
    std::size_t last = after + 1;
    if (s.lower_word(last) == "the" && last + 1 < s.words.size()) ++last;
    if (!is_upper(s.words[last].text[0]) && s.lower_word(after + 1) != "the") return false;
    tail = t.substr(s.words[after].b, s.words[last].e - s.words[after].b);
  } else if (!in(tail, {"across", "long", "wide", "tall", "high", "deep", "thick"})) {
    return false;
  }
  std::size_t d = k;
  while (d > 0 && k - d < 5 && !is_determiner(s.lower_word(d))) {
    const std::string prev = s.lower_word(d - 1);
    if (!is_determiner(prev) && (is_function_word(prev) || verb_word(prev))) break;
    --d;  // back over "primary", "telescope's", to "The"
  }
  if (!is_determiner(s.lower_word(d))) return false;
  std::string np = t.substr(s.words[d].b, s.words[k].e - s.words[d].b);
  if (in(s.lower_word(d), {"its", "their"})) {
    // "its": the sentence's subject, the words before its first comma or verb.
    std::size_t v = 1;
    while (v < s.words.size() && is_upper(s.words[v].text[0]) && s.text.compare(s.words[v - 1].e, 1, ",") != 0) ++v;
    if (s.words[0].text != "The" || v > 6 || v >= d) return false;
    np = "the" + t.substr(s.words[0].e, s.words[v - 1].e - s.words[0].e) + "'s" + np.substr(s.words[d].text.size());
  } else if (!in(s.lower_word(d), {"the", "a", "an"}) && !ends_with(s.words[d].text, "'s")) {
    return false;
  }
  c.fact.question = "According to the article, " + lower_first_word(np) + " is " + c.wh + " " + tail + "?";
  return true;
}

}  // namespace

void find_numbers_and_years(const SentenceScan& s, const std::vector<Candidate>& taken, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  for (std::size_t wi = 0; wi < s.words.size(); ++wi) {
    Candidate c;
    if (!overlaps(taken, s.words[wi].b, s.words[wi].e) && !quote_around(s.quotes, s.words[wi].b, s.words[wi].e) &&
        compound_at(s, wi, c))
      out.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_digit(t[i]) || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '-')))
      continue;
    // The digits: 1-3 then ",ddd" groups, or any run; then a decimal part.
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j])) ++j;
    bool grouped = false;
    if (j - i <= 3)
      while (j + 3 < t.size() && t[j] == ',' && is_digit(t[j + 1]) && is_digit(t[j + 2]) && is_digit(t[j + 3]) &&
             (j + 4 >= t.size() || !is_digit(t[j + 4]))) {
        j += 4;
        grouped = true;
      }
    int decimals = 0;
    std::size_t int_end = j;
    if (j + 1 < t.size() && t[j] == '.' && is_digit(t[j + 1])) {
      ++j;
      while (j < t.size() && is_digit(t[j])) ++j, ++decimals;
    }
    if (j < t.size() && (is_alpha(t[j]) && !(t.compare(j, 2, "bn") == 0 || t.compare(j, 2, "tn") == 0 || t[j] == 'm')))
      continue;  // "15th", "5G", "G7" are not amounts
    if (overlaps(taken, i, j) || overlaps(out, i, j) || quote_around(s.quotes, i, j)) {
      i = j;
      continue;
    }
    // A number inside an identifier ("2024/1689", "Flight 5", "SMACS 0723") is no amount and no year.
    const std::size_t before = s.word_before(i);
    const bool after_name = before != std::string::npos && s.words[before].e + 1 == i && is_upper(s.words[before].text[0]) &&
                            !is_month(s.words[before].text) && before > 0 && !is_sentence_starter(s.words[before].text);
    if ((i > 0 && t[i - 1] == '/') || (j < t.size() && t[j] == '/') || after_name) {
      i = j;
      continue;
    }
    // The value, parsed by hand: strtod follows the locale's decimal point.
    double value = 0;
    for (std::size_t k = i; k < int_end; ++k)
      if (is_digit(t[k])) value = value * 10 + (t[k] - '0');
    double scale = 0.1;
    for (std::size_t k = int_end + 1; k < j; ++k, scale /= 10) value += (t[k] - '0') * scale;

    std::size_t b = i, e = j;
    std::string currency;
    for (const Currency& c : kCurrencies)
      if (i >= c.prefix.size() && t.compare(i - c.prefix.size(), c.prefix.size(), c.prefix) == 0) {
        currency = std::string(c.name);
        b = i - c.prefix.size();
        break;
      }
    std::string scale_word, unit;
    std::size_t k = j;
    if (k < t.size() && t[k] == '%') {
      unit = "%";
      e = ++k;
    } else {
      auto next_word = [&](std::size_t at, std::size_t* end) -> std::string {
        std::size_t p = at;
        if (p < t.size() && t[p] == ' ') ++p;
        std::size_t q = p;
        if (p < t.size() && is_alpha(t[p]))
          while (q < t.size() && (is_alpha(t[q]) || t[q] == '-')) ++q;
        *end = q;
        return t.substr(p, q - p);
      };
      std::size_t end = 0;
      std::string w = next_word(k, &end);
      if (w == "bn" || w == "tn" || w == "m") w = w == "bn" ? "billion" : w == "tn" ? "trillion" : "million";
      if (in(w, {"thousand", "million", "billion", "trillion"})) {
        scale_word = w;
        e = k = end;
        w = next_word(k, &end);
      }
      if (w == "percent" || (w == "per" && t.compare(end, 5, " cent") == 0)) {
        unit = "%";
        e = w == "per" ? end + 5 : end;
      } else if (w == "percentage" && t.compare(end, 7, " points") == 0) {
        unit = "percentage points";
        e = end + 7;
      } else if (currency.empty() && in(w, {"yuan", "dollars", "euros", "pounds", "yen", "won", "rupees", "renminbi"})) {
        currency = w == "renminbi" ? "yuan" : w;
        e = end;
      } else if (currency.empty() && (w == "US" || w == "Hong") && t.compare(end, 8, " dollars") == 0) {
        currency = w == "US" ? "US dollars" : "";
        e = end + 8;
      } else if (currency.empty() && unit_word(w) && t.compare(end, 1, "-") != 0) {
        unit = w;
        e = end;
        // "40 gold medals": a noun before the plural one belongs to the unit.
        std::size_t end2 = 0;
        const std::string w2 = w.back() != 's' ? next_word(end, &end2) : "";
        if (w2.size() > 3 && w2.back() == 's' && unit_word(w2)) unit = w + " " + w2, e = end2;
      } else if (currency.empty() && w.size() > 2 && is_upper(w[0]) && has_lower(w.substr(1)) && !is_month(w)) {
        // "33 Raptor engines", "14 Earth days": a name before the plural noun the figure counts.
        std::size_t end2 = 0;
        const std::string w2 = next_word(end, &end2);
        if (w2.size() > 3 && w2.back() == 's' && !ends_with(w2, "ss") && unit_word(w2)) unit = w + " " + w2, e = end2;
      }
    }
    // "the 400 metres individual medley": a figure inside the name of a thing, between "the" and a noun.
    if (!unit.empty() && before != std::string::npos && s.lower_word(before) == "the" && s.words[before].e + 1 == b) {
      const std::size_t after_unit = s.word_at_or_after(e);
      if (after_unit < s.words.size() && s.words[after_unit].b == e + 1 && is_lower(s.words[after_unit].text[0]) &&
          !is_function_word(s.lower_word(after_unit)) && !ends_with(s.lower_word(after_unit), "ed")) {
        i = j;
        continue;
      }
    }
    // "the 2023 summit", "an Ariane 5 rocket": a number before a noun in the singular names one thing, it counts none.
    if (currency.empty() && scale_word.empty() && !unit.empty() && unit != "%" && unit.back() != 's' && value != 1 &&
        !in(unit, {"nm", "km", "kg", "mm", "cm", "GW", "MW", "kW", "TWh", "GWh", "mph", "bps", "percentage points"})) {
      i = j;
      continue;
    }
    if (!currency.empty()) unit = currency;
    if (!scale_word.empty()) unit = unit.empty() ? scale_word : scale_word + " " + unit;
    // "aged 96": an age in years.
    if (unit.empty() && currency.empty() && before != std::string::npos && s.lower_word(before) == "aged" &&
        s.words[before].e + 1 == i && j - i <= 3) {
      unit = "years";
      const Word& aged = s.words[before];
      Candidate c;
      c.fact.kind = Kind::Number;
      c.fact.number = Number{value, unit, "", decimals};
      c.base = t.substr(0, j) + " years" + t.substr(j);
      c.b = c.qb = c.hb = i;
      c.e = c.qe = j + 6;
      c.he = j;
      c.qb = aged.b;
      c.wh = "aged how many years";
      c.noun = "figure";
      c.priority = kNumber;
      c.confidence = Confidence::Medium;
      c.rule = "number-age";
      c.reason = "an age, 'aged " + t.substr(i, j - i) + "'";
      c.id_hint = "age-" + t.substr(i, j - i);
      out.push_back(std::move(c));
      i = j;
      continue;
    }
    std::string part_of;
    if (unit.empty() && currency.empty() && t.compare(j, 8, " of the ") == 0 && j + 8 < t.size() && is_digit(t[j + 8])) {
      // "411 of the 650 seats": the count takes the unit of the whole it is part of.
      std::size_t m = j + 8;
      while (m < t.size() && (is_digit(t[m]) || t[m] == ',')) ++m;
      std::size_t q = m + 1;
      while (q < t.size() && is_lower(t[q])) ++q;
      const std::string noun = m < t.size() && t[m] == ' ' ? t.substr(m + 1, q - m - 1) : "";
      if (noun.size() > 3 && noun.back() == 's' && unit_word(noun)) {
        unit = noun;
        // The statement reads "won {answer} of the 650": the unit moves beside the count.
        part_of = t.substr(0, j) + " " + noun + " of the " + t.substr(j + 8, m - j - 8) + t.substr(q);
      }
    }
    if (unit.empty()) {
      // A bare four-digit number is a year.
      Candidate c;
      if (j - i == 4 && !grouped && decimals == 0 && currency.empty() &&
          year_candidate(s, i, j, static_cast<int>(value), c))
        out.push_back(std::move(c));
      i = j;
      continue;
    }
    Candidate c;
    const auto [qb, qualifier] = qualifier_before(s, b);
    c.fact.kind = Kind::Number;
    c.fact.number = Number{value, unit, qualifier, decimals};
    c.b = c.qb = c.hb = qb;
    c.e = c.qe = c.he = e;
    c.noun = "figure";
    c.priority = kNumber;
    c.wh = wh_for(c.fact.number);
    // "closed above 40,000 points": a bound the verb needs stays in the question ("closed above how many points");
    // "about", "more than" do not ("rose by what percentage").
    if (in(qualifier, {"above", "below"}))
      c.qb = b;
    // "beside those of the 30 other allies": a count of the others, the whole less the one the sentence is about.
    if (starts_with(unit, "other ")) c.missing = "a reason to learn it: a count of 'the others', said in passing";
    // "exactly 74 years earlier": a span that only dates one event against another the sentence names.
    const std::size_t after_unit = s.word_at_or_after(e);
    if (in(unit, {"years", "months", "weeks", "days", "hours", "minutes", "decades"}) && after_unit < s.words.size() &&
        in(s.lower_word(after_unit), {"earlier", "later", "ago"}))
      c.missing = "a reason to learn it: a span that only dates one event against another";
    // "a range of 5.25 to 5.5 percent": one end of a range asked alone is half of the fact ("from 5% to 7%" is a change,
    // each end a fact of its own).
    {
      const std::size_t pw = s.word_before(b);
      // Both ends share the unit written after the second ("523 votes to 46" is a tally, not a range).
      const bool upper_end = pw != std::string::npos && pw > 0 && s.lower_word(pw) == "to" && is_digit(s.words[pw - 1].text[0]) &&
                             s.words[pw - 1].e + 1 == s.words[pw].b;
      const bool lower_end = t.compare(j, 4, " to ") == 0 && j + 4 < t.size() && is_digit(t[j + 4]);
      const std::size_t first = upper_end ? pw - 1 : s.word_at_or_after(b);
      const bool change = first > 0 && first < s.words.size() && s.lower_word(first - 1) == "from";
      if ((upper_end || lower_end) && !change) c.missing = "a question about the whole range (one end of a range asked alone)";
    }
    // "exports rose 7%" asks "rose by what percentage", not "rose what percentage".
    if (const std::size_t pv = s.word_before(qb); (unit == "%" || unit == "percentage points") &&
                                                   pv != std::string::npos && s.words[pv].e + 1 == qb &&
                                                   change_verb(s.lower_word(pv)))
      c.wh = "by " + c.wh;
    const bool strong = unit == "%" || !currency.empty() || !scale_word.empty() || unit == "percentage points";
    c.confidence = strong ? Confidence::High : Confidence::Medium;
    c.rule = unit == "%" ? "number-percent" : !currency.empty() ? "number-money" : "number-count";
    c.reason = "a figure with " + std::string(qualifier.empty() ? "a unit" : "a unit and a qualifier") + ", '" +
               t.substr(qb, e - qb) + "'";
    c.id_hint = answer_slug(c.fact.number, decimals);
    if (qb > 0 && t[qb - 1] == '(' && e < t.size() && t[e] == ')') {
      // "344 billion yuan ($47.5 billion)": a bracketed figure is mostly a conversion of the one before.
      c.wh.clear();
      c.confidence = Confidence::Low;
      c.reason += " in brackets (often a conversion of the figure before)";
    }
    if (!part_of.empty()) {
      c.base = part_of;
      c.e = c.qe = j + 1 + unit.size();
    }
    rewrite_after_article(s, c);
    if (c.base.empty()) measure_question(s, qb, e, c);
    out.push_back(std::move(c));
    i = e > i ? e - 1 : i;
  }
}

}  // namespace factdeck::suggest_detail

namespace factdeck::suggest_detail {

void find_spelled_numbers(const SentenceScan& s, const std::vector<Candidate>& taken, std::vector<Candidate>& out) {
  static const char* const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (std::size_t k = 0; k + 1 < s.words.size(); ++k) {
    std::string w = s.lower_word(k);
    int value = spelled_number(w);
    for (int t = 0; t < 8 && value < 0; ++t) {
      const std::string ten = tens[t];
      if (w == ten) value = 20 + 10 * t;
      else if (starts_with(w, ten + "-") && spelled_number(w.substr(ten.size() + 1)) > 0 &&
               spelled_number(w.substr(ten.size() + 1)) < 10)
        value = 20 + 10 * t + spelled_number(w.substr(ten.size() + 1));
    }
    // "one" is mostly a pronoun ("one of them"); two to ninety-nine before a plural noun is a count.
    if (value < 2) continue;
    const Word& noun = s.words[k + 1];
    const std::string nw = s.lower_word(k + 1);
    if (noun.b != s.words[k].e + 1 || !unit_word(nw) || nw.back() != 's' || ends_with(nw, "ss") || nw == "its" ||
        is_function_word(nw) || is_capitalized(noun.text))
      continue;
    if (overlaps(taken, s.words[k].b, noun.e) || overlaps(out, s.words[k].b, noun.e) ||
        quote_around(s.quotes, s.words[k].b, noun.e))
      continue;
    // "twenty days after it was published", "two days later": a span of time that dates something, it counts nothing.
    // A span before "after" something that is not a clause of its own ("seven minutes after liftoff", "five years
    // after a fire") is the fact itself.
    if (k + 2 < s.words.size() && in(s.lower_word(k + 2), {"later", "earlier", "ago"})) continue;
    if (k + 3 < s.words.size() && in(s.lower_word(k + 2), {"after", "before"}) &&
        (in(s.lower_word(k + 3), {"it", "he", "she", "they", "we", "the", "its", "their", "his", "her"}) ||
         !in(nw, {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})))
      continue;
    // "less than three months after Russia launched ...": a vague span between two events, said in passing.
    const bool vague_span = k + 2 < s.words.size() && in(s.lower_word(k + 2), {"after", "before"}) &&
                            in(qualifier_before(s, s.words[k].b).second, {"less than", "more than", "nearly", "almost",
                                                                          "fewer than", "over", "under"});
    // "the five BRICS countries", "the six": a number after "the" names a known group, not news.
    if (k > 0 && in(s.lower_word(k - 1), {"the", "these", "those", "its", "their", "his", "her"})) continue;
    // "the remaining eleven countries", "the other four": the same, with a word between.
    if (k > 1 && in(s.lower_word(k - 1), {"remaining", "other", "original", "founding", "last", "first"}) &&
        in(s.lower_word(k - 2), {"the", "these", "those", "its", "their"}))
      continue;
    Candidate c;
    c.fact.kind = Kind::Number;
    c.fact.number = Number{static_cast<double>(value), nw, "", 0};
    const auto [qb, qualifier] = qualifier_before(s, s.words[k].b);
    c.fact.number.qualifier = qualifier;
    // The statement and question write the figure in digits: a wrong answer reads "7 countries".
    std::string base = s.text.substr(0, qb);
    c.b = base.size();
    base += (qualifier.empty() ? "" : qualifier + " ") + std::to_string(value) + " " + nw;
    c.e = base.size();
    base += s.text.substr(noun.e);
    const bool capital = qb == 0;
    if (capital) base[0] = to_upper(base[0]);
    c.base = base;
    c.b = 0 + c.b;
    c.qb = c.b;
    c.qe = c.e;
    c.hb = s.words[k].b;
    c.he = noun.e;
    c.wh = "how many " + nw;
    // "..., five years after a fire destroyed its roof": the span opens an apposition, so the question keeps the
    // clause before it ("The cathedral reopened on Saturday, how many years after ...?").
    if (k + 2 < s.words.size() && in(s.lower_word(k + 2), {"after", "before"}) && qb >= 2 && s.text.compare(qb - 2, 2, ", ") == 0) {
      std::string rest = s.text.substr(noun.e);
      // The span's own clause ends at the next comma (", in a ceremony attended by ..." says more).
      if (const std::size_t comma = rest.find(", "); comma != std::string::npos) rest.resize(comma);
      while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.pop_back();
      std::string head = without_appositions(s.text.substr(0, qb) + "X");
      head.pop_back();
      c.fact.question = "According to the article, " + lower_first_word(head) + c.wh + rest + "?";
    }
    c.noun = "figure";
    c.priority = kNumber;
    c.confidence = Confidence::Medium;
    c.rule = "number-words";
    if (vague_span) c.missing = "a reason to learn it: a vague span between two events, said in passing";
    c.reason = "a number written in words, '" + s.text.substr(qb, noun.e - qb) + "'";
    c.id_hint = slug_id(std::to_string(value) + " " + nw, 30);
    out.push_back(std::move(c));
  }
}

}  // namespace factdeck::suggest_detail

namespace factdeck::suggest_detail {

// "Britain is the bloc's 12th member", "Finland became NATO's 31st member": an ordinal of membership is a count,
// asked of the owner ("Counting Britain, how many members does the bloc have?").
void find_ordinal_counts(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::size_t n = s.words.size();
  for (std::size_t v = 1; v + 3 < n && v <= 4; ++v) {
    const std::string verb = s.lower_word(v);
    if (!in(verb, {"is", "was", "becomes", "became"})) continue;
    // The owner: a possessive after "the" ("the bloc's"), or a name's possessive ("NATO's").
    std::size_t ord = std::string::npos;
    std::string owner;
    const std::size_t o = s.lower_word(v + 1) == "the" ? v + 2 : v + 1;
    const std::string_view ow0 = s.words[o].text;
    if (o + 1 < n && ends_with(ow0, "'s") && (o == v + 2 || is_upper(ow0[0]))) {
      owner = (o == v + 2 ? "the " : "") + std::string(ow0.substr(0, ow0.size() - 2));
      ord = o + 1;
    }
    if (ord == std::string::npos || ord + 1 >= n) continue;
    const std::string_view ow = s.words[ord].text;
    std::size_t digits = 0;
    while (digits < ow.size() && is_digit(ow[digits])) ++digits;
    if (digits == 0 || digits > 3 || !in(ow.substr(digits), {"st", "nd", "rd", "th"})) continue;
    const int value = std::stoi(std::string(ow.substr(0, digits)));
    const std::string noun = s.lower_word(ord + 1);
    if (value < 2 || !in(noun, {"member", "country", "state", "nation", "signatory", "party"})) continue;
    if (ord + 2 < n && s.words[ord + 2].b == s.words[ord + 1].e + 1 && !is_function_word(s.lower_word(ord + 2)))
      continue;  // "the 12th member state": another noun, keep to the simple case
    const std::string subject = s.text.substr(0, s.words[v - 1].e);
    if (!is_upper(subject[0]) || is_sentence_starter(s.words[0].text) || overlaps(out, s.words[ord].b, s.words[ord].e)) continue;
    Candidate c;
    c.fact.kind = Kind::Number;
    c.fact.number = Number{static_cast<double>(value), plural(noun), "", 0};
    const bool now = in(verb, {"is", "becomes"});
    c.fact.question = "According to the article, counting " + subject + ", how many " + plural(noun) +
                      (now ? " does " + owner + " have?" : " did " + owner + " have?");
    c.fact.statement = "Counting " + subject + ", " + owner + (now ? " has" : " had") + " {answer}.";
    c.hb = s.words[ord].b;
    c.he = s.words[ord + 1].e;
    c.noun = "figure";
    c.priority = kNumber;
    c.confidence = Confidence::Medium;
    c.rule = "number-ordinal-count";
    c.reason = "'" + std::string(ow) + " " + noun + "': with this one, there are " + std::to_string(value);
    c.id_hint = slug_id(owner + " " + plural(noun), 30);
    out.push_back(std::move(c));
  }
}

}  // namespace factdeck::suggest_detail
