// Statistics: per-day counts by study day, true retention, the due forecast, streak, accuracy, weakest facts.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "factdeck/overview.h"
#include "factdeck/stats.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

const char* kArticle = R"(format = 1
[article]
id = "a"
title = "Article A"
[[fact]]
id = "y"
kind = "year"
question = "Which year?"
answer = 2014
statement = "It was {answer}."
[[fact]]
id = "n"
kind = "number"
question = "How much?"
answer = { value = 7, unit = "%" }
statement = "It rose {answer}."
)";

struct Fixture {
  Content content;
  std::unique_ptr<Store> store;
  StudySettings settings;  // UTC+1, rollover 4 a.m.
  UnixSeconds day0 = 0;    // 2026-03-02 12:00 local

  explicit Fixture(const std::string& name) {
    LoadResult r = load_content_texts({}, {{"a.toml", kArticle}});
    REQUIRE_FALSE(r.has_errors());
    content = r.content;
    const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "stats_test";
    fs::create_directories(dir);
    const std::string p = (dir / (name + ".db")).string();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p + suffix);
    REQUIRE(Store::open(p, store).ok());
    settings.utc_offset_minutes = 60;
    day0 = *parse_iso8601("2026-03-02T11:00:00Z");
  }

  std::int64_t card(const char* article, const char* fact, int direction = 0) {
    CardRow c;
    REQUIRE(store->ensure_card(article, fact, direction, 0, c).ok());
    return c.id;
  }

  // Records an answer at `t` given in `prev_state`, leaving the card in `after_state` due at `due`.
  void review(std::int64_t id, UnixSeconds t, int rating, int prev_state, bool correct, int after_state = 2,
              std::optional<UnixSeconds> due = std::nullopt, int lapses = 0) {
    CardRow before = *store->card(id);
    before.state = prev_state;
    ReviewRow r;
    r.card = id;
    r.time = t;
    r.rating = rating;
    r.question_type = "mcq";
    r.correct = correct;
    r.before = before;
    CardRow after = before;
    after.state = after_state;
    after.due = due ? *due : t + 86400;
    after.lapses = lapses;
    after.reps = before.reps + 1;
    REQUIRE(store->record_review(r, after).ok());
  }
};

}  // namespace

TEST_CASE("reviews a day group by local study day; an answer before the rollover hour counts for the day before") {
  Fixture f("per_day");
  const std::int64_t y = f.card("a", "y");
  const long today = study_day(f.day0, f.settings);
  f.review(y, f.day0, 3, 0, true, 1);                  // 12:00 local: new card introduced
  f.review(y, f.day0 + 3600, 1, 1, false, 1);          // 13:00, Again
  f.review(y, f.day0 + 15 * 3600, 3, 1, true);         // 03:00 local the next morning: still today
  f.review(y, f.day0 + 17 * 3600, 3, 2, true);         // 05:00 local: tomorrow
  const auto days = reviews_per_day(*f.store, today - 1, today + 1, f.settings);
  REQUIRE(days.size() == 3);
  CHECK(days[0].reviews == 0);
  CHECK(days[1].date == "2026-03-02");
  CHECK(days[1].reviews == 3);
  CHECK(days[1].correct == 2);
  CHECK(days[1].again == 1);
  CHECK(days[1].new_cards == 1);
  CHECK(days[2].date == "2026-03-03");
  CHECK(days[2].reviews == 1);
}

TEST_CASE("true retention counts only answers given in Review state, passed unless rated Again") {
  Fixture f("retention");
  const std::int64_t y = f.card("a", "y"), n = f.card("a", "n");
  f.review(y, f.day0 - 40 * 86400, 1, 2, false);  // outside a 30-day window
  f.review(y, f.day0 - 2 * 86400, 3, 2, true);
  f.review(y, f.day0 - 86400, 2, 2, true);        // Hard passes
  f.review(n, f.day0 - 86400, 1, 2, false);
  f.review(n, f.day0, 3, 1, true);                // a learning step: not counted
  f.review(n, f.day0, 1, 3, false);               // relearning: not counted
  const Retention r = true_retention(*f.store, f.day0, 30, f.settings);
  CHECK(r.reviews == 3);
  CHECK(r.passed == 2);
  CHECK(r.rate() == doctest::Approx(2.0 / 3));
  CHECK(r.desired == 0.9);
  CHECK(true_retention(*f.store, f.day0, 60, f.settings).reviews == 4);
}

TEST_CASE("the due forecast puts overdue cards on today and skips new, suspended and hidden cards") {
  Fixture f("forecast");
  const std::int64_t a = f.card("a", "y"), b = f.card("a", "n"), c = f.card("a", "y", 1), d = f.card("b", "x"),
                     e = f.card("b", "z");
  f.card("a", "new");  // new: never forecast
  f.review(a, f.day0 - 5 * 86400, 3, 0, true, 2, f.day0 - 2 * 86400);  // overdue
  f.review(b, f.day0, 3, 0, true, 1, f.day0 + 600);                     // a learning step today
  f.review(c, f.day0, 3, 0, true, 2, f.day0 + 2 * 86400);               // in two days
  f.review(d, f.day0, 3, 0, true, 2, f.day0 + 2 * 86400);
  f.review(e, f.day0, 3, 0, true, 2, f.day0 + 40 * 86400);              // past the horizon
  REQUIRE(f.store->set_suspended(d, true).ok());
  const auto fc = due_forecast(*f.store, f.day0, 30, f.settings);
  REQUIRE(fc.size() == 30);
  CHECK(fc[0] == 2);
  CHECK(fc[1] == 0);
  CHECK(fc[2] == 1);
  int total = 0;
  for (int v : fc) total += v;
  CHECK(total == 3);
}

TEST_CASE("the streak runs back from today, or from yesterday before today's first answer") {
  Fixture f("streak");
  const std::int64_t y = f.card("a", "y");
  CHECK(study_streak(*f.store, f.day0, f.settings) == 0);
  for (int d : {-6, -4, -3, -2, -1}) f.review(y, f.day0 + d * 86400, 3, 2, true);
  CHECK(study_streak(*f.store, f.day0, f.settings) == 4);  // -4..-1; today not studied yet
  f.review(y, f.day0, 3, 2, true);
  CHECK(study_streak(*f.store, f.day0, f.settings) == 5);
  CHECK(study_streak(*f.store, f.day0 + 2 * 86400, f.settings) == 0);  // a whole day missed
}

TEST_CASE("accuracy by article and kind, and the weakest facts: most lapses, then lowest accuracy") {
  Fixture f("accuracy");
  const std::int64_t y = f.card("a", "y"), n = f.card("a", "n"), gone = f.card("old", "removed");
  f.review(y, f.day0, 3, 2, true);
  f.review(y, f.day0, 1, 2, false, 3, std::nullopt, 1);
  f.review(y, f.day0, 3, 3, true, 2, std::nullopt, 1);
  f.review(n, f.day0, 1, 2, false);
  f.review(n, f.day0, 1, 2, false);
  f.review(gone, f.day0, 3, 2, true);
  Statistics s;
  StatsOptions o;
  accuracy_and_weakest(*f.store, f.content, f.day0, f.settings, o, s);
  REQUIRE(s.by_article.size() == 2);
  CHECK(s.by_article[0].key == "a");
  CHECK(s.by_article[0].label == "Article A");
  CHECK(s.by_article[0].answers == 5);
  CHECK(s.by_article[0].correct == 2);
  CHECK(s.by_article[1].label == "old");  // a removed article keeps its history under its id
  REQUIRE(s.by_kind.size() == 2);
  CHECK(s.by_kind[0].key == "number");
  CHECK(s.by_kind[0].accuracy() == 0);
  CHECK(s.by_kind[1].key == "year");
  CHECK(s.by_kind[1].accuracy() == doctest::Approx(2.0 / 3));
  REQUIRE(s.weakest.size() == 2);
  CHECK(s.weakest[0].fact == "y");  // one lapse outranks a lower accuracy
  CHECK(s.weakest[0].question == "Which year?");
  CHECK(s.weakest[1].fact == "n");
  o.weakest = 1;
  Statistics one;
  accuracy_and_weakest(*f.store, f.content, f.day0, f.settings, o, one);
  CHECK(one.weakest.size() == 1);
}

TEST_CASE("compute_statistics puts it together: totals, history and the year heatmap ending today") {
  Fixture f("all");
  const std::int64_t y = f.card("a", "y");
  f.review(y, f.day0 - 400 * 86400, 3, 0, true);  // older than the heatmap
  f.review(y, f.day0 - 364 * 86400, 3, 2, true);  // its first day
  f.review(y, f.day0, 3, 2, true, 2, f.day0 + 3 * 86400);
  const Statistics s = compute_statistics(*f.store, f.content, f.day0, f.settings);
  CHECK(s.total_reviews == 3);
  CHECK(s.total_cards == 1);
  CHECK(s.streak == 1);
  REQUIRE(s.heatmap.size() == 365);
  CHECK(s.heatmap.front().reviews == 1);
  CHECK(s.heatmap.back().reviews == 1);
  CHECK(s.heatmap.back().date == "2026-03-02");
  REQUIRE(s.per_day.size() == 30);
  CHECK(s.per_day.back().day == s.today);
  CHECK(s.forecast[3] == 1);
  CHECK(s.retention.reviews == 1);
}

TEST_CASE("the statistics queries read indexes, not the whole review table") {
  Fixture f("plans");
  auto plan = [&](const char* sql) {
    std::string out;
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(f.store->handle(), (std::string("EXPLAIN QUERY PLAN ") + sql).c_str(), -1, &s,
                               nullptr) == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(s, 3)) + std::string("\n");
    sqlite3_finalize(s);
    return out;
  };
  CHECK(plan("SELECT (time + 0) / 86400 AS day, count(*), sum(correct), sum(rating = 1), sum(prev_state = 0) "
             "FROM reviews WHERE time >= 0 AND time < 10 GROUP BY day")
            .find("COVERING INDEX reviews_time") != std::string::npos);
  CHECK(plan("SELECT count(*), coalesce(sum(rating > 1), 0) FROM reviews WHERE time >= 0 AND time < 9 AND prev_state = 2")
            .find("COVERING INDEX reviews_time") != std::string::npos);
  CHECK(plan("SELECT card, count(*), sum(correct) FROM reviews WHERE time >= 0 AND time < 9 GROUP BY card")
            .find("COVERING INDEX reviews_time") != std::string::npos);
  const std::string all_time = plan("SELECT card, count(*), sum(correct) FROM reviews GROUP BY card");
  CHECK(all_time.find("COVERING INDEX reviews_card") != std::string::npos);
  CHECK(all_time.find("TEMP B-TREE") == std::string::npos);
}

TEST_CASE("progress per article counts cards by state through the store, leaving hidden cards out") {
  Fixture f("progress");
  const std::int64_t y = f.card("a", "y"), n = f.card("a", "n"), yr = f.card("a", "y", 1);
  f.card("gone", "x");  // an article no longer in the content: no row
  f.review(y, f.day0, 3, 0, true, 2);   // Review
  f.review(n, f.day0, 3, 0, true, 1);   // Learning
  f.review(yr, f.day0, 3, 0, true, 2);  // Review, made mature below
  REQUIRE(f.store->exec("UPDATE cards SET stability = 30 WHERE id = " + std::to_string(yr)).ok());
  REQUIRE(f.store->set_suspended(n, true).ok());
  const std::vector<ArticleProgress> p = article_progress(*f.store, f.content);
  REQUIRE(p.size() == 1);
  CHECK(p[0].article == "a");
  CHECK(p[0].title == "Article A");
  CHECK(p[0].facts == 2);
  CHECK(p[0].cards == 3);
  CHECK(p[0].fresh == 0);
  CHECK(p[0].learning == 1);
  CHECK(p[0].review == 2);
  CHECK(p[0].mature == 1);
  CHECK(p[0].suspended == 1);
}

TEST_CASE("the daily estimate reads the stability of Review cards that are neither suspended nor hidden") {
  Fixture f("estimate");
  const std::int64_t y = f.card("a", "y"), n = f.card("a", "n"), yr = f.card("a", "y", 1);
  f.review(y, f.day0, 3, 0, true, 2);
  f.review(n, f.day0, 3, 0, true, 2);
  f.review(yr, f.day0, 3, 0, true, 1);  // Learning: not a Review card
  REQUIRE(f.store->exec("UPDATE cards SET stability = 30 WHERE id = " + std::to_string(y)).ok());
  REQUIRE(f.store->exec("UPDATE cards SET stability = 5 WHERE id = " + std::to_string(n)).ok());
  REQUIRE(f.store->set_suspended(n, true).ok());
  const FsrsConfig cfg = fsrs_config(f.settings);
  const double settled_new = f.settings.new_per_day * (1.0 + static_cast<double>(cfg.learning_steps_minutes.size()));
  CHECK(estimate_daily_reviews(*f.store, f.settings) == doctest::Approx(1.0 / next_interval(30, cfg, 0, 0.0) + settled_new));
}
