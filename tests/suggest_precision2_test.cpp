// The suggester's precision rules after the blind reading of its ready drafts (issue 21, sugg23): a ready stem stands
// alone (no bare "the talks", no "either", no "that December", no verb missing its object, no weekday for a date),
// has no dateline, asks one sentence, quotes its speaker as written, and a sentence with a gap stands alone too.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/suggest.h"
#include "suggest_helpers.h"
#include "suggest/rules.h"

using namespace factdeck;
using namespace factdeck::suggest_detail;

namespace {

SuggestResult run(const std::string& text) { return test::suggest_text(text); }

const Suggestion* find(const SuggestResult& r, Kind kind, const std::string& answer) {
  return test::find_suggestion(r, kind, answer);
}

using test::question_of;

const std::string kLead = "According to the article, ";

bool mentions(const SuggestResult& r, const std::string& words) {
  for (const Suggestion& s : r.suggestions)
    if (s.fact.question.str().find(words) != std::string::npos || s.fact.statement.str().find(words) != std::string::npos)
      return true;
  return false;
}

}  // namespace

// 2. Datelines and the capitals of a sentence's first word.
TEST_CASE("a dateline in capitals before a dash is no part of the first sentence; a name in capitals before an aside is") {
  const SuggestResult r = run("Budget Passes\nPublished 4 March 2025\n\nLISBON \xE2\x80\x94 The Portuguese parliament approved "
                              "the national budget on 3 March 2025 by 120 votes to 95.\n");
  REQUIRE(find(r, Kind::Date, "3 March 2025"));
  CHECK_FALSE(mentions(r, "LISBON"));
  CHECK_FALSE(mentions(r, "lISBON"));
  CHECK(question_of(r, Kind::Date, "3 March 2025").find(kLead + "the Portuguese parliament approved") == 0);
  const std::vector<Sentence> aside = split_sentences("NASA \xE2\x80\x94 the US space agency \xE2\x80\x94 launched the probe in 2011.");
  REQUIRE(aside.size() == 1);
  CHECK_FALSE(aside[0].heading);
}

TEST_CASE("a word in capitals keeps them; a plural noun of a trade opening a sentence loses its capital") {
  CHECK(lower_first_word("NEW YORK is the seat of the UN") == "NEW YORK is the seat of the UN");
  CHECK(lower_first_word("Chemists announced a new element") == "chemists announced a new element");
  CHECK(lower_first_word("Webb reached its orbit") == "Webb reached its orbit");
}

// 3. One sentence, one question.
TEST_CASE("'June', 'July' and 'May' end a sentence; an abbreviated month before a number does not") {
  CHECK(split_sentences("The ministers met on 30 July. Portugal then left the talks.").size() == 2);
  CHECK(split_sentences("Sales fell in May. Analysts expected more.").size() == 2);
  CHECK(split_sentences("The summit opened on 3 Sept. 2024 in Rome.").size() == 1);
}

// 4. Quotes: the speaker without the verb or the one told, and the verb as written.
TEST_CASE("'NAME told X: \"...\"' quotes NAME, asks what NAME told X; 'wrote' stays 'wrote'") {
  struct Case {
    const char *text, *quote, *speaker, *question, *statement;
  };
  const std::vector<Case> cases = {
      {"Jane Morrow told Reuters: \"This result changes how we think about the early universe.\"\n",
       "This result changes how we think about the early universe.", "Jane Morrow", "What did Jane Morrow tell Reuters?",
       "Jane Morrow told Reuters: {answer}"},
      {"In a letter to staff, Anna Park wrote: \"Our customers deserve better than what we gave them.\"\n",
       "Our customers deserve better than what we gave them.", "Anna Park", "What did Anna Park write?",
       "Anna Park wrote: {answer}"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const SuggestResult r = run(c.text);
    const Suggestion* s = find(r, Kind::Opinion, c.quote);
    REQUIRE(s);
    CHECK(s->fact.speaker == c.speaker);
    CHECK(s->fact.question == c.question);
    CHECK(s->fact.statement == c.statement);
  }
}

