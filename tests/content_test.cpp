// The content loader: the bundled content loads clean, and every kind of malformed input is reported at its line.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "factdeck/content.h"

using namespace factdeck;

namespace {

const char* kLexicon = R"(format = 1
[[class]]
id = "media"
label = "Media"
members = ["CCTV", "Xinhua", "People's Daily", "China Daily", "CGTN"]
)";

// A valid article header, then the given fact lines.
std::string article(const std::string& facts) {
  return "format = 1\n[article]\nid = \"a\"\ntitle = \"T\"\n" + facts;  // the facts start on line 5
}

const std::string kGoodFact = R"([[fact]]
id = "f"
kind = "name"
question = "Which broadcaster reported it?"
answer = "CCTV"
statement = "{answer} reported it."
class = "media"
)";

LoadResult load(const std::string& text) {
  return load_content_texts({{"lex.toml", kLexicon}}, {{"art.toml", text}});
}

struct Case {
  const char* name;
  std::string text;
  const char* message;  // a part of the first error's message
  int line;             // the first error's line
};

}  // namespace

TEST_CASE("the bundled content loads with no errors and no warnings") {
  const LoadResult r = load_content(FACTDECK_SOURCE_DIR "/content");
  for (const Diagnostic& d : r.diagnostics) MESSAGE(d.to_string());
  CHECK(r.diagnostics.empty());
  CHECK(r.content.find_article("china-tech-self-reliance-2025") != nullptr);
  CHECK(r.content.fact_count() >= 30);
}

TEST_CASE("a valid small article loads with every field") {
  const LoadResult r = load(article(kGoodFact));
  REQUIRE(r.diagnostics.empty());
  const Article* a = r.content.find_article("a");
  REQUIRE(a);
  REQUIRE(a->facts.size() == 1);
  CHECK(a->facts[0].text == "CCTV");
  CHECK(a->facts[0].pos.line == 5);
  CHECK(a->facts[0].statement_with("Xinhua") == "Xinhua reported it.");
}

TEST_CASE("answers of every kind are read and formatted") {
  const LoadResult r = load(article(R"([[fact]]
id = "p"
kind = "period"
question = "Which years?"
answer = { from = 2026, to = 2030 }
statement = "It covers {answer}."
[[fact]]
id = "n"
kind = "number"
question = "How much?"
answer = { value = 7, unit = "%", qualifier = "more than" }
statement = "It rises by {answer}."
[[fact]]
id = "d"
kind = "date"
question = "When?"
answer = 2024-05-24
statement = "It began on {answer}."
[[fact]]
id = "l"
kind = "list"
question = "Which?"
answer = ["CCTV", "Xinhua"]
statement = "They are {answer}."
class = "media"
[[fact]]
id = "y"
kind = "year"
question = "Which year?"
answer = 2022
statement = "In {answer}."
)"));
  for (const Diagnostic& d : r.diagnostics) MESSAGE(d.to_string());
  REQUIRE(!r.has_errors());
  const Article* a = r.content.find_article("a");
  REQUIRE(a);
  CHECK(a->find_fact("p")->answer_text() == "2026-2030");
  CHECK(a->find_fact("n")->answer_text() == "more than 7%");
  CHECK(a->find_fact("d")->answer_text() == "24 May 2024");
  CHECK(a->find_fact("l")->answer_text() == "CCTV and Xinhua");
  CHECK(a->find_fact("y")->answer_text() == "2022");
}

TEST_CASE("malformed content: each problem reported with its line, the file skipped, nothing thrown") {
  const std::string fact_head = "[[fact]]\nid = \"f\"\n";  // fact lines 5, 6
  const std::vector<Case> cases = {
      {"syntax error", article("[[fact]\n"), "TOML syntax", 5},
      {"unterminated string", article("[[fact]]\nid = \"f\n"), "TOML syntax", 6},
      {"empty file", "", "file is empty", 1},
      {"only spaces", "  \n\n  ", "file is empty", 1},
      {"binary garbage", std::string("\x7f\x45\x4c\x46\x02\x01\x01\x00\xff\xfe", 10), "TOML syntax", 1},
      {"invalid UTF-8 in a string", article("[[fact]]\nid = \"\xc3\x28\"\n"), "TOML syntax", 6},
      {"missing format", "[article]\nid = \"a\"\ntitle = \"T\"\n", "missing 'format = 1'", 1},
      {"format is a string", "format = \"1\"\n", "'format' must be an integer", 1},
      {"newer format", "format = 2\n[article]\nid = \"a\"\ntitle = \"T\"\n", "newer than this Factdeck", 1},
      {"missing [article]", "format = 1\n" + kGoodFact, "missing the [article] table", 1},
      {"missing article id", "format = 1\n[article]\ntitle = \"T\"\n", "missing required field 'id'", 2},
      {"bad article id", "format = 1\n[article]\nid = \"Big Fund\"\ntitle = \"T\"\n", "must be lower-case", 3},
      {"missing title", "format = 1\n[article]\nid = \"a\"\n", "missing required field 'title'", 2},
      {"title of wrong type", "format = 1\n[article]\nid = \"a\"\ntitle = 3\n", "'title' must be a string", 4},
      {"published not a date", "format = 1\n[article]\nid = \"a\"\ntitle = \"T\"\npublished = \"May\"\n", "must be a date", 5},
      {"bad tag", "format = 1\n[article]\nid = \"a\"\ntitle = \"T\"\ntags = [\"Bad Tag\"]\n", "must be lower-case", 5},
      {"unknown article key", "format = 1\n[article]\nid = \"a\"\ntitle = \"T\"\ntilte = \"x\"\n", "did you mean 'title'", 5},
      {"unknown top-level key", "format = 1\nfacts = 1\n[article]\nid = \"a\"\ntitle = \"T\"\n", "unknown key 'facts'", 2},
      {"fact not an array of tables", "format = 1\nfact = 3\n[article]\nid = \"a\"\ntitle = \"T\"\n", "[[fact]] tables", 2},
      {"missing kind", article(fact_head + "question = \"Q\"\n"), "missing required field 'kind'", 5},
      {"unknown kind", article(fact_head + "kind = \"person\"\n"), "unknown kind 'person'", 7},
      {"typo anwser", article(kGoodFact + "anwser = \"x\"\n"), "did you mean 'answer'", 12},
      {"bad fact id", article("[[fact]]\nid = \"F 1\"\nkind = \"year\"\nquestion = \"Q\"\nanswer = 2022\nstatement = \"In {answer}.\"\n"), "fact id 'F 1'", 6},
      {"duplicate fact id", article(kGoodFact + kGoodFact), "already used in this article", 13},
      {"missing answer", article(fact_head + "kind = \"year\"\nquestion = \"Q\"\nstatement = \"In {answer}.\"\n"), "missing required field 'answer'", 5},
      {"year of wrong type", article(fact_head + "kind = \"year\"\nquestion = \"Q\"\nanswer = \"2022\"\nstatement = \"In {answer}.\"\n"), "must be an integer", 9},
      {"statement without {answer}", article(fact_head + "kind = \"year\"\nquestion = \"Q\"\nanswer = 2022\nstatement = \"In 2022.\"\n"), "it has none", 10},
      {"{answer} twice", article(fact_head + "kind = \"year\"\nquestion = \"Q\"\nanswer = 2022\nstatement = \"{answer} {answer}\"\n"), "it has 2", 10},
      {"period from > to", article(fact_head + "kind = \"period\"\nquestion = \"Q\"\nanswer = { from = 2030, to = 2026 }\nstatement = \"It covers {answer}.\"\n"), "is after 'to'", 9},
      {"period missing to", article(fact_head + "kind = \"period\"\nquestion = \"Q\"\nanswer = { from = 2030 }\nstatement = \"It covers {answer}.\"\n"), "missing required field 'to'", 9},
      {"number value not a number", article(fact_head + "kind = \"number\"\nquestion = \"Q\"\nanswer = { value = \"7\" }\nstatement = \"By {answer}.\"\n"), "'value' must be a number", 9},
      {"unknown class", article(fact_head + "kind = \"name\"\nquestion = \"Q\"\nanswer = \"CCTV\"\nstatement = \"{answer} said.\"\nclass = \"medai\"\n"), "unknown lexicon class 'medai'", 11},
      {"name without class or distractors", article(fact_head + "kind = \"name\"\nquestion = \"Q\"\nanswer = \"CCTV\"\nstatement = \"{answer} said.\"\n"), "needs a 'class' or at least 3", 5},
      {"alias without subject", article(fact_head + "kind = \"alias\"\nquestion = \"Q\"\nanswer = \"Big Fund\"\nstatement = \"It is {answer}.\"\nclass = \"media\"\n"), "needs 'subject'", 5},
      {"list without class", article(fact_head + "kind = \"list\"\nquestion = \"Q\"\nanswer = [\"A\", \"B\"]\nstatement = \"{answer}.\"\n"), "needs a 'class'", 5},
      {"list with one member", article(fact_head + "kind = \"list\"\nquestion = \"Q\"\nanswer = [\"CCTV\"]\nstatement = \"{answer}.\"\nclass = \"media\"\n"), "at least 2 members", 9},
      {"list with a duplicate", article(fact_head + "kind = \"list\"\nquestion = \"Q\"\nanswer = [\"CCTV\", \"cctv.\"]\nstatement = \"{answer}.\"\nclass = \"media\"\n"), "appears twice", 9},
      {"term without definition", article(fact_head + "kind = \"term\"\nquestion = \"Q\"\nanswer = \"x\"\nstatement = \"{answer}.\"\n"), "needs 'definition'", 5},
      {"opinion without speaker", article(fact_head + "kind = \"opinion\"\nquestion = \"Q\"\nanswer = \"x\"\nstatement = \"{answer}.\"\n"), "needs 'speaker'", 5},
      {"subject on a year fact", article(fact_head + "kind = \"year\"\nquestion = \"Q\"\nanswer = 2022\nstatement = \"In {answer}.\"\nsubject = \"x\"\n"), "only for alias facts", 11},
      {"distractors not strings", article(kGoodFact + "distractors = [1, 2]\n"), "only strings", 12},
      {"distractor equal to the answer", article(kGoodFact + "distractors = [\"cctv\"]\n"), "is the answer itself", 12},
      {"empty question", article(fact_head + "kind = \"year\"\nquestion = \"  \"\nanswer = 2022\nstatement = \"In {answer}.\"\n"), "must not be empty", 8},
  };
  for (const Case& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    LoadResult r;
    REQUIRE_NOTHROW(r = load(c.text));
    REQUIRE(r.has_errors());
    const Diagnostic* first = nullptr;
    for (const Diagnostic& d : r.diagnostics)
      if (d.severity == Severity::Error) {
        first = &d;
        break;
      }
    REQUIRE(first);
    CAPTURE(first->to_string());
    CHECK(first->message.find(c.message) != std::string::npos);
    CHECK(first->line == c.line);
    CHECK(first->file == "art.toml");
    CHECK(r.content.articles.empty());  // a bad file is refused whole
  }
  CHECK(cases.size() >= 30);
}

TEST_CASE("a bad file does not stop the good ones") {
  const LoadResult r = load_content_texts(
      {{"lex.toml", kLexicon}},
      {{"bad.toml", "format = 1\n[article\n"}, {"good.toml", "format = 1\n[article]\nid = \"b\"\ntitle = \"T\"\n" + kGoodFact}});
  CHECK(r.error_count() == 1);
  CHECK(r.diagnostics[0].file == "bad.toml");
  CHECK(r.content.find_article("b") != nullptr);
}

TEST_CASE("duplicate article ids across files, and duplicate class ids") {
  const std::string a = article(kGoodFact);
  LoadResult r = load_content_texts({{"lex.toml", kLexicon}}, {{"one.toml", a}, {"two.toml", a}});
  REQUIRE(r.error_count() == 1);
  CHECK(r.diagnostics[0].file == "two.toml");
  CHECK(r.diagnostics[0].message.find("already used by another article") != std::string::npos);
  CHECK(r.content.articles.size() == 1);

  r = load_content_texts({{"l1.toml", kLexicon}, {"l2.toml", kLexicon}}, {});
  REQUIRE(r.error_count() == 1);
  CHECK(r.diagnostics[0].file == "l2.toml");
  CHECK(r.diagnostics[0].line == 3);
}

TEST_CASE("a fact short of wrong answers is a warning, not an error") {
  const std::string lex = "format = 1\n[[class]]\nid = \"two\"\nlabel = \"Two\"\nmembers = [\"A\", \"B\", \"C\"]\n";
  const LoadResult r = load_content_texts(
      {{"lex.toml", lex}},
      {{"art.toml", article("[[fact]]\nid = \"f\"\nkind = \"name\"\nquestion = \"Q\"\nanswer = \"A\"\nstatement = \"{answer}.\"\nclass = \"two\"\n")}});
  CHECK(r.error_count() == 0);
  REQUIRE(r.warning_count() == 1);
  CHECK(r.diagnostics[0].to_string() == "art.toml:5:1: warning: fact 'f' has only 2 wrong answers; multiple choice "
                                        "needs 3 (it still gets true/false and cloze questions)");
  CHECK(r.content.articles.size() == 1);
}

TEST_CASE("a list whose sentence leaves most members out is a warning: the feedback would not show them") {
  const std::string lex = "format = 1\n[[class]]\nid = \"moons\"\nlabel = \"Moons\"\n"
                          "members = [\"Charon\", \"Nix\", \"Hydra\", \"Titan\", \"Europa\", \"Io\"]\n";
  const std::string list = "[[fact]]\nid = \"f\"\nkind = \"list\"\nquestion = \"Which are Pluto's moons?\"\n"
                           "answer = [\"Charon\", \"Nix\", \"Hydra\"]\nstatement = \"Pluto's moons are {answer}.\"\n"
                           "class = \"moons\"\n";
  LoadResult r = load_content_texts(
      {{"lex.toml", lex}}, {{"art.toml", article(list + "sentence = \"It showed Charon, the largest moon.\"\n")}});
  CHECK(r.error_count() == 0);
  REQUIRE(r.warning_count() == 1);
  CHECK(r.diagnostics[0].to_string() ==
        "art.toml:5:1: warning: fact 'f': its sentence, shown after answering as the article's words, does not name "
        "'Nix', 'Hydra'; quote the sentence that names the members, or leave 'sentence' out");
  // Every member named, in any case and punctuation, or no sentence at all: no warning. A member inside a longer
  // word ("Nixon") does not count as named; one paraphrased while most are named is let be.
  r = load_content_texts({{"lex.toml", lex}},
                         {{"art.toml", article(list + "sentence = \"Its moons: charon, Nix and HYDRA.\"\n")}});
  CHECK(r.warning_count() == 0);
  r = load_content_texts({{"lex.toml", lex}}, {{"art.toml", article(list)}});
  CHECK(r.warning_count() == 0);
  r = load_content_texts({{"lex.toml", lex}},
                         {{"art.toml", article(list + "sentence = \"Charon, Nixon and Hydrangea.\"\n")}});
  CHECK(r.warning_count() == 1);
  r = load_content_texts({{"lex.toml", lex}}, {{"art.toml", article(list + "sentence = \"Charon, Nix and the rest.\"\n")}});
  CHECK(r.warning_count() == 0);
  // Members written as actions are named by the sentence's own tense.
  const std::string acts = "[[fact]]\nid = \"g\"\nkind = \"list\"\nquestion = \"What would the draft have done?\"\n"
                           "answer = [\"defining Chile as a plurinational state\", \"replacing the Senate with a Chamber of "
                           "Regions\"]\nstatement = \"The draft proposed {answer}.\"\nclass = \"moons\"\n"
                           "sentence = \"It would have defined Chile as a plurinational state and replaced the Senate with "
                           "a Chamber of Regions.\"\n";
  r = load_content_texts({{"lex.toml", lex}}, {{"art.toml", article(acts)}});
  CHECK(r.warning_count() == 0);
}

TEST_CASE("a 10 MB file is refused with a message, not read") {
  std::string big = article("[[fact]]\nid = \"f\"\nkind = \"name\"\nquestion = \"Q\"\nanswer = \"");
  big.append(10u << 20, 'x');
  big += "\"\n";
  const LoadResult r = load(big);
  REQUIRE(r.error_count() == 1);
  CHECK(r.diagnostics[0].message.find("limited to 8 MiB") != std::string::npos);
  CHECK(r.diagnostics[0].line == 1);
}

TEST_CASE("diagnostics print as file:line:col: error: message") {
  const LoadResult r = load(article(kGoodFact + "anwser = \"x\"\n"));
  REQUIRE(r.error_count() >= 1);
  CHECK(r.diagnostics[0].to_string() == "art.toml:12:1: error: unknown key 'anwser' in [[fact]]; did you mean 'answer'?");
}

TEST_CASE("normalize_text ignores case, punctuation and spacing") {
  CHECK(normalize_text("  Big  Fund! ") == "big fund");
  CHECK(normalize_text("People's Daily") == "people s daily");
  CHECK(normalize_text("CCTV.") == "cctv");
  CHECK(normalize_text("十五五") == "十五五");
}

TEST_CASE("a later content folder's article replaces an earlier folder's one with the same id, as a note") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(FACTDECK_TEST_TMP) / "content_override";
  fs::remove_all(root);
  auto write = [](const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  };
  std::string edited = article(kGoodFact);
  edited.replace(edited.find("Which broadcaster"), 17, "Which channel");
  write(root / "bundled/lexicon/media.toml", kLexicon);
  write(root / "bundled/articles/a.toml", article(kGoodFact));
  write(root / "user/articles/a.toml", edited);

  LoadResult r = load_content(std::vector<std::string>{(root / "bundled").string(), (root / "user").string()});
  CHECK(r.error_count() == 0);
  CHECK(r.warning_count() == 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::Note);
  CHECK(r.diagnostics[0].file == (root / "user/articles/a.toml").string());
  CHECK(r.diagnostics[0].to_string().find(": note: article 'a' replaces the one in") != std::string::npos);
  REQUIRE(r.content.articles.size() == 1);
  CHECK(r.content.articles[0].file == (root / "user/articles/a.toml").string());
  CHECK(r.content.articles[0].facts.at(0).question == "Which channel reported it?");

  // The other order: the bundled folder last wins (the order of the folders decides, not their names).
  r = load_content(std::vector<std::string>{(root / "user").string(), (root / "bundled").string()});
  REQUIRE(r.content.articles.size() == 1);
  CHECK(r.content.articles[0].facts.at(0).question == "Which broadcaster reported it?");

  // Twice in one folder is still an error, and the first file stays.
  write(root / "user/articles/b.toml", edited);
  r = load_content(std::vector<std::string>{(root / "bundled").string(), (root / "user").string()});
  CHECK(r.error_count() == 1);
  REQUIRE(r.content.articles.size() == 1);
  CHECK(r.content.articles[0].file == (root / "user/articles/a.toml").string());
  fs::remove_all(root);
}
