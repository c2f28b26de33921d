// Taking an assignment from any front end: the list, a file opened and kept, what is left, an answer committed at
// once, the weakest distractor repaired into the next revision's file, and hostile text made safe to show.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "factdeck/class_take.h"
#include "factdeck/content.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "class_take_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

const Content& take_content() {
  static const LoadResult loaded = load_content(FACTDECK_SOURCE_DIR "/content");
  return loaded.content;
}

Assignment mcq_assignment(const std::string& id, int count) {
  QuizSelection sel;
  sel.articles = {"china-tech-self-reliance-2025"};
  sel.count = count;
  sel.seed = 5;
  sel.types = {QuestionType::Mcq};
  Assignment a;
  a.id = id;
  a.class_name = "7B";
  a.title = "Week 5: chips";
  a.created = 1767225600;
  a.selection = sel;
  a.questions = make_quiz(take_content(), sel).questions;
  return a;
}

std::unique_ptr<ClassDb> open_fresh(const std::string& name) {
  std::unique_ptr<ClassDb> db;
  REQUIRE(ClassDb::open(fresh_dir(name) + "/class.sqlite3", db).ok());
  return db;
}

}  // namespace

TEST_CASE("an assignment file opened is kept; each answer is committed; taking it again asks what is left") {
  auto db = open_fresh("take");
  const Assignment a = mcq_assignment("019b76da-a87b-7000-8000-000000000001", 4);
  REQUIRE(a.questions.size() == 4);
  const std::string path = fresh_dir("files") + "/week5.json";
  std::ofstream(path) << assignment_to_json(a);
  Assignment opened;
  REQUIRE(open_assignment_file(*db, path, opened).ok());
  CHECK(opened.id == a.id);
  CHECK(open_assignment_file(*db, path, opened).ok());  // the same file twice: no error, one assignment
  REQUIRE(assignment_summaries(*db).size() == 1);

  CHECK(questions_left(*db, a, "Ana") == std::vector<std::size_t>{0, 1, 2, 3});
  Response right;
  right.choice = a.questions[1].answer;
  AnswerEvent e;
  REQUIRE(record_answer(*db, a, a.questions[1], "Ana", right, 1767229200, 1500, "019b76da-a87b-7000-8000-0000000000a1", e).ok());
  CHECK(e.correct);
  CHECK(e.duration_ms == 1500);
  REQUIRE(record_answer(*db, a, a.questions[0], "Ana", std::nullopt, 1767229201, 0, "019b76da-a87b-7000-8000-0000000000a2", e).ok());
  CHECK_FALSE(e.correct);
  CHECK(e.choice == -1);
  CHECK(db->events(a.id).size() == 2);
  CHECK(questions_left(*db, a, "Ana") == std::vector<std::size_t>{2, 3});
  CHECK(questions_left(*db, a, "Ben").size() == 4);  // another student starts afresh
  CHECK_FALSE(record_answer(*db, a, a.questions[2], "", right, 1767229202, 0, "019b76da-a87b-7000-8000-0000000000a3", e).ok());

  const auto list = assignment_summaries(*db);
  CHECK(list[0].title == "Week 5: chips");
  CHECK(list[0].questions == 4);
  CHECK(list[0].answers == 2);
  CHECK(list[0].students == 1);
}

TEST_CASE("a broken or missing assignment file is refused with its name, and nothing is kept") {
  auto db = open_fresh("broken");
  const std::string path = fresh_dir("broken-files") + "/bad.json";
  std::ofstream(path) << "{\"format\": \"factdeck-assignment\",\n  \"version\": 1,";
  Assignment out;
  const Status st = open_assignment_file(*db, path, out);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("bad.json:") != std::string::npos);
  CHECK_FALSE(open_assignment_file(*db, path + ".missing", out).ok());
  CHECK(assignment_summaries(*db).empty());
}

TEST_CASE("repair of the weakest distractor writes the next revision's file and keeps it") {
  auto db = open_fresh("repair");
  const Assignment a = mcq_assignment("019b76da-a87b-7000-8000-000000000002", 8);
  REQUIRE(db->add_assignment(a).ok());
  // 20 students, all right everywhere: every distractor is chosen by nobody, so every one is flagged.
  int n = 0;
  for (int s = 0; s < 20; ++s)
    for (const Question& q : a.questions) {
      Response r;
      r.choice = q.answer;
      AnswerEvent e;
      char id[40];
      std::snprintf(id, sizeof id, "019b76da-a87b-7000-8000-%012d", ++n);
      REQUIRE(record_answer(*db, a, q, "s" + std::to_string(s), r, 1767229200, 0, id, e).ok());
    }
  std::optional<Assignment> found;
  ClassReport report;
  REQUIRE(report_from_db(*db, a.id, ReportRules{}, found, report).ok());
  const std::string folder = fresh_dir("repair-out") + "/next";
  const std::string path = next_revision_path(folder, a);
  CHECK(fs::path(path).filename() == "7b-week-5-chips-r2.json");
  const ContentIndex index(take_content());
  int repaired = 0;
  for (const Question& q : a.questions) {
    REQUIRE(weakest_distractor(report, q.id));
    CHECK(*weakest_distractor(report, q.id) != q.answer);
    Assignment next;
    std::string replaced;
    if (!repair_weakest(*db, index, a, report, q.id, "019b76da-a87b-7000-8000-0000000000ff", 1767232800, path, next, replaced).ok())
      continue;  // a fact with no spare wrong answer; the next question may have one
    CHECK(next.revision == 2);
    CHECK(next.previous == a.id);
    CHECK_FALSE(replaced.empty());
    ++repaired;
    break;
  }
  REQUIRE(repaired == 1);
  REQUIRE(fs::exists(path));
  Assignment back;
  REQUIRE(open_assignment_file(*db, path, back).ok());
  CHECK(back.revision == 2);
  CHECK(assignment_summaries(*db).size() == 2);
  CHECK_FALSE(weakest_distractor(report, "no-such-question"));
}

TEST_CASE("display_text: control and bidi characters become '?', long text is cut, other scripts stay") {
  CHECK(display_text("Ana") == "Ana");
  CHECK(display_text("a\x1b[31mred\x07") == "a?[31mred?");
  CHECK(display_text("two\nlines\ttab") == "two?lines?tab");
  CHECK(display_text("\xe2\x80\xae" "evil") == "?evil");              // U+202E right-to-left override
  CHECK(display_text("x\xe2\x81\xa6y\xe2\x81\xa9") == "x?y?");        // U+2066 .. U+2069 isolates
  CHECK(display_text("\xc2\x9b" "1m") == "?1m");                      // C1 CSI
  CHECK(display_text("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d") == "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d");  // Hebrew stays
  CHECK(display_text("Zo\xc3\xab \xe6\x9d\x8e") == "Zo\xc3\xab \xe6\x9d\x8e");
  CHECK(display_text("=HYPERLINK(\"x\")") == "=HYPERLINK(\"x\")");  // harmless on a screen: shown as typed
  CHECK(display_text("bad \xff\xfe bytes") == "bad ?? bytes");
  CHECK(display_text("\xe6\x9d") == "??");                              // a cut sequence
  CHECK(display_text(std::string(500, 'x'), 10) == std::string(10, 'x') + "...");
  CHECK(display_text("\xe6\x9d\x8e\xe6\x9d\x8e\xe6\x9d\x8e", 2) == "\xe6\x9d\x8e\xe6\x9d\x8e...");
}
