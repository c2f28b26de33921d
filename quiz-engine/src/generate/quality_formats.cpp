// The quality checker's rules for the other formats: true/false, fact or opinion, cloze, numeric, order and match.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <set>

#include "factdeck/answer.h"
#include "generate/content_index.h"
#include "generate/cues.h"
#include "generate/distractors.h"
#include "generate/exposure.h"
#include "generate/quality_internal.h"
#include "generate/reword.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

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
      if (const std::string other = opposite_qualifier(f); !other.empty() && starts_with(value, other + " ")) {
        plain = value.substr(other.size() + 1);  // "more than 100 cases" against "fewer than 100"
      } else if (!f.number.qualifier.empty()) {
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
      if (list_reads_singular(f)) {
        if (!in_name_pool(ix, f, Role::Forward, value) || is_true_option(ix, f, Role::Forward, value)) {
          why = "a false one-member statement takes one non-member of the class";
          return false;
        }
        return true;
      }
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

// A false statement's value must differ from the truth by more than a hair: two years, four weeks, a quarter of
// the figure, a period that does not overlap the true one ("5 January" against the true "6 January" is unfair).
bool noticeably_different(const Fact& f, const std::string& key, const std::string& value, std::string& why) {
  switch (f.kind) {
    case Kind::Year: {
      const auto a = parse_number_text(key), b = parse_number_text(value);
      if (a && b && std::fabs(a->value - b->value) < 2) why = value + " is a year off " + key;
      break;
    }
    case Kind::Date: {
      const std::string ck = canonical_answer(key), cv = canonical_answer(value);
      if (ck.size() == 12 && cv.size() == 12) {
        auto day = [](const std::string& c) {
          return days_from_civil({std::atoi(c.substr(2, 4).c_str()), std::atoi(c.substr(7, 2).c_str()),
                                  std::atoi(c.substr(10, 2).c_str())});
        };
        if (std::labs(day(ck) - day(cv)) < 28) why = value + " is less than four weeks off " + key;
      }
      break;
    }
    case Kind::Period: {
      auto period = [](const std::string& t) -> std::optional<std::pair<int, int>> {
        const std::string c = canonical_answer(t);
        const auto dash = c.find('-', 2);
        if (c.rfind("p:", 0) != 0 || dash == std::string::npos) return std::nullopt;
        return std::make_pair(std::atoi(c.substr(2, dash - 2).c_str()), std::atoi(c.substr(dash + 1).c_str()));
      };
      const auto a = period(key), b = period(value);
      if (a && b && !(a->second < b->first || b->second < a->first)) why = value + " overlaps " + key;
      break;
    }
    case Kind::Number: {
      const auto a = parse_number_text(key), b = parse_number_text(value);
      if (a && b && a->value != 0 && b->value != 0) {
        const double r = std::max(a->value, b->value) / std::min(a->value, b->value);
        if (a->value > 0 && b->value > 0 && r < 1.25) why = value + " is within a quarter of " + key;
      }
      break;
    }
    default: break;
  }
  return why.empty();
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

void check_tf(const Question& q, const Fact& f, const ContentIndex& ix, const Question* before, std::vector<Violation>& out) {
  if (f.kind == Kind::Opinion) {
    add_violation(out, rule::kWellFormed, "an opinion has no true/false form");
    return;
  }
  if (is_blank(q.statement) || q.prompt.find(q.statement) == std::string::npos) {
    add_violation(out, rule::kWellFormed, "the prompt must show the statement");
    return;
  }
  const std::string truth = fill(f, stated_answer(f));
  // "The Abu Dhabi National Oil Company is known as KPC": initials that do not fit the expansion make it false.
  const std::string key = key_text(f, Role::Forward);
  const std::string rest_of = fill(f, " ");
  if (const std::string a = acronym_cue(rest_of, key); !a.empty())
    add_violation(out, rule::kAcronym, "the statement spells out \"" + a + "\", so any other value is plainly false");
  else if (const std::string b = acronym_read_off_either(key, rest_of); !b.empty())
    add_violation(out, rule::kAcronym, "the statement's initials follow \"" + b + "\", so its truth is read off");
  // A teacher's rewording says the same as `before` in other words; its value, and so the value rules, are `before`'s.
  if (before) {
    if (q.statement == before->statement) return;
    const std::string value = slot_value(f.statement.view(), before->statement);
    check_rewording(ix, f, q.statement, before->statement, value, rule::kTfSwap, out);
    std::string rest = q.statement;
    replace_first(rest, value.empty() ? key : value, " ");
    if (const std::string a = acronym_cue(rest, key); !a.empty() && acronym_cue(rest_of, key).empty())
      add_violation(out, rule::kAcronym, "the statement spells out \"" + a + "\", so any other value is plainly false");
    return;
  }
  const bool one_member = list_reads_singular(f);
  if (q.truth) {
    const bool is_member_statement =
        one_member && std::any_of(f.items.begin(), f.items.end(), [&](const CompactString& m) { return q.statement == fill(f, m); });
    if (q.statement != truth && !is_member_statement)
      add_violation(out, rule::kTfSwap, "a true statement must be the fact's statement");
    if (one_member && !is_member_statement)
      add_violation(out, rule::kListAgreement, "the statement is written for one member, not the whole list");
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
    // "More than 100 cases" against "fewer than 100": the direction is what is false, the figure is the article's.
    if (const std::string other = f.kind == Kind::Number ? opposite_qualifier(f) : "";
        !other.empty() && value == other + " " + key_text(f, Role::Forward))
      return;
    if (!within_window(f, tf_value_difficulty(q.difficulty), {key_text(f, Role::Forward), plain}, 4, why, &ix))
      add_violation(out, rule::kWindow, why);
    why.clear();
    if (!value_plausible(ix, f, plain, why)) add_violation(out, rule::kPlausible, why);
    why.clear();
    if (!noticeably_different(f, key_text(f, Role::Forward), plain, why)) add_violation(out, rule::kTfNoticeable, why);
  }
}

void check_fact_or_opinion(const Question& q, const Article& a, const Fact& f, const ContentIndex& ix,
                           const Question* before, std::vector<Violation>& out) {
  if (q.options.size() != 2 || q.options[0] != kReportedFact || q.options[1] != kOpinion) {
    add_violation(out, rule::kFactOrOpinion, "options must be \"Reported fact\" and \"Opinion\"");
    return;
  }
  const bool opinion = f.kind == Kind::Opinion;
  if (q.answer != (opinion ? 1 : 0))
    add_violation(out, rule::kFactOrOpinion, opinion ? "an opinion is marked as fact" : "a fact is marked as opinion");
  if (before && q.statement != before->statement) {  // a teacher's rewording: the same claim, in the same voice
    check_rewording(ix, f, q.statement, before->statement, "", rule::kFactOrOpinion, out);
    check_voice(f, q.statement, before->statement, out);
  } else if (!before && q.statement != fact_or_opinion_statement(f)) {
    add_violation(out, rule::kFactOrOpinion, "the statement is not the fact's own wording");
  }
  if (q.prompt.find(q.statement) == std::string::npos)
    add_violation(out, rule::kWellFormed, "the prompt does not show the statement");
  // The fact side is a claim of the same shape as an opinion and never says it is reported; the stem is the
  // same on both sides and pins the statement on no one, so neither the wording nor the stem tells them apart.
  if (!can_fact_or_opinion(a, f))
    add_violation(out, rule::kOpinionVoice, opinion ? "the opinion has no speaker to name"
                                                    : "the statement is a bare figure or says it is reported");
  std::string stem = q.prompt;
  if (const auto at = stem.find(q.statement); at != std::string::npos) stem.erase(at, q.statement.size());
  if (stem != kFactOrOpinionStem)
    add_violation(out, rule::kOpinionVoice, "the stem says more than \"" + gen::trim(kFactOrOpinionStem) +
                                                "\" and the statement (naming a speaker pins a reported fact on them)");
  for (const char* tell : {"according to", "the article"})
    if (contains_phrase(q.statement, tell))
      add_violation(out, rule::kOpinionVoice, "the statement says \"" + std::string(tell) + "\"");
}

namespace {

// A fill-in's sentence with its first accepted answer in the blank (which it has, once), the hint after it left out.
std::string cloze_filled(const Question& q, const Fact& f) {
  std::string filled = q.text;
  const auto at = q.text.find(kBlank);
  // Without the hint that follows the blank (" (year)", " (city)").
  const std::string hint = blank_hint(f);
  const auto after = at + std::string_view(kBlank).size();
  if (!hint.empty() && filled.compare(after, hint.size(), hint) == 0) filled.erase(after, hint.size());
  // The answer goes in as the statement puts a value in ("of the ____" with "The Courier": "of The Courier").
  std::string lead = filled.substr(0, at);
  drop_doubled_article(lead, q.accept.front());
  return lead + q.accept.front() + filled.substr(at + std::string_view(kBlank).size());
}

}  // namespace

void check_cloze(const Question& q, const Fact& f, const ContentIndex& ix, const Question* before, std::vector<Violation>& out) {
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
  // The blank stands exactly where the answer was; in a teacher's rewording, where the answer goes in words that
  // say the same as before.
  const std::string hint = blank_hint(f);
  const auto after = at + std::string_view(kBlank).size();
  const std::string filled = cloze_filled(q, f);
  if (before && q.text != before->text && !before->accept.empty() && before->text.find(kBlank) != std::string::npos)
    check_rewording(ix, f, filled, cloze_filled(*before, f), "", rule::kClozeBlank, out);
  else if (!before && normalize_text(filled) != normalize_text(strip_attribution(fill(f, stated_answer(f)))))
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
  // "Members of the Society of Jesus are known as ____": the sentence, not its category hint, spells the answer.
  std::string around = q.text;
  if (!hint.empty() && around.compare(after, hint.size(), hint) == 0) around.erase(after, hint.size());
  replace_first(around, kBlank, " ");
  if (f.kind == Kind::Name || f.kind == Kind::Alias || f.kind == Kind::Term || f.kind == Kind::List)
    if (const std::string w = shared_root(around, hidden); !w.empty())
      add_violation(out, rule::kStemClean, "the sentence shows the root of the answer's word \"" + w + "\"");
  if (const std::string a = acronym_cue(rest, hidden); !a.empty())
    add_violation(out, rule::kAcronym, "the sentence spells out \"" + a + "\", the answer");
  else if (const std::string b = acronym_read_off_either(hidden, rest); !b.empty())
    add_violation(out, rule::kAcronym, "the sentence's initials follow \"" + b + "\", the answer");
  // Another fact completing the same words makes its answer right in this blank too.
  if (const std::string lead = asked_lead(f); !lead.empty())
    for (const Fact* g : ix.tables().related(f, Role::Forward))
      if (g != &f && same_answer(statement_lead(*g), lead)) {
        add_violation(out, rule::kClozeBlank, "\"" + key_text(*g, Role::Forward) + "\" (fact " + g->id.str() +
                                                  ") completes the same words");
        break;
      }
  // A sentence to complete, not a paragraph with a hole; the article's attribution adds nothing.
  if (words(q.text).size() > 30) add_violation(out, rule::kClozeReadable, "the sentence is longer than 30 words");
  if (contains_phrase(q.text, "according to the article"))
    add_violation(out, rule::kClozeReadable, "the sentence keeps \"according to the article\"");
  if (f.kind == Kind::List && list_reads_singular(f))
    add_violation(out, rule::kListAgreement, "the statement is written for one member, not the whole list");
  for (std::size_t i = 0; i < q.accept.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (normalize_text(q.accept[i]) == normalize_text(q.accept[j]))
        add_violation(out, rule::kClozeAccept, "\"" + q.accept[i] + "\" is accepted twice");
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
  // What counts is said as a person says it ("within 5%", "the exact figure") and matches the stored tolerance;
  // a tolerance figure ("within ±10.208") would let the answer be worked out.
  if (!std::isfinite(q.tolerance) || q.tolerance < 0)
    add_violation(out, rule::kNumeric, "the tolerance must be a number of 0 or more");
  else if (q.tolerance != numeric_tolerance(f, q.difficulty))
    add_violation(out, rule::kNumeric, "the tolerance is not the difficulty's");
  else if (const std::string counts = tolerance_words(f, q.difficulty);
           !contains_phrase(q.prompt, counts) &&  // as a clause or a sentence of its own ("Give the ...")
           !(counts == "give the exact figure" && q.prompt.find("exact number") != std::string::npos))
    add_violation(out, rule::kNumeric, "the prompt does not say what counts (\"" + counts + "\")");
  if (q.prompt.find("\xC2\xB1") != std::string::npos)
    add_violation(out, rule::kNumeric, "the prompt shows a tolerance figure, from which the answer can be worked out");
  const std::string unit_words = q.unit == "%" ? "percentage" : unit_as_said(q.unit);
  if (!q.unit.empty() && q.prompt.find(unit_words) == std::string::npos && !contains_phrase(q.prompt, "how many"))
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
  // Items numbered in their own series ("12th / 14th / 15th plan", "Phase II / III") order themselves.
  int numbered = 0;
  for (const auto& item : q.items)
    if (ordinal_in(item) > 0) ++numbered;
  if (numbered >= 2)
    add_violation(out, rule::kOrderOrdinals, std::to_string(numbered) + " items carry ordinals that give their order");
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
    // A left item must not find its partner by a word or an acronym they alone share.
    const std::string& partner = q.right[static_cast<std::size_t>(q.pairs[i])];
    std::vector<std::string> others;
    for (std::size_t j = 0; j < n; ++j)
      if (static_cast<int>(j) != q.pairs[i]) others.push_back(q.right[j]);
    if (const std::string w = shared_cue(q.left[i], partner, others); !w.empty())
      add_violation(out, rule::kMatchCue, "\"" + q.left[i] + "\" and its partner alone share \"" + w + "\"");
    if (const std::string a = acronym_cue(q.left[i], partner); !a.empty())
      add_violation(out, rule::kAcronym, "\"" + a + "\" is spelled out by its partner");
    for (std::size_t j = 0; j < i; ++j) {
      if (same_answer(q.left[i], q.left[j])) add_violation(out, rule::kMatchPairs, "two left items read the same");
      if (same_answer(q.right[i], q.right[j])) add_violation(out, rule::kMatchPairs, "two right items read the same");
    }
  }
}

}  // namespace factdeck::gen
