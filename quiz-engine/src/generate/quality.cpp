// The quality checker: the multiple-choice rules 1-10, fact-or-opinion labels and the quiz-level balance rules.
#include "factdeck/quality.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "factdeck/answer.h"
#include "generate/distractors.h"
#include "generate/content_index.h"
#include "generate/quality_internal.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck {
namespace gen {
namespace {

// Characters, not bytes, so Chinese names are not counted three times over.
// A leading "the" or "a" is not what makes an option look long.
std::size_t text_length(const std::string& s) {
  std::string_view v = s;
  for (std::string_view art : {"the ", "The ", "a ", "A ", "an ", "An "})
    if (starts_with(v, art)) {
      v.remove_prefix(art.size());
      break;
    }
  std::size_t n = 0;
  for (unsigned char c : v)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool is_round_value(double v) {
  if (std::fabs(v) < 10) return false;
  const double r = std::round(v);
  return std::fabs(v - r) < 1e-9 && std::fmod(std::fabs(r), 10.0) == 0.0;
}

// A value's place on its line, for ordering: year, day number, start year, amount.
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
    if (i != q.answer) longest_other = std::max(longest_other, text_length(q.options[static_cast<std::size_t>(i)]));
  const std::size_t key_len = text_length(key);
  if (key_len >= longest_other + 5 && key_len * 10 >= longest_other * 13)
    add_violation(out, rule::kNoCue, "the key \"" + key + "\" is the only long option");
  if (role == Role::Forward && f.kind == Kind::Number) {
    int round_others = 0;
    bool key_round = false;
    for (int i = 0; i < k; ++i) {
      const auto n = parse_number_text(q.options[static_cast<std::size_t>(i)]);
      const bool r = n && is_round_value(n->value);
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
    // Each text split once, not once per word of the key, and only when the key has a distinctive word.
    std::vector<std::string> stem;
    std::vector<std::vector<std::string>> distractor_words;
    bool split = false;
    for (const auto& w : words(key)) {
      if (w.size() < 3 || is_stopword(w) || w.find_first_of("0123456789") != std::string::npos) continue;
      if (!split) {
        stem = words(q.prompt);
        for (int i = 0; i < k; ++i)
          if (i != q.answer) distractor_words.push_back(words(q.options[static_cast<std::size_t>(i)]));
        split = true;
      }
      const bool in_distractor = std::any_of(distractor_words.begin(), distractor_words.end(), [&](const auto& dw) {
        return std::find(dw.begin(), dw.end(), w) != dw.end();
      });
      if (!in_distractor && std::find(stem.begin(), stem.end(), w) != stem.end())
        add_violation(out, rule::kStemClean, "the stem shares the key's distinctive word \"" + w + "\"");
    }
  }
  // Rule 7: values stay in a window around the key.
  if (role == Role::Forward && is_sorted_kind(f.kind)) {
    std::string why;
    if (!within_window(f, q.difficulty, q.options, k, why)) add_violation(out, rule::kWindow, why);
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

void check_fact_or_opinion(const Question& q, const Fact& f, std::vector<Violation>& out) {
  if (q.options.size() != 2 || q.options[0] != kReportedFact || q.options[1] != kOpinion) {
    add_violation(out, rule::kFactOrOpinion, "options must be \"Reported fact\" and \"Opinion\"");
    return;
  }
  const bool opinion = f.kind == Kind::Opinion;
  if (q.answer != (opinion ? 1 : 0))
    add_violation(out, rule::kFactOrOpinion, opinion ? "an opinion is marked as fact" : "a fact is marked as opinion");
  const std::string expected = opinion ? f.text.str() : fill(f, stated_answer(f));
  if (q.statement != expected)
    add_violation(out, rule::kFactOrOpinion, "the statement is not the fact's own wording");
  if (q.prompt.find(q.statement) == std::string::npos)
    add_violation(out, rule::kWellFormed, "the prompt does not show the statement");
}

}  // namespace

bool within_window(const Fact& f, Difficulty d, const std::vector<std::string>& values, int option_count,
                   std::string& why) {
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
    case Kind::Date: limit = max_date_step_days(d) * steps; break;
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

}  // namespace gen

std::vector<Violation> check_question(const Question& q, const ContentIndex& ix) {
  using namespace gen;
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
    case QuestionType::FactOrOpinion: check_fact_or_opinion(q, f, out); break;
    case QuestionType::TrueFalse: check_tf(q, f, ix, out); break;
    case QuestionType::Cloze: check_cloze(q, f, ix, out); break;
    case QuestionType::Numeric: check_numeric(q, f, out); break;
    case QuestionType::Order: check_order(q, *ref.article, out); break;
    case QuestionType::Match: check_match(q, *ref.article, ix, out); break;
  }
  return out;
}

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
