// Rules for time: dates ("on 24 May 2024", "May 24, 2024"), periods ("(2026-2030)", "from 2021 to 2025") and years.
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

bool plausible_year(long y) { return y >= 1000 && y <= 2200; }

// Digits [i, j) at i, with no letter or digit touching them on either side.
std::size_t digit_run(const std::string& s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  return j;
}

bool free_left(const std::string& s, std::size_t i) {
  if (i == 0) return true;
  const char c = s[i - 1];
  if (static_cast<unsigned char>(c) >= 0x80) return !is_word_cp(decode_before(s, i));
  return !is_alnum(c) && c != '.' && c != '$' && c != ',';
}

bool free_right(const std::string& s, std::size_t j) {
  if (j >= s.size()) return true;
  const char c = s[j];
  if (is_alnum(c) || c == '%') return false;
  if (c == '.' || c == ',') return j + 1 >= s.size() || !is_digit(s[j + 1]);
  if (static_cast<unsigned char>(c) >= 0x80) return !is_word_cp(decode_at(s, j, nullptr));
  return true;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[m - 1];
}

// A separator between the two years of a period at s[j]: "-", "–", "—" (spaces allowed) or " to ".
std::size_t period_separator(const std::string& s, std::size_t j, bool* dash) {
  std::size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  *dash = true;
  std::size_t n = 0;
  if (k < s.size() && s[k] == '-') n = 1;
  else if (s.compare(k, 3, "\xE2\x80\x93") == 0 || s.compare(k, 3, "\xE2\x80\x94") == 0) n = 3;
  if (n) {
    k += n;
    while (k < s.size() && s[k] == ' ') ++k;
    return k;
  }
  *dash = false;
  if (s.compare(j, 4, " to ") == 0) return j + 4;
  if (s.compare(j, 7, " until ") == 0) return j + 7;
  if (s.compare(j, 5, " and ") == 0) return j + 5;
  return std::string::npos;
}

// The capitalised name that ends just before byte `end` ("15th Five-Year Plan"), or "".
std::string name_before(const SentenceScan& s, std::size_t end) {
  const std::size_t k = s.word_before(end);
  if (k == std::string::npos || !is_capitalized(s.words[k].text) ||
      s.text.find_first_not_of(' ', s.words[k].e) != end)
    return "";
  const std::size_t first = name_start(s, k);
  return s.text.substr(s.words[first].b, s.words[k].e - s.words[first].b);
}

// "The first phase" before "(2014-2019)": a short noun phrase back to its determiner, or "".
std::string phrase_before(const SentenceScan& s, std::size_t end) {
  const std::size_t k = s.word_before(end);
  if (k == std::string::npos || s.text.find_first_not_of(' ', s.words[k].e) != end) return "";
  for (std::size_t i = k + 1; i-- > 0 && k - i < 4;) {
    const std::string w = s.lower_word(i);
    if (w == "the" || w == "its" || w == "their" || w == "this") {
      if (i == k) return "";
      std::string np = s.text.substr(s.words[i].b, s.words[k].e - s.words[i].b);
      if (w != "the") np = "the" + np.substr(w.size());
      return np;
    }
    if (is_function_word(w) || !has_lower(s.words[i].text)) return "";
  }
  return "";
}

Candidate period_candidate(const SentenceScan& s, std::size_t b, std::size_t e, int from, int to) {
  Candidate c;
  c.fact.kind = Kind::Period;
  c.fact.period = {from, to};
  c.b = c.qb = c.hb = b;
  c.e = c.qe = c.he = e;
  c.noun = "period";
  c.priority = kPeriod;
  c.confidence = Confidence::High;
  c.id_hint = "period-" + std::to_string(from) + "-" + std::to_string(to);
  const std::size_t wi = s.word_before(b);
  const std::string prep = wi == std::string::npos ? "" : s.lower_word(wi);
  const std::string& t = s.text;
  if (wi != std::string::npos && (prep == "from" || prep == "between") && s.words[wi].e + 1 == b) {
    // "from 2021 to 2025" reads "in 2021-2025" once the two years become one answer.
    c.b = c.qb = s.words[wi].b;
    c.stmt_with = "in {answer}";
    c.wh = "in which years";
    c.rule = "period-" + prep;
    c.reason = "a period written '" + t.substr(c.b, e - c.b) + "'";
  } else if (b > 0 && t[b - 1] == '(' && e < t.size() && t[e] == ')') {
    const std::string name = name_before(s, b - 1);
    if (!name.empty()) {
      // A period in brackets after a name is the span of that named thing: the plan's years.
      c.fact.question = "Which years does the " + name + " cover?";
      c.fact.statement = "The " + name + " covers {answer}.";
      c.rule = "period-of-name";
      c.reason = "a period in brackets right after the name '" + name + "'";
      c.id_hint = slug_id(name, 28) + "-period";
    } else if (const std::string np = phrase_before(s, b - 1); !np.empty()) {
      c.fact.question = "Which years does " + lower_first_word(np) + " cover?";
      c.fact.statement = capitalize_first(np) + " covers {answer}.";
      c.confidence = Confidence::Medium;
      c.rule = "period-of-phrase";
      c.reason = "a period in brackets right after '" + np + "'";
    } else {
      c.confidence = Confidence::Medium;
      c.rule = "period-bracketed";
      c.reason = "a period in brackets";
    }
  } else if (in(prep, {"in", "for", "during", "over", "of", "through", "throughout", "covering", "across"}) &&
             s.words[wi].e + 1 == b) {
    c.qb = s.words[wi].b;
    c.wh = prep + " which years";
    c.rule = "period-" + prep;
    c.reason = "a period after '" + prep + "'";
  } else {
    c.confidence = Confidence::Medium;
    c.rule = "period";
    c.reason = "two years joined by a dash";
  }
  return c;
}

bool word_date_at(const SentenceScan& s, std::size_t k, Candidate& c) {
  int month = 0;
  if (!is_month(s.words[k].text, &month)) return false;
  auto number = [&](std::size_t i, int lo, int hi, int* v) {
    if (i >= s.words.size()) return false;
    std::string_view w = s.words[i].text;
    for (std::string_view suf : {"st", "nd", "rd", "th"})
      if (w.size() > 2 && ends_with(w, suf)) w.remove_suffix(2);
    if (w.empty() || w.size() > 4 || !std::all_of(w.begin(), w.end(), is_digit)) return false;
    *v = std::stoi(std::string(w));
    return *v >= lo && *v <= hi;
  };
  int day = 0, year = 0;
  std::size_t first = 0, last = 0;
  if (k > 0 && number(k - 1, 1, 31, &day) && number(k + 1, 1000, 2200, &year) &&
      s.words[k + 1].text.size() == 4) {
    first = k - 1, last = k + 1;  // 24 May 2024
  } else if (number(k + 1, 1, 31, &day) && s.words[k + 1].text.size() <= 4 && number(k + 2, 1000, 2200, &year) &&
             s.words[k + 2].text.size() == 4) {
    first = k, last = k + 2;  // May 24, 2024
    const std::string gap = s.text.substr(s.words[k + 1].e, s.words[k + 2].b - s.words[k + 1].e);
    if (gap != " " && gap != ", ") return false;
  } else {
    return false;
  }
  if (day > days_in_month(year, month)) return false;
  std::size_t b = s.words[first].b;
  const std::size_t e = s.words[last].e;
  // A weekday before the date belongs to it: a false statement must not keep "Friday" with another date.
  if (first > 0 && in(s.words[first - 1].text, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}))
    b = s.words[--first].b;
  c.fact.kind = Kind::Date;
  c.fact.date = {year, month, day};
  c.b = c.qb = c.hb = b;
  c.e = c.qe = c.he = e;
  c.noun = "date";
  c.priority = kDate;
  c.id_hint = "date-" + iso_date(c.fact.date);
  const std::string prep = first > 0 ? s.lower_word(first - 1) : "";
  // "on the evening of 15 April 2019": "on the evening of which date".
  const bool part_of_day = prep == "of" && first >= 2 &&
                           in(s.lower_word(first - 2), {"evening", "morning", "night", "afternoon", "eve"});
  if (in(prep, {"on", "by", "until", "since", "before", "after", "from"}) || part_of_day) {
    c.qb = s.words[first - 1].b;
    c.wh = prep + " which date";
    c.confidence = Confidence::High;
    c.rule = "date-" + prep;
    c.reason = "a full date after '" + prep + "'";
  } else {
    c.confidence = Confidence::Medium;
    c.rule = "date";
    c.reason = "a full date";
  }
  return true;
}

}  // namespace

void find_dates_and_periods(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  std::vector<Candidate> found;
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    Candidate c;
    if (word_date_at(s, k, c)) found.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1]))) continue;
    const std::size_t j = digit_run(t, i);
    if (j - i != 4 || !free_left(t, i) || quote_around(s.quotes, i, j)) continue;
    const int y1 = std::stoi(t.substr(i, 4));
    // ISO date: 2024-05-24.
    if (j + 6 <= t.size() && t[j] == '-' && is_digit(t[j + 1]) && is_digit(t[j + 2]) && t[j + 3] == '-' &&
        j + 6 <= t.size() && is_digit(t[j + 4]) && is_digit(t[j + 5]) && free_right(t, j + 6)) {
      const int m = std::stoi(t.substr(j + 1, 2)), d = std::stoi(t.substr(j + 4, 2));
      if (m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y1, m) && !overlaps(found, i, j + 6)) {
        Candidate c;
        c.fact.kind = Kind::Date;
        c.fact.date = {y1, m, d};
        c.b = c.qb = c.hb = i;
        c.e = c.qe = c.he = j + 6;
        c.noun = "date";
        c.priority = kDate;
        c.confidence = Confidence::Medium;
        c.rule = "date-iso";
        c.reason = "a date written as year-month-day";
        c.id_hint = "date-" + iso_date(c.fact.date);
        const std::size_t wi = s.word_before(i);
        if (wi != std::string::npos && s.lower_word(wi) == "on" && s.words[wi].e + 1 == i) {
          c.qb = s.words[wi].b;
          c.wh = "on which date";
          c.confidence = Confidence::High;
        }
        found.push_back(std::move(c));
      }
      continue;
    }
    bool dash = false;
    const std::size_t k = period_separator(t, j, &dash);
    if (k == std::string::npos || k >= t.size() || !is_digit(t[k])) continue;
    const std::size_t l = digit_run(t, k);
    if (!free_right(t, l)) continue;
    int y2 = 0;
    if (l - k == 4) y2 = std::stoi(t.substr(k, 4));
    else if (l - k == 2 && dash) y2 = y1 / 100 * 100 + std::stoi(t.substr(k, 2));  // 2021-25
    else continue;
    const bool between = t.compare(j, 5, " and ") == 0;
    const std::size_t wi = s.word_before(i);
    if (between && (wi == std::string::npos || s.lower_word(wi) != "between")) continue;
    if (!plausible_year(y1) || !plausible_year(y2) || y2 <= y1 || y2 - y1 > 100 || overlaps(found, i, l)) continue;
    if (!dash && y1 < 1800) continue;  // "from 1200 to 1500 tonnes" is an amount, not a period
    found.push_back(period_candidate(s, i, l, y1, y2));
    i = l;
  }
  for (Candidate& c : found) out.push_back(std::move(c));
}

bool year_candidate(const SentenceScan& s, std::size_t b, std::size_t e, int year, Candidate& c) {
  if (!plausible_year(year) || year > 2100 || quote_around(s.quotes, b, e)) return false;
  c.fact.kind = Kind::Year;
  c.fact.year = year;
  c.b = c.qb = c.hb = b;
  c.e = c.qe = c.he = e;
  c.noun = "year";
  c.priority = kYear;
  const std::string y = std::to_string(year);
  c.id_hint = "year-" + y;
  const std::size_t wi = s.word_before(b);
  const std::string w1 = wi == std::string::npos ? "" : s.lower_word(wi);
  const bool adjacent = wi != std::string::npos && s.words[wi].e + 1 == b;
  static const std::initializer_list<std::string_view> preps = {
      "in", "by", "since", "until", "till", "before", "after", "from", "through", "during", "around", "circa", "to", "of", "for"};
  int month = 0;
  if (adjacent && is_month(s.words[wi].text, &month)) {
    // "in May 2024": the question keeps the month.
    const std::size_t pi = wi > 0 ? wi - 1 : std::string::npos;
    const std::string prep = pi == std::string::npos ? "" : s.lower_word(pi);
    const bool has_prep = in(prep, preps);
    c.qb = has_prep ? s.words[pi].b : s.words[wi].b;
    c.wh = (has_prep ? prep + " " : "") + std::string(s.words[wi].text) + " of which year";
    c.confidence = Confidence::High;
    c.rule = "year-month";
    c.reason = "a month and year, '" + s.text.substr(s.words[wi].b, e - s.words[wi].b) + "'";
    return true;
  }
  if (adjacent && in(w1, preps)) {
    c.qb = s.words[wi].b;
    c.wh = w1 + " which year";
    c.confidence = Confidence::High;
    c.rule = w1 == "by" ? "year-target" : "year-" + w1;
    c.reason = w1 == "by" ? "a target year, 'by " + y + "'" : "a year after '" + w1 + "'";
    c.id_hint = w1 == "by" || w1 == "in" || w1 == "since" ? w1 + "-" + y : "year-" + y;
    return true;
  }
  // "Vision 2030", "Made in China 2025": a year that ends a name is part of the name.
  if (adjacent && is_capitalized(s.words[wi].text)) return false;
  // "the 2023 summit", "its 2024 budget": a year that describes a noun is no date to ask for.
  if (adjacent && (is_determiner(w1) || ends_with(w1, "'s")) && s.word_at_or_after(e) < s.words.size() &&
      s.words[s.word_at_or_after(e)].b == e + 1 && !is_function_word(s.lower_word(s.word_at_or_after(e))))
    return false;
  c.confidence = Confidence::Medium;
  c.rule = "year";
  c.reason = "a year without a preposition";
  return true;
}

}  // namespace factdeck::suggest_detail
