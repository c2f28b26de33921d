// Replacing a question in a quiz: a different question, reproducible, same slot id, rules still hold.
#include <doctest/doctest.h>

#include "factdeck/content.h"
#include "factdeck/quality.h"
#include "factdeck/quiz_edit.h"

using namespace factdeck;

namespace {

// Everything a reader sees of a question.
std::string shown(const Question& q) {
  std::string s = std::string(type_name(q.type)) + "|" + q.prompt + "|" + q.statement + "|" + q.text;
  for (const auto* list : {&q.options, &q.items, &q.left, &q.right})
    for (const std::string& x : *list) s += "|" + x;
  return s;
}

}  // namespace

TEST_CASE("replace gives another question that passes the rules, the same way every time") {
  const LoadResult loaded = load_content(FACTDECK_SOURCE_DIR "/content");
  REQUIRE(!loaded.has_errors());
  QuizSelection sel;
  sel.articles = {"china-tech-self-reliance-2025"};
  sel.count = 10;
  sel.seed = 7;
  const Quiz original = make_quiz(loaded.content, sel);
  REQUIRE(original.questions.size() == 10);

  for (std::size_t i = 0; i < original.questions.size(); ++i) {
    CAPTURE(i);
    Quiz a = original, b = original;
    REQUIRE(replace_question(loaded.content, a, i, 0).ok());
    REQUIRE(replace_question(loaded.content, b, i, 0).ok());
    const Question& q = a.questions[i];
    CHECK(q.id == original.questions[i].id);
    CHECK(shown(q) != shown(original.questions[i]));
    CHECK(shown(q) == shown(b.questions[i]));  // reproducible
    for (const auto& v : check_question(q, loaded.content)) FAIL_CHECK(v.rule << ": " << v.message);
    // Pressing replace again moves on.
    Quiz c = a;
    REQUIRE(replace_question(loaded.content, c, i, 1).ok());
    const Question& r = c.questions[i];
    CHECK(shown(r) != shown(q));
  }
  Quiz bad = original;
  CHECK(!replace_question(loaded.content, bad, 99, 0).ok());
}
