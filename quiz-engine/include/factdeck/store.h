// The SQLite store: one database file per learner holding cards, their memory state, reviews and settings.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace factdeck {

constexpr int kSchemaVersion = 8;  // PRAGMA user_version of the newest schema this build writes

// A card's scheduling state as stored; states are FSRS's (0 New, 1 Learning, 2 Review, 3 Relearning).
struct CardRow {
  std::int64_t id = 0;
  std::string article;
  std::string fact;
  int direction = 0;  // 0 forward; 1 the reverse question
  int state = 0;
  double stability = 0;   // 0 while new
  double difficulty = 0;  // 0 while new
  int step = 0;
  int reps = 0;
  int lapses = 0;
  std::optional<UnixSeconds> due;          // none while new
  std::optional<UnixSeconds> last_review;  // none while new
  int scheduled_days = 0;
  bool suspended = false;
  bool hidden = false;  // its fact was removed from the content; reviews are kept
  UnixSeconds buried_until = 0;  // buried (by hand): not asked before this instant
};

// One answer, with the card as it was before and after, so undo can restore it exactly.
struct ReviewRow {
  std::int64_t id = 0;
  std::int64_t card = 0;
  UnixSeconds time = 0;
  int rating = 0;           // 1 Again .. 4 Easy
  std::string question_type;  // "mcq", "cloze", ...
  bool correct = false;
  int response_ms = 0;        // 0: not measured (piped input)
  std::string answer;         // what the learner gave, as text
  int auto_rating = 0;        // the rating the engine chose before any override; 0 on insert = rating
  int elapsed_days = 0;
  // The options the answer was picked from, for the guess model of FSRS fitting: 0 typed (or nothing to
  // guess among), 2 true/false, 4 a four-way choice. -1 on insert: taken from the question type
  // (default_answer_options).
  int options = -1;
  // The id of the database the answer was recorded in (settings key device.id; see schema 8); empty for answers
  // older than schema 8. Set by record_review, whatever the caller puts here.
  std::string device;
  CardRow before;             // state before the answer (the id/article/fact fields are the card's)
};

// The options a question of this type offers as Factdeck asks it ("mcq", "reverse": 4; "tf",
// "fact-or-opinion": 2; typed and ordered answers: 0): what schema 7 filled older reviews with.
int default_answer_options(const std::string& question_type);

// A card as the content wants it: one per fact and direction.
struct CardKey {
  std::string article;
  std::string fact;
  int direction = 0;
};

struct SyncResult {
  int added = 0;     // new cards created
  int hidden = 0;    // cards whose fact left the content
  int unhidden = 0;  // hidden cards whose fact came back
};

// Today's work as the queue sees it (see StudySession::counts).
struct QueueCounts {
  int learning_due = 0;  // (re)learning cards due before `until`
  int review_due = 0;    // review cards due before the end of the study day
  int new_available = 0; // new cards that may be introduced today, before the daily limit
  int total = 0;
  int suspended = 0;
  int hidden = 0;
  std::optional<UnixSeconds> next_learning;  // earliest (re)learning due time, if any
};

// A practice quiz's score: kept for the record, never moves the schedule.
struct PracticeResult {
  std::int64_t id = 0;
  UnixSeconds time = 0;
  std::string settings;  // JSON: the quiz selection
  int score = 0;
  int total = 0;
  std::string details = "[]";  // JSON: per-question results
};

class Store {
 public:
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Opens or creates the database at `path` (folders are created), migrating it to kSchemaVersion.
  // A file newer than this program, or not a Factdeck database, is refused and left untouched.
  static Status open(const std::string& path, std::unique_ptr<Store>& out);
  static std::string default_path(const std::string& data_dir);  // data_dir + "/factdeck.db"

  int schema_version() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

  // Cards ---------------------------------------------------------------
  // The card for (article, fact, direction), created as new at `now` when missing.
  Status ensure_card(const std::string& article, const std::string& fact, int direction, UnixSeconds now,
                     CardRow& out);
  std::optional<CardRow> card(std::int64_t id);
  // Whether the card was answered since `seen` was read (by this or another program on the same file):
  // its review point (reps, last review, state) moved on, or it no longer exists.
  bool answered_since(const CardRow& seen);
  std::optional<CardRow> find_card(const std::string& article, const std::string& fact, int direction);
  std::vector<CardRow> all_cards();
  Status set_suspended(std::int64_t card, bool suspended);
  // Makes the cards match `wanted` in one transaction: missing ones are created as new, cards not
  // wanted are hidden (their reviews stay), hidden cards that are wanted again are unhidden.
  Status sync_cards(const std::vector<CardKey>& wanted, UnixSeconds now, SyncResult& out);

  // Queue ---------------------------------------------------------------
  // Study-day bounds are UTC instants: [day_start, day_end). Only cards neither suspended nor hidden.
  // (Re)learning cards (steps under a day) due at or before `until`, earliest first.
  std::vector<CardRow> learning_due(UnixSeconds until, int limit);
  // Review cards due before `day_end`, most overdue (earliest due) first.
  std::vector<CardRow> reviews_due(UnixSeconds day_end, int limit);
  // New cards in creation (content) order, skipping a card whose sibling (the other direction of
  // the same fact) was answered since `day_start`, so one fact is not asked both ways in a day.
  std::vector<CardRow> new_cards(UnixSeconds day_start, int limit);
  // The articles that have new cards (neither suspended nor hidden), with how many.
  std::vector<std::pair<std::string, int>> new_card_articles();
  // New cards of one article in content order, with the same same-fact burying as new_cards.
  std::vector<CardRow> new_cards_of(const std::string& article, UnixSeconds day_start, int limit);
  // Review cards of one article due before `day_end`, most overdue first.
  std::vector<CardRow> reviews_due_of(const std::string& article, UnixSeconds day_end, int limit);
  // New cards introduced in [from, to), per article.
  std::map<std::string, int> introduced_by_article(UnixSeconds from, UnixSeconds to);
  // The cards answered at or after `from` (once each).
  std::vector<CardRow> answered_since(UnixSeconds from);
  // Buries a card until `until` (0 unburies it).
  Status set_buried_until(std::int64_t card, UnixSeconds until);
  // New cards introduced (answered for the first time) in [from, to).
  int new_introduced(UnixSeconds from, UnixSeconds to);
  int reviews_between(UnixSeconds from, UnixSeconds to);
  QueueCounts queue_counts(UnixSeconds learn_until, UnixSeconds day_start, UnixSeconds day_end);

  // Reviews -------------------------------------------------------------
  // Stores the review and the card's new state in one transaction: when this returns Ok the answer is
  // on disk. `after` is the card's state after the answer. With `only_if_unchanged`, nothing is
  // written unless the card, inside the transaction, is still at review.before's review point (reps,
  // last review, state): another program on the same file that answered it first wins, and this
  // answer is refused with "this question was already answered".
  Status record_review(ReviewRow& review, const CardRow& after, bool only_if_unchanged = false);
  // Removes the newest review of the card and restores the card's state from it.
  Status undo_last_review(std::int64_t& card_out);
  // Removes review `review_id` and restores its card, in one transaction; refused unless it is the
  // card's newest review (restoring an older state would erase the answers after it).
  Status undo_review(std::int64_t review_id, CardRow& restored);
  // Changes the rating of review `review_id` (the card's newest) and sets the card to `after`, in one
  // transaction: the same as undo + answering again, keeping the review's id and automatic rating.
  Status rerate_review(std::int64_t review_id, int rating, const CardRow& after);
  std::optional<ReviewRow> review(std::int64_t id);
  std::vector<ReviewRow> reviews_of(std::int64_t card);
  // Every review, in time order: what FSRS fitting reads.
  std::vector<ReviewRow> all_reviews();
  // The reviews at or after `from`, in time order (a day's answers).
  std::vector<ReviewRow> reviews_since(UnixSeconds from);
  std::int64_t review_count();
  // The same number from the running totals (review_buckets, kept by triggers): a few thousand rows, not
  // millions, so a screen may read it on the UI thread.
  std::int64_t review_total();
  // This database's device id (16 hex digits, made once by schema 8), which record_review writes into every answer.
  std::string device_id();

  // Statistics reads (stats_reads.cpp): aggregates in SQL, for the statistics and the overview -------------
  // `shift`: seconds added to an instant before dividing by 86400 gives its study day (-study_day_start(0)).
  struct DayTotals {
    long day = 0;
    int reviews = 0, correct = 0, again = 0, new_cards = 0;
  };
  // Answers per study day in [from, to), days without answers left out. Read from the quarter-hour totals when
  // the days start on quarter hours (every real UTC offset does), else from the answers.
  std::vector<DayTotals> answers_by_day(UnixSeconds from, UnixSeconds to, std::int64_t shift);
  // Whether any answer was given in [from, to) (one indexed probe).
  bool answered_between(UnixSeconds from, UnixSeconds to);
  // Answers given in Review state in [from, to) (`shift` as above), and how many of them were not Again.
  std::pair<int, int> review_state_answers(UnixSeconds from, UnixSeconds to, std::int64_t shift);
  // Cards due before `until` that are neither new, suspended nor hidden, counted by study day.
  std::vector<std::pair<long, int>> due_by_day(UnixSeconds until, std::int64_t shift);
  // One answered card: its answers and right answers over a window or over all time. The texts are good during
  // the call only.
  struct CardAnswers {
    std::int64_t card = 0;
    std::string_view article, fact;
    int direction = 0, lapses = 0, answers = 0, correct = 0;
    bool hidden = false;
  };
  // Every card answered in [from, to) with its answers in that window, or, with from == to == 0, every card ever
  // answered with its running totals (one row per card, not per answer); by card id.
  void for_each_answered_card(UnixSeconds from, UnixSeconds to, const std::function<void(const CardAnswers&)>& fn);
  struct ArticleCards {
    std::string article;
    int cards = 0, fresh = 0, learning = 0, review = 0, mature = 0, suspended = 0;
  };
  // Cards that are not hidden, counted by article and state (mature: Review with stability of 21 days or more).
  std::vector<ArticleCards> cards_by_article();
  // The stability of every Review card that is neither suspended nor hidden.
  std::vector<double> review_stabilities();

  // Practice quizzes ------------------------------------------------------
  Status add_practice_result(PracticeResult& r);
  std::vector<PracticeResult> practice_results(int limit);

  // Settings ------------------------------------------------------------
  std::optional<std::string> setting(const std::string& key);
  Status set_setting(const std::string& key, const std::string& value);
  // Several settings in one transaction: a settings screen's Save is one action.
  Status set_settings(const std::vector<std::pair<std::string, std::string>>& values);

  // Runs `sql` (no results) as is; for migrations, maintenance and tests.
  Status exec(const std::string& sql);
  // A cached prepared statement, reset and with bindings cleared.
  sqlite3_stmt* statement(const char* sql);

 private:
  Store() = default;
  Status migrate();
  Status error(const std::string& what) const;

  sqlite3* db_ = nullptr;
  std::string path_;
  std::map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace factdeck
