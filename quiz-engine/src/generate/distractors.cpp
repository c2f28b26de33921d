// Wrong answers by kind: value windows for years, dates and periods, ratios for numbers, lexicon classes for names.
#include "generate/distractors.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <set>
#include <unordered_map>

#include "factdeck/answer.h"
#include "generate/content_index.h"
#include "generate/cues.h"
#include "generate/quiz_rules.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

struct Cand {
  double pos = 0;  // where the value sits on its line (year, day number, start year, amount)
  std::string text;
  bool real = false;  // another fact's own value (a date of the same story): taken before made-up neighbours
  bool authored = false;  // a wrong answer its author wrote: taken before any other
};

// The author's wrong answers on the key's line (content-format: "used before generated ones"). When there are
// enough for the options they are the only ones: a made-up neighbour may be true in the world, which no rule can
// know (the BJP's own majority of 2014, offered 2019, was won again in 2019), and the author wrote these as false.
// `text` formats a position as the options show it (a number in the key's unit). An author's value closer to the key
// than `min_apart` splits a hair and is left out before they are counted: 2020 and 2022 for 2021 left one year of
// three, and the fact was never asked with options nor as false, until the made-up years filled in beside it.
void use_authored(const Fact& f, double key, int count, std::vector<Cand>& lo, std::vector<Cand>& hi,
                  const std::function<std::string(double, const std::string&)>& text, double min_apart = 0) {
  std::vector<Cand> below, above;
  for (const auto& x : f.distractors) {
    const std::string written = x.str();
    const auto p = position_of(f.kind, written);
    if (!p || *p == key || std::fabs(*p - key) < min_apart) continue;
    (*p < key ? below : above).push_back({*p, text(*p, written), true, true});
  }
  if (below.size() + above.size() >= static_cast<std::size_t>(std::max(count - 1, 1))) {
    lo = std::move(below);
    hi = std::move(above);
    return;
  }
  lo.insert(lo.begin(), below.begin(), below.end());
  hi.insert(hi.begin(), above.begin(), above.end());
}
std::string as_written(double, const std::string& written) { return written; }

// Keeps the values a learner of the article could take for the answer: for an event on or before the article's
// date, no value after it (a "future" year for a past event stands out), and for a target after it, none before.
// A period that ended by the article's date keeps periods that ended by then. `len`: a period's span in years.
void keep_plausible(const ContentIndex& ix, const Fact& f, std::vector<Cand>& c, int len = 0) {
  const Article* a = ix.tables().article_of(f);
  if (!a || !a->published) return;
  const Date pub = *a->published;
  std::function<bool(double)> ok;
  switch (f.kind) {
    case Kind::Year:
      if (f.year <= pub.year) ok = [&](double y) { return y <= pub.year; };
      else ok = [&](double y) { return y > pub.year; };
      break;
    case Kind::Date: {
      const long day = days_from_civil(pub);
      if (day_range(f).first <= day) ok = [day](double x) { return x <= day; };
      else ok = [day](double x) { return x > day; };
      break;
    }
    case Kind::Period:  // over by the article's date, or under way then (a term that began in 2019, in 2021)
      if (f.period.to <= pub.year) ok = [&, len](double from) { return from + len <= pub.year; };
      else if (f.period.from <= pub.year) ok = [&, len](double from) { return from <= pub.year && from + len >= pub.year; };
      break;
    default: break;
  }
  if (ok) c.erase(std::remove_if(c.begin(), c.end(), [&](const Cand& x) { return !ok(x.pos); }), c.end());
}

// The clean candidates kept per side: assemble() takes at most count - 1 from a side and reads a side's size only
// up to count, so the first max(count, 2) clean ones give the same options as all of them (and the test of
// each further candidate against the true answers is saved).
std::size_t side_wanted(int count) { return static_cast<std::size_t>(std::max(count, 2)); }

// Keeps the candidates of one side closest first, without repeats or true values, at most `want` of them.
std::vector<Cand> clean_side(const ContentIndex& ix, const Fact& f, Role role, std::vector<Cand> c, double key,
                             const std::string& key_text_value, std::size_t want, double min_apart = 0) {
  std::stable_sort(c.begin(), c.end(), [&](const Cand& a, const Cand& b) {
    if (a.authored != b.authored) return a.authored;
    if (a.real != b.real) return a.real;
    return std::fabs(a.pos - key) < std::fabs(b.pos - key);
  });
  std::vector<Cand> out;
  std::set<std::string> seen = {canonical_answer(key_text_value)};
  std::set<double> at = {key};
  for (auto& x : c) {
    if (out.size() >= want) break;
    if (std::any_of(at.begin(), at.end(), [&](double p) { return std::fabs(p - x.pos) < min_apart; })) continue;
    if (!at.insert(x.pos).second) continue;
    const std::string canon = canonical_answer(x.text);
    if (!seen.insert(canon).second || is_true_option(ix, f, role, x.text, canon)) continue;
    out.push_back(std::move(x));
  }
  return out;
}

// Puts `slot` values below the key and the rest above it, ascending.
std::optional<Options> assemble(const std::vector<Cand>& below, const std::vector<Cand>& above,
                                const std::string& key, int count, int slot, Rng& rng) {
  const int avail = static_cast<int>(below.size() + above.size());
  if (avail < 2) return std::nullopt;
  const int k = std::min(count, avail + 1);
  if (slot < 0 || slot >= k) slot = static_cast<int>(rng.below(static_cast<std::uint64_t>(k)));
  slot = std::min(slot, static_cast<int>(below.size()));
  slot = std::max(slot, k - 1 - static_cast<int>(above.size()));
  // The sides are in order of preference (real values, then the nearest): the chosen ones are then put in order.
  std::vector<Cand> chosen(below.begin(), below.begin() + slot);
  chosen.insert(chosen.end(), above.begin(), above.begin() + (k - 1 - slot));
  std::stable_sort(chosen.begin(), chosen.end(), [](const Cand& a, const Cand& b) { return a.pos < b.pos; });
  Options o;
  o.sorted = true;
  for (int i = 0; i < slot; ++i) o.texts.push_back(chosen[static_cast<std::size_t>(i)].text);
  o.key = static_cast<int>(o.texts.size());
  o.texts.push_back(key);
  for (std::size_t i = static_cast<std::size_t>(slot); i < chosen.size(); ++i) o.texts.push_back(chosen[i].text);
  return o;
}

std::optional<Options> year_options(const ContentIndex& ix, const Fact& f, Difficulty d, Rng& rng, int slot, int count) {
  int step = year_step(d, rng);
  // A target set for a round year ("net zero by 2050") among 2047 and 2053 would be the only round one: targets
  // after the article's date move in fives.
  const Article* a = ix.tables().article_of(f);
  const bool round_target = f.year % 5 == 0 && a && a->published && f.year > a->published->year;
  if (round_target) step = 5;
  // Otherwise the years lie a step apart give or take one (never one year apart): an even ladder (2012, 2015,
  // 2018, 2021) reads as made up, and its end is the guess of a test-wise student.
  // The Games and the World Cup come every four years: 1921 or 1926 for the Paris Games is no year a reader weighs.
  const bool quadrennial = every_four_years(f);
  if (quadrennial) step = d == Difficulty::Easy ? 8 : 4;
  const int jitter = round_target || quadrennial ? 0 : 1;
  std::vector<Cand> lo, hi;
  for (int m = 1, below = 0, above = 0; m <= 3 * count; ++m) {
    auto gap = [&] { return std::max(2, step - jitter + static_cast<int>(rng.below(static_cast<std::uint64_t>(2 * jitter + 1)))); };
    below += gap();
    above += gap();
    if (f.year - below >= 1) lo.push_back({double(f.year - below), std::to_string(f.year - below)});
    hi.push_back({double(f.year + above), std::to_string(f.year + above)});
  }
  // The years of the same story come first, as its dates do: "when was BRIC coined?" among the years of the first
  // summit and of South Africa's invitation tests the timeline, where a ladder (1991, 1996, 2001, 2006) is guessed.
  // Within the ladder's reach only, so the options keep their window.
  if (a)
    for (const auto& g : a->facts) {
      const int y = g.kind == Kind::Year ? g.year : g.kind == Kind::Date ? g.date.year : 0;
      if (&g == &f || y <= 0 || std::abs(y - f.year) < std::min(step, 2) || std::abs(y - f.year) > 3 * (step + jitter) ||
          (quadrennial && (y - f.year) % 4 != 0))
        continue;
      (y < f.year ? lo : hi).push_back({double(y), std::to_string(y), true});
    }
  // Two options a year apart split a hair, whichever is the key: the author's too.
  use_authored(f, f.year, count, lo, hi, [](double y, const std::string&) { return std::to_string(static_cast<int>(y)); }, 2);
  keep_plausible(ix, f, lo);
  keep_plausible(ix, f, hi);
  const std::string key = key_text(f, Role::Forward);
  const std::size_t want = side_wanted(count);
  return assemble(clean_side(ix, f, Role::Forward, lo, f.year, key, want, 2),
                  clean_side(ix, f, Role::Forward, hi, f.year, key, want, 2), key, count, slot, rng);
}

// The date `months` months from `d`, its day kept (clamped to the month's length: 31 January + 1 = 28/29 February).
Date add_months(const Date& d, int months) {
  int m = d.year * 12 + (d.month - 1) + months;
  Date out{m / 12, m % 12 + 1, d.day};
  if (out.day > 0) {
    const Date next = out.month == 12 ? Date{out.year + 1, 1, 1} : Date{out.year, out.month + 1, 1};
    const int last = static_cast<int>(days_from_civil(next) - days_from_civil({out.year, out.month, 1}));
    out.day = std::min(out.day, last);
  }
  return out;
}

std::optional<Options> date_options(const ContentIndex& ix, const Fact& f, Difficulty d, Rng& rng, int slot, int count) {
  // The same day of other months (1-2 months apart, hard; 2-3, medium; 3-4, easy): never days or a week apart,
  // which splits hairs over a date nobody remembers to the day (blind readings 24 and 25 struck "20 or 27 July",
  // "12, 19 or 26 November" four times). Months apart by uneven steps, as years are.
  const int months = date_step_months(d);
  const long key_day = days_from_civil(f.date);
  std::vector<Cand> lo, hi;
  for (int m = 1, back = 0, ahead = 0; m <= 3 * count; ++m) {
    for (int dir : {-1, 1}) {
      int& moved = dir < 0 ? back : ahead;
      moved += months + static_cast<int>(rng.below(2));
      const Date other = add_months(f.date, dir * moved);
      (dir < 0 ? lo : hi).push_back({double(days_from_civil(other)), format_date(other)});
    }
  }
  // The story's other dates (within a year) first: "when did Sweden join?" among the days Finland joined and
  // the two applied asks for knowing the events; made-up days, for guessing. Not his election (2013) among 2025 days.
  if (const Article* a = ix.tables().article_of(f))
    for (const auto& g : a->facts)
      if (&g != &f && g.kind == Kind::Date && g.date.day > 0 && !(g.date == f.date)) {
        const long day = days_from_civil(g.date);
        if (day < key_day - 366 || day > key_day + 366) continue;
        // Days of one crisis (the referendum called on 27 June, the banks shut on the 29th, the bailout over on
        // the 30th) split hairs below hard (blind reading 27).
        if (d != Difficulty::Hard && std::abs(day - key_day) < 31) continue;
        (day < key_day ? lo : hi).push_back({double(day), format_date(g.date), true});
      }
  use_authored(f, double(key_day), count, lo, hi, [](double day, const std::string&) {
    return format_date(civil_from_days(static_cast<long>(day)));
  });
  keep_plausible(ix, f, lo);
  keep_plausible(ix, f, hi);
  const std::string key = key_text(f, Role::Forward);
  const std::size_t want = side_wanted(count);
  return assemble(clean_side(ix, f, Role::Forward, lo, double(key_day), key, want),
                  clean_side(ix, f, Role::Forward, hi, double(key_day), key, want), key, count, slot, rng);
}

std::optional<Options> period_options(const ContentIndex& ix, const Fact& f, Difficulty d, Rng& rng, int slot,
                                      int count) {
  const int len = f.period.to - f.period.from;
  // Hard shifts the same span by 1-2 years; otherwise by the whole span, landing on neighbouring periods, but
  // never by decades: a 45-year treaty shifted by years of its length would outlive the state that signed it, so a
  // long period moves by two years.
  const int step = d == Difficulty::Hard ? static_cast<int>(rng.between(1, 2)) : len + 1 <= 10 ? len + 1 : 2;
  std::vector<Cand> lo, hi, series_lo, series_hi;
  for (int m = 1; m <= 3 * count; ++m) {
    for (int dir : {-1, 1}) {
      const int from = f.period.from + dir * m * step;
      if (from < 1) continue;
      (dir < 0 ? lo : hi).push_back({double(from), format_period({from, from + len})});
    }
  }
  // Real periods of the same span nearby, and the periods of the fact's own series (facts whose statements differ
  // only in a number: the 1st, 2nd, 3rd... Five-Year Plan). A series is asked among its own members: a made-up
  // period before its first one (a plan before the state that made it) would be implausible.
  const int reach = (count - 1) * step;
  auto& tables = ix.tables();
  const std::string own = tables.template_of(f);
  for (const Fact* g : tables.periods()) {
    if (g == &f || g->period.to - g->period.from != len || g->period.from == f.period.from) continue;
    const Cand c{double(g->period.from), format_period(g->period)};
    if (std::abs(g->period.from - f.period.from) <= reach) (g->period.from < f.period.from ? lo : hi).push_back(c);
    if (tables.template_of(*g) == own) (g->period.from < f.period.from ? series_lo : series_hi).push_back(c);
  }
  // At hard too (the 11th plan among 2004-2008 and 2007-2011 is the only period on the plans' five-year grid).
  if (series_lo.size() + series_hi.size() >= 2) {
    lo = std::move(series_lo);
    hi = std::move(series_hi);
  }
  use_authored(f, f.period.from, count, lo, hi, as_written);
  keep_plausible(ix, f, lo, len);
  keep_plausible(ix, f, hi, len);
  const std::string key = key_text(f, Role::Forward);
  const std::size_t want = side_wanted(count);
  return assemble(clean_side(ix, f, Role::Forward, lo, f.period.from, key, want),
                  clean_side(ix, f, Role::Forward, hi, f.period.from, key, want), key, count, slot, rng);
}

double precision_unit(int decimals) {
  double u = 1;
  for (int i = 0; i < decimals; ++i) u /= 10;
  return u;
}


// `v` to `figures` significant figures: 1,023 to 2 is 1,000; 61 to 1 is 60.
double round_significant(double v, int figures) {
  if (v == 0) return 0;
  const double scale = std::pow(10.0, std::floor(std::log10(std::fabs(v))) - figures + 1);
  return std::round(v / scale) * scale;
}

// The largest 1, 2 or 5 times a power of ten at or below x (x > 0): a step a person would count in.
double nice_below(double x) {
  if (!(x > 0)) return 0;
  const double p = std::pow(10.0, std::floor(std::log10(x)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * p <= x * (1 + 1e-9)) return m * p;
  return p;
}

double round_to(double v, int decimals) {
  double scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  return std::round(v * scale) / scale;
}

// Makes the key not the only round (or only non-round) figure, when a neighbour can be nudged.
void fix_round_cue(const ContentIndex& ix, const Fact& f, Options& o, std::vector<double>& vals) {
  const int n = static_cast<int>(vals.size());
  const double key = vals[static_cast<std::size_t>(o.key)];
  int others_round = 0;
  for (int i = 0; i < n; ++i)
    if (i != o.key && is_round(vals[static_cast<std::size_t>(i)])) ++others_round;
  const bool key_round = is_round(key);
  auto fits = [&](int i, double v) {
    if (v <= 0 && key > 0) return false;
    if (i > 0 && v <= vals[static_cast<std::size_t>(i - 1)]) return false;
    if (i + 1 < n && v >= vals[static_cast<std::size_t>(i + 1)]) return false;
    return !is_true_option(ix, f, Role::Forward, number_text(f, v));
  };
  // Try the options nearest the key first.
  std::vector<int> order;
  for (int i = 0; i < n; ++i)
    if (i != o.key) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(a - o.key) < std::abs(b - o.key); });
  if (key_round && others_round == 0) {
    for (int i : order) {
      const double v = std::round(vals[static_cast<std::size_t>(i)] / 10.0) * 10.0;
      if (is_round(v) && fits(i, v)) {
        vals[static_cast<std::size_t>(i)] = v;
        break;
      }
    }
  } else if (!key_round && others_round == n - 1 && n > 2) {
    const double u = precision_unit(f.number.decimals);
    for (int i : order) {
      bool done = false;
      for (double delta : {u, -u, 2 * u, -2 * u}) {
        const double v = round_to(vals[static_cast<std::size_t>(i)] + delta, f.number.decimals);
        if (!is_round(v) && fits(i, v)) {
          vals[static_cast<std::size_t>(i)] = v;
          done = true;
          break;
        }
      }
      if (done) break;
    }
  }
  for (int i = 0; i < n; ++i)
    if (i != o.key) o.texts[static_cast<std::size_t>(i)] = number_text(f, vals[static_cast<std::size_t>(i)]);
}

std::optional<Options> number_options(const ContentIndex& ix, const Fact& f, Difficulty d, Rng& rng, int slot,
                                      int count) {
  const int dec = f.number.decimals;
  const double key = f.number.value;
  const double sign = key < 0 ? -1 : 1;
  const double mag = std::fabs(key);
  // "About" the ratio of the document: a small jitter lets a retry find other values.
  const double q = number_ratio(d) * (0.93 + 0.14 * rng.unit());
  const std::string_view unit = f.number.unit;
  const std::string last_unit_word = words(unit).empty() ? "" : words(unit).back();
  const bool plural_unit = (unit.size() > 2 && unit.back() == 's' && std::isalpha(static_cast<unsigned char>(unit[0]))) ||
                           last_unit_word == "women" || last_unit_word == "men" || last_unit_word == "children" ||
                           last_unit_word == "people";
  // A percentage of at most 100 is a share (of turnover, of votes...): no wrong value above 100 (a 238% tax credit).
  // An amount in millions or billions stays under a thousand of them ("1,000 million euros" reads as a mistake).
  const std::string first_unit_word = words(unit).empty() ? "" : words(unit)[0];
  const bool magnitude = first_unit_word == "thousand" || first_unit_word == "million" || first_unit_word == "billion";
  const double total = key > 0 ? stated_total(f, mag) : HUGE_VAL;
  const double ceiling = std::min({unit == "%" && mag <= 100 ? 100 : magnitude && mag < 1000 ? 999 : HUGE_VAL,
                                   std::nextafter(total, 0.0),  // below the whole, never the whole itself
                                   natural_ceiling(f)});        // a human age, an earthquake's magnitude
  // 5 of nine justices: no 2 or 3. Only for a key that is itself a majority ("20 short of a majority" is not).
  const double majority = majority_floor(f, total);
  const double lowest = mag >= majority ? majority : 0;
  const int figures = significant_figures(mag);
  std::vector<Cand> lo, hi;  // on the magnitude's line, lo = smaller magnitude
  // Where the key goes among the options, drawn here when the caller leaves it to chance: the steps depend on it.
  const int key_slot = slot >= 0 && slot < count ? slot : static_cast<int>(rng.below(static_cast<std::uint64_t>(std::max(count, 1))));
  if (mag == 0) {
    const double u = precision_unit(dec) * (d == Difficulty::Hard ? 1 : d == Difficulty::Medium ? 2 : 5);
    for (int m = 1; m <= 3 * count; ++m) {
      hi.push_back({m * u, number_text(f, m * u)});
      lo.push_back({-m * u, number_text(f, -m * u)});
    }
  } else if (const bool age = is_age(f);
             mag >= 10 && ((dec == 0 && (age || mag < 100)) || (unit == "%" && mag <= 100))) {
    // An age (by a tenth at most), a count under 100 and a share step by plain amounts, not a ratio: a prime
    // minister of 42 among 18 and 26, a euro area of 20 among 32 and 51 members (the EU has 27), 52% among 83%.
    const double least = age ? (d == Difficulty::Hard ? 2.0 : d == Difficulty::Medium ? 3.0 : 5.0) : 2.0;
    const double share = d == Difficulty::Hard ? 0.05 : d == Difficulty::Medium ? (age ? 0.07 : 0.1) : age ? 0.1 : 0.2;
    const double step = std::max(least, std::round(mag * share));
    // Uneven steps, as years take: an even ladder (22, 33, 44, 55% or 99, 119, 139, 159 members) reads as made up,
    // and its middle is a test-wise student's guess (blind reading 21).
    // (An age keeps its even steps: a tenth of a life at most, each step a plain number of years.)
    const double wobble = age ? 0.0 : std::max(1.0, std::round(step / 4));
    // A count of two digits keeps two (81 points among 101, 117 and 133 reads as impossible to anyone who knows a
    // season has 38 matches: blind reading 24).
    const bool whole_count = !age && unit != "%" && dec == 0;
    // And an age or a share stays above the key over the easy ratio and a tenth: a Nobel laureate of 17 among 2, 7 and
    // 12 years old, a 44.7% Yes vote among 17.6% and 24.5% in a close referendum (blind reading 26). (A count has
    // its two digits; a bound tighter than this leaves a small share too few steps at hard.)
    const double reach = whole_count ? HUGE_VAL : number_ratio(Difficulty::Easy) * 1.1;
    const double top = whole_count ? std::min(ceiling, 99.0) : ceiling;
    const double bottom = std::max(whole_count ? std::max(lowest, 10.0) : lowest, mag / reach);
    for (int dir : {-1, 1}) {
      double moved = 0;
      for (int m = 1; m <= 3 * count; ++m) {
        moved += std::max(least, step + wobble * (static_cast<double>(rng.below(3)) - 1));
        // Written with decimals, the wrong values do not all end as the key does (28.1, 41.1, 54.1 beside 64.1%).
        if (dec > 0) moved += precision_unit(dec) * (static_cast<double>(rng.below(9)) - 4);
        const double r = round_to(mag + dir * moved, dec);  // a share written with decimals (64.1%) keeps them
        if (r <= 0 || r < bottom || r > top) break;
        if (r == 1 && plural_unit) continue;  // "1 women"
        (dir < 0 ? lo : hi).push_back({r, number_text(f, sign * r)});
      }
    }
  } else if (dec == 0 && mag < 10) {
    // A count under ten steps by whole ones (two at easy, from 5): 8 parties among 4, 5 and 6 (ratios rounded) is the one
    // value off the run (blind reading 28); among 6, 7 and 9, or 4, 6 and 10, it is not.
    const double step = d == Difficulty::Easy && mag >= 5 ? 2 : 1;  // a small key keeps room below it
    for (int dir : {-1, 1})
      for (int m = 1; m <= 3 * count; ++m) {
        const double r = mag + dir * m * step;
        if (r <= 0 || r < lowest || r > ceiling) break;
        if (r == 1 && plural_unit) continue;  // "1 days"
        (dir < 0 ? lo : hi).push_back({r, number_text(f, sign * r)});
      }
  } else if (dec > 0 && mag < 10) {
    // A small measured figure (1.5 degrees, 2.7%) steps by a plain amount rather than a ratio: 1.0, 1.5, 2.0,
    // 2.5 are the values a reader weighs, where ratios give 0.3, 0.4, 0.7 (a hair apart, and below any target).
    const double step = std::max(precision_unit(dec), nice_below(mag * (number_ratio(d) - 1)));
    for (int dir : {-1, 1})
      for (int m = 1; m <= 3 * count; ++m) {
        const double r = round_to(mag + dir * m * step, dec);
        if (r <= 0 || r < lowest || r > ceiling) break;
        (dir < 0 ? lo : hi).push_back({r, number_text(f, sign * r)});
      }
  } else {
    for (int dir : {-1, 1}) {
      double v = mag, prev = round_to(mag, dec);
      // Three easy steps on one side (the key placed lowest or highest) reach 4.1 times the key: a dwarf planet of
      // 2,370 km among 6,560 and 10,900 km (blind reading 26). Placed so, the steps are shorter: three reach 2.6.
      const bool one_side = d == Difficulty::Easy && count >= 3 && (key_slot == 0 || key_slot == count - 1);
      const double step = one_side ? std::pow(q, 2.0 / 3.0) : q;
      for (int m = 1; m <= 60 && (dir < 0 ? lo : hi).size() < static_cast<std::size_t>(2 * count); ++m) {
        v = dir > 0 ? v * step : v / step;
        // A whole amount's wrong values are as round as the amount (a pledge of 100 million among 60, 70 and 80
        // million, not 61 and 48): same precision, kind 4 of the quality rules.
        double r = dec == 0 && mag >= 10 ? round_significant(v, std::max(1, figures)) : round_to(v, dec);
        // A figure given to a decimal place gets no whole wrong values: "32.0 billion dollars" reads as made up
        // (blind reading 27).
        if (dec > 0 && r >= 10 && r == std::round(r)) r = round_to(r + dir * precision_unit(dec) * 3, dec);
        if (r <= 0 || r < lowest || r > ceiling) break;
        // "1 days" would read wrong and singular units would not match the key's unit.
        if (r == prev || (r == 1 && plural_unit)) continue;
        prev = r;
        (dir < 0 ? lo : hi).push_back({r, number_text(f, sign * r)});
      }
    }
  }
  // (A negative key's line is its magnitude's, reversed below: its author's values are left to the made-up ones.)
  if (key > 0) use_authored(f, key, count, lo, hi, [&](double v, const std::string&) { return number_text(f, v); });
  const std::string kt = key_text(f, Role::Forward);
  auto l = clean_side(ix, f, Role::Forward, lo, mag, kt, side_wanted(count));
  auto h = clean_side(ix, f, Role::Forward, hi, mag, kt, side_wanted(count));
  if (sign < 0) {  // a negative key: smaller magnitudes are larger values
    std::swap(l, h);
    for (auto* side : {&l, &h})
      for (auto& c : *side) c.pos = -c.pos;
  }
  auto o = assemble(l, h, kt, count, key_slot, rng);
  if (!o) return o;
  std::vector<double> vals;
  for (const auto& t : o->texts) {
    const auto n = parse_number_text(t);
    vals.push_back(n ? n->value : 0);
  }
  fix_round_cue(ix, f, *o, vals);
  return o;
}

}  // namespace

int year_step(Difficulty d, Rng& rng) {
  (void)rng;
  switch (d) {
    case Difficulty::Hard: return 2;  // a year apart is a hair a reader of the article cannot split
    case Difficulty::Medium: return 3;
    default: return 5;
  }
}

// Significant figures of a whole amount as written: 500 has 1, 1,300 has 2, 344 has 3 (at least 1).
int significant_figures(double v) {
  double m = std::fabs(std::round(v));
  if (m < 1) return 1;
  int digits = 0, zeros = 0;
  bool trailing = true;
  while (m >= 1) {
    const int d = static_cast<int>(std::fmod(m, 10.0));
    ++digits;
    if (trailing && d == 0) ++zeros;
    else trailing = false;
    m = std::floor(m / 10);
  }
  return std::max(1, digits - zeros);
}

bool is_round(double v) {
  const double r = std::round(v);
  return std::fabs(v) >= 10 && std::fabs(v - r) < 1e-9 && std::fmod(std::fabs(r), 10.0) == 0.0;
}

int date_step_months(Difficulty d) { return d == Difficulty::Hard ? 1 : d == Difficulty::Medium ? 2 : 3; }
// Narrower than question-quality.md's 1.2 / 1.5 / 2: teachers reading quizzes blind struck doubled and halved
// figures as absurd (defence spending of 18% of GDP, a 340-million-user threshold, a 37-day conclave).
double number_ratio(Difficulty d) {
  switch (d) {
    case Difficulty::Hard: return 1.2;
    case Difficulty::Medium: return 1.35;
    default: return 1.6;
  }
}
Difficulty tf_value_difficulty(Difficulty d) { return d == Difficulty::Hard ? Difficulty::Medium : d; }
int max_year_step(Difficulty d) { return d == Difficulty::Hard ? 2 : d == Difficulty::Medium ? 3 : 5; }
int max_date_step_days(Difficulty d) { return d == Difficulty::Hard ? 31 : d == Difficulty::Medium ? 62 : 93; }
double max_number_ratio(Difficulty d) { return number_ratio(d) * 1.08; }
int max_period_shift(Difficulty d, int span_years) { return d == Difficulty::Hard ? 2 : span_years; }

std::optional<Options> make_options(const ContentIndex& ix, const Fact& f, Role role, Difficulty d, Rng& rng,
                                    int key_slot, int count, bool rival_length) {
  if (role == Role::Forward) {
    switch (f.kind) {
      case Kind::Year: return year_options(ix, f, d, rng, key_slot, count);
      case Kind::Date: return date_options(ix, f, d, rng, key_slot, count);
      case Kind::Period: return period_options(ix, f, d, rng, key_slot, count);
      case Kind::Number: return number_options(ix, f, d, rng, key_slot, count);
      case Kind::Opinion: return std::nullopt;
      default: break;
    }
  }
  return name_options(ix, f, role, d, rng, key_slot, count, rival_length);
}

std::optional<std::string> false_value(const ContentIndex& ix, const Fact& f, Difficulty d, Rng& rng) {
  if (f.kind == Kind::Opinion) return std::nullopt;
  // A term's statement defines it ("Under {answer} of the treaty, an attack on one is an attack on all"): another
  // term of the story in its place reads as nonsense, not as a false claim; only its class's terms fit.
  if (f.kind == Kind::Term) {
    std::vector<std::string> own;
    // The terms of its class are of its kind ("common prosperity" for another slogan); its author's wrong terms
    // are often of another shape ("Under non-alignment of the treaty...") and are not used.
    // And of its grammar in the statement: a name for a name, a common noun for a common noun, one for one ("a
    // power-sharing cabinet called the apartheid", "to build a pass laws": blind reading 30).
    const std::string key = f.text.str();
    auto capital = [](const std::string& t) { return !t.empty() && std::isupper(static_cast<unsigned char>(t[0])); };
    auto plural = [](const std::string& t) { return t.size() > 3 && t.back() == 's' && t[t.size() - 2] != 's'; };
    const std::string st = " " + f.statement.str();
    const bool one = st.find(" a {answer}") != std::string::npos || st.find(" an {answer}") != std::string::npos ||
                     st.find(" A {answer}") != std::string::npos || st.find(" An {answer}") != std::string::npos;
    if (const LexClass* cls = f.class_id.empty() ? nullptr : ix.content().find_class(f.class_id))
      for (const auto& m : cls->members)
        if (!is_true_option(ix, f, Role::Forward, m) && capital(m) == capital(key) && !(one && plural(m) && !plural(key)))
          own.push_back(m);
    if (own.empty()) return std::nullopt;
    return own[static_cast<std::size_t>(rng.below(own.size()))];
  }
  if (f.kind == Kind::List) {
    std::vector<std::string> outsiders;
    for (const auto& p : name_pool(ix, f, Role::Forward))
      if (!is_true_option(ix, f, Role::Forward, p)) outsiders.push_back(p);
    if (outsiders.empty() || f.items.empty()) return std::nullopt;
    // A statement written for one member ("{answer} is one of...") takes one outsider.
    if (list_reads_singular(f)) return outsiders[static_cast<std::size_t>(rng.below(outsiders.size()))];
    auto items = f.items.to_vector();
    items[static_cast<std::size_t>(rng.below(items.size()))] = outsiders[static_cast<std::size_t>(rng.below(outsiders.size()))];
    return join_list(items);
  }
  // "Fewer than 100 cases": "fewer than 70" may be true or not; "more than 100" is plainly false. A ceiling ("up to
  // 7%") goes up; "nearly 200 countries" goes down, where the world has room for it.
  if (const std::string other = f.kind == Kind::Number ? opposite_qualifier(f) : ""; !other.empty())
    return other + " " + key_text(f, Role::Forward);
  const int slot = f.kind != Kind::Number || f.number.qualifier.empty() ? -1 : qualifier_direction(f.number.qualifier) > 0 ? 0 : 3;
  auto o = make_options(ix, f, Role::Forward, tf_value_difficulty(d), rng, slot, 4);
  if (!o) return std::nullopt;
  std::vector<std::string> wrong;
  // Values: a neighbour of the key, so the difficulty's step is what the learner must tell apart; when the
  // neighbours are true too ("by 2040" of a target set for 2035), the nearest value that is false.
  const int farthest = o->sorted && implied_direction(f) != 0 ? static_cast<int>(o->texts.size()) : 1;
  for (int reach = 1; wrong.empty() && reach <= farthest; ++reach)
    for (std::size_t i = 0; i < o->texts.size(); ++i) {
      if (static_cast<int>(i) == o->key) continue;
      if (o->sorted && std::abs(static_cast<int>(i) - o->key) != reach) continue;
      std::string v = o->texts[i];
      if (f.kind == Kind::Number && !f.number.qualifier.empty()) v = f.number.qualifier + " " + v;
      if (!is_true_in_statement(ix, f, v)) wrong.push_back(v);
    }
  return wrong.empty() ? std::nullopt : std::optional(wrong[static_cast<std::size_t>(rng.below(wrong.size()))]);
}

}  // namespace factdeck::gen
