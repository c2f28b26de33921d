// What blind reading 32 (the Channel Tunnel's opening, Dolly the sheep, Obama's election) marked down, each as a
// failing case before its fix: "Eurotunnel" the one option with "tunnel" in it under a stem about the Channel
// Tunnel; "cells taken from embryos" the odd one out among three "cells taken from adult ..."; "John McCain" offered
// as his own running mate; fill-ins "was a ____." and "is near ____." without the "(breed)" and "(city)" their
// questions ask for.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "test_facts.h"

using namespace factdeck;

namespace {

bool has_rule(const std::vector<Violation>& v, const char* rule) {
  return std::any_of(v.begin(), v.end(), [&](const Violation& x) { return x.rule == rule; });
}

// A multiple-choice question on fact 0 of `c` with these options, the key first.
Question mcq(const Content& c, const std::string& prompt, std::vector<std::string> options) {
  Question q = test::question(c.articles[0].id, c.articles[0].facts[0].id.str(), QuestionType::Mcq, prompt);
  q.options = std::move(options);
  q.answer = 0;
  return q;
}

}  // namespace

TEST_CASE("a word of the stem inside the key's compound cues it, as the word itself does") {
  Fact op = test::name("operator", "Which company owns and runs the Channel Tunnel?", "The Channel Tunnel is run by {answer}.",
                       "Eurotunnel", "");
  op.distractors = {"Stena Line", "Hoverspeed", "P&O Ferries"};
  const Content c = test::one_article("tunnel", "Tunnel", {op});
  const std::vector<std::string> options = {"Eurotunnel", "Stena Line", "Hoverspeed", "P&O Ferries"};
  CHECK(has_rule(check_question(mcq(c, "Which company owns and runs the Channel Tunnel?", options), c), rule::kStemClean));
  CHECK_FALSE(has_rule(check_question(mcq(c, "Which company owns and runs the fixed link under the Channel?", options), c),
                       rule::kStemClean));
  // A short word is no compound's part: "star" in a stem does not cue "Eurostar".
  CHECK_FALSE(has_rule(check_question(mcq(c, "Which company owns the star attraction of the Channel?",
                                          {"Eurostar", "Stena Line", "Hoverspeed", "P&O Ferries"}),
                                      c),
                       rule::kStemClean));
}

TEST_CASE("a key that lacks the word every wrong option has is the odd one out") {
  Fact cells = test::name("cells", "Before Dolly, from what had animals been cloned?", "Before Dolly, animals had been cloned from {answer}.",
                          "cells taken from embryos", "");
  cells.distractors = {"cells taken from adult skin", "cells taken from adult blood", "cells taken from adult muscle"};
  const Content c = test::one_article("dolly", "Dolly", {cells});
  const std::string stem = "Before Dolly, from what had animals been cloned?";
  CHECK(has_rule(check_question(mcq(c, stem, {"cells taken from embryos", "cells taken from adult skin",
                                              "cells taken from adult blood", "cells taken from adult muscle"}),
                                c),
                 rule::kNoCue));
  CHECK_FALSE(has_rule(check_question(mcq(c, stem, {"cells taken from embryos", "cells taken from adult skin",
                                                    "cells grown from stem lines", "cells taken from adult muscle"}),
                                      c),
                       rule::kNoCue));
}

TEST_CASE("a person the stem names is never a wrong answer, named in full or as an owner") {
  Fact mate = test::name("mate", "Who was John McCain's running mate in the 2008 election?",
                         "John McCain's running mate in the 2008 election was {answer}.", "Sarah Palin", "republicans");
  Content c = test::one_article("vote", "Vote", {mate});
  c.classes.push_back(test::lex_class("republicans", "Republican politicians of 2008",
                                      {"Sarah Palin", "John McCain", "Mitt Romney", "Tom Ridge", "Tim Pawlenty"}));
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
      const auto q = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Mcq, d, seed);
      REQUIRE(q);
      CHECK(std::find(q->options.begin(), q->options.end(), "John McCain") == q->options.end());
    }
}

TEST_CASE("a fill-in says the noun its question asks for: a breed, a city near which") {
  const Fact breed = test::name("breed", "Which breed was the ewe that gave birth to Dolly?",
                                "The ewe that gave birth to Dolly was a {answer}.", "Scottish Blackface", "breeds");
  const Fact city = test::name("city", "Near which city is the Roslin Institute?", "The Roslin Institute is near {answer}.",
                               "Edinburgh", "cities");
  Content c = test::one_article("dolly", "Dolly", {breed, city});
  c.classes.push_back(test::lex_class("breeds", "Breeds of sheep", {"Scottish Blackface", "Finn Dorset", "Merino", "Suffolk"}));
  c.classes.push_back(test::lex_class("cities", "Cities of Scotland", {"Edinburgh", "Glasgow", "Aberdeen", "Dundee"}));
  const auto b = generate_question(c, c.articles[0], c.articles[0].facts[0], QuestionType::Cloze, Difficulty::Hard, 1);
  const auto n = generate_question(c, c.articles[0], c.articles[0].facts[1], QuestionType::Cloze, Difficulty::Hard, 1);
  REQUIRE(b);
  REQUIRE(n);
  CHECK(b->text.find("____ (breed)") != std::string::npos);
  CHECK(n->text.find("____ (city)") != std::string::npos);
}
