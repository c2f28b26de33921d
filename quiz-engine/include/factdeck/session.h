// Study sessions: today's queue, asking a card, grading the answer, scheduling it, undo and suspend.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <map>
#include <set>
#include <string_view>
#include <string>
#include <unordered_map>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/fsrs.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/store.h"
#include "factdeck/study_settings.h"

namespace factdeck {

// A Review card whose stability reaches this many days is asked by recall (typed answers); below it,
// and while New, Learning or Relearning, by recognition. A week: the memory has held once over a gap
// long enough that producing the answer, not just spotting it, is the useful test.
inline constexpr double kRecallStability = 7.0;
// From this stability (days) a Review card is asked by recall some of the time, the share climbing linearly to
// every time at kRecallStability: the climb from recognition to recall is gradual, not a cliff.
inline constexpr double kRecallStart = 1.0;
// Whether this review of the card asks for recall (typed, or a flip card), by its stability and the seed.
bool wants_recall(const CardRow& card, std::uint64_t seed);
// Whether a learner can be asked to type this answer: short enough (a name, a year, a figure), not a
// definition, a list or a quoted opinion. Facts that cannot be typed are recalled with a flip card.
bool typeable_answer(std::string_view answer);
// Question types to try for a card, best first; the caller keeps those types_for(fact) allows.
std::vector<QuestionType> preferred_types(const CardRow& card, const Fact& fact, std::uint64_t seed);
// The seed of a card's question at its current review count: the same card at the same review gets
// the same question on every machine.
std::uint64_t question_seed(const CardRow& card);

// Today's work as Review will ask it: a card buried by hand, or held back by a sibling answered today or to be
// answered before it in the queue's order, is not counted (StudySession::counts).
struct TodayCounts {
  int due = 0;       // review cards Review asks today
  int learning = 0;  // cards in (re)learning steps due today, less those buried by hand
  int fresh = 0;     // new cards Review introduces today (the daily limit, the articles' turns, siblings)
  int reviewed_today = 0;
  int new_today = 0;  // new cards already introduced today
  int streak = 0;    // consecutive study days with at least one answer, up to today (or yesterday)
  std::optional<UnixSeconds> next_learning;  // when the next (re)learning card is due, if any
  int total_cards = 0;
  int suspended = 0;
};

// What the learner gave. Which fields count depends on the question type.
struct Response {
  int choice = -1;          // mcq, reverse, fact-or-opinion: option index
  bool truth = false;       // tf
  std::string text;         // cloze, numeric: what was typed
  std::vector<int> order;   // order: item indices, earliest first
  std::vector<int> pairs;   // match: pairs[i] = right index chosen for left[i]
  int self_rating = 0;      // flip card: the learner's own rating, 1 (Again) .. 4 (Easy)
  int response_ms = 0;      // 0 or less: not measured (piped input), counts as normal speed
};

// A card being asked now.
struct Prompt {
  CardRow card;
  const Article* article = nullptr;
  const Fact* fact = nullptr;
  Question question;
  // Show the fact first (its statement, the article's sentence, the note), then test it: the card is new
  // and the learner's setting asks for it.
  bool learn = false;
  // A flip card: the question is shown, then its answer (question.answer_text), and the learner rates
  // their own recall (Response::self_rating). For recall of answers that cannot be typed.
  bool flip = false;
};

// What the learning step shows of a new fact.
struct LearnView {
  std::string statement;  // the fact as a sentence, its answer filled in
  std::string sentence;   // the article's own words; may be empty
  std::string note;       // may be empty
};
LearnView learn_view(const Prompt& prompt);

// Custom study, as in Anki: more than today's queue, on the learner's request.
struct CustomStudy {
  enum class Kind { None, Article, MoreNew, Ahead };
  Kind kind = Kind::None;
  std::string article;  // Article: the article to study now (its due and new cards, past the daily limit)
  int count = 0;        // MoreNew: extra new cards today; Ahead: days of reviews to take ahead of time
};

// Whether `response` answers `question` rightly; `typo` tells a typed answer was accepted with a slip.
bool grade(const Question& question, const Response& response, bool* typo = nullptr);
// The rating an outcome earns: wrong Again; right but slower than slow_ms Hard; right and faster than
// fast_ms on a recall type Easy; otherwise Good. An unmeasured time (<= 0) counts as normal speed.
Rating automatic_rating(bool correct, QuestionType type, int response_ms, const StudySettings& s);
// "Again", "Hard", "Good", "Easy".
const char* rating_label(Rating r);
// What the learner gave, as text for the review log.
std::string response_text(const Question& question, const Response& response);

struct Outcome {
  bool correct = false;
  bool typo = false;                             // a typed answer accepted with a one-letter slip
  Rating automatic = Rating::Again;              // the rating the engine chose
  Rating rating = Rating::Again;                 // the rating stored (automatic or overridden)
  std::array<SchedulingResult, 4> options{};     // what each rating would do (for the rating buttons)
  std::int64_t review_id = 0;
  CardRow after;
};

class StudySession {
 public:
  // `content` and `store` must outlive the session.
  StudySession(const Content& content, Store& store, StudySettings settings);

  // Makes the store match the content: a card for each new fact (and reverse direction), hides the
  // cards of removed facts (their reviews stay), unhides facts that came back. Call it whenever the
  // content has changed (replaced in place): it also drops the question look-ups made over the old one.
  Status sync_cards(UnixSeconds now);

  TodayCounts counts(UnixSeconds now);
  // The next card to ask at `now`, with its question, or nullopt when today's work is done.
  std::optional<Prompt> next(UnixSeconds now);
  // Grades the response, schedules the card with the automatic rating and commits both at once.
  Status answer(const Prompt& prompt, const Response& response, UnixSeconds now, Outcome& out);
  // Replaces the rating of the answer just given (undo + answer again, in one transaction).
  Status override_rating(const Prompt& prompt, Outcome& outcome, Rating rating, UnixSeconds now);
  // Takes back the newest action of this session (an answer, a rating change, a suspension, a burial); a
  // card it concerns comes back next. `what` tells what was undone ("the answer Good to ..."). An answer
  // another program has answered over since cannot be taken back: it leaves the stack with an error saying
  // why, so the next undo takes back the action before it.
  Status undo(UnixSeconds now, std::string* what = nullptr);
  bool can_undo() const { return !undo_.empty(); }
  std::size_t undo_depth() const { return undo_.size(); }
  Status suspend(std::int64_t card, bool suspended);
  // Buries a card until the next study day starts.
  Status bury(std::int64_t card, UnixSeconds now);
  // Starts a custom study (or stops one with Kind::None). MoreNew is kept for the study day in the store.
  Status start_custom(const CustomStudy& c, UnixSeconds now);
  const CustomStudy& custom() const { return custom_; }
  // Today's limit of new cards: the setting plus the extra granted by custom study for this study day.
  int new_limit(UnixSeconds now);

  const StudySettings& settings() const { return settings_; }
  void set_settings(const StudySettings& s) { settings_ = s; }

  // The question for `card` now, for a queue of the caller's own (exam study); nullopt when none can be made.
  std::optional<Prompt> ask(const CardRow& card) { return prompt_for(card); }
  // An exam: the intervals of its articles' cards (every article's when `articles` is empty) end no later than
  // the start of study day `day` (exam.h's cap_for_exam). Nullopt: no exam.
  struct ExamCap {
    long day = 0;
    std::vector<std::string> articles;
  };
  void set_exam_cap(std::optional<ExamCap> cap) { exam_cap_ = std::move(cap); }

 private:
  struct UndoEntry {
    enum class Kind { Answer, Rating, Suspend, Bury } kind = Kind::Answer;
    std::int64_t review = 0;    // Answer, Rating
    std::int64_t card = 0;
    int rating = 0;             // Rating: the rating before the change
    CardRow before;             // Rating: the card before the change
    bool flag = false;          // Suspend: the suspension before
    UnixSeconds until = 0;      // Bury: buried_until before
    std::string label;          // what the undo says it undid
  };
  // A sibling key (a fact, an article's sentence, an answer; numbered by key_ids_) of cards answered (or planned)
  // today -> the card that holds it, or -1 when two or more do.
  using Touched = std::unordered_map<std::uint32_t, std::int64_t>;
  std::optional<Prompt> prompt_for(const CardRow& card);
  // The first askable card among `fetch(limit)`'s rows that is not buried, asking for more rows while
  // every row read was skipped.
  template <class Fetch>
  std::optional<Prompt> first_open(Fetch fetch, UnixSeconds now, bool bury_siblings);
  std::optional<Prompt> next_new(UnixSeconds now);
  const std::vector<std::uint32_t>& sibling_keys(const CardRow& card);  // made once per fact
  bool sibling_buried(const CardRow& card, UnixSeconds day_start, const Touched& touched);
  void load_siblings(UnixSeconds day_start);
  // Today's learning, due and new counts walked in the queue's order, each card taken burying its siblings.
  void plan_counts(UnixSeconds now, const QueueCounts& q, TodayCounts& t);
  int planned_new(UnixSeconds now, int wanted, Touched& plan);
  std::string card_label(const CardRow& card) const;

  const Content& content_;
  ContentIndex index_;  // the generator's look-ups over content_, for this session's questions
  Store& store_;
  StudySettings settings_;
  std::vector<UndoEntry> undo_;               // this session's actions, newest last
  CustomStudy custom_;
  Touched touched_;                           // of the cards answered today
  std::unordered_map<std::string, std::uint32_t> key_ids_;                 // sibling keys, numbered
  std::unordered_map<const Fact*, std::vector<std::uint32_t>> fact_keys_;  // a fact's keys (sync_cards clears)
  std::vector<std::uint32_t> gone_keys_;      // the last card's of a removed fact
  long touched_day_ = -1;
  std::optional<std::int64_t> undone_card_;   // asked again first after an undo
  std::set<std::int64_t> unaskable_;          // cards no question could be made for, skipped
  std::optional<ExamCap> exam_cap_;
};

}  // namespace factdeck
