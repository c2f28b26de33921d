// make_quiz: picks facts across the selection, balances types, truths and key positions, avoids give-aways.
#include <algorithm>
#include <map>
#include <set>

#include "factdeck/answer.h"
#include "factdeck/generate.h"
#include "factdeck/rng.h"
#include "generate/content_index.h"
#include "generate/facts.h"
#include "generate/generate_internal.h"
#include "generate/text_util.h"

namespace factdeck {
namespace {

using gen::Hints;

struct Cand {
  const Article* article = nullptr;
  const Fact* fact = nullptr;
  std::string key() const { return article->id + "/" + fact->id; }
};

bool wanted(const std::vector<std::string>& filter, const std::string& v) {
  return filter.empty() || std::find(filter.begin(), filter.end(), v) != filter.end();
}

bool tag_match(const QuizSelection& sel, const Article& a, const Fact& f) {
  if (sel.tags.empty()) return true;
  for (const auto& t : sel.tags)
    if (std::find(f.tags.begin(), f.tags.end(), t) != f.tags.end() ||
        std::find(a.tags.begin(), a.tags.end(), t) != a.tags.end())
      return true;
  return false;
}

// How many questions of one multi-fact type an article can give without reusing facts.
int groups_in(const Article& a, const std::vector<Cand>& pool, QuestionType t) {
  std::map<Kind, int> n;
  for (const auto& c : pool) {
    if (c.article != &a) continue;
    if (t == QuestionType::Order && gen::can_order(*c.fact)) ++n[Kind::Year];
    if (t == QuestionType::Match && gen::can_match(*c.fact)) ++n[c.fact->kind];
  }
  int groups = 0;
  for (const auto& [k, count] : n) groups += count / 3;
  return groups;
}

// What a question tests, and what it shows: a quiz must not show one question's answer in another.
std::vector<std::string> tested_answers(const Question& q, const Article& a) {
  std::vector<std::string> out;
  for (const auto& id : q.facts) {
    const Fact* f = a.find_fact(id);
    if (!f || f->kind == Kind::Opinion) continue;
    if (f->kind == Kind::List) {
      out.insert(out.end(), f->items.begin(), f->items.end());
    } else if (f->kind == Kind::Alias && q.type == QuestionType::Reverse) {
      out.emplace_back(f->subject);  // the nickname is the question's given, free to appear elsewhere
    } else {
      out.push_back(gen::key_text(*f, gen::Role::Forward));
    }
  }
  return out;
}

std::string shown_text(const Question& q) {
  std::string s = q.prompt + "\n" + q.statement + "\n" + q.text;
  // Options count too: a wrong option of one question may be the answer of another.
  if (q.type == QuestionType::Mcq || q.type == QuestionType::Reverse)
    for (const auto& o : q.options) s += "\n" + o;
  for (const auto* v : {&q.items, &q.left, &q.right})
    for (const auto& x : *v) s += "\n" + x;
  return s;
}

// A question's shown words and its answers' words, split once: the give-away test runs often.
struct Exposure {
  std::vector<std::string> shown;
  std::vector<std::vector<std::string>> answers;
  std::set<std::string> asks;       // "article/fact" of the facts it asks about
  std::set<std::string> borrows;    // facts whose answers it offers as wrong options
  int wrong_options = 0;            // how many wrong options it has
  int struck = 0;                   // how many of them other questions of the quiz strike out
};

// Which facts give each answer (canonical form -> "article/fact"), to spot borrowed wrong options.
using Owners = std::map<std::string, std::vector<std::string>>;

Owners answer_owners(const std::vector<Cand>& pool) {
  Owners owners;
  for (const auto& c : pool) {
    const Fact& g = *c.fact;
    if (g.kind == Kind::Opinion || g.kind == Kind::List) continue;
    owners[canonical_answer(gen::key_text(g, gen::Role::Forward))].push_back(c.key());
    if (gen::has_reverse(g)) owners[canonical_answer(gen::key_text(g, gen::Role::Reverse))].push_back(c.key());
  }
  return owners;
}

Exposure exposure(const Question& q, const Article& a, const Owners& owners) {
  Exposure e;
  e.shown = gen::words(shown_text(q));
  for (const auto& ans : tested_answers(q, a))
    if (gen::trim(ans).size() >= 2) e.answers.push_back(gen::words(ans));
  for (const auto& id : q.facts) e.asks.insert(a.id + "/" + id);
  // A wrong option that is another fact's answer is struck out by any question about that fact.
  if (q.type == QuestionType::Mcq || q.type == QuestionType::Reverse) e.wrong_options = static_cast<int>(q.options.size()) - 1;
  if (q.type == QuestionType::Mcq || q.type == QuestionType::Reverse)
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (static_cast<int>(i) == q.answer) continue;
      if (auto it = owners.find(canonical_answer(q.options[i])); it != owners.end())
        e.borrows.insert(it->second.begin(), it->second.end());
    }
  return e;
}

bool shows_answer(const Exposure& shown, const Exposure& asked) {
  for (const auto& a : asked.answers)
    if (!a.empty() && std::search(shown.shown.begin(), shown.shown.end(), a.begin(), a.end()) != shown.shown.end())
      return true;
  return false;
}

int strikes(const Exposure& asker, const Exposure& lender) {
  int n = 0;
  for (const auto& f : asker.asks) n += static_cast<int>(lender.borrows.count(f));
  return n;
}

// How badly a new question and the quiz so far give each other away: 3 shows an answer, 2 leaves a
// question fewer than two live wrong options, 1 strikes out a wrong option, 0 not at all.
int clash(const Exposure& mine, const std::vector<Exposure>& accepted) {
  int worst = 0, mine_struck = mine.struck;
  auto severity = [](const Exposure& e, int struck) { return e.wrong_options - struck < 2 ? 2 : 1; };
  for (const auto& other : accepted) {
    if (shows_answer(other, mine) || shows_answer(mine, other)) return 3;
    if (const int n = strikes(mine, other)) worst = std::max(worst, severity(other, other.struck + n));
    mine_struck += strikes(other, mine);
  }
  if (mine_struck > mine.struck) worst = std::max(worst, severity(mine, mine_struck));
  return worst;
}

void accept(Exposure mine, std::vector<Exposure>& accepted) {
  for (auto& other : accepted) {
    other.struck += strikes(mine, other);
    mine.struck += strikes(other, mine);
  }
  accepted.push_back(std::move(mine));
}

bool is_sorted_mcq(const Question& q, const ContentIndex& ix) {
  if (q.type != QuestionType::Mcq) return false;
  const auto ref = gen::find_fact(ix.content(), q.article, q.fact);
  return ref && gen::is_sorted_kind(ref.fact->kind);
}

}  // namespace

Quiz make_quiz(const ContentIndex& ix, const QuizSelection& sel) {
  Quiz quiz;
  quiz.selection = sel;
  if (sel.count <= 0) return quiz;
  Rng rng(stable_hash(std::string("factdeck-quiz/") + std::string(difficulty_name(sel.difficulty)), sel.seed));

  std::vector<Cand> pool;
  for (const auto& a : ix.content().articles) {
    if (!wanted(sel.articles, a.id)) continue;
    for (const auto& f : a.facts)
      if (tag_match(sel, a, f) && (sel.kinds.empty() || std::find(sel.kinds.begin(), sel.kinds.end(), f.kind) != sel.kinds.end()))
        pool.push_back({&a, &f});
  }
  std::vector<QuestionType> types;
  for (QuestionType t : sel.types.empty() ? all_types() : sel.types)
    if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);

  // Candidates and how many distinct questions each type can give.
  std::map<QuestionType, std::vector<Cand>> cands;
  std::map<QuestionType, int> cap;
  for (QuestionType t : types) {
    for (const auto& c : pool)
      if (gen::supports(*c.fact, t) &&
          (t != QuestionType::Order || gen::can_order(*c.fact)) && (t != QuestionType::Match || gen::can_match(*c.fact)))
        cands[t].push_back(c);
    if (t == QuestionType::Order || t == QuestionType::Match) {
      std::set<const Article*> arts;
      for (const auto& c : cands[t]) arts.insert(c.article);
      int groups = 0;
      for (const Article* a : arts) groups += groups_in(*a, pool, t);
      // Each uses 3-6 facts: in a mix they take half a share, so single-fact questions keep their facts.
      const int share = std::max(1, sel.count / static_cast<int>(2 * std::max<std::size_t>(types.size(), 1)));
      cap[t] = types.size() == 1 ? groups : std::min(groups, share);
      if (groups == 0) cands[t].clear();
    } else if (t == QuestionType::FactOrOpinion) {
      // Opinions beside reported facts: only worth asking when both are there, half and half.
      int op = 0, fa = 0;
      for (const auto& c : cands[t]) (c.fact->kind == Kind::Opinion ? op : fa)++;
      cap[t] = op && fa ? 2 * std::min(op, fa) + 1 : 0;
      if (!cap[t]) cands[t].clear();
    } else {
      cap[t] = static_cast<int>(cands[t].size());
    }
  }
  std::vector<QuestionType> active;
  for (QuestionType t : types)
    if (!cands[t].empty()) active.push_back(t);
  if (active.empty()) return quiz;

  // The plan: rounds over the types in a fresh order each, each type up to its distinct questions.
  std::vector<QuestionType> plan;
  std::map<QuestionType, int> planned;
  bool repeats = false;
  while (static_cast<int>(plan.size()) < sel.count) {
    std::vector<QuestionType> round;
    for (QuestionType t : active)
      if (repeats || planned[t] < cap[t]) round.push_back(t);
    if (round.empty()) {
      repeats = true;
      continue;
    }
    rng.shuffle(round);
    for (QuestionType t : round)
      if (static_cast<int>(plan.size()) < sel.count) plan.push_back(t), ++planned[t];
  }

  // Balance as the quiz fills: true/false and fact-or-opinion half and half, sorted keys at every rank.
  int truths[2] = {0, 0}, opinions[2] = {0, 0};
  std::vector<int> rank_count(4, 0);
  auto pick_side = [&](const int* count) {
    if (count[0] != count[1]) return count[0] < count[1] ? 0 : 1;
    return static_cast<int>(rng.below(2));
  };
  auto pick_rank = [&] {
    const int least = *std::min_element(rank_count.begin(), rank_count.end());
    std::vector<int> at;
    for (int i = 0; i < 4; ++i)
      if (rank_count[static_cast<std::size_t>(i)] == least) at.push_back(i);
    return at[static_cast<std::size_t>(rng.below(at.size()))];
  };

  std::vector<std::optional<Question>> made(plan.size());
  std::map<std::string, int> uses;
  std::set<std::string> asked;  // "article/fact/type": never the same question twice
  std::vector<Exposure> accepted;
  const Owners owners = answer_owners(pool);

  // max_clash: the worst give-away accepted (see gives_away); a fact is asked again only when `repeat`.
  auto fill_slot = [&](std::size_t slot, QuestionType t, bool repeat, int max_clash) {
    std::vector<Cand> options = cands[t];
    // A fact asked twice gives itself away; first every fact once.
    options.erase(std::remove_if(options.begin(), options.end(),
                                 [&](const Cand& c) {
                                   return (!repeat && uses[c.key()] > 0) ||
                                          asked.count(c.key() + "/" + std::string(type_name(t)));
                                 }),
                  options.end());
    const int want_opinion = t == QuestionType::FactOrOpinion ? pick_side(opinions) : -1;
    if (want_opinion >= 0)
      options.erase(std::remove_if(options.begin(), options.end(),
                                   [&](const Cand& c) { return (c.fact->kind == Kind::Opinion) != (want_opinion == 1); }),
                    options.end());
    const int want_truth = t == QuestionType::TrueFalse ? pick_side(truths) : -1;
    std::optional<Question> spare;  // the least bad question that gives another away
    std::optional<Cand> spare_cand, chosen_cand;
    int spare_clash = 4;
    while (!options.empty() && !made[slot]) {
      int least = 1 << 30;
      for (const auto& c : options) least = std::min(least, uses[c.key()]);
      std::vector<std::size_t> fresh;
      for (std::size_t i = 0; i < options.size(); ++i)
        if (uses[options[i].key()] == least) fresh.push_back(i);
      const std::size_t pick = fresh[static_cast<std::size_t>(rng.below(fresh.size()))];
      const Cand c = options[pick];
      options.erase(options.begin() + static_cast<std::ptrdiff_t>(pick));

      Hints h;
      h.allow_fallback = false;
      h.truth = want_truth;
      for (const auto& f : c.article->facts)
        if (uses[c.article->id + "/" + f.id] > 0) h.avoid_facts.emplace_back(f.id);
      if (t == QuestionType::Mcq && gen::is_sorted_kind(c.fact->kind)) h.key_slot = pick_rank();
      const std::uint64_t seed = stable_hash(std::to_string(slot) + "/" + std::string(type_name(t)), sel.seed);
      auto q = gen::generate_hinted(ix, *c.article, *c.fact, t, sel.difficulty, seed, h);
      if (!q) continue;
      const int level = clash(exposure(*q, *c.article, owners), accepted);
      if (level > 0) {
        if (level < spare_clash) spare = std::move(q), spare_cand = c, spare_clash = level;
        continue;
      }
      made[slot] = std::move(q);
      chosen_cand = c;
    }
    if (!made[slot] && spare && spare_clash <= max_clash) made[slot] = std::move(spare), chosen_cand = spare_cand;
    if (!made[slot]) return false;
    const Question& q = *made[slot];
    if (q.type == QuestionType::TrueFalse) ++truths[q.truth ? 1 : 0];
    if (q.type == QuestionType::FactOrOpinion) ++opinions[q.answer == 1 ? 1 : 0];
    if (is_sorted_mcq(q, ix) && q.answer >= 0 && q.answer < 4) ++rank_count[static_cast<std::size_t>(q.answer)];
    for (const auto& id : q.facts) {
      ++uses[chosen_cand->article->id + "/" + id];
      // An order or match question is the same question from any of its facts.
      asked.insert(chosen_cand->article->id + "/" + id + "/" + std::string(type_name(q.type)));
    }
    accept(exposure(q, *chosen_cand->article, owners), accepted);
    return true;
  };

  // Scarce types pick their facts first; the quiz keeps the plan's order.
  std::vector<std::size_t> slots(plan.size());
  for (std::size_t i = 0; i < slots.size(); ++i) slots[i] = i;
  std::stable_sort(slots.begin(), slots.end(), [&](std::size_t a, std::size_t b) {
    return cands[plan[a]].size() < cands[plan[b]].size();
  });
  // A slot whose type has no fresh fact left takes another type; only then is a fact asked
  // again, and only when nothing else fits does a question show another's answer.
  // Passes, from best to worst: fresh facts with no give-away; fresh facts striking out wrong
  // options elsewhere; a fact asked again (a duplicate is the plainest flaw of all, so it comes
  // after strike-outs); anything that still fits.
  const std::pair<bool, int> passes[] = {{false, 0}, {false, 1}, {false, 2}, {true, 2}, {true, 3}};
  for (const auto& [repeat, max_clash] : passes) {
    for (std::size_t slot : slots) {
      if (made[slot] || fill_slot(slot, plan[slot], repeat, max_clash)) continue;
      std::vector<QuestionType> others = active;
      rng.shuffle(others);
      for (QuestionType t : others)
        if (fill_slot(slot, t, repeat, max_clash)) break;
    }
  }

  for (auto& q : made)
    if (q) quiz.questions.push_back(std::move(*q));

  // Names are shuffled, so their keys can move: fill the positions sorted values left short.
  std::map<int, std::vector<int>> counts;
  for (const auto& q : quiz.questions)
    if (is_sorted_mcq(q, ix) && q.answer >= 0) {
      auto& row = counts[static_cast<int>(q.options.size())];
      row.resize(q.options.size(), 0);
      ++row[static_cast<std::size_t>(q.answer)];
    }
  for (auto& q : quiz.questions) {
    if ((q.type != QuestionType::Mcq && q.type != QuestionType::Reverse) || is_sorted_mcq(q, ix) || q.answer < 0)
      continue;
    auto& row = counts[static_cast<int>(q.options.size())];
    row.resize(q.options.size(), 0);
    const int least = *std::min_element(row.begin(), row.end());
    std::vector<int> at;
    for (std::size_t i = 0; i < row.size(); ++i)
      if (row[i] == least) at.push_back(static_cast<int>(i));
    const int target = at[static_cast<std::size_t>(rng.below(at.size()))];
    std::swap(q.options[static_cast<std::size_t>(target)], q.options[static_cast<std::size_t>(q.answer)]);
    q.answer = target;
    ++row[static_cast<std::size_t>(target)];
  }

  // Ids stay unique when a fact is asked twice.
  std::map<std::string, int> seen;
  for (auto& q : quiz.questions) {
    const int n = ++seen[q.id];
    if (n > 1) q.id += "/" + std::to_string(n);
  }
  return quiz;
}

Quiz make_quiz(const Content& content, const QuizSelection& sel) {
  const ContentIndex index(content);
  return make_quiz(index, sel);
}

}  // namespace factdeck
