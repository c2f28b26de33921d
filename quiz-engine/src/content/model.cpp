// The content model's small functions: names of kinds, formatting of answers, look-ups, normalising text.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "factdeck/content.h"

namespace factdeck {

namespace {
const char* const kKindNames[] = {"year", "date", "period", "number", "name", "alias", "list", "term", "opinion"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
}  // namespace

std::string_view kind_name(Kind k) { return kKindNames[static_cast<int>(k)]; }

std::optional<Kind> kind_from_name(std::string_view s) {
  for (Kind k : all_kinds())
    if (kind_name(k) == s) return k;
  return std::nullopt;
}

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = {Kind::Year, Kind::Date, Kind::Period, Kind::Number, Kind::Name,
                                          Kind::Alias, Kind::List, Kind::Term, Kind::Opinion};
  return kinds;
}

std::string format_date(const Date& d) {
  if (d.month < 1 || d.month > 12) return iso_date(d);
  return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

std::string iso_date(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
long days_from_civil(const Date& d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

std::string format_period(const Period& p) { return std::to_string(p.from) + "-" + std::to_string(p.to); }

std::string format_number(double value, int decimals, std::string_view unit) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 6), value);
  std::string s = buf;
  // Thousands separated as news writes them ("1,300 kilometres", "344 billion yuan").
  const std::size_t start = s[0] == '-' ? 1 : 0;
  std::size_t int_end = s.find('.');
  if (int_end == std::string::npos) int_end = s.size();
  for (std::size_t i = int_end; i > start + 3; i -= 3) s.insert(i - 3, ",");
  if (unit.empty()) return s;
  // Symbols attach to the number ("7%"); words take a space ("344 billion yuan").
  const bool symbol = unit == "%" || unit == "°C" || unit == "‰";
  if (!symbol) s += ' ';
  s += unit;
  return s;
}

std::string Fact::answer_text() const {
  switch (kind) {
    case Kind::Year:
      return std::to_string(year);
    case Kind::Date:
      return format_date(date);
    case Kind::Period:
      return format_period(period);
    case Kind::Number: {
      std::string s = format_number(number.value, number.decimals, number.unit);
      return number.qualifier.empty() ? s : number.qualifier + " " + s;
    }
    case Kind::List: {
      std::string s;
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) s += (i + 1 == items.size()) ? " and " : ", ";
        s += items[i];
      }
      return s;
    }
    case Kind::Name:
    case Kind::Alias:
    case Kind::Term:
    case Kind::Opinion:
      return text.str();
  }
  return text.str();
}

std::string Fact::statement_with(std::string_view answer) const {
  constexpr std::string_view placeholder = "{answer}";
  const std::string_view st = statement;
  const auto at = st.find(placeholder);
  if (at == std::string_view::npos) return std::string(st);
  std::string s;
  s.reserve(st.size() - placeholder.size() + answer.size());
  s.append(st.substr(0, at)).append(answer).append(st.substr(at + placeholder.size()));
  return s;
}

const Fact* Article::find_fact(std::string_view fact_id) const {
  for (const Fact& f : facts)
    if (f.id == fact_id) return &f;
  return nullptr;
}

bool Article::background() const { return std::find(tags.begin(), tags.end(), "background") != tags.end(); }

const Article* Content::find_article(std::string_view id) const {
  auto it = std::lower_bound(articles.begin(), articles.end(), id,
                             [](const Article& a, std::string_view v) { return a.id < v; });
  return it != articles.end() && it->id == id ? &*it : nullptr;
}

const LexClass* Content::find_class(std::string_view id) const {
  auto it = std::lower_bound(classes.begin(), classes.end(), id,
                             [](const LexClass& c, std::string_view v) { return c.id < v; });
  return it != classes.end() && it->id == id ? &*it : nullptr;
}

std::size_t Content::fact_count() const {
  std::size_t n = 0;
  for (const Article& a : articles) n += a.facts.size();
  return n;
}

bool LoadResult::has_errors() const { return error_count() > 0; }

std::size_t LoadResult::error_count() const {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t LoadResult::warning_count() const {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

std::string Diagnostic::to_string() const {
  std::string s = file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  s += severity == Severity::Error ? ": error: " : severity == Severity::Warning ? ": warning: " : ": note: ";
  return s + message;
}

std::string normalize_text(std::string_view s) {
  // Lower-case ASCII letters, keep digits and every non-ASCII byte (so Chinese text compares),
  // turn punctuation and spacing into single spaces, trim.
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!word) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

}  // namespace factdeck
