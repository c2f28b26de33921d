// Wrong answers a teacher would accept: numbered series asked among their neighbours, terms among their kind.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "factdeck/answer.h"
#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "factdeck/question.h"
#include "generate/cues.h"
#include "generate/distractors.h"
#include "test_facts.h"

using namespace factdeck;

TEST_CASE("a member of a numbered series is asked among its neighbours, never the series' far end") {
  const LoadResult r = load_content(std::string(FACTDECK_SOURCE_DIR) + "/content");
  const Article* a = r.content.find_article("china-tech-self-reliance-2025");
  REQUIRE(a);
  const Fact* f = a->find_fact("fyp15-name");
  REQUIRE(f);
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (auto [d, reach] : {std::pair{Difficulty::Easy, 4}, {Difficulty::Medium, 3}, {Difficulty::Hard, 2}}) {
      const auto q = generate_question(r.content, *a, *f, QuestionType::Mcq, d, seed);
      REQUIRE(q);
      REQUIRE(q->options.size() == 4);
      for (const auto& o : q->options) {
        const int n = gen::ordinal_in(o);
        CHECK_MESSAGE(n > 0, o);
        // The 15th is the series' last: its three nearest are the 12th to 14th, even where the reach is 2.
        CHECK_MESSAGE(std::abs(n - 15) <= std::max(reach, 3), o << " for the 15th plan");  // never "1st Five-Year Plan"
      }
    }
}

TEST_CASE("a term is asked for by its meaning among its class's terms, never its meaning among other meanings") {
  Content c;
  c.classes.push_back({"swimming-terms", "Swimming terms", {"butterfly", "freestyle", "backstroke", "breaststroke"}, "", {}});
  c.classes.push_back({"symbols", "Symbols of France", {"Marianne", "the tricolour", "the Gallic rooster"}, "", {}});
  Article a;
  a.id = "games";
  a.title = "The Games";
  auto term = [](const char* id, const char* text, const char* definition, const char* cls) {
    Fact f;
    f.id = id;
    f.kind = Kind::Term;
    f.text = text;
    f.definition = definition;
    f.class_id = cls;
    f.question = std::string("What is ") + definition + " called?";
    f.statement = std::string("'{answer}' is ") + definition + ".";
    f.reverse = std::string("What is the ") + text + "?";
    return f;
  };
  a.facts.push_back(term("medley", "individual medley", "a race in which each swimmer uses all four strokes in turn", "swimming-terms"));
  a.facts.push_back(term("cap", "Phrygian cap", "the soft red cap worn as a symbol of liberty", "symbols"));
  a.facts.push_back(term("breaking", "breaking", "a street-dance sport of battles", ""));
  c.articles.push_back(a);
  c.articles[0].facts.push_back(term("relay", "medley relay", "a race of four swimmers, each swimming one stroke", "swimming-terms"));
  c.articles[0].facts.push_back(term("skins", "skins race", "a race in which the slowest swimmers drop out after each heat", "swimming-terms"));
  // Its meaning among other meanings gives a term away (the Golden Glove is for the goalkeeper): even with a class
  // full of definitions, no definition question.
  for (std::uint64_t seed = 1; seed <= 10; ++seed)
    for (auto d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Reverse, d, seed);
      if (q) CHECK(q->type != QuestionType::Reverse);
    }
  // The term is asked for by its meaning, among the terms of its class only: never a red cap.
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Mcq, Difficulty::Medium, seed);
    REQUIRE(q);
    for (const auto& o : q->options) CHECK_MESSAGE(o.find("cap") == std::string::npos, o);
  }
}

TEST_CASE("wrong answers stay inside what the question states: under its whole, never a name it names") {
  Content c;
  c.classes.push_back({"uk-pms", "UK prime ministers",
                       {"Tony Blair", "Gordon Brown", "David Cameron", "Theresa May", "Boris Johnson", "Keir Starmer"}, "", {}});
  Article a;
  a.id = "election";
  a.title = "Labour wins";
  Fact seats;
  seats.id = "seats";
  seats.kind = Kind::Number;
  seats.question = "How many of the 650 seats in the House of Commons did Labour win in 2024?";
  seats.statement = "Labour won {answer} of the 650 seats in the House of Commons in 2024.";
  seats.number = {411, "seats", "", 0};
  a.facts.push_back(seats);
  Fact brown;
  brown.id = "brown";
  brown.kind = Kind::Name;
  brown.question = "Who was the last Labour Prime Minister before Keir Starmer?";
  brown.statement = "The last Labour Prime Minister before Keir Starmer was {answer}.";
  brown.text = "Gordon Brown";
  brown.class_id = "uk-pms";
  a.facts.push_back(brown);
  c.articles.push_back(a);
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      for (const auto& o : q->options) CHECK_MESSAGE(std::atof(o.c_str()) < 650, o << " of 650 seats");
      const auto p = generate_question(c, c.articles[0], c.articles[0].facts[1], QuestionType::Mcq, d, seed);
      REQUIRE(p);
      for (const auto& o : p->options) CHECK(o != "Keir Starmer");
      const auto t = generate_question(c, c.articles[0], c.articles[0].facts[1], QuestionType::TrueFalse, d, seed);
      REQUIRE(t);
      CHECK(t->statement.find("Starmer was Keir Starmer") == std::string::npos);
    }
}

TEST_CASE("an age steps by years and stays human; the Games' years keep their four-year cycle") {
  Fact age = test::fact("age", Kind::Number, "At what age did Charles III become King?", "Charles III was {answer} when he became King.");
  age.number.value = 73;
  age.number.unit = "years old";
  Fact paris = test::fact("paris", Kind::Year, "Before 2024, in which year had Paris last hosted the Summer Games?",
                          "Before 2024, Paris had last hosted the Summer Games in {answer}.");
  paris.year = 1924;
  Content c = test::one_article("throne", "A New King", {age, paris});
  c.articles[0].published = Date{2022, 9, 20};
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (auto d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      REQUIRE(q->options.size() == 4);
      for (const auto& o : q->options) {
        const int years = std::atoi(o.c_str());
        CHECK_MESSAGE(years <= 105, o);
        // Hard: within four steps of two years either way (73 among 91, 110 and 140 was the bug).
        if (d == Difficulty::Hard) CHECK_MESSAGE(std::abs(years - 73) <= 12, o);
      }
      const auto games = generate_question(c, c.articles[0], c.articles[0].facts[1], QuestionType::Mcq, d, seed);
      REQUIRE(games);
      for (const auto& o : games->options) CHECK_MESSAGE((std::atoi(o.c_str()) - 1924) % 4 == 0, o);
    }
}

TEST_CASE("a magnitude stays under 9.5, and a small figure with decimals is typed exactly") {
  Fact f = test::fact("magnitude", Kind::Number, "What was the magnitude of the second earthquake?",
                      "The second earthquake had a magnitude of {answer}.");
  f.number.value = 7.5;
  f.number.decimals = 1;
  const Content c = test::one_article("quake", "Quake", {f});
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (auto d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      if (const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Mcq, d, seed))
        for (const auto& o : q->options) CHECK_MESSAGE(std::atof(o.c_str()) <= 9.5, o);
      const auto n = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Numeric, d, seed);
      REQUIRE(n);
      // 5% of 7.5 would accept 7.8, the other quake's magnitude.
      CHECK(n->tolerance == doctest::Approx(0.05));
      CHECK(n->prompt.find("exact figure") != std::string::npos);
    }
}

TEST_CASE("a blank takes the initials the article uses, says no hint its sentence says, and a classless term has no options") {
  Fact lab = test::fact("lab", Kind::Name, "Which laboratory managed the mission?", "The mission was managed by the {answer}.");
  lab.text = "Jet Propulsion Laboratory";
  lab.class_id = "centres";
  lab.sentence = "The mission was managed by NASA's Jet Propulsion Laboratory (JPL) in California.";
  Fact closed = test::fact("closed", Kind::Period, "For which years was the canal closed?", "The canal was closed for the years {answer}.");
  closed.period = {1967, 1975};
  Fact word = test::fact("word", Kind::Term, "Which Japanese word did the bid promise?", "The bid promised {answer}.");
  word.text = "omotenashi";
  word.definition = "Japanese hospitality";
  Fact other = test::fact("twisties", Kind::Term, "What do gymnasts call losing their air sense?", "Gymnasts call it {answer}.");
  other.text = "the twisties";
  other.definition = "losing one's sense of position in the air";
  Fact third = test::fact("playbooks", Kind::Term, "What were the rulebooks called?", "The rulebooks were called {answer}.");
  third.text = "playbooks";
  third.definition = "the rulebooks for the Games";
  Content c = test::one_article("mission", "Mission", {lab, closed, word, other, third});
  c.classes.push_back({"centres", "NASA centres", {"Jet Propulsion Laboratory", "Goddard Space Flight Center", "Johnson Space Center", "Ames Research Center"}, "", {}});
  const Article& a = c.articles[0];
  const auto blank = generate_question(c, a, a.facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(blank);
  CHECK(std::find(blank->accept.begin(), blank->accept.end(), "JPL") != blank->accept.end());
  const auto years = generate_question(c, a, a.facts[1], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(years);
  CHECK(years->text == "The canal was closed for the years ____.");
  // A term without a class would be asked among the article's other terms, of other kinds: English words for
  // "which Japanese word".
  for (std::uint64_t seed = 1; seed <= 5; ++seed)
    if (const auto q = generate_question(c, a, a.facts[2], QuestionType::Mcq, Difficulty::Medium, seed)) CHECK(q->type != QuestionType::Mcq);
}

TEST_CASE("'about how many' takes answers within 10%, and a long list is not read out as a statement") {
  Fact delegations = test::fact("delegations", Kind::Number, "About how many foreign delegations attended the funeral?",
                                "About {answer} attended the funeral.");
  delegations.number.value = 130;
  delegations.number.unit = "delegations";
  Fact sectors = test::fact("sectors", Kind::List, "Which sectors are key sectors of the plan?", "The plan's key sectors are {answer}.");
  sectors.items = {"robotics", "aerospace", "rail", "ships", "energy", "materials", "medicine", "farm machinery"};
  sectors.class_id = "sectors";
  Content c = test::one_article("funeral", "Funeral", {delegations, sectors});
  c.classes.push_back({"sectors", "Sectors", {"robotics", "aerospace", "rail", "ships", "energy", "materials", "medicine",
                                               "farm machinery", "tourism", "banking", "retail"}, "", {}});
  const Article& a = c.articles[0];
  for (auto d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
    const auto q = generate_question(c, a, a.facts[0], QuestionType::Numeric, d, 1);
    REQUIRE(q);
    CHECK(q->tolerance == doctest::Approx(13));
    CHECK(q->prompt.find("within 10% count") != std::string::npos);
    CHECK(q->prompt.find("exact") == std::string::npos);
    CHECK_FALSE(generate_question(c, a, a.facts[1], QuestionType::TrueFalse, d, 1).has_value());
  }
}

TEST_CASE("a period's blank asks for its first and last year; a blank whose sentence spells the answer is not asked; a church is typed without its title") {
  Fact reign = test::fact("reign", Kind::Period, "Which years did his pontificate span?", "His pontificate lasted {answer}.");
  reign.period = {2013, 2025};
  Fact order = test::fact("order", Kind::Alias, "By what name are members of his order known?",
                          "Members of the Society of Jesus, his order, are known as {answer}.");
  order.text = "Jesuits";
  order.subject = "Society of Jesus";
  Content c = test::one_article("pope", "Pope", {reign, order});
  const Article& a = c.articles[0];
  const auto years = generate_question(c, a, a.facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(years);
  CHECK(years->text == "His pontificate lasted ____ (first year-last year).");
  // "Society of Jesus" spells "Jesuits": a freebie, not a question about the article.
  for (std::uint64_t seed = 1; seed <= 5; ++seed)
    if (const auto q = generate_question(c, a, a.facts[1], QuestionType::Cloze, Difficulty::Hard, seed))
      CHECK(q->type != QuestionType::Cloze);
  CHECK(gen::shared_root("Members of the Society of Jesus are known as", "Jesuits") == "jesuits");
  // A church is typed without its title, as students write it.
  Fact buried = test::fact("buried", Kind::Name, "Where was he buried?", "He was buried in the {answer}.");
  buried.text = "Basilica of Santa Maria Maggiore";
  buried.class_id = "churches";
  Content b = test::one_article("pope", "Pope", {buried});
  b.classes.push_back({"churches", "Churches of Rome", {"Basilica of Santa Maria Maggiore", "Basilica of San Giovanni in Laterano",
                                                         "Basilica of San Paolo fuori le Mura", "Basilica of San Clemente"}, "", {}});
  const auto where = generate_question(b, b.articles[0], b.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(where);
  CHECK(check_answer(*where, "Santa Maria Maggiore").correct);
  CHECK(check_answer(*where, "the Basilica of Santa Maria Maggiore").correct);
  CHECK(gen::shared_root("The Investment Fund is often called the", "Big Fund").empty());
}

TEST_CASE("a date's wrong options from its own story stay within a year of it") {
  Fact died = test::fact("died", Kind::Date, "On which day did he die?", "He died on {answer}.");
  died.date = Date{2025, 4, 21};
  Fact elected = test::fact("elected", Kind::Date, "On which day was he elected?", "He was elected on {answer}.");
  elected.date = Date{2013, 3, 13};
  Fact funeral = test::fact("funeral", Kind::Date, "On which day was his funeral?", "His funeral was on {answer}.");
  funeral.date = Date{2025, 4, 26};
  Content c = test::one_article("pope", "Pope", {died, elected, funeral});
  c.articles[0].published = Date{2025, 4, 26};
  const Article& a = c.articles[0];
  bool funeral_offered = false;
  for (auto d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
      const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      CHECK(std::find(q->options.begin(), q->options.end(), "13 March 2013") == q->options.end());
      funeral_offered |= std::find(q->options.begin(), q->options.end(), "26 April 2025") != q->options.end();
    }
  CHECK(funeral_offered);
}

TEST_CASE("a count under a hundred and a share step by plain amounts; a share's margin is said in percentage points") {
  const Content c = test::one_article(
      "euro", "Euro",
      {test::number("members", "How many member states does the euro area have?", "The euro area has {answer}.", 20, "member states"),
       test::number("leave", "What share of the vote did Leave win?", "Leave won {answer} of the vote.", 52, "%")});
  const Article& a = c.articles[0];
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, Difficulty::Easy, seed);
    REQUIRE(q);
    for (const auto& o : q->options) {
      const auto n = parse_number_text(o);
      REQUIRE(n);
      // Steps of 3 to 5, uneven so the options are no ladder: at most 5-35, never 51 (a ratio of 1.6 twice).
      CHECK(n->value >= 5);
      CHECK(n->value <= 35);
    }
    const auto share = generate_question(c, a, a.facts[1], QuestionType::Mcq, Difficulty::Easy, seed);
    REQUIRE(share);
    for (const auto& o : share->options) CHECK(parse_number_text(o)->value <= 100);
  }
  // 52% within 3 points would accept 49%, a Leave that lost (blind reading 25): which side won is asked in options.
  CHECK_FALSE(generate_question(c, a, a.facts[1], QuestionType::Numeric, Difficulty::Medium, 1));
  const Content t = test::one_article("vote", "Vote", {test::number("turnout", "What was the turnout?", "Turnout was {answer}.", 62, "%")});
  const auto typed = generate_question(t, t.articles[0], t.articles[0].facts[0], QuestionType::Numeric, Difficulty::Medium, 1);
  REQUIRE(typed);
  CHECK(typed->prompt.find("answers within 3 percentage points count") != std::string::npos);
  CHECK(typed->tolerance == doctest::Approx(3));
  CHECK(check_answer(*typed, "59%").correct);
  CHECK_FALSE(check_answer(*typed, "58%").correct);
}

TEST_CASE("a qualified figure is made false by the other direction; an age moves by a tenth at most") {
  Fact cases = test::fact("cases", Kind::Number, "How many cases had been reported outside China?",
                          "When the emergency was declared, {answer} had been reported outside China.");
  cases.number.value = 100;
  cases.number.unit = "cases";
  cases.number.qualifier = "fewer than";
  Fact age = test::fact("age", Kind::Number, "How old was Sunak when he took office?", "Sunak was {answer} when he took office.");
  age.number.value = 42;
  age.number.unit = "years old";
  const Content c = test::one_article("who", "WHO", {cases, age});
  const Article& a = c.articles[0];
  int falses = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto q = generate_question(c, a, a.facts[0], QuestionType::TrueFalse, Difficulty::Medium, seed);
    REQUIRE(q);
    // "Fewer than 70 cases" is neither true nor false by the article; "more than 100 cases" is false.
    if (!q->truth) {
      CHECK(q->statement == "When the emergency was declared, more than 100 cases had been reported outside China.");
      ++falses;
    }
    CHECK(check_question(*q, c).empty());
    const auto old = generate_question(c, a, a.facts[1], QuestionType::Mcq, Difficulty::Easy, seed);
    REQUIRE(old);
    for (const auto& o : old->options) CHECK(parse_number_text(o)->value >= 27);  // 42 - 3 steps of 5
  }
  CHECK(falses > 0);
}

TEST_CASE("a period under way at the article's date is asked among periods under way then") {
  Fact term = test::fact("term", Kind::Period, "Which years does Bukele's first term cover?", "Bukele's first term covers {answer}.");
  term.period = {2019, 2024};
  Content c = test::one_article("bitcoin", "Bitcoin", {term});
  c.articles[0].published = Date{2021, 9, 7};
  const Article& a = c.articles[0];
  for (auto d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
    for (std::uint64_t seed = 1; seed <= 5; ++seed)
      if (const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, d, seed); q && q->type == QuestionType::Mcq)
        for (const auto& o : q->options) {
          // Not 2025-2030 for a term already begun in 2021.
          const int from = std::atoi(o.c_str()), to = std::atoi(o.c_str() + 5);
          CHECK(from <= 2021);
          CHECK(to >= 2021);
        }
}

TEST_CASE("a year's wrong answers written by its author are used, alone when there are enough of them") {
  // The BJP's own majority of 2014 was won again in 2019: a made-up neighbour can be true in the world, so the
  // author's election years come first, and alone once they fill the options (blind reading 20).
  auto with = [](std::vector<std::string> authored) {
    Fact f = test::fact("bjp-majority", Kind::Year, "In which year did the BJP sweep to power with a majority of its own?",
                        "The BJP swept to power with a majority of its own in {answer}.");
    f.year = 2014;
    f.distractors = authored;
    Content c = test::one_article("india-2024", "Modi wins a third term", {f});
    c.articles[0].published = Date{2024, 6, 5};
    return c;
  };
  const Content all = with({"1999", "2004", "2009"});
  int asked = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(all, all.articles[0], all.articles[0].facts[0], QuestionType::Mcq, d, seed);
      if (!q || q->type != QuestionType::Mcq) continue;
      ++asked;
      for (const auto& o : q->options) CHECK_MESSAGE((o == "1999" || o == "2004" || o == "2009" || o == "2014"), o);
    }
  CHECK(asked > 0);
  // One written wrong answer comes first; the rest are made up around the key.
  const Content one = with({"2009"});
  int with_it = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto q = generate_question(one, one.articles[0], one.articles[0].facts[0], QuestionType::Mcq, Difficulty::Easy, seed);
    if (q && q->type == QuestionType::Mcq && std::find(q->options.begin(), q->options.end(), "2009") != q->options.end())
      ++with_it;
  }
  CHECK(with_it > 0);
}

TEST_CASE("numbers: no ladder of even steps, no more countries than the world has, no '1 women' (blind reading 21)") {
  Fact yes = test::fact("yes", Kind::Number, "What share of voters backed repeal?", "{answer} of voters backed repeal.");
  yes.number.value = 44;
  yes.number.unit = "%";
  Fact parties = test::fact("parties", Kind::Number, "How many countries adopted the agreement?",
                            "Representatives of {answer} adopted the agreement.");
  parties.number.value = 195;
  parties.number.unit = "countries";
  Fact women = test::fact("women", Kind::Number, "How many women have won the chemistry prize?",
                          "{answer} have won the chemistry prize.");
  women.number.value = 5;
  women.number.unit = "women";
  const Content c = test::one_article("votes", "Votes", {yes, parties, women});
  const Article& a = c.articles[0];
  int uneven = 0, asked = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      if (const auto q = generate_question(c, a, a.facts[0], QuestionType::Mcq, d, seed); q && q->options.size() == 4) {
        std::vector<double> v;
        for (const auto& o : q->options) v.push_back(parse_number_text(o)->value);
        std::sort(v.begin(), v.end());
        ++asked;
        if (!(v[1] - v[0] == v[2] - v[1] && v[2] - v[1] == v[3] - v[2])) ++uneven;
      }
      if (const auto q = generate_question(c, a, a.facts[1], QuestionType::Mcq, d, seed))
        for (const auto& o : q->options) CHECK_MESSAGE(parse_number_text(o)->value <= 200, o);
      if (const auto q = generate_question(c, a, a.facts[1], QuestionType::TrueFalse, d, seed)) {
        // No "Representatives of 252 countries" in a false statement.
        const auto from = q->prompt.find("of ") + 3, to = q->prompt.find(" countries");
        REQUIRE(to != std::string::npos);
        CHECK_MESSAGE(parse_number_text(q->prompt.substr(from, to - from))->value <= 200, q->prompt);
      }
      if (const auto q = generate_question(c, a, a.facts[2], QuestionType::Mcq, d, seed))
        for (const auto& o : q->options) CHECK(o != "1 women");
    }
  REQUIRE(asked > 0);
  // An even ladder at most by chance: a step's wobble is one of three, and at hard (steps of 2 or 3) often the same.
  // 48 of 60 were uneven; 46 once a share's wrong values stay above the key over 1.76 (blind reading 26).
  CHECK(uneven * 4 >= asked * 3);
}

TEST_CASE("a whole written in words bounds the wrong counts, and a majority stays a majority (blind reading 22)") {
  Fact majority = test::fact("majority", Kind::Number, "How many of the nine justices formed the majority?",
                             "The majority was made up of {answer}.");
  majority.number.value = 5;
  majority.number.unit = "justices";
  const Content c = test::one_article("court", "Court", {majority});
  const Article& a = c.articles[0];
  CHECK(gen::stated_total(a.facts[0], 5) == 9);
  CHECK(gen::majority_floor(a.facts[0], 9) == 5);
  int asked = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      for (QuestionType t : {QuestionType::Mcq, QuestionType::TrueFalse}) {
        const auto q = generate_question(c, a, a.facts[0], t, d, seed);
        if (!q) continue;
        ++asked;
        std::vector<std::string> shown = q->options;
        if (t == QuestionType::TrueFalse) shown = {q->prompt.substr(q->prompt.find("of ") + 3)};
        for (const auto& o : shown) {
          const auto v = parse_number_text(o.substr(0, o.find(" justices") + 9));
          REQUIRE_MESSAGE(v, o);
          CHECK_MESSAGE(v->value >= 5, q->prompt, " / ", o);  // no 2 or 3 of nine as a majority
          CHECK_MESSAGE(v->value < 9, q->prompt, " / ", o);   // no 12 of nine
        }
      }
    }
  CHECK(asked > 0);
  // A figure that is not itself the majority keeps its wrong answers on both sides.
  Fact short_of = test::fact("short", Kind::Number, "By how many of the 650 seats did the party fall short of a majority?",
                             "The party fell {answer} short of a majority.");
  short_of.number.value = 20;
  short_of.number.unit = "seats";
  const Content c2 = test::one_article("vote", "Vote", {short_of});
  CHECK(generate_question(c2, c2.articles[0], c2.articles[0].facts[0], QuestionType::Mcq, Difficulty::Medium, 1));
}

TEST_CASE("a count of two digits keeps two digits in its wrong answers (blind reading 24: 81 points among 133)") {
  const Content c = test::one_article(
      "season", "Season",
      {test::number("points", "How many points did the champions finish with?", "The champions finished with {answer}.", 81, "points"),
       test::number("goals", "How many goals did the striker score?", "The striker scored {answer}.", 12, "goals")});
  const Article& a = c.articles[0];
  int asked = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
      for (const Fact& f : a.facts) {
        const auto q = generate_question(c, a, f, QuestionType::Mcq, d, seed);
        if (!q) continue;
        ++asked;
        for (const auto& o : q->options) {
          const auto v = parse_number_text(o);
          REQUIRE_MESSAGE(v, o);
          CHECK_MESSAGE(v->value >= 10, q->prompt, " / ", o);
          CHECK_MESSAGE(v->value <= 99, q->prompt, " / ", o);
        }
      }
  CHECK(asked >= 60);  // both facts asked at every difficulty: the bound leaves room for wrong answers
}

// The author's wrong years a year from the key split a hair and are dropped: the ones left come first among made-up
// years, so the fact is still asked with options and as a false statement (content's 14th plan: 2020 and 2022 for
// 2021 left one, and the fact went unasked in both).
TEST_CASE("a year whose author's wrong years are mostly a year off still gets options and a false statement") {
  Fact npc = test::year("npc", "In which year did the congress approve the plan?", "The congress approved the plan in {answer}.", 2021);
  npc.distractors = {"2019", "2020", "2022"};
  Content c = test::one_article("plan", "Plan", {npc});
  c.articles[0].published = Date{2025, 10, 24};
  int options = 0, false_ones = 0;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    if (const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Mcq, Difficulty::Medium, seed);
        q && q->type == QuestionType::Mcq) {
      ++options;
      CHECK(std::find(q->options.begin(), q->options.end(), "2019") != q->options.end());
      CHECK(std::find(q->options.begin(), q->options.end(), "2020") == q->options.end());
      CHECK(std::find(q->options.begin(), q->options.end(), "2022") == q->options.end());
    }
    if (const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::TrueFalse, Difficulty::Medium, seed))
      false_ones += !q->truth;
  }
  CHECK(options == 10);
  CHECK(false_ones > 0);
}
