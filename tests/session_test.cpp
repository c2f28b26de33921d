// Study sessions: queue order, daily new limit, rollover, learning steps, type by state, ratings, undo, sync.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "factdeck/session.h"
#include "factdeck/stats.h"
#include "test_store.h"
#include "test_study.h"

using namespace factdeck;

namespace {

const char* kLexicon = R"(format = 1
[[class]]
id = "funds"
label = "State investment funds"
members = ["National Integrated Circuit Industry Investment Fund", "National Social Security Fund", "National Manufacturing Transformation and Upgrading Fund", "China Internet Investment Fund", "National Green Development Fund"]
)";

const char* kFacts = R"toml([[fact]]
id = "plan"
kind = "period"
question = "Which years does the 15th Five-Year Plan cover?"
answer = { from = 2026, to = 2030 }
statement = "The 15th Five-Year Plan covers {answer}."
sentence = "its forthcoming 15th Five-Year Plan (2026-2030)"

[[fact]]
id = "fund"
kind = "alias"
question = "What is the National Integrated Circuit Industry Investment Fund often called?"
answer = "Big Fund"
subject = "National Integrated Circuit Industry Investment Fund"
statement = "The National Integrated Circuit Industry Investment Fund is often called the {answer}."
class = "funds"
reverse = "Which fund is often called the 'Big Fund'?"
distractors = ["Small Fund", "Chip Fund", "Tech Fund"]

[[fact]]
id = "rd"
kind = "number"
question = "By how much a year is R&D spending to rise?"
answer = { value = 7, unit = "%" }
statement = "R&D spending is to rise by {answer} a year."

[[fact]]
id = "view"
kind = "opinion"
question = "What does the commentator think?"
answer = "The plan is too ambitious."
speaker = "a commentator"
statement = "A commentator says: {answer}"

[[fact]]
id = "year"
kind = "year"
question = "In which year was Phase I of the Big Fund set up?"
answer = 2014
statement = "Phase I of the Big Fund was set up in {answer}."
)toml";

Content load(const std::string& facts = kFacts) {
  LoadResult r = load_content_texts({{"lex.toml", kLexicon}},
                                    {{"a.toml", "format = 1\n[article]\nid = \"a\"\ntitle = \"T\"\n" + facts}});
  REQUIRE_FALSE(r.has_errors());
  return r.content;
}

std::unique_ptr<Store> open_store(const std::string& name) { return test::open_fresh_store("session_test", name); }

bool is_recognition(QuestionType t) {
  return t == QuestionType::Mcq || t == QuestionType::TrueFalse || t == QuestionType::Reverse ||
         t == QuestionType::FactOrOpinion;
}

}  // namespace

TEST_CASE("study days start at the rollover hour in local time") {
  StudySettings s;  // 4 a.m.
  s.utc_offset_minutes = 8 * 60;  // Beijing
  const UnixSeconds before = at("2026-01-05T19:59:00Z");  // 03:59 on the 6th in Beijing
  const UnixSeconds after = at("2026-01-05T20:00:00Z");   // 04:00
  CHECK(study_day(after, s) == study_day(before, s) + 1);
  CHECK(study_day_start(study_day(after, s), s) == after);
  CHECK(iso_date(civil_from_days(study_day(after, s))) == "2026-01-06");
  s.utc_offset_minutes = -5 * 60;
  s.rollover_hour = 0;
  CHECK(study_day_start(study_day(at("2026-01-06T04:59:00Z"), s), s) == at("2026-01-05T05:00:00Z"));
}

TEST_CASE("a new card walks the learning steps inside the session, learning ahead when nothing else is left") {
  const Content content = load();
  auto store = open_store("steps");
  StudySettings settings;
  settings.new_per_day = 1;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t0 = at("2026-01-05T09:00:00Z");

  Outcome o = answer(s, t0);  // Good: the 10-minute step
  CHECK(o.rating == Rating::Good);
  CHECK(o.after.state == static_cast<int>(CardState::Learning));
  CHECK(o.after.due == t0 + 600);
  const std::int64_t card = o.after.id;

  o = answer(s, t0, false);  // learned ahead (nothing else left), answered wrong: back to the 1-minute step
  CHECK(o.after.id == card);
  CHECK(o.rating == Rating::Again);
  CHECK(o.after.due == t0 + 60);
  CHECK(o.options[2].card.state == CardState::Review);  // Good from the last step would have graduated it

  StudySettings no_ahead = settings;
  no_ahead.learn_ahead_minutes = 0;
  s.set_settings(no_ahead);
  CHECK_FALSE(s.next(t0 + 59).has_value());  // the step is not due yet and learning ahead is off
  CHECK(s.counts(t0 + 59).learning == 1);
  CHECK(s.counts(t0 + 59).next_learning == t0 + 60);
  REQUIRE(s.next(t0 + 60).has_value());
  o = answer(s, t0 + 60);  // Good from step 0: the 10-minute step again
  CHECK(o.after.due == t0 + 60 + 600);
  o = answer(s, t0 + 660);  // Good on the last step: graduates with whole days
  CHECK(o.after.state == static_cast<int>(CardState::Review));
  CHECK(o.after.scheduled_days >= 1);
  CHECK_FALSE(s.next(t0 + 700).has_value());  // one new card a day: done for today
}

TEST_CASE("a new card answered Good twice graduates with 2 days; then Good gives 11 days (fsrs.md golden)") {
  const Content content = load();
  auto store = open_store("golden");
  StudySettings settings;
  settings.new_per_day = 1;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  Outcome o = answer(s, at("2024-01-01T10:00:00Z"));
  CHECK(o.after.stability == doctest::Approx(2.3065).epsilon(1e-9));
  CHECK(o.after.difficulty == doctest::Approx(2.11810397).epsilon(1e-9));
  o = answer(s, at("2024-01-01T10:10:00Z"));
  CHECK(o.after.state == static_cast<int>(CardState::Review));
  CHECK(o.after.scheduled_days == 2);
  CHECK(o.after.difficulty == doctest::Approx(2.11121424).epsilon(1e-9));
  auto other = s.next(at("2024-01-02T09:00:00Z"));  // not due yet: the next day brings a new card instead
  REQUIRE(other);
  CHECK(other->card.id != o.after.id);
  o = answer(s, at("2024-01-03T09:00:00Z"));
  CHECK(o.after.stability == doctest::Approx(10.97104786).epsilon(1e-9));
  CHECK(o.after.difficulty == doctest::Approx(2.1043314).epsilon(1e-9));
  CHECK(o.after.scheduled_days == 11);
}

TEST_CASE("the daily new limit counts every session of the study day and resets at the rollover hour") {
  const Content content = load();
  auto store = open_store("new_limit");
  StudySettings settings;
  settings.new_per_day = 2;
  settings.utc_offset_minutes = 8 * 60;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds morning = at("2026-01-05T01:00:00Z");  // 09:00 local
  CHECK(s.counts(morning).fresh == 2);
  answer(s, morning);
  answer(s, morning);
  CHECK(s.counts(morning).fresh == 0);
  CHECK(s.counts(morning).new_today == 2);
  // Finish the two cards' steps, then nothing is left today, in this session or a new one.
  while (auto p = s.next(morning)) {
    CHECK(p->card.state != static_cast<int>(CardState::New));
    Outcome o;
    REQUIRE(s.answer(*p, respond(p->question, true), morning, o).ok());
  }
  StudySession again(content, *store, settings);
  CHECK_FALSE(again.next(at("2026-01-05T19:59:00Z")).has_value());  // 03:59 local: still the same study day
  auto p = again.next(at("2026-01-05T20:00:00Z"));                 // 04:00 local: a new day
  REQUIRE(p);
  CHECK(p->card.state == static_cast<int>(CardState::New));
}

TEST_CASE("queue order: due steps, then reviews most overdue first, then new cards") {
  const Content content = load();
  auto store = open_store("order");
  StudySettings settings;
  settings.new_per_day = 3;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  // Three cards graduated on three successive days (Easy from New: 8 days), so their due days differ.
  std::vector<std::int64_t> ids;
  for (int day = 0; day < 3; ++day) {
    const UnixSeconds t = at("2026-01-05T09:00:00Z") + day * 86400;
    auto p = s.next(t);
    REQUIRE(p);
    REQUIRE(p->card.state == static_cast<int>(CardState::New));
    Outcome o;
    REQUIRE(s.answer(*p, respond(p->question, true), t, o).ok());
    REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());
    CHECK(o.after.scheduled_days == 8);
    ids.push_back(p->card.id);
  }
  // Day 3, before any review is due: a new card answered wrong, due again after its 1-minute step.
  Outcome step = answer(s, at("2026-01-08T09:00:00Z"), false);
  // Day 20: the three reviews are overdue, and the step has long been due.
  const UnixSeconds t = at("2026-01-25T09:00:00Z");
  CHECK(step.after.state == static_cast<int>(CardState::Learning));
  auto p = s.next(t);
  REQUIRE(p);
  CHECK(p->card.id == step.after.id);  // the due step first
  Outcome o;
  REQUIRE(s.answer(*p, respond(p->question, true), t, o).ok());
  for (std::int64_t id : ids) {  // then the reviews, most overdue first
    p = s.next(t);
    REQUIRE(p);
    CHECK(p->card.id == id);
    REQUIRE(s.answer(*p, respond(p->question, true), t, o).ok());
  }
  p = s.next(t);
  REQUIRE(p);
  CHECK(p->card.state == static_cast<int>(CardState::New));  // then new cards
}

TEST_CASE("the question type follows the card's state, and the same review gets the same question") {
  const Content content = load();
  auto store = open_store("types");
  StudySettings settings;
  settings.new_per_day = 100;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  CHECK(store->find_card("a", "fund", 1).has_value());  // the alias has a reverse stem and subject
  CHECK_FALSE(store->find_card("a", "plan", 1).has_value());
  const UnixSeconds t0 = at("2026-01-05T09:00:00Z");
  int asked = 0;
  // Day 0 brings the five forward cards; the reverse card of "fund" waits a day (sibling buried).
  for (UnixSeconds t : {t0, t0 + 86400})
  while (auto p = s.next(t)) {
    ++asked;
    auto again = s.next(t);
    REQUIRE(again);
    CHECK(again->question.id == p->question.id);
    CHECK(again->question.prompt == p->question.prompt);
    CHECK(again->question.options == p->question.options);
    CAPTURE(p->card.fact);
    CAPTURE(p->card.direction);
    CAPTURE(type_name(p->question.type));
    CHECK(is_recognition(p->question.type));
    if (p->card.direction == 1) CHECK(p->question.type == QuestionType::Reverse);
    if (p->card.fact == "view") CHECK(p->question.type == QuestionType::FactOrOpinion);
    Outcome o;
    REQUIRE(s.answer(*p, respond(p->question, true), t, o).ok());
    REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());  // straight to Review, S = 8.2956
  }
  CHECK(asked == 6);
  // A Review card with stability >= kRecallStability is asked by recall: numeric for a number.
  const UnixSeconds later = t0 + 30 * 86400;
  bool saw_numeric = false, saw_cloze = false;
  while (auto p = s.next(later)) {
    CHECK(p->card.stability >= kRecallStability);
    CAPTURE(p->card.fact);
    CAPTURE(p->card.direction);
    CAPTURE(type_name(p->question.type));
    // The generator makes no cloze of this period statement, nor of a nickname made of its bearer's own name (the
    // "Big Fund"): they are recalled on a flip card; every other forward card is typed.
    if (p->card.direction == 0 && p->card.fact != "view" && p->card.fact != "plan")
      CHECK((is_recall_type(p->question.type) || (p->card.fact == "fund" && p->flip)));
    // An opinion and a long reverse answer cannot be typed: a flip card recalls them.
    if (p->card.fact == "view" || p->card.direction == 1) CHECK(p->flip);
    saw_numeric |= p->question.type == QuestionType::Numeric;
    saw_cloze |= p->question.type == QuestionType::Cloze;
    Outcome o;
    REQUIRE(s.answer(*p, respond(p->question, true), later, o).ok());
  }
  CHECK(saw_numeric);
  CHECK(saw_cloze);
}

TEST_CASE("preferred types: recognition while young, recall once stable, reverse and fact-or-opinion by card") {
  const Content content = load();
  const Fact& rd = *content.articles[0].find_fact("rd");
  CardRow young;
  young.state = 2;
  young.stability = kRecallStart - 0.01;
  CHECK(is_recognition(preferred_types(young, rd, 1).front()));
  CardRow stable = young;
  stable.stability = kRecallStability;
  CHECK(preferred_types(stable, rd, 1).front() == QuestionType::Numeric);
  CHECK(preferred_types(stable, *content.articles[0].find_fact("plan"), 1).front() == QuestionType::Cloze);
  CardRow relearning = stable;
  relearning.state = 3;
  CHECK(is_recognition(preferred_types(relearning, rd, 1).front()));
  CardRow reverse;
  reverse.direction = 1;
  CHECK(preferred_types(reverse, *content.articles[0].find_fact("fund"), 1).front() == QuestionType::Reverse);
  CHECK(preferred_types(CardRow{}, *content.articles[0].find_fact("view"), 1).front() == QuestionType::FactOrOpinion);
  // The seed picks between multiple choice and true/false, so both appear.
  bool mcq = false, tf = false;
  for (std::uint64_t seed = 0; seed < 32; ++seed) {
    const QuestionType first = preferred_types(CardRow{}, rd, seed).front();
    mcq |= first == QuestionType::Mcq;
    tf |= first == QuestionType::TrueFalse;
  }
  CHECK(mcq);
  CHECK(tf);
}

TEST_CASE("the outcome maps to a rating: wrong Again, slow Hard, fast recall Easy, otherwise Good") {
  StudySettings s;  // slow 20 s, fast 8 s
  struct Case {
    bool correct;
    QuestionType type;
    int ms;
    Rating want;
  };
  const Case cases[] = {
      {false, QuestionType::Cloze, 1000, Rating::Again}, {false, QuestionType::Mcq, 0, Rating::Again},
      {true, QuestionType::Mcq, 25000, Rating::Hard},    {true, QuestionType::Cloze, 25000, Rating::Hard},
      {true, QuestionType::Mcq, 2000, Rating::Good},     {true, QuestionType::Cloze, 2000, Rating::Easy},
      {true, QuestionType::Numeric, 7999, Rating::Easy}, {true, QuestionType::Numeric, 8000, Rating::Good},
      {true, QuestionType::Cloze, 20000, Rating::Good},  {true, QuestionType::Cloze, 0, Rating::Good},
      {true, QuestionType::TrueFalse, 1, Rating::Good},
  };
  for (const Case& c : cases) {
    CAPTURE(c.ms);
    CHECK(automatic_rating(c.correct, c.type, c.ms, s) == c.want);
  }
}

TEST_CASE("grading per type") {
  Question mcq;
  mcq.type = QuestionType::Mcq;
  mcq.options = {"a", "b", "c"};
  mcq.answer = 1;
  Response r;
  r.choice = 1;
  CHECK(grade(mcq, r));
  r.choice = -1;
  CHECK_FALSE(grade(mcq, r));
  Question tf;
  tf.type = QuestionType::TrueFalse;
  tf.truth = false;
  r.truth = false;
  CHECK(grade(tf, r));
  Question cloze;
  cloze.type = QuestionType::Cloze;
  cloze.accept = {"Big Fund"};
  r.text = "the big fund";
  CHECK(grade(cloze, r));
  bool typo = false;
  r.text = "Big Fnud";
  CHECK(grade(cloze, r, &typo) == typo);  // answer.h decides what a typo is; a slip is flagged when accepted
  r.text = "Small Fund";
  CHECK_FALSE(grade(cloze, r));
  Question num;
  num.type = QuestionType::Numeric;
  num.value = 7;
  num.unit = "%";
  r.text = "7 percent";
  CHECK(grade(num, r));
  r.text = "9";
  CHECK_FALSE(grade(num, r));
  Question order;
  order.type = QuestionType::Order;
  order.order = {2, 0, 1};
  r.order = {2, 0, 1};
  CHECK(grade(order, r));
  r.order = {0, 2, 1};
  CHECK_FALSE(grade(order, r));
  Question match;
  match.type = QuestionType::Match;
  match.pairs = {1, 0};
  r.pairs = {1, 0};
  CHECK(grade(match, r));
  r.choice = 1;
  CHECK(response_text(mcq, r) == "b");
}

TEST_CASE("override changes the stored rating and schedule in place; undo restores the card exactly") {
  const Content content = load();
  auto store = open_store("override_undo");
  StudySession s(content, *store, StudySettings{});
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-01-05T09:00:00Z");
  auto p = s.next(t);
  REQUIRE(p);
  const CardRow before = *store->card(p->card.id);
  Outcome o;
  REQUIRE(s.answer(*p, respond(p->question, true), t, o).ok());
  CHECK(s.answer(*p, respond(p->question, true), t, o).message() == "this question was already answered");
  REQUIRE(s.override_rating(*p, o, Rating::Easy, t).ok());
  CHECK(store->review_count() == 1);
  CHECK(store->review(o.review_id)->rating == 4);
  CHECK(store->review(o.review_id)->auto_rating == 3);
  CHECK(store->card(p->card.id)->scheduled_days == 8);
  CHECK(o.after.due == t + 8 * 86400);

  std::string what;
  REQUIRE(s.undo(t, &what).ok());  // first the rating change, then the answer
  CHECK(what.rfind("Undid the rating change to Easy (back to Good)", 0) == 0);
  CHECK(store->review(o.review_id)->rating == 3);
  CHECK(store->card(p->card.id)->due == t + 600);
  REQUIRE(s.undo(t, &what).ok());
  CHECK(what.rfind("Undid the answer (Good) to", 0) == 0);
  const CardRow restored = *store->card(p->card.id);
  CHECK(restored.state == before.state);
  CHECK(restored.stability == before.stability);
  CHECK(restored.difficulty == before.difficulty);
  CHECK(restored.reps == before.reps);
  CHECK(restored.due == before.due);
  CHECK(restored.last_review == before.last_review);
  CHECK(store->review_count() == 0);
  auto back = s.next(t);  // the undone card comes back, with the same question
  REQUIRE(back);
  CHECK(back->card.id == p->card.id);
  CHECK(back->question.prompt == p->question.prompt);
  CHECK_FALSE(s.undo(t).ok());  // nothing left to undo in this session
}

TEST_CASE("suspended cards leave the queue until unsuspended") {
  const Content content = load();
  auto store = open_store("suspend");
  StudySettings settings;
  settings.new_per_day = 1;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-01-05T09:00:00Z");
  auto p = s.next(t);
  REQUIRE(p);
  REQUIRE(s.suspend(p->card.id, true).ok());
  auto q = s.next(t);
  REQUIRE(q);
  CHECK(q->card.id != p->card.id);
  CHECK(s.counts(t).suspended == 1);
  REQUIRE(s.suspend(p->card.id, false).ok());
  CHECK(s.next(t)->card.id == p->card.id);
}

TEST_CASE("content changes: new facts get cards, edited ones keep history, removed ones hide, returning ones unhide") {
  auto store = open_store("sync");
  const Content original = load();
  StudySession s(original, *store, StudySettings{});
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-01-05T09:00:00Z");
  const Outcome first = answer(s, t);  // the first card: "plan"
  const std::int64_t plan = store->find_card("a", "plan", 0)->id;
  CHECK(first.after.id == plan);

  // "plan" edited (new wording), "year" removed, "extra" added.
  std::string edited = kFacts;
  edited.replace(edited.find("The 15th Five-Year Plan covers"), 30, "China's 15th Five-Year Plan spans");
  edited = edited.substr(0, edited.find("[[fact]]\nid = \"year\"")) +
           "[[fact]]\nid = \"extra\"\nkind = \"year\"\nquestion = \"When?\"\nanswer = 2020\nstatement = \"In {answer}.\"\n";
  const Content changed = load(edited);
  StudySession s2(changed, *store, StudySettings{});
  REQUIRE(s2.sync_cards(t).ok());
  CHECK(store->find_card("a", "plan", 0)->id == plan);
  CHECK(store->reviews_of(plan).size() == 1);
  CHECK(store->find_card("a", "year", 0)->hidden);
  CHECK(store->find_card("a", "extra", 0).has_value());
  while (auto p = s2.next(t + 86400 * 30)) {
    CHECK(p->card.fact != "year");
    Outcome o;
    REQUIRE(s2.answer(*p, respond(p->question, true), t + 86400 * 30, o).ok());
  }
  StudySession s3(original, *store, StudySettings{});
  REQUIRE(s3.sync_cards(t).ok());
  CHECK_FALSE(store->find_card("a", "year", 0)->hidden);
  CHECK(store->find_card("a", "extra", 0)->hidden);
}

TEST_CASE("content replaced in place (as the desktop reloads it): the same session asks the new wording") {
  auto store = open_store("in-place");
  Content content = load();
  StudySession s(content, *store, StudySettings{});
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds t = at("2026-01-05T09:00:00Z");
  // Questions about the old content fill the session's look-ups (aliases, classes, wrong answers).
  for (int i = 0; i < 4; ++i) answer(s, t + i);

  std::string edited = kFacts;
  auto reword = [&](const std::string& from, const std::string& to) { edited.replace(edited.find(from), from.size(), to); };
  reword("What is the National Integrated Circuit Industry Investment Fund often called?", "Which name, reworded, is the chip fund known by?");
  reword("The National Integrated Circuit Industry Investment Fund is often called the {answer}.", "The chip fund, reworded, goes by the name {answer}.");
  content = load(edited);  // the old articles, facts and strings are gone
  REQUIRE(s.sync_cards(t).ok());
  std::optional<Prompt> fund;
  for (int day = 1; day < 10 && !fund; ++day)
    while (auto p = s.next(t + 86400 * day)) {
      if (p->card.fact == "fund" && p->card.direction == 0) {
        fund = std::move(p);
        break;
      }
      Outcome o;
      REQUIRE(s.answer(*p, respond(p->question, true), t + 86400 * day, o).ok());
    }
  REQUIRE(fund);
  INFO(fund->question.prompt);
  CHECK(fund->question.prompt.find("reworded") != std::string::npos);
}

TEST_CASE("elapsed days count local study days, not 24-hour spans") {
  const Content content = load();
  auto store = open_store("elapsed");
  StudySettings settings;
  settings.new_per_day = 1;
  settings.utc_offset_minutes = 60;
  StudySession s(content, *store, settings);
  REQUIRE(s.sync_cards(0).ok());
  const UnixSeconds evening = at("2026-01-05T21:00:00Z");  // 22:00 local
  auto p = s.next(evening);
  REQUIRE(p);
  Outcome o;
  REQUIRE(s.answer(*p, respond(p->question, true), evening, o).ok());
  REQUIRE(s.override_rating(*p, o, Rating::Easy, evening).ok());
  // 8 days later at 05:00 local is 7 days and 7 hours after, but 8 study days.
  const UnixSeconds t = at("2026-01-13T04:00:00Z");
  auto q = s.next(t);
  REQUIRE(q);
  REQUIRE(s.answer(*q, respond(q->question, true), t, o).ok());
  CHECK(store->review(o.review_id)->elapsed_days == 8);
}

TEST_CASE("settings load and save through the settings table; bad values are refused or fall back") {
  auto store = open_store("settings");
  StudySettings s;
  s.desired_retention = 0.85;
  s.new_per_day = 7;
  s.rollover_hour = 3;
  s.utc_offset_minutes = 120;
  s.fuzz = true;
  s.learn_ahead_minutes = 15;
  REQUIRE(save_study_settings(*store, s).ok());
  const StudySettings loaded = load_study_settings(*store);
  CHECK(loaded.desired_retention == 0.85);
  CHECK(loaded.new_per_day == 7);
  CHECK(loaded.rollover_hour == 3);
  CHECK(loaded.utc_offset_minutes == 0);  // belongs to the machine, not saved
  CHECK(loaded.fuzz);
  CHECK(loaded.learn_ahead_minutes == 15);
  CHECK(fsrs_config(loaded).desired_retention == 0.85);
  StudySettings bad = s;
  bad.desired_retention = 1.5;
  CHECK_FALSE(save_study_settings(*store, bad).ok());
  bad = s;
  bad.rollover_hour = 24;
  CHECK_FALSE(save_study_settings(*store, bad).ok());
  REQUIRE(store->set_setting("study.new_per_day", "lots").ok());
  CHECK(load_study_settings(*store).new_per_day == 20);  // an unreadable value takes its default
  CHECK(load_study_settings(*store).rollover_hour == 3);  // the others stay
  REQUIRE(store->set_setting("study.rollover_hour", "99").ok());
  CHECK(load_study_settings(*store).rollover_hour == StudySettings{}.rollover_hour);
}
