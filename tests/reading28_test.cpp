// What blind reading 28 (the Good Friday Agreement, the euro's notes and coins, Chile's 2022 referendum) marked
// down, each as a failing case before its fix: "Pinochet" alone, "plurinational" for "plurinational state" and
// "China Central Television" for "CCTV" marked wrong; 8 parties among 4, 5 and 6. And reading 29's: "$52 billion"
// for the CHIPS Act's $52.7 billion marked wrong at hard (the third reading to say so).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "factdeck/answer.h"
#include "factdeck/generate.h"
#include "test_facts.h"

using namespace factdeck;

namespace {

Question cloze(const Content& c, std::size_t fact) {
  const auto q = generate_question(c, c.articles[0], c.articles[0].facts[fact], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(q);
  REQUIRE(q->type == QuestionType::Cloze);
  return *q;
}

}  // namespace

// A class of people by its label (rulers; reading 31's miners, the label's trade, with a surname that opens with a
// capital outside ASCII, "Ávalos").
TEST_CASE("a ruler's surname alone is right: a class of military rulers holds people") {
  struct Case {
    const char *label, *key, *surname, *plain, *other;
    std::vector<std::string> members;
  };
  const Case cases[] = {
      {"Latin American military rulers of the 20th century", "Augusto Pinochet", "Pinochet", "Pinochet", "Videla",
       {"Augusto Pinochet", "Jorge Rafael Videla", "Alfredo Stroessner", "Hugo Banzer"}},
      {"Miners trapped in the San José mine in 2010", "Florencio Ávalos", "Ávalos", "Avalos", "Urzúa",
       {"Luis Urzúa", "Florencio Ávalos", "Mario Sepúlveda", "Carlos Mamani"}},
  };
  for (const Case& k : cases) {
    CAPTURE(k.label);
    Content c = test::one_article("people", "People", {test::name("who", "Who was named in the article?",
                                                                  "The article named {answer}.", k.key, "people")});
    c.classes.push_back(test::lex_class("people", k.label, k.members));
    const Question q = cloze(c, 0);
    CHECK(check_answer(q, k.surname).correct);
    CHECK(check_answer(q, k.plain).correct);
    CHECK_FALSE(check_answer(q, k.other).correct);
  }
}

TEST_CASE("a term's own words without its generic head are right") {
  const Fact state = test::term("state", "Which kind of state would the draft have made Chile?",
                                 "The draft would have defined Chile as a {answer}, recognising several nations within it.",
                                 "plurinational state", "a state that recognises several nations within it");
  const Fact crew = test::term("crew", "Under which programme does NASA pay companies to fly its astronauts?",
                               "NASA pays private companies to fly its astronauts under its {answer}.",
                               "Commercial Crew Program", "NASA's programme paying companies to fly its astronauts");
  const Fact act = test::term("act", "Which act funds chip plants?", "Chip plants are funded under the {answer}.", "CHIPS Act",
                              "the US law funding chip plants");
  const Content c = test::one_article("terms", "Terms", {state, crew, act});
  CHECK(check_answer(cloze(c, 0), "plurinational").correct);
  CHECK(check_answer(cloze(c, 1), "Commercial Crew").correct);
  CHECK(check_answer(cloze(c, 1), "Commercial Crew Programme").correct);
  CHECK_FALSE(check_answer(cloze(c, 2), "CHIPS").correct);  // "act" is no generic head: the act is the answer
  CHECK_FALSE(check_answer(cloze(c, 0), "state").correct);
}

TEST_CASE("an acronym's full name is right where the fact's note or sentence gives it") {
  LexClass media;
  media.id = "media";
  media.label = "Chinese state media";
  media.members = {"CCTV", "Xinhua", "CGTN", "People's Daily"};
  Fact tv = test::name("tv", "Which state broadcaster reported the slogans?", "State broadcaster {answer} reported the slogans.",
                       "CCTV", "media");
  tv.note = "Background: CCTV is China Central Television, the national state broadcaster.";
  Fact agency = test::name("agency", "Which broadcaster ran the story?", "The story ran on {answer}.", "CGTN", "media");
  agency.sentence = "The China Global Television Network (CGTN) ran the story first.";
  Fact daily = test::name("daily", "Which paper printed it?", "It was printed in {answer}.", "Xinhua", "media");
  Content c = test::one_article("media", "Media", {tv, agency, daily});
  c.classes.push_back(media);
  CHECK(check_answer(cloze(c, 0), "China Central Television").correct);
  CHECK(check_answer(cloze(c, 1), "China Global Television Network").correct);
  CHECK_FALSE(check_answer(cloze(c, 0), "China Global Television Network").correct);
}

TEST_CASE("a count under ten steps by whole ones, so the key is never the one value off the run") {
  const Fact parties = test::number("parties", "How many Northern Ireland parties took part in the final talks?",
                                    "{answer} took part in the final talks.", 8, "parties");
  const Content c = test::one_article("gfa", "GFA", {parties});
  const Article& a = c.articles[0];
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      std::vector<double> v;
      for (const auto& o : q->options) v.push_back(parse_number_text(o)->value);
      std::sort(v.begin(), v.end());
      REQUIRE(v.size() == 4);
      const double gap = d == Difficulty::Easy ? 2 : 1;
      for (std::size_t i = 1; i < v.size(); ++i) CHECK_MESSAGE(v[i] - v[i - 1] == gap, q->prompt, " ", v[i - 1], " ", v[i]);
    }
}

TEST_CASE("at hard a figure given to a decimal place is asked within 2%: the news says it in whole units") {
  Fact chips = test::number("chips", "How much does the CHIPS Act provide for chips?", "The act provides {answer} for chips.",
                            52.7, "billion US dollars");
  chips.number.decimals = 1;
  const Content c = test::one_article("act", "Act", {chips});
  const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Numeric, Difficulty::Hard, 1);
  REQUIRE(q);
  CHECK(q->prompt.find("within 2%") != std::string::npos);
  CHECK(check_answer(*q, "52").correct);
  CHECK(check_answer(*q, "53").correct);
  CHECK(check_answer(*q, "52.7").correct);
  CHECK_FALSE(check_answer(*q, "51").correct);
  CHECK_FALSE(check_answer(*q, "50").correct);
}

// Blind reading 30: "a power-sharing cabinet called the apartheid", "to build a pass laws at peace with itself".
TEST_CASE("a term's false statement swaps in a term of its grammar: a name for a name, one for one") {
  LexClass terms;
  terms.id = "sa-terms";
  terms.label = "Terms of South African politics";
  terms.members = {"Government of National Unity", "Truth and Reconciliation Commission", "apartheid", "rainbow nation",
                   "pass laws", "Bantustans"};
  const Fact gnu = test::term("gnu", "What was the power-sharing cabinet called?",
                              "After the election every large party had a place in a power-sharing cabinet called the {answer}.",
                              "Government of National Unity", "the power-sharing cabinet of 1994");
  const Fact rainbow = test::term("rainbow", "What did Mandela promise to build?",
                                  "Mandela promised to build a {answer} at peace with itself and the world.", "rainbow nation",
                                  "a South Africa of many peoples at peace");
  Content c = test::one_article("sa", "South Africa", {gnu, rainbow});
  c.articles[0].facts[0].class_id = "sa-terms";
  c.articles[0].facts[1].class_id = "sa-terms";
  c.classes.push_back(terms);
  const Article& a = c.articles[0];
  int falses = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed)
    for (std::size_t i = 0; i < 2; ++i) {
      const auto q = generate_question(c, a, a.facts[i], QuestionType::TrueFalse, Difficulty::Medium, seed);
      if (!q || q->type != QuestionType::TrueFalse || q->truth) continue;
      ++falses;
      CHECK_MESSAGE(q->statement.find("the apartheid") == std::string::npos, q->statement);
      CHECK_MESSAGE(q->statement.find("the rainbow nation") == std::string::npos, q->statement);
      CHECK_MESSAGE(q->statement.find("a pass laws") == std::string::npos, q->statement);
      CHECK_MESSAGE(q->statement.find("a Bantustans") == std::string::npos, q->statement);
    }
  CHECK(falses >= 10);
}
