// Give-aways between the questions of one quiz that no single question shows: options struck out by another
// question's facts or by what another question's text says of them.
#include <doctest/doctest.h>

#include <set>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/quiz_format.h"
#include "generate/content_index.h"
#include "generate/exposure.h"
#include "test_facts.h"

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

Question question(const char* fact, QuestionType type, const char* prompt) { return test::question("brics", fact, type, prompt); }

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

TEST_CASE("a headline that names the key gives away its question: a plural-looking name, and true/false too") {
  Content c;
  Article a;
  a.id = "paris";
  a.title = "Paris Hands the Olympic Flag to Los Angeles as the Games Close";
  Fact f;
  f.id = "olympiad-name";
  f.kind = Kind::Alias;
  f.question = "Under which short name were the Games of the XXXIII Olympiad known?";
  f.statement = "The Games of the XXXIII Olympiad were known as {answer}.";
  f.subject = "the Games of the XXXIII Olympiad";
  f.text = "Paris 2024";
  a.facts.push_back(f);
  f = Fact{};
  f.id = "organiser";
  f.kind = Kind::Name;
  f.question = "Who led the organising committee of the Games?";
  f.statement = "The organising committee of the Games was led by {answer}.";
  f.text = "Tony Estanguet";
  a.facts.push_back(f);
  c.articles.push_back(a);
  const ContentIndex ix(c);
  const Article& art = c.articles[0];
  const gen::Exposure headline = gen::title_exposure(art);
  Question mcq;
  mcq.article = "paris";
  mcq.fact = "olympiad-name";
  mcq.facts = {"olympiad-name"};
  mcq.type = QuestionType::Mcq;
  mcq.prompt = "Under which short name were the Games of the XXXIII Olympiad known?";
  mcq.options = {"Los Angeles 2028", "Paris 2024", "Beijing 2008", "Athens 2004"};
  mcq.answer = 1;
  // "Paris" is shown as "pari" (a plural "s" dropped): it is still the key's word.
  CHECK(gen::shows_answer(headline, gen::exposure(mcq, art, ix)));
  Question tf = mcq;
  tf.type = QuestionType::TrueFalse;
  tf.options.clear();
  tf.answer = -1;
  tf.prompt = "True or false: The Games of the XXXIII Olympiad were known as London 2012.";
  tf.statement = "The Games of the XXXIII Olympiad were known as London 2012.";
  CHECK(gen::shows_answer(headline, gen::exposure(tf, art, ix)));
  // A name the headline does not show is not given away by it.
  tf.fact = "organiser";
  tf.facts = {"organiser"};
  tf.prompt = "True or false: The organising committee of the Games was led by Thomas Bach.";
  tf.statement = "The organising committee of the Games was led by Thomas Bach.";
  CHECK(!gen::shows_answer(headline, gen::exposure(tf, art, ix)));
}

TEST_CASE("two questions whose answers nest are not asked together: 'Vikram' and 'Vikram Sarabhai'") {
  Content c;
  Article a;
  a.id = "moon";
  a.title = "India Names Its Moon Landing Site";
  Fact f;
  f.id = "lander";
  f.kind = Kind::Name;
  f.question = "What is the name of Chandrayaan-3's lander?";
  f.statement = "Chandrayaan-3's lander is called {answer}.";
  f.text = "Vikram";
  a.facts.push_back(f);
  f.id = "namesake";
  f.question = "After whom is Chandrayaan-3's lander named?";
  f.statement = "Chandrayaan-3's lander is named after {answer}, the founder of India's space programme.";
  f.text = "Vikram Sarabhai";
  a.facts.push_back(f);
  f.id = "chairman";
  f.question = "Who was the chairman of ISRO in 2023?";
  f.statement = "The chairman of ISRO in 2023 was {answer}.";
  f.text = "S. Somanath";
  a.facts.push_back(f);
  c.articles.push_back(a);
  const ContentIndex ix(c);
  const Article& art = c.articles[0];
  Question lander;
  lander.article = "moon";
  lander.fact = "lander";
  lander.facts = {"lander"};
  lander.type = QuestionType::Mcq;
  lander.prompt = "What is the name of Chandrayaan-3's lander?";
  lander.options = {"Luna 9", "Vikram", "Chang'e 4", "Luna 25"};
  lander.answer = 1;
  Question namesake;
  namesake.article = "moon";
  namesake.fact = "namesake";
  namesake.facts = {"namesake"};
  namesake.type = QuestionType::Cloze;
  namesake.text = "Chandrayaan-3's lander is named after ____, the founder of India's space programme.";
  namesake.prompt = "Fill in the blank: " + namesake.text;
  namesake.accept = {"Vikram Sarabhai"};
  CHECK(gen::clash(gen::exposure(namesake, art, ix), {gen::exposure(lander, art, ix)}) == 3);
  Question chairman = namesake;
  chairman.fact = "chairman";
  chairman.facts = {"chairman"};
  chairman.text = "The chairman of ISRO in 2023 was ____.";
  chairman.prompt = "Fill in the blank: " + chairman.text;
  chairman.accept = {"S. Somanath"};
  CHECK(gen::clash(gen::exposure(chairman, art, ix), {gen::exposure(lander, art, ix)}) == 0);
}

TEST_CASE("an answer made with figures is given away by a text showing each of its words: '30 by 30'") {
  Content c;
  Article a;
  a.id = "nature";
  a.title = "Nations Agree to Protect 30% of the Planet by 2030";
  Fact f;
  f.id = "thirty";
  f.kind = Kind::Alias;
  f.question = "What is the framework's best-known target often called?";
  f.statement = "The framework's best-known target is often called {answer}.";
  f.subject = "the target to protect 30% of land and sea by 2030";
  f.text = "30 by 30";
  a.facts.push_back(f);
  c.articles.push_back(a);
  const ContentIndex ix(c);
  Question q;
  q.article = "nature";
  q.fact = "thirty";
  q.facts = {"thirty"};
  q.type = QuestionType::Cloze;
  q.text = "The framework's best-known target is often called ____.";
  q.prompt = "Fill in the blank: " + q.text;
  q.accept = {"30 by 30"};
  CHECK(gen::shows_answer(gen::title_exposure(c.articles[0]), gen::exposure(q, c.articles[0], ix)));
  c.articles[0].title = "Nations Agree to Protect Nature";
  CHECK(!gen::shows_answer(gen::title_exposure(c.articles[0]), gen::exposure(q, c.articles[0], ix)));
}

TEST_CASE("a person is given away by the surname another text shows; a reign by its length and its end") {
  Fact who_fact = test::fact("namesake", Kind::Name, "The telescope is named after a man who led NASA from 1961 to 1968. Who was he?",
                             "The NASA administrator after whom the space telescope is named was {answer}.");
  who_fact.text = "James E. Webb";
  Fact reign_fact = test::fact("reign", Kind::Period, "Over which years did Elizabeth II reign?", "Elizabeth II reigned from {answer}.");
  reign_fact.period = {1952, 2022};
  const Content c = test::one_article("webb", "Webb Telescope Sends Back Its First Images", {who_fact, reign_fact});
  const ContentIndex ix(c);
  const Article& art = c.articles[0];
  Question who = test::question("webb", "namesake", QuestionType::Cloze,
                                "Fill in the blank: The NASA administrator after whom the space telescope is named was ____.");
  who.text = "The NASA administrator after whom the space telescope is named was ____.";
  who.accept = {"James E. Webb"};
  const gen::Exposure asked = gen::exposure(who, art, ix);
  // The headline's "Webb", capitalised, names him; a word that merely contains it does not.
  CHECK(gen::shows_answer(gen::title_exposure(art), asked));
  Article other = art;
  other.title = "Cobwebbed Mirrors: the Telescope Sends Back Its First Images";
  CHECK_FALSE(gen::shows_answer(gen::title_exposure(other), asked));
  other.title = "Telescope named after the webb of NASA";  // not as a name: lower case
  CHECK_FALSE(gen::shows_answer(gen::title_exposure(other), asked));

  Question reign = test::question("webb", "reign", QuestionType::Cloze, "Fill in the blank: Elizabeth II reigned from ____ (years).");
  reign.text = "Elizabeth II reigned from ____ (years).";
  const gen::Exposure span = gen::exposure(reign, art, ix);
  other.title = "The Queen Is Laid to Rest After 70 Years on the Throne";
  CHECK(gen::shows_answer(gen::title_exposure(other), span));
  other.title = "The Queen Is Laid to Rest After 71 Years on the Throne";
  CHECK_FALSE(gen::shows_answer(gen::title_exposure(other), span));
}

TEST_CASE("a false statement's wrong name placed by another question settles it; the true one is not struck") {
  const Content c = brics();
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question tf = question("undecided", QuestionType::TrueFalse, "True or false: Iran has not confirmed whether it accepts the invitation.");
  tf.statement = "Iran has not confirmed whether it accepts the invitation.";
  tf.truth = false;
  Question joined = question("joined", QuestionType::Cloze, "Fill in the blank: Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on ____ (date).");
  joined.text = "Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on ____ (date).";
  CHECK(gen::clash(gen::exposure(tf, a, ix), {gen::exposure(joined, a, ix)}) == 2);
  CHECK(gen::clash(gen::exposure(joined, a, ix), {gen::exposure(tf, a, ix)}) == 2);
  // The same question about a country the blank does not place.
  tf.statement = "Argentina has not confirmed whether it accepts the invitation.";
  tf.prompt = "True or false: " + tf.statement;
  CHECK(gen::clash(gen::exposure(tf, a, ix), {gen::exposure(joined, a, ix)}) == 0);
  // A true statement shows the key, which the blank's list does not name: nothing struck.
  tf.statement = "Saudi Arabia has not confirmed whether it accepts the invitation.";
  tf.prompt = "True or false: " + tf.statement;
  tf.truth = true;
  CHECK(gen::clash(gen::exposure(tf, a, ix), {gen::exposure(joined, a, ix)}) == 0);
}

TEST_CASE("a day and month shown without a year give a date away") {
  const Content c = brics();
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question when = question("joined", QuestionType::Cloze, "Fill in the blank: Four countries became full members on ____ (date).");
  when.text = "Four countries became full members on ____ (date).";
  const gen::Exposure asked = gen::exposure(when, a, ix);
  Question other = question("proposed", QuestionType::Cloze, "Fill in the blank: After the members joined on 1 January, the act was proposed in ____ (year).");
  other.text = "After the members joined on 1 January, the act was proposed in ____ (year).";
  CHECK(gen::shows_answer(gen::exposure(other, a, ix), asked));
  other.text = "After the members joined on January 1, the act was proposed in ____ (year).";
  other.prompt = "Fill in the blank: " + other.text;
  CHECK(gen::shows_answer(gen::exposure(other, a, ix), asked));
  other.text = "After the members joined on 2 January, the act was proposed in ____ (year).";
  other.prompt = "Fill in the blank: " + other.text;
  CHECK_FALSE(gen::shows_answer(gen::exposure(other, a, ix), asked));
}

TEST_CASE("a quiz's title shows its news headlines only, and background decks are asked as well") {
  const LoadResult r = load_content(std::string(FACTDECK_SOURCE_DIR) + "/content");
  std::set<std::string> asked;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    QuizSelection sel;
    sel.count = 25;
    sel.seed = seed;
    const Quiz quiz = make_quiz(r.content, sel);
    for (const auto& q : quiz.questions) asked.insert(q.article);
    const std::string md = quiz_to_markdown(quiz, r.content);
    const std::string title = md.substr(0, md.find('\n'));
    INFO(title);
    CHECK(title.find("Beijing Outlines Ambitious Tech Independence Goals (with background questions)") != std::string::npos);
    int news = 0;
    for (const auto& a : r.content.articles)
      if (a.background()) CHECK(title.find(a.title) == std::string::npos);
    for (const auto& q : quiz.questions) news += q.article == "china-tech-self-reliance-2025";
    // A quiz on the news asks about half of it from the news, with four background decks beside it (before, the
    // decks' facts outnumbered the article's two to one).
    CHECK(news * 5 >= 2 * static_cast<int>(quiz.questions.size()));
  }
  // The background deck whose title gave the news article's answers away, when it was shown, is asked now.
  CHECK(asked.count("us-chip-export-controls"));
}

TEST_CASE("an age and a birth year of one article give each other by a subtraction") {
  Fact age = test::fact("age", Kind::Number, "How old was he when he died?", "He was {answer} when he died.");
  age.number.value = 88;
  age.number.unit = "years old";
  Fact born = test::fact("born", Kind::Year, "In which year was he born?", "He was born in {answer}.");
  born.year = 1936;
  Fact elected = test::fact("elected", Kind::Year, "In which year was he elected?", "He was elected in {answer}.");
  elected.year = 2013;
  Content c = test::one_article("pope", "A Funeral", {age, born, elected});
  c.articles[0].published = Date{2025, 4, 26};
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question how_old = test::question("pope", "age", QuestionType::Mcq, "How old was he when he died?");
  how_old.options = {"34 years old", "52 years old", "70 years old", "88 years old"};
  how_old.answer = 3;
  Question when_born = test::question("pope", "born", QuestionType::Cloze, "Fill in the blank: He was born in ____ (year).");
  when_born.text = "He was born in ____ (year).";
  Question when_elected = test::question("pope", "elected", QuestionType::Cloze, "Fill in the blank: He was elected in ____ (year).");
  when_elected.text = "He was elected in ____ (year).";
  CHECK(gen::clash(gen::exposure(how_old, a, ix), {gen::exposure(when_born, a, ix)}) == 3);
  CHECK(gen::clash(gen::exposure(when_born, a, ix), {gen::exposure(how_old, a, ix)}) == 3);
  CHECK(gen::clash(gen::exposure(how_old, a, ix), {gen::exposure(when_elected, a, ix)}) == 0);
}

TEST_CASE("two questions of one article that test the same year count one fact twice") {
  Fact goals = test::fact("goals", Kind::Year, "For which year were the long-range objectives set?",
                          "The long-range objectives were set for {answer}.");
  goals.year = 2035;
  Fact modern = test::fact("modern", Kind::Year, "By which year is modernisation to be achieved?",
                           "Modernisation is to be achieved by {answer}.");
  modern.year = 2035;
  Fact plan = test::fact("plan", Kind::Year, "In which year does the plan begin?", "The plan begins in {answer}.");
  plan.year = 2026;
  const Content c = test::one_article("plan", "A Plan", {goals, modern, plan});
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  auto cloze = [](const char* fact, const char* text) {
    Question q = test::question("plan", fact, QuestionType::Cloze, std::string("Fill in the blank: ") + text);
    q.text = text;
    return q;
  };
  const Question q1 = cloze("goals", "The long-range objectives were set for ____ (year).");
  const Question q2 = cloze("modern", "Modernisation is to be achieved by ____ (year).");
  const Question q3 = cloze("plan", "The plan begins in ____ (year).");
  CHECK(gen::clash(gen::exposure(q1, a, ix), {gen::exposure(q2, a, ix)}) == 3);
  CHECK(gen::clash(gen::exposure(q1, a, ix), {gen::exposure(q3, a, ix)}) == 0);
}

TEST_CASE("who held an office at an event and a year of that event give each other away") {
  Fact who = test::fact("who", Kind::Name, "Under which US president was Huawei first added to the Entity List?",
                        "Huawei was first added to the US Entity List under President {answer}.");
  who.text = "Donald Trump";
  Fact affiliates = test::fact("affiliates", Kind::Number, "How many affiliates were added with Huawei in May 2019?",
                               "Together with Huawei, {answer} affiliates were added to the Entity List in May 2019.");
  affiliates.number.value = 68;
  Fact chips = test::fact("chips", Kind::Year, "In which year was the CHIPS Act signed?", "The CHIPS Act was signed in {answer}.");
  chips.year = 2022;
  const Content c = test::one_article("controls", "Controls", {who, affiliates, chips});
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question president = test::question("controls", "who", QuestionType::Cloze,
                                      "Fill in the blank: Huawei was first added to the US Entity List under President ____.");
  president.text = "Huawei was first added to the US Entity List under President ____.";
  Question how_many = test::question("controls", "affiliates", QuestionType::Numeric,
                                     "How many affiliates were added with Huawei in May 2019?");
  Question signed_in = test::question("controls", "chips", QuestionType::Cloze, "Fill in the blank: The CHIPS Act was signed in ____ (year).");
  signed_in.text = "The CHIPS Act was signed in ____ (year).";
  CHECK(gen::clash(gen::exposure(president, a, ix), {gen::exposure(how_many, a, ix)}) == 3);
  CHECK(gen::clash(gen::exposure(how_many, a, ix), {gen::exposure(president, a, ix)}) == 3);
  CHECK(gen::clash(gen::exposure(president, a, ix), {gen::exposure(signed_in, a, ix)}) == 0);
}

TEST_CASE("a true/false statement is settled by a word of the right name that another question shows with its topic") {
  Fact aim = test::fact("aim", Kind::Name, "What does the Big Fund aim to strengthen?", "The Big Fund aims to strengthen {answer}.");
  aim.text = "the entire domestic chip supply chain";
  aim.distractors = {"the domestic electric vehicle supply chain", "China's solar panel supply chain", "China's smartphone export industry"};
  Fact name = test::fact("name", Kind::Alias, "Which fund is often called the Big Fund?", "The {answer} is often called the Big Fund.");
  name.text = "China Integrated Circuit Industry Investment Fund";
  name.subject = "Big Fund";
  const Content c = test::one_article("fund", "Fund", {aim, name});
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question tf = test::question("fund", "aim", QuestionType::TrueFalse,
                               "True or false: The Big Fund aims to strengthen China's solar panel supply chain.");
  tf.statement = "The Big Fund aims to strengthen China's solar panel supply chain.";
  tf.truth = false;
  Question which = test::question("fund", "name", QuestionType::Mcq, "Which fund is often called the Big Fund?");
  which.options = {"China Integrated Circuit Industry Investment Fund", "Silk Road Fund", "National Social Security Fund",
                   "China Investment Corporation"};
  which.answer = 0;
  CHECK(gen::clash(gen::exposure(tf, a, ix), {gen::exposure(which, a, ix)}) == 3);
}

TEST_CASE("a headline's ordinal gives away how many times: 'a record fourth European title'") {
  Fact times = test::fact("times", Kind::Number, "How many times have Spain now won the European Championship?",
                          "Spain have now won the European Championship {answer}.");
  times.number.value = 4;
  times.number.unit = "times";
  Content c = test::one_article("euro", "Spain Beat England 2-1 in Berlin to Win Record Fourth European Title", {times});
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  Question how_many = test::question("euro", "times", QuestionType::Numeric, "How many times have Spain now won the European Championship?");
  CHECK(gen::shows_answer(gen::title_exposure(a), gen::exposure(how_many, a, ix)));
  c.articles[0].title = "Spain Beat England 2-1 in Berlin";
  CHECK_FALSE(gen::shows_answer(gen::title_exposure(c.articles[0]), gen::exposure(how_many, c.articles[0], ix)));
}

// Blind reading 22: the 13th plan's 2016-2020 beside "which years did the 14th plan cover?" is a sum, not a question.
TEST_CASE("two periods of one regular series in a quiz: whoever knows one counts to the other") {
  Fact thirteenth = test::fact("fyp13", Kind::Period, "Which years did the 13th Five-Year Plan cover?",
                               "The 13th Five-Year Plan covered {answer}.");
  thirteenth.period = {2016, 2020};
  Fact fourteenth = test::fact("fyp14", Kind::Period, "Which years did the 14th Five-Year Plan cover?",
                               "The 14th Five-Year Plan covered {answer}.");
  fourteenth.period = {2021, 2025};
  Fact treaty = test::fact("treaty", Kind::Period, "Which years did the treaty run?", "The treaty ran {answer}.");
  treaty.period = {2022, 2024};
  const Content c = test::one_article("plans", "Plans", {thirteenth, fourteenth, treaty});
  const ContentIndex ix(c);
  const Article& a = c.articles[0];
  auto cloze = [&](const char* id, const char* text) {
    Question q = test::question("plans", id, QuestionType::Cloze, std::string("Fill in the blank: ") + text);
    q.text = text;
    return gen::exposure(q, a, ix);
  };
  const auto q13 = cloze("fyp13", "The 13th Five-Year Plan covered ____ (years).");
  const auto q14 = cloze("fyp14", "The 14th Five-Year Plan covered ____ (years).");
  const auto other = cloze("treaty", "The treaty ran ____ (years).");
  CHECK(gen::clash(q14, {q13}) == 3);
  CHECK(gen::clash(q13, {q14}) == 3);
  CHECK(gen::clash(other, {q13}) == 0);  // three years, not five: no sum gives it
}

// Blind reading 23: "Four Arab States Move to Normalise Ties With Israel" above "How many Arab states agreed...?".
TEST_CASE("a count without a unit is given away by a headline that counts what its statement names") {
  Fact count = test::fact("count", Kind::Number, "How many Arab states agreed in 2020 to normalise relations with Israel?",
                          "In 2020, {answer} Arab states agreed to normalise relations with Israel.");
  count.number.value = 4;
  const Content c = test::one_article("accords", "Four Arab States Move to Normalise Ties With Israel", {count});
  const ContentIndex ix(c);
  const Article& art = c.articles[0];
  Question q = test::question("accords", "count", QuestionType::Numeric,
                              "How many Arab states agreed in 2020 to normalise relations with Israel? Give the exact number.");
  q.value = 4;
  const gen::Exposure asked = gen::exposure(q, art, ix);
  CHECK(gen::shows_answer(gen::title_exposure(art), asked));
  Article other = art;
  other.title = "Arab States Move to Normalise Ties With Israel";
  CHECK_FALSE(gen::shows_answer(gen::title_exposure(other), asked));
  other.title = "Four Years On, the Accords Hold";
  CHECK_FALSE(gen::shows_answer(gen::title_exposure(other), asked));
}

TEST_CASE("a list of people is given away by a surname another text shows: 'comet 67P/Churyumov-Gerasimenko'") {
  Fact found = test::fact("found", Kind::List, "Who discovered the comet?", "The comet was discovered by {answer}.");
  found.items = std::vector<std::string>{"Klim Churyumov", "Svetlana Gerasimenko"};
  const Fact landed = test::year("landed", "In which year did the lander touch down on comet 67P/Churyumov-Gerasimenko?",
                                 "The lander touched down on comet 67P/Churyumov-Gerasimenko in {answer}.", 2014);
  Fact hosts = test::fact("hosts", Kind::List, "Which countries hosted the talks?", "The talks were hosted by {answer}.");
  hosts.items = std::vector<std::string>{"Cuba", "Norway"};
  const Content c = test::one_article("comet", "A Probe Ends Its Mission", {found, landed, hosts});
  const ContentIndex ix(c);
  const Article& art = c.articles[0];
  Question list = test::question("comet", "found", QuestionType::TrueFalse,
                                 "True or false: The comet was discovered by Klim Churyumov and Svetlana Gerasimenko.");
  list.statement = "The comet was discovered by Klim Churyumov and Svetlana Gerasimenko.";
  list.truth = true;
  Question year = test::question("comet", "landed", QuestionType::Mcq,
                                 "In which year did the lander touch down on comet 67P/Churyumov-Gerasimenko?");
  year.options = {"2012", "2013", "2014", "2015"};
  year.answer = 2;
  CHECK(gen::shows_answer(gen::exposure(year, art, ix), gen::exposure(list, art, ix)));
  // One-word members have no surname to show.
  Question talks = test::question("comet", "hosts", QuestionType::TrueFalse, "True or false: The talks were hosted by Cuba and Norway.");
  talks.statement = "The talks were hosted by Cuba and Norway.";
  talks.truth = true;
  CHECK_FALSE(gen::shows_answer(gen::exposure(year, art, ix), gen::exposure(talks, art, ix)));
}
