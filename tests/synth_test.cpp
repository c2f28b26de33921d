// The synthetic collection generator at a small size: valid content of every kind, the asked-for cards and
// reviews, a log the scheduler agrees with, and the same output for the same seed.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <set>

#include "factdeck/generate.h"
#include "factdeck/session.h"
#include "factdeck/store.h"
#include "factdeck/synth.h"

using namespace factdeck;

namespace {

const std::string kTmp = std::string(FACTDECK_TEST_TMP) + "/synth";

SynthSpec small_spec() {
  SynthSpec s;
  s.articles = 6;
  s.facts_per_article = 10;
  s.cards = 75;  // 60 facts and 15 reverse cards
  s.reviews = 1000;
  s.seed = 42;
  s.now = *parse_iso8601("2026-03-02T09:00:00Z");
  return s;
}

struct Built {
  LoadResult content;
  SynthSummary summary;
  std::string db;
};

Built build(const SynthSpec& spec, const std::string& name) {
  Built b;
  const std::string dir = kTmp + "/" + name;
  std::filesystem::remove_all(dir);
  REQUIRE(write_synth_content(spec, dir + "/content", b.summary).ok());
  b.content = load_content(dir + "/content");
  b.db = dir + "/data/factdeck.db";
  REQUIRE(write_synth_database(spec, b.content.content, b.db, b.summary).ok());
  return b;
}

std::int64_t query_int(Store& store, const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(store.handle(), sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
  REQUIRE(s != nullptr);
  const std::int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  return v;
}

}  // namespace

TEST_CASE("synthetic content is valid, uses every kind and loads as written") {
  const Built b = build(small_spec(), "content");
  for (const Diagnostic& d : b.content.diagnostics) INFO(d.to_string());
  CHECK(b.content.diagnostics.empty());
  CHECK(b.content.content.articles.size() == 6);
  CHECK(b.content.content.fact_count() == 60);
  std::set<Kind> kinds;
  int reverses = 0;
  for (const Article& a : b.content.content.articles)
    for (const Fact& f : a.facts) {
      kinds.insert(f.kind);
      reverses += f.reverse.empty() ? 0 : 1;
    }
  CHECK(kinds.size() == all_kinds().size());
  CHECK(reverses == 15);
}

TEST_CASE("every synthetic fact gives a question that passes the quality rules") {
  const Built b = build(small_spec(), "questions");
  for (const Article& a : b.content.content.articles)
    for (const Fact& f : a.facts) {
      int made = 0;
      for (QuestionType t : types_for(f))
        made += generate_question(b.content.content, a, f, t, Difficulty::Medium, 7).has_value() ? 1 : 0;
      INFO(a.id << "/" << f.id);
      CHECK(made >= (f.kind == Kind::Opinion ? 1 : 2));  // an opinion is asked one way: fact or opinion?
    }
}

TEST_CASE("the database has the cards and reviews asked for, all before now, ending the day before") {
  const SynthSpec spec = small_spec();
  const Built b = build(spec, "database");
  CHECK(b.summary.cards == 75);
  CHECK(b.summary.reviews == 1000);
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(b.db, store).ok());
  CHECK(query_int(*store, "SELECT count(*) FROM cards") == 75);
  CHECK(query_int(*store, "SELECT count(*) FROM reviews") == 1000);
  CHECK(query_int(*store, "SELECT count(*) FROM reviews WHERE time >= " + std::to_string(spec.now)) == 0);
  const StudySettings settings = load_study_settings(*store);
  CHECK(study_day(b.summary.last_review, settings) == study_day(spec.now, settings) - 1);
  sqlite3_stmt* mode = store->statement("PRAGMA journal_mode");
  REQUIRE(sqlite3_step(mode) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(mode, 0))) == "wal");
  sqlite3_reset(mode);

  // Opening the app on this content changes no card: they are the session's own.
  StudySession session(b.content.content, *store, settings);
  REQUIRE(session.sync_cards(spec.now).ok());
  CHECK(query_int(*store, "SELECT count(*) FROM cards") == 75);
  CHECK(query_int(*store, "SELECT count(*) FROM cards WHERE hidden = 1") == 0);
  CHECK(session.next(spec.now).has_value());
}

TEST_CASE("each card's log replays through the scheduler to the card's stored state") {
  const Built b = build(small_spec(), "replay");
  std::unique_ptr<Store> store;
  REQUIRE(Store::open(b.db, store).ok());
  const StudySettings settings = load_study_settings(*store);
  const FsrsConfig cfg = fsrs_config(settings);
  int replayed = 0;
  for (const CardRow& c : store->all_cards()) {
    CardMemory m;
    for (const ReviewRow& r : store->reviews_of(c.id)) {
      REQUIRE(r.before.reps == m.reps);
      REQUIRE(r.before.state == static_cast<int>(m.state));
      const int elapsed = m.last_review ? static_cast<int>(study_day(r.time, settings) -
                                                           study_day(*m.last_review, settings))
                                        : 0;
      m = next_state(m, static_cast<Rating>(r.rating), cfg, r.time, elapsed, 0).card;
      ++replayed;
    }
    CHECK(c.reps == m.reps);
    CHECK(c.state == static_cast<int>(m.state));
    CHECK(c.stability == doctest::Approx(m.stability));
    if (m.state != CardState::New) CHECK(c.due == m.due);
  }
  CHECK(replayed == 1000);
}

TEST_CASE("the same seed gives the same collection; another seed another") {
  auto digest = [](const Built& b) {
    std::unique_ptr<Store> store;
    REQUIRE(Store::open(b.db, store).ok());
    return std::make_pair(query_int(*store, "SELECT sum(time % 100000 * rating) FROM reviews"),
                          query_int(*store, "SELECT sum(card * 7 + correct) FROM reviews"));
  };
  SynthSpec other = small_spec();
  other.seed = 43;
  CHECK(digest(build(small_spec(), "same-a")) == digest(build(small_spec(), "same-b")));
  CHECK(digest(build(small_spec(), "same-a")) != digest(build(other, "other")));
}

TEST_CASE("impossible specs are refused") {
  SynthSpec s = small_spec();
  s.cards = 59;  // fewer than the facts
  CHECK_FALSE(validate(s).ok());
  s.cards = synth_max_cards(s) + 1;
  CHECK_FALSE(validate(s).ok());
  s.cards = synth_max_cards(s);
  CHECK(validate(s).ok());
  s.articles = 0;
  CHECK_FALSE(validate(s).ok());
}
