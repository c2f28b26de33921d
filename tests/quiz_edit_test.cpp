// Replacing a question in a quiz: a different question, reproducible, same slot id, rules still hold.
#include <doctest/doctest.h>

#include "factdeck/content.h"
#include "factdeck/quality.h"
#include "factdeck/quiz_edit.h"

using namespace factdeck;

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
    CHECK((q.prompt != original.questions[i].prompt || q.options != original.questions[i].options ||
           q.statement != original.questions[i].statement || q.type != original.questions[i].type));
    CHECK(q.prompt == b.questions[i].prompt);  // reproducible
    CHECK(q.options == b.questions[i].options);
    for (const auto& v : check_question(q, loaded.content)) FAIL_CHECK(v.rule << ": " << v.message);
    // Pressing replace again moves on.
    Quiz c = a;
    REQUIRE(replace_question(loaded.content, c, i, 1).ok());
    const Question& r = c.questions[i];
    CHECK((r.prompt != q.prompt || r.options != q.options || r.statement != q.statement || r.text != q.text));
  }
  Quiz bad = original;
  CHECK(!replace_question(loaded.content, bad, 99, 0).ok());
}
