// Suggestions against editors' hand-made decks: the development articles (floors asserted) and a held-out set.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
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

const std::string kFixtures = FACTDECK_SOURCE_DIR "/tests/fixtures/";

// Every article of a fixture folder whose prose sits in its comments (unseen2-4).
std::vector<measure::Figures> measure_commented(const std::string& folder) {
  const LoadResult fixture = load_content(folder);
  const Content lex = measure::lexicon_for(bundled().content, fixture.content);
  std::vector<measure::Figures> out;
  for (const Article& a : fixture.content.articles)
    out.push_back(measure::measure(measure::article_prose(measure::read_text(a.file)), a, &lex));
  return out;
}

// A folder laid out as a test set: each article's text in DIR/ID.txt, its editor's deck in DIR/decks/articles/ID.toml
// and the editor's classes in DIR/decks/lexicon/. The suggester gets the classes, never the decks' articles.
std::vector<measure::Figures> measure_set(const std::string& dir) {
  const LoadResult decks = load_content(dir + "/decks");
  const Content lex = measure::lexicon_for(bundled().content, decks.content);
  std::vector<measure::Figures> out;
  for (const Article& a : decks.content.articles)
    out.push_back(measure::measure(measure::read_text(dir + "/" + a.id + ".txt"), a, &lex));
  return out;
}

struct Totals {
  int facts = 0, found = 0, ready = 0;
  std::string text;
  void add(const measure::Figures& f) {
    text += measure::report(f, details());
    facts += f.facts, found += f.found, ready += f.ready;
  }
};

}  // namespace

// The development set, which the rules were tuned on: unseen2-4 (nine articles) and the first test set,
// tests/fixtures/suggest (three articles), which became development once it had been measured (docs/suggest.md).
TEST_CASE("recall on the development articles (unseen2-4 and tests/fixtures/suggest): no less than reached") {
  Totals all;
  std::vector<measure::Figures> figures;
  for (const char* set : {"unseen2", "unseen3", "unseen4"})
    for (measure::Figures& f : measure_commented(kFixtures + set)) figures.push_back(std::move(f));
  for (measure::Figures& f : measure_set(kFixtures + "suggest")) figures.push_back(std::move(f));
  for (const measure::Figures& f : figures) all.add(f);
  if (details()) std::cout << all.text;
  MESSAGE("development set: " << all.found << "/" << all.facts << " found, " << all.ready << " ready\n" << all.text);
  REQUIRE(figures.size() == 12);
  REQUIRE(all.facts == 264);
  // Where the rules stand (docs/suggest.md): no rule may lose ground.
  CHECK(all.found >= 219);
  // 194, not 195: "How many of the 650 seats does a party need for a majority?" (unseen3) lost its options below
  // the majority (300 seats is no majority of 650: blind reading 22), and the three above it make no fair question.
  // 193, not 194: the term "exoplanet", asked of a definition that says "planet", is the only option with "planet"
  // in it (a word inside a compound cues the key as the word itself does: blind reading 32's "Eurotunnel").
  CHECK(all.ready >= 193);
  for (const measure::Figures& f : figures) {
    CAPTURE(f.article);
    CHECK(f.recall() >= 0.69);       // the lowest reached: 70% (eu-ai-act-in-force-2024)
    CHECK(f.ready_share() >= 0.54);  // the lowest reached: 55% (starship-flight5-booster-catch)
  }
}

// The held-out test set in tests/fixtures/suggest2/ (the layout of tests/fixtures/suggest): three articles and decks
// written blind (the Bank of Japan's end of negative rates, Finland joining NATO, Webb's launch), measured once when
// the second round of rules landed: 46 of 68 found, 38 ready (70/61%, 74/65%, 59/41%). The floors keep that; a
// rule tuned on these articles would make them development articles, and a new held-out set would be needed.
TEST_CASE("recall on the held-out test set (tests/fixtures/suggest2): reported, no less than measured") {
  const std::string dir = kFixtures + "suggest2";
  REQUIRE(fs::is_directory(dir + "/decks"));
  Totals all;
  for (const measure::Figures& f : measure_set(dir)) all.add(f);
  std::cout << "held-out set (suggest2): " << all.found << "/" << all.facts << " found, " << all.ready << " ready\n"
            << all.text;
  CHECK(all.facts == 68);
  CHECK(all.found >= 46);
  CHECK(all.ready >= 38);
}

// Any other folders, named in FACTDECK_RECALL_FOLDERS (separated by ':'), each in either layout (ID.txt with
// decks/, or articles whose prose sits in their comments): reported, to measure a new set without a code change.
TEST_CASE("recall on the folders named in FACTDECK_RECALL_FOLDERS: reported") {
  const char* env = std::getenv("FACTDECK_RECALL_FOLDERS");
  if (!env) return;
  std::istringstream in(env);
  std::string dir;
  while (std::getline(in, dir, ':')) {
    if (dir.empty()) continue;
    Totals all;
    for (const measure::Figures& f : fs::is_directory(dir + "/decks") ? measure_set(dir) : measure_commented(dir))
      all.add(f);
    std::cout << dir << ": " << all.found << "/" << all.facts << " found, " << all.ready << " ready\n" << all.text;
    CHECK(all.facts > 0);
  }
}
