// Suggestions against editors' hand-made decks: the development articles (reported) and the test set (asserted).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "suggest_measure.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

const LoadResult& bundled() {
  static const LoadResult r = load_content(FACTDECK_SOURCE_DIR "/content");
  return r;
}

bool details() { return std::getenv("FACTDECK_RECALL_DETAILS") != nullptr; }

// Every article of a fixture folder whose prose sits in its comments (the development set).
std::vector<measure::Figures> measure_commented(const std::string& folder) {
  const LoadResult fixture = load_content(folder);
  const Content lex = measure::lexicon_for(bundled().content, fixture.content);
  std::vector<measure::Figures> out;
  for (const Article& a : fixture.content.articles)
    out.push_back(measure::measure(measure::article_prose(measure::read_text(a.file)), a, &lex));
  return out;
}

}  // namespace

TEST_CASE("recall on the development articles (unseen2-4): reported, the rules were tuned on them") {
  int facts = 0, found = 0, ready = 0;
  std::string text;
  for (const char* set : {"unseen2", "unseen3", "unseen4"})
    for (const measure::Figures& f : measure_commented(std::string(FACTDECK_SOURCE_DIR "/tests/fixtures/") + set)) {
      text += measure::report(f, details());
      facts += f.facts, found += f.found, ready += f.ready;
    }
  if (details()) std::cout << text;
  MESSAGE("development set: " << found << "/" << facts << " found, " << ready << " ready");
  REQUIRE(facts == 198);
  // Where the rules stood when issue 21's work was handed over (152 found, 146 ready): no rule may lose ground.
  CHECK(found >= 150);
  CHECK(ready >= 144);
}

namespace {

// The test set: each article's text in tests/fixtures/suggest/ID.txt, its editor's deck in decks/articles/ID.toml
// and the editor's classes in decks/lexicon/.
std::vector<measure::Figures> measure_test_set() {
  const std::string dir = FACTDECK_SOURCE_DIR "/tests/fixtures/suggest";
  const LoadResult decks = load_content(dir + "/decks");
  const Content lex = measure::lexicon_for(bundled().content, decks.content);
  std::vector<measure::Figures> out;
  for (const Article& a : decks.content.articles)
    out.push_back(measure::measure(measure::read_text(dir + "/" + a.id + ".txt"), a, &lex));
  return out;
}

}  // namespace

// Issue 21's targets are 85% of each deck found and 70% ready. They are not met yet (docs/suggest.md has the
// figures): this asserts the figures reached, measured once at the end and never tuned on, so that no change
// loses ground; raise the floors to the targets when they are met.
TEST_CASE("recall on the test set (tests/fixtures/suggest): each deck's facts found and ready, no less than reached") {
  const std::vector<measure::Figures> figures = measure_test_set();
  REQUIRE(figures.size() == 3);
  for (const measure::Figures& f : figures) {
    MESSAGE(measure::report(f, details()));
    CHECK(f.facts == 22);
    CHECK(f.recall() >= 0.45);
    CHECK(f.ready_share() >= 0.40);
  }
}
