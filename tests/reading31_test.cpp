// What blind reading 31 (Chile's miners rescued, South Sudan's independence, Pluto made a dwarf planet) marked down,
// each as a failing case before its fix: a 98.83% referendum share accepted "within 5 percentage points" up to
// 103.83%, and asked to two decimals at hard; "by 2040" offered as false for a target the article sets for 2035
// (what holds by 2035 holds by 2040); a cloze that wants a seven-word phrase typed word for word. ("Ávalos" alone,
// marked wrong for a miner named in a class of miners, is a case of reading28_test's surnames.)
#include <doctest/doctest.h>

#include <string>

#include "factdeck/answer.h"
#include "factdeck/generate.h"
#include "test_facts.h"

using namespace factdeck;

namespace {

Question make(const Content& c, std::size_t fact, QuestionType type, Difficulty d, std::uint64_t seed = 1) {
  const auto q = generate_question(c, c.articles[0], c.articles[0].facts[fact], type, d, seed);
  REQUIRE(q);
  REQUIRE(q->type == type);
  return *q;
}

Fact share(double value, int decimals) {
  Fact f = test::number("share", "What share of voters chose independence in the referendum?",
                        "In the referendum, {answer} of voters chose independence.", value, "%");
  f.number.decimals = decimals;
  return f;
}

}  // namespace

TEST_CASE("a share's accepted range stays within 100%") {
  const Content c = test::one_article("vote", "Vote", {share(98.83, 2)});
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
    CAPTURE(difficulty_name(d));
    const Question q = make(c, 0, QuestionType::Numeric, d);
    CHECK(q.value + q.tolerance <= 100.0 + 1e-9);
    CHECK(check_answer(q, "98.83").correct);
    CHECK_FALSE(check_answer(q, "101").correct);
  }
  // A share well inside keeps its margin on both sides.
  const Content mid = test::one_article("vote", "Vote", {share(64, 0)});
  const Question q = make(mid, 0, QuestionType::Numeric, Difficulty::Medium);
  CHECK(q.tolerance == doctest::Approx(3));
}

TEST_CASE("a share given to two decimals is asked at hard to the point, as the news says it") {
  const Content c = test::one_article("vote", "Vote", {share(98.83, 2)});
  const Question q = make(c, 0, QuestionType::Numeric, Difficulty::Hard);
  CHECK(check_answer(q, "98.8").correct);
  CHECK(check_answer(q, "99").correct);
  CHECK_FALSE(check_answer(q, "97").correct);
  CHECK(q.prompt.find("exact") == std::string::npos);
  // One decimal stays exact at hard (84.6%, 55.3%: fair, as readings found them).
  const Content one = test::one_article("vote", "Vote", {share(84.6, 1)});
  CHECK_FALSE(check_answer(make(one, 0, QuestionType::Numeric, Difficulty::Hard), "85").correct);
}

TEST_CASE("a false 'by YEAR' or 'since YEAR' statement moves the year the way that makes it false") {
  const Fact by = test::year("by", "By which year does the plan aim to make the country a strong power?",
                             "The plan aims to make the country a strong power by {answer}.", 2035);
  const Fact since = test::year("since", "Since which year has the fund invested in chip makers?",
                                "The fund has invested in chip makers since {answer}.", 2014);
  const Fact in = test::year("in", "In which year did the fund invest in chip makers?",
                             "The fund invested in chip makers in {answer}.", 2014);
  Content c = test::one_article("plan", "Plan", {by, since, in});
  c.articles[0].published = Date{2025, 3, 1};
  int later_in = 0, false_by = 0, false_since = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      for (std::size_t i = 0; i < 3; ++i) {
        const auto q = generate_question(c, c.articles[0], c.articles[0].facts[i], QuestionType::TrueFalse, d, seed);
        if (!q || q->truth) continue;
        const int key = c.articles[0].facts[i].year;
        const int shown = std::stoi(q->statement.substr(q->statement.size() - 5, 4));
        CAPTURE(q->statement);
        if (i == 2) later_in += shown > key;
        else {
          CHECK(shown < key);  // "by 2040" and "since 2016" would be true of a 2035 target and a 2014 start
          (i == 0 ? false_by : false_since) += 1;
        }
      }
    }
  CHECK(false_by > 0);
  CHECK(false_since > 0);
  CHECK(later_in > 0);  // "in YEAR" has no direction: later years stay wrong answers
}

TEST_CASE("a cloze never wants a long phrase typed word for word") {
  Fact phrase = test::name("failed", "Which test of a planet does Pluto fail?", "Pluto fails the test that a planet {answer}.",
                           "has cleared the neighbourhood around its orbit", "tests");
  Content c = test::one_article("pluto", "Pluto", {phrase});
  c.classes.push_back(test::lex_class("tests", "Tests of the IAU's 2006 definition of a planet",
                                      {"orbits the Sun", "has enough mass to be nearly round",
                                       "has cleared the neighbourhood around its orbit"}));
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
    CHECK_FALSE(generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Cloze, d, 1));
  // A name of six words is still typed: the name is what is learnt.
  Content names = test::one_article("fund", "Fund", {test::name("fund", "Which body invests the state's money in chip makers?",
                                                                "The state's money is invested in chip makers by the {answer}.",
                                                                "China Integrated Circuit Industry Investment Fund", "funds")});
  names.classes.push_back(test::lex_class("funds", "Chinese state investment funds",
                                          {"China Integrated Circuit Industry Investment Fund", "Silk Road Fund",
                                           "China Investment Corporation", "National Social Security Fund"}));
  CHECK(generate_question(names, names.articles[0], names.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1));
}
