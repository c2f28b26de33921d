// The suggester's rules of issue 21, each with a sentence it must find and one it must leave alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "factdeck/article_save.h"
#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "factdeck/suggest.h"
#include "suggest_helpers.h"

using namespace factdeck;

namespace {

const LoadResult& bundled() { return test::bundled_content(); }

SuggestResult run(const std::string& text, bool lexicon = true) { return test::suggest_text(text, lexicon); }

const Suggestion* find(const SuggestResult& r, Kind kind, const std::string& answer) {
  return test::find_suggestion(r, kind, answer);
}

using test::question_of;

bool any_of_kind(const SuggestResult& r, Kind kind) {
  for (const Suggestion& s : r.suggestions)
    if (s.fact.kind == kind) return true;
  return false;
}

const char* const kBrics =
    "BRICS Grows as Four New Members Join\n\n"
    "MOSCOW, 1 January 2024 - Egypt, Ethiopia, Iran and the United Arab Emirates became full members of BRICS on Monday.\n\n"
    "The invitations were announced by South African President Cyril Ramaphosa on 24 August 2023. Six countries were "
    "invited to become full members: Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates.\n\n"
    "The leaders of Brazil, Russia, India and China held their first summit in Yekaterinburg, Russia, in 2009. Russia was represented at the summit by "
    "Foreign Minister Sergey Lavrov. The group's bank is led by Dilma Rousseff, a former president of Brazil. The name "
    "goes back to Jim O'Neill, an economist at Goldman Sachs, who coined the acronym.\n\n"
    "Readers' comments\n\n"
    "Tendai M.: \"An enlarged BRICS gives the Global South a louder voice.\"\n";

}  // namespace

TEST_CASE("a quote with its speaker is an opinion with that speaker; a quote without one is not") {
  const SuggestResult r = run(kBrics);
  const Suggestion* s = find(r, Kind::Opinion, "An enlarged BRICS gives the Global South a louder voice.");
  REQUIRE(s);
  CHECK(s->fact.speaker == "a reader, Tendai M.");
  CHECK(s->ready());
  CHECK(s->fact.statement.str().find("{answer}") != std::string::npos);
  const SuggestResult said = run("\"We will not join the bloc this year,\" said Foreign Minister Diana Mondino.");
  const Suggestion* q = find(said, Kind::Opinion, "We will not join the bloc this year.");
  REQUIRE(q);
  CHECK(q->fact.speaker == "Foreign Minister Diana Mondino");
  // No speaker: a quoted phrase stays a phrase, no opinion.
  CHECK_FALSE(any_of_kind(run("The plan speaks of \"new quality productive forces\" for the economy."), Kind::Opinion));
}

TEST_CASE("'A, B, C and D verb ...' and '...: A, B and C' are lists; two names joined by 'and' are not") {
  const SuggestResult r = run(kBrics);
  const Suggestion* joined = nullptr;
  for (const Suggestion& s : r.suggestions)
    if (s.fact.kind == Kind::List && s.fact.items.size() == 4 && s.fact.items[0] == "Egypt") joined = &s;
  REQUIRE(joined);
  CHECK(joined->fact.items[3] == "the United Arab Emirates");
  CHECK(joined->fact.class_id == "countries");
  CHECK(joined->ready());
  const Suggestion* invited = nullptr;
  for (const Suggestion& s : r.suggestions)
    if (s.fact.kind == Kind::List && s.fact.items.size() == 6) invited = &s;
  REQUIRE(invited);
  CHECK(invited->fact.question == "According to the article, which countries were invited to become full members?");
  CHECK_FALSE(any_of_kind(run("Talks between Egypt and Ethiopia resumed in Cairo."), Kind::List));
}

TEST_CASE("a place after 'held in' / 'hosted by' and a person after a title, 'by' or an apposition are names") {
  const SuggestResult r = run(kBrics);
  const Suggestion* city = find(r, Kind::Name, "Yekaterinburg");
  REQUIRE(city);
  CHECK(city->fact.question.str().find("in which city") != std::string::npos);
  CHECK(city->fact.question.str().find("Yekaterinburg, Russia") == std::string::npos);  // the country would narrow it down
  CHECK(city->fact.question.str().find("in which city, Russia") == std::string::npos);
  const Suggestion* ramaphosa = find(r, Kind::Name, "Cyril Ramaphosa");
  REQUIRE(ramaphosa);
  CHECK(ramaphosa->fact.question ==
        "According to the article, the invitations were announced by which South African president on 24 August 2023?");
  const Suggestion* lavrov = find(r, Kind::Name, "Sergey Lavrov");
  REQUIRE(lavrov);
  CHECK(lavrov->fact.question == "According to the article, Russia was represented at the summit by which foreign minister?");
  const Suggestion* rousseff = find(r, Kind::Name, "Dilma Rousseff");
  REQUIRE(rousseff);
  CHECK(rousseff->fact.question.str().find("former president") == std::string::npos);  // the apposition leaves
  const Suggestion* oneill = find(r, Kind::Name, "Jim O'Neill");
  REQUIRE(oneill);
  // Four people in the text: each has three others as wrong answers.
  CHECK(oneill->ready());
  CHECK(oneill->fact.distractors.size() >= 3);
  // Capitalised words that are no person and no place: nothing.
  CHECK_FALSE(find(run("The Central Committee met in closed session."), Kind::Name, "Central Committee met"));
  CHECK_FALSE(find(run("Officials in Brussels said Global South voices matter."), Kind::Name, "Global South"));
}

TEST_CASE("'X stands for Y', 'the Y (X)', 'X, formally Y' and 'an X, that is, Y' are terms and other names") {
  const SuggestResult r = run("CHIPS stands for Creating Helpful Incentives to Produce Semiconductors. Leaders backed "
                              "the India-Middle East-Europe Economic Corridor (IMEC) at the summit. The Games, "
                              "Paris 2024, formally the Games of the XXXIII Olympiad, opened. NASA showed WASP-96 b, "
                              "a giant exoplanet, that is, a planet that orbits a star other than the Sun.");
  const Suggestion* chips = find(r, Kind::Term, "CHIPS");
  REQUIRE(chips);
  CHECK(chips->fact.definition == "Creating Helpful Incentives to Produce Semiconductors");
  const Suggestion* imec = find(r, Kind::Alias, "IMEC");
  REQUIRE(imec);
  CHECK(imec->fact.subject == "the India-Middle East-Europe Economic Corridor");
  const Suggestion* paris = find(r, Kind::Alias, "Paris 2024");
  REQUIRE(paris);
  CHECK(paris->fact.subject == "the Games of the XXXIII Olympiad");
  const Suggestion* exo = find(r, Kind::Term, "exoplanet");
  REQUIRE(exo);
  CHECK(exo->fact.definition == "a planet that orbits a star other than the Sun");
  // "or" between two plain words, brackets around a year: no term.
  const SuggestResult none = run("Leaders may sign, or delay, the deal (2024) in spring.");
  CHECK_FALSE(any_of_kind(none, Kind::Term));
  CHECK_FALSE(any_of_kind(none, Kind::Alias));
}

TEST_CASE("a number in words before a plural noun is a number; 'one of', 'the five members' are not") {
  const SuggestResult r = run(kBrics);
  const Suggestion* six = find(r, Kind::Number, "6 countries");
  REQUIRE(six);
  CHECK(six->fact.question.str().rfind("According to the article, how many countries were invited", 0) == 0);
  CHECK(six->fact.statement.str().find("{answer} were invited") != std::string::npos);
  const SuggestResult none = run("One of the five members spoke first, and one delegate left.");
  CHECK_FALSE(any_of_kind(none, Kind::Number));
}

TEST_CASE("a dateline gives 'published' and dates 'on Monday' and '8 September'; without one they stay undated") {
  const SuggestResult r = run(kBrics);
  REQUIRE(r.published);
  CHECK(iso_date(*r.published) == "2024-01-01");
  CHECK(r.title == "BRICS Grows as Four New Members Join");
  CHECK(find(r, Kind::Date, "1 January 2024"));  // "on Monday": 1 January 2024 was a Monday
  const SuggestResult q = run("LONDON, 19 September 2022 - The Queen died at Balmoral on 8 September, aged 96. Her "
                              "son spoke on Friday.");
  CHECK(find(q, Kind::Date, "8 September 2022"));
  CHECK(find(q, Kind::Date, "16 September 2022"));  // the Friday before Monday 19 September
  CHECK(q.title.empty());                           // a dateline is no headline
  const SuggestResult undated = run("The Queen died at Balmoral on 8 September. Her son spoke on Friday.");
  CHECK_FALSE(any_of_kind(undated, Kind::Date));
}

TEST_CASE("a number inside an identifier or before a singular noun is never a count or a year gap") {
  const SuggestResult r = run("The act was published as Regulation (EU) 2024/1689 in July. Delegates met at the 2023 "
                              "summit hosted by South Africa. Flight 5 landed safely, and an Ariane 5 rocket waited.");
  for (const Suggestion& s : r.suggestions) {
    CHECK_MESSAGE(s.fact.kind != Kind::Number, s.fact.question);
    CHECK_MESSAGE(s.fact.question.str().find("___") == std::string::npos, s.fact.question);
    CHECK_MESSAGE(s.fact.question.str().find("how many summit") == std::string::npos, s.fact.question);
  }
  CHECK_FALSE(find(r, Kind::Year, "2024"));
  CHECK_FALSE(find(r, Kind::Year, "2023"));
  // The same figures as amounts are still found.
  CHECK(find(run("The fund spent 1,689 euros on 5 rockets in 2024."), Kind::Number, "5 rockets"));
}

TEST_CASE("questions read as a person writes them: a pronoun resolved or the fact dropped; casing after the lead") {
  const SuggestResult r = run("The Queen died at Balmoral in 2022. She had come to the throne in 1952.");
  const Suggestion* y = find(r, Kind::Year, "1952");
  REQUIRE(y);
  CHECK(y->fact.question == "According to the article, the Queen had come to the throne in which year?");
  const SuggestResult lost = run("Talks went on for hours. It opened in 1952.");
  CHECK_FALSE(find(lost, Kind::Year, "1952"));
  const SuggestResult fines = run("Officials raised fines last year. Fines reach 7% of turnover since 2024.");
  const Suggestion* pct = find(fines, Kind::Number, "7%");
  REQUIRE(pct);
  CHECK(pct->fact.question.str().rfind("According to the article, fines reach", 0) == 0);
}

TEST_CASE("every ready suggestion of the sample passes the engine's quality rules as a multiple-choice question") {
  const SuggestResult r = run(kBrics);
  Content content = bundled().content;
  Article draft;
  draft.id = "draft";
  draft.title = "Draft";
  for (const Suggestion& s : r.suggestions)
    if (s.ready()) draft.facts.push_back(s.fact);
  REQUIRE(draft.facts.size() >= 8);
  content.articles.push_back(draft);
  std::sort(content.articles.begin(), content.articles.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  const Article& a = *content.find_article("draft");
  const ContentIndex index(content);
  for (const Fact& f : a.facts) {
    const std::vector<QuestionType> types = types_for(f);
    const QuestionType t = std::find(types.begin(), types.end(), QuestionType::Mcq) != types.end() ? QuestionType::Mcq : types[0];
    const auto q = generate_question(index, a, f, t, Difficulty::Medium, 1);
    REQUIRE_MESSAGE(q, f.question);
    CHECK_MESSAGE(check_question(*q, index).empty(), f.question);
  }
}

TEST_CASE("saving a pasted article keeps the dateline's date as 'published'; without one the file has none") {
  const SuggestResult r = run(kBrics);
  std::vector<bool> accepted(r.suggestions.size(), false);
  for (std::size_t i = 0; i < r.suggestions.size(); ++i) accepted[i] = r.suggestions[i].ready();
  ArticleSaveRequest req;
  req.suggestions = &r.suggestions;
  req.accepted = &accepted;
  req.id = slug_id(r.title);
  req.title = r.title;
  req.published = r.published;
  ArticleSavePlan plan;
  REQUIRE(plan_article_save(req, bundled().content, FACTDECK_TEST_TMP "/suggest-rules-user", plan).ok());
  CHECK(plan.article.id == "brics-grows-as-four-new-members-join");
  CHECK(plan.toml.find("\npublished = 2024-01-01\n") != std::string::npos);
  req.published.reset();
  REQUIRE(plan_article_save(req, bundled().content, FACTDECK_TEST_TMP "/suggest-rules-user", plan).ok());
  CHECK(plan.toml.find("published") == std::string::npos);
}

TEST_CASE("a reader's comment signed 'Name from Place:' without quotation marks is an opinion; other colons are not") {
  const SuggestResult r = run("Readers wrote in.\n\nAnna Berg from Malmo: I watched it on television at home. The new "
                              "bridge is a waste of public money.\n");
  const Suggestion* s = find(r, Kind::Opinion, "The new bridge is a waste of public money.");
  REQUIRE(s);  // the sentence about the reader herself ("I watched ...") is no opinion
  CHECK(s->fact.speaker == "a reader, Anna Berg from Malmo");
  CHECK(s->ready());
  CHECK_FALSE(find(r, Kind::Name, "Malmo"));  // the signature's place is no fact
  CHECK_FALSE(any_of_kind(run("Officials from Europe: the ministers met in Rome to discuss the budget for next year.\n"),
                          Kind::Opinion));  // the words after the colon open in lower case: no comment
  CHECK_FALSE(any_of_kind(run("Delegates from Asia and Africa: The ministers met in Rome to discuss the budget.\n"), Kind::Opinion));
}

TEST_CASE("'Name verb: \"quote\"' is an opinion of that speaker; a quote after a verb with no name is not") {
  const SuggestResult r = run("In a speech the next day, Chancellor Olaf Scholz pledged: \"We will rebuild every school "
                              "that the floods destroyed.\"\n");
  const Suggestion* s = find(r, Kind::Opinion, "We will rebuild every school that the floods destroyed.");
  REQUIRE(s);
  CHECK(s->fact.speaker == "Chancellor Olaf Scholz");
  CHECK(s->fact.question == "What did Chancellor Olaf Scholz pledge?");
  const SuggestResult st = run("Foreign Minister Penny Wong said in a statement: \"Australia will always stand with its "
                               "Pacific neighbours.\"\n");
  const Suggestion* w = find(st, Kind::Opinion, "Australia will always stand with its Pacific neighbours.");
  REQUIRE(w);
  CHECK(w->fact.speaker == "Foreign Minister Penny Wong");
  CHECK_FALSE(any_of_kind(run("In a speech the next day, the government pledged: \"We will rebuild every school that the "
                              "floods destroyed.\"\n"),
                          Kind::Opinion));
}

TEST_CASE("'on Sunday' in a clause about what is to come is the next Sunday after the dateline, not the last") {
  const std::string dateline = "Concert Hall Reopens\n\nROME, Saturday 7 December 2024 - ";
  const SuggestResult future = run(dateline + "The first concert in the restored hall will be held on Sunday.\n");
  CHECK(find(future, Kind::Date, "8 December 2024"));
  const SuggestResult past = run(dateline + "The hall, which will host concerts, reopened on Tuesday.\n");
  CHECK(find(past, Kind::Date, "3 December 2024"));
  CHECK_FALSE(find(past, Kind::Date, "10 December 2024"));
}

TEST_CASE("a term defined by an apposition in running text ('its X, the Y used to ...') is a term; a plain apposition is not") {
  struct Case {
    const char* text;
    const char* term;
    const char* definition;
  };
  const Case cases[] = {
      {"Its rules of origin, the criteria used to decide where a product was made, are strict.", "rules of origin",
       "the criteria used to decide where a product was made"},
      // The list of names after "between" stays in the definition.
      {"Talks ended in a trilogue, the three-way talks between the Parliament, the Council and the Commission, on Friday.",
       "trilogue", "the three-way talks between the Parliament, the Council and the Commission"},
      {"The fire consumed \"the forest\", the name given to the oak beams of the roof.", "the forest",
       "the name given to the oak beams of the roof"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const SuggestResult r = run(text);
    const Suggestion* s = find(r, Kind::Term, c.term);
    REQUIRE(s);
    CHECK(s->fact.definition.str() == std::string(c.definition));
  }
  CHECK(question_of(run(cases[2].text), Kind::Term, "the forest") == "What is the name given to the oak beams of the roof?");
  // No word that says what the thing is ("the worst in decades"), or a clause with its own verb: no term.
  CHECK_FALSE(any_of_kind(run("It was a fire, the worst in decades, that destroyed the roof.\n"), Kind::Term));
  CHECK_FALSE(any_of_kind(run("Earlier in the day, a meeting between the two leaders was held at the palace.\n"), Kind::Term));
}

TEST_CASE("a nickname after a noun inside a longer phrase ('two arms on the tower, nicknamed ...') names nothing") {
  CHECK_FALSE(find(run("Two giant arms on the tower, nicknamed \"chopsticks\", closed around the booster.\n"), Kind::Alias,
                   "chopsticks"));
  CHECK(find(run("The tower, nicknamed \"Mechazilla\", caught the booster.\n"), Kind::Alias, "Mechazilla"));
}

TEST_CASE("a place's name before a noun ('to Earth orbit') is no place; 'Ship 30' keeps its capital in a question") {
  CHECK_FALSE(find(run("SpaceX is developing Starship to carry cargo to Earth orbit and beyond.\n"), Kind::Name, "Earth"));
  const SuggestResult r = run("The ship and its crew returned safely. Ship 30 made a splashdown in the Indian Ocean an hour "
                              "after launch.\n");
  const Suggestion* s = find(r, Kind::Name, "Indian Ocean");
  REQUIRE(s);
  CHECK(s->fact.class_id == "oceans");
  CHECK(s->fact.question.str().find("Ship 30 made") != std::string::npos);
}

TEST_CASE("a name in apposition after its noun ('the upper stage, Ship 30, has') is a name asked of the noun") {
  const SuggestResult r = run("The booster carried 33 engines, while the upper stage, Ship 30, has six Raptor engines. The "
                              "mascots, the Phryges, were modelled on a red cap.\n");
  CHECK(question_of(r, Kind::Name, "Ship 30") == "According to the article, which upper stage has six Raptor engines?");
  CHECK(question_of(r, Kind::Name, "the Phryges") == "According to the article, which mascots were modelled on a red cap?");
  // A relative ("her father, King George VI,"), or a clause that opens with "after": no such name.
  CHECK_FALSE(find(run("She came to the throne on the death of her father, King George VI, in 1952.\n"), Kind::Name,
                   "King George VI"));
  CHECK_FALSE(find(run("They met three days after the lander, Vikram, made a soft landing.\n"), Kind::Name, "Vikram"));
}

TEST_CASE("a designation before the noun of its sort ('on an Ariane 5 rocket') is a name; a year after a name is not") {
  const SuggestResult r = run("Webb was launched on 25 December 2021 on an Ariane 5 rocket from Kourou.\n");
  CHECK(question_of(r, Kind::Name, "Ariane 5") == "According to the article, Webb was launched on 25 December 2021 on which rocket from Kourou?");
  const SuggestResult flight = run("The booster returned on Flight 5, the fifth test flight of the rocket.\n");
  const Suggestion* f = find(flight, Kind::Name, "Flight 5");
  REQUIRE(f);  // the apposition that gives the number away leaves the question
  CHECK(f->fact.question.str().find("fifth") == std::string::npos);
  CHECK_FALSE(find(run("The Paris 2024 rocket exhibition opened on Monday.\n"), Kind::Name, "Paris 2024"));
}

TEST_CASE("drafts a blind reader would strike: a name before a noun as a person, 'when ...', 'the remaining how many'") {
  // "Notre-Dame de Paris cathedral reopened": a noun, not a verb, follows the name: no person ("who cathedral ...").
  CHECK_FALSE(find(run("Notre-Dame de Paris cathedral reopened on Saturday after five years of work.\n"), Kind::Name,
                   "Notre-Dame de Paris"));
  CHECK(find(run("Keir Starmer became prime minister on Friday after a landslide.\n"), Kind::Name, "Keir Starmer"));
  // A clause opened by "when" is asked on its own.
  const SuggestResult when = run("The first Mass is on Sunday, when the archbishop will consecrate an altar designed by "
                                 "Guillaume Bardet.\n");
  CHECK(question_of(when, Kind::Name, "Guillaume Bardet") == "According to the article, the archbishop will consecrate an altar designed by whom?");
  // "the remaining eleven countries" names a group already counted: no count; "eleven countries" is one.
  CHECK_FALSE(any_of_kind(run("The remaining eleven countries signed the revised agreement in Santiago.\n"), Kind::Number));
  CHECK(any_of_kind(run("Britain joins eleven countries around the Pacific.\n"), Kind::Number));
  // An abbreviation's full name with a comma inside, taken whole when its initials spell the abbreviation.
  const SuggestResult unesco = run("It was listed by the United Nations Educational, Scientific and Cultural Organization "
                                   "(UNESCO) in 1991.\n");
  const Suggestion* u = find(unesco, Kind::Alias, "UNESCO");
  REQUIRE(u);
  CHECK(u->fact.subject == "the United Nations Educational, Scientific and Cultural Organization");
  // "Construction of the cathedral began ... It forms ...": "it" is not "Construction".
  const SuggestResult it = run("Construction of the Gothic cathedral began in 1163. It forms part of the banks of the Seine "
                               "in Paris, listed in 1991 as a World Heritage Site.\n");
  for (const Suggestion& x : it.suggestions) CHECK(x.fact.question.str().find("Construction forms") == std::string::npos);
}

TEST_CASE("a question never opens inside a time clause or with 'then'; a language is no place") {
  const SuggestResult r = run("Its propulsion module, the part that carried the lander, then separated from the lander "
                              "Vikram. The act entered into force on 1 August 2024, twenty days after it was published on "
                              "12 July 2024.\n");
  for (const Suggestion& s : r.suggestions) {
    CAPTURE(s.fact.question.str());
    CHECK(s.fact.question.str().find("article, then ") == std::string::npos);
    CHECK(s.fact.question.str().find("article, twenty days after") == std::string::npos);
  }
  const Suggestion* published = find(r, Kind::Date, "12 July 2024");
  REQUIRE(published);  // asked as a gap in the sentence instead
  CHECK(published->fact.question.str().find("goes in the gap") != std::string::npos);
  CHECK_FALSE(find(run("The rover's name means wisdom in Sanskrit, officials said in Bengaluru.\n"), Kind::Name, "Sanskrit"));
}

TEST_CASE("a place after 'seat of' that goes on past 'and' is left alone; 'Nearly 200' is lower-cased after the lead") {
  CHECK_FALSE(find(run("Rishi Sunak held his own seat of Richmond and Northallerton but said he would resign.\n"), Kind::Name,
                   "Richmond"));
  CHECK(find(run("Liz Truss lost her seat of South West Norfolk to Labour.\n"), Kind::Name, "South West Norfolk"));
  const SuggestResult r = run("Nearly 200 countries adopted a new agreement in Montreal, Canada, on 19 December 2022.\n");
  const Suggestion* d = find(r, Kind::Date, "19 December 2022");
  REQUIRE(d);
  CHECK(d->fact.question.str().find("article, nearly 200 countries") != std::string::npos);
}

TEST_CASE("two names are a list as a sentence's subject before its verb or after 'were'; one name with 'and' is not") {
  const SuggestResult r = run("The United States and China each won 40 gold medals. The co-rapporteurs were Brando Benifei "
                              "and Dragos Tudorache.\n");
  const Suggestion* medals = nullptr;
  const Suggestion* rapporteurs = nullptr;
  for (const Suggestion& s : r.suggestions)
    if (s.fact.kind == Kind::List && s.fact.items.size() == 2) (s.fact.items[1] == "China" ? medals : rapporteurs) = &s;
  REQUIRE(medals);
  CHECK(medals->fact.class_id == "countries");
  CHECK(medals->fact.question == "According to the article, which countries each won 40 gold medals?");
  REQUIRE(rapporteurs);
  CHECK(rapporteurs->fact.items[0] == "Brando Benifei");
  CHECK_FALSE(any_of_kind(run("The CHIPS and Science Act passed in 2022.\n"), Kind::List));
  CHECK_FALSE(any_of_kind(run("Negotiators for the European Parliament and the Council reached an agreement.\n"), Kind::List));
}

TEST_CASE("a list after a colon may name eleven or twelve members") {
  const SuggestResult r = run("Britain joins eleven countries around the Pacific: Australia, Brunei, Canada, Chile, Japan, "
                              "Malaysia, Mexico, New Zealand, Peru, Singapore and Vietnam.\n");
  bool eleven = false;
  for (const Suggestion& s : r.suggestions) eleven = eleven || (s.fact.kind == Kind::List && s.fact.items.size() == 11);
  CHECK(eleven);
}

TEST_CASE("figures before a name and its plural noun, and time spans before 'after' a thing, are numbers") {
  const SuggestResult r = run("The booster is powered by 33 Raptor engines. It returned about seven minutes after liftoff. "
                              "The cathedral reopened five years after a fire destroyed its roof.\n");
  CHECK(question_of(r, Kind::Number, "33 Raptor engines") == "According to the article, the booster is powered by how many Raptor engines?");
  CHECK(find(r, Kind::Number, "about 7 minutes"));
  CHECK(question_of(r, Kind::Number, "5 years") ==
        "According to the article, the cathedral reopened how many years after a fire destroyed its roof?");
  CHECK(question_of(run("The cathedral reopened on Saturday, five years after a fire destroyed its roof.\n"), Kind::Number,
                    "5 years") ==
        "According to the article, the cathedral reopened on Saturday, how many years after a fire destroyed its roof?");
  // A span before a clause of its own dates something ("twenty days after it was published"): no count; nor does
  // a number before a street's name.
  CHECK_FALSE(any_of_kind(run("It entered into force twenty days after it was published in the journal.\n"), Kind::Number));
  CHECK_FALSE(any_of_kind(run("The prime minister returned to 10 Downing Street on Friday.\n"), Kind::Number));
}

TEST_CASE("'known as Booster 12' keeps the number; a name opening a clause before its verb is a person") {
  CHECK(find(run("The booster, known as Booster 12, returned to the launch site.\n"), Kind::Alias, "Booster 12"));
  const SuggestResult r = run("Labour had not won since Gordon Brown left office in 2010.\n");
  const Suggestion* s = find(r, Kind::Name, "Gordon Brown");
  REQUIRE(s);
  CHECK(s->fact.class_id == "uk-prime-ministers-since-1979");
  // "the architect X collapsed": the verb is the spire's, X opens no clause.
  CHECK_FALSE(find(run("The spire designed by the architect Paul Abadie collapsed through the ceiling.\n"), Kind::Name,
                   "Paul Abadie"));
}

TEST_CASE("'He' after a sentence with no subject is the one person named just before; with two people, nobody") {
  const std::string one = "Her eldest son succeeded her as King Charles III. At 73, he is the oldest. He was formally "
                          "proclaimed King on 10 September 2022 at St James's Palace.\n";
  CHECK(question_of(run(one), Kind::Date, "10 September 2022") ==
        "According to the article, Charles III was formally proclaimed King on which date at St James's Palace?");
  const std::string two = "President Joe Biden met Prime Minister Rishi Sunak. At noon, talks began. He was then driven "
                          "to the airport on 10 September 2022.\n";
  CHECK_FALSE(find(run(two), Kind::Date, "10 September 2022"));
  // A monarch's wrong answers are other monarchs, not any person of the article.
  const Suggestion* m = find(run(one), Kind::Name, "Charles III");
  if (m) CHECK_FALSE(m->ready());
}

TEST_CASE("phrases in lower case after a verb that takes a list ('which burn A and B') are a list; single words are not") {
  const SuggestResult r = run("The booster has 33 engines, which burn liquid methane and liquid oxygen, while the ship "
                              "has six.\n");
  bool propellants = false;
  for (const Suggestion& s : r.suggestions)
    propellants = propellants || (s.fact.kind == Kind::List && s.fact.items.size() == 2 && s.fact.items[0] == "liquid methane");
  CHECK(propellants);
  CHECK_FALSE(any_of_kind(run("The new rules ban trade and travel to the region.\n"), Kind::List));
}

TEST_CASE("'X is the bloc's 12th member' is a count of members asked of the owner; an ordinal of anything else is not") {
  CHECK(question_of(run("Finland became NATO's 31st member on Tuesday.\n"), Kind::Number, "31 members") ==
        "According to the article, counting Finland, how many members did NATO have?");
  CHECK(question_of(run("Britain is the bloc's 12th member.\n"), Kind::Number, "12 members") ==
        "According to the article, counting Britain, how many members does the bloc have?");
  CHECK_FALSE(any_of_kind(run("Britain is the bloc's 12th largest economy.\n"), Kind::Number));
}

TEST_CASE("'the Gulf of Mexico' is one place when the lexicon knows it whole; a fronted 'Otherwise,' is lower-cased") {
  CHECK(question_of(run("Otherwise, the booster would have been sent to splash down in the Gulf of Mexico.\n"), Kind::Name,
                    "Gulf of Mexico") ==
        "According to the article, otherwise, the booster would have been sent to splash down in which sea?");
  CHECK_FALSE(find(run("The Bank of England raised rates on Thursday.\n"), Kind::Name, "Bank"));
}
