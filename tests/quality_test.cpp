// The quality checker, rule by rule: each rule with a question that breaks it and one that passes (table-driven).
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "factdeck/content.h"
#include "factdeck/quality.h"
#include "generate/cues.h"

#include "test_facts.h"

using namespace factdeck;

namespace {

using test::fact;

// A small article with one fact of each kind the rules need, built in code.
Content make_content() {
  Content c;
  c.classes.push_back({"chinese-state-media", "Chinese state broadcasters and media", {"CCTV", "Xinhua", "CGTN", "China Daily", "Global Times"}, "", {}});
  c.classes.push_back({"funds", "Chinese state funds",
                       {"National Integrated Circuit Industry Development Investment Fund", "Silk Road Fund",
                        "National Social Security Fund", "National Green Development Fund",
                        "National Manufacturing Transformation and Upgrading Fund"}, "", {}});
  c.classes.push_back({"tech", "Technology fields", {"semiconductors", "artificial intelligence", "robotics", "biotechnology", "6G"}, "", {}});

  Article a;
  a.id = "plan";
  a.title = "The plan";
  a.published = Date{2025, 10, 24};
  Fact f = fact("escalation", Kind::Year, "In which year did US controls begin to escalate?",
                "US controls began to escalate in {answer}.");
  f.year = 2022;
  a.facts.push_back(f);
  f = fact("fyp15", Kind::Period, "Which years does China's 15th Five-Year Plan cover?",
           "China's 15th Five-Year Plan covers {answer}.");
  f.period = {2026, 2030};
  a.facts.push_back(f);
  f = fact("target", Kind::Year, "By which year should growth 'significantly rise'?",
           "By {answer}, growth should 'significantly rise'.");
  f.year = 2035;
  a.facts.push_back(f);
  f = fact("rd", Kind::Number, "By how much a year is R&D spending projected to rise?",
           "R&D spending is projected to rise by {answer} a year.");
  f.number = {7, "%", "more than", 0};
  a.facts.push_back(f);
  f = fact("days", Kind::Number, "How many days did the conclave last?", "The conclave lasted {answer}.");
  f.number = {20, "days", "", 0};
  a.facts.push_back(f);
  f = fact("cctv", Kind::Name, "Which state broadcaster reported the proposal?",
           "State broadcaster {answer} reported the proposal.");
  f.text = "CCTV";
  f.class_id = "chinese-state-media";
  f.original = "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0";  // 中央电视台
  a.facts.push_back(f);
  f = fact("plants", Kind::Name, "What kind of plants does Big Fund 3.0 target?", "Big Fund 3.0 targets {answer}.");
  f.text = "large-scale wafer manufacturing plants";
  f.distractors = {"mines", "farms", "ports", "large-scale lithium battery plants", "large-scale solar panel plants",
                   "large-scale steel-making plants"};
  a.facts.push_back(f);
  f = fact("big-fund", Kind::Alias, "What is the National Integrated Circuit Industry Development Investment Fund often called?",
           "The National Integrated Circuit Industry Development Investment Fund is often called the {answer}.");
  f.text = "Big Fund";
  f.subject = "National Integrated Circuit Industry Development Investment Fund";
  f.class_id = "funds";
  f.reverse = "Which fund is often called the 'Big Fund'?";
  a.facts.push_back(f);
  f = fact("sectors", Kind::List, "Which sectors does the article name?", "The article names {answer}.");
  f.items = {"semiconductors", "artificial intelligence"};
  f.class_id = "tech";
  a.facts.push_back(f);
  f = fact("fyp14", Kind::Period, "Which years does China's 14th Five-Year Plan cover?",
           "China's 14th Five-Year Plan covers {answer}.");
  f.period = {2021, 2025};
  a.facts.push_back(f);
  f = fact("adnoc", Kind::Alias, "What is the Abu Dhabi National Oil Company known as?",
           "The Abu Dhabi National Oil Company is known as {answer}.");
  f.text = "ADNOC";
  f.subject = "Abu Dhabi National Oil Company";
  f.distractors = {"ENOC", "KPC", "NIOC"};
  f.reverse = "Which company is known as ADNOC?";
  a.facts.push_back(f);
  f = fact("named", Kind::List, "Which sectors does the plan name?", "{answer} is one of the sectors the plan names.");
  f.items = {"robotics", "biotechnology"};
  f.class_id = "tech";
  a.facts.push_back(f);
  for (auto [id, term, def] : {std::tuple{"hqd", "high-quality development", "growth that puts efficiency ahead of speed"},
                               std::tuple{"nqpf", "new-quality productive forces", "capacity driven by innovation"},
                               std::tuple{"mis", "modern industrial system", "an upgraded, self-reliant base of factories"}}) {
    f = fact(id, Kind::Term, "Which term is meant?", "In policy language, {answer} is a slogan.");
    f.text = term;
    f.definition = def;
    a.facts.push_back(f);
  }
  f = fact("habibi", Kind::Opinion, "What did Habibi say?", "Habibi said: {answer}");
  f.text = "Investing in R&D is always a win.";
  f.speaker = "Habibi";
  a.facts.push_back(f);
  c.articles.push_back(a);

  // Another article asks the same question with another answer: that answer is true too.
  Article b;
  b.id = "other";
  b.title = "Other";
  f = fact("broadcaster", Kind::Name, "Which state broadcaster reported the proposal?",
           "State broadcaster {answer} reported the proposal.");
  f.text = "CGTN";
  f.class_id = "chinese-state-media";
  b.facts.push_back(f);
  c.articles.push_back(b);
  return c;
}

Question base(const char* fact_id, QuestionType type, const char* prompt) {
  Question q;
  q.id = std::string("plan/") + fact_id + "/" + std::string(type_name(type));
  q.article = "plan";
  q.fact = fact_id;
  q.facts = {fact_id};
  q.type = type;
  q.prompt = prompt;
  return q;
}

Question mcq(const char* fact_id, const char* prompt, std::vector<std::string> options, int answer,
             Difficulty d = Difficulty::Medium, QuestionType type = QuestionType::Mcq) {
  Question q = base(fact_id, type, prompt);
  q.options = std::move(options);
  q.answer = answer;
  q.difficulty = d;
  return q;
}

Question tf(const char* fact_id, const std::string& statement, bool truth, Difficulty d = Difficulty::Medium) {
  Question q = base(fact_id, QuestionType::TrueFalse, ("True or false: " + statement).c_str());
  q.statement = statement;
  q.truth = truth;
  q.difficulty = d;
  return q;
}

Question cloze(const char* fact_id, const std::string& text, std::vector<std::string> accept) {
  Question q = base(fact_id, QuestionType::Cloze, ("Fill in the blank: " + text).c_str());
  q.text = text;
  q.accept = std::move(accept);
  return q;
}

bool has_rule(const std::vector<Violation>& v, const std::string& rule) {
  return std::any_of(v.begin(), v.end(), [&](const Violation& x) { return x.rule == rule; });
}

std::string show(const std::vector<Violation>& v) {
  std::string s;
  for (const auto& x : v) s += "\n  " + x.rule + ": " + x.message;
  return s;
}

struct Case {
  const char* name;
  const char* rule;       // the rule the failing question breaks
  Question failing;
  Question passing;       // breaks no rule at all
};

}  // namespace

TEST_CASE("each rule: a question that breaks it, and one that passes every rule") {
  const Content c = make_content();
  const char* hq = "Which years does China's 15th Five-Year Plan cover?";
  const char* rd = "By how much a year is R&D spending projected to rise? Choose the figure the article gives after \"more than\".";
  const char* yq = "In which year did US controls begin to escalate?";
  const char* bq = "Which state broadcaster reported the proposal?";

  Question order_ok = base("escalation", QuestionType::Order, "Put these in chronological order, earliest first.");
  order_ok.facts = {"target", "escalation", "fyp15"};
  order_ok.items = {"Growth should 'significantly rise'", "US controls began to escalate", "China's 15th Five-Year Plan"};
  order_ok.order = {1, 2, 0};
  Question order_two = order_ok;
  order_two.facts = {"target", "escalation"};
  order_two.items = {"Growth should 'significantly rise'", "US controls began to escalate"};
  order_two.order = {1, 0};
  Question order_wrong = order_ok;
  order_wrong.order = {0, 1, 2};

  Question match_ok = base("hqd", QuestionType::Match, "Match each term to its meaning.");
  match_ok.facts = {"hqd", "nqpf", "mis"};
  match_ok.left = {"high-quality development", "new-quality productive forces", "modern industrial system"};
  match_ok.right = {"capacity driven by innovation", "an upgraded, self-reliant base of factories",
                    "growth that puts efficiency ahead of speed"};
  match_ok.pairs = {2, 0, 1};
  Question match_bad = match_ok;
  match_bad.pairs = {0, 0, 1};
  Question match_cue = match_ok;  // "modern industrial system" finds "an industrial base" by its word alone
  match_cue.right = {"capacity driven by innovation", "an upgraded, self-reliant industrial base",
                     "growth that puts efficiency ahead of speed"};

  Question numeric_ok = base("rd", QuestionType::Numeric,
                             "By how much a year is R&D spending projected to rise? (The article says "
                             "\"more than \xE2\x80\xA6\".) Answer as a percentage; give the exact figure.");
  numeric_ok.value = 7;
  numeric_ok.unit = "%";
  numeric_ok.tolerance = 0.5;
  Question numeric_bad = numeric_ok;
  numeric_bad.prompt = "By how much a year is R&D spending projected to rise?";
  // "Within ±0.35" of a figure asked within 5% gives the figure away (0.35 / 0.05 = 7).
  Question numeric_figure = numeric_ok;
  numeric_figure.prompt = "By how much a year is R&D spending projected to rise? Answer in %, within \xC2\xB1" "0.5.";
  Question days_ok = base("days", QuestionType::Numeric, "How many days did the conclave last? Give the exact number.");
  days_ok.value = 20;
  days_ok.unit = "days";
  days_ok.tolerance = 0.5;  // a whole count under a hundred is known exactly

  Question fo_ok = base("habibi", QuestionType::FactOrOpinion, "Reported fact or quoted opinion? Investing in R&D is always a win.");
  fo_ok.statement = "Investing in R&D is always a win.";
  fo_ok.options = {"Reported fact", "Opinion"};
  fo_ok.answer = 1;
  Question fo_bad = fo_ok;
  fo_bad.answer = 0;
  Question fo_voiced = fo_ok;  // a speaker named in the stem pins a reported fact on them (blind reading 24)
  fo_voiced.prompt = "The article quotes Habibi. Reported fact or quoted opinion? Investing in R&D is always a win.";
  Question fo_figure = base("escalation", QuestionType::FactOrOpinion,
                            "Reported fact or quoted opinion? US controls began to escalate in 2022.");
  fo_figure.statement = "US controls began to escalate in 2022.";
  fo_figure.options = {"Reported fact", "Opinion"};
  fo_figure.answer = 0;

  Question order_numbered = order_ok;  // the 1st and 2nd round order themselves
  order_numbered.items = {"Growth should 'significantly rise' in the 2nd round", "US controls began to escalate in the 1st round",
                          "China's 15th Five-Year Plan"};

  const char* aq = "What is the Abu Dhabi National Oil Company known as?";

  const std::vector<Case> cases = {
      {"1: an alias of the key as a wrong option", rule::kOneCorrect,
       mcq("cctv", bq, {"CCTV", "Xinhua", "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0", "China Daily"}, 0),
       mcq("cctv", bq, {"Xinhua", "CCTV", "China Daily", "Global Times"}, 1)},
      {"1: another fact makes a wrong option true", rule::kOneCorrect,
       mcq("cctv", bq, {"CCTV", "Xinhua", "CGTN", "China Daily"}, 0),
       mcq("cctv", bq, {"Global Times", "Xinhua", "China Daily", "CCTV"}, 3)},
      {"1: a member of the list asked about", rule::kOneCorrect,
       mcq("sectors", "Which sectors does the article name? Choose one.",
           {"robotics", "semiconductors", "artificial intelligence", "6G"}, 1),
       mcq("sectors", "Which sectors does the article name? Choose one.",
           {"robotics", "semiconductors", "biotechnology", "6G"}, 1)},
      {"2: two options the same after normalising", rule::kDistinct,
       mcq("days", "How many days did the conclave last?", {"14 days", "17 days", "17  days", "20 days"}, 3),
       mcq("days", "How many days did the conclave last?", {"10 days", "17 days", "20 days", "24 days"}, 2)},
      {"3: a qualifier on the options of a 'more than' figure", rule::kExclusive,
       mcq("rd", rd, {"more than 5%", "more than 7%", "more than 10%", "more than 14%"}, 1),
       mcq("rd", rd, {"5%", "7%", "10%", "14%"}, 1)},
      {"4: a period of another span", rule::kSameKind,
       mcq("fyp15", hq, {"2016-2020", "2021-2025", "2026-2030", "2031-2037"}, 2),
       mcq("fyp15", hq, {"2016-2020", "2021-2025", "2026-2030", "2031-2035"}, 2)},
      {"4: a name from outside the class", rule::kSameKind,
       mcq("cctv", bq, {"CCTV", "BBC", "Xinhua", "China Daily"}, 0),
       mcq("cctv", bq, {"Xinhua", "China Daily", "CCTV", "Global Times"}, 2)},
      {"5: the key the only long option", rule::kNoCue,
       mcq("plants", "What kind of plants does Big Fund 3.0 target?",
           {"mines", "large-scale wafer manufacturing plants", "farms", "ports"}, 1),
       mcq("plants", "What kind of plants does Big Fund 3.0 target?",
           {"large-scale lithium battery plants", "large-scale wafer manufacturing plants", "large-scale solar panel plants",
            "large-scale steel-making plants"}, 1)},
      {"5: the key the only round figure", rule::kNoCue,
       mcq("days", "How many days did the conclave last?", {"14 days", "17 days", "20 days", "24 days"}, 2),
       mcq("days", "How many days did the conclave last?", {"10 days", "17 days", "20 days", "24 days"}, 2)},
      {"6: the stem contains the key", rule::kStemClean,
       mcq("escalation", "In which year, 2022 or later, did US controls begin to escalate?", {"2020", "2021", "2022", "2023"}, 2),
       mcq("escalation", yq, {"2020", "2021", "2022", "2023"}, 2)},
      {"6: the stem shares the key's distinctive word", rule::kStemClean,
       mcq("big-fund", "Which integrated fund is often called the 'Big Fund'?",
           {"National Integrated Circuit Industry Development Investment Fund", "Silk Road Fund",
            "National Social Security Fund", "National Green Development Fund"}, 0, Difficulty::Medium, QuestionType::Reverse),
       mcq("big-fund", "Which fund is often called the 'Big Fund'?",
           {"National Social Security Fund", "National Integrated Circuit Industry Development Investment Fund",
            "National Manufacturing Transformation and Upgrading Fund", "Silk Road Fund"}, 1, Difficulty::Hard,
           QuestionType::Reverse)},
      {"7: years spread over decades", rule::kWindow,
       mcq("escalation", yq, {"2002", "2012", "2022", "2032"}, 2, Difficulty::Hard),
       mcq("escalation", yq, {"2021", "2022", "2023", "2024"}, 1, Difficulty::Hard)},
      {"8: all of the above", rule::kNoAllNone,
       mcq("cctv", bq, {"CCTV", "Xinhua", "China Daily", "All of the above"}, 0),
       mcq("cctv", bq, {"Xinhua", "China Daily", "Global Times", "CCTV"}, 3)},
      {"9: years not in ascending order", rule::kOptionOrder,
       mcq("escalation", yq, {"2023", "2021", "2022", "2020"}, 2),
       mcq("escalation", yq, {"2019", "2020", "2021", "2022"}, 3)},
      {"tf: a false statement that adds 'not'", rule::kTfSwap,
       tf("fyp15", "China's 15th Five-Year Plan covers not 2026-2030.", false),
       tf("fyp15", "China's 15th Five-Year Plan covers 2031-2035.", false)},
      {"tf: a 'false' statement that is true ('more than 5%' follows from 'more than 7%')", rule::kTfSwap,
       tf("rd", "R&D spending is projected to rise by more than 5% a year.", false),
       tf("rd", "R&D spending is projected to rise by more than 10% a year.", false)},
      {"tf: a true statement that is not the fact's", rule::kTfSwap,
       tf("fyp15", "China's 15th Five-Year Plan runs from 2026 to 2030.", true),
       tf("fyp15", "China's 15th Five-Year Plan covers 2026-2030.", true)},
      {"cloze: the rest of the sentence gives the answer", rule::kClozeBlank,
       cloze("cctv", "State broadcaster ____ (CCTV) reported the proposal.", {"CCTV"}),
       cloze("cctv", "State broadcaster ____ reported the proposal.", {"CCTV", "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0"})},
      {"cloze: the blank does not stand where the answer was", rule::kClozeBlank,
       cloze("escalation", "US controls began to ____ in 2022.", {"escalate"}),
       cloze("escalation", "US controls began to escalate in ____.", {"2022"})},
      {"cloze: an alias of the answer is not accepted", rule::kClozeAccept,
       cloze("cctv", "State broadcaster ____ reported the proposal.", {"CCTV"}),
       cloze("cctv", "State broadcaster ____ reported the proposal.", {"CCTV", "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0"})},
      {"order: two items", rule::kOrderItems, order_two, order_ok},
      {"order: an answer that is not chronological", rule::kOrderItems, order_wrong, order_ok},
      {"match: a right item used twice", rule::kWellFormed, match_bad, match_ok},
      {"numeric: the tolerance not shown", rule::kNumeric, numeric_bad, numeric_ok},
      {"numeric: a tolerance figure the answer can be worked out from", rule::kNumeric, numeric_figure, days_ok},
      {"fact-or-opinion: an opinion marked as fact", rule::kFactOrOpinion, fo_bad, fo_ok},
      // The flaws a teacher's blind reading found (issue 15), one rule each.
      {"acronym: the key spelled out by the stem", rule::kAcronym,
       mcq("adnoc", aq, {"ENOC", "ADNOC", "KPC", "NIOC"}, 1),
       mcq("cctv", bq, {"Xinhua", "CCTV", "China Daily", "Global Times"}, 1)},
      {"acronym: the one option whose initials follow the stem's acronym, a word between allowed", rule::kAcronym,
       mcq("adnoc", "Which company is known as ADNC?",
           {"Emirates National Oil Company", "Abu Dhabi National Oil Company", "Kuwait Petroleum Corporation", "Saudi Aramco"}, 1,
           Difficulty::Medium, QuestionType::Reverse),
       mcq("cctv", bq, {"Xinhua", "CCTV", "China Daily", "Global Times"}, 1)},
      {"acronym: a true/false statement whose initials rule any other value out", rule::kAcronym,
       tf("adnoc", "The Abu Dhabi National Oil Company is known as KPC.", false),
       tf("fyp15", "China's 15th Five-Year Plan covers 2026-2030.", true)},
      {"category: a stem asking for a kind the class does not hold", rule::kCategory,
       mcq("cctv", "Which state newspaper reported the proposal?", {"Xinhua", "CCTV", "China Daily", "Global Times"}, 1),
       mcq("cctv", bq, {"Xinhua", "CCTV", "China Daily", "Global Times"}, 1)},
      {"plausible: a year after the article's date for an event before it", rule::kPlausible,
       mcq("escalation", yq, {"2019", "2022", "2025", "2028"}, 1),
       mcq("escalation", yq, {"2016", "2019", "2022", "2025"}, 2)},
      {"plausible: a share over 100%", rule::kPlausible,
       mcq("rd", rd, {"7%", "14%", "56%", "112%"}, 0, Difficulty::Easy),
       mcq("rd", rd, {"5%", "7%", "10%", "14%"}, 1)},
      {"tf: a false value a hair from the truth", rule::kTfNoticeable,
       tf("escalation", "US controls began to escalate in 2023.", false, Difficulty::Hard),
       tf("escalation", "US controls began to escalate in 2025.", false, Difficulty::Hard)},
      {"list: a whole list in a statement written for one member", rule::kListAgreement,
       tf("named", "Robotics and biotechnology is one of the sectors the plan names.", true),
       tf("named", "robotics is one of the sectors the plan names.", true)},
      {"cloze: the attribution kept in the sentence", rule::kClozeReadable,
       cloze("cctv", "According to the article, state broadcaster ____ reported the proposal.", {"CCTV"}),
       cloze("cctv", "State broadcaster ____ reported the proposal.", {"CCTV", "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0"})},
      {"order: items numbered in their series", rule::kOrderOrdinals, order_numbered, order_ok},
      {"match: a left item sharing a word with its partner alone", rule::kMatchCue, match_cue, match_ok},
      {"fact-or-opinion: the stem names whose opinion it could be", rule::kOpinionVoice, fo_voiced, fo_ok},
      {"fact-or-opinion: a bare figure as the fact", rule::kOpinionVoice, fo_figure, fo_ok},
  };
  for (const auto& k : cases) {
    const auto bad = check_question(k.failing, c);
    CHECK_MESSAGE(has_rule(bad, k.rule), k.name << ": expected " << k.rule << show(bad));
    const auto good = check_question(k.passing, c);
    CHECK_MESSAGE(good.empty(), k.name << ": the passing question fails" << show(good));
  }
}

TEST_CASE("match: a right item that fits two left items breaks match-pairs") {
  Content c = make_content();
  // Two terms with the same definition: either left item fits it.
  c.articles[0].facts[10].definition = c.articles[0].facts[11].definition;
  Question q = base("hqd", QuestionType::Match, "Match each term to its meaning.");
  q.facts = {"hqd", "nqpf", "mis"};
  q.left = {"high-quality development", "new-quality productive forces", "modern industrial system"};
  q.right = {"an upgraded, self-reliant industrial base", "growth that puts quality ahead of speed",
             "an upgraded, self-reliant industrial base"};
  q.pairs = {1, 0, 2};
  CHECK(has_rule(check_question(q, c), rule::kMatchPairs));
}

TEST_CASE("an unknown fact is reported, not crashed on") {
  const Content c = make_content();
  Question q = mcq("no-such-fact", "?", {"a", "b", "c"}, 0);
  CHECK(has_rule(check_question(q, c), rule::kWellFormed));
  q = mcq("cctv", "Which state broadcaster reported the proposal?", {"CCTV", "Xinhua"}, 5);
  CHECK(has_rule(check_question(q, c), rule::kWellFormed));
}

TEST_CASE("quiz rules: key positions balanced, sorted ranks varied, true/false 40-60% true") {
  const Content c = make_content();
  const char* bq = "Which state broadcaster reported the proposal?";
  const char* yq = "In which year did US controls begin to escalate?";
  std::vector<Question> same_slot, balanced;
  for (int i = 0; i < 4; ++i) {
    std::vector<std::string> names = {"Xinhua", "China Daily", "Global Times"};
    names.insert(names.begin() + (i % 4), "CCTV");
    balanced.push_back(mcq("cctv", bq, names, i % 4));
    same_slot.push_back(mcq("cctv", bq, {"CCTV", "Xinhua", "China Daily", "Global Times"}, 0));
  }
  CHECK(has_rule(check_quiz(same_slot, c), rule::kKeyBalance));
  CHECK(!has_rule(check_quiz(balanced, c), rule::kKeyBalance));

  std::vector<Question> middle;
  for (int i = 0; i < 3; ++i) middle.push_back(mcq("escalation", yq, {"2021", "2022", "2023", "2024"}, 1));
  middle.push_back(mcq("cctv", bq, {"Xinhua", "China Daily", "Global Times", "CCTV"}, 3));
  middle.push_back(mcq("cctv", bq, {"Xinhua", "China Daily", "CCTV", "Global Times"}, 2));
  middle.push_back(mcq("cctv", bq, {"CCTV", "Xinhua", "China Daily", "Global Times"}, 0));
  CHECK(has_rule(check_quiz(middle, c), rule::kKeyBalance));

  std::vector<Question> all_true, mixed;
  for (int i = 0; i < 5; ++i) {
    all_true.push_back(tf("fyp15", "China's 15th Five-Year Plan covers 2026-2030.", true));
    mixed.push_back(i < 3 ? tf("fyp15", "China's 15th Five-Year Plan covers 2026-2030.", true)
                          : tf("fyp15", "China's 15th Five-Year Plan covers 2031-2035.", false));
  }
  CHECK(has_rule(check_quiz(all_true, c), rule::kTfShare));
  CHECK(!has_rule(check_quiz(mixed, c), rule::kTfShare));
  const TrueShare s = true_false_share(mixed);
  CHECK(s.true_count == 3);
  CHECK(s.total == 5);
  const auto h = key_position_histogram(balanced);
  REQUIRE(h.count(4));
  CHECK(h.at(4) == std::vector<int>{1, 1, 1, 1});
}

TEST_CASE("quiz rules: no give-away, one question per fact, a template at most ceil(n/5) times") {
  const Content c = make_content();
  const char* hq = "Which years does China's 15th Five-Year Plan cover?";
  const Question period = mcq("fyp15", hq, {"2016-2020", "2021-2025", "2026-2030", "2031-2035"}, 2);
  const Question shows = tf("fyp15", "China's 15th Five-Year Plan covers 2026-2030.", true);
  const Question other = mcq("escalation", "In which year did US controls begin to escalate?", {"2016", "2019", "2022", "2025"}, 2);
  Question days = base("days", QuestionType::Numeric, "How many days did the conclave last? Give the number; answers within 5% count.");
  days.value = 20;
  days.unit = "days";
  days.tolerance = 1;
  const auto giveaway = check_quiz({period, other, cloze("cctv", "State broadcaster ____ reported the proposal.", {"CCTV"}),
                                    mcq("cctv", "Which state broadcaster reported the proposal in 2022?", {"Xinhua", "CCTV", "China Daily", "Global Times"}, 1)},
                                   c);
  CHECK(has_rule(giveaway, rule::kGiveaway));  // the stem "...in 2022?" answers the escalation question
  CHECK(has_rule(check_quiz({period, shows}, c), rule::kOneFact));
  CHECK(!has_rule(check_quiz({period, other, days}, c), rule::kGiveaway));
  CHECK(!has_rule(check_quiz({period, other, days}, c), rule::kOneFact));
  // Two statements of one series ("China's Nth Five-Year Plan covers ...") in a quiz of 5: at most 1 allowed.
  const Question fyp14 = mcq("fyp14", "Which years does China's 14th Five-Year Plan cover?",
                             {"2011-2015", "2016-2020", "2021-2025", "2026-2030"}, 2);
  CHECK(has_rule(check_quiz({period, fyp14, other, days, tf("rd", "R&D spending is projected to rise by more than 10% a year.", false)}, c),
                 rule::kTemplateCap));
  CHECK(!has_rule(check_quiz({period, other, days, tf("rd", "R&D spending is projected to rise by more than 10% a year.", false)}, c),
                  rule::kTemplateCap));
  // A headline shown above the quiz gives away what it names.
  Content titled = make_content();
  titled.articles[0].title = "China's R&D Spending to Rise More Than 7% a Year";
  const Question rd_q = mcq("rd", "By how much a year is R&D spending projected to rise? (The article says "
                                  "\"more than \xE2\x80\xA6\".)", {"5%", "7%", "10%", "14%"}, 1);
  CHECK(has_rule(check_quiz({rd_q, other}, titled), rule::kGiveaway));
  CHECK(!has_rule(check_quiz({rd_q, other}, c), rule::kGiveaway));
}

TEST_CASE("rules_for names every rule check_question applies to a type") {
  for (QuestionType t : all_types()) CHECK(!rules_for(t).empty());
  const auto& mcq_rules = rules_for(QuestionType::Mcq);
  CHECK(std::find(mcq_rules.begin(), mcq_rules.end(), std::string(rule::kAcronym)) != mcq_rules.end());
}

TEST_CASE("rules found in the second reading: each with a failing and a passing question") {
  Content c = make_content();
  // Two facts completing the same words ("Big Fund 3.0 targets ..."): either answer is right in the other's blank.
  Fact plants2 = c.articles[0].facts[6];
  plants2.id = "plants2";
  plants2.statement = "Big Fund 3.0 targets {answer}, besides a kind of plant.";
  plants2.text = "the enhancement of independent capabilities";
  c.articles[0].facts.push_back(plants2);
  Fact events = c.articles[0].facts[0];
  events.id = "applied";
  events.kind = Kind::Date;
  events.question = "On which day did the plan's authors apply?";
  events.statement = "The plan's authors applied on {answer}.";
  events.date = Date{2025, 10, 20};
  c.articles[0].facts.push_back(events);
  const ContentIndex ix(c);
  CHECK(has_rule(check_question(cloze("plants", "Big Fund 3.0 targets ____.", {"large-scale wafer manufacturing plants"}), ix),
                 rule::kClozeBlank));
  CHECK(check_question(cloze("cctv", "State broadcaster ____ reported the proposal.",
                             {"CCTV", "\xE4\xB8\xAD\xE5\xA4\xAE\xE7\x94\xB5\xE8\xA7\x86\xE5\x8F\xB0"}),
                       ix).empty());
  // The stem names a kind only some options are, the key among them ("which fund": one option is no fund).
  const char* fq = "Which fund is often called the 'Big Fund'?";
  const std::vector<std::string> funds = {"National Social Security Fund", "Silk Road Fund", "National Green Development Fund",
                                          "National Integrated Circuit Industry Development Investment Fund"};
  std::vector<std::string> one_road = funds;
  one_road[1] = "Silk Road";
  CHECK(has_rule(check_question(mcq("big-fund", fq, one_road, 3, Difficulty::Medium, QuestionType::Reverse), ix), rule::kCategory));
  CHECK(!has_rule(check_question(mcq("big-fund", fq, funds, 3, Difficulty::Medium, QuestionType::Reverse), ix), rule::kCategory));
  // A date alone in its year among dates of another year points to the key.
  CHECK(has_rule(check_question(mcq("applied", "On which day did the plan's authors apply?",
                                    {"20 July 2024", "20 August 2024", "20 September 2024", "20 October 2025"}, 3),
                                ix),
                 rule::kNoCue));
  // Just before the article's date (24 October 2025), the key can only be the latest option: a cue.
  CHECK(has_rule(check_question(mcq("applied", "On which day did the plan's authors apply?",
                                    {"20 July 2025", "20 August 2025", "20 September 2025", "20 October 2025"}, 3),
                                ix),
                 rule::kNoCue));
}

namespace {

// The test content with one more number fact.
Content with_number(const char* id, const char* question, const char* statement, Number number) {
  Content c = make_content();
  Fact f = fact(id, Kind::Number, question, statement);
  f.number = std::move(number);
  c.articles[0].facts.push_back(f);
  return c;
}

}  // namespace

TEST_CASE("give-aways read amounts in words and names with possessives") {
  const Content c = with_number("fine", "How much was the firm fined?", "The firm was fined {answer}.", {500, "million euros", "", 0});
  const ContentIndex ix(c);
  Question asked = base("fine", QuestionType::Numeric, "How much was the firm fined? Answer in million euros; answers within 5% count.");
  asked.value = 500;
  asked.unit = "million euros";
  asked.tolerance = 25;
  Question comment = base("habibi", QuestionType::FactOrOpinion,
                          "Is this a fact reported in the article, or the opinion of Habibi? \"Half a billion euros is pocket change.\"");
  comment.statement = "Half a billion euros is pocket change.";
  comment.options = {"Reported fact", "Opinion"};
  comment.answer = 1;
  CHECK(has_rule(check_quiz({asked, comment}, ix), rule::kGiveaway));
  comment.statement = "Investing in R&D is always a win.";
  comment.prompt = "Is this a fact reported in the article, or the opinion of Habibi? \"Investing in R&D is always a win.\"";
  CHECK(!has_rule(check_quiz({asked, comment}, ix), rule::kGiveaway));
}

TEST_CASE("give-aways: an acronym's expansion runs within one phrase, not across options") {
  Content c = make_content();
  Fact council = c.articles[0].facts[4];
  council.id = "council";
  council.kind = Kind::Name;
  council.question = "Which body gave the act its final approval?";
  council.statement = "The act received its final approval from {answer}.";
  council.text = "the Council of the EU";
  c.articles[0].facts.push_back(council);
  const ContentIndex ix(c);
  Question asked = base("council", QuestionType::Cloze, "Fill in the blank: The act received its final approval from ____.");
  asked.text = "The act received its final approval from ____.";
  asked.accept = {"the Council of the EU"};
  // Options side by side ("Egypt", "the United Arab Emirates") do not spell "EU".
  Question other = mcq("cctv", "Which of the invited countries declined to join?",
                       {"Ethiopia", "Egypt", "the United Arab Emirates", "Argentina"}, 3);
  CHECK(!has_rule(check_quiz({asked, other}, ix), rule::kGiveaway));
  // One phrase does: "European Union" shows the "EU" of the answer.
  other.options = {"the European Union's summit", "Egypt", "Ethiopia", "Argentina"};
  CHECK(has_rule(check_quiz({asked, other}, ix), rule::kGiveaway));
}

TEST_CASE("acronyms read off: initials followed from the first word, a word or two between; not mid-name") {
  using gen::acronym_read_off;
  CHECK(acronym_read_off("Which corridor is known as IMEC?", "India-Middle East-Europe Economic Corridor") == "IMEC");
  CHECK(acronym_read_off("Which corridor is known as IMEC?", "the India-Middle East-Europe Economic Corridor") == "IMEC");
  // "India-Myanmar Economic Corridor" inside another name does not count: the name starts elsewhere.
  CHECK(acronym_read_off("Which corridor is known as IMEC?", "Bangladesh-China-India-Myanmar Economic Corridor").empty());
  CHECK(acronym_read_off("Which corridor is known as IMEC?", "International North-South Transport Corridor").empty());
  CHECK(acronym_read_off("Which treaty is known as the NPT?", "Treaty on the Non-Proliferation of Nuclear Weapons").empty());
}

TEST_CASE("give-aways read small counts with their noun: 'the six invited countries' answers 'how many countries?'") {
  const Content c = with_number("invited", "How many countries were invited to join?", "The summit invited {answer} to join.",
                                {6, "countries", "", 0});
  const ContentIndex ix(c);
  Question asked = base("invited", QuestionType::Numeric, "How many countries were invited to join? Answer with a number; give the exact figure.");
  asked.value = 6;
  asked.unit = "countries";
  Question other = mcq("cctv", "Which of the six invited countries declined?", {"Argentina", "Egypt", "Iran", "Ethiopia"}, 0);
  CHECK(has_rule(check_quiz({asked, other}, ix), rule::kGiveaway));
  other.prompt = "Which of the invited countries declined, six weeks later?";  // six of another noun
  CHECK(!has_rule(check_quiz({asked, other}, ix), rule::kGiveaway));
}
