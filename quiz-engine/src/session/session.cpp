// A study session: the daily queue, asking, answering, re-rating, undo, suspend and card sync.
#include <algorithm>

#include "factdeck/exam.h"
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

bool same_review_point(const CardRow& a, const CardRow& b) {
  return a.reps == b.reps && a.last_review == b.last_review && a.state == b.state;
}

}  // namespace

StudySession::StudySession(const Content& content, Store& store, StudySettings settings)
    : content_(content), index_(content), store_(store), settings_(settings) {}

Status StudySession::sync_cards(UnixSeconds now) {
  index_.reset();       // its tables point into the content, which may have been replaced
  unaskable_.clear();   // an edited fact may be askable now
  fact_keys_.clear();   // by address: the facts may be new ones
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

const char* rating_label(Rating r) {
  switch (r) {
    case Rating::Again: return "Again";
    case Rating::Hard: return "Hard";
    case Rating::Good: return "Good";
    case Rating::Easy: return "Easy";
  }
  return "Good";
}

TodayCounts StudySession::counts(UnixSeconds now) {
  const long day = study_day(now, settings_);
  const UnixSeconds start = study_day_start(day, settings_);
  const UnixSeconds end = study_day_start(day + 1, settings_);
  const QueueCounts q = store_.queue_counts(end - 1, start, end);
  TodayCounts t;
  t.new_today = store_.new_introduced(start, end);
  plan_counts(now, q, t);  // learning, due and fresh as Review will ask them
  t.reviewed_today = store_.reviews_between(start, end);
  t.streak = study_streak(store_, now, settings_);
  t.total_cards = q.total - q.hidden;
  t.suspended = q.suspended;
  t.next_learning = q.next_learning;
  return t;
}

Status StudySession::answer(const Prompt& prompt, const Response& response, UnixSeconds now, Outcome& out) {
  const std::optional<CardRow> card = store_.card(prompt.card.id);
  if (!card) return Status::Error("the card of this question no longer exists");
  // A prompt answered twice (a double click, a second window) must not count twice.
  if (!same_review_point(*card, prompt.card)) return Status::Error("this question was already answered");

  bool typo = false;
  bool correct = false;
  Rating automatic = Rating::Again;
  if (prompt.flip) {
    // A flip card is rated by the learner: Again is "I did not recall it", Hard to Easy "I did".
    if (response.self_rating < 1 || response.self_rating > 4)
      return Status::Error("rate your recall of a flip card 1 (Again) to 4 (Easy)");
    automatic = static_cast<Rating>(response.self_rating);
    correct = automatic != Rating::Again;
  } else {
    correct = grade(prompt.question, response, &typo);
    automatic = automatic_rating(correct, prompt.question.type, response.response_ms, settings_);
  }
  const int elapsed = card->last_review ? static_cast<int>(study_day(now, settings_) -
                                                           study_day(*card->last_review, settings_))
                                        : 0;
  const std::string key = card->article + "/" + card->fact + "/" + std::to_string(card->direction);
  const double fuzz = fuzz_number(stable_hash(key), card->reps);
  // With fuzz on, the interval prefers the quieter days of its fuzz range (the cards due each coming day).
  DueLoad load;
  if (settings_.fuzz) load.due = due_forecast(store_, now, kMaxBalancedInterval + 1, settings_);
  auto options = preview(to_memory(*card), fsrs_config(settings_), now, elapsed, fuzz, settings_.fuzz ? &load : nullptr);
  if (exam_cap_ && (exam_cap_->articles.empty() || std::find(exam_cap_->articles.begin(), exam_cap_->articles.end(),
                                                                 card->article) != exam_cap_->articles.end()))
    for (SchedulingResult& o : options) cap_for_exam(o, now, study_day_start(exam_cap_->day, settings_));
  const SchedulingResult& chosen = options[static_cast<std::size_t>(automatic) - 1];

  ReviewRow review;
  review.card = card->id;
  review.time = now;
  review.rating = static_cast<int>(automatic);
  review.auto_rating = review.rating;
  review.question_type = prompt.flip ? std::string("flip") : std::string(type_name(prompt.question.type));
  review.correct = correct;
  // The options the answer was picked from, for FSRS's guess model (a self-rated flip card guesses nothing).
  review.options = prompt.flip ? 0
                   : prompt.question.type == QuestionType::TrueFalse ? 2
                   : !prompt.question.options.empty() ? static_cast<int>(prompt.question.options.size())
                                                      : 0;
  review.response_ms = std::max(0, response.response_ms);
  review.answer = prompt.flip ? std::string("recalled: ") + rating_label(automatic) : response_text(prompt.question, response);
  review.elapsed_days = chosen.elapsed_days;
  review.before = *card;
  const CardRow after = with_memory(*card, chosen.card);
  Status st = store_.record_review(review, after, /*only_if_unchanged=*/true);
  if (!st.ok()) return st;

  UndoEntry undo;
  undo.kind = UndoEntry::Kind::Answer;
  undo.review = review.id;
  undo.card = card->id;
  undo.label = std::string("the answer (") + rating_label(automatic) + ") to " + card_label(*card);
  undo_.push_back(std::move(undo));
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
  UndoEntry undo;
  undo.kind = UndoEntry::Kind::Rating;
  undo.review = outcome.review_id;
  undo.card = after.id;
  undo.rating = static_cast<int>(outcome.rating);
  undo.before = outcome.after;
  undo.label = std::string("the rating change to ") + rating_label(rating) + " (back to " + rating_label(outcome.rating) +
               ") of " + card_label(after);
  undo_.push_back(std::move(undo));
  outcome.rating = rating;
  outcome.after = after;
  return Status::Ok();
}

}  // namespace factdeck
