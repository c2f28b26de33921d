// What blind reading 27 (Japan's Reiwa succession, SpaceX's Demo-2, Greece's 2015 referendum) struck, each as a
// failing case before its fix: "Commercial Crew Programme", "President Xi" and "Xi" marked wrong; "within 5%" of the
// 126th emperor; "32.0 billion dollars" as a false figure; 27 June among 29 and 30 June at easy; "the era was called
// Heisei" offered as a possible opinion.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "factdeck/answer.h"
#include "factdeck/generate.h"
#include "test_facts.h"

using namespace factdeck;

TEST_CASE("a typed answer in the other English spelling, or a name after a title, is right") {
  CHECK(check_text_answer("Commercial Crew Programme", {"Commercial Crew Program"}).correct);
  CHECK(check_text_answer("commercial crew program", {"Commercial Crew Programme"}).correct);
  CHECK(check_text_answer("modernised industrial system", {"modernized industrial system"}).correct);
  CHECK(check_text_answer("city centre", {"city center"}).correct);
  CHECK(check_text_answer("Labour Party", {"Labor Party"}).correct);
  CHECK(check_text_answer("Ministry of Defence", {"Ministry of Defense"}).correct);
  CHECK(check_text_answer("high quality development", {"high-quality development"}).correct);
  CHECK(check_text_answer("President Xi", {"Xi Jinping", "Xi"}).correct);
  CHECK(check_text_answer("Mr Tsipras", {"Alexis Tsipras", "Tsipras"}).correct);
  // The matched answer is the accepted one as written.
  CHECK(check_text_answer("Commercial Crew Programme", {"Commercial Crew Program"}).matched == "Commercial Crew Program");
  // Other words stay wrong; a title alone is no name.
  CHECK_FALSE(check_text_answer("Commercial Crew Project", {"Commercial Crew Program"}).correct);
  CHECK_FALSE(check_text_answer("modern industrial system", {"modernized industrial system"}).correct);
  CHECK_FALSE(check_text_answer("President Obama", {"Xi Jinping", "Xi"}).correct);
  CHECK_FALSE(check_text_answer("President", {"Xi Jinping", "Xi"}).correct);
}

TEST_CASE("a Chinese leader's family name, written first, is accepted alone") {
  Content c = test::one_article("plan", "Plan", {});
  LexClass leaders;
  leaders.id = "ccp-standing-committee";
  leaders.label = "Members of the CCP's 20th Politburo Standing Committee";
  leaders.members = {"Xi Jinping", "Li Qiang", "Zhao Leji", "Wang Huning", "Cai Qi"};
  c.classes.push_back(leaders);
  c.articles[0].facts.push_back(test::name("xi", "Whose vision does the strategy reflect?",
                                            "The strategy reflects {answer}'s vision.", "Xi Jinping", "ccp-standing-committee"));
  const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(q);
  CHECK(check_answer(*q, "Xi").correct);
  CHECK(check_answer(*q, "President Xi").correct);
  CHECK_FALSE(check_answer(*q, "Jinping").correct);
  CHECK_FALSE(check_answer(*q, "Li").correct);
  // A family name two members share is no answer alone.
  c.classes[0].members.push_back("Xi Zhongxun");
  const auto shared = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(shared);
  CHECK_FALSE(check_answer(*shared, "Xi").correct);
}

TEST_CASE("a place in a series is asked exactly: the 126th emperor's neighbours are other emperors") {
  const Fact emperor = test::number("emperor", "In the traditional count, what number emperor of Japan is Naruhito?",
                                    "In the traditional count, Naruhito is emperor number {answer} of Japan.", 126, "");
  const Fact entities = test::number("entities", "How many entities did the rules add to the list?",
                                     "The rules added {answer} entities to the list.", 140, "");
  const Content c = test::one_article("reiwa", "Reiwa", {emperor, entities});
  const Article& a = c.articles[0];
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
    const auto q = generate_question(c, a, a.facts[0], QuestionType::Numeric, d, 1);
    REQUIRE(q);
    CHECK(q->tolerance == doctest::Approx(0.5));
    CHECK(check_answer(*q, "126").correct);
    CHECK_FALSE(check_answer(*q, "125").correct);
  }
  // A count is still asked within a margin.
  const auto count = generate_question(c, a, a.facts[1], QuestionType::Numeric, Difficulty::Medium, 1);
  REQUIRE(count);
  CHECK(count->tolerance > 1);
}

TEST_CASE("a figure given to a decimal place is never swapped for a whole one in a true/false statement") {
  Fact chips = test::number("chips", "How much does the act provide for chips?", "The act provides {answer} for chips.", 52.7,
                            "billion dollars");
  chips.number.decimals = 1;
  const Content c = test::one_article("act", "Act", {chips});
  const Article& a = c.articles[0];
  int falses = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, a, a.facts[0], QuestionType::TrueFalse, d, seed);
      if (!q || q->type != QuestionType::TrueFalse || q->truth) continue;
      ++falses;
      CHECK_MESSAGE(q->statement.find(".0 ") == std::string::npos, q->statement);
    }
  CHECK(falses >= 20);
}

TEST_CASE("below hard, a date's wrong options are not days of the same crisis a few days away") {
  auto date_fact = [](const char* id, const char* what, Date when) {
    Fact f = test::fact(id, Kind::Date, (std::string("On which day ") + what + "?").c_str(),
                        (std::string("It happened on {answer}: ") + what + ".").c_str());
    f.date = when;
    return f;
  };
  const Content c = test::one_article(
      "greece", "Greece",
      {date_fact("called", "was the referendum called", {2015, 6, 27}), date_fact("shut", "did the banks shut", {2015, 6, 29}),
       date_fact("expired", "did the bailout expire", {2015, 6, 30}), date_fact("vote", "was the vote", {2015, 7, 5})});
  const Article& a = c.articles[0];
  int close_at_hard = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      const bool close = std::any_of(q->options.begin(), q->options.end(), [](const std::string& o) {
        return o == "29 June 2015" || o == "30 June 2015" || o == "5 July 2015";
      });
      if (d == Difficulty::Hard) close_at_hard += close;
      else CHECK_MESSAGE(!close, q->prompt);
    }
  CHECK(close_at_hard > 0);  // hard asks the close dates of the story
}

TEST_CASE("what a thing is called is not offered as a possible opinion") {
  LexClass eras;
  eras.id = "eras";
  eras.label = "Japanese era names";
  eras.members = {"Heisei", "Showa", "Taisho", "Meiji", "Reiwa"};
  const Fact era = test::name("era", "What was the era of Akihito's reign called?",
                              "The Japanese imperial era of Emperor Akihito's reign was called {answer}.", "Heisei", "eras");
  const Fact announcer = test::name("announcer", "Which era did the government announce on the first of April?",
                                    "On the first of April the chief cabinet secretary unveiled {answer} as the new era's name.",
                                    "Reiwa", "eras");
  Fact hope = test::fact("hope", Kind::Opinion, "What did Akihito hope?", "In his last address Akihito said: {answer}");
  hope.text = "The new era should be a stable and fruitful one.";
  hope.speaker = "Emperor Akihito";
  Content c = test::one_article("reiwa", "Reiwa", {era, announcer, hope});
  c.classes.push_back(eras);
  const Article& a = c.articles[0];
  const auto named = generate_question(c, a, a.facts[0], QuestionType::FactOrOpinion, Difficulty::Medium, 1);
  CHECK((!named || named->type != QuestionType::FactOrOpinion));
  const auto claim = generate_question(c, a, a.facts[1], QuestionType::FactOrOpinion, Difficulty::Medium, 1);
  REQUIRE(claim);
  CHECK(claim->type == QuestionType::FactOrOpinion);
}

TEST_CASE("at medium and hard, a name's wrong options start with the story's other names of its class") {
  LexClass astronauts;
  astronauts.id = "nasa-astronauts";
  astronauts.label = "NASA astronauts";
  astronauts.members = {"Doug Hurley", "Bob Behnken", "Shannon Walker", "Victor Glover", "Chris Cassidy",
                        "Sunita Williams", "Michael Hopkins", "Kate Rubins"};
  const Fact commander = test::name("commander", "Who was the spacecraft commander of Demo-2?",
                                    "The spacecraft commander of Demo-2 was {answer}.", "Doug Hurley", "nasa-astronauts");
  const Fact joint = test::name("joint", "Who was the joint operations commander of Demo-2?",
                                "The joint operations commander of Demo-2 was {answer}.", "Bob Behnken", "nasa-astronauts");
  Content c = test::one_article("demo2", "Demo-2", {commander, joint});
  c.classes.push_back(astronauts);
  const Article& a = c.articles[0];
  int easy_with = 0;
  for (std::uint64_t seed = 1; seed <= 12; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      const bool with = std::find(q->options.begin(), q->options.end(), "Bob Behnken") != q->options.end();
      if (d == Difficulty::Easy) easy_with += with;
      else CHECK_MESSAGE(with, q->prompt);
    }
  CHECK(easy_with < 12);  // easy takes the class's least like the key, by chance the story's name too
}
