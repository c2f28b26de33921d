// Typed-answer checking: case, punctuation, spacing, aliases, number forms, periods, dates and one typo.
#include <doctest/doctest.h>

#include "factdeck/answer.h"

using namespace factdeck;

TEST_CASE("damerau_levenshtein counts edits, a swap of neighbours as one") {
  struct Case {
    const char *a, *b;
    int d;
  };
  const Case cases[] = {{"", "", 0},         {"abc", "abc", 0},       {"abc", "acb", 1},
                        {"abc", "ab", 1},     {"ab", "abc", 1},        {"abc", "abd", 1},
                        {"kitten", "sitting", 3}, {"galvanized", "galavnized", 1}, {"", "abc", 3}};
  for (const auto& c : cases) CHECK_MESSAGE(damerau_levenshtein(c.a, c.b) == c.d, c.a << " / " << c.b);
}

TEST_CASE("parse_number_text reads figures with units, qualifiers and words") {
  struct Case {
    const char* text;
    bool ok;
    double value;
    const char* unit;
    int decimals;
  };
  const Case cases[] = {
      {"7", true, 7, "", 0},
      {"7%", true, 7, "%", 0},
      {"7 %", true, 7, "%", 0},
      {"7 percent", true, 7, "%", 0},
      {"7 per cent", true, 7, "%", 0},
      {"more than 7%", true, 7, "%", 0},
      {"1,200.50 billion yuan", true, 1200.5, "billion yuan", 2},
      {"138.72 billion yuan", true, 138.72, "billion yuan", 2},
      {"seven", true, 7, "", 0},
      {"twenty-five days", true, 25, "days", 0},
      {"-3%", true, -3, "%", 0},
      {"2026-2030", false, 0, "", 0},
      {"abc", false, 0, "", 0},
      {"", false, 0, "", 0},
  };
  for (const auto& c : cases) {
    const auto n = parse_number_text(c.text);
    REQUIRE_MESSAGE(n.has_value() == c.ok, c.text);
    if (!n) continue;
    CHECK_MESSAGE(n->value == doctest::Approx(c.value), c.text);
    CHECK_MESSAGE(n->unit == c.unit, c.text);
    CHECK_MESSAGE(n->decimals == c.decimals, c.text);
  }
}

TEST_CASE("same_answer ignores case, punctuation, spacing and number formatting") {
  struct Case {
    const char *a, *b;
    bool same;
  };
  const Case cases[] = {
      {"7%", "7 %", true},
      {"7%", "7 percent", true},
      {"7%", "8%", false},
      {"1,200", "1200", true},
      {"People's Daily", "peoples daily", true},
      {"Big Fund", "the big fund", true},
      {"Big Fund", "BigFund", true},
      {"2026-2030", "2026 to 2030", true},
      {"2026-2030", "2026\xE2\x80\x93" "2030", true},
      {"2026-2030", "2021-2025", false},
      {"24 May 2024", "2024-05-24", true},
      {"24 May 2024", "May 24, 2024", true},
      {"24 May 2024", "25 May 2024", false},
      {"CCTV", "CGTN", false},
  };
  for (const auto& c : cases) CHECK_MESSAGE(same_answer(c.a, c.b) == c.same, c.a << " / " << c.b);
}

TEST_CASE("check_text_answer accepts the forms a careful teacher would") {
  struct Case {
    const char* typed;
    std::vector<std::string> accept;
    bool correct;
    bool typo;
  };
  const std::vector<std::string> fund = {"Big Fund", "National Integrated Circuit Industry Development Investment Fund"};
  const std::vector<std::string> pct = {"7", "7%", "7 percent"};
  const Case cases[] = {
      {"big fund", fund, true, false},
      {"  BIG   FUND  ", fund, true, false},
      {"Big-Fund!", fund, true, false},
      {"the Big Fund", fund, true, false},
      {"national integrated circuit industry development investment fund", fund, true, false},
      {"Big Fnd", fund, false, false},  // "fund" has 4 letters: no slip allowed
      {"National Integrated Circiut Industry Development Investment Fund", fund, true, true},
      {"galvanised", {"galvanized"}, true, false},  // the British spelling, not a slip
      {"galvnized", {"galvanized"}, true, true},
      {"galvanzd", {"galvanized"}, false, false},  // two slips
      {"semiconductor", {"semiconductors"}, true, true},
      {"Xinhua", {"CCTV"}, false, false},
      {"7", pct, true, false},
      {"7%", pct, true, false},
      {"7 %", pct, true, false},
      {"7 percent", pct, true, false},
      {"seven", pct, true, false},
      {"7.0", pct, true, false},
      {"8", pct, false, false},
      {"70", pct, false, false},
      {"7", {"7%"}, true, false},
      {"7 days", {"7%"}, false, false},
      {"344 billion", {"344 billion yuan"}, true, false},
      {"2026 to 2030", {"2026-2030"}, true, false},
      {"2025-2030", {"2026-2030"}, false, false},
      {"May 24, 2024", {"24 May 2024"}, true, false},
      {"2022", {"2022"}, true, false},
      {"2023", {"2022"}, false, false},  // digits never count as a typo
      {"", {"2022"}, false, false},
  };
  for (const auto& c : cases) {
    const AnswerResult r = check_text_answer(c.typed, c.accept);
    CHECK_MESSAGE(r.correct == c.correct, "'" << c.typed << "'");
    CHECK_MESSAGE(r.typo == c.typo, "'" << c.typed << "'");
  }
}

TEST_CASE("check_numeric_answer uses the tolerance and the unit") {
  struct Case {
    const char* typed;
    bool correct;
  };
  const Case cases[] = {{"7", true},        {"7.4", true},   {"6.5", true},      {"7.6", false},
                        {"7.4%", true},     {"7 percent", true}, {"seven", true}, {"7 days", false},
                        {"abc", false},     {"", false}};
  for (const auto& c : cases)
    CHECK_MESSAGE(check_numeric_answer(c.typed, 7, "%", 0.5).correct == c.correct, "'" << c.typed << "'");
  CHECK(check_numeric_answer("350", 344, "billion yuan", 17.2).correct);
  CHECK(check_numeric_answer("350 billion yuan", 344, "billion yuan", 17.2).correct);
  CHECK_FALSE(check_numeric_answer("362", 344, "billion yuan", 17.2).correct);
}

TEST_CASE("check_answer routes by question type") {
  Question cloze;
  cloze.type = QuestionType::Cloze;
  cloze.accept = {"CCTV", "China Central Television"};
  CHECK(check_answer(cloze, "cctv").correct);
  CHECK(check_answer(cloze, "China Central Televison").correct);
  CHECK_FALSE(check_answer(cloze, "Xinhua").correct);

  Question numeric;
  numeric.type = QuestionType::Numeric;
  numeric.value = 4;
  numeric.unit = "days";
  numeric.tolerance = 0.5;
  CHECK(check_answer(numeric, "4").correct);
  CHECK(check_answer(numeric, "four days").correct);
  CHECK_FALSE(check_answer(numeric, "5").correct);

  Question mcq;
  mcq.type = QuestionType::Mcq;
  CHECK_FALSE(check_answer(mcq, "anything").correct);
}
