// The quality checker: the multiple-choice rules 1-10 and the quiz-level balance rules.
#include "factdeck/quality.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "factdeck/answer.h"
#include "generate/distractors.h"
#include "generate/content_index.h"
#include "generate/cues.h"
#include "generate/exposure.h"
#include "generate/quiz_rules.h"
#include "generate/quality_internal.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck {
namespace gen {

std::optional<double> position_of(Kind kind, const std::string& text) {
  const std::string c = canonical_answer(text);
  switch (kind) {
    case Kind::Year: {
      const auto w = words(text);
      if (w.size() != 1 || w[0].find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
      return std::atof(w[0].c_str());
    }
    case Kind::Date: {
      if (!starts_with(c, "d:") || c.size() != 12) return std::nullopt;
      const Date d{std::atoi(c.substr(2, 4).c_str()), std::atoi(c.substr(7, 2).c_str()),
                   std::atoi(c.substr(10, 2).c_str())};
      return double(days_from_civil(d));
    }
    case Kind::Period:
      if (!starts_with(c, "p:")) return std::nullopt;
      return std::atof(c.substr(2).c_str());
    case Kind::Number: {
      const auto n = parse_number_text(text);
      if (!n) return std::nullopt;
      return n->value;
    }
    default:
      return std::nullopt;
  }
}

namespace {

std::optional<std::pair<int, int>> period_of(const std::string& text) {
  const std::string c = canonical_answer(text);
  if (!starts_with(c, "p:")) return std::nullopt;
  const auto dash = c.find('-', 2);
  return std::make_pair(std::atoi(c.substr(2, dash - 2).c_str()), std::atoi(c.substr(dash + 1).c_str()));
}

bool has_qualifier_words(const std::string& option) {
  const auto w = words(option);
  if (w.empty()) return false;
  static const std::vector<std::string> kFirst = {"more", "less", "fewer", "at",     "about",  "around",
                                                  "over", "under", "nearly", "almost", "up", "approximately",
                                                  "roughly", "some", "above", "below", "exceeding"};
  return std::find(kFirst.begin(), kFirst.end(), w[0]) != kFirst.end();
}

bool all_or_none(const std::string& text) {
  // Every such phrase ends in "above" or "these": most texts are cleared without splitting them.
  std::string lower = text;
  for (auto& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  if (lower.find("above") == std::string::npos && lower.find("these") == std::string::npos) return false;
  for (const char* p : {"all of the above", "none of the above", "all of these", "none of these",
                        "both of the above", "all the above"})
    if (contains_phrase(text, p)) return true;
  return false;
}

// Rule 4 for one option: the key's kind, unit, precision or pool.
bool same_kind_option(const ContentIndex& ix, const Fact& f, Role role, const std::string& option,
                      const std::string& key, std::string& why) {
  if (role == Role::Forward && is_sorted_kind(f.kind)) {
    if (!position_of(f.kind, option)) {
      why = "is not a " + std::string(kind_name(f.kind));
      return false;
    }
    if (f.kind == Kind::Period) {
      const auto p = period_of(option), k = period_of(key);
      if (p && k && p->second - p->first != k->second - k->first) {
        why = "spans a different number of years";
        return false;
      }
    }
    if (f.kind == Kind::Date && canonical_answer(option).size() != canonical_answer(key).size()) {
      why = "has another precision";
      return false;
    }
    if (f.kind == Kind::Number) {
      const auto n = parse_number_text(option), k = parse_number_text(key);
      if (!n || !k || n->unit != k->unit) {
        why = "has another unit";
        return false;
      }
      if (n->decimals != k->decimals) {
        why = "has another precision";
        return false;
      }
    }
    return true;
  }
  if (!in_name_pool(ix, f, role, option)) {
    why = "is not from the fact's class, authored distractors or facts of the same class";
    return false;
  }
  return true;
}

// "Which state broadcaster...?" over a class of newspapers: the stem's category must be what the class holds
// (its label or id names it), or the category alone rules the wrong options out.
void check_category(const Question& q, const Fact& f, const ContentIndex& ix, std::vector<Violation>& out) {
  if (q.type != QuestionType::Mcq || f.class_id.empty()) return;
  const LexClass* cls = ix.content().find_class(f.class_id);
  if (!cls) return;
  const std::string head = asked_category(q.prompt);
  if (head.empty()) return;
  const auto label = words(cls->label + " " + cls->id);
  if (!category_fits(head, label))
    add_violation(out, rule::kCategory, "the stem asks for a \"" + head + "\" but the options are " + cls->label);
}

void check_mcq(const Question& q, const Fact& f, const ContentIndex& ix, std::vector<Violation>& out) {
  const Role role = q.type == QuestionType::Reverse ? Role::Reverse : Role::Forward;
  const int k = static_cast<int>(q.options.size());
  if (k < 3 || k > 5 || q.answer < 0 || q.answer >= k) {
    add_violation(out, rule::kWellFormed, "needs 3-5 options and the key's index among them");
    return;
  }
  if (role == Role::Reverse && !has_reverse(f)) {
    add_violation(out, rule::kWellFormed, "the fact has no reverse question");
    return;
  }
  const std::string& key = q.options[static_cast<std::size_t>(q.answer)];
  // Rule 1: the key is right, every other option is wrong.
  if (!is_true_option(ix, f, role, key))
    add_violation(out, rule::kOneCorrect, "the marked key \"" + key + "\" is not the answer");
  for (int i = 0; i < k; ++i) {
    if (i == q.answer) continue;
    const auto& o = q.options[static_cast<std::size_t>(i)];
    if (is_true_option(ix, f, role, o))
      add_violation(out, rule::kOneCorrect, "wrong option \"" + o + "\" is also right (key, alias or true value)");
  }
  // Rule 2: no two options the same once normalised.
  for (int i = 0; i < k; ++i)
    for (int j = i + 1; j < k; ++j)
      if (same_answer(q.options[static_cast<std::size_t>(i)], q.options[static_cast<std::size_t>(j)]))
        add_violation(out, rule::kDistinct, "\"" + q.options[static_cast<std::size_t>(i)] + "\" and \"" +
                                                q.options[static_cast<std::size_t>(j)] + "\" are the same answer");
  // Rule 3: plain figures for qualified facts; periods that do not contain one another.
  if (role == Role::Forward && f.kind == Kind::Number && !f.number.qualifier.empty())
    for (const auto& o : q.options)
      if (has_qualifier_words(o))
        add_violation(out, rule::kExclusive, "option \"" + o + "\" carries a qualifier; offer plain figures");
  if (role == Role::Forward && f.kind == Kind::Period) {
    for (int i = 0; i < k; ++i)
      for (int j = 0; j < k; ++j) {
        if (i == j) continue;
        const auto a = period_of(q.options[static_cast<std::size_t>(i)]);
        const auto b = period_of(q.options[static_cast<std::size_t>(j)]);
        if (a && b && a->first <= b->first && b->second <= a->second && *a != *b)
          add_violation(out, rule::kExclusive, q.options[static_cast<std::size_t>(i)] + " contains " +
                                                   q.options[static_cast<std::size_t>(j)]);
      }
  }
  // Rule 4: every option of the key's kind.
  for (int i = 0; i < k; ++i) {
    if (i == q.answer) continue;
    std::string why;
    if (!same_kind_option(ix, f, role, q.options[static_cast<std::size_t>(i)], key, why))
      add_violation(out, rule::kSameKind, "option \"" + q.options[static_cast<std::size_t>(i)] + "\" " + why);
  }
  // Rule 5: the key stands out by neither length nor roundness. "Only longest" means longer
  // than every other option by a margin a reader notices (30%, and 5 characters).
  std::size_t longest_other = 0;
  for (int i = 0; i < k; ++i)
    if (i != q.answer) longest_other = std::max(longest_other, display_length(q.options[static_cast<std::size_t>(i)]));
  const std::size_t key_len = display_length(key);
  if (key_len >= longest_other + 5 && key_len * 10 >= longest_other * 13)
    add_violation(out, rule::kNoCue, "the key \"" + key + "\" is the only long option");
  // Nor by a word every wrong option has and it lacks: "cells taken from adult udders / skin / blood" beside "cells
  // taken from embryos" leaves the key as the odd one out (blind reading 32). Text options only.
  if (k >= 4 && !is_sorted_kind(f.kind)) {
    const auto key_words = words(key);
    std::vector<std::vector<std::string>> others;
    for (int i = 0; i < k; ++i)
      if (i != q.answer) others.push_back(words(q.options[static_cast<std::size_t>(i)]));
    for (const auto& w : distinctive_words(q.options[q.answer == 0 ? 1 : 0]))  // the first wrong option's words
      if (w.size() >= 4 && !shows_word(key_words, w) &&
          std::all_of(others.begin(), others.end(), [&](const auto& o) { return shows_word(o, w); })) {
        add_violation(out, rule::kNoCue, "every wrong option says \"" + w + "\" and the key does not");
        break;
      }
  }
  // A round target year among years that are not (2050 among 2047, 2053, 2056) is as plain a cue.
  if (role == Role::Forward && f.kind == Kind::Year && f.year % 5 == 0) {
    bool others_round = false;
    for (int i = 0; i < k; ++i)
      if (i != q.answer && std::atoi(q.options[static_cast<std::size_t>(i)].c_str()) % 5 == 0) others_round = true;
    if (!others_round) add_violation(out, rule::kNoCue, "the key is the only year ending in 0 or 5");
  }
  // A date alone in its year ("26 February 2024" among three dates of 2023) is as plain a cue.
  if (role == Role::Forward && f.kind == Kind::Date && k >= 3) {
    auto year_of = [](const std::string& o) { const auto w = words(o); return w.empty() ? std::string() : w.back(); };
    std::map<std::string, int> per_year;
    for (const auto& o : q.options) ++per_year[year_of(o)];
    const std::string ky = year_of(key);
    bool other_alone = false;
    for (int i = 0; i < k; ++i)
      if (i != q.answer && per_year[year_of(q.options[static_cast<std::size_t>(i)])] == 1) other_alone = true;
    if (per_year[ky] == 1 && !other_alone) add_violation(out, rule::kNoCue, "the key is the only date in " + ky);
  }
  if (role == Role::Forward && f.kind == Kind::Number) {
    int round_others = 0;
    bool key_round = false;
    for (int i = 0; i < k; ++i) {
      const auto n = parse_number_text(q.options[static_cast<std::size_t>(i)]);
      const bool r = n && is_round(n->value);
      if (i == q.answer) key_round = r;
      else if (r) ++round_others;
    }
    if (key_round && round_others == 0) add_violation(out, rule::kNoCue, "the key is the only round figure");
    if (!key_round && round_others == k - 1) add_violation(out, rule::kNoCue, "the key is the only non-round figure");
  }
  // Rule 6: the stem gives nothing away.
  if (contains_phrase(q.prompt, key)) add_violation(out, rule::kStemClean, "the stem contains the key \"" + key + "\"");
  for (const auto& a : key_aliases(ix, f, role, key))
    if (contains_phrase(q.prompt, a)) add_violation(out, rule::kStemClean, "the stem contains \"" + a + "\", an alias of the key");
  if (!(role == Role::Forward && is_sorted_kind(f.kind))) {
    std::vector<std::string> others;
    for (int i = 0; i < k; ++i)
      if (i != q.answer) others.push_back(q.options[static_cast<std::size_t>(i)]);
    // A distinctive word (or acronym) only the stem and the key share: "AI" in both, "Finland" in the key of
    // "what does Finlandization mean".
    if (const std::string w = shared_cue(q.prompt, key, others); !w.empty())
      add_violation(out, rule::kStemClean, "the stem shares the key's distinctive word \"" + w + "\"");
    if (const std::string a = acronym_cue(q.prompt, key); !a.empty()) {
      const bool others_too = std::any_of(others.begin(), others.end(),
                                          [&](const std::string& o) { return !acronym_cue(q.prompt, o).empty(); });
      if (!others_too) add_violation(out, rule::kAcronym, "\"" + a + "\" is spelled out beside its expansion");
    }
    // "Which corridor is known as IMEC?": the one option whose initials follow I-M-E-C is read off, not known.
    if (const std::string a = acronym_read_off(q.prompt, key); !a.empty()) {
      const bool others_too = std::any_of(others.begin(), others.end(),
                                          [&](const std::string& o) { return !acronym_read_off(q.prompt, o).empty(); });
      if (!others_too) add_violation(out, rule::kAcronym, "only the key's initials follow \"" + a + "\"");
    }
    check_category(q, f, ix, out);
    // "Which article of the treaty...?" over "Article 5" and "Partnership for Peace": the key alone is of the kind
    // the stem names.
    if (const std::string head = asked_category(q.prompt); !head.empty()) {
      auto names_head = [&](const std::string& o) {
        const auto w = words(o);
        return std::any_of(w.begin(), w.end(), [&](const std::string& x) { return same_stem(x, head); });
      };
      if (names_head(key) && !std::all_of(others.begin(), others.end(), names_head))
        add_violation(out, rule::kCategory, "only some options are a \"" + head + "\", the key among them");
    }
    // "The third phase" over "Big Fund 3.0" and "Big Fund II": the stem's ordinal points to the key.
    if (const int n = ordinal_in(q.prompt); n > 0 && ordinal_in(key) == n &&
        std::none_of(others.begin(), others.end(), [&](const std::string& o) { return ordinal_in(o) == n; }))
      add_violation(out, rule::kStemClean, "the stem's ordinal (" + std::to_string(n) + ") is the key's alone");
  }
  if (role == Role::Forward && is_sorted_kind(f.kind)) {
    for (int i = 0; i < k; ++i) {
      std::string why;
      if (i != q.answer && !value_plausible(ix, f, q.options[static_cast<std::size_t>(i)], why))
        add_violation(out, rule::kPlausible, why);
    }
    // An event just before the article's date can only be the latest option (nothing later is plausible): the
    // latest option is then always the key, a cue a class learns in one quiz. Asked another way instead.
    if (q.answer == k - 1 && latest_possible(ix, f, q.difficulty))
      add_violation(out, rule::kNoCue, "the key is the latest option the article's date allows");
  }
  // Rule 7: values stay in a window around the key.
  if (role == Role::Forward && is_sorted_kind(f.kind)) {
    std::string why;
    if (!within_window(f, q.difficulty, q.options, k, why, &ix)) add_violation(out, rule::kWindow, why);
  }
  // Rule 8.
  for (const auto& o : q.options)
    if (all_or_none(o)) add_violation(out, rule::kNoAllNone, "option \"" + o + "\"");
  // Rule 9: values ascending (names are shuffled; their balance is a quiz-level rule).
  if (role == Role::Forward && is_sorted_kind(f.kind)) {
    for (int i = 1; i < k; ++i) {
      const auto a = position_of(f.kind, q.options[static_cast<std::size_t>(i - 1)]);
      const auto b = position_of(f.kind, q.options[static_cast<std::size_t>(i)]);
      if (a && b && !(*a < *b)) {
        add_violation(out, rule::kOptionOrder, "values are not in ascending order");
        break;
      }
    }
  }
}

}  // namespace

bool within_window(const Fact& f, Difficulty d, const std::vector<std::string>& values, int option_count,
                   std::string& why, const ContentIndex* ix) {
  std::vector<double> pos;
  for (const auto& v : values)
    if (auto p = position_of(f.kind, v)) pos.push_back(*p);
  if (pos.size() < 2) return true;
  const auto [lo, hi] = std::minmax_element(pos.begin(), pos.end());
  const double span = *hi - *lo;
  // k options take k-1 steps; one more step leaves room for a skipped true value.
  const double steps = option_count;
  double limit = 0;
  switch (f.kind) {
    case Kind::Year: limit = max_year_step(d) * steps; break;
    case Kind::Date: {
      limit = max_date_step_days(d) * steps;
      const Article* a = ix ? ix->tables().article_of(f) : nullptr;
      long first = 0, last = 0;
      for (const auto& g : a ? a->facts : std::vector<Fact>{})
        if (g.kind == Kind::Date && g.date.day > 0) {
          const long day = days_from_civil(g.date);
          if (first == 0 || day < first) first = day;
          if (last == 0 || day > last) last = day;
        }
      limit = std::max(limit, double(last - first));
      break;
    }
    case Kind::Period: limit = max_period_shift(d, f.period.to - f.period.from + 1) * steps; break;
    case Kind::Number: {
      double unit = 1;
      for (int i = 0; i < f.number.decimals; ++i) unit /= 10;
      if (span <= steps * unit + 1e-9) return true;  // neighbours at the shown precision
      if (*lo <= 0 || *hi <= 0) return true;          // ratios do not apply across zero
      const double ratio = *hi / *lo;
      double limit_ratio = 1;
      for (int i = 0; i < option_count; ++i) limit_ratio *= max_number_ratio(d);
      if (ratio > limit_ratio + 1e-9) {
        why = "values spread " + short_number(ratio) + "-fold; " + std::string(difficulty_name(d)) + " allows " +
              short_number(limit_ratio);
        return false;
      }
      return true;
    }
    default: return true;
  }
  if (span > limit + 1e-9) {
    why = "values spread over " + short_number(span) + (f.kind == Kind::Date ? " days" : " years") + "; " +
          std::string(difficulty_name(d)) + " allows " + short_number(limit);
    return false;
  }
  return true;
}

bool value_plausible(const ContentIndex& ix, const Fact& f, const std::string& value, std::string& why) {
  const auto pos = position_of(f.kind, value);
  if (!pos) return true;
  if (f.kind == Kind::Number) {
    if (f.number.unit == "%" && std::fabs(f.number.value) <= 100 && std::fabs(*pos) > 100) {
      why = "\"" + value + "\" is more than the whole (a share of at most 100%)";
      return false;
    }
    return true;
  }
  const Article* a = ix.tables().article_of(f);
  if (!a || !a->published) return true;
  const Date pub = *a->published;
  const std::string when = " for an event on or before the article's date (" + format_date(pub) + ")";
  switch (f.kind) {
    case Kind::Year:
      if (f.year <= pub.year && *pos > pub.year) why = "\"" + value + "\" is after the article" + when;
      if (f.year > pub.year && *pos <= pub.year) why = "\"" + value + "\" is past for a target after the article's date";
      break;
    case Kind::Date: {
      const double day = double(days_from_civil(pub));
      if (day_range(f).first <= day && *pos > day) why = "\"" + value + "\" is after the article" + when;
      if (day_range(f).first > day && *pos <= day) why = "\"" + value + "\" is past for a date after the article's";
      break;
    }
    case Kind::Period:
      if (const auto p = period_of(value); p && f.period.to <= pub.year && p->second > pub.year)
        why = "\"" + value + "\" ends after the article" + when;
      break;
    default: break;
  }
  return why.empty();
}

bool latest_possible(const ContentIndex& ix, const Fact& f, Difficulty d) {
  const Article* a = ix.tables().article_of(f);
  if (!a || !a->published) return false;
  const Date pub = *a->published;
  switch (f.kind) {
    case Kind::Year: return f.year <= pub.year && f.year + max_year_step(d) > pub.year;
    case Kind::Date: {
      const long day = days_from_civil(f.date), last = days_from_civil(pub);
      return day <= last && day + max_date_step_days(d) > last;
    }
    case Kind::Period: return f.period.to <= pub.year && f.period.to + 1 > pub.year;
    default: return false;
  }
}

const std::vector<const char*>& rules_by_type(QuestionType t) {
  using namespace rule;
  static const std::vector<const char*> mcq = {kWellFormed, kOneCorrect, kDistinct, kExclusive, kSameKind, kNoCue,
                                               kStemClean, kAcronym, kCategory, kWindow, kPlausible, kNoAllNone,
                                               kOptionOrder};
  static const std::vector<const char*> tf = {kWellFormed, kTfSwap, kSameKind, kWindow, kPlausible, kTfNoticeable, kAcronym,
                                              kListAgreement, kNoAllNone};
  static const std::vector<const char*> cloze = {kWellFormed, kClozeBlank, kClozeAccept, kClozeReadable, kStemClean,
                                                 kAcronym, kListAgreement, kNoAllNone};
  static const std::vector<const char*> order = {kWellFormed, kOrderItems, kOrderOrdinals, kNoAllNone};
  static const std::vector<const char*> match = {kWellFormed, kMatchPairs, kMatchCue, kAcronym, kNoAllNone};
  static const std::vector<const char*> numeric = {kWellFormed, kNumeric, kNoAllNone};
  static const std::vector<const char*> foo = {kWellFormed, kFactOrOpinion, kOpinionVoice, kNoAllNone};
  switch (t) {
    case QuestionType::Mcq:
    case QuestionType::Reverse: return mcq;
    case QuestionType::TrueFalse: return tf;
    case QuestionType::Cloze: return cloze;
    case QuestionType::Order: return order;
    case QuestionType::Match: return match;
    case QuestionType::Numeric: return numeric;
    case QuestionType::FactOrOpinion: return foo;
  }
  return mcq;
}

std::vector<Violation> check_question_from(const Question& q, const ContentIndex& ix, const Question* before) {
  std::vector<Violation> out;
  const FactRef ref = find_fact(ix.content(), q.article, q.fact);
  if (!ref) {
    add_violation(out, rule::kWellFormed, "no fact " + q.article + "/" + q.fact + " in the content");
    return out;
  }
  if (is_blank(q.prompt)) add_violation(out, rule::kWellFormed, "empty prompt");
  if (all_or_none(q.prompt)) add_violation(out, rule::kNoAllNone, "the prompt offers all/none of the above");
  for (const auto* list : {&q.right, &q.items})
    for (const auto& s : *list)
      if (all_or_none(s)) add_violation(out, rule::kNoAllNone, "\"" + s + "\"");
  const Fact& f = *ref.fact;
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
      if (f.kind == Kind::Opinion) add_violation(out, rule::kWellFormed, "an opinion has no multiple-choice form");
      else check_mcq(q, f, ix, out);
      break;
    case QuestionType::FactOrOpinion: check_fact_or_opinion(q, *ref.article, f, ix, before, out); break;
    case QuestionType::TrueFalse: check_tf(q, f, ix, before, out); break;
    case QuestionType::Cloze: check_cloze(q, f, ix, before, out); break;
    case QuestionType::Numeric: check_numeric(q, f, out); break;
    case QuestionType::Order: check_order(q, *ref.article, out); break;
    case QuestionType::Match: check_match(q, *ref.article, ix, out); break;
  }
  return out;
}

std::vector<Violation> check_reworded(const Question& q, const Question& before, const ContentIndex& ix) {
  return check_question_from(q, ix, &before);
}

}  // namespace gen

std::vector<Violation> check_question(const Question& q, const ContentIndex& ix) {
  return gen::check_question_from(q, ix, nullptr);
}

const std::vector<const char*>& rules_for(QuestionType t) { return gen::rules_by_type(t); }

std::map<int, std::vector<int>> key_position_histogram(const std::vector<Question>& questions) {
  std::map<int, std::vector<int>> h;
  for (const auto& q : questions) {
    if (q.type != QuestionType::Mcq && q.type != QuestionType::Reverse && q.type != QuestionType::FactOrOpinion)
      continue;
    const int k = static_cast<int>(q.options.size());
    if (q.answer < 0 || q.answer >= k) continue;
    auto& row = h[k];
    row.resize(static_cast<std::size_t>(k), 0);
    ++row[static_cast<std::size_t>(q.answer)];
  }
  return h;
}

TrueShare true_false_share(const std::vector<Question>& questions) {
  TrueShare s;
  for (const auto& q : questions) {
    if (q.type != QuestionType::TrueFalse) continue;
    ++s.total;
    if (q.truth) ++s.true_count;
  }
  return s;
}

std::vector<Violation> check_quiz(const std::vector<Question>& questions, const ContentIndex& ix) {
  using namespace gen;
  std::vector<Violation> out;
  for (const auto& [k, row] : key_position_histogram(questions)) {
    int n = 0;
    for (int c : row) n += c;
    const double even = double(n) / k;
    for (int i = 0; i < k; ++i) {
      if (std::fabs(row[static_cast<std::size_t>(i)] - even) > 1.0 + 1e-9)
        add_violation(out, rule::kKeyBalance,
                      std::to_string(row[static_cast<std::size_t>(i)]) + " of " + std::to_string(n) + " keys at position " +
                          std::to_string(i + 1) + " of " + std::to_string(k) + " (expected " + short_number(even) + " +/- 1)");
    }
  }
  // Sorted value options: the key's rank must vary.
  std::vector<int> ranks;
  for (const auto& q : questions) {
    if (q.type != QuestionType::Mcq || q.answer < 0) continue;
    const FactRef ref = find_fact(ix.content(), q.article, q.fact);
    if (ref && is_sorted_kind(ref.fact->kind)) ranks.push_back(q.answer);
  }
  if (ranks.size() >= 3 && std::all_of(ranks.begin(), ranks.end(), [&](int r) { return r == ranks[0]; }))
    add_violation(out, rule::kKeyBalance, "every sorted-value question puts the key at rank " + std::to_string(ranks[0] + 1));
  // Give-aways: a question, or the headline above the quiz of an article it asks about, showing another's answer.
  std::vector<Exposure> shown;
  std::vector<std::string> labels;
  std::set<const Article*> titled;
  std::map<std::string, int> facts_asked;
  std::map<std::string, std::pair<int, std::size_t>> templates;  // template -> (questions, cap)
  std::vector<const Article*> arts(questions.size(), nullptr);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const FactRef ref = find_fact(ix.content(), questions[i].article, questions[i].fact);
    if (!ref) continue;
    arts[i] = ref.article;
  }
  // The title shows the news articles' headlines; background decks' titles only in a quiz without news.
  const bool has_news = std::any_of(arts.begin(), arts.end(), [](const Article* a) { return a && !a->background(); });
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (!arts[i]) continue;
    shown.push_back(exposure(questions[i], *arts[i], ix));
    labels.push_back("question " + std::to_string(i + 1));
    if ((!has_news || !arts[i]->background()) && titled.insert(arts[i]).second) {
      shown.push_back(title_exposure(*arts[i]));
      labels.push_back("the headline \"" + arts[i]->title + "\"");
    }
    for (const auto& id : questions[i].facts) {
      ++facts_asked[questions[i].article + "/" + id];
      if (questions[i].facts.size() == 1)
        if (const Fact* f = arts[i]->find_fact(id)) {
          const std::string t = statement_template(*f);
          if (!t.empty()) {
            ++templates[t].first;
            templates[t].second = template_cap(*f, questions.size());
          }
        }
    }
  }
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (labels[i].rfind("question ", 0) != 0) continue;
    for (std::size_t j = 0; j < shown.size(); ++j)
      if (j != i && shows_answer(shown[j], shown[i]))
        add_violation(out, rule::kGiveaway, labels[j] + " shows the answer of " + labels[i]);
  }
  for (const auto& [fact, n] : facts_asked)
    if (n > 1) add_violation(out, rule::kOneFact, fact + " is asked " + std::to_string(n) + " times");
  for (const auto& [t, use] : templates)
    if (static_cast<std::size_t>(use.first) > use.second)
      add_violation(out, rule::kTemplateCap, "\"" + t + "\" is used " + std::to_string(use.first) + " times (at most " +
                                                 std::to_string(use.second) + ")");
  const TrueShare s = true_false_share(questions);
  if (s.total > 0) {
    const int lo = static_cast<int>(std::floor(0.4 * s.total)), hi = static_cast<int>(std::ceil(0.6 * s.total));
    if (s.true_count < lo || s.true_count > hi)
      add_violation(out, rule::kTfShare, std::to_string(s.true_count) + " of " + std::to_string(s.total) +
                                             " true/false statements are true (40-60% wanted)");
  }
  return out;
}

std::vector<Violation> check_question(const Question& q, const Content& content) {
  const ContentIndex index(content);
  return check_question(q, index);
}

std::vector<Violation> check_quiz(const std::vector<Question>& questions, const Content& content) {
  const ContentIndex index(content);
  return check_quiz(questions, index);
}

}  // namespace factdeck
