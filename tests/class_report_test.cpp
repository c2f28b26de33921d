// The class report: Moodle's item statistics against hand-computed values, the distractor flags, CSV safety.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "factdeck/class_report.h"

using namespace factdeck;

namespace {

// A four-option question whose key is option `key`.
Question mcq(const std::string& id, int key) {
  Question q;
  q.id = id;
  q.article = "art";
  q.fact = id;
  q.facts = {id};
  q.type = QuestionType::Mcq;
  q.prompt = "Which is " + id + "?";
  q.options = {"A " + id, "B " + id, "C " + id, "D " + id};
  q.answer = key;
  q.answer_text = q.options[static_cast<std::size_t>(key)];
  return q;
}

Assignment assignment_of(const std::string& id, std::vector<Question> questions) {
  Assignment a;
  a.id = id;
  a.class_name = "7B";
  a.title = "Test";
  a.questions = std::move(questions);
  return a;
}

// Student `student` picked option `choice` of question `q` (the key's index makes it right).
AnswerEvent pick(const Assignment& a, const std::string& student, std::size_t q, int choice, int seq) {
  const Question& question = a.questions[q];
  AnswerEvent e;
  e.id = a.id + "-" + student + "-" + std::to_string(q) + "-" + std::to_string(seq);
  e.assignment = a.id;
  e.student = student;
  e.question = question.id;
  e.choice = choice;
  e.answer = choice >= 0 ? question.options[static_cast<std::size_t>(choice)] : "";
  e.correct = choice == question.answer;
  e.time = 1000 + seq;
  return e;
}

// Events of a class from rows of marks: rows[s][q] = 1 right (the key), 0 wrong (option `wrong`).
std::vector<AnswerEvent> from_marks(const Assignment& a, const std::vector<std::string>& rows, int wrong) {
  std::vector<AnswerEvent> out;
  int seq = 0;
  for (std::size_t s = 0; s < rows.size(); ++s)
    for (std::size_t q = 0; q < rows[s].size(); ++q) {
      const int key = a.questions[q].answer;
      out.push_back(pick(a, "s" + std::to_string(s), q, rows[s][q] == '1' ? key : (key + wrong) % 4, ++seq));
    }
  return out;
}

const QuestionStat& stat(const ClassReport& r, const std::string& id) {
  for (const QuestionStat& q : r.questions)
    if (q.id == id) return q;
  FAIL("no question " << id);
  return r.questions.front();
}

bool has_flag(const QuestionStat& q, const std::string& f) {
  return std::find(q.flags.begin(), q.flags.end(), f) != q.flags.end();
}

}  // namespace

TEST_CASE("item statistics match B1's check values") {
  // references.md B1: 6 attempts on 4 one-mark questions, rows 1111, 1110, 1101, 1010, 0100, 1000.
  // Totals T = 4, 3, 3, 2, 1, 1. For Q1, x = 1,1,1,1,0,1 and R = T - x = 3,2,2,1,1,0:
  //   F = 5/6 = 83.33%; mean R = 1.5; cov(x,R) = 0.5 / 5 = 0.1; var(x) = (5/36 + 25/36) / 5 = 1/6; var(R) = 5.5 / 5 = 1.1;
  //   DI = 100 * 0.1 / sqrt(1/6 * 1.1) = 23.35%.
  //   Sorted x = 0,1,1,1,1,1 and sorted R = 0,1,1,2,2,3 give cov_max = 1.5 / 5 = 0.3, so DE = 100 * 0.1 / 0.3 = 33.33%.
  const std::vector<std::string> rows = {"1111", "1110", "1101", "1010", "0100", "1000"};
  struct Want {
    double f, sd, di, de;
  };
  const Want want[] = {{83.33, 40.82, 23.35, 33.33}, {66.67, 51.64, 12.50, 14.29}, {50.00, 54.77, 18.57, 20.00}, {33.33, 51.64, 43.30, 50.00}};
  for (std::size_t q = 0; q < 4; ++q) {
    std::vector<double> x, rest;
    for (const std::string& row : rows) {
      double total = 0;
      for (char c : row) total += c == '1';
      x.push_back(row[q] == '1');
      rest.push_back(total - x.back());
    }
    const ItemStats s = item_statistics(x, rest);
    CAPTURE(q);
    CHECK(s.n == 6);
    CHECK(s.facility == doctest::Approx(want[q].f).epsilon(0.0005));
    CHECK(s.sd == doctest::Approx(want[q].sd).epsilon(0.0005));
    REQUIRE(s.discrimination);
    CHECK(*s.discrimination == doctest::Approx(want[q].di).epsilon(0.0005));
    REQUIRE(s.efficiency);
    CHECK(*s.efficiency == doctest::Approx(want[q].de).epsilon(0.0005));
  }
}

TEST_CASE("a question everyone got right has no discrimination (a variance is 0), as in Moodle") {
  const ItemStats s = item_statistics({1, 1, 1, 1}, {3, 2, 1, 0});
  CHECK(s.facility == doctest::Approx(100));
  CHECK(s.sd == doctest::Approx(0));
  CHECK(!s.discrimination);
  CHECK(!s.efficiency);
  CHECK(!item_statistics({1}, {0}).discrimination);
  CHECK(item_statistics({}, {}).n == 0);
}

TEST_CASE("the class report from events: scores, the same numbers as B1, first answers only") {
  const Assignment a = assignment_of("as1", {mcq("q1", 0), mcq("q2", 1), mcq("q3", 2), mcq("q4", 3)});
  std::vector<AnswerEvent> ev = from_marks(a, {"1111", "1110", "1101", "1010", "0100", "1000"}, 1);
  // s5 answers q2 again later, rightly: the first answer stands.
  ev.push_back(pick(a, "s5", 1, a.questions[1].answer, 999));
  ReportRules rules;
  rules.min_attempts = 100;  // no flags on six attempts
  const ClassReport r = class_report(a, ev, {}, rules);
  REQUIRE(r.students.size() == 6);
  CHECK(r.students[0].student == "s0");
  CHECK(r.students[0].correct == 4);
  CHECK(r.students[0].score == doctest::Approx(100));
  CHECK(r.students[5].correct == 1);
  CHECK(r.students[5].score == doctest::Approx(25));
  CHECK(stat(r, "q1").stats.facility == doctest::Approx(83.333).epsilon(0.001));
  CHECK(*stat(r, "q4").stats.discrimination == doctest::Approx(43.30).epsilon(0.001));
  CHECK(stat(r, "q2").stats.facility == doctest::Approx(66.667).epsilon(0.001));
  // Option counts: q1's key chosen 5 times, option B (key + 1) once.
  CHECK(stat(r, "q1").options[0].chosen == 5);
  CHECK(stat(r, "q1").options[1].chosen == 1);
  CHECK(stat(r, "q1").flags.empty());
}

TEST_CASE("flags: non-functioning distractor, possible miskey, too easy, too hard, negative discrimination") {
  // 25 students, 8 questions. Students s00..s09 are strong: right on the three plain questions p1..p3, which the
  // other fifteen miss, so the strong make the upper group (27% of 25: 7 students) and the weak the lower.
  const Assignment a = assignment_of("as2", {mcq("easy", 0), mcq("nfd", 0), mcq("miskey", 0), mcq("hard", 0), mcq("neg", 0),
                                             mcq("p1", 0), mcq("p2", 0), mcq("p3", 0)});
  std::vector<AnswerEvent> ev;
  int seq = 0;
  for (int s = 0; s < 25; ++s) {
    const std::string name = (s < 10 ? "s0" : "s") + std::to_string(s);
    const bool strong = s < 10;
    ev.push_back(pick(a, name, 0, s == 24 ? 1 : 0, ++seq));                    // easy: 24 of 25 right (96%)
    ev.push_back(pick(a, name, 1, strong ? 0 : (s % 2 ? 1 : 2), ++seq));       // nfd: option D never chosen
    ev.push_back(pick(a, name, 2, strong ? 3 : (s % 3 == 0 ? 0 : 1), ++seq));  // miskey: the strong all choose D
    ev.push_back(pick(a, name, 3, s % 5 == 0 ? 0 : 1 + s % 3, ++seq));         // hard: 5 of 25 right (20%)
    ev.push_back(pick(a, name, 4, strong ? 1 : (s % 4 ? 0 : 2), ++seq));       // neg: the weak get it right
    for (std::size_t p = 5; p < 8; ++p) ev.push_back(pick(a, name, p, strong ? 0 : 1, ++seq));
  }
  const ClassReport r = class_report(a, ev, {});
  REQUIRE(r.students.size() == 25);
  const QuestionStat& nfd = stat(r, "nfd");
  CHECK(has_flag(nfd, "non-functioning-distractor"));
  CHECK(nfd.options[3].chosen == 0);
  CHECK(nfd.options[3].non_functioning);
  CHECK(!nfd.options[1].non_functioning);
  CHECK(has_flag(stat(r, "miskey"), "possible-miskey"));
  CHECK(has_flag(stat(r, "easy"), "too-easy"));
  CHECK(!has_flag(stat(r, "easy"), "too-hard"));
  CHECK(has_flag(stat(r, "hard"), "too-hard"));
  CHECK(has_flag(stat(r, "neg"), "negative-discrimination"));
  CHECK(!has_flag(stat(r, "nfd"), "negative-discrimination"));
  CHECK(*stat(r, "nfd").stats.discrimination > 0);
  // Fewer than 20 attempts: no distractor is called non-functioning.
  std::vector<AnswerEvent> few;
  for (const AnswerEvent& e : ev)
    if (e.student < "s15") few.push_back(e);
  CHECK(!has_flag(stat(class_report(a, few, {}), "nfd"), "non-functioning-distractor"));
}

TEST_CASE("statistics carry across assignments that ask the same fact the same way") {
  const Assignment a = assignment_of("week1", {mcq("f1", 0), mcq("f2", 1)});
  Assignment b = assignment_of("week2", {mcq("f1", 2), mcq("f3", 1)});  // f1 again, its options shuffled
  const std::vector<AnswerEvent> ea = from_marks(a, {"11", "10", "01", "00"}, 1);  // f1: 2 of 4
  const std::vector<AnswerEvent> eb = from_marks(b, {"11", "11", "10", "01"}, 1);  // f1: 3 of 4
  const std::vector<AssignmentEvents> history = {{&a, &ea}, {&b, &eb}};
  const ClassReport r = class_report(b, eb, history);
  const QuestionStat& f1 = stat(r, "f1");
  CHECK(f1.fact_key == "art/f1/mcq");
  CHECK(f1.across_assignments == 2);
  CHECK(f1.across.n == 8);
  CHECK(f1.across.facility == doctest::Approx(62.5));  // 5 right of 8
  CHECK(stat(r, "f3").across_assignments == 1);
}

TEST_CASE("the report as JSON has the issue's shape") {
  const Assignment a = assignment_of("as3", {mcq("q1", 0), mcq("q2", 1)});
  const ClassReport r = class_report(a, from_marks(a, {"11", "10", "01"}, 1), {});
  const auto j = nlohmann::json::parse(report_to_json(r));
  CHECK(j["assignment"] == "as3");
  REQUIRE(j["students"].size() == 3);
  CHECK(j["students"][0]["student"] == "s0");
  CHECK(j["students"][0]["answered"] == 2);
  CHECK(j["students"][0]["correct"] == 2);
  CHECK(j["students"][0]["score"] == 100.0);
  REQUIRE(j["questions"].size() == 2);
  CHECK(j["questions"][0]["id"] == "q1");
  CHECK(j["questions"][0]["facility"] == doctest::Approx(66.67));
  CHECK(j["questions"][0].contains("discrimination"));
  CHECK(j["questions"][0]["options"][0]["text"] == "A q1");
  CHECK(j["questions"][0]["options"][0]["chosen"] == 2);
  CHECK(j["questions"][0]["flags"].is_array());
}

TEST_CASE("CSV cells cannot become formulas and follow RFC 4180") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"=1+1", "'=1+1"},
      {"+SUM(A1)", "'+SUM(A1)"},
      {"-2+3", "'-2+3"},
      {"@cmd", "'@cmd"},
      {"\tTAB", "'\tTAB"},
      {"\r=x", "\"'\r=x\""},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"", ""},
      {"x=1", "x=1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(csv_cell(c.in) == c.out);
  }
}

TEST_CASE("a hostile student name and answer stay verbatim in JSON and harmless in CSV and text") {
  Assignment a = assignment_of("as4", {mcq("q1", 0)});
  a.questions[0].options[1] = "=cmd|' /C calc'!A0";
  const std::string name = "=HYPERLINK(\"http://evil\",\"x\")\x1b[31m'); DROP TABLE events;--";
  AnswerEvent e = pick(a, name, 0, 1, 1);
  const ClassReport r = class_report(a, {e}, {});
  const auto j = nlohmann::json::parse(report_to_json(r));
  CHECK(j["students"][0]["student"] == name);
  CHECK(j["questions"][0]["options"][1]["text"] == "=cmd|' /C calc'!A0");
  const std::string csv = report_to_csv(r);
  CHECK(csv.find("\n\"'=HYPERLINK(") != std::string::npos);
  CHECK(csv.find("\n=") == std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.find("; =cmd|' /C calc'!A0: 1") != std::string::npos);  // inside a cell that starts with the first option
  const std::string text = report_to_text(r);
  CHECK(text.find('\x1b') == std::string::npos);
}
