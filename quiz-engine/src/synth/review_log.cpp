// The synthetic database: cards synced from the content, then a simulated learner's days of study, each answer
// scheduled by the real next_state, written in one transaction with the review indexes built once at the end.
#include <sqlite3.h>

#include <cmath>
#include <deque>
#include <filesystem>
#include <functional>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

#include "factdeck/fsrs.h"
#include "factdeck/rng.h"
#include "factdeck/session.h"
#include "factdeck/store.h"
#include "factdeck/synth.h"
#include "synth/synth_internal.h"

namespace factdeck {
namespace {

constexpr int kMaxDays = 20 * 365;  // a spec asking more reviews than its cards can take in 20 years stops there

struct SimCard {
  CardMemory mem;
  long last_day = -1;      // simulated day of the last answer
  long reviewed_day = -1;  // the same, read by the sibling-burying rule
  int sibling = -1;        // the other direction of the same fact, if any
  std::uint64_t key_hash = 0;
  std::int64_t id = 0;
  bool reverse = false;
  Kind kind = Kind::Name;
  std::string answer;  // the fact's answer, stored as what the learner typed or chose
};

// One answer as the review log stores it.
struct SimReview {
  std::int64_t card = 0;
  UnixSeconds time = 0;
  int rating = 0;
  const char* type = "";
  bool correct = false;
  int response_ms = 0;
  const std::string* answer = nullptr;
  int elapsed_days = 0;
  CardMemory before;
};

using Sink = std::function<bool(const SimReview&)>;
using Due = std::pair<UnixSeconds, int>;
using DueHeap = std::priority_queue<Due, std::vector<Due>, std::greater<Due>>;

// A learner who studies most days: steps due now, then the day's reviews, then new cards up to a daily limit,
// and learning steps as they come due, answering right with the card's recall probability.
class Learner {
 public:
  Learner(std::vector<SimCard> cards, const StudySettings& settings, std::uint64_t seed, int new_per_day)
      : cards_(std::move(cards)), settings_(settings), config_(fsrs_config(settings)), seed_(seed),
        new_per_day_(new_per_day) {}

  // Simulates from study day `first_day` until `reviews` answers; returns the last simulated day (relative),
  // or -1 when the sink failed. `sink` may be empty (a dry run to count the days).
  long run(long first_day, std::int64_t reviews, const Sink& sink) {
    reset();
    Rng r(seed_);
    std::int64_t done = 0;
    long d = 0;
    for (; d < kMaxDays && done < reviews; ++d) {
      const bool skipped = r.below(100) < 6;  // a day off now and then, as people take them
      if (skipped) continue;
      const UnixSeconds start = study_day_start(first_day + d, settings_);
      const UnixSeconds day_end = start + 86400, stop = day_end - 600;
      UnixSeconds t = start + 5 * 3600 + static_cast<UnixSeconds>(r.below(3 * 3600));
      int quota = new_per_day_;
      while (done < reviews && t < stop) {
        int pick = -1;
        if (!learn_.empty() && learn_.top().first <= t) pick = pop(learn_);
        else if (!review_.empty() && review_.top().first < day_end) pick = pop(review_);
        else if (quota > 0 && (pick = next_new(d)) >= 0) --quota;
        else if (!learn_.empty() && learn_.top().first <= t + settings_.learn_ahead_minutes * 60) pick = pop(learn_);
        else if (!learn_.empty() && learn_.top().first < stop) {
          t = learn_.top().first;  // the learner comes back when the next step is due
          continue;
        } else {
          break;
        }
        if (!answer(pick, d, t, r, sink)) return -1;
        ++done;
        t += 6 + static_cast<UnixSeconds>(r.below(20));
      }
    }
    answered_ = done;
    return d - 1;
  }

  std::int64_t answered() const { return answered_; }
  const std::vector<SimCard>& cards() const { return cards_; }

 private:
  void reset() {
    for (SimCard& c : cards_) {
      c.mem = CardMemory{};
      c.last_day = c.reviewed_day = -1;
    }
    learn_ = DueHeap();
    review_ = DueHeap();
    deferred_.clear();
    cursor_ = 0;
  }

  static int pop(DueHeap& h) {
    const int i = h.top().second;
    h.pop();
    return i;
  }

  // New cards in card order; one whose sibling was answered today waits (as Store::new_cards buries it).
  int next_new(long day) {
    auto buried = [&](int i) {
      const int s = cards_[static_cast<std::size_t>(i)].sibling;
      return s >= 0 && cards_[static_cast<std::size_t>(s)].reviewed_day == day;
    };
    for (auto it = deferred_.begin(); it != deferred_.end(); ++it)
      if (!buried(*it)) {
        const int i = *it;
        deferred_.erase(it);
        return i;
      }
    // The newest tenth of the cards (the articles added last) is left new, as in a collection still growing.
    while (cursor_ < cards_.size() - cards_.size() / 10) {
      const int i = static_cast<int>(cursor_++);
      if (!buried(i)) return i;
      deferred_.push_back(i);
    }
    return -1;
  }

  bool answer(int i, long day, UnixSeconds t, Rng& r, const Sink& sink) {
    SimCard& c = cards_[static_cast<std::size_t>(i)];
    const int elapsed = c.last_day >= 0 ? static_cast<int>(day - c.last_day) : 0;
    double p = 0.72;  // a new card: recognised from the options about three times in four
    if (c.mem.state == CardState::Learning || c.mem.state == CardState::Relearning) p = 0.85;
    if (c.mem.state == CardState::Review) p = retrievability(elapsed, c.mem.stability, config_);
    const bool correct = r.unit() < p;
    Rating rating = Rating::Again;
    if (correct) {
      const double u = r.unit();
      rating = u < 0.12 ? Rating::Hard : u < 0.87 ? Rating::Good : Rating::Easy;
    }
    const double fuzz = fuzz_number(c.key_hash, c.mem.reps);
    const SchedulingResult next = next_state(c.mem, rating, config_, t, elapsed, fuzz);
    // Drawn whether or not there is a sink, so the dry run and the real one see the same numbers.
    const char* type = question_type(c, r);
    const int response_ms = static_cast<int>(correct ? 2500 + r.below(12000) : 4000 + r.below(16000));
    if (sink) {
      SimReview v;
      v.card = c.id;
      v.time = t;
      v.rating = static_cast<int>(rating);
      v.type = type;
      v.correct = correct;
      v.response_ms = response_ms;
      v.answer = correct ? &c.answer : &wrong_;
      v.elapsed_days = next.elapsed_days;
      v.before = c.mem;
      if (!sink(v)) return false;
    }
    c.mem = next.card;
    c.last_day = c.reviewed_day = day;
    if (c.mem.state == CardState::Review) review_.push({c.mem.due, i});
    else learn_.push({c.mem.due, i});
    return true;
  }

  // Recognition while the memory is young, recall once it holds (as preferred_types chooses).
  const char* question_type(const SimCard& c, Rng& r) const {
    const bool coin = r.below(2) == 0;
    if (c.reverse) return "reverse";
    if (c.kind == Kind::Opinion) return "fact-or-opinion";
    if (c.mem.state == CardState::Review && c.mem.stability >= kRecallStability)
      return c.kind == Kind::Number ? "numeric" : "cloze";
    return coin ? "mcq" : "tf";
  }

  std::vector<SimCard> cards_;
  StudySettings settings_;
  FsrsConfig config_;
  std::uint64_t seed_;
  int new_per_day_;
  DueHeap learn_, review_;
  std::deque<int> deferred_;
  std::size_t cursor_ = 0;
  std::int64_t answered_ = 0;
  const std::string wrong_ = "another option";
};

std::vector<SimCard> sim_cards(const std::vector<CardRow>& rows, const Content& content) {
  std::vector<SimCard> out(rows.size());
  std::unordered_map<std::string, int> by_fact;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const CardRow& row = rows[i];
    SimCard& c = out[i];
    c.id = row.id;
    c.reverse = row.direction == 1;
    c.key_hash = stable_hash(row.article + "/" + row.fact + "/" + std::to_string(row.direction));
    if (const Article* a = content.find_article(row.article))
      if (const Fact* f = a->find_fact(row.fact)) {
        c.kind = f->kind;
        c.answer = c.reverse && f->kind == Kind::Alias ? f->subject : f->answer_text();
      }
    auto [it, fresh] = by_fact.emplace(row.article + "/" + row.fact, static_cast<int>(i));
    if (!fresh) {
      c.sibling = it->second;
      out[static_cast<std::size_t>(it->second)].sibling = static_cast<int>(i);
    }
  }
  return out;
}

void bind_time(sqlite3_stmt* s, int i, const std::optional<UnixSeconds>& t) {
  if (t) sqlite3_bind_int64(s, i, *t);
  else sqlite3_bind_null(s, i);
}

Status sql_error(sqlite3* db, const std::string& what) { return Status::Error(what + ": " + sqlite3_errmsg(db)); }

// Inserts the log and the cards' final states; the caller holds the transaction.
Status write_log(Store& store, Learner& learner, long first_day, std::int64_t reviews) {
  sqlite3* db = store.handle();
  sqlite3_stmt* ins = store.statement(
      "INSERT INTO reviews (card, time, rating, question_type, correct, response_ms, answer, elapsed_days, "
      "prev_state, prev_stability, prev_difficulty, prev_step, prev_reps, prev_lapses, prev_due, prev_last_review, "
      "prev_scheduled_days, auto_rating, options, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?)");
  if (!ins) return sql_error(db, "cannot prepare the review insert");
  const std::string device = store.device_id();  // as a study session on this database records it
  const Sink sink = [ins, &device](const SimReview& v) {
    const CardMemory& b = v.before;
    sqlite3_bind_int64(ins, 1, v.card);
    sqlite3_bind_int64(ins, 2, v.time);
    sqlite3_bind_int(ins, 3, v.rating);
    sqlite3_bind_text(ins, 4, v.type, -1, SQLITE_STATIC);
    sqlite3_bind_int(ins, 5, v.correct ? 1 : 0);
    sqlite3_bind_int(ins, 6, v.response_ms);
    sqlite3_bind_text(ins, 7, v.answer->c_str(), static_cast<int>(v.answer->size()), SQLITE_STATIC);
    sqlite3_bind_int(ins, 8, v.elapsed_days);
    sqlite3_bind_int(ins, 9, static_cast<int>(b.state));
    sqlite3_bind_double(ins, 10, b.stability);
    sqlite3_bind_double(ins, 11, b.difficulty);
    sqlite3_bind_int(ins, 12, b.step);
    sqlite3_bind_int(ins, 13, b.reps);
    sqlite3_bind_int(ins, 14, b.lapses);
    bind_time(ins, 15, b.state == CardState::New ? std::nullopt : std::optional<UnixSeconds>(b.due));
    bind_time(ins, 16, b.last_review);
    sqlite3_bind_int(ins, 17, b.scheduled_days);
    sqlite3_bind_int(ins, 18, v.rating);
    sqlite3_bind_int(ins, 19, default_answer_options(v.type));  // the options its question type offers
    sqlite3_bind_text(ins, 20, device.c_str(), static_cast<int>(device.size()), SQLITE_STATIC);
    const bool ok = sqlite3_step(ins) == SQLITE_DONE;
    sqlite3_reset(ins);
    return ok;
  };
  if (learner.run(first_day, reviews, sink) < 0) return sql_error(db, "cannot insert a review");

  sqlite3_stmt* up = store.statement(
      "UPDATE cards SET state = ?, stability = ?, difficulty = ?, step = ?, reps = ?, lapses = ?, due = ?, "
      "last_review = ?, scheduled_days = ? WHERE id = ?");
  if (!up) return sql_error(db, "cannot prepare the card update");
  for (const SimCard& c : learner.cards()) {
    if (c.mem.state == CardState::New) continue;
    const CardMemory& m = c.mem;
    sqlite3_bind_int(up, 1, static_cast<int>(m.state));
    sqlite3_bind_double(up, 2, m.stability);
    sqlite3_bind_double(up, 3, m.difficulty);
    sqlite3_bind_int(up, 4, m.step);
    sqlite3_bind_int(up, 5, m.reps);
    sqlite3_bind_int(up, 6, m.lapses);
    sqlite3_bind_int64(up, 7, m.due);
    bind_time(up, 8, m.last_review);
    sqlite3_bind_int(up, 9, m.scheduled_days);
    sqlite3_bind_int64(up, 10, c.id);
    const bool ok = sqlite3_step(up) == SQLITE_DONE;
    sqlite3_reset(up);
    if (!ok) return sql_error(db, "cannot update a card");
  }
  return Status::Ok();
}

// The review table's indexes as the schema made them, to drop before the bulk insert and build after it:
// building an index once over sorted keys is far cheaper than two million random inserts into it.
std::vector<std::pair<std::string, std::string>> review_indexes(sqlite3* db) {
  std::vector<std::pair<std::string, std::string>> out;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reviews' "
                             "AND sql IS NOT NULL ORDER BY name", -1, &q, nullptr) != SQLITE_OK)
    return out;
  while (sqlite3_step(q) == SQLITE_ROW)
    out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)),
                     reinterpret_cast<const char*>(sqlite3_column_text(q, 1)));
  sqlite3_finalize(q);
  return out;
}

void remove_db(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

}  // namespace

Status write_synth_database(const SynthSpec& spec, const Content& content, const std::string& db_path,
                            SynthSummary& out) {
  Status st = validate(spec);
  if (!st.ok()) return st;
  // Built under another name and renamed when complete, so a crash never leaves a half-built collection that
  // a later run would take for a finished one.
  const std::string partial = db_path + ".partial";
  remove_db(partial);
  std::unique_ptr<Store> store;
  st = Store::open(partial, store);
  if (!st.ok()) return st;
  // Generator output only: no fsync and an in-memory journal. The learner's own database never runs this way.
  st = store->exec("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
  if (!st.ok()) return st;

  StudySettings settings;
  const std::int64_t facts = static_cast<std::int64_t>(spec.articles) * spec.facts_per_article;
  const std::int64_t cards = spec.cards > 0 ? spec.cards : facts;
  settings.new_per_day = spec.new_per_day > 0 ? spec.new_per_day
                                              : static_cast<int>(std::max<std::int64_t>(1, (cards * 9 / 10 + 1094) / 1095));
  st = save_study_settings(*store, settings);
  if (!st.ok()) return st;

  // A dry run finds how many days the log takes, so that it can end on the day before `now`.
  const long today = study_day(spec.now, settings);
  long first_day = today - 1;
  // Cards are made by the session's own sync, so opening the app on this content changes none of them.
  StudySession session(content, *store, settings);
  st = session.sync_cards(study_day_start(first_day, settings));
  if (!st.ok()) return st;
  const std::vector<CardRow> rows = store->all_cards();
  Learner learner(sim_cards(rows, content), settings, spec.seed, settings.new_per_day);
  if (spec.reviews > 0) {
    const long last = learner.run(0, spec.reviews, {});
    first_day = today - 1 - last;
  }

  st = store->exec("BEGIN");
  if (!st.ok()) return st;
  const auto indexes = review_indexes(store->handle());
  for (const auto& [name, sql] : indexes)
    if (!(st = store->exec("DROP INDEX " + name)).ok()) return st;
  st = write_log(*store, learner, first_day, spec.reviews);
  if (!st.ok()) return st;
  for (const auto& [name, sql] : indexes)
    if (!(st = store->exec(sql)).ok()) return st;
  // Cards were created on the first study day, before any answer.
  st = store->exec("UPDATE cards SET created = " + std::to_string(study_day_start(first_day, settings)));
  if (!st.ok()) return st;
  st = store->exec("COMMIT");
  if (!st.ok()) return st;
  st = store->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
  if (!st.ok()) return st;

  out.cards = static_cast<int>(rows.size());
  out.reviews = learner.answered();
  sqlite3_stmt* span = store->statement("SELECT min(time), max(time) FROM reviews");
  if (span && sqlite3_step(span) == SQLITE_ROW) {
    out.first_review = sqlite3_column_int64(span, 0);
    out.last_review = sqlite3_column_int64(span, 1);
  }
  if (span) sqlite3_reset(span);
  out.days = out.reviews > 0 ? static_cast<int>(study_day(out.last_review, settings) -
                                                study_day(out.first_review, settings) + 1)
                             : 0;
  store.reset();  // closes the connection, which checkpoints and removes the WAL
  remove_db(db_path);
  std::error_code ec;
  std::filesystem::rename(partial, db_path, ec);
  if (ec) return Status::Error("cannot rename " + partial + " to " + db_path + ": " + ec.message());
  return Status::Ok();
}

}  // namespace factdeck
