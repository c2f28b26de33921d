// make_quiz: picks facts across the selection, balances types, truths and key positions, avoids give-aways.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "factdeck/answer.h"
#include "factdeck/generate.h"
#include "factdeck/rng.h"
#include "generate/content_index.h"
#include "generate/exposure.h"
#include "generate/facts.h"
#include "generate/generate_internal.h"
#include "generate/quiz_rules.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck {
namespace {

using gen::Hints;

struct Cand {
  const Article* article = nullptr;
  const Fact* fact = nullptr;
  std::string key() const { return article->id + "/" + fact->id.str(); }
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

// The questions one slot generates of one type at most before it gives up on that type.
constexpr int kTries = 256;

// Whether a candidate may make the type. Fact or opinion asks the builder's own test up front: its slots walked
// every one of a large collection's 67,000 facts, generating nothing (6.4 s for a 40-question quiz over 3,000
// articles); the test costs less than those walks. A slot the facts cannot fill takes another type.
bool eligible(const Cand& c, QuestionType t) {
  if (!gen::supports(*c.fact, t)) return false;
  if (t == QuestionType::Order) return gen::can_order(*c.fact);
  if (t == QuestionType::Match) return gen::can_match(*c.fact);
  if (t == QuestionType::FactOrOpinion) return gen::can_fact_or_opinion(*c.article, *c.fact);
  return true;
}

// How many questions of one multi-fact type the candidates can give without reusing facts: each takes 3 or more
// facts of one article (an order: dated facts; a match: facts of one kind).
int groups_of(const std::vector<Cand>& cands, QuestionType t) {
  std::map<std::pair<const Article*, int>, int> n;
  for (const auto& c : cands) ++n[{c.article, t == QuestionType::Order ? 0 : static_cast<int>(c.fact->kind)}];
  int groups = 0;
  for (const auto& [k, count] : n) groups += count / 3;
  return groups;
}

bool is_sorted_mcq(const Question& q, const ContentIndex& ix) {
  if (q.type != QuestionType::Mcq) return false;
  const auto ref = gen::find_fact(ix.content(), q.article, q.fact);
  return ref && gen::is_sorted_kind(ref.fact->kind);
}

std::string shortfall_text(int made, int asked, std::size_t facts, bool repeat) {
  // The template cap is the final quiz's: ceil(made / 5).
  std::string s = "only " + std::to_string(made) + " of " + std::to_string(asked) + " questions fit the selection: ";
  s += std::to_string(facts) + (facts == 1 ? " fact" : " facts");
  s += repeat ? ", none asked more than twice," : ", each asked once,";
  s += " with no question giving another's answer away and no template used more than " +
       std::to_string(std::max(1, (made + 4) / 5)) + (made <= 5 ? " time" : " times") + " (a dated series once)";
  return s;
}

}  // namespace

std::vector<QuestionType> default_types(Difficulty d) {
  // Order questions only when asked for: teachers reading quizzes blind found every one solvable by logic (the
  // treaty before the membership, the application before the accession) or by the headline.
  using T = QuestionType;
  static const std::vector<T> easy = {T::Mcq, T::TrueFalse, T::Reverse, T::Match, T::FactOrOpinion};
  static const std::vector<T> medium = {T::Mcq, T::TrueFalse, T::Cloze, T::Reverse, T::Match, T::Numeric, T::FactOrOpinion};
  static const std::vector<T> hard = {T::Mcq, T::Reverse, T::Cloze, T::Numeric, T::Match};
  return d == Difficulty::Easy ? easy : d == Difficulty::Hard ? hard : medium;
}

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
  // The quiz's title names its news articles' headlines; background decks' titles only when it has no news.
  const bool has_news = std::any_of(pool.begin(), pool.end(), [](const Cand& c) { return !c.article->background(); });
  auto shows_title = [&](const Article& a) { return !has_news || !a.background(); };
  std::vector<QuestionType> types;
  const std::vector<QuestionType> wanted_types = sel.types.empty() ? default_types(sel.difficulty) : sel.types;
  for (QuestionType t : wanted_types)
    if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);

  // Candidates, in a seeded order walked once per slot, and how many distinct questions each type can give.
  std::map<QuestionType, std::vector<Cand>> cands;
  std::map<QuestionType, int> cap;
  for (QuestionType t : types) {
    auto& list = cands[t];
    for (const auto& c : pool)
      if (eligible(c, t)) list.push_back(c);
    rng.shuffle(list);
    // A quiz on the news asks about half of it from the news: a background deck's facts come half a list later, so
    // they fill in beside the article's rather than outnumber them.
    if (has_news) {
      std::vector<std::pair<std::size_t, Cand>> keyed;
      for (std::size_t i = 0; i < list.size(); ++i) keyed.push_back({i + (list[i].article->background() ? list.size() / 2 : 0), list[i]});
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
      for (std::size_t i = 0; i < list.size(); ++i) list[i] = keyed[i].second;
    }
    if (t == QuestionType::Order || t == QuestionType::Match) {
      const int groups = groups_of(list, t);
      // Each uses 3-6 facts: in a mix they take half a share, so single-fact questions keep their facts.
      const int share = std::max(1, sel.count / static_cast<int>(2 * std::max<std::size_t>(types.size(), 1)));
      cap[t] = types.size() == 1 ? groups : std::min(groups, share);
      if (groups == 0) list.clear();
    } else if (t == QuestionType::FactOrOpinion) {
      // Opinions beside reported facts: only worth asking when both are there, half and half.
      int op = 0, fa = 0;
      for (const auto& c : list) (c.fact->kind == Kind::Opinion ? op : fa)++;
      cap[t] = op && fa ? 2 * std::min(op, fa) + 1 : 0;
      if (!cap[t]) list.clear();
    } else {
      cap[t] = static_cast<int>(list.size());
    }
  }
  std::vector<QuestionType> active;
  for (QuestionType t : types)
    if (!cands[t].empty()) active.push_back(t);
  if (active.empty()) return quiz;

  // The plan: rounds over the types in a fresh order each, each type up to its distinct questions.
  std::vector<QuestionType> plan;
  std::map<QuestionType, int> planned;
  bool over_cap = false;
  while (static_cast<int>(plan.size()) < sel.count) {
    std::vector<QuestionType> round;
    for (QuestionType t : active)
      if (over_cap || planned[t] < cap[t]) round.push_back(t);
    if (round.empty()) {
      over_cap = true;
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
  std::unordered_map<std::string, int> uses;     // "article/fact" -> questions asking it
  std::unordered_set<std::string> asked;         // "article/fact/type": never the same question twice
  std::unordered_map<std::string, int> templates;  // statement template -> questions using it
  std::unordered_set<std::string> sentences;       // "article|sentence" of the facts asked
  std::unordered_set<std::string> keys;            // the answers asked for, canonical ("2035", "d:2024-05-24")
  // The answer a question asks for, when it is one to type or pick (not true/false, fact or opinion, an order).
  auto asked_key = [](const Question& q) {
    const bool one = q.type == QuestionType::Mcq || q.type == QuestionType::Reverse || q.type == QuestionType::Cloze ||
                     q.type == QuestionType::Numeric;
    return one && !q.answer_text.empty() ? canonical_answer(q.answer_text) : std::string();
  };
  std::vector<gen::Exposure> accepted;
  std::unordered_set<const Article*> headlined;  // articles whose title the quiz shows (their questions are in it)
  gen::LongestKeys longest;                      // keys that are the only longest option, among text options

  // max_clash: the worst strike-out accepted (gen::clash; a give-away, 3, never is); `repeat`: a fact asked before
  // may be asked again, in another type.
  auto fill_slot = [&](std::size_t slot, QuestionType t, bool repeat, int max_clash) {
    // Fact or opinion is one skill: an eighth of the quiz asks it; more only in a later pass, when nothing else fits.
    if (t == QuestionType::FactOrOpinion && max_clash == 0 && (opinions[0] + opinions[1] + 1) * 8 > std::max(8, sel.count))
      return false;
    const int want_opinion = t == QuestionType::FactOrOpinion ? pick_side(opinions) : -1;
    const int want_truth = t == QuestionType::TrueFalse ? pick_side(truths) : -1;
    std::optional<Question> spare;  // the least bad question that strikes out another's options
    const Cand* spare_cand = nullptr;
    const Cand* chosen = nullptr;
    int spare_clash = 3;
    // A bounded search: a type none of whose first kTries questions fits (each shows another's answer, say) gives
    // the slot to another type rather than generate thousands over a large collection.
    int tries = 0;
    for (const Cand& c : cands[t]) {
      if (tries >= kTries) break;
      const std::string key = c.key();
      const int used = uses.count(key) ? uses[key] : 0;
      if (used > (repeat ? 1 : 0) || asked.count(key + "/" + std::string(type_name(t)))) continue;
      if (want_opinion >= 0 && (c.fact->kind == Kind::Opinion) != (want_opinion == 1)) continue;
      const std::string& tmpl = ix.tables().template_of(*c.fact);
      if (t != QuestionType::Order && t != QuestionType::Match && !tmpl.empty() &&
          templates[tmpl] >= static_cast<int>(gen::template_cap(*c.fact, static_cast<std::size_t>(sel.count))))
        continue;

      Hints h;
      h.allow_fallback = false;
      h.truth = want_truth;
      h.avoid_longest_key = longest.over_share();
      for (const auto& f : c.article->facts)
        if (uses.count(c.article->id + "/" + f.id.str())) h.avoid_facts.emplace_back(f.id);
      if (t == QuestionType::Mcq && gen::is_sorted_kind(c.fact->kind)) h.key_slot = pick_rank();
      const std::uint64_t seed = stable_hash(std::to_string(slot) + "/" + std::string(type_name(t)), sel.seed);
      auto q = gen::generate_hinted(ix, *c.article, *c.fact, t, sel.difficulty, seed, h);
      ++tries;
      if (!q) continue;
      gen::Exposure mine = gen::exposure(*q, *c.article, ix);
      // The quiz's headlines are shown above it: the new question's own too, which must not answer a question
      // already taken either.
      const gen::Exposure title = gen::title_exposure(*c.article);
      if (shows_title(*c.article) && gen::shows_answer(title, mine)) continue;
      if (shows_title(*c.article) && !headlined.count(c.article) &&
          std::any_of(accepted.begin(), accepted.end(), [&](const gen::Exposure& e) { return gen::shows_answer(title, e); }))
        continue;
      int level = gen::clash(mine, accepted);
      if (level >= 3) continue;
      // An order or match question's other facts count as asked too: none may be asked already.
      if (q->facts.size() > 1 && std::any_of(q->facts.begin(), q->facts.end(), [&](const std::string& id) {
            return uses.count(c.article->id + "/" + id) && !repeat;
          }))
        continue;
      // A key that is the only longest option, once the quiz has its share of them, is a cue: a soft flaw. So is a
      // sorted value whose key could not go to the rank asked (no room on one side: an event just before the
      // article's date has no later year) and lands where the quiz already has more keys than elsewhere.
      if (longest.would_exceed(*q)) level = std::max(level, 1);
      // Two questions with one answer ("2035" for one deck's plan target and another's self-reliance goal) cue each
      // other (blind reading 25).
      if (const std::string k = asked_key(*q); !k.empty() && keys.count(k)) level = std::max(level, 1);
      // Two facts of one article sentence side by side: the second is half answered by the first. Taken only
      // when the quiz cannot be filled otherwise.
      if (!c.fact->sentence.empty() && sentences.count(c.article->id + "|" + c.fact->sentence.str())) level = std::max(level, 2);
      if (h.key_slot >= 0 && q->type == QuestionType::Mcq && q->answer != h.key_slot && q->answer >= 0 && q->answer < 4 &&
          rank_count[static_cast<std::size_t>(q->answer)] > *std::min_element(rank_count.begin(), rank_count.end()))
        level = std::max(level, 1);
      if (level > 0) {
        if (level < spare_clash) spare = std::move(q), spare_cand = &c, spare_clash = level;
        continue;
      }
      made[slot] = std::move(q);
      chosen = &c;
      break;
    }
    if (!made[slot] && spare && spare_clash <= max_clash) made[slot] = std::move(spare), chosen = spare_cand;
    if (!made[slot]) return false;
    const Question& q = *made[slot];
    if (q.type == QuestionType::TrueFalse) ++truths[q.truth ? 1 : 0];
    if (q.type == QuestionType::FactOrOpinion) ++opinions[q.answer == 1 ? 1 : 0];
    if (is_sorted_mcq(q, ix) && q.answer >= 0 && q.answer < 4) ++rank_count[static_cast<std::size_t>(q.answer)];
    longest.add(q);
    if (const std::string k = asked_key(q); !k.empty()) keys.insert(k);
    const Article& art = *chosen->article;
    for (const auto& id : q.facts) {
      ++uses[art.id + "/" + id];
      // An order or match question is the same question from any of its facts.
      asked.insert(art.id + "/" + id + "/" + std::string(type_name(q.type)));
      if (const Fact* f = art.find_fact(id)) {
        if (!f->sentence.empty()) sentences.insert(art.id + "|" + f->sentence.str());
        const std::string& tmpl = ix.tables().template_of(*f);
        if (q.facts.size() == 1 && !tmpl.empty()) ++templates[tmpl];
      }
    }
    gen::accept(gen::exposure(q, art, ix), accepted);
    if (shows_title(art) && headlined.insert(&art).second) accepted.push_back(gen::title_exposure(art));
    return true;
  };

  // Scarce types pick their facts first; the quiz keeps the plan's order.
  std::vector<std::size_t> slots(plan.size());
  for (std::size_t i = 0; i < slots.size(); ++i) slots[i] = i;
  std::stable_sort(slots.begin(), slots.end(), [&](std::size_t a, std::size_t b) {
    return cands[plan[a]].size() < cands[plan[b]].size();
  });
  // A slot whose type has no fresh fact left takes another type. Passes, from best to worst: fresh facts with
  // no give-away; fresh facts striking out a wrong option elsewhere; then, only when the teacher allows it, a
  // fact asked again in another form. A question that shows another's answer is never taken, nor one that
  // leaves a question fewer than two live wrong options (a stem naming the four new members of a group strikes
  // out every wrong option of "which invited country has not confirmed?"): teachers strike both.
  std::vector<std::pair<bool, int>> passes = {{false, 0}, {false, 1}};
  if (sel.repeat_facts) passes.push_back({true, 1});
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
  gen::trim_templates(quiz.questions, ix);
  if (static_cast<int>(quiz.questions.size()) < sel.count)
    quiz.shortfall = shortfall_text(static_cast<int>(quiz.questions.size()), sel.count, pool.size(), sel.repeat_facts);

  gen::balance_key_positions(quiz.questions, ix, rng);

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
