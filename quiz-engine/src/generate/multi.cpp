// Questions drawn from several facts of one article: put dated events in order, match names or terms.
#include <algorithm>

#include "factdeck/answer.h"
#include "generate/cues.h"
#include "generate/facts.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

bool overlaps(const DayRange& a, const DayRange& b) { return !(a.last < b.first || b.last < a.first); }

std::size_t wanted_items(Difficulty d, std::size_t easy, std::size_t medium, std::size_t hard) {
  return d == Difficulty::Hard ? hard : d == Difficulty::Medium ? medium : easy;
}

// Partners the quiz has not asked about yet come first.
void prefer_fresh(std::vector<const Fact*>& facts, const Hints& hints) {
  std::stable_partition(facts.begin(), facts.end(), [&](const Fact* f) {
    return std::find(hints.avoid_facts.begin(), hints.avoid_facts.end(), f->id) == hints.avoid_facts.end();
  });
}

// The role whose key the right-hand column shows, for the truth tests.
Role right_role(const Fact& f) { return f.kind == Kind::Term ? Role::Reverse : Role::Forward; }

}  // namespace

bool can_order(const Fact& f) {
  if (f.kind != Kind::Year && f.kind != Kind::Date && f.kind != Kind::Period) return false;
  const std::string label = event_label(f);
  // An item that shows its own date would order itself; one that says where it falls ("the last ally to ratify",
  // "the update strengthening the October 2022 controls") or names a date orders itself among the others.
  if (label.empty() || contains_phrase(label, key_text(f, Role::Forward))) return false;
  static const char* const kOrderWords[] = {"first", "last", "final", "later", "earlier", "after", "before", "then",
                                            "initial", "previous", "next", "subsequently", "update", "follow", "followed",
                                            "january", "february", "march", "april", "may", "june", "july", "august",
                                            "september", "october", "november", "december"};
  for (const auto& w : words(label)) {
    if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string::npos) return false;  // a year
    for (const char* o : kOrderWords)
      if (w == o) return false;
  }
  return true;
}

bool can_match(const Fact& f) {
  switch (f.kind) {
    case Kind::Alias: return !is_blank(f.subject) && !is_blank(f.text);
    case Kind::Term: return !is_blank(f.text) && !is_blank(f.definition);
    case Kind::Name: return !is_blank(f.question) && !is_blank(f.text);
    default: return false;
  }
}

std::string match_left(const Fact& f) {
  return f.kind == Kind::Alias ? f.subject.str() : f.kind == Kind::Term ? f.text.str() : strip_attribution(f.question);
}
std::string match_right(const Fact& f) { return (f.kind == Kind::Term ? f.definition : f.text).str(); }

std::optional<Question> build_order(const ContentIndex& ix, const Article& article, const Fact& anchor, Difficulty d,
                                    Rng& rng, const Hints& hints) {
  (void)ix;
  if (!can_order(anchor)) return std::nullopt;
  std::vector<const Fact*> others;
  for (const auto& g : article.facts)
    if (&g != &anchor && can_order(g)) others.push_back(&g);
  rng.shuffle(others);
  prefer_fresh(others, hints);
  const std::size_t want = wanted_items(d, 3, 4, 5);
  std::vector<const Fact*> chosen = {&anchor};
  // At most one item numbered in a series ("the 12th plan", "Phase II"): two would order themselves.
  auto numbered = [](const Fact* g) { return ordinal_in(event_label(*g)) > 0; };
  bool has_numbered = numbered(&anchor);
  for (const Fact* g : others) {
    if (chosen.size() >= want) break;
    const bool clash = std::any_of(chosen.begin(), chosen.end(), [&](const Fact* c) {
      return overlaps(day_range(*c), day_range(*g)) || same_answer(event_label(*c), event_label(*g));
    });
    if (clash || (has_numbered && numbered(g))) continue;
    has_numbered = has_numbered || numbered(g);
    chosen.push_back(g);
  }
  if (chosen.size() < 3) return std::nullopt;
  rng.shuffle(chosen);
  auto earlier = [](const Fact* a, const Fact* b) { return day_range(*a).first < day_range(*b).first; };
  // Shown already in order the question would answer itself.
  if (std::is_sorted(chosen.begin(), chosen.end(), earlier)) std::swap(chosen[0], chosen[1]);

  Question q = base_question(article, anchor, QuestionType::Order, d);
  q.facts.clear();
  bool any_period = false;
  for (const Fact* c : chosen) {
    q.facts.emplace_back(c->id);
    q.items.push_back(event_label(*c));
    any_period = any_period || c->kind == Kind::Period;
  }
  std::vector<int> idx(chosen.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = static_cast<int>(i);
  std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
    return earlier(chosen[static_cast<std::size_t>(a)], chosen[static_cast<std::size_t>(b)]);
  });
  q.order = idx;
  // question.h: an order or match question names its first fact (as shown) in `fact` and its id.
  q.fact = q.facts.front();
  q.id = article.id + "/" + q.fact + "/order";
  q.prompt = any_period ? "Put these in chronological order, earliest first (a period counts from its first year)."
                        : "Put these in chronological order, earliest first.";
  std::string key;
  for (std::size_t i = 0; i < idx.size(); ++i) {
    const Fact& f = *chosen[static_cast<std::size_t>(idx[i])];
    if (i > 0) key += "; ";
    key += std::to_string(i + 1) + ". " + event_label(f) + " (" + key_text(f, Role::Forward) + ")";
  }
  q.answer_text = key;
  q.sentence.clear();
  q.note.clear();
  q.original.clear();
  return q;
}

std::optional<Question> build_match(const ContentIndex& ix, const Article& article, const Fact& anchor, Difficulty d,
                                    Rng& rng, const Hints& hints) {
  if (!can_match(anchor)) return std::nullopt;
  std::vector<const Fact*> others;
  // Names are matched only within one lexicon class: "who...?" beside "where...?" pairs itself by grammar.
  if (anchor.kind == Kind::Name && anchor.class_id.empty()) return std::nullopt;
  for (const auto& g : article.facts)
    if (&g != &anchor && g.kind == anchor.kind && can_match(g) &&
        (anchor.kind != Kind::Name || g.class_id == anchor.class_id))
      others.push_back(&g);
  rng.shuffle(others);
  prefer_fresh(others, hints);
  const std::size_t want = wanted_items(d, 3, 4, 6);
  std::vector<const Fact*> chosen = {&anchor};
  for (const Fact* g : others) {
    if (chosen.size() >= want) break;
    // Every left item must have exactly one right item: no shared names, no right item true for two.
    const bool clash = std::any_of(chosen.begin(), chosen.end(), [&](const Fact* c) {
      return same_answer(match_left(*c), match_left(*g)) || same_answer(match_right(*c), match_right(*g)) ||
             is_true_option(ix, *c, right_role(*c), match_right(*g)) ||
             is_true_option(ix, *g, right_role(*g), match_right(*c));
    });
    if (!clash) chosen.push_back(g);
  }
  if (chosen.size() < 3) return std::nullopt;
  rng.shuffle(chosen);
  std::vector<int> perm(chosen.size());
  for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = static_cast<int>(i);
  rng.shuffle(perm);
  // Right column in the left column's order would give every pair away.
  if (std::is_sorted(perm.begin(), perm.end())) std::rotate(perm.begin(), perm.begin() + 1, perm.end());

  Question q = base_question(article, anchor, QuestionType::Match, d);
  q.facts.clear();
  q.right.assign(chosen.size(), "");
  q.pairs.assign(chosen.size(), 0);
  std::string key;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const Fact& f = *chosen[i];
    q.facts.emplace_back(f.id);
    q.left.push_back(match_left(f));
    q.right[static_cast<std::size_t>(perm[i])] = match_right(f);
    q.pairs[i] = perm[i];
    if (i > 0) key += "; ";
    key += match_left(f) + " = " + match_right(f);
  }
  q.fact = q.facts.front();
  q.id = article.id + "/" + q.fact + "/match";
  q.prompt = anchor.kind == Kind::Alias  ? "Match each name to what it is also called."
             : anchor.kind == Kind::Term ? "Match each term to its meaning."
                                         : "Match each question to its answer.";
  q.answer_text = key;
  q.sentence.clear();
  q.note.clear();
  q.original.clear();
  return q;
}

}  // namespace factdeck::gen
