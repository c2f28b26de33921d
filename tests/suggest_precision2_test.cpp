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

// 1. A bare definite noun points back into the article: read as the name the article gave it, or not ready.
TEST_CASE("a bare 'the NOUN' opening a stem is read as the article's name with that head; with none, not ready") {
  const SuggestResult r = run("The Kyoto Protocol on greenhouse gases was agreed by 192 parties. The protocol entered into "
                              "force on 16 February 2005.\n");
  CHECK(question_of(r, Kind::Date, "16 February 2005") == kLead + "the Kyoto Protocol entered into force on which date?");
  CHECK(find(r, Kind::Date, "16 February 2005")->ready());
  const SuggestResult bare = run("Dock workers met the minister on Monday. The walkout ended on 12 May 2023 after nine days.\n");
  const Suggestion* d = find(bare, Kind::Date, "12 May 2023");
  REQUIRE(d);
  CHECK_FALSE(d->ready());
  CHECK(d->missing.find("'the walkout'") != std::string::npos);
  const SuggestResult named = run("The Lisbon dock strike ended on 12 May 2023 after nine days.\n");
  const Suggestion* n = find(named, Kind::Date, "12 May 2023");
  REQUIRE(n);
  CHECK(n->ready());
}

TEST_CASE("'the text' is the text of the first document the article names; with none, not ready") {
  const SuggestResult r = run("The Convention on Cluster Munitions bans the weapons outright. The text was adopted in Dublin "
                              "on 30 May 2008 by 107 states.\n");
  CHECK(question_of(r, Kind::Date, "30 May 2008") ==
        kLead + "the text of the Convention on Cluster Munitions was adopted in Dublin on which date by 107 states?");
  CHECK(find(r, Kind::Date, "30 May 2008")->ready());
  const SuggestResult none = run("Diplomats worked for weeks. The text was adopted in Dublin on 30 May 2008 by 107 states.\n");
  const Suggestion* d = find(none, Kind::Date, "30 May 2008");
  REQUIRE(d);
  CHECK_FALSE(d->ready());
}

TEST_CASE("'either', 'that December', a verb with no object and a bare event noun: the stem does not stand alone") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"which country has not ratified the accord either?", false},
      {"which country has not ratified the accord?", true},
      {"the final was played in which city that December?", false},
      {"the Prado museum opened in March 1990 and closed in which month that year?", true},
      {"the Prado museum opened in March of which year and closed in May that year?", true},
      {"Chile became the 40th state to ratify on which date?", false},
      {"Chile became the 40th state to ratify the convention on which date?", true},
      {"the Ottawa convention was adopted in which city?", true},
      {"which countries walked out on the day of the vote?", false},
      {"which countries walked out on the day of the vote on the budget?", true},
      {"the Sun is how many times heavier than Jupiter?", true},
  };
  for (const auto& [stem, ok] : cases) {
    CAPTURE(stem);
    CHECK(stem_context_flaw(kLead + stem).empty() == ok);
  }
}

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

// 5. A sentence with a gap must stand alone as a question does.
TEST_CASE("a short sentence with a gap that opens with a pronoun is not ready; a question of its own is") {
  Candidate gap;
  gap.fact.question = kLead + "which figure goes in the gap: \xE2\x80\x9C" + "It sold ___ phones\xE2\x80\x9D?";
  vet_stem(gap);
  CHECK(gap.missing.find("a question of its own") == 0);
  Candidate asked;
  asked.fact.question = kLead + "the Lisbon dock strike ended on which date?";
  vet_stem(asked);
  CHECK(asked.missing.empty());
}

TEST_CASE("a short gap that qualifies a name, or a sales figure with no year, is not ready; a dated one is") {
  Candidate gap;
  gap.fact.kind = Kind::Number;
  gap.fact.question = kLead + "which figure goes in the gap: \xE2\x80\x9C" + "Sales were lifted by the ___ Model Z\xE2\x80\x9D?";
  vet_stem(gap);
  CHECK(gap.missing.find("qualifies the name") != std::string::npos);
  CHECK_FALSE(time_frame_flaw("the average price of a ticket rose to how much?").empty());
  CHECK(time_frame_flaw("the average price of a ticket rose to how much in 2019?").empty());
  CHECK(time_frame_flaw("the river rose to how many metres?").empty());  // no figure that changes with trade
  const SuggestResult r = run("Nokia sold 12 million phones, and the price of its top model rose to 900 euros.\n");
  const Suggestion* p = find(r, Kind::Number, "900 euros");
  REQUIRE(p);
  CHECK_FALSE(p->ready());
}

// 4b. A quote that points back into the article is no statement to judge alone.
TEST_CASE("a quote with 'this NOUN' or 'today's' is not ready; a quote that says it all is") {
  const SuggestResult r = run("Maria Lopez told reporters: \"We have waited for this decision for ten long years.\"\n");
  const Suggestion* s = find(r, Kind::Opinion, "We have waited for this decision for ten long years.");
  REQUIRE(s);
  CHECK_FALSE(s->ready());
  const SuggestResult k = run("Maria Lopez told reporters: \"Every child in the country deserves a free school meal.\"\n");
  const Suggestion* o = find(k, Kind::Opinion, "Every child in the country deserves a free school meal.");
  REQUIRE(o);
  CHECK(o->ready());
}

// 6. A weekday in a stem is the date it stands for.
TEST_CASE("'on Wednesday' left in a stem becomes the date the dateline gives it; with no dateline it stays") {
  const std::string body = "The Portuguese parliament on Wednesday approved a budget of 95 billion euros.\n";
  const SuggestResult r = run("Budget Passes\nPublished 6 March 2025\n\nLISBON \xE2\x80\x94 " + body);
  const std::string q = question_of(r, Kind::Number, "95 billion euros");
  CHECK(q.find("on 5 March 2025") != std::string::npos);
  CHECK(q.find("Wednesday") == std::string::npos);
  CHECK(date_weekdays("the vote took place on Friday, 7 March 2025", "The vote took place on Friday, 7 March 2025.",
                      Date{2025, 3, 6}) == "the vote took place on Friday, 7 March 2025");
  CHECK(date_weekdays("the ship will sail on Monday", "The ship will sail on Monday.", Date{2025, 3, 6}) ==
        "the ship will sail on 10 March 2025");
}
