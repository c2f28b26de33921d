// Give-aways between the questions of one quiz that no single question shows: options struck out by another
// question's facts or by what another question's text says of them.
#include <doctest/doctest.h>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "generate/content_index.h"
#include "generate/exposure.h"

using namespace factdeck;

namespace {

Content brics() {
  Content c;
  Article a;
  a.id = "brics";
  a.title = "BRICS grows";
  Fact f;
  f.id = "undecided";
  f.kind = Kind::Name;
  f.question = "Which invited country has not confirmed whether it accepts the invitation?";
  f.statement = "{answer} has not confirmed whether it accepts the invitation.";
  f.text = "Saudi Arabia";
  a.facts.push_back(f);
  f = Fact{};
  f.id = "joined";
  f.kind = Kind::Date;
  f.question = "On which day did four invited countries become full members?";
  f.statement = "Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on {answer}.";
  f.date = Date{2024, 1, 1};
  a.facts.push_back(f);
  f = Fact{};
  f.id = "proposed";
  f.kind = Kind::Year;
  f.question = "In which year was the act proposed?";
  f.statement = "The act was proposed in {answer}.";
  f.year = 2021;
  a.facts.push_back(f);
  c.articles.push_back(a);
  return c;
}

Question question(const char* fact, QuestionType type, const char* prompt) {
  Question q;
  q.article = "brics";
  q.fact = fact;
  q.facts = {fact};
  q.type = type;
  q.prompt = prompt;
  q.id = std::string("brics/") + fact + "/" + std::string(type_name(type));
  return q;
}

}  // namespace

TEST_CASE("an option another question's text places elsewhere is struck out: all but the key struck is a clash") {
  const Content c = brics();
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question saudi = question("undecided", QuestionType::Mcq, "Which invited country has not confirmed whether it accepts the invitation?");
  saudi.options = {"Saudi Arabia", "Iran", "the United Arab Emirates", "Egypt"};
  saudi.answer = 0;
  Question joined = question("joined", QuestionType::Cloze, "Fill in the blank: Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on ____ (date).");
  joined.text = "Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on ____ (date).";
  joined.accept = {"1 January 2024"};
  // The blank names all three wrong options as members: the Saudi question is answered by elimination.
  CHECK(gen::clash(gen::exposure(saudi, a, ix), {gen::exposure(joined, a, ix)}) == 2);
  CHECK(gen::clash(gen::exposure(joined, a, ix), {gen::exposure(saudi, a, ix)}) == 2);
  // Named as options of another question they are placed nowhere.
  Question options_only = question("joined", QuestionType::Mcq, "On which day did four invited countries become full members?");
  options_only.options = {"1 January 2024", "1 December 2023", "1 February 2024", "1 March 2024"};
  options_only.answer = 0;
  CHECK(gen::clash(gen::exposure(saudi, a, ix), {gen::exposure(options_only, a, ix)}) == 0);
  // One of three named leaves two live wrong options: a soft clash, taken only when nothing else fits.
  joined.text = "Egypt became a full member of BRICS on ____ (date).";
  joined.prompt = "Fill in the blank: " + joined.text;
  CHECK(gen::clash(gen::exposure(saudi, a, ix), {gen::exposure(joined, a, ix)}) == 1);
}

TEST_CASE("years named in another question's text strike out nothing: a year is not placed by being named") {
  const Content c = brics();
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question year = question("proposed", QuestionType::Mcq, "In which year was the act proposed?");
  year.options = {"2012", "2015", "2018", "2021"};
  year.answer = 3;
  Question other = question("joined", QuestionType::Cloze, "Fill in the blank: Between 2012 and 2018 the group met yearly; it grew on ____ (date).");
  other.text = "Between 2012 and 2018 the group met yearly; it grew on ____ (date).";
  other.accept = {"1 January 2024"};
  CHECK(gen::clash(gen::exposure(year, a, ix), {gen::exposure(other, a, ix)}) == 0);
}
