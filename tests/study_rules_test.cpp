// The study rules of issue 16: learn before test, siblings buried, new cards rotated across articles, the climb
// to recall with flip cards, custom study, and the undo stack.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "factdeck/session.h"
#include "test_store.h"

using namespace factdeck;

namespace {

// Two articles; in "a", two facts share a sentence and two facts (one in each article) share an answer.
const char* kArticleA = R"toml(format = 1
[article]
id = "a"
title = "Article A"
published = 2026-01-01

[[fact]]
id = "start"
kind = "year"
question = "In which year did Project Alpha start?"
answer = 2014
statement = "Project Alpha started in {answer}."
sentence = "Project Alpha started in 2014 and ended in 2019."
note = "Alpha was the first."

[[fact]]
id = "end"
kind = "year"
question = "In which year did Project Alpha end?"
answer = 2019
statement = "Project Alpha ended in {answer}."
sentence = "Project Alpha started in 2014 and ended in 2019."

[[fact]]
id = "rate"
kind = "number"
question = "By how much did Alpha's budget rise?"
answer = { value = 7, unit = "%" }
statement = "Alpha's budget rose by {answer}."

[[fact]]
id = "gamma"
kind = "year"
question = "In which year did Project Gamma begin?"
answer = 2011
statement = "Project Gamma began in {answer}."
)toml";

const char* kArticleB = R"toml(format = 1
[article]
id = "b"
title = "Article B"
published = 2026-02-01

[[fact]]
id = "beta"
kind = "year"
question = "In which year did Project Beta start?"
answer = 2014
statement = "Project Beta started in {answer}."

[[fact]]
id = "delta"
kind = "year"
question = "In which year did Project Delta start?"
answer = 2008
statement = "Project Delta started in {answer}."

[[fact]]
id = "omega"
kind = "year"
question = "In which year did Project Omega start?"
answer = 2003
statement = "Project Omega started in {answer}."
)toml";

Content load() {
  LoadResult r = load_content_texts({}, {{"a.toml", kArticleA}, {"b.toml", kArticleB}});
  for (const auto& d : r.diagnostics) MESSAGE(d.to_string());
  REQUIRE_FALSE(r.has_errors());
  return r.content;
}

std::unique_ptr<Store> open_store(const std::string& name) { return test::open_fresh_store("study_rules_test", name); }

UnixSeconds at(const char* iso) {
  auto t = parse_iso8601(iso);
  REQUIRE(t);
  return *t;
}

Response respond(const Question& q, bool right) {
  Response r;
  r.choice = right ? q.answer : (q.answer + 1) % static_cast<int>(std::max<std::size_t>(q.options.size(), 1));
  r.truth = right ? q.truth : !q.truth;
  r.text = right ? (q.type == QuestionType::Numeric ? q.answer_text : q.accept.empty() ? "" : q.accept.front())
                 : "no idea";
  r.self_rating = right ? 3 : 1;
  return r;
}

Outcome answer(StudySession& s, const Prompt& p, UnixSeconds now, bool right = true) {
  Outcome o;
  REQUIRE(s.answer(p, respond(p.question, right), now, o).ok());
  CHECK(o.correct == right);
  return o;
}

}  // namespace

TEST_CASE("learn before test: a new card is shown first, unless the setting turns it off") {
  const Content content = load();
  auto store = open_store("learn");
  StudySettings settings;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-03-02T09:00:00Z");
  auto p = s.next(t);
  REQUIRE(p);
  CHECK(p->card.state == static_cast<int>(CardState::New));
  CHECK(p->learn);
  const LearnView v = learn_view(*p);
  CHECK(v.statement == "Project Alpha started in 2014.");
  CHECK(v.sentence == "Project Alpha started in 2014 and ended in 2019.");
  CHECK(v.note == "Alpha was the first.");
  answer(s, *p, t, false);  // Again: the same card comes back in learning, without the learning step
  auto again = s.next(t + 60);
  REQUIRE(again);
  CHECK(again->card.id == p->card.id);
  CHECK_FALSE(again->learn);

  settings.learn_first = false;
  REQUIRE(save_study_settings(*store, settings).ok());
  CHECK_FALSE(load_study_settings(*store).learn_first);
  auto fresh = open_store("learn_off");
  REQUIRE(save_study_settings(*fresh, settings).ok());
  StudySession off(content, *fresh, load_study_settings(*fresh));
  REQUIRE(off.sync_cards(0).ok());
  auto q = off.next(t + 3600);
  REQUIRE(q);
  CHECK(q->card.state == static_cast<int>(CardState::New));
  CHECK_FALSE(q->learn);
}

TEST_CASE("siblings: a shared sentence or answer keeps a card for the next day; Again brings back the same card") {
  const Content content = load();
  auto store = open_store("siblings");
  StudySettings settings;
  settings.new_per_day = 100;
  settings.focus = {"a"};  // article a's cards first, so its siblings are offered the same day
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-03-02T09:00:00Z");
  std::map<std::string, int> asked;  // fact -> times asked today
  while (auto p = s.next(t)) {
    ++asked[p->card.fact];
    answer(s, *p, t, !(asked[p->card.fact] == 1 && p->card.fact == "rate"));  // rate: Again once, then right
  }
  // start and end share a sentence; start (2014) and beta (2014) share an answer: one of each pair today.
  CHECK(asked.count("start") == 1);
  CHECK(asked.count("end") == 0);
  CHECK(asked.count("beta") == 0);
  CHECK(asked["rate"] >= 2);  // the card answered Again came back: the same card is not its own sibling
  CHECK(asked.count("gamma") == 1);
  CHECK(asked.count("delta") == 1);
  // The next day the buried siblings come.
  std::set<std::string> next_day;
  const UnixSeconds t1 = t + 86400;
  while (auto p = s.next(t1)) {
    next_day.insert(p->card.fact);
    answer(s, *p, t1);
  }
  CHECK(next_day.count("end") == 1);
  CHECK(next_day.count("beta") == 1);
  CHECK(next_day.count("start") == 0);  // graduated with 2 days: not due, so not in the way
}

TEST_CASE("siblings: an overdue card is not held back") {
  const Content content = load();
  auto store = open_store("overdue");
  StudySettings settings;
  settings.new_per_day = 100;
  settings.focus = {"a"};
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  // Day 0: start and end graduate on successive days with Easy (8 days).
  UnixSeconds t = at("2026-03-02T09:00:00Z");
  for (int day = 0; day < 2; ++day, t += 86400) {
    auto p = s.next(t);
    REQUIRE(p);
    Outcome o = answer(s, *p, t);
    REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());
  }
  // 20 days on both are overdue: both are asked the same day.
  const UnixSeconds late = at("2026-03-22T09:00:00Z");
  std::set<std::string> seen;
  while (auto p = s.next(late)) {
    if (p->card.state == static_cast<int>(CardState::Review)) seen.insert(p->card.fact);
    answer(s, *p, late);
  }
  CHECK(seen.size() == 2);
}

TEST_CASE("new cards rotate across articles, oldest article first; focus and newest-first change the turn") {
  const Content content = load();
  auto run = [&](const StudySettings& settings, const char* name) {
    auto store = open_store(name);
    StudySession s(content, *store, settings);
    REQUIRE(s.sync_cards(0).ok());
    const UnixSeconds t = at("2026-03-02T09:00:00Z");
    std::string order;
    for (int i = 0; i < 4; ++i) {
      auto p = s.next(t);
      REQUIRE(p);
      REQUIRE(p->card.state == static_cast<int>(CardState::New));
      order += p->card.article;
      Outcome o = answer(s, *p, t);
      REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());  // graduated: the next card is new
    }
    return order;
  };
  StudySettings settings;
  CHECK(run(settings, "rotate_oldest") == "abab");
  settings.newest_first = true;
  CHECK(run(settings, "rotate_newest") == "baba");
  settings.newest_first = false;
  settings.focus = {"b"};
  CHECK(run(settings, "rotate_focus") == "bbba");  // b's three new cards, then a's
}

TEST_CASE("recall climbs with stability; answers that cannot be typed get a flip card") {
  CardRow c;
  c.state = static_cast<int>(CardState::Review);
  auto share = [&](double stability) {
    c.stability = stability;
    int recall = 0;
    for (std::uint64_t seed = 0; seed < 1000; ++seed) recall += wants_recall(c, seed * 7919);
    return recall / 1000.0;
  };
  CHECK(share(kRecallStart - 0.1) == 0.0);
  CHECK(share((kRecallStart + kRecallStability) / 2) == doctest::Approx(0.5).epsilon(0.08));
  CHECK(share(kRecallStability) == 1.0);
  CHECK(share(3.0) < share(5.0));
  c.state = static_cast<int>(CardState::Relearning);
  CHECK(share(20) == 0.0);
  const std::map<std::string, bool> typeable = {
      {"2014", true}, {"7%", true}, {"Big Fund", true}, {"2026-2030", true}, {"3.5%", true},
      {"National Integrated Circuit Industry Investment Fund", false}, {"A, B and C", false},
      {"The plan is too ambitious.", false}, {"", false}};
  for (const auto& [answer, want] : typeable) {
    CAPTURE(answer);
    CHECK(typeable_answer(answer) == want);
  }
}

TEST_CASE("flip card: rated by the learner, stored as flip; a missing rating is refused") {
  const char* term = R"toml(format = 1
[article]
id = "t"
title = "Terms"

[[fact]]
id = "opinion"
kind = "opinion"
question = "What does the commentator think of the plan?"
answer = "The plan is too ambitious for its five years."
speaker = "a commentator"
statement = "A commentator says: {answer}"
)toml";
  LoadResult r = load_content_texts({}, {{"t.toml", term}});
  REQUIRE_FALSE(r.has_errors());
  auto store = open_store("flip");
  StudySession s(r.content, *store, StudySettings{});
  REQUIRE(s.sync_cards(0).ok());
  UnixSeconds t = at("2026-03-02T09:00:00Z");
  auto p = s.next(t);
  REQUIRE(p);
  Outcome o = answer(s, *p, t);
  REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());  // Review, S = 8.3: recall from now on
  t += 9 * 86400;
  p = s.next(t);
  REQUIRE(p);
  CHECK(p->flip);
  CHECK(p->question.prompt == "What does the commentator think of the plan?");
  CHECK(p->question.answer_text == "The plan is too ambitious for its five years.");
  Outcome out;
  CHECK(s.answer(*p, Response{}, t, out).message().find("1 (Again) to 4 (Easy)") != std::string::npos);
  Response self;
  self.self_rating = 2;
  REQUIRE(s.answer(*p, self, t, out).ok());
  CHECK(out.correct);
  CHECK(out.rating == Rating::Hard);
  CHECK(store->review(out.review_id)->question_type == "flip");
}

TEST_CASE("custom study: an article now past the limit, more new cards today, review ahead; bad requests refused") {
  const Content content = load();
  auto store = open_store("custom");
  StudySettings settings;
  settings.new_per_day = 1;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-03-02T09:00:00Z");
  auto finish = [&](UnixSeconds now) {
    std::vector<std::string> facts;
    while (auto p = s.next(now)) {
      facts.push_back(p->card.fact);
      Outcome o = answer(s, *p, now);
      if (p->card.state == static_cast<int>(CardState::New)) REQUIRE(s.override_rating(*p, o, Rating::Easy, now).ok());
    }
    return facts;
  };
  CHECK(finish(t) == std::vector<std::string>{"start"});  // the daily limit of one new card, oldest article first
  CHECK(s.counts(t).fresh == 0);
  CHECK_FALSE(s.start_custom({CustomStudy::Kind::MoreNew, "", 0}, t).ok());
  REQUIRE(s.start_custom({CustomStudy::Kind::MoreNew, "", 2}, t).ok());
  CHECK(s.new_limit(t) == 3);
  CHECK(s.counts(t).fresh == 2);
  // b's turn (beta waits: its answer 2014 is start's), then a's (end waits: it shares start's sentence).
  CHECK(finish(t) == std::vector<std::string>{"delta", "rate"});
  CHECK(s.new_limit(t + 86400) == 1);  // the grant is for this study day only
  CHECK(s.start_custom({CustomStudy::Kind::Article, "nope", 0}, t).message() == "there is no article 'nope'");
  REQUIRE(s.start_custom({CustomStudy::Kind::Article, "b", 0}, t).ok());
  CHECK(finish(t) == std::vector<std::string>{"omega"});  // past the limit; beta still waits for tomorrow
  REQUIRE(s.start_custom({CustomStudy::Kind::None, "", 0}, t).ok());
  // Review ahead: the Easy cards are due in 8 days; 10 days ahead brings them today.
  CHECK_FALSE(s.start_custom({CustomStudy::Kind::Ahead, "", 0}, t).ok());
  CHECK_FALSE(s.next(t).has_value());
  REQUIRE(s.start_custom({CustomStudy::Kind::Ahead, "", 10}, t + 3600).ok());
  auto ahead = s.next(t + 3600);
  REQUIRE(ahead);
  CHECK(ahead->card.state == static_cast<int>(CardState::Review));
}

TEST_CASE("undo: a stack of any action, at least 10 deep, each undo saying what it undid") {
  const Content content = load();
  auto store = open_store("undo_stack");
  StudySettings settings;
  settings.new_per_day = 100;
  settings.learn_ahead_minutes = 0;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-03-02T09:00:00Z");
  std::vector<std::string> expected;  // the first words of each undo message, newest last
  // 4 answers, each re-rated twice (12 actions), then a suspension and a burial: 14 deep.
  std::int64_t first = 0;
  for (int i = 0; i < 4; ++i) {
    auto p = s.next(t);
    REQUIRE(p);
    if (!first) first = p->card.id;
    Outcome o = answer(s, *p, t);
    REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());
    REQUIRE(s.override_rating(*p, o, Rating::Hard, t).ok());
    expected.push_back("Undid the answer (Good) to");
    expected.push_back("Undid the rating change to Easy (back to Good)");
    expected.push_back("Undid the rating change to Hard (back to Easy)");
  }
  auto p = s.next(t);
  REQUIRE(p);
  const std::int64_t suspended = p->card.id;
  REQUIRE(s.suspend(suspended, true).ok());
  expected.push_back("Undid the suspension of");
  CHECK(store->card(suspended)->suspended);
  const std::int64_t buried = first;  // a card answered today, buried until tomorrow
  REQUIRE(s.bury(buried, t).ok());
  expected.push_back("Undid the burial (until tomorrow) of");
  CHECK(s.next(t).has_value() == false);  // every other card is answered, suspended, buried or a sibling
  CHECK(s.undo_depth() == 14);

  // The burial undone: the card is back, and comes next.
  std::string what;
  REQUIRE(s.undo(t, &what).ok());
  CHECK(what.rfind(expected.back(), 0) == 0);
  expected.pop_back();
  CHECK(store->card(buried)->buried_until == 0);
  auto back = s.next(t);
  REQUIRE(back);
  CHECK(back->card.id == buried);
  // The suspension undone: the card is unsuspended and comes next (the issue's Ctrl+Z after S).
  REQUIRE(s.undo(t, &what).ok());
  CHECK(what.rfind(expected.back(), 0) == 0);
  expected.pop_back();
  CHECK_FALSE(store->card(suspended)->suspended);
  back = s.next(t);
  REQUIRE(back);
  CHECK(back->card.id == suspended);
  CHECK(store->review_count() == 4);
  while (!expected.empty()) {
    REQUIRE(s.undo(t, &what).ok());
    CAPTURE(what);
    CHECK(what.rfind(expected.back(), 0) == 0);
    expected.pop_back();
  }
  CHECK(store->review_count() == 0);
  CHECK_FALSE(s.can_undo());
  CHECK(s.undo(t).message() == "there is nothing to undo in this session");
}

TEST_CASE("undo: an answer another program answered over leaves the stack and says why; the next undo goes below it") {
  const Content content = load();
  auto store = open_store("undo_stale");
  StudySettings settings;
  settings.new_per_day = 1;  // one new card today: the other program's next card is this one's learning step
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-03-02T09:00:00Z");
  const std::int64_t omega = store->find_card("b", "omega", 0)->id;
  REQUIRE(s.suspend(omega, true).ok());
  auto p = s.next(t);
  REQUIRE(p);
  answer(s, *p, t);
  StudySession other(content, *store, settings);
  auto q = other.next(t + 60);
  REQUIRE(q);
  REQUIRE(q->card.id == p->card.id);
  answer(other, *q, t + 60);
  CHECK(s.undo_depth() == 2);

  std::string what;
  const Status refused = s.undo(t + 120, &what);
  CHECK_FALSE(refused.ok());
  CHECK(refused.message().rfind("Cannot undo the answer (Good) to \"In which year did Project Alpha start?\": the card "
                                "was answered again since, in another Factdeck.", 0) == 0);
  CHECK(refused.message().find("the next undo takes back the action before it") != std::string::npos);
  CHECK(s.undo_depth() == 1);
  CHECK(store->review_count() == 2);  // both answers stand
  REQUIRE(s.undo(t + 120, &what).ok());
  CHECK(what.rfind("Undid the suspension of \"In which year did Project Omega start?\"", 0) == 0);
  CHECK_FALSE(store->card(omega)->suspended);
  CHECK_FALSE(s.can_undo());
}

namespace {

// Today's session at `t` run to its end, every answer right: the distinct review and new cards it asked.
std::pair<int, int> ask_all(StudySession& s, UnixSeconds t) {
  std::set<std::int64_t> reviews, fresh;
  while (auto p = s.next(t)) {
    if (p->card.state == static_cast<int>(CardState::Review)) reviews.insert(p->card.id);
    if (p->card.state == static_cast<int>(CardState::New)) fresh.insert(p->card.id);
    answer(s, *p, t);
  }
  return {static_cast<int>(reviews.size()), static_cast<int>(fresh.size())};
}

}  // namespace

TEST_CASE("Today's counts are what Review asks: siblings held back, the articles' turns, a burial by hand") {
  const Content content = load();
  struct Case {
    const char* name;
    int new_per_day;
    std::vector<std::string> focus;
    bool later;  // start and end graduated (Easy) on days 0 and 1; counted on day 9, start overdue, end due
    bool bury;   // start buried by hand that morning
    int due, fresh;
  };
  const std::vector<Case> cases = {
      // Seven new cards; end (start's sentence) and beta (start's answer) wait for another day.
      {"counts_turns", 100, {}, false, false, 0, 5},
      {"counts_focus", 100, {"a"}, false, false, 0, 5},
      {"counts_limit", 3, {}, false, false, 0, 3},
      // start, overdue, is asked; end, due today, waits for it (the store alone counts 2 due).
      {"counts_sibling_due", 1, {"a"}, true, false, 1, 1},
      // start buried by hand: end is asked instead.
      {"counts_buried", 1, {"a"}, true, true, 1, 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto store = open_store(c.name);
    StudySettings settings;
    settings.new_per_day = c.new_per_day;
    settings.focus = c.focus;
    StudySession s(content, *store, settings);
    REQUIRE(s.sync_cards(0).ok());
    UnixSeconds t = at("2026-03-02T09:00:00Z");
    if (c.later) {
      for (int day = 0; day < 2; ++day, t += 86400) {
        auto p = s.next(t);
        REQUIRE(p);
        Outcome o = answer(s, *p, t);
        REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());
      }
      t = at("2026-03-11T09:00:00Z");
      if (c.bury) REQUIRE(s.bury(store->find_card("a", "start", 0)->id, t).ok());
    }
    const TodayCounts counts = s.counts(t);
    CHECK(counts.due == c.due);
    CHECK(counts.fresh == c.fresh);
    CHECK(counts.learning == 0);
    const auto [reviews, fresh] = ask_all(s, t);
    CHECK(reviews == c.due);
    CHECK(fresh == c.fresh);
  }
}
