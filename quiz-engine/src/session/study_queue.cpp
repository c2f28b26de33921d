// The next card of a session: due steps, reviews, new cards rotated across articles, siblings buried, custom study.
#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <unordered_map>
#include <string>
#include <tuple>

#include "factdeck/generate.h"
#include "factdeck/session.h"

namespace factdeck {
namespace {

// Distractors close to the answer once the memory is strong; ordinary ones before.
Difficulty difficulty_for(const CardRow& c) {
  return c.state == static_cast<int>(CardState::Review) && c.stability >= 30 ? Difficulty::Hard : Difficulty::Medium;
}

bool typed_type(QuestionType t) { return t == QuestionType::Cloze || t == QuestionType::Numeric; }

// The keys that make two cards siblings: the same fact, the same sentence of one article, the same answer.
std::vector<std::string> sibling_key_texts(const CardRow& c, const Fact* f) {
  std::vector<std::string> keys{"f\x1f" + c.article + "\x1f" + c.fact};
  if (!f) return keys;
  if (!f->sentence.empty()) {
    const std::string s = normalize_text(f->sentence.str());
    if (!s.empty()) keys.push_back("s\x1f" + c.article + "\x1f" + s);
  }
  const std::string answer = normalize_text(f->answer_text());
  if (!answer.empty()) keys.push_back("a\x1f" + answer);
  return keys;
}

constexpr std::int64_t kManyCards = -1;  // a sibling key held by two or more cards

// Notes that `card` holds each of `keys` today.
void mark(std::unordered_map<std::uint32_t, std::int64_t>& touched, const std::vector<std::uint32_t>& keys,
          std::int64_t card) {
  for (std::uint32_t k : keys) {
    const auto [it, added] = touched.emplace(k, card);
    if (!added && it->second != card) it->second = kManyCards;
  }
}

// An article's turn for its new cards: focused ones first, then the one with the fewest new cards today,
// background decks after the news, then by age (oldest first unless the learner chose newest first).
struct Turn {
  bool unfocused = false, background = false;
  int today = 0;
  long age = 0;
  std::string id;
  bool operator<(const Turn& o) const {
    return std::tie(unfocused, today, background, age, id) < std::tie(o.unfocused, o.today, o.background, o.age, o.id);
  }
};

// The articles with new cards, in their turn; `introduced` counts each one's new cards today.
std::vector<Turn> article_turns(const Content& content, const StudySettings& settings,
                                const std::vector<std::pair<std::string, int>>& articles,
                                const std::map<std::string, int>& introduced) {
  std::vector<Turn> turns;
  for (const auto& [id, count] : articles) {
    (void)count;
    const Article* a = content.find_article(id);
    if (!a) continue;
    Turn t;
    t.unfocused = !settings.focus.empty() &&
                  std::find(settings.focus.begin(), settings.focus.end(), id) == settings.focus.end();
    t.background = std::find(a->tags.begin(), a->tags.end(), "background") != a->tags.end();
    const auto it = introduced.find(id);
    t.today = it == introduced.end() ? 0 : it->second;
    const long days = a->published ? days_from_civil(*a->published) : LONG_MAX / 2;
    t.age = settings.newest_first ? -days : days;
    t.id = id;
    turns.push_back(std::move(t));
  }
  std::sort(turns.begin(), turns.end());
  return turns;
}

// The flip card of a fact: the author's question, then the answer; the learner rates their recall.
Question flip_question(Question q, const Fact& f, int direction) {
  if (direction == 1 && !f.reverse.empty()) q.prompt = f.reverse.str();
  else q.prompt = f.question.str();
  if (direction == 0 || q.answer_text.empty()) q.answer_text = direction == 0 ? f.answer_text() : q.answer_text;
  q.options.clear();
  q.answer = -1;
  q.statement.clear();
  q.items.clear();
  q.left.clear();
  q.right.clear();
  return q;
}

// A reverse question turned into recall: the learner types what the options offered.
Question typed_reverse(Question q) {
  q.type = QuestionType::Cloze;
  q.text = q.prompt;
  q.accept = {q.answer_text};
  q.options.clear();
  q.answer = -1;
  return q;
}

}  // namespace

LearnView learn_view(const Prompt& p) {
  LearnView v;
  if (p.fact) {
    v.statement = p.fact->statement_with(p.fact->answer_text());
    v.sentence = p.fact->sentence.str();
    v.note = p.fact->note.str();
  } else {
    v.statement = p.question.answer_text;
  }
  return v;
}

std::optional<Prompt> StudySession::prompt_for(const CardRow& card) {
  if (unaskable_.count(card.id)) return std::nullopt;
  const Article* article = content_.find_article(card.article);
  const Fact* fact = article ? article->find_fact(card.fact) : nullptr;
  if (fact) {
    const std::uint64_t seed = question_seed(card);
    const bool recall = wants_recall(card, seed);
    const bool untypeable = fact->kind == Kind::Opinion || fact->kind == Kind::List || fact->kind == Kind::Term ||
                            !typeable_answer(fact->answer_text());
    auto shaped = [&](Question q) {
      Prompt p{card, article, fact, std::move(q)};
      p.learn = settings_.learn_first && card.state == static_cast<int>(CardState::New);
      const QuestionType t = p.question.type;
      bool flip = false;
      if (recall) {
        if (t == QuestionType::Reverse) {
          if (typeable_answer(p.question.answer_text)) p.question = typed_reverse(std::move(p.question));
          else flip = true;
        } else if (typed_type(t)) {
          flip = untypeable;
        } else if (t != QuestionType::Order && t != QuestionType::Match) {
          flip = true;  // recall is due but the fact has no typed question: recall it on a flip card
        }
      } else if (typed_type(t)) {
        flip = true;  // a young card with no recognition question: a flip card rather than a blank to type
      }
      if (flip) {
        p.question = flip_question(std::move(p.question), *fact, card.direction);
        p.flip = true;
      }
      return p;
    };
    const std::vector<QuestionType> allowed = types_for(*fact);
    // The generator may answer a request with another type when the asked one cannot pass its rules
    // (a cloze for a reverse question without enough wrong answers); the session's own order of
    // preference comes first, and such a substitute is kept only as the last resort.
    std::optional<Question> substitute;
    for (QuestionType t : preferred_types(card, *fact, seed)) {
      if (std::find(allowed.begin(), allowed.end(), t) == allowed.end()) continue;
      std::optional<Question> q = generate_question(index_, *article, *fact, t, difficulty_for(card), seed);
      if (q && q->type == t) return shaped(std::move(*q));
      if (q && !substitute) substitute = std::move(q);
    }
    if (substitute) return shaped(std::move(*substitute));
  }
  // No question passes the quality rules (or the fact is gone): skip the card for this session
  // rather than show a bad question or stall the queue.
  unaskable_.insert(card.id);
  return std::nullopt;
}

const std::vector<std::uint32_t>& StudySession::sibling_keys(const CardRow& card) {
  const Article* a = content_.find_article(card.article);
  const Fact* f = a ? a->find_fact(card.fact) : nullptr;
  const auto cached = fact_keys_.find(f);
  if (f && cached != fact_keys_.end()) return cached->second;
  std::vector<std::uint32_t>& ids = f ? fact_keys_[f] : gone_keys_;  // a removed fact's card: not kept
  ids.clear();
  for (std::string& k : sibling_key_texts(card, f))
    ids.push_back(key_ids_.emplace(std::move(k), static_cast<std::uint32_t>(key_ids_.size())).first->second);
  return ids;
}

void StudySession::load_siblings(UnixSeconds day_start) {
  touched_.clear();
  for (const CardRow& c : store_.answered_since(day_start)) mark(touched_, sibling_keys(c), c.id);
}

bool StudySession::sibling_buried(const CardRow& card, UnixSeconds day_start, const Touched& touched) {
  // An overdue card is not held back: it has waited long enough (Anki buries only what is due today).
  if (card.due && *card.due < day_start) return false;
  for (std::uint32_t k : sibling_keys(card)) {
    const auto it = touched.find(k);
    if (it != touched.end() && it->second != card.id) return true;  // a sibling was answered today; the card
  }                                                                  // itself (Again) is not one
  return false;
}

template <class Fetch>
std::optional<Prompt> StudySession::first_open(Fetch fetch, UnixSeconds now, bool bury_siblings) {
  const UnixSeconds day_start = study_day_start(study_day(now, settings_), settings_);
  int limit = static_cast<int>(unaskable_.size()) + 8;
  for (;;) {
    const std::vector<CardRow> rows = fetch(limit);
    for (const CardRow& c : rows) {
      if (c.buried_until > now) continue;
      if (bury_siblings && sibling_buried(c, day_start, touched_)) continue;
      if (auto p = prompt_for(c)) return p;
    }
    if (static_cast<int>(rows.size()) < limit) return std::nullopt;
    limit *= 4;  // every row read was held back: read further
  }
}

std::optional<Prompt> StudySession::next_new(UnixSeconds now) {
  const long day = study_day(now, settings_);
  const UnixSeconds start = study_day_start(day, settings_);
  const UnixSeconds end = study_day_start(day + 1, settings_);
  const std::map<std::string, int> introduced = store_.introduced_by_article(start, end);
  const std::vector<Turn> turns = article_turns(content_, settings_, store_.new_card_articles(), introduced);
  for (const Turn& t : turns)
    if (auto p = first_open([&](int n) { return store_.new_cards_of(t.id, start, n); }, now, true)) return p;
  return std::nullopt;
}

std::optional<Prompt> StudySession::next(UnixSeconds now) {
  if (undone_card_) {
    const std::optional<CardRow> c = store_.card(*undone_card_);
    undone_card_.reset();
    if (c && !c->suspended && !c->hidden)
      if (auto p = prompt_for(*c)) return p;
  }
  const long day = study_day(now, settings_);
  const UnixSeconds start = study_day_start(day, settings_);
  const UnixSeconds end = study_day_start(day + 1, settings_);
  load_siblings(start);

  // 1. Steps that are due now: they are time-sensitive, a step late is a step wasted.
  if (auto p = first_open([&](int n) { return store_.learning_due(now, n); }, now, false)) return p;
  const UnixSeconds ahead = now + static_cast<UnixSeconds>(settings_.learn_ahead_minutes) * 60;
  if (custom_.kind == CustomStudy::Kind::Article) {
    // Study this article now: its due reviews, then all its new cards, past the daily limit.
    const std::string& id = custom_.article;
    if (auto p = first_open([&](int n) { return store_.reviews_due_of(id, end, n); }, now, true)) return p;
    if (auto p = first_open([&](int n) { return store_.new_cards_of(id, start, n); }, now, true)) return p;
    return first_open([&](int n) { return store_.learning_due(ahead, n); }, now, false);
  }
  // 2. Review cards due today, most overdue first; a card whose sibling was answered today waits.
  if (auto p = first_open([&](int n) { return store_.reviews_due(end, n); }, now, true)) return p;
  // 3. New cards, up to the daily limit counted over the whole study day (all sessions).
  if (new_limit(now) - store_.new_introduced(start, end) > 0)
    if (auto p = next_new(now)) return p;
  // 4. Learn ahead: nothing else is left, so a step due within the next minutes is asked now rather
  //    than leaving the learner waiting (Anki's 20-minute learn-ahead limit).
  if (auto p = first_open([&](int n) { return store_.learning_due(ahead, n); }, now, false)) return p;
  // 5. Review ahead (custom study): cards due in the next days, soonest first.
  if (custom_.kind == CustomStudy::Kind::Ahead) {
    const UnixSeconds until = study_day_start(day + 1 + custom_.count, settings_);
    return first_open([&](int n) { return store_.reviews_due(until, n); }, now, true);
  }
  return std::nullopt;
}

// Today's counts as Review will ask them. The store counts the cards due and new; this walks them in the queue's
// order (learning steps, reviews most overdue first, new cards by the articles' turns) and leaves out each card a
// burial holds back: by hand (B), or by a sibling answered today or taken before it in the walk. The walk reads
// and keys each card (about 9 us a due card the first time, 6 us once its fact's keys are kept; 65 us a new card,
// one query per article's turn) and the counts are redrawn after every answer, so a day larger than kPlanDue cards
// due or kPlanNew new cards wanted keeps the store's count for that part (at 100,000 cards with 1,021 due and 83
// new wanted, walking all of it cost 15 ms of CPU against the store's 2.4 ms). A backlog that large is not asked
// in one day anyway; a learner's usual day (20 new cards by default) is counted exactly.
void StudySession::plan_counts(UnixSeconds now, const QueueCounts& q, TodayCounts& t) {
  constexpr int kPlanDue = 300, kPlanNew = 50;
  const long day = study_day(now, settings_);
  const UnixSeconds start = study_day_start(day, settings_);
  const bool walk_due = q.learning_due + q.review_due <= kPlanDue;
  const int wanted = std::min(std::max(0, new_limit(now) - t.new_today), q.new_available);
  t.learning = q.learning_due;
  t.due = q.review_due;
  t.fresh = wanted;
  if (!walk_due && wanted > kPlanNew) return;
  load_siblings(start);
  Touched plan = touched_;
  auto walk = [&](const std::vector<CardRow>& rows, bool bury_siblings) {
    int open = 0;
    for (const CardRow& c : rows) {
      if (c.buried_until > now || unaskable_.count(c.id)) continue;
      if (bury_siblings && sibling_buried(c, start, plan)) continue;
      ++open;
      mark(plan, sibling_keys(c), c.id);
    }
    return open;
  };
  if (walk_due) {
    // Learning steps are never held back by a sibling (a step late is a step wasted), but theirs wait.
    t.learning = walk(store_.learning_due(study_day_start(day + 1, settings_) - 1, kPlanDue), false);
    t.due = walk(store_.reviews_due(study_day_start(day + 1, settings_), kPlanDue), true);
  }
  if (wanted <= kPlanNew) t.fresh = planned_new(now, wanted, plan);  // after a large day's reviews: today's answers only
}

// How many of `wanted` new cards next_new would give today, taking them as it does: the articles' turns, each
// card taken burying its siblings in `plan`.
int StudySession::planned_new(UnixSeconds now, int wanted, Touched& plan) {
  if (wanted <= 0) return 0;
  const long day = study_day(now, settings_);
  const UnixSeconds start = study_day_start(day, settings_);
  const UnixSeconds end = study_day_start(day + 1, settings_);
  const std::vector<Turn> order =
      article_turns(content_, settings_, store_.new_card_articles(), store_.introduced_by_article(start, end));
  std::set<Turn> turns(order.begin(), order.end());
  struct Rows {
    std::vector<CardRow> rows;
    std::size_t next = 0;  // rows before it were taken or are held back for the day (the plan only grows)
    int limit = 8;
  };
  std::map<std::string, Rows> of;
  // The article's next card that Review could ask, or nullopt when it has none left today.
  auto next_open = [&](const std::string& id) -> std::optional<CardRow> {
    Rows& r = of[id];
    for (;;) {
      if (r.next == r.rows.size()) {
        if (!r.rows.empty() && static_cast<int>(r.rows.size()) < r.limit) return std::nullopt;
        if (!r.rows.empty()) r.limit *= 4;
        r.rows = store_.new_cards_of(id, start, r.limit);
        if (r.next == r.rows.size()) return std::nullopt;
      }
      const CardRow& c = r.rows[r.next++];
      if (c.buried_until > now || unaskable_.count(c.id) || sibling_buried(c, start, plan)) continue;
      return c;
    }
  };
  int taken = 0;
  while (taken < wanted && !turns.empty()) {
    Turn turn = *turns.begin();
    turns.erase(turns.begin());
    const std::optional<CardRow> c = next_open(turn.id);
    if (!c) continue;  // the article has nothing more for today: its turn is gone
    mark(plan, sibling_keys(*c), c->id);
    ++taken;
    ++turn.today;
    turns.insert(std::move(turn));
  }
  return taken;
}

}  // namespace factdeck
