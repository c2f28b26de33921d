// Question generation: types per kind, distractors by kind and difficulty, fallbacks, make_quiz, golden seed questions.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "factdeck/answer.h"
#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "factdeck/quiz_format.h"
#include "generate/content_index.h"

#include "test_facts.h"

using namespace factdeck;

namespace {

using test::fact;

Content make_content() {
  Content c;
  c.classes.push_back({"media", "Chinese state media", {"CCTV", "Xinhua", "CGTN", "China Daily", "Global Times", "People's Daily"}, "", {}});
  c.classes.push_back({"tech", "Technology fields", {"semiconductors", "artificial intelligence", "robotics", "biotechnology", "6G", "new materials"}, "", {}});
  Article a;
  a.id = "plan";
  a.title = "The plan";
  Fact f = fact("escalation", Kind::Year, "In which year did US controls begin to escalate?", "US controls began to escalate in {answer}.");
  f.year = 2022;
  a.facts.push_back(f);
  f = fact("fyp15", Kind::Period, "Which years does China's 15th Five-Year Plan cover?", "China's 15th Five-Year Plan covers {answer}.");
  f.period = {2026, 2030};
  a.facts.push_back(f);
  f = fact("fyp14", Kind::Period, "Which years does China's 14th Five-Year Plan cover?", "China's 14th Five-Year Plan covers {answer}.");
  f.period = {2021, 2025};
  a.facts.push_back(f);
  f = fact("target", Kind::Year, "By which year should strength 'significantly rise'?", "By {answer}, strength should 'significantly rise'.");
  f.year = 2035;
  a.facts.push_back(f);
  f = fact("objectives", Kind::Year, "For which year did the outline set objectives?", "The outline set objectives for {answer}.");
  f.year = 2040;
  a.facts.push_back(f);
  f = fact("closed", Kind::Date, "On which day did the plenum close?", "The plenum closed on {answer}.");
  f.date = {2025, 10, 23};
  a.facts.push_back(f);
  f = fact("rd", Kind::Number, "By how much a year is R&D spending projected to rise?", "R&D spending is projected to rise by {answer} a year.");
  f.number = {7, "%", "more than", 0};
  a.facts.push_back(f);
  f = fact("capital", Kind::Number, "What is the registered capital of Phase III?", "Phase III was registered with {answer}.");
  f.number = {344, "billion yuan", "", 0};
  a.facts.push_back(f);
  f = fact("cctv", Kind::Name, "Which state media outlet reported the proposal?", "State broadcaster {answer} reported the proposal.");
  f.text = "CCTV";
  f.class_id = "media";
  f.original = "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0";
  a.facts.push_back(f);
  f = fact("paradox", Kind::Name, "What have the controls paradoxically done to industrial policy?",
           "The controls have paradoxically {answer} industrial policy.");
  f.text = "galvanized";
  f.distractors = {"derailed", "stalled", "weakened"};
  a.facts.push_back(f);
  f = fact("lonely", Kind::Name, "Who chaired the meeting?", "The meeting was chaired by {answer}.");
  f.text = "Li Qiang";
  f.distractors = {"Zhao Leji"};  // one wrong answer only: no multiple choice
  a.facts.push_back(f);
  f = fact("sectors", Kind::List, "Which sectors does the article name?", "The article names {answer} among the sectors.");
  f.items = {"semiconductors", "artificial intelligence", "robotics"};
  f.class_id = "tech";
  a.facts.push_back(f);
  f = fact("big-fund", Kind::Alias, "What is the National Integrated Circuit Industry Investment Fund often called?",
           "The National Integrated Circuit Industry Investment Fund is often called the {answer}.");
  f.text = "Big Fund";
  f.subject = "National Integrated Circuit Industry Investment Fund";
  f.distractors = {"Little Fund", "Chip Fund", "Silicon Fund"};
  a.facts.push_back(f);
  f = fact("habibi", Kind::Opinion, "What did Habibi say?", "Habibi said: {answer}");
  f.text = "Investing in R&D is always a win.";
  f.speaker = "Habibi";
  a.facts.push_back(f);
  c.articles.push_back(a);
  return c;
}

const Fact& get(const Content& c, const char* id) { return *c.articles[0].find_fact(id); }

std::vector<int> years_of(const Question& q) {
  std::vector<int> v;
  for (const auto& o : q.options) v.push_back(std::atoi(o.c_str()));
  return v;
}

Question must(const std::optional<Question>& q) {
  REQUIRE(q.has_value());
  return *q;
}

}  // namespace

TEST_CASE("types_for: each kind gets the types it supports") {
  const Content c = make_content();
  using T = QuestionType;
  auto has = [&](const char* id, T t) {
    const auto v = types_for(get(c, id));
    return std::find(v.begin(), v.end(), t) != v.end();
  };
  CHECK(has("escalation", T::Order));
  CHECK_FALSE(has("escalation", T::Numeric));
  CHECK(has("capital", T::Numeric));
  CHECK_FALSE(has("rd", T::Numeric));  // "more than 7%" is no exact figure to type
  CHECK(has("cctv", T::Match));
  CHECK_FALSE(has("cctv", T::Reverse));  // a name without a subject has no reverse
  CHECK(types_for(get(c, "habibi")) == std::vector<T>{T::FactOrOpinion});
  for (const char* id : {"escalation", "fyp15", "capital", "cctv", "big-fund"}) {
    CHECK(has(id, T::Mcq));
    CHECK(has(id, T::TrueFalse));
    CHECK(has(id, T::Cloze) == (std::string(id) != "big-fund"));  // "the ____" after "...Investment Fund" shows "Fund"
  }
  // "More than 7%" makes 5% true too, as an option or typed: only a statement, its false value above 7%. A list is
  // asked as statements (a blank in it has every other plausible member for an answer).
  CHECK(types_for(get(c, "rd")) == std::vector<T>{T::TrueFalse});
  CHECK(types_for(get(c, "sectors")) == std::vector<T>{T::TrueFalse, T::FactOrOpinion});
  CHECK(!generate_question(c, c.articles[0], get(c, "cctv"), T::Numeric, Difficulty::Medium, 1));
}

TEST_CASE("years: the story's own years first, then steps that follow the difficulty, give or take a year") {
  const Content c = make_content();
  const Fact& f = get(c, "escalation");
  std::set<int> story;  // the years of the article's other facts
  for (const auto& g : c.articles[0].facts)
    if (&g != &f && (g.kind == Kind::Year || g.kind == Kind::Date)) story.insert(g.kind == Kind::Year ? g.year : g.date.year);
  std::set<int> key_ranks;
  bool saw_story = false;
  int uneven = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed)
    for (auto [d, step] : {std::pair{Difficulty::Hard, 2}, {Difficulty::Medium, 3}, {Difficulty::Easy, 5}}) {
      const Question q = must(generate_question(c, c.articles[0], f, QuestionType::Mcq, d, seed));
      const auto y = years_of(q);
      REQUIRE(y.size() == 4);
      CHECK(y[static_cast<std::size_t>(q.answer)] == 2022);
      CHECK(std::is_sorted(y.begin(), y.end()));
      std::set<int> gaps;
      for (std::size_t i = 1; i < y.size(); ++i) {
        const int gap = y[i] - y[i - 1];
        gaps.insert(gap);
        CHECK(gap >= 2);  // never a year apart
      }
      for (int v : y) {
        const bool stepped = std::abs(v - 2022) <= 3 * (step + 1);
        const bool real = story.count(v) && std::abs(v - 2022) >= 2;
        CHECK_MESSAGE((stepped || real), v << " at step " << step);
        saw_story |= real && v != 2022;
      }
      uneven += gaps.size() > 1 ? 1 : 0;
      if (d == Difficulty::Hard) key_ranks.insert(q.answer);
    }
  CHECK(saw_story);
  CHECK(key_ranks.size() >= 3);  // the key is not always at one end
  CHECK(uneven >= 45);  // of 90: most option sets are no even ladder
}

TEST_CASE("periods: same span, never nested, with the real neighbouring period of the content") {
  const Content c = make_content();
  const Fact& f = get(c, "fyp15");
  bool saw_real = false;
  for (std::uint64_t seed = 1; seed <= 30; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const Question q = must(generate_question(c, c.articles[0], f, QuestionType::Mcq, d, seed));
      for (const auto& o : q.options) {
        const int from = std::atoi(o.c_str()), to = std::atoi(o.c_str() + 5);
        CHECK(to - from == 4);
        if (d != Difficulty::Hard) CHECK((from - 2026) % 5 == 0);  // shifted by whole spans
        saw_real = saw_real || o == "2021-2025";
      }
      if (d == Difficulty::Hard) {
        const auto y = years_of(q);
        CHECK(y.back() - y.front() <= 8);  // shifted by 1-2 years
      }
    }
  CHECK(saw_real);
}

TEST_CASE("numbers: ratios set by difficulty, same unit and precision, plain figures for 'more than'") {
  const Content c = make_content();
  const Fact& cap = get(c, "capital");
  double spread[3] = {0, 0, 0};
  const Difficulty ds[3] = {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard};
  for (int i = 0; i < 3; ++i)
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      const Question q = must(generate_question(c, c.articles[0], cap, QuestionType::Mcq, ds[i], seed));
      std::vector<double> v;
      for (const auto& o : q.options) {
        const auto n = parse_number_text(o);
        REQUIRE(n);
        CHECK(n->unit == "billion yuan");
        CHECK(n->decimals == 0);
        v.push_back(n->value);
      }
      CHECK(std::is_sorted(v.begin(), v.end()));
      spread[i] += v.back() / v.front() / 20;
    }
  CHECK(spread[0] > spread[1]);  // easy spreads wider than medium
  CHECK(spread[1] > spread[2]);  // medium wider than hard
  CHECK(!generate_question(c, c.articles[0], get(c, "rd"), QuestionType::Mcq, Difficulty::Medium, 3));  // "more than 7%"
}

TEST_CASE("numbers: a small measured figure steps by a plain amount (1.0, 1.5, 2.0, 2.5), never a hair apart") {
  Content c = make_content();
  Fact f = fact("warming", Kind::Number, "To how much warming does the goal seek to limit the rise?", "The goal is to limit warming to {answer}.");
  f.number = {1.5, "degrees Celsius", "", 1};
  c.articles[0].facts.push_back(f);
  const Difficulty ds[3] = {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard};
  for (Difficulty d : ds)
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      const Question q = must(generate_question(c, c.articles[0], get(c, "warming"), QuestionType::Mcq, d, seed));
      std::vector<double> v;
      for (const auto& o : q.options) v.push_back(parse_number_text(o)->value);
      std::sort(v.begin(), v.end());
      const double step = v[1] - v[0];
      for (std::size_t i = 1; i < v.size(); ++i) CHECK(std::fabs(v[i] - v[i - 1] - step) < 1e-9);  // evenly spaced
      CHECK(step >= (d == Difficulty::Hard ? 0.2 : 0.5) - 1e-9);
      CHECK(v.front() > 0);
    }
}

TEST_CASE("names: authored distractors first, never an alias or a list member") {
  const Content c = make_content();
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const Question p = must(generate_question(c, c.articles[0], get(c, "paradox"), QuestionType::Mcq, Difficulty::Medium, seed));
    std::set<std::string> opts(p.options.begin(), p.options.end());
    CHECK(opts == std::set<std::string>{"galvanized", "derailed", "stalled", "weakened"});
    const Question t = must(generate_question(c, c.articles[0], get(c, "cctv"), QuestionType::Mcq, Difficulty::Hard, seed));
    for (const auto& o : t.options) CHECK(o != "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0");
  }
}

TEST_CASE("true/false: both truths, false values swapped in, never a 'not', 'more than' made false by 'less than'") {
  const Content c = make_content();
  int trues = 0, falses = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const Question q = must(generate_question(c, c.articles[0], get(c, "rd"), QuestionType::TrueFalse, Difficulty::Hard, seed));
    (q.truth ? trues : falses)++;
    CHECK(q.statement.find(" not ") == std::string::npos);
    if (!q.truth) {
      // "More than 5%" would be true as well, and "more than 9%" may be: "less than 7%" is plainly false.
      const auto at = q.statement.find("less than ");
      REQUIRE(at != std::string::npos);
      CHECK(std::atof(q.statement.c_str() + at + 10) == 7);
    }
  }
  CHECK(trues > 10);
  CHECK(falses > 10);
}

TEST_CASE("cloze: the blank takes the figure; aliases and other forms are accepted") {
  const Content c = make_content();
  const Question cap = must(generate_question(c, c.articles[0], get(c, "capital"), QuestionType::Cloze, Difficulty::Medium, 1));
  CHECK(cap.text == "Phase III was registered with ____ billion yuan.");
  CHECK(check_answer(cap, "344").correct);
  CHECK(check_answer(cap, "344 billion yuan").correct);
  const Question cctv = must(generate_question(c, c.articles[0], get(c, "cctv"), QuestionType::Cloze, Difficulty::Medium, 1));
  CHECK(cctv.text == "State broadcaster ____ reported the proposal.");
  CHECK(check_answer(cctv, "cctv").correct);
  CHECK(check_answer(cctv, "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0").correct);
  const Question fyp = must(generate_question(c, c.articles[0], get(c, "fyp15"), QuestionType::Cloze, Difficulty::Medium, 1));
  CHECK(check_answer(fyp, "2026 to 2030").correct);
}

TEST_CASE("cloze: a name's blank says the noun its question asks for, unless the sentence names it") {
  Content c = make_content();
  c.classes.push_back({"cities", "Host cities", {"Baku", "Belem", "Dubai", "Glasgow", "Sharm el-Sheikh"}, "", {}});
  Fact f = fact("host", Kind::Name, "According to the article, which city will host COP29?", "COP29 will be hosted by {answer}.");
  f.text = "Baku";
  f.class_id = "cities";
  c.articles[0].facts.push_back(f);
  f = fact("bc", Kind::Name, "Which broadcaster reported the proposal?", "State broadcaster {answer} reported the proposal.");
  f.text = "CCTV";
  f.class_id = "media";
  c.articles[0].facts.push_back(f);
  const Question host = must(generate_question(c, c.articles[0], get(c, "host"), QuestionType::Cloze, Difficulty::Medium, 1));
  CHECK(host.text == "COP29 will be hosted by ____ (city).");
  CHECK(check_answer(host, "Baku").correct);
  CHECK(check_question(host, c).empty());
  // "State broadcaster ____": the sentence already says what the blank wants.
  const Question bc = must(generate_question(c, c.articles[0], get(c, "bc"), QuestionType::Cloze, Difficulty::Medium, 1));
  CHECK(bc.text == "State broadcaster ____ reported the proposal.");
}

TEST_CASE("a question whose wrong answers cannot pass falls back to a format that needs none") {
  const Content c = make_content();
  const auto q = generate_question(c, c.articles[0], get(c, "lonely"), QuestionType::Mcq, Difficulty::Medium, 1);
  REQUIRE(q);
  // A name without a class gets no blank (its author's phrase has paraphrases): a true statement instead.
  CHECK(q->type == QuestionType::TrueFalse);
  CHECK(q->truth);
  CHECK(check_question(*q, c).empty());
}

TEST_CASE("order: dated events only; deadlines ('by 2035') and dates 'for' a year left out") {
  const Content c = make_content();
  const Question q = must(generate_question(c, c.articles[0], get(c, "escalation"), QuestionType::Order, Difficulty::Hard, 2));
  CHECK(q.items.size() >= 3);
  CHECK(q.items.size() <= 6);
  for (const auto& id : q.facts) {
    CHECK(id != "objectives");  // "objectives for 2040" is not when anything happened
    CHECK(id != "target");      // "by 2035" is a deadline, not an event
  }
  CHECK(check_question(q, c).empty());
  CHECK(!generate_question(c, c.articles[0], get(c, "objectives"), QuestionType::Order, Difficulty::Hard, 2));
}

TEST_CASE("fact-or-opinion: the opinion's own words or a claim of the same shape, under one stem that names no one") {
  const Content c = make_content();
  const Question op = must(generate_question(c, c.articles[0], get(c, "habibi"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
  CHECK(op.options == std::vector<std::string>{"Reported fact", "Opinion"});
  CHECK(op.answer == 1);
  CHECK(op.statement == "Investing in R&D is always a win.");
  CHECK(op.prompt == "Reported fact or quoted opinion? Investing in R&D is always a win.");
  const Question fa = must(generate_question(c, c.articles[0], get(c, "cctv"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
  CHECK(fa.answer == 0);
  CHECK(fa.statement == "State broadcaster CCTV reported the proposal.");
  CHECK(fa.prompt == "Reported fact or quoted opinion? State broadcaster CCTV reported the proposal.");  // the same stem as the opinion's
  // A bare figure or date tests nothing about telling fact from opinion; the writer's reading of events
  // ("paradoxically") could fairly be called an opinion.
  CHECK(!generate_question(c, c.articles[0], get(c, "escalation"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
  CHECK(!generate_question(c, c.articles[0], get(c, "paradox"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));

  // A signed reader: the stem names no one, so a reported fact is not offered as a named person's words; the
  // opinion's feedback says whose it is.
  Content readers = make_content();
  for (auto& f : readers.articles[0].facts)
    if (f.id == "habibi") f.speaker = "a reader from Tampere signing as \"Kaisa L.\"";
  const Question sop = must(generate_question(readers, readers.articles[0], get(readers, "habibi"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
  CHECK(sop.prompt.find("Reported fact or quoted opinion? ") == 0);
  CHECK(sop.note.find("The opinion of a reader from Tampere signing as \"Kaisa L.\".") == 0);
  const Question sfa = must(generate_question(readers, readers.articles[0], get(readers, "cctv"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
  CHECK(sfa.prompt.find("Reported fact or quoted opinion? ") == 0);
  CHECK(sfa.prompt.find('"') == std::string::npos);  // no quotation marks: a reported fact is no one's quote
  CHECK(sfa.prompt.find("Kaisa") == std::string::npos);

  // A fragment of a citation is no sentence a student can judge (blind reading 25); a sentence opening with a
  // figure is.
  Content fragment = make_content();
  for (auto& f : fragment.articles[0].facts)
    if (f.id == "habibi") f.text = "for his resolute efforts to bring the war to an end";
  CHECK(!generate_question(fragment, fragment.articles[0], get(fragment, "habibi"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
  for (auto& f : fragment.articles[0].facts)
    if (f.id == "habibi") f.text = "30% is a minimum, not a victory.";
  CHECK(generate_question(fragment, fragment.articles[0], get(fragment, "habibi"), QuestionType::FactOrOpinion, Difficulty::Medium, 1));
}

TEST_CASE("generate_question: same inputs, same question; other seeds, other questions") {
  const Content c = make_content();
  std::set<std::string> seen;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    Quiz a, b;
    a.questions = {must(generate_question(c, c.articles[0], get(c, "capital"), QuestionType::Mcq, Difficulty::Medium, seed))};
    b.questions = {must(generate_question(c, c.articles[0], get(c, "capital"), QuestionType::Mcq, Difficulty::Medium, seed))};
    CHECK(quiz_to_json(a) == quiz_to_json(b));
    seen.insert(quiz_to_json(a));
  }
  CHECK(seen.size() > 5);
}

// A call without an index of the caller's makes its own, so a content edited in place, or assigned another
// loaded content at the same address, is read afresh: nothing is cached between calls.
TEST_CASE("generate_question: a content changed between calls is read afresh") {
  Content c = make_content();
  auto paradox_options = [&] {
    const Question q = must(generate_question(c, c.articles[0], get(c, "paradox"), QuestionType::Mcq, Difficulty::Medium, 1));
    return std::set<std::string>(q.options.begin(), q.options.end());
  };
  CHECK(paradox_options() == std::set<std::string>{"galvanized", "derailed", "stalled", "weakened"});

  // An edited article: one wrong answer rewritten in place (same length, same buffer).
  Fact& paradox = c.articles[0].facts[9];
  REQUIRE(paradox.id == "paradox");
  paradox.distractors[0] = "diverted";
  CHECK(paradox_options() == std::set<std::string>{"galvanized", "diverted", "stalled", "weakened"});

  // A reload: another content assigned over this one, element by element, at the same addresses.
  Content reloaded = make_content();
  reloaded.articles[0].facts[9].distractors = {"hindered", "stalled", "weakened"};
  const Fact* before = &c.articles[0].facts[9];
  c = reloaded;
  REQUIRE(&c.articles[0].facts[9] == before);
  CHECK(paradox_options() == std::set<std::string>{"galvanized", "hindered", "stalled", "weakened"});

  // A lexicon class renamed in place: the wrong answers drawn from it follow.
  c = make_content();
  for (auto& m : c.classes[0].members)
    if (m == "Xinhua") m = "Xinhuo";
  bool renamed_seen = false;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const Question q = must(generate_question(c, c.articles[0], get(c, "cctv"), QuestionType::Mcq, Difficulty::Hard, seed));
    for (const auto& o : q.options) {
      CHECK(o != "Xinhua");
      renamed_seen = renamed_seen || o == "Xinhuo";
    }
  }
  CHECK(renamed_seen);

  // A new alias makes a former wrong answer right: it must no longer be offered as wrong.
  c = make_content();
  Fact alias;
  alias.id = "nickname";
  alias.kind = Kind::Alias;
  alias.question = "What is the National Integrated Circuit Industry Investment Fund also called?";
  alias.statement = "The National Integrated Circuit Industry Investment Fund is also called the {answer}.";
  alias.subject = "National Integrated Circuit Industry Investment Fund";
  alias.text = "Chip Fund";
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const Question q = must(generate_question(c, c.articles[0], get(c, "big-fund"), QuestionType::Mcq, Difficulty::Medium, seed));
    CHECK(check_question(q, c).empty());
  }
  c.articles[0].facts.push_back(alias);
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const Question q = must(generate_question(c, c.articles[0], get(c, "big-fund"), QuestionType::Mcq, Difficulty::Medium, seed));
    for (std::size_t i = 0; i < q.options.size(); ++i)
      if (static_cast<int>(i) != q.answer) CHECK(q.options[i] != "Chip Fund");
  }
}

// The index is the caller's: one per content, made anew after an edit. Two contents (the original and an edited
// copy) each get their own answers from their own index, side by side, whatever the addresses.
TEST_CASE("ContentIndex: each content's questions come from its own index") {
  const Content original = make_content();
  Content edited = make_content();
  edited.articles[0].facts[9].distractors = {"diverted", "stalled", "weakened"};
  const ContentIndex a(original), b(edited);
  CHECK(&a.content() == &original);
  auto options = [](const ContentIndex& ix) {
    const Article& art = ix.content().articles[0];
    const Question q = must(generate_question(ix, art, art.facts[9], QuestionType::Mcq, Difficulty::Medium, 1));
    return std::set<std::string>(q.options.begin(), q.options.end());
  };
  CHECK(options(a) == std::set<std::string>{"galvanized", "derailed", "stalled", "weakened"});
  CHECK(options(b) == std::set<std::string>{"galvanized", "diverted", "stalled", "weakened"});
  CHECK(options(a) == std::set<std::string>{"galvanized", "derailed", "stalled", "weakened"});
}

TEST_CASE("make_quiz: the count, varied types, each fact once when it can, balanced keys and truths") {
  const Content c = make_content();
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    QuizSelection sel;
    sel.count = 10;
    sel.seed = seed;
    const Quiz quiz = make_quiz(c, sel);
    CHECK(quiz.questions.size() == 10);
    std::map<QuestionType, int> by_type;
    std::set<std::string> facts;
    for (const auto& q : quiz.questions) {
      ++by_type[q.type];
      for (const auto& id : q.facts) facts.insert(id);
      CHECK(check_question(q, c).empty());
    }
    CHECK(by_type.size() >= 4);
    for (const auto& [t, n] : by_type) CHECK(n <= 5);
    CHECK(check_quiz(quiz.questions, c).empty());
  }
  QuizSelection only;
  only.types = {QuestionType::TrueFalse};
  only.count = 9;
  const Quiz tf = make_quiz(c, only);
  const TrueShare s = true_false_share(tf.questions);
  CHECK(s.total == 9);
  CHECK(s.true_count >= 4);
  CHECK(s.true_count <= 5);
  QuizSelection none;
  none.articles = {"no-such-article"};
  CHECK(make_quiz(c, none).questions.empty());
}

// Golden questions of the seed article, one or more per type, checked by hand when written.
// Regenerate with FACTDECK_UPDATE_GOLDEN=1 after a deliberate change, and read the diff.
TEST_CASE("golden questions of the seed article") {
  const LoadResult r = load_content(std::string(FACTDECK_SOURCE_DIR) + "/content");
  const Content& c = r.content;
  const Article* seed_article = c.find_article("china-tech-self-reliance-2025");
  REQUIRE(seed_article);
  struct Pick {
    const char* fact;
    QuestionType type;
    Difficulty difficulty;
    std::uint64_t seed;
    const char* article = nullptr;  // another article of content/ than the seed one
  };
  const Pick picks[] = {
      {"fyp15-period", QuestionType::Mcq, Difficulty::Medium, 1},
      {"phase3-capital", QuestionType::Mcq, Difficulty::Hard, 1, "big-fund-phases"},
      {"cctv", QuestionType::Mcq, Difficulty::Medium, 1},
      {"sectors-singled-out", QuestionType::TrueFalse, Difficulty::Easy, 1},
      {"fyp15-period", QuestionType::TrueFalse, Difficulty::Medium, 2},
      {"rd-growth", QuestionType::TrueFalse, Difficulty::Medium, 1},
      {"us-controls-restrict", QuestionType::TrueFalse, Difficulty::Medium, 1},
      {"phase3-capital", QuestionType::Cloze, Difficulty::Medium, 1, "big-fund-phases"},
      {"conclave-body", QuestionType::Cloze, Difficulty::Medium, 1},
      {"cctv", QuestionType::Cloze, Difficulty::Medium, 1},
      {"big-fund-alias", QuestionType::Reverse, Difficulty::Hard, 1},
      {"oct-2022-rules", QuestionType::Order, Difficulty::Medium, 1, "us-chip-export-controls"},
      {"phase2-capital", QuestionType::Numeric, Difficulty::Medium, 1, "big-fund-phases"},
      {"phase3-capital", QuestionType::Numeric, Difficulty::Easy, 1, "big-fund-phases"},
      {"comment-habibi", QuestionType::FactOrOpinion, Difficulty::Medium, 1},
      {"us-controls-restrict", QuestionType::FactOrOpinion, Difficulty::Medium, 1},
  };
  Quiz quiz;
  for (const auto& p : picks) {
    const Article* a = p.article ? c.find_article(p.article) : seed_article;
    REQUIRE_MESSAGE(a, p.article);
    const Fact* f = a->find_fact(p.fact);
    REQUIRE_MESSAGE(f, p.fact);
    const auto q = generate_question(c, *a, *f, p.type, p.difficulty, p.seed);
    REQUIRE_MESSAGE(q, p.fact << " " << type_name(p.type));
    CHECK_MESSAGE(q->type == p.type, p.fact << " fell back from " << type_name(p.type));
    CHECK(check_question(*q, c).empty());
    quiz.questions.push_back(*q);
  }
  const std::string json = quiz_to_json(quiz);
  const std::string path = std::string(FACTDECK_SOURCE_DIR) + "/tests/golden/seed_questions.json";
  if (const char* update = std::getenv("FACTDECK_UPDATE_GOLDEN"); update && *update) {
    std::ofstream(path, std::ios::binary) << json;
    MESSAGE("wrote " << path);
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing " << path << "; run with FACTDECK_UPDATE_GOLDEN=1 and check it by hand");
  std::stringstream golden;
  golden << in.rdbuf();
  CHECK(json == golden.str());
}

TEST_CASE("a shared lead makes answers true for each other only where the statement ends with its answer") {
  Content c;
  Article a;
  a.id = "terms";
  const char* policies[] = {"moving chip plants inland", "buying foreign tools", "training engineers abroad"};
  const char* names[] = {"inland model", "tool import model", "abroad model"};
  for (int i = 0; i < 3; ++i) {
    Fact f = fact(names[i], Kind::Term, "", "");
    f.question = std::string("Which term does the article use for the policy of ") + policies[i] + "?";
    f.statement = std::string("The article uses the term {answer} for the policy of ") + policies[i] + ".";
    f.text = names[i];
    f.definition = std::string("the policy of ") + policies[i];
    a.facts.push_back(f);
  }
  // "Big Fund 3.0 targets {answer}." is completed by a second target stated with more words after it.
  Fact t = fact("plants", Kind::Name, "What does Big Fund 3.0 target?", "Big Fund 3.0 specifically targets {answer}.");
  t.text = "wafer plants";
  a.facts.push_back(t);
  t = fact("tools", Kind::Name, "Which tools does Big Fund 3.0 target?", "Big Fund 3.0 specifically targets {answer}, besides plants.");
  t.text = "lithography tools";
  a.facts.push_back(t);
  c.articles.push_back(a);
  const ContentIndex ix(c);
  auto& tables = ix.tables();
  // The words after the blank tell the terms apart: no term's answer is true for another's question.
  CHECK(tables.truths(c.articles[0].facts[0], gen::Role::Forward).size() == 1);
  CHECK(tables.related(c.articles[0].facts[1], gen::Role::Forward).size() == 1);
  // The statement that ends with its answer is completed by the other target; the one with a tail is not.
  CHECK(tables.truths(c.articles[0].facts[3], gen::Role::Forward).count(canonical_answer("lithography tools")) == 1);
  CHECK(tables.truths(c.articles[0].facts[4], gen::Role::Forward).count(canonical_answer("wafer plants")) == 0);
}

TEST_CASE("dates: the same day of other months, by uneven steps of the difficulty's months") {
  const Content c = make_content();
  int uneven = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (auto [d, months] : {std::pair{Difficulty::Hard, 1}, {Difficulty::Medium, 2}, {Difficulty::Easy, 3}}) {
      const Question q = must(generate_question(c, c.articles[0], get(c, "closed"), QuestionType::Mcq, d, seed));
      std::set<int> gaps;
      int prev = -1;
      for (const auto& o : q.options) {
        static const std::vector<std::string> kMonths = {"January", "February", "March", "April", "May", "June", "July",
                                                         "August", "September", "October", "November", "December"};
        std::istringstream in(o);
        int day = 0, year = 0;
        std::string month;
        in >> day >> month >> year;
        const auto m = std::find(kMonths.begin(), kMonths.end(), month);
        REQUIRE_MESSAGE(m != kMonths.end(), o);
        CHECK(day == 23);
        const int at = year * 12 + static_cast<int>(m - kMonths.begin());
        if (prev >= 0) {
          CHECK(at - prev >= months);
          CHECK(at - prev <= months + 1);
          gaps.insert(at - prev);
        }
        prev = at;
      }
      uneven += gaps.size() > 1 ? 1 : 0;
    }
  CHECK(uneven >= 15);  // of 60
}
