// A study session: the daily queue, asking, answering, re-rating, undo, suspend and card sync.
#include <algorithm>

#include "factdeck/generate.h"
#include "factdeck/rng.h"
#include "factdeck/session.h"
#include "factdeck/stats.h"

namespace factdeck {
namespace {

CardMemory to_memory(const CardRow& c) {
  CardMemory m;
  m.state = static_cast<CardState>(c.state);
  m.stability = c.stability;
  m.difficulty = c.difficulty;
  m.step = c.step;
  m.lapses = c.lapses;
  m.reps = c.reps;
  m.last_review = c.last_review;
  m.due = c.due.value_or(0);
  m.scheduled_days = c.scheduled_days;
  return m;
}

// The card row after an answer: identity and flags from `card`, scheduling from `m`.
CardRow with_memory(const CardRow& card, const CardMemory& m) {
  CardRow c = card;
  c.state = static_cast<int>(m.state);
  c.stability = m.stability;
  c.difficulty = m.difficulty;
  c.step = m.step;
  c.lapses = m.lapses;
  c.reps = m.reps;
  c.last_review = m.last_review;
  c.due = m.due;
  c.scheduled_days = m.scheduled_days;
  return c;
}

// Distractors close to the answer once the memory is strong; ordinary ones before.
Difficulty difficulty_for(const CardRow& c) {
  return c.state == static_cast<int>(CardState::Review) && c.stability >= 30 ? Difficulty::Hard : Difficulty::Medium;
}

bool same_review_point(const CardRow& a, const CardRow& b) {
  return a.reps == b.reps && a.last_review == b.last_review && a.state == b.state;
}

}  // namespace

StudySession::StudySession(const Content& content, Store& store, StudySettings settings)
    : content_(content), index_(content), store_(store), settings_(settings) {}

Status StudySession::sync_cards(UnixSeconds now) {
  index_.reset();       // its tables point into the content, which may have been replaced
  unaskable_.clear();   // an edited fact may be askable now
  std::vector<CardKey> wanted;
  wanted.reserve(content_.fact_count() * 2);
  // New cards are introduced in card order, so the articles come first and the background decks
  // (tagged "background") after them: a learner starts with the news, then its context.
  std::vector<const Article*> order;
  for (const Article& a : content_.articles) order.push_back(&a);
  auto background = [](const Article* a) {
    return std::find(a->tags.begin(), a->tags.end(), "background") != a->tags.end();
  };
  std::stable_partition(order.begin(), order.end(), [&](const Article* a) { return !background(a); });
  for (const Article* ap : order)
    for (const Fact& f : ap->facts) {
      const Article& a = *ap;
      wanted.push_back({a.id, f.id.str(), 0});
      // A reverse card only where a reverse question can be made (the fact has its `reverse` stem
      // and what it asks for); otherwise it would repeat the forward questions.
      if (!f.reverse.empty()) {
        const std::vector<QuestionType> types = types_for(f);
        if (std::find(types.begin(), types.end(), QuestionType::Reverse) != types.end())
          wanted.push_back({a.id, f.id.str(), 1});
      }
    }
  SyncResult result;
  return store_.sync_cards(wanted, now, result);
}

TodayCounts StudySession::counts(UnixSeconds now) {
  const long day = study_day(now, settings_);
  const UnixSeconds start = study_day_start(day, settings_);
  const UnixSeconds end = study_day_start(day + 1, settings_);
  const QueueCounts q = store_.queue_counts(end - 1, start, end);
  TodayCounts t;
  t.due = q.review_due;
  t.learning = q.learning_due;
  t.new_today = store_.new_introduced(start, end);
  t.fresh = std::min(q.new_available, std::max(0, settings_.new_per_day - t.new_today));
  t.reviewed_today = store_.reviews_between(start, end);
  t.streak = study_streak(store_, now, settings_);
  t.total_cards = q.total - q.hidden;
  t.suspended = q.suspended;
  t.next_learning = q.next_learning;
  return t;
}

std::optional<Prompt> StudySession::prompt_for(const CardRow& card) {
  if (unaskable_.count(card.id)) return std::nullopt;
  const Article* article = content_.find_article(card.article);
  const Fact* fact = article ? article->find_fact(card.fact) : nullptr;
  if (fact) {
    const std::uint64_t seed = question_seed(card);
    const std::vector<QuestionType> allowed = types_for(*fact);
    // The generator may answer a request with another type when the asked one cannot pass its rules
    // (a cloze for a reverse question without enough wrong answers); the session's own order of
    // preference comes first, and such a substitute is kept only as the last resort.
    std::optional<Question> substitute;
    for (QuestionType t : preferred_types(card, *fact, seed)) {
      if (std::find(allowed.begin(), allowed.end(), t) == allowed.end()) continue;
      std::optional<Question> q = generate_question(index_, *article, *fact, t, difficulty_for(card), seed);
      if (q && q->type == t) return Prompt{card, article, fact, std::move(*q)};
      if (q && !substitute) substitute = std::move(q);
    }
    if (substitute) return Prompt{card, article, fact, std::move(*substitute)};
  }
  // No question passes the quality rules (or the fact is gone): skip the card for this session
  // rather than show a bad question or stall the queue.
  unaskable_.insert(card.id);
  return std::nullopt;
}

std::optional<Prompt> StudySession::first_askable(const std::vector<CardRow>& cards) {
  for (const CardRow& c : cards)
    if (auto p = prompt_for(c)) return p;
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
  // Enough rows that the skipped (unaskable) cards cannot hide an askable one.
  const int limit = static_cast<int>(unaskable_.size()) + 1;

  // 1. Steps that are due now: they are time-sensitive, a step late is a step wasted.
  if (auto p = first_askable(store_.learning_due(now, limit))) return p;
  // 2. Review cards due today, most overdue first.
  if (auto p = first_askable(store_.reviews_due(end, limit))) return p;
  // 3. New cards, up to the daily limit counted over the whole study day (all sessions).
  if (settings_.new_per_day - store_.new_introduced(start, end) > 0)
    if (auto p = first_askable(store_.new_cards(start, limit))) return p;
  // 4. Learn ahead: nothing else is left, so a step due within the next minutes is asked now rather
  //    than leaving the learner waiting (Anki's 20-minute learn-ahead limit).
  const UnixSeconds ahead = now + static_cast<UnixSeconds>(settings_.learn_ahead_minutes) * 60;
  if (auto p = first_askable(store_.learning_due(ahead, limit))) return p;
  return std::nullopt;
}

Status StudySession::answer(const Prompt& prompt, const Response& response, UnixSeconds now, Outcome& out) {
  const std::optional<CardRow> card = store_.card(prompt.card.id);
  if (!card) return Status::Error("the card of this question no longer exists");
  // A prompt answered twice (a double click, a second window) must not count twice.
  if (!same_review_point(*card, prompt.card)) return Status::Error("this question was already answered");

  bool typo = false;
  const bool correct = grade(prompt.question, response, &typo);
  const Rating automatic = automatic_rating(correct, prompt.question.type, response.response_ms, settings_);
  const int elapsed = card->last_review ? static_cast<int>(study_day(now, settings_) -
                                                           study_day(*card->last_review, settings_))
                                        : 0;
  const std::string key = card->article + "/" + card->fact + "/" + std::to_string(card->direction);
  const double fuzz = fuzz_number(stable_hash(key), card->reps);
  const auto options = preview(to_memory(*card), fsrs_config(settings_), now, elapsed, fuzz);
  const SchedulingResult& chosen = options[static_cast<std::size_t>(automatic) - 1];

  ReviewRow review;
  review.card = card->id;
  review.time = now;
  review.rating = static_cast<int>(automatic);
  review.auto_rating = review.rating;
  review.question_type = std::string(type_name(prompt.question.type));
  review.correct = correct;
  review.response_ms = std::max(0, response.response_ms);
  review.answer = response_text(prompt.question, response);
  review.elapsed_days = chosen.elapsed_days;
  review.before = *card;
  const CardRow after = with_memory(*card, chosen.card);
  Status st = store_.record_review(review, after, /*only_if_unchanged=*/true);
  if (!st.ok()) return st;

  answered_.push_back(review.id);
  out = Outcome{};
  out.correct = correct;
  out.typo = typo;
  out.automatic = automatic;
  out.rating = automatic;
  out.options = options;
  out.review_id = review.id;
  out.after = after;
  return Status::Ok();
}

Status StudySession::override_rating(const Prompt&, Outcome& outcome, Rating rating, UnixSeconds) {
  if (rating == outcome.rating) return Status::Ok();
  // The previews were computed for this very answer, so the new rating needs no second preview.
  const CardRow after = with_memory(outcome.after, outcome.options[static_cast<std::size_t>(rating) - 1].card);
  Status st = store_.rerate_review(outcome.review_id, static_cast<int>(rating), after);
  if (!st.ok()) return st;
  outcome.rating = rating;
  outcome.after = after;
  return Status::Ok();
}

Status StudySession::undo(UnixSeconds) {
  if (answered_.empty()) return Status::Error("there is no answer to undo in this session");
  CardRow restored;
  Status st = store_.undo_review(answered_.back(), restored);
  if (!st.ok()) return st;
  answered_.pop_back();
  undone_card_ = restored.id;
  unaskable_.erase(restored.id);
  return Status::Ok();
}

Status StudySession::suspend(std::int64_t card, bool suspended) {
  Status st = store_.set_suspended(card, suspended);
  if (st.ok() && suspended && undone_card_ == card) undone_card_.reset();
  return st;
}

}  // namespace factdeck
