// Drafts of unsaved work: JSON round trips, atomic files in DATA_DIR/drafts, and the practice record's JSON.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "factdeck/drafts.h"
#include "factdeck/practice.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "drafts_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

ArticleDraft sample_article() {
  ArticleDraft d;
  d.id = "chips-act";
  d.title = "Europe \"bets\" on chips";
  d.text = "The European Chips Act entered into force in 2023.\nIt aims at 43 billion euros; 中国 too.";
  d.suggested = true;
  d.cursor = 1;
  DraftFact f;
  f.index = 1;
  f.accepted = true;
  f.edited = true;
  f.question = "In which year did the Chips Act enter into force?";
  f.statement = "The Chips Act entered into force in {answer}.";
  f.klass = "years";
  f.distractors = "2021, 2022, 2024";
  d.facts.push_back(f);
  d.import_open = true;
  d.import_path = "/tmp/terms.csv";
  d.import_title = "Terms";
  return d;
}

}  // namespace

TEST_CASE("an article draft survives JSON with every field, quotes, newlines and Chinese") {
  const ArticleDraft d = sample_article();
  ArticleDraft back;
  REQUIRE(from_json(to_json(d), back).ok());
  CHECK(back.id == d.id);
  CHECK(back.title == d.title);
  CHECK(back.text == d.text);
  CHECK(back.suggested);
  CHECK(back.cursor == 1);
  REQUIRE(back.facts.size() == 1);
  CHECK(back.facts[0].index == 1);
  CHECK(back.facts[0].accepted);
  CHECK(back.facts[0].question == d.facts[0].question);
  CHECK(back.facts[0].statement == d.facts[0].statement);
  CHECK(back.facts[0].klass == "years");
  CHECK(back.facts[0].distractors == "2021, 2022, 2024");
  CHECK(back.import_open);
  CHECK(back.import_path == d.import_path);
  CHECK(back.import_title == "Terms");
  CHECK(to_json(back) == to_json(d));
}

TEST_CASE("a builder draft keeps its choices and the replacements made in its preview") {
  BuilderDraft d;
  d.selection.articles = {"a", "b"};
  d.selection.types = {QuestionType::Mcq, QuestionType::Cloze};
  d.selection.kinds = {Kind::Year};
  d.selection.tags = {"chips"};
  d.selection.count = 15;
  d.selection.difficulty = Difficulty::Hard;
  d.selection.seed = 12345678901234ULL;
  d.versions = 3;
  d.format = 2;
  d.built = true;
  d.attempts = {0, 2, 0, 1};
  BuilderDraft back;
  REQUIRE(from_json(to_json(d), back).ok());
  CHECK(back.selection.articles == d.selection.articles);
  CHECK(back.selection.types == d.selection.types);
  CHECK(back.selection.kinds == d.selection.kinds);
  CHECK(back.selection.tags == d.selection.tags);
  CHECK(back.selection.count == 15);
  CHECK(back.selection.difficulty == Difficulty::Hard);
  CHECK(back.selection.seed == 12345678901234ULL);
  CHECK(back.versions == 3);
  CHECK(back.format == 2);
  CHECK(back.built);
  CHECK(back.attempts == d.attempts);
}

TEST_CASE("drafts are files in DATA_DIR/drafts: written whole, read back, removed; an empty article removes its file") {
  const std::string dir = fresh_dir("files");
  std::optional<ArticleDraft> got;
  REQUIRE(load_draft(dir, got).ok());
  CHECK(!got);  // none yet
  REQUIRE(save_draft(dir, sample_article()).ok());
  CHECK(fs::exists(draft_path(dir, "article")));
  CHECK(draft_path(dir, "article") == dir + "/drafts/article.json");
  REQUIRE(load_draft(dir, got).ok());
  REQUIRE(got);
  CHECK(got->text == sample_article().text);
  for (const auto& e : fs::directory_iterator(dir + "/drafts"))  // no temporary file left beside it
    CHECK(e.path().filename() == "article.json");

  REQUIRE(save_draft(dir, ArticleDraft{}).ok());
  CHECK(!fs::exists(draft_path(dir, "article")));

  BuilderDraft b;
  b.attempts = {1};
  REQUIRE(save_draft(dir, b).ok());
  std::optional<BuilderDraft> bgot;
  REQUIRE(load_draft(dir, bgot).ok());
  REQUIRE(bgot);
  CHECK(bgot->attempts == std::vector<int>{1});
  REQUIRE(remove_draft(dir, "builder").ok());
  CHECK(!fs::exists(draft_path(dir, "builder")));
  CHECK(remove_draft(dir, "builder").ok());  // removing what is not there is fine
}

TEST_CASE("a draft that is not JSON is an error that names the file, and the file is left alone") {
  const std::string dir = fresh_dir("broken");
  fs::create_directories(dir + "/drafts");
  std::ofstream(draft_path(dir, "article")) << "{ not json";
  std::optional<ArticleDraft> got;
  const Status st = load_draft(dir, got);
  CHECK(!st.ok());
  CHECK(st.message().find("article.json") != std::string::npos);
  CHECK(!got);
  CHECK(fs::exists(draft_path(dir, "article")));
  ArticleDraft d;
  CHECK(!from_json("[1, 2]", d).ok());
}

TEST_CASE("the practice record: the selection as JSON (escaped), and the score with each question's result") {
  QuizSelection sel;
  sel.articles = {"plain", "with \"quote\""};
  sel.types = {QuestionType::TrueFalse};
  sel.count = 5;
  sel.difficulty = Difficulty::Easy;
  sel.seed = 7;
  const std::string j = selection_json(sel);
  CHECK(j == R"({"articles":["plain","with \"quote\""],"count":5,"difficulty":"easy","seed":7,"types":["tf"]})");
  QuizSelection back;
  REQUIRE(selection_from_json(j, back).ok());
  CHECK(back.articles == sel.articles);
  CHECK(back.types == sel.types);
  CHECK(back.count == 5);
  CHECK(back.seed == 7);
  CHECK(!selection_from_json(R"({"types":["no-such-type"]})", back).ok());
  CHECK(!selection_from_json("nonsense", back).ok());

  Quiz quiz;
  quiz.selection = sel;
  quiz.questions.resize(3);
  quiz.questions[0].id = "q1";
  quiz.questions[1].id = "q\"2";
  quiz.questions[2].id = "q3";
  const PracticeResult r = practice_result(quiz, {true, false, true}, 1768464000);
  CHECK(r.time == 1768464000);
  CHECK(r.score == 2);
  CHECK(r.total == 3);
  CHECK(r.settings == j);
  CHECK(r.details == R"([{"correct":true,"id":"q1"},{"correct":false,"id":"q\"2"},{"correct":true,"id":"q3"}])");
}
