// Dates read against the dateline: "on Tuesday", "today", "on 8 September", "on Monday, 11 July".
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

int weekday_index(std::string_view w) {  // 0 = Monday
  static const char* const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == days[i]) return i;
  return -1;
}

int weekday_of(const Date& d) {  // 0 = Monday; 1970-01-01 was a Thursday
  const long days = days_from_civil(d);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

bool valid(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  return civil_from_days(days_from_civil(Date{y, m, 1}) + d - 1).month == m;
}

Candidate date_candidate(const SentenceScan& s, std::size_t prep, std::size_t first, std::size_t last, const Date& d,
                         const std::string& reason) {
  Candidate c;
  c.fact.kind = Kind::Date;
  c.fact.date = d;
  c.b = c.hb = s.words[first].b;
  c.e = c.he = s.words[last].e;
  c.qb = prep != std::string::npos ? s.words[prep].b : c.b;
  c.qe = c.e;
  // The statement names the full date, so it reads true with any other date put in.
  c.stmt_with = "{answer}";
  c.wh = prep != std::string::npos ? s.lower_word(prep) + " which date" : "";
  c.noun = "date";
  c.priority = kDate;
  c.confidence = Confidence::Medium;
  c.rule = "date-dateline";
  c.reason = reason;
  c.id_hint = "date-" + iso_date(d);
  return c;
}

// "will be celebrated on Sunday", "is due to land on Friday": the clause of word k (from its last comma) speaks of
// what is to come, so the day is the next such day from the dateline's date, not the last.
bool future_before(const SentenceScan& s, std::size_t k) {
  std::size_t from = 0;  // the clause's first word: after the last comma or semicolon before word k
  for (std::size_t i = 0; i < k; ++i)
    if (s.text.find_first_of(",;", s.words[i].e) < s.words[i + 1].b) from = i + 1;
  for (std::size_t i = from; i < k; ++i) {
    const std::string w = s.lower_word(i);
    if (in(w, {"will", "shall", "due", "scheduled", "expected", "planned"}) || ends_with(w, "'ll")) return true;
    if (in(w, {"is", "are"}) && s.lower_word(i + 1) == "to") return true;
  }
  return false;
}

}  // namespace

std::string date_weekdays(const std::string& question, const std::string& sentence, const Date& published) {
  const SentenceScan s(sentence);
  const std::vector<Word> q = split_words(question);
  for (std::size_t k = q.size(); k-- > 1;) {
    const int wd = weekday_index(q[k].text);
    if (wd < 0 || lower(q[k - 1].text) != "on") continue;
    const std::string next = k + 1 < q.size() ? lower(q[k + 1].text) : "";
    // "on Friday, 22 January 2021", "on Friday afternoon": dated already, or a part of the day that goes with it.
    if ((k + 1 < q.size() && is_digit(q[k + 1].text[0])) || in(next, {"morning", "afternoon", "evening", "night"})) continue;
    std::size_t at = s.words.size();
    for (std::size_t i = 0; i < s.words.size(); ++i)
      if (s.words[i].text == q[k].text) at = i;
    if (at == s.words.size()) continue;
    const long today = days_from_civil(published), back = (weekday_of(published) - wd + 7) % 7;
    const Date d = future_before(s, at) ? civil_from_days(today + (wd - weekday_of(published) + 7) % 7)
                                        : civil_from_days(today - back);
    return date_weekdays(question.substr(0, q[k].b) + format_date(d) + question.substr(q[k].e), sentence, published);
  }
  return question;
}

void find_relative_dates(const SentenceScan& s, std::vector<Candidate>& out) {
  if (!s.context.published) return;
  const Date pub = *s.context.published;
  const std::size_t n = s.words.size();
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view w = s.words[k].text;
    const std::size_t prep = k > 0 && in(s.lower_word(k - 1), {"on", "since", "until", "by", "from"}) ? k - 1 : std::string::npos;
    int month = 0;
    // "8 September" or "Monday, 11 July" with no year: the dateline's year, or the year before for a later date.
    if (is_month(w, &month) && k > 0) {
      std::size_t day_w = k - 1;
      const std::string_view dw = s.words[day_w].text;
      if (dw.empty() || dw.size() > 2 || !std::all_of(dw.begin(), dw.end(), is_digit)) continue;
      if (k + 1 < n && s.words[k + 1].text.size() == 4 && is_digit(s.words[k + 1].text[0])) continue;  // has its year
      const int day = std::stoi(std::string(dw));
      int year = pub.year;
      if (!valid(year, month, day)) continue;
      // "on 10 December" in a January dateline is last year's; "from 28 August" in July is still to come.
      if (days_from_civil(Date{year, month, day}) - days_from_civil(pub) > 183) --year;
      std::size_t first = day_w;
      // "Monday, 11 July", "Thursday 30 March": the weekday belongs to the date.
      if (day_w >= 1 && weekday_index(s.words[day_w - 1].text) >= 0 &&
          (s.text.compare(s.words[day_w - 1].e, 2, ", ") == 0 || s.words[day_w - 1].e + 1 == s.words[day_w].b))
        first = day_w - 1;
      const std::size_t p = first > 0 && in(s.lower_word(first - 1), {"on", "since", "until", "by", "from"}) ? first - 1 : std::string::npos;
      if (overlaps(out, s.words[first].b, s.words[k].e)) continue;
      out.push_back(date_candidate(s, p, first, k, Date{year, month, day},
                                   "a day and month; the year is the dateline's, " + std::to_string(pub.year)));
      continue;
    }
    // "on Tuesday": the last such day up to the dateline's date (the next, when the clause speaks of what is to
    // come); "today": the dateline's date.
    const int wd = weekday_index(w);
    const bool today = s.lower_word(k) == "today";
    if (wd < 0 && !today) continue;
    if (wd >= 0 && k + 2 < n && s.text.compare(s.words[k].e, 2, ", ") == 0 && is_digit(s.words[k + 1].text[0])) continue;
    if (wd >= 0 && k + 2 < n && s.words[k].e + 1 == s.words[k + 1].b && is_digit(s.words[k + 1].text[0]) &&
        is_month(s.words[k + 2].text))
      continue;  // "on Thursday 30 March": the date after it is read whole
    if (today && prep != std::string::npos) continue;
    if (wd >= 0 && prep == std::string::npos) continue;
    if (overlaps(out, s.words[k].b, s.words[k].e)) continue;
    Date d = pub;
    if (wd >= 0 && future_before(s, k)) d = civil_from_days(days_from_civil(pub) + ((wd - weekday_of(pub) + 7) % 7));
    else if (wd >= 0) d = civil_from_days(days_from_civil(pub) - ((weekday_of(pub) - wd + 7) % 7));
    // "on Friday afternoon": the part of the day goes with the day.
    const std::size_t last = k + 1 < n && in(s.lower_word(k + 1), {"morning", "afternoon", "evening", "night"}) &&
                                     s.words[k].e + 1 == s.words[k + 1].b ? k + 1 : k;
    Candidate c = date_candidate(s, prep, k, last, d,
                                 "'" + std::string(w) + "' read against the dateline's date, " + format_date(pub));
    if (today) {
      c.stmt_with = "on {answer}";
      c.wh = "on which date";
    }
    out.push_back(std::move(c));
  }
}

}  // namespace factdeck::suggest_detail
