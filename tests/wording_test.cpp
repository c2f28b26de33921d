// How generated questions read: "a"/"an" before the value put in, whose view a fact-or-opinion stem names, and notes
// about the wrong options kept to questions that show options (blind reading 19).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "test_facts.h"

using namespace factdeck;

namespace {

const char* kArticle = R"(format = 1
[article]
id = "dart"
title = "Spacecraft Nudges Asteroid"
published = 2022-10-11

[[fact]]
id = "technique"
kind = "name"
question = "What is the technique of flying a spacecraft into an asteroid to nudge it off course known as?"
answer = "kinetic impactor"
statement = "The technique of flying a spacecraft into an asteroid to nudge it off course is known as a {answer}."
class = "deflection"
note = "DART tested it for the first time. The other names are real proposals for deflecting asteroids."

[[fact]]
id = "majority"
kind = "opinion"
question = "What did the court's majority opinion say?"
answer = "The Constitution makes no reference to abortion, and no such right is implicitly protected."
speaker = "the court's majority opinion"
statement = "The court's majority opinion said: {answer}"

[[fact]]
id = "dissent"
kind = "opinion"
question = "What did the joint dissent say?"
answer = "The majority has eliminated a fifty-year-old constitutional right."
speaker = "the joint dissent by three justices"
statement = "The joint dissent said: {answer}"
)";

const char* kVaccine = R"(format = 1
[article]
id = "malaria"
title = "WHO Recommends a Malaria Vaccine"
published = 2021-10-06

[[fact]]
id = "voters"
kind = "number"
question = "How many people were eligible to vote?"
answer = { value = 968, unit = "million people" }
statement = "{answer} were eligible to vote."
)";

const char* kLexicon = R"(format = 1
[[class]]
id = "deflection"
label = "Ways proposed to deflect an asteroid"
members = ["kinetic impactor", "ion beam shepherd", "gravity tractor", "enhanced yarkovsky effect", "laser ablation"]
)";

Content load() {
  LoadResult r = load_content_texts({{"lexicon/dart.toml", kLexicon}}, {{"articles/dart.toml", kArticle}});
  REQUIRE_FALSE(r.has_errors());
  return r.content;
}

const Fact& fact(const Content& c, const char* id) { return *c.articles[0].find_fact(id); }

}  // namespace

TEST_CASE("a false statement takes the article its value needs: 'an ion beam shepherd', never 'a ion beam shepherd'") {
  const Content c = load();
  int vowel_values = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, c.articles[0], fact(c, "technique"), QuestionType::TrueFalse, d, seed);
      if (!q || q->type != QuestionType::TrueFalse) continue;
      INFO(q->prompt);
      for (const char* bad : {" a ion", " a enhanced", " a a", " a e", " a i", " a o", " an kinetic", " an gravity", " an laser"})
        CHECK(q->prompt.find(bad) == std::string::npos);
      if (q->prompt.find(" an ") != std::string::npos) ++vowel_values;
    }
  CHECK(vowel_values > 0);  // the class's vowel-led members were put in at least once
}

TEST_CASE("a fact-or-opinion stem names no one; the feedback says 'a view stated in' a text") {
  const Content c = load();
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const auto q = generate_question(c, c.articles[0], fact(c, "majority"), QuestionType::FactOrOpinion, Difficulty::Medium, seed);
    REQUIRE(q);
    // The same stem for every statement of the article: a reported fact is pinned on no one.
    CHECK(q->prompt == "Reported fact or quoted opinion? " + q->statement);
    CHECK(q->prompt.find("opinion of the court") == std::string::npos);
    CHECK(q->note.rfind("A view stated in the court's majority opinion.", 0) == 0);
    const auto d = generate_question(c, c.articles[0], fact(c, "dissent"), QuestionType::FactOrOpinion, Difficulty::Medium, seed);
    REQUIRE(d);
    CHECK(d->note.rfind("A view stated in the joint dissent by three justices.", 0) == 0);
  }
}

TEST_CASE("a note's sentence about the other names goes with the options: kept under a multiple-choice question only") {
  const Content c = load();
  int mcq = 0, other = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (QuestionType t : {QuestionType::Mcq, QuestionType::Cloze, QuestionType::TrueFalse}) {
      const auto q = generate_question(c, c.articles[0], fact(c, "technique"), t, Difficulty::Medium, seed);
      if (!q) continue;
      INFO(q->prompt);
      if (q->type == QuestionType::Mcq) {
        ++mcq;
        CHECK(q->note.find("The other names") != std::string::npos);
      } else {
        ++other;
        CHECK(q->note == "DART tested it for the first time.");
      }
    }
  MESSAGE("multiple-choice: " << mcq << ", other types: " << other);
  CHECK(other > 0);
}

TEST_CASE("a unit in millions is said 'millions of'") {
  LoadResult r = load_content_texts({}, {{"articles/malaria.toml", kVaccine}});
  REQUIRE_FALSE(r.has_errors());
  const Content& c = r.content;
  const Article& a = c.articles[0];
  const auto n = generate_question(c, a, *a.find_fact("voters"), QuestionType::Numeric, Difficulty::Medium, 1);
  REQUIRE(n);
  CHECK(n->prompt.find("Answer in millions of people") != std::string::npos);
  CHECK(n->prompt.find("in million people") == std::string::npos);
}

// "Answer in billions of yuan" is how the prompt says a unit of "billion yuan"; the checker once looked for the
// unit as stored, so every figure in thousands, millions or billions and every age ("years old") silently lost
// its typed-number question (and a teacher's quiz over a large collection searched hundreds of facts per slot
// for one). Every number fact that can be asked as a typed figure is, at each difficulty, in content/ and in the
// articles of the blind readings.
TEST_CASE("every number fact that supports a typed answer gets one, whatever its unit") {
  int asked = 0;
  for (const char* dir : {"/content", "/tests/fixtures/unseen", "/tests/fixtures/unseen10", "/tests/fixtures/unseen11",
                          "/tests/fixtures/unseen12", "/tests/fixtures/unseen14", "/tests/fixtures/unseen15",
                          "/tests/fixtures/unseen16", "/tests/fixtures/unseen17", "/tests/fixtures/unseen18",
                          "/tests/fixtures/unseen19", "/tests/fixtures/unseen20",
                          "/tests/fixtures/unseen21", "/tests/fixtures/unseen22",
                          "/tests/fixtures/unseen23", "/tests/fixtures/unseen24",
                          "/tests/fixtures/unseen25"}) {
    const LoadResult r = load_content(std::string(FACTDECK_SOURCE_DIR) + dir);
    REQUIRE_FALSE(r.has_errors());
    const ContentIndex index(r.content);
    for (const Article& a : r.content.articles)
      for (const Fact& f : a.facts) {
        const auto types = types_for(f);
        if (std::find(types.begin(), types.end(), QuestionType::Numeric) == types.end()) continue;
        for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
          INFO(a.id << "/" << f.id.str() << " (" << f.number.unit.str() << "), " << difficulty_name(d));
          const auto q = generate_question(index, a, f, QuestionType::Numeric, d, 1);
          // Except a share whose margin in points (10% of it easy, 5% medium, 1 point at least; hard asks the exact
          // figure) reaches across half.
          const double points = std::max(1.0, std::round(f.number.value * (d == Difficulty::Easy ? 0.10 : 0.05)));
          if (d != Difficulty::Hard && f.number.unit.str() == "%" && std::fabs(f.number.value - 50) <= points) {
            CHECK_FALSE(q);
            continue;
          }
          REQUIRE(q);
          CHECK(q->type == QuestionType::Numeric);
          const std::string unit = f.number.unit.str();
          if (unit.rfind("billion ", 0) == 0) CHECK(q->prompt.find("Answer in billions of ") != std::string::npos);
          if (unit.rfind("million ", 0) == 0) CHECK(q->prompt.find("Answer in millions of ") != std::string::npos);
          if (unit == "years old") CHECK(q->prompt.find("Answer in years;") != std::string::npos);
          ++asked;
        }
      }
  }
  MESSAGE(asked << " typed-number questions");
  CHECK(asked > 60);
}

// Blind reading 23: "About how much mass was turned into energy? Answer in solar masses; give the exact figure."
TEST_CASE("a question that asks 'about how much' never asks for the exact figure") {
  const Content c = test::one_article(
      "waves", "Waves",
      {test::number("mass", "About how much mass was turned into gravitational-wave energy?",
                    "About {answer} was turned into gravitational-wave energy.", 3, "solar masses"),
       test::number("count", "About how many galaxies did the survey map?", "The survey mapped about {answer}.", 4, "galaxies")});
  for (const Fact& f : c.articles[0].facts)
    for (Difficulty d : {Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, c.articles[0], f, QuestionType::Numeric, d, 1);
      REQUIRE(q);
      INFO(q->prompt);
      CHECK(q->prompt.find("exact") == std::string::npos);
      CHECK(q->prompt.find("round figure") != std::string::npos);
    }
}

// Blind reading 24: "had no diplomatic relations from 1961-2015". A period after "from" or "between" reads as words,
// in the true statement, in a false one and in the filled blank alike.
TEST_CASE("a period after 'from' or 'between' reads 'from 1961 to 2015', 'between 2011 and 2012'") {
  Fact gap = test::fact("gap", Kind::Period, "When did the two countries have no diplomatic relations?",
                        "The two countries had no diplomatic relations from {answer}.");
  gap.period = {1961, 2015};
  Fact data = test::fact("data", Kind::Period, "When were the collisions recorded?", "The collisions were recorded between {answer}.");
  data.period = {2011, 2012};
  Fact plan = test::fact("plan", Kind::Period, "Which years does the plan cover?", "The plan covers {answer}.");
  plan.period = {2026, 2030};
  const Content c = test::one_article("relations", "Relations", {gap, data, plan});
  const Article& a = c.articles[0];
  const ContentIndex ix(c);
  for (std::uint64_t seed = 1; seed <= 12; ++seed)
    for (QuestionType t : {QuestionType::TrueFalse, QuestionType::Cloze})
      for (const Fact& f : a.facts) {
        const auto q = generate_question(ix, a, f, t, Difficulty::Medium, seed);
        if (!q) continue;
        const std::string said = t == QuestionType::TrueFalse ? q->statement : q->text;
        INFO(said);
        if (f.id.str() == "gap") CHECK(said.find("relations from 19") != std::string::npos);
        if (f.id.str() == "gap" && t == QuestionType::TrueFalse) CHECK(said.find(" to ") != std::string::npos);
        if (f.id.str() == "data" && t == QuestionType::TrueFalse) CHECK(said.find(" and ") != std::string::npos);
        if (f.id.str() == "plan" && t == QuestionType::TrueFalse) CHECK(said.find("covers 20") != std::string::npos);
        CHECK(check_question(*q, ix).empty());
      }
}

// Blind reading 25: "What was the mass of the lander? Give the exact figure." of "the 100 kg lander" (really 98 kg).
TEST_CASE("a round measure asks for the article's figure, not an exact one; a count and an uneven figure are exact") {
  const Content c = test::one_article(
      "mass", "Mass",
      {test::number("lander", "What was the mass of the lander?", "The lander had a mass of {answer}.", 100, "kg"),
       test::number("probe", "What was the mass of the probe?", "The probe had a mass of {answer}.", 98, "kg"),
       test::number("points", "How many points did the champions finish with?", "The champions finished with {answer}.", 80, "points")});
  const Article& a = c.articles[0];
  const auto round = generate_question(c, a, a.facts[0], QuestionType::Numeric, Difficulty::Hard, 1);
  REQUIRE(round);
  CHECK(round->prompt.find("give the article's figure") != std::string::npos);
  CHECK(round->prompt.find("exact") == std::string::npos);
  const auto uneven = generate_question(c, a, a.facts[1], QuestionType::Numeric, Difficulty::Hard, 1);
  REQUIRE(uneven);
  CHECK(uneven->prompt.find("give the exact figure") != std::string::npos);
  const auto count = generate_question(c, a, a.facts[2], QuestionType::Numeric, Difficulty::Hard, 1);
  REQUIRE(count);
  CHECK(count->prompt.find("exact number") != std::string::npos);
}

// Blind reading 25: "The press nicknamed Mario Draghi ... ____" for "Super Mario".
TEST_CASE("a nickname made of its bearer's own name is never a blank in a sentence that names the bearer") {
  Fact mario = test::fact("mario", Kind::Alias, "What nickname did the press give Mario Draghi?",
                          "The press nicknamed Mario Draghi {answer}.");
  mario.text = "Super Mario";
  mario.subject = "Mario Draghi";
  Fact timo = test::fact("timo", Kind::Alias, "By which nom de guerre is the FARC commander Rodrigo Londoño known?",
                         "The FARC commander Rodrigo Londoño is better known as {answer}.");
  timo.text = "Timochenko";
  timo.subject = "Rodrigo Londoño";
  const Content c = test::one_article("names", "Names", {mario, timo});
  const Article& a = c.articles[0];
  const auto types = types_for(a.facts[0]);
  CHECK(std::find(types.begin(), types.end(), QuestionType::Cloze) == types.end());
  CHECK_FALSE(generate_question(c, a, a.facts[0], QuestionType::Cloze, Difficulty::Medium, 1));
  CHECK(generate_question(c, a, a.facts[1], QuestionType::Cloze, Difficulty::Medium, 1));
}

// Blind reading 25: "2035" asked twice in one quiz, for one deck's plan target and another's self-reliance goal.
TEST_CASE("a quiz asks for one answer once when it has other facts to ask") {
  const char* what[] = {"The new port opened", "The rail line was finished", "The first reactor started",
                        "The bridge across the bay opened", "The airport was enlarged", "The dam was completed"};
  std::vector<Fact> plan_facts, goal_facts;
  plan_facts.push_back(test::year("target", "By which year should the country reach its long-term goals?",
                                  "The country should reach its long-term goals by {answer}.", 2035));
  goal_facts.push_back(test::year("reliance", "By which year should the country be self-reliant in science?",
                                  "The country should be self-reliant in science by {answer}.", 2035));
  for (int i = 0; i < 6; ++i) {
    Fact f = test::fact("", Kind::Year, "", "");
    f.id = "event" + std::to_string(i);
    f.question = std::string("In which year: ") + what[i] + "?";
    f.statement = std::string(what[i]) + " in {answer}.";
    f.year = 1990 + 4 * i;
    (i % 2 ? plan_facts : goal_facts).push_back(f);
  }
  Content c = test::one_article("plan", "The Plan", plan_facts);
  c.articles.push_back(test::one_article("goals", "The Goals", goal_facts).articles[0]);
  int both = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    QuizSelection sel;
    sel.count = 4;
    sel.seed = seed;
    sel.types = {QuestionType::Cloze};  // blanks show no options: nothing else keeps the two apart
    const Quiz quiz = make_quiz(c, sel);
    int asked_2035 = 0;
    for (const Question& q : quiz.questions) asked_2035 += q.answer_text == "2035";
    both += asked_2035 > 1;
  }
  CHECK(both == 0);
}
