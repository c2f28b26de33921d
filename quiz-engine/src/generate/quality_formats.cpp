// The quality checker's rules for the other formats: true/false, cloze, numeric, order and match.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "factdeck/answer.h"
#include "generate/quality_internal.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

int negations(const std::string& s) {
  int n = 0;
  for (const auto& w : words(s))
    if (w == "not" || w == "never" || w == "no" || w == "dont" || w == "doesnt" || w == "didnt" || w == "isnt" ||
        w == "wasnt" || w == "arent" || w == "werent" || w == "wont" || w == "cannot" || w == "cant" ||
        w == "hasnt" || w == "havent" || w == "hadnt")
      ++n;
  return n;
}

// Whether `value`, put into a false statement, is a wrong answer of the fact's kind.
bool false_value_of_kind(const ContentIndex& ix, const Fact& f, const std::string& value, std::string& why) {
  const std::string key = key_text(f, Role::Forward);
  switch (f.kind) {
    case Kind::Year:
    case Kind::Date:
    case Kind::Period: {
      const std::string c = canonical_answer(value), kc = canonical_answer(key);
      const bool ok = f.kind == Kind::Year ? starts_with(c, "n:") && c.back() == '|'
                                           : c.size() == kc.size() && c.substr(0, 2) == kc.substr(0, 2);
      if (!ok) why = "\"" + value + "\" is not a " + std::string(kind_name(f.kind)) + " like the answer";
      return ok;
    }
    case Kind::Number: {
      std::string plain = value;
      if (!f.number.qualifier.empty()) {
        if (!starts_with(value, f.number.qualifier + " ")) {
          why = "the false figure drops the qualifier \"" + f.number.qualifier + "\"";
          return false;
        }
        plain = value.substr(f.number.qualifier.size() + 1);
      }
      const auto n = parse_number_text(plain), k = parse_number_text(key);
      if (!n || !k || n->unit != k->unit || n->decimals != k->decimals) {
        why = "\"" + value + "\" is not a figure in the answer's unit and precision";
        return false;
      }
      return true;
    }
    case Kind::List: {
      int kept = 0;
      for (const auto& m : f.items)
        if (contains_phrase(value, m)) ++kept;
      bool outsider = false;
      for (const auto& p : name_pool(ix, f, Role::Forward))
        if (!is_true_option(ix, f, Role::Forward, p) && contains_phrase(value, p)) outsider = true;
      if (kept + 1 != static_cast<int>(f.items.size()) || !outsider) {
        why = "a false list must swap exactly one member for a non-member of the class";
        return false;
      }
      return true;
    }
    default: {
      if (!in_name_pool(ix, f, Role::Forward, value)) {
        why = "\"" + value + "\" is not from the fact's class or authored distractors";
        return false;
      }
      return true;
    }
  }
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool is_permutation_of_n(const std::vector<int>& v, std::size_t n) {
  if (v.size() != n) return false;
  std::vector<bool> seen(n, false);
  for (int x : v) {
    if (x < 0 || static_cast<std::size_t>(x) >= n || seen[static_cast<std::size_t>(x)]) return false;
    seen[static_cast<std::size_t>(x)] = true;
  }
  return true;
}

const Fact* fact_in(const Article& a, const std::string& id) { return a.find_fact(id); }

}  // namespace

void check_tf(const Question& q, const Fact& f, const ContentIndex& ix, std::vector<Violation>& out) {
  if (f.kind == Kind::Opinion) {
    add_violation(out, rule::kWellFormed, "an opinion has no true/false form");
    return;
  }
  if (is_blank(q.statement) || q.prompt.find(q.statement) == std::string::npos) {
    add_violation(out, rule::kWellFormed, "the prompt must show the statement");
    return;
  }
  const std::string truth = fill(f, stated_answer(f));
  if (q.truth) {
    if (q.statement != truth) add_violation(out, rule::kTfSwap, "a true statement must be the fact's statement");
    return;
  }
  const auto p = f.statement.find("{answer}");
  if (p == std::string::npos) {
    add_violation(out, rule::kWellFormed, "the fact's statement has no {answer}");
    return;
  }
  const std::string pre = f.statement.substr(0, p), suf = f.statement.substr(p + 8);
  if (q.statement.size() < pre.size() + suf.size() || !starts_with(q.statement, pre) || !ends_with(q.statement, suf)) {
    add_violation(out, rule::kTfSwap, "a false statement may only swap the value in the fact's statement");
    return;
  }
  const std::string value = q.statement.substr(pre.size(), q.statement.size() - pre.size() - suf.size());
  if (is_true_in_statement(ix, f, value))
    add_violation(out, rule::kTfSwap, "the statement marked false is true with \"" + value + "\"");
  if (negations(q.statement) > negations(truth))
    add_violation(out, rule::kTfSwap, "the false statement adds a negation");
  std::string why;
  if (!false_value_of_kind(ix, f, value, why)) add_violation(out, rule::kSameKind, why);
  if (is_sorted_kind(f.kind)) {
    std::string plain = value;
    if (f.kind == Kind::Number && !f.number.qualifier.empty() && starts_with(value, f.number.qualifier + " "))
      plain = value.substr(f.number.qualifier.size() + 1);
    if (!within_window(f, q.difficulty, {key_text(f, Role::Forward), plain}, 4, why))
      add_violation(out, rule::kWindow, why);
  }
}

void check_cloze(const Question& q, const Fact& f, const ContentIndex& ix, std::vector<Violation>& out) {
  if (f.kind == Kind::Opinion) {
    add_violation(out, rule::kWellFormed, "an opinion has no cloze form");
    return;
  }
  const auto at = q.text.find(kBlank);
  if (at == std::string::npos || q.text.find(kBlank, at + 1) != std::string::npos) {
    add_violation(out, rule::kClozeBlank, "the text needs exactly one blank");
    return;
  }
  if (q.prompt.find(q.text) == std::string::npos) add_violation(out, rule::kWellFormed, "the prompt must show the text");
  if (q.accept.empty()) {
    add_violation(out, rule::kClozeAccept, "no accepted answers");
    return;
  }
  // The blank stands exactly where the answer was.
  std::string filled = q.text;
  replace_first(filled, kBlank, q.accept.front());
  if (filled != fill(f, stated_answer(f)))
    add_violation(out, rule::kClozeBlank, "filling the blank with \"" + q.accept.front() + "\" does not give the fact's statement");
  // The hidden answer: the key, or the list member blanked out.
  std::string hidden = key_text(f, Role::Forward);
  if (f.kind == Kind::List) {
    hidden = q.accept.front();
    if (std::none_of(f.items.begin(), f.items.end(), [&](const CompactString& m) { return same_answer(m, hidden); }))
      add_violation(out, rule::kClozeAccept, "\"" + hidden + "\" is not a member of the list");
  } else if (!check_text_answer(q.accept.front(), {hidden}).correct) {
    add_violation(out, rule::kClozeAccept, "the first accepted answer \"" + q.accept.front() + "\" is not the key");
  }
  std::string rest = q.text;
  replace_first(rest, kBlank, " ");
  if (contains_phrase(rest, hidden)) add_violation(out, rule::kClozeBlank, "the sentence still contains the answer");
  for (const auto& a : key_aliases(ix, f, Role::Forward, hidden)) {
    if (contains_phrase(rest, a)) add_violation(out, rule::kClozeBlank, "the sentence contains \"" + a + "\", an alias of the answer");
    if (!check_text_answer(a, q.accept).correct)
      add_violation(out, rule::kClozeAccept, "the alias \"" + a + "\" is not accepted");
  }
  // Typed answers in other case and without punctuation must pass.
  const std::string& key = q.accept.front();
  std::string bare;  // punctuation typed as spaces: "2026 2030", "People s Daily"
  for (char c : key) bare += std::ispunct(static_cast<unsigned char>(c)) && c != '.' && c != '%' ? ' ' : c;
  for (const std::string& variant : {upper(key), bare, " " + key + " "})
    if (!check_text_answer(variant, q.accept).correct)
      add_violation(out, rule::kClozeAccept, "the typed form \"" + variant + "\" is not accepted");
}

void check_numeric(const Question& q, const Fact& f, std::vector<Violation>& out) {
  if (f.kind != Kind::Number) {
    add_violation(out, rule::kWellFormed, "numeric questions need a number fact");
    return;
  }
  if (q.value != f.number.value) add_violation(out, rule::kNumeric, "the value is not the fact's figure");
  if (q.unit != f.number.unit) add_violation(out, rule::kNumeric, "the unit is not the fact's unit");
  if (!std::isfinite(q.tolerance) || q.tolerance < 0)
    add_violation(out, rule::kNumeric, "the tolerance must be a number of 0 or more");
  else if (q.prompt.find(tolerance_text(q.tolerance)) == std::string::npos)
    add_violation(out, rule::kNumeric, "the prompt does not show the tolerance " + tolerance_text(q.tolerance));
  if (!q.unit.empty() && q.prompt.find(q.unit) == std::string::npos)
    add_violation(out, rule::kNumeric, "the prompt does not show the unit \"" + q.unit + "\"");
}

void check_order(const Question& q, const Article& a, std::vector<Violation>& out) {
  const std::size_t n = q.items.size();
  if (n < 3 || n > 6) add_violation(out, rule::kOrderItems, "order questions need 3-6 items, not " + std::to_string(n));
  if (q.facts.size() != n || !is_permutation_of_n(q.order, n)) {
    add_violation(out, rule::kWellFormed, "items, facts and order must match one to one");
    return;
  }
  std::vector<DayRange> ranges;
  for (std::size_t i = 0; i < n; ++i) {
    const Fact* f = fact_in(a, q.facts[i]);
    if (!f || (f->kind != Kind::Year && f->kind != Kind::Date && f->kind != Kind::Period)) {
      add_violation(out, rule::kOrderItems, "item \"" + q.items[i] + "\" is not a dated fact");
      return;
    }
    ranges.push_back(day_range(*f));
    if (contains_phrase(q.items[i], key_text(*f, Role::Forward)))
      add_violation(out, rule::kOrderItems, "item \"" + q.items[i] + "\" shows its own date");
    for (std::size_t j = 0; j < i; ++j)
      if (same_answer(q.items[i], q.items[j])) add_violation(out, rule::kOrderItems, "two items read the same");
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (!(ranges[i].last < ranges[j].first || ranges[j].last < ranges[i].first))
        add_violation(out, rule::kOrderItems, "\"" + q.items[i] + "\" and \"" + q.items[j] + "\" overlap in time");
  for (std::size_t i = 1; i < n; ++i) {
    const auto& prev = ranges[static_cast<std::size_t>(q.order[i - 1])];
    const auto& next = ranges[static_cast<std::size_t>(q.order[i])];
    if (!(prev.first < next.first)) {
      add_violation(out, rule::kOrderItems, "the answer order is not chronological");
      break;
    }
  }
}

void check_match(const Question& q, const Article& a, const ContentIndex& ix, std::vector<Violation>& out) {
  const std::size_t n = q.left.size();
  if (n < 3 || n > 8) add_violation(out, rule::kMatchPairs, "match questions need 3-8 pairs, not " + std::to_string(n));
  if (q.right.size() != n || q.facts.size() != n || !is_permutation_of_n(q.pairs, n)) {
    add_violation(out, rule::kWellFormed, "left, right, facts and pairs must match one to one");
    return;
  }
  std::vector<const Fact*> facts;
  for (const auto& id : q.facts) {
    const Fact* f = fact_in(a, id);
    if (!f || !can_match(*f)) {
      add_violation(out, rule::kMatchPairs, "fact " + id + " cannot be matched");
      return;
    }
    facts.push_back(f);
  }
  for (const Fact* f : facts)
    if (f->kind != facts[0]->kind) add_violation(out, rule::kMatchPairs, "pairs mix kinds of fact");
  for (std::size_t i = 0; i < n; ++i) {
    const Fact& f = *facts[i];
    if (!same_answer(q.left[i], match_left(f))) add_violation(out, rule::kMatchPairs, "left item " + std::to_string(i + 1) + " is not its fact's");
    if (!same_answer(q.right[static_cast<std::size_t>(q.pairs[i])], match_right(f)))
      add_violation(out, rule::kMatchPairs, "\"" + q.left[i] + "\" is paired with the wrong item");
    const Role role = f.kind == Kind::Term ? Role::Reverse : Role::Forward;
    for (std::size_t j = 0; j < n; ++j) {
      if (static_cast<int>(j) == q.pairs[i]) continue;
      if (is_true_option(ix, f, role, q.right[j]))
        add_violation(out, rule::kMatchPairs, "\"" + q.right[j] + "\" also fits \"" + q.left[i] + "\"");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (same_answer(q.left[i], q.left[j])) add_violation(out, rule::kMatchPairs, "two left items read the same");
      if (same_answer(q.right[i], q.right[j])) add_violation(out, rule::kMatchPairs, "two right items read the same");
    }
  }
}

}  // namespace factdeck::gen
