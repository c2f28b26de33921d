// The class module's files and database: ids, the assignment file, events, bundles, idempotent import, repair.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "factdeck/class.h"
#include "factdeck/class_report.h"
#include "factdeck/content.h"
#include "factdeck/quality.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "class_db_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

const Content& test_content() {
  static const LoadResult loaded = load_content(FACTDECK_SOURCE_DIR "/content");
  return loaded.content;
}

// A real quiz from the bundled content, made an assignment.
Assignment real_assignment(const std::string& id, std::vector<QuestionType> types = {}) {
  QuizSelection sel;
  sel.articles = {"china-tech-self-reliance-2025"};
  sel.count = 6;
  sel.seed = 11;
  sel.types = std::move(types);
  Assignment a;
  a.id = id;
  a.class_name = "7B";
  a.title = "Week 1";
  a.created = 1767225600;  // 2026-01-01
  a.selection = sel;
  a.questions = make_quiz(test_content(), sel).questions;
  return a;
}

AnswerEvent event(const Assignment& a, const std::string& id, const std::string& student, std::size_t q, int choice) {
  const Question& question = a.questions[q];
  Response r;
  r.choice = choice;
  r.truth = choice == 0;
  r.text = "some text";
  return answer_event(a, question, student, r, 1767229200, 0, id);
}

}  // namespace

TEST_CASE("UUIDv7: time first, version 7, variant 10, different for each draw") {
  Rng rng(42);
  const std::string a = make_uuid_v7(1767225600123, rng), b = make_uuid_v7(1767225600123, rng);
  CHECK(a.size() == 36);
  CHECK(a != b);
  CHECK(a.substr(0, 13) == "019b76da-a87b");  // 1767225600123 ms = 0x019b76daa87b
  CHECK(a[14] == '7');
  CHECK(std::string("89ab").find(a[19]) != std::string::npos);
  Rng same(42);
  CHECK(make_uuid_v7(1767225600123, same) == a);  // the randomness is passed in: reproducible
  CHECK(make_uuid_v7(1767225600124, rng) > a);   // later ids sort later
}

TEST_CASE("an assignment file reads back as the same assignment, every question type") {
  const Assignment a = real_assignment("0190-a", {QuestionType::Mcq, QuestionType::TrueFalse, QuestionType::Cloze,
                                                  QuestionType::Numeric, QuestionType::Order});
  REQUIRE(!a.questions.empty());
  const std::string text = assignment_to_json(a);
  Assignment b;
  REQUIRE(assignment_from_json(text, "a.json", b).ok());
  CHECK(assignment_to_json(b) == text);
  CHECK(b.questions.size() == a.questions.size());
  CHECK(b.class_name == "7B");
  // Every question still grades as it did: the snapshot is all an answer needs.
  for (std::size_t i = 0; i < a.questions.size(); ++i) CHECK(b.questions[i].answer_text == a.questions[i].answer_text);
}

TEST_CASE("a broken assignment or bundle file says where and what") {
  Assignment a;
  Status st = assignment_from_json("{\n  \"format\": \"factdeck-assignment\",\n  oops\n}", "a.json", a);
  CHECK(st.message().rfind("a.json:3:", 0) == 0);
  st = assignment_from_json(R"({"format": "factdeck-quiz", "version": 1})", "a.json", a);
  CHECK(st.message().find("is not a Factdeck assignment") != std::string::npos);
  std::string text = assignment_to_json(real_assignment("x"));
  text.replace(text.find("\"options\""), 9, "\"opts\"");
  st = assignment_from_json(text, "a.json", a);
  CHECK(st.message().find("a.json: questions[") == 0);
  CHECK(st.message().find("].options: missing") != std::string::npos);
  Bundle b;
  st = bundle_from_json(R"({"format": "factdeck-class-bundle", "version": 1, "created": "2026-01-01T00:00:00Z",
    "events": [{"id": "e1", "assignment": "a", "student": "s", "question": "q", "choice": "two", "answer": "",
                "correct": false, "time": 1, "duration_ms": 0}]})", "b.json", b);
  CHECK(st.message() == "b.json: events[0].choice: a whole number was expected");
  st = bundle_from_json(R"({"format": "factdeck-class-bundle", "version": 9, "created": "2026-01-01T00:00:00Z", "events": []})", "b.json", b);
  CHECK(st.message().find("newer Factdeck") != std::string::npos);
}

TEST_CASE("events are committed one by one, and import is idempotent and all-or-nothing") {
  const std::string dir = fresh_dir("import");
  const Assignment a = real_assignment("asg-1", {QuestionType::Mcq});
  REQUIRE(a.questions.size() >= 2);
  // The student's machine: the assignment from its file, three answers, a bundle.
  std::unique_ptr<ClassDb> student;
  REQUIRE(ClassDb::open(dir + "/student/class.sqlite3", student).ok());
  REQUIRE(student->add_assignment(a).ok());
  REQUIRE(student->add_assignment(a).ok());  // the same assignment again: nothing happens
  for (int i = 0; i < 3; ++i) REQUIRE(student->record(event(a, "ev" + std::to_string(i), "Ana", 0, i)).ok());
  CHECK(!student->record(event(a, "ev0", "Ana", 0, 0)).ok());  // an id is never written twice
  Bundle b;
  b.created = 1767229200;
  b.events = student->local_events(true);
  REQUIRE(b.events.size() == 3);
  REQUIRE(student->mark_bundled({"ev0", "ev1"}).ok());
  CHECK(student->local_events(true).size() == 1);
  CHECK(student->local_events(false).size() == 3);
  const std::string text = bundle_to_json(b);
  Bundle read;
  REQUIRE(bundle_from_json(text, "b.json", read).ok());
  CHECK(bundle_to_json(read) == text);

  // The teacher's machine knows the assignment; imports twice.
  std::unique_ptr<ClassDb> teacher;
  REQUIRE(ClassDb::open(dir + "/teacher/class.sqlite3", teacher).ok());
  REQUIRE(teacher->add_assignment(a).ok());
  ImportCounts c;
  REQUIRE(teacher->import_events(read.events, "b.json", c).ok());
  CHECK(c.added == 3);
  CHECK(c.already == 0);
  REQUIRE(teacher->import_events(read.events, "b.json", c).ok());
  CHECK(c.added == 0);
  CHECK(c.already == 3);
  CHECK(teacher->events(a.id).size() == 3);
  CHECK(teacher->local_events(false).empty());  // imported answers are not this machine's to bundle
  std::optional<Assignment> found;
  ClassReport report;
  REQUIRE(report_from_db(*teacher, a.id, ReportRules{}, found, report).ok());
  REQUIRE(found);
  CHECK(report.students.size() == 1);
  CHECK(report.students[0].answered == 1);  // Ana's first answer to question 0 (three were given)
  CHECK(report.questions.front().across_assignments == 1);
  REQUIRE(report_from_db(*teacher, "no-such-assignment", ReportRules{}, found, report).ok());
  CHECK(!found);

  // One event of an unknown assignment (or question): the whole bundle is refused, nothing written.
  std::vector<AnswerEvent> bad = read.events;
  bad[0].id = "new-1";
  bad[1].id = "new-2";
  bad[1].assignment = "someone-elses";
  Status st = teacher->import_events(bad, "b.json", c);
  CHECK(st.message().find("b.json: events[1].assignment: 'someone-elses' is not an assignment of this class") == 0);
  bad[1].assignment = a.id;
  bad[1].question = "no/such/question";
  st = teacher->import_events(bad, "b.json", c);
  CHECK(st.message().find("b.json: events[1].question") == 0);
  CHECK(teacher->events(a.id).size() == 3);

  // The events table refuses to change or lose an answer, whatever SQL reaches it.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open((dir + "/teacher/class.sqlite3").c_str(), &raw) == SQLITE_OK);
  CHECK(sqlite3_exec(raw, "UPDATE events SET correct = 1", nullptr, nullptr, nullptr) != SQLITE_OK);
  CHECK(sqlite3_exec(raw, "DELETE FROM events", nullptr, nullptr, nullptr) != SQLITE_OK);
  sqlite3_close(raw);
  CHECK(teacher->events(a.id).size() == 3);
}

TEST_CASE("a class database from a newer Factdeck, or another program's file, is refused untouched") {
  const std::string dir = fresh_dir("refuse");
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open((dir + "/newer.sqlite3").c_str(), &raw) == SQLITE_OK);
  sqlite3_exec(raw, "PRAGMA application_id = 1178880835; PRAGMA user_version = 99; CREATE TABLE t (x);", nullptr, nullptr, nullptr);
  sqlite3_close(raw);
  std::unique_ptr<ClassDb> db;
  Status st = ClassDb::open(dir + "/newer.sqlite3", db);
  CHECK(st.message().find("newer Factdeck") != std::string::npos);
  REQUIRE(sqlite3_open((dir + "/other.sqlite3").c_str(), &raw) == SQLITE_OK);
  sqlite3_exec(raw, "CREATE TABLE t (x);", nullptr, nullptr, nullptr);
  sqlite3_close(raw);
  st = ClassDb::open(dir + "/other.sqlite3", db);
  CHECK(st.message().find("not a Factdeck class database") != std::string::npos);
}

TEST_CASE("hostile student names and answers are stored and read back verbatim") {
  const std::string dir = fresh_dir("hostile");
  const Assignment a = real_assignment("asg-h", {QuestionType::Cloze});
  REQUIRE(!a.questions.empty());
  std::unique_ptr<ClassDb> db;
  REQUIRE(ClassDb::open(dir + "/class.sqlite3", db).ok());
  REQUIRE(db->add_assignment(a).ok());
  const std::vector<std::string> names = {"Robert'); DROP TABLE events;--", "=cmd|' /C calc'!A0", "<script>alert(1)</script>",
                                          "\xE2\x80\xAE\x65vil", "tab\there\nnewline", std::string("nul\0byte", 8), "\"quoted\",comma"};
  int i = 0;
  for (const std::string& n : names) {
    Response r;
    r.text = n;  // the typed answer is hostile too
    REQUIRE(db->record(answer_event(a, a.questions[0], n, r, 1767229200, 0, "h" + std::to_string(i++))).ok());
  }
  const std::vector<AnswerEvent> back = db->events(a.id);
  REQUIRE(back.size() == names.size());
  std::set<std::string> got_names, got_answers;
  for (const AnswerEvent& e : back) {
    got_names.insert(e.student);
    got_answers.insert(e.answer);
  }
  CHECK(got_names == std::set<std::string>(names.begin(), names.end()));
  CHECK(got_answers == std::set<std::string>(names.begin(), names.end()));
  // Through a bundle too.
  Bundle b;
  b.events = back;
  Bundle read;
  REQUIRE(bundle_from_json(bundle_to_json(b), "b.json", read).ok());
  for (std::size_t k = 0; k < back.size(); ++k) CHECK(read.events[k].student == back[k].student);
}

TEST_CASE("repair replaces a weak distractor with one that passes the quality rules, in a new revision") {
  const Assignment a = real_assignment("asg-r", {QuestionType::Mcq});
  const ContentIndex index(test_content());
  // The first question whose fact has a spare wrong answer (a fact whose authored ones are all in use has none:
  // the next test case counts those).
  std::size_t qi = 0;
  Assignment next;
  std::string what;
  int weak = -1;
  for (; qi < a.questions.size(); ++qi) {
    const Question& q = a.questions[qi];
    if (q.options.size() < 3) continue;
    REQUIRE(check_question(q, index).empty());
    weak = q.answer == 0 ? 1 : 0;
    if (repair_distractor(index, a, q.id, weak, "asg-r2", 1767300000, next, what).ok()) break;
  }
  REQUIRE(qi < a.questions.size());
  const Question& q = a.questions[qi];
  CHECK(next.id == "asg-r2");
  CHECK(next.revision == 2);
  CHECK(next.previous == "asg-r");
  const Question& fixed = *next.find(q.id);
  CHECK(check_question(fixed, index).empty());
  CHECK(std::find(fixed.options.begin(), fixed.options.end(), q.options[static_cast<std::size_t>(weak)]) == fixed.options.end());
  CHECK(fixed.options[static_cast<std::size_t>(fixed.answer)] == q.options[static_cast<std::size_t>(q.answer)]);
  CHECK(what.find(q.options[static_cast<std::size_t>(weak)]) != std::string::npos);
  // The other questions, and the past revision, are untouched.
  for (std::size_t i = 0; i < a.questions.size(); ++i)
    if (i != qi) CHECK(next.questions[i].options == a.questions[i].options);
  // The same inputs give the same repair.
  Assignment again;
  REQUIRE(repair_distractor(index, a, q.id, weak, "asg-r2", 1767300000, again, what).ok());
  CHECK(assignment_to_json(again) == assignment_to_json(next));
  CHECK(!repair_distractor(index, a, q.id, q.answer, "x", 0, again, what).ok());  // the key is no distractor
}

TEST_CASE("repair works across the kinds of facts, values kept in ascending order") {
  // Every four-option question of a 40-question quiz over all the bundled content, its first distractor replaced.
  QuizSelection sel;
  sel.count = 40;
  sel.seed = 2;
  sel.types = {QuestionType::Mcq};
  Assignment a;
  a.id = "asg-kinds";
  a.selection = sel;
  a.questions = make_quiz(test_content(), sel).questions;
  const ContentIndex index(test_content());
  int repaired = 0, without_spare = 0, asked = 0;
  for (const Question& q : a.questions) {
    if (q.type != QuestionType::Mcq || q.options.size() != 4) continue;
    ++asked;
    const int weak = q.answer == 0 ? 1 : 0;
    Assignment next;
    std::string what;
    const Status st = repair_distractor(index, a, q.id, weak, "n", 0, next, what);
    CAPTURE(q.id);
    CAPTURE(st.message());
    if (!st.ok()) {
      CHECK(st.message().find("no other wrong answer") != std::string::npos);
      ++without_spare;
      continue;
    }
    ++repaired;
    CHECK(check_question(*next.find(q.id), index).empty());
  }
  MESSAGE(repaired << " repaired, " << without_spare << " without a spare wrong answer, of " << asked);
  CHECK(asked >= 15);  // the quiz's four-option questions: about 20 of the bundled content's 76 facts
  CHECK(repaired * 2 >= asked);  // most facts have a wrong answer to spare
}
