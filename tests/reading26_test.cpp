// What blind reading 26 (the Scottish referendum, New Horizons at Pluto, the 2014 Peace Prize) struck, each as a
// failing case before its fix: a surname or a name without its accents marked wrong, "of the The Courier", a Nobel
// laureate of 17 among 2 and 7 years old, a 7-digit vote count and "about 12,500 km" asked to the unit, a dwarf planet
// among values four times its size.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "factdeck/answer.h"
#include "factdeck/generate.h"
#include "test_facts.h"

using namespace factdeck;

namespace {

LexClass people_class() {
  LexClass c;
  c.id = "planetary-scientists";
  c.label = "Planetary scientists in 2015";
  c.members = {"Alan Stern", "Scott Bolton", "Steve Squyres", "Carolyn Porco"};
  return c;
}

Content with_class(Content c, LexClass cls) {
  c.classes.push_back(std::move(cls));
  return c;
}

Fact name_fact(const char* id, const char* text, const char* cls) {
  Fact f = test::fact(id, Kind::Name, "Who led the mission's science team?", "The mission's science team was led by {answer}.");
  f.text = text;
  f.class_id = cls;
  return f;
}

std::vector<double> option_values(const Question& q) {
  std::vector<double> v;
  for (const auto& o : q.options)
    if (const auto n = parse_number_text(o)) v.push_back(n->value);
  return v;
}

}  // namespace

TEST_CASE("a person's surname alone is accepted in a blank, and shown in the key; a newspaper's last word is not") {
  const Content c = with_class(test::one_article("pluto", "Pluto", {name_fact("pi", "Alan Stern", "planetary-scientists")}),
                               people_class());
  const Article& a = c.articles[0];
  const auto q = generate_question(c, a, a.facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(q);
  CHECK(std::find(q->accept.begin(), q->accept.end(), "Stern") != q->accept.end());
  CHECK(check_answer(*q, "Stern").correct);
  CHECK(check_answer(*q, "alan stern").correct);
  CHECK_FALSE(check_answer(*q, "Bolton").correct);

  LexClass papers;
  papers.id = "scottish-newspapers";
  papers.label = "Scottish newspapers";
  papers.members = {"Daily Record", "The Herald", "The Scotsman", "The Courier"};
  Fact vow = test::fact("vow", Kind::Name, "Which newspaper printed 'The Vow'?", "'The Vow' was printed on the front page of the {answer}.");
  vow.text = "Daily Record";
  vow.class_id = "scottish-newspapers";
  const Content n = with_class(test::one_article("vote", "Vote", {vow}), papers);
  const auto p = generate_question(n, n.articles[0], n.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(p);
  CHECK_FALSE(check_answer(*p, "Record").correct);
}

TEST_CASE("a surname two members share is no answer alone") {
  LexClass c = people_class();
  c.members.push_back("Nora Stern");
  const Content content = with_class(test::one_article("pluto", "Pluto", {name_fact("pi", "Alan Stern", "planetary-scientists")}), c);
  const auto q = generate_question(content, content.articles[0], content.articles[0].facts[0], QuestionType::Cloze,
                                   Difficulty::Hard, 1);
  REQUIRE(q);
  CHECK_FALSE(check_answer(*q, "Stern").correct);
}

TEST_CASE("a typed answer without the name's accents is right, and the answer is given as written") {
  const auto r = check_text_answer("Thorbjorn Jagland", {"Thorbjørn Jagland"});
  CHECK(r.correct);
  CHECK(r.matched == "Thorbjørn Jagland");
  CHECK(check_text_answer("Sao Paulo", {"São Paulo"}).correct);
  CHECK(check_text_answer("Lodz", {"Łódź"}).correct);
  CHECK(check_text_answer("Strasse", {"Straße"}).correct);
  CHECK(check_text_answer("Thorbjørn Jagland", {"Thorbjørn Jagland"}).correct);
  CHECK_FALSE(check_text_answer("Oslo", {"Thorbjørn Jagland"}).correct);
}

TEST_CASE("a value that begins with 'The' after 'the' in the statement takes one article") {
  Fact vow = test::fact("vow", Kind::Name, "Which newspaper printed 'The Vow'?", "'The Vow' was printed on the front page of the {answer}.");
  vow.text = "Daily Record";
  vow.distractors = {"The Courier", "The Herald", "The Scotsman"};
  const Content c = test::one_article("vote", "Vote", {vow});
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::TrueFalse, Difficulty::Easy, seed);
    REQUIRE(q);
    CHECK_MESSAGE(q->prompt.find("the The") == std::string::npos, q->prompt);
  }
  // A key that begins with "The" still has its fill-in: the check puts it in the blank as the statement does.
  LexClass papers;
  papers.id = "scottish-newspapers";
  papers.label = "Scottish newspapers";
  papers.members = {"The Courier", "Daily Record", "The Herald", "The Scotsman"};
  Fact courier = vow;
  courier.text = "The Courier";
  courier.class_id = "scottish-newspapers";
  courier.distractors = {};
  const Content n = with_class(test::one_article("vote", "Vote", {courier}), papers);
  const auto cloze = generate_question(n, n.articles[0], n.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(cloze);
  CHECK(cloze->type == QuestionType::Cloze);
  CHECK(check_answer(*cloze, "The Courier").correct);
}

TEST_CASE("a person's age keeps its wrong values above the key over 1.76, a close share too") {
  Fact age = test::number("age", "How old was Malala Yousafzai when she won the prize?", "Malala Yousafzai was {answer} when she won the prize.", 17, "years old");
  Fact yes = test::number("yes", "What share of the vote did Yes win?", "Yes won {answer} of the vote.", 44.7, "%");
  yes.number.decimals = 1;
  const Content c = test::one_article("prize", "Prize", {age, yes});
  const Article& a = c.articles[0];
  int asked = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
      for (std::size_t i = 0; i < 2; ++i)
        if (const auto q = generate_question(c, a, a.facts[i], QuestionType::Mcq, d, seed)) {
          ++asked;
          for (double v : option_values(*q)) CHECK_MESSAGE(v * 1.76 >= a.facts[i].number.value, q->prompt, " ", v);
        }
  CHECK(asked >= 100);
}

TEST_CASE("at hard a figure of three digits or more is asked within 1%; a share and a figure of one or two exactly") {
  // The article's "about 12,500 km", a figure of three: within 1%. (A fact qualified "about" is asked only as a
  // statement.)
  const Fact km = test::number("km", "How close did the probe pass to Pluto's surface?", "The probe passed {answer} above the surface.", 12500, "km");
  const Fact votes = test::number("no", "How many votes did No receive?", "No received {answer}.", 2001926, "votes");
  Fact turnout = test::number("turnout", "What was the turnout?", "Turnout was {answer}.", 84.6, "%");
  turnout.number.decimals = 1;
  const Fact mass = test::number("mass", "How heavy was the lander?", "The lander weighed {answer}.", 100, "kg");
  const Content c = test::one_article("pluto", "Pluto", {km, votes, turnout, mass});
  const Article& a = c.articles[0];
  auto hard = [&](std::size_t i) {
    auto q = generate_question(c, a, a.facts[i], QuestionType::Numeric, Difficulty::Hard, 1);
    INFO(a.facts[i].id.str());
    REQUIRE(q);
    return *q;
  };
  const Question qkm = hard(0), qvotes = hard(1), qturnout = hard(2), qmass = hard(3);
  CHECK(qkm.tolerance == doctest::Approx(125));
  CHECK(qkm.prompt.find("within 1%") != std::string::npos);
  CHECK(check_answer(qkm, "12472").correct);  // NASA's figure
  CHECK(qvotes.tolerance == doctest::Approx(20019.26));
  CHECK(check_answer(qvotes, "2,000,000").correct);
  CHECK_FALSE(check_answer(qvotes, "1,900,000").correct);
  CHECK(qturnout.tolerance == doctest::Approx(0.05));
  CHECK(qmass.tolerance == doctest::Approx(0.5));
}

// Three easy steps of 1.6 (give or take 7%) on one side reached 4.1 times the key; shortened, they reach 2.9 at most.
TEST_CASE("an easy figure placed lowest or highest among its options stays within 3 times the key") {
  const Fact size = test::number("size", "How wide did New Horizons measure Pluto?", "New Horizons measured Pluto at {answer} across.", 2370, "km");
  const Content c = test::one_article("pluto", "Pluto", {size});
  const Article& a = c.articles[0];
  int extreme = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, Difficulty::Easy, seed);
    REQUIRE(q);
    const auto v = option_values(*q);
    REQUIRE(v.size() == 4);
    const double lo = *std::min_element(v.begin(), v.end()), hi = *std::max_element(v.begin(), v.end());
    if (lo == 2370 || hi == 2370) {
      ++extreme;
      CHECK_MESSAGE(hi / lo <= 3.0, q->prompt, " ", lo, "..", hi);
    }
  }
  CHECK(extreme > 0);
}
