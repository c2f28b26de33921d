// A teacher's edits of a generated quiz (issue 18): each quality rule an edit can break, with an edit that breaks it
// and one that does not; a clean edit kept in the quiz, its JSON and its assignment; a flawed one kept out.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

#include "factdeck/class.h"
#include "factdeck/class_server.h"
#include "factdeck/drafts.h"
#include "factdeck/export.h"
#include "factdeck/content.h"
#include "factdeck/quality.h"
#include "factdeck/quiz_edit.h"
#include "factdeck/quiz_format.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

const Content& content() {
  static const LoadResult loaded = load_content(FACTDECK_SOURCE_DIR "/content");
  return loaded.content;
}

Quiz quiz_of(std::vector<QuestionType> types, int count = 10, std::uint64_t seed = 3,
             const char* article = "china-tech-self-reliance-2025") {
  QuizSelection sel;
  sel.articles = {article};
  sel.types = std::move(types);
  sel.count = count;
  sel.seed = seed;
  return make_quiz(content(), sel);
}

// The index of the first question that fits, or the quiz's size.
std::size_t find(const Quiz& quiz, const std::function<bool(const Question&)>& fits) {
  for (std::size_t i = 0; i < quiz.questions.size(); ++i)
    if (fits(quiz.questions[i])) return i;
  return quiz.questions.size();
}

bool has_rule(const std::vector<Violation>& flaws, const char* r) {
  return std::any_of(flaws.begin(), flaws.end(), [&](const Violation& v) { return v.rule == r; });
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A word of `key` (5 letters or more) that no wrong option of `q` has: the key's distinctive word.
std::string distinctive_word(const Question& q) {
  const std::string& key = q.options[static_cast<std::size_t>(q.answer)];
  std::string word, best;
  for (std::size_t i = 0; i <= key.size(); ++i) {
    const char c = i < key.size() ? key[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += c;
      continue;
    }
    bool elsewhere = word.size() < 5;
    for (std::size_t o = 0; o < q.options.size() && !elsewhere; ++o)
      if (static_cast<int>(o) != q.answer && lower(q.options[o]).find(lower(word)) != std::string::npos) elsewhere = true;
    if (!elsewhere && word.size() > best.size()) best = word;
    word.clear();
  }
  return best;
}

// Checks that `bad` breaks rule `r` (with a message that quotes what is wrong) and `good` breaks nothing.
void check_pair(const ContentIndex& ix, const Quiz& quiz, std::size_t i, const char* r, const std::string& bad,
                const std::string& good) {
  CAPTURE(quiz.questions[i].prompt);
  CAPTURE(bad);
  const std::vector<Violation> flaws = check_wording(ix, quiz, i, bad);
  for (const Violation& v : flaws) MESSAGE(v.rule << ": " << v.message);
  CHECK(has_rule(flaws, r));
  for (const Violation& v : flaws) CHECK(!v.message.empty());
  CAPTURE(good);
  for (const Violation& v : check_wording(ix, quiz, i, good)) FAIL_CHECK("a clean edit was refused: " << v.message);
}

// Question `id` of `quiz`; fails the test when the quiz has none.
std::size_t by_id(const Quiz& quiz, const std::string& id) {
  const std::size_t i = find(quiz, [&](const Question& q) { return q.id == id; });
  REQUIRE_MESSAGE(i < quiz.questions.size(), "no question " << id);
  return i;
}

// A teacher's rewording of a statement or a fill-in's sentence: `good` is kept; each of `bad` is refused under `r`.
struct Reword {
  QuestionType type;
  const char* id;  // the question, by its id in the article "china-tech-self-reliance-2025"
  std::string good;
  std::vector<std::pair<const char*, std::string>> bad;  // what it breaks, and the wording
  const char* r;
  std::uint64_t seed = 3;  // a quiz of 10 of the type on this seed asks the question, of that truth
};

void check_rewordings(const std::vector<Reword>& cases) {
  const ContentIndex ix(content());
  for (const Reword& c : cases) {
    const Quiz quiz = quiz_of({c.type}, 10, c.seed);
    const std::size_t i = by_id(quiz, std::string("china-tech-self-reliance-2025/") + c.id);
    CAPTURE(question_wording(quiz.questions[i]));
    for (const auto& [what, bad] : c.bad) {
      CAPTURE(what);
      check_pair(ix, quiz, i, c.r, bad, c.good);
    }
    // Only the edit path takes other words: the generator's own check still wants the fact's.
    const std::vector<Violation> strict = check_question(with_wording(quiz.questions[i], c.good), ix);
    CHECK(has_rule(strict, c.r));
  }
}

}  // namespace

TEST_CASE("an options question: the stem may be reworded, but not so that it gives the answer away") {
  const ContentIndex ix(content());
  const Quiz quiz = quiz_of({QuestionType::Mcq, QuestionType::Reverse});
  const std::size_t i = find(quiz, [](const Question& q) { return !distinctive_word(q).empty(); });
  REQUIRE(i < quiz.questions.size());
  const Question& q = quiz.questions[i];
  const std::string& key = q.options[static_cast<std::size_t>(q.answer)];
  const std::string reworded = "Think back to the article. " + q.prompt;

  SUBCASE("the key in the stem") { check_pair(ix, quiz, i, rule::kStemClean, q.prompt + " (Hint: " + key + ")", reworded); }
  SUBCASE("the key's distinctive word in the stem") {
    check_pair(ix, quiz, i, rule::kStemClean, q.prompt + " Think of " + distinctive_word(q) + ".", reworded);
  }
  SUBCASE("an empty stem") { check_pair(ix, quiz, i, rule::kWellFormed, "   ", reworded); }
  SUBCASE("a line break or a tab") { check_pair(ix, quiz, i, rule::kWellFormed, "Which one?\nThe first.", reworded); }
  SUBCASE("too long") { check_pair(ix, quiz, i, rule::kWellFormed, q.prompt + std::string(1000, 'x'), reworded); }
  SUBCASE("all or none of the above") {
    check_pair(ix, quiz, i, rule::kNoAllNone, q.prompt + " Or is it all of the above?", reworded);
  }
  SUBCASE("the messages are a teacher's words") {
    const auto flaws = check_wording(ix, quiz, i, q.prompt + " (Hint: " + key + ")");
    REQUIRE(!flaws.empty());
    CHECK(flaws[0].message.find("gives the answer away") != std::string::npos);
    CHECK(flaws[0].message.find(key) != std::string::npos);
  }
}

TEST_CASE("a stem that shows another question's answer is refused") {
  const ContentIndex ix(content());
  const Quiz quiz = quiz_of({QuestionType::Mcq});
  REQUIRE(quiz.questions.size() >= 2);
  // Question 1's stem carrying question 2's key.
  const Question& other = quiz.questions[1];
  const std::string other_key = other.options[static_cast<std::size_t>(other.answer)];
  const std::string bad = quiz.questions[0].prompt + " (Not " + other_key + ".)";
  check_pair(ix, quiz, 0, rule::kGiveaway, bad, "In the article: " + quiz.questions[0].prompt);
}

TEST_CASE("a number question: its stem must not show the figure asked") {
  const ContentIndex ix(content());
  const Quiz quiz = quiz_of({QuestionType::Numeric}, 10, 3, "big-fund-phases");
  REQUIRE(!quiz.questions.empty());
  const Question& q = quiz.questions[0];
  check_pair(ix, quiz, 0, rule::kStemClean, q.prompt + " It is " + q.answer_text + ".", "Think back to the article. " + q.prompt);
  // Its stem must still say the unit and what counts as right (the generator's own rule).
  const auto flaws = check_wording(ix, quiz, 0, "How big was it?");
  CHECK(has_rule(flaws, rule::kNumeric));
}

TEST_CASE("a fill-in: the sentence keeps one blank where the answer was") {
  const ContentIndex ix(content());
  const Quiz quiz = quiz_of({QuestionType::Cloze});
  REQUIRE(!quiz.questions.empty());
  const Question& q = quiz.questions[0];
  REQUIRE(question_wording(q) == q.text);
  std::string no_blank = q.text;
  no_blank.replace(no_blank.find("____"), 4, q.accept.front());
  std::string spaced = q.text + " ";  // the same sentence, a space after it
  check_pair(ix, quiz, 0, rule::kClozeBlank, no_blank, spaced);
  // The prompt shown around the sentence follows it.
  CHECK(with_wording(q, spaced).prompt.find(spaced) != std::string::npos);
}

// True/false (true and false), fact or opinion (a fact, an opinion) and a fill-in: each may be reworded when it says the
// same thing checkably; each wording that drops or changes its value, adds a negation, another value or a voice, or
// swaps one of its names is refused with what to fix.
TEST_CASE("a statement or a fill-in may be reworded when it says the same: its values, its names, no negation") {
  const std::string plan = " on the key slogans of the Party's proposal for the 15th Five-Year Plan.";
  const std::string rd = "China's R&D spending is projected to rise by ";
  const std::string sectors = "critical high-tech sectors, most notably semiconductors and artificial intelligence";
  const std::string rise = "China aims for its economic and scientific strength to 'significantly rise'";
  check_rewordings({
    {QuestionType::TrueFalse, "cctv/tf",  // true: "... it was state broadcaster CCTV that reported on ..."
     "State broadcaster CCTV reported" + plan,
     {{"value dropped", "A state broadcaster reported" + plan},
      {"value changed", "State broadcaster Xinhua reported" + plan},
      {"negation added", "State broadcaster CCTV did not report" + plan},
      {"a name swapped", "State broadcaster CCTV reported on the key slogans of the Army's proposal for the 15th Five-Year Plan."},
      {"another figure", "State broadcaster CCTV reported in 2024" + plan}},
     rule::kTfSwap, 26},
    {QuestionType::TrueFalse, "rd-growth/tf",  // false: "... projected to rise by less than 7% a year."
     "The article projects that China's R&D spending will rise by less than 7% a year.",
     {{"qualifier turned (it would be true)", rd + "more than 7% a year."},
      {"value changed", rd + "less than 9% a year."},
      {"value dropped", rd + "less than expected."},
      {"a second year", rd + "less than 7% a year until 2030."},
      {"negation added", "China's R&D spending is not projected to rise by less than 7% a year."}},
     rule::kTfSwap, 6},
    {QuestionType::TrueFalse, "xi-vision/tf",  // false: "... reflects Li Xi's broader vision of ..."
     "The tech self-reliance strategy reflects the broader vision of Li Xi: national rejuvenation through "
     "technological and economic independence.",
     {{"the true value put in", "The tech self-reliance strategy reflects the broader vision of Xi Jinping: national "
                                "rejuvenation through technological and economic independence."},
      {"most words dropped", "Li Xi had a vision."}},
     rule::kTfSwap, 69},
    {QuestionType::FactOrOpinion, "sectors-singled-out/fact-or-opinion",  // a fact: "Beijing is bolstering ..."
     "In " + sectors + ", Beijing is bolstering its domestic capabilities.",
     {{"a speaker's view added", "I think Beijing is bolstering its domestic capabilities in " + sectors + "."},
      {"a judgement added", "Beijing should bolster its domestic capabilities in " + sectors + "."},
      {"a name swapped", "Shanghai is bolstering its domestic capabilities in " + sectors + "."},
      {"a member dropped", "Beijing is bolstering its domestic capabilities in critical high-tech sectors, most notably "
                           "semiconductors."},
      {"negation added", "Beijing is not bolstering its domestic capabilities in " + sectors + "."}},
     rule::kFactOrOpinion, 2},
    {QuestionType::FactOrOpinion, "comment-comandante/fact-or-opinion",  // an opinion: "US sanctions left ..."
     "US sanctions left them no choice, and this will make China stronger.",
     {{"made a bare factual claim", "US sanctions left them no choice. China got stronger."},
      {"negation added", "US sanctions left them no choice. This will not make China stronger."},
      {"a name swapped", "US sanctions left them no choice. This will make Russia stronger."},
      {"a figure added", "US sanctions left them no choice in 2019. This will make China stronger."}},
     rule::kFactOrOpinion, 2},
    {QuestionType::Cloze, "goals-2035-year/cloze",  // "China aims for ... to 'significantly rise' by ____ (year)."
     "By ____ (year), " + rise + ".",
     {{"two blanks", "By ____ (year), " + rise + " in ____."},
      {"the blank not where the answer goes", "By 2035, China aims for its ____ and scientific strength to "
                                              "'significantly rise'."},
      {"a second year", rise + " by ____ (year), after 2030."},
      {"negation added", "China does not aim for its economic and scientific strength to 'significantly rise' by ____."},
      {"a name swapped", "India aims for its economic and scientific strength to 'significantly rise' by ____ (year)."}},
     rule::kClozeBlank},
  });
}

TEST_CASE("a reworded false statement edited again: still false by the value the generator swapped in") {
  const ContentIndex ix(content());
  Quiz quiz = quiz_of({QuestionType::TrueFalse}, 10, 6);
  const std::size_t i = by_id(quiz, "china-tech-self-reliance-2025/rd-growth/tf");
  REQUIRE_FALSE(quiz.questions[i].truth);
  const std::string mine = "The article projects that China's R&D spending will rise by less than 7% a year.";
  REQUIRE(edit_wording(ix, quiz, i, mine).empty());
  CHECK(quiz.questions[i].statement == mine);
  CHECK(quiz.questions[i].prompt == "True or false: " + mine);
  CHECK_FALSE(quiz.questions[i].truth);  // the truth is the fact store's, not the wording's
  const auto flaws = edit_wording(ix, quiz, i, "The article projects that China's R&D spending will rise by 9% a year.");
  CHECK(has_rule(flaws, rule::kTfSwap));
  REQUIRE(!flaws.empty());
  CHECK(flaws[0].message.find("must still say what it said") != std::string::npos);  // the heading says what to fix
  CHECK(quiz.questions[i].statement == mine);
  CHECK(edit_wording(ix, quiz, i, "China's R&D spending, the article projects, will rise by less than 7% a year.").empty());
}

TEST_CASE("a clean edit is kept in the quiz, its JSON and its assignment; a flawed one leaves the quiz as it was") {
  const ContentIndex ix(content());
  Quiz quiz = quiz_of({QuestionType::Mcq});
  REQUIRE(!quiz.questions.empty());
  const Quiz before = quiz;
  const Question& q = quiz.questions[0];
  const std::string key = q.options[static_cast<std::size_t>(q.answer)];
  CHECK(!edit_wording(ix, quiz, 0, q.prompt + " (" + key + ")").empty());
  CHECK(quiz.questions[0].prompt == before.questions[0].prompt);

  const std::string mine = "In your own words: " + before.questions[0].prompt;
  CHECK(edit_wording(ix, quiz, 0, mine).empty());
  CHECK(quiz.questions[0].prompt == mine);
  CHECK(edit_title(ix, quiz, "  Week 5 homework  ").empty());
  CHECK(quiz.title == "Week 5 homework");
  const std::string json = quiz_to_json(quiz);
  CHECK(json.find("\"title\": \"Week 5 homework\"") != std::string::npos);
  CHECK(json.find(mine) != std::string::npos);
  CHECK(quiz_to_json(before).find("\"title\"") == std::string::npos);  // an unedited quiz's JSON is as it was

  // The exports title the quiz by it and ask the teacher's words.
  for (const std::string format : {"html", "md", "gift"}) {
    CAPTURE(format);
    ExportResult r;
    REQUIRE(export_quiz(quiz, content(), format, ExportOptions{}, r).ok());
    CHECK(r.bytes.find("Week 5 homework") != std::string::npos);
    CHECK(r.bytes.find("In your own words") != std::string::npos);  // GIFT escapes the colon
  }
  // The assignment's snapshot holds the edit and the title; its file reads back the same.
  const Assignment a = make_assignment(quiz, "7B", "", 1700000000, "id-1");
  CHECK(a.title == "Week 5 homework");
  CHECK(a.questions[0].prompt == mine);
  CHECK(make_assignment(quiz, "7B", "Given title", 1700000000, "id-1").title == "Given title");
  CHECK(make_assignment(before, "7B", "", 1700000000, "id-1").title == "Quiz for 7B");
  Assignment back;
  REQUIRE(assignment_from_json(assignment_to_json(a), "a.json", back).ok());
  CHECK(back.title == "Week 5 homework");
  CHECK(back.questions[0].prompt == mine);
  // Back to the generated words: clean.
  CHECK(edit_wording(ix, quiz, 0, before.questions[0].prompt).empty());
  CHECK(quiz.questions[0].prompt == before.questions[0].prompt);
}

TEST_CASE("the quiz's title: not empty, one line, and it gives no answer away") {
  const ContentIndex ix(content());
  const Quiz quiz = quiz_of({QuestionType::Mcq});
  REQUIRE(!quiz.questions.empty());
  const Question& q = quiz.questions[0];
  const std::string key = q.options[static_cast<std::size_t>(q.answer)];
  const auto giveaway = check_title(ix, quiz, "Week 5: " + key);
  CHECK(has_rule(giveaway, rule::kGiveaway));
  REQUIRE(!giveaway.empty());
  CHECK(giveaway[0].message.find("question 1") != std::string::npos);
  CHECK(check_title(ix, quiz, "Week 5 quiz").empty());
  CHECK(has_rule(check_title(ix, quiz, "  "), rule::kWellFormed));
  CHECK(has_rule(check_title(ix, quiz, "two\nlines"), rule::kWellFormed));
  CHECK(has_rule(check_title(ix, quiz, "a\ttab"), rule::kWellFormed));
  CHECK(has_rule(check_title(ix, quiz, std::string(201, 'x')), rule::kWellFormed));
  Quiz edited = quiz;
  CHECK(!edit_title(ix, edited, "").empty());
  CHECK(edited.title.empty());
}

TEST_CASE("give_assignment: the file (its folder made), then this machine's class database") {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "teacher_edit_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::unique_ptr<ClassDb> db;
  REQUIRE(ClassDb::open((dir / "class.sqlite3").string(), db).ok());
  const ContentIndex ix(content());
  Quiz quiz = quiz_of({QuestionType::Mcq}, 5);
  REQUIRE(edit_title(ix, quiz, "Week 5").empty());
  const Assignment a = make_assignment(quiz, "7B", "", 1700000000, "0190aaaa-0000-7000-8000-000000000001");
  const std::string file = (dir / "new folder" / "week 5.json").string();
  REQUIRE(give_assignment(a, file, nullptr, *db).ok());
  std::optional<Assignment> kept;
  REQUIRE(db->assignment(a.id, kept).ok());
  REQUIRE(kept);
  CHECK(kept->title == "Week 5");
  Assignment read;
  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(assignment_from_json(text, file, read).ok());
  CHECK(read.id == a.id);
  CHECK(read.questions.size() == 5);
  // A file that cannot be written: nothing kept in the database.
  const Assignment b = make_assignment(quiz, "7C", "", 1700000000, "0190aaaa-0000-7000-8000-000000000002");
  CHECK(!give_assignment(b, (dir / "class.sqlite3" / "x.json").string(), nullptr, *db).ok());
  std::optional<Assignment> none;
  REQUIRE(db->assignment(b.id, none).ok());
  CHECK(!none);
}

TEST_CASE("the builder's draft keeps the teacher's words and title") {
  BuilderDraft d;
  d.built = true;
  d.attempts = {0, 1};
  d.wordings = {"", "My own words?"};
  d.title = "Week 5";
  BuilderDraft back;
  REQUIRE(from_json(to_json(d), back).ok());
  CHECK(back.wordings == d.wordings);
  CHECK(back.title == "Week 5");
  BuilderDraft plain;  // without them, the draft reads as before
  CHECK(to_json(plain).find("wordings") == std::string::npos);
  CHECK(to_json(plain).find("title") == std::string::npos);
}
