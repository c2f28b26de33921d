// The suggester's precision rules of issue 21: a ready draft reads as English, stands alone, asks what is worth
// learning and offers wrong answers of the key's sort. Each rule with a draft it must refuse and one it must keep.
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

const LoadResult& bundled() { return test::bundled_content(); }

SuggestResult run(const std::string& text) { return test::suggest_text(text); }

const Suggestion* find(const SuggestResult& r, Kind kind, const std::string& answer) {
  return test::find_suggestion(r, kind, answer);
}

using test::question_of;

const std::string kLead = "According to the article, ";

}  // namespace

// (a) A draft whose inversion cannot be made grammatical is refused.
TEST_CASE("a question word cannot follow a determiner or an owner, sit in an apposition, or lack a verb") {
  struct Case {
    const char* core;
    const char* wh;
    bool ok;
  };
  const std::vector<Case> cases = {
      {"Turkey became the last of the how many members to ratify", "how many members", false},
      {"the bank said its what percentage inflation target was in sight", "what percentage", false},
      {"the Senate's which committee approved the bill", "which committee", false},
      {"the parliament voted on which date 30 March", "on which date", false},
      {"at the end of a policy of how many days meeting, the bank raised rates", "how many days", false},
      {"the dish, how many metres across, is made of steel", "how many metres", false},
      {"its relay station how many kilometres from Earth", "how many kilometres", false},
      {"on which date, Rengo, the Japanese Trade Union Confederation", "on which date", false},
      {"behind the Green Party led by whom and the Liberal Party", "by whom", false},
      {"the summit ended with a dinner for its chair, which Kenyan president", "which Kenyan president", false},
      {"the bank raised interest rates on which date for the first time in 17 years", "on which date", true},
      {"the tower stands how many metres tall", "how many metres", true},
      {"the minister announced that which union had become a member", "which union", true},
      {"which country is the depositary of the treaty", "which country", true},
      {"Angela Rayner is which office", "which office", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.core);
    CHECK(stem_is_grammatical(c.core, c.wh) == c.ok);
  }
}

TEST_CASE("an object relative clause is asked of its own subject; an apposition leaves the question") {
  const SuggestResult r = run("Canada is the depositary of the Ottawa Convention, the landmine treaty, which 122 countries "
                              "signed in Ottawa on 3 December 1997.\n");
  CHECK(question_of(r, Kind::Date, "3 December 1997") ==
        kLead + "122 countries signed the Ottawa Convention in Ottawa on which date?");
  CHECK(question_of(r, Kind::Number, "122 countries") ==
        kLead + "how many countries signed the Ottawa Convention in Ottawa on 3 December 1997?");
  // Not "the Ottawa Convention, the landmine treaty which ..." nor "... which how many countries signed".
  const SuggestResult a = run("Airbus, the European planemaker, opened its first plant near Toulouse in 1970.\n");
  CHECK(question_of(a, Kind::Year, "1970") == kLead + "Airbus opened its first plant near Toulouse in which year?");
}

TEST_CASE("a coordinated predicate takes the subject of the clause before it, and a bound stays in its question") {
  const SuggestResult r = run("Markets were calm on Friday: the Hang Seng index rose in early trading, and closed above "
                              "20,000 points for the first time on 2 May 2024.\n");
  CHECK(question_of(r, Kind::Number, "above 20,000 points") ==
        kLead + "the Hang Seng index closed above how many points for the first time on 2 May 2024?");
  CHECK(question_of(r, Kind::Date, "2 May 2024") ==
        kLead + "the Hang Seng index closed above 20,000 points for the first time on which date?");
}

TEST_CASE("a measure after a noun phrase is asked of the noun phrase") {
  const SuggestResult r = run("The Arecibo Telescope, a radio observatory in Puerto Rico, was finished in 1963 with its "
                              "dish about 305 metres across. The observatory's main platform, 900 tonnes heavy, hung "
                              "above the dish. The station's main antenna, 70 metres across, was built in 1966.\n");
  CHECK(question_of(r, Kind::Number, "70 metres") == kLead + "the station's main antenna is how many metres across?");
  CHECK(question_of(r, Kind::Number, "about 305 metres") == kLead + "the Arecibo Telescope's dish is how many metres across?");
}

TEST_CASE("'X led by NAME', 'X, hosted by NAME': asked of X") {
  const SuggestResult r = run("The Greens came second, behind the centre-left Social Union Party led by Maria Hollander "
                              "and the Farmers' League.\n");
  CHECK(question_of(r, Kind::Name, "Maria Hollander") == kLead + "who leads the centre-left Social Union Party?");
  const SuggestResult h = run("Foreign Minister Anna Lindqvist signed the accord at a ceremony at the palace in Stockholm, "
                              "hosted by Prime Minister Olof Berg.\n");
  CHECK(question_of(h, Kind::Name, "Olof Berg") == kLead + "which prime minister hosted the ceremony at the palace in Stockholm?");
}

// (b) A stem must be understandable alone and short.
TEST_CASE("an object 'it' is read as the phrase that ends the sentence before; with nothing to read it as, not ready") {
  const SuggestResult r = run("Zagreb, 9 March 2023 - Every member had to approve Sweden's bid. Croatia's parliament approved "
                              "it on 3 March 2023.\n");
  CHECK(question_of(r, Kind::Date, "3 March 2023") == kLead + "Croatia's parliament approved Sweden's bid on which date?");
  const SuggestResult ra = run("Croatia's parliament approved it on 3 March 2023.\n");
  const Suggestion* alone = find(ra, Kind::Date, "3 March 2023");
  REQUIRE(alone);
  CHECK_FALSE(alone->ready());
  CHECK(alone->missing.find("'it'") != std::string::npos);
}

TEST_CASE("'these', 'the move', 'otherwise', 'to do so' at the start of a stem: not ready") {
  for (const char* text : {"These tariffs took effect in 2019 after a long review.\n",
                           "The move came in 2019 after a long review.\n",
                           "Otherwise, the capsule would have landed in the Black Sea.\n",
                           "Poland became the first of the members to do so in 2019.\n"}) {
    CAPTURE(text);
    bool any_ready = false;
    for (const Suggestion& s : run(text).suggestions) any_ready = any_ready || s.ready();
    CHECK_FALSE(any_ready);
  }
  // The same facts said of a named subject are ready.
  const SuggestResult named = run("The tariffs on steel took effect in 2019 after a long review.\n");
  const Suggestion* y = find(named, Kind::Year, "2019");
  REQUIRE(y);
  CHECK(y->ready());
}

TEST_CASE("a stem over 30 words or a gap in more than 25 words of text is not ready; shorter ones are") {
  const std::string long_sentence =
      "The regional council, which had debated the scheme for months in a series of stormy public meetings attended by "
      "farmers, traders, teachers and several hundred local residents, finally approved the new bypass road in 2019.\n";
  const SuggestResult rl = run(long_sentence);
  const Suggestion* y = find(rl, Kind::Year, "2019");
  REQUIRE(y);
  CHECK(stem_words(y->fact.question.str()) > kMaxStemWords);
  CHECK_FALSE(y->ready());
  const SuggestResult rs = run("The regional council approved the new bypass road in 2019.\n");
  const Suggestion* s = find(rs, Kind::Year, "2019");
  REQUIRE(s);
  CHECK(s->ready());
  Candidate gap;
  gap.fact.question = kLead + "which year goes in the gap: \xE2\x80\x9C" + std::string(30, 'x') + " ___\xE2\x80\x9D?";
  vet_stem(gap);
  CHECK(gap.missing.empty());  // one long word: 2 words of text
  gap.fact.question = kLead + "which year goes in the gap: \xE2\x80\x9C" +
                      "a b c d e f g h i j k l m n o p q r s t u v w x y z ___\xE2\x80\x9D?";
  vet_stem(gap);
  CHECK_FALSE(gap.missing.empty());
}

TEST_CASE("a surname opening a question gets its first name; a common word loses the capital of its sentence") {
  const std::string text = "The Archbishop of Lyon, Pierre Moreau, opened the doors. Moreau will bless a new altar designed "
                           "by Claire Dubois.\nScientific work will begin in about six months.\n";
  const SuggestResult r = run(text);
  CHECK(question_of(r, Kind::Name, "Claire Dubois") == kLead + "Pierre Moreau will bless a new altar designed by whom?");
  CHECK(question_of(r, Kind::Number, "about 6 months") == kLead + "scientific work will begin in how many months?");
  CHECK(full_name_for_surname(kLead + "China aims for growth by which year?", "Readers from ZmeeLove China wrote.",
                              &bundled().content) == kLead + "China aims for growth by which year?");
  CHECK(sentence_case_after_lead(kLead + "Webb reached orbit on which date?", {}) == kLead + "Webb reached orbit on which date?");
}

TEST_CASE("'The country' opening a sentence is the country just named as the subject before; otherwise left alone") {
  const SuggestResult r = run("Norway shares a long border with Sweden. The country fought in the war of 1940-1945 and "
                              "stayed neutral afterwards.\n");
  CHECK(question_of(r, Kind::Period, "1940-1945") == kLead + "Norway fought in the war of which years?");
  const SuggestResult n = run("The plan was approved. The country fought in the war of 1940-1945.\n");
  CHECK(question_of(n, Kind::Period, "1940-1945") == kLead + "the country fought in the war of which years?");
}

// (c) Trivia: figures said in passing.
TEST_CASE("incidental figures are not ready: a gathering's length, 'N years earlier', a vague span, one end of a range") {
  const auto ready_number = [](const std::string& text, const std::string& answer) {
    const SuggestResult r = run(text);  // kept: `s` points into it
    const Suggestion* s = find(r, Kind::Number, answer);
    return s ? (s->ready() ? 1 : 0) : -1;
  };
  CHECK(ready_number("The ministers met for a three-day summit in Oslo.\n", "3 days") == 0);
  CHECK(ready_number("The Danish government adopted a 10-year plan for the railways.\n", "10 years") == 1);
  CHECK(ready_number("The treaty was signed in Rome in 1957, exactly 66 years earlier.\n", "exactly 66 years") == 0);
  CHECK(ready_number("The bank kept its rate in a range of 4.25 to 4.5 percent.\n", "4.5%") == 0);
  CHECK(ready_number("Inflation rose from 2.5 percent to 4.5 percent in a year.\n", "4.5%") == 1);
  CHECK(ready_number("The Senate approved the bill by 68 votes to 32.\n", "68 votes") == 1);
  CHECK(ready_number("Both countries applied on 18 May 2022, less than three months after Russia invaded Ukraine.\n",
                     "less than 3 months") == 0);
  CHECK(ready_number("Notre-Dame reopened in 2024, five years after a fire destroyed its roof.\n", "5 years") == 1);
  CHECK(ready_number("The flag was raised beside those of the 27 other members.\n", "27 other members") == 0);
  CHECK(ready_number("The EU flag was raised beside those of the 27 members.\n", "27 members") == 1);
  // "a two-day policy meeting": the figure qualifies a compound noun and is no count at all.
  CHECK(ready_number("At the end of a two-day policy meeting, the bank raised its rate.\n", "2 days") == -1);
}

TEST_CASE("the dateline's day named again for a side event is not ready; the first mention is") {
  const SuggestResult r = run("Rates Rise\n\nTOKYO, Tuesday 19 March 2024 - The central bank raised rates on Tuesday. Markets "
                              "rose. The US Federal Reserve began a meeting on Tuesday.\n");
  std::vector<const Suggestion*> dates;
  for (const Suggestion& s : r.suggestions)
    if (s.fact.kind == Kind::Date && s.fact.date == Date{2024, 3, 19}) dates.push_back(&s);
  REQUIRE(dates.size() == 2);
  CHECK(dates[0]->ready());
  CHECK_FALSE(dates[1]->ready());
}

// (d) Wrong answers of the key's sort.
TEST_CASE("a designation's wrong answers are its series neighbours; other names are not") {
  CHECK(series_neighbours("Ship 30") == std::vector<std::string>{"Ship 28", "Ship 29", "Ship 31"});
  CHECK(series_neighbours("Flight 1") == std::vector<std::string>{"Flight 2", "Flight 3", "Flight 4"});
  CHECK(series_neighbours("Artemis III") == std::vector<std::string>{"Artemis I", "Artemis II", "Artemis IV"});
  CHECK(series_neighbours("Kazuo Ueda").empty());
  CHECK(series_neighbours("NASA 2024").empty());
  const SuggestResult r = run("NASA has chosen the lander to put astronauts on the Moon on its Artemis III mission.\n");
  const Suggestion* s = find(r, Kind::Name, "Artemis III");
  REQUIRE(s);
  CHECK(s->fact.distractors.size() == 3);
}

TEST_CASE("a name the lexicon files under another class is no wrong answer for a name it does not know") {
  const SuggestResult r = run("The booster returned to Skyport near Dunmore. The first stage fell into the Black Sea. "
                              "Debris reached the Red Sea. Crews then flew from Kellow to Ardmore.\n");
  for (const Suggestion& s : r.suggestions) {
    if (s.fact.kind != Kind::Name || !s.fact.class_id.empty()) continue;
    CAPTURE(s.fact.answer_text());
    for (const CompactString& d : s.fact.distractors) {
      CAPTURE(d.str());
      CHECK(d.str().find("Sea") == std::string::npos);
    }
  }
}
