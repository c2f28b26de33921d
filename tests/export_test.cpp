// Exports: paper versions, escaping for each target, the Anki checksums and GUIDs, and what each format refuses.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "export/anki.h"
#include "export/export_internal.h"
#include "export/sha1.h"
#include "factdeck/export.h"

using namespace factdeck;

namespace {

Fact fact(const char* id, Kind kind) {
  Fact f;
  f.id = id;
  f.kind = kind;
  return f;
}

// One article whose facts give every kind the versions care about.
Content small_content() {
  Content c;
  Article a;
  a.id = "art";
  a.title = "An <b>article</b> & its \"facts\"";
  a.facts = {fact("year", Kind::Year), fact("name", Kind::Name), fact("number", Kind::Number), fact("list", Kind::List)};
  c.articles.push_back(a);
  return c;
}

Question mcq(const char* fact_id, std::vector<std::string> options, int answer) {
  Question q;
  q.id = std::string("art/") + fact_id + "/mcq";
  q.article = "art";
  q.fact = fact_id;
  q.type = QuestionType::Mcq;
  q.prompt = std::string("Question about ") + fact_id + "?";
  q.options = std::move(options);
  q.answer = answer;
  q.sentence = "The sentence.";
  return q;
}

Quiz small_quiz() {
  Quiz quiz;
  quiz.selection.seed = 7;
  quiz.questions.push_back(mcq("year", {"2019", "2020", "2021", "2022"}, 2));
  quiz.questions.push_back(mcq("name", {"Alpha", "Beta", "Gamma", "Delta"}, 1));
  Question tf;
  tf.id = "art/name/tf";
  tf.article = "art";
  tf.fact = "name";
  tf.type = QuestionType::TrueFalse;
  tf.statement = "Beta is the name.";
  tf.prompt = "True or false: " + tf.statement;
  tf.truth = true;
  quiz.questions.push_back(tf);
  Question cloze;
  cloze.id = "art/name/cloze";
  cloze.article = "art";
  cloze.fact = "name";
  cloze.type = QuestionType::Cloze;
  cloze.text = "The name is ____.";
  cloze.prompt = "Fill in the blank: " + cloze.text;
  cloze.accept = {"Beta", "B"};
  quiz.questions.push_back(cloze);
  Question order;
  order.id = "art/year/order";
  order.article = "art";
  order.fact = "year";
  order.type = QuestionType::Order;
  order.prompt = "Put these in chronological order, earliest first.";
  order.items = {"Second", "First", "Third"};
  order.order = {1, 0, 2};
  quiz.questions.push_back(order);
  Question match;
  match.id = "art/name/match";
  match.article = "art";
  match.fact = "name";
  match.type = QuestionType::Match;
  match.prompt = "Match each name to its nickname.";
  match.left = {"L1", "L2", "L3"};
  match.right = {"R3", "R1", "R2"};
  match.pairs = {1, 2, 0};
  quiz.questions.push_back(match);
  Question numeric;
  numeric.id = "art/number/numeric";
  numeric.article = "art";
  numeric.fact = "number";
  numeric.type = QuestionType::Numeric;
  numeric.prompt = "How many days? Give the figure in days, to within \xC2\xB1" "0.5.";
  numeric.value = 4;
  numeric.unit = "days";
  numeric.tolerance = 0.5;
  quiz.questions.push_back(numeric);
  return quiz;
}

// The meaning of a question, independent of how its options are ordered.
std::string meaning(const Question& q) {
  std::string m = q.id + "|" + exp::key_as_text(q) + "|";
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    std::string s;
    for (auto& x : v) s += x + ",";
    return s;
  };
  return m + sorted(q.options) + sorted(q.items) + sorted(q.right);
}

std::string export_bytes(const Quiz& quiz, const Content& content, const char* format, ExportResult* result = nullptr,
                         int versions = 1) {
  ExportOptions options;
  options.versions = versions;
  options.now = 1767225600;
  ExportResult r;
  const Status s = export_quiz(quiz, content, format, options, r);
  REQUIRE_MESSAGE(s.ok(), s.message());
  if (result) *result = r;
  return r.bytes;
}

}  // namespace

TEST_CASE("versions: same questions, another order, keys follow their options, reproducible") {
  const Content content = small_content();
  const Quiz quiz = small_quiz();
  const auto versions = make_versions(quiz, content, 3);
  REQUIRE(versions.size() == 3);
  CHECK(versions[0].label == "A");
  CHECK(versions[2].label == "C");
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) CHECK(meaning(versions[0].questions[i]) == meaning(quiz.questions[i]));
  for (const auto& v : versions) {
    REQUIRE(v.questions.size() == quiz.questions.size());
    std::multiset<std::string> a, b;
    for (std::size_t i = 0; i < v.questions.size(); ++i) {
      const Question& src = quiz.questions[static_cast<std::size_t>(v.source[i])];
      CHECK(meaning(v.questions[i]) == meaning(src));
      CHECK(exp::key_as_text(v.questions[i]) == exp::key_as_text(src));
      a.insert(v.questions[i].id);
      b.insert(src.id);
    }
    CHECK(a == b);
  }
  CHECK(versions[1].source != versions[0].source);
  CHECK(versions[2].source != versions[0].source);
  // Years stay ascending in every version.
  for (const auto& v : versions)
    for (const auto& q : v.questions)
      if (q.fact == "year" && q.type == QuestionType::Mcq) CHECK(q.options == std::vector<std::string>{"2019", "2020", "2021", "2022"});
  // Reproducible, and version C does not depend on how many versions were asked for.
  const auto again = make_versions(quiz, content, 4);
  for (int v = 0; v < 3; ++v) {
    CHECK(again[static_cast<std::size_t>(v)].source == versions[static_cast<std::size_t>(v)].source);
    for (std::size_t i = 0; i < quiz.questions.size(); ++i)
      CHECK(again[static_cast<std::size_t>(v)].questions[i].options == versions[static_cast<std::size_t>(v)].questions[i].options);
  }
  CHECK(make_versions(quiz, content, 0).size() == 1);
  CHECK(make_versions(quiz, content, 99).size() == static_cast<std::size_t>(kMaxVersions));
}

TEST_CASE("versions shuffle name options across many seeds") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  int moved = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    quiz.selection.seed = seed;
    const auto v = make_versions(quiz, content, 2);
    for (const auto& q : v[1].questions)
      if (q.fact == "name" && q.type == QuestionType::Mcq) {
        CHECK(q.options[static_cast<std::size_t>(q.answer)] == "Beta");
        if (q.options != quiz.questions[1].options) ++moved;
      }
  }
  CHECK(moved >= 15);
}

TEST_CASE("escaping for each target") {
  using namespace exp;
  CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(xml_escape("a\x01<b>\x1f") == "a&lt;b&gt;");
  CHECK(gift_escape("~ = # { } : \\ ok") == "\\~ \\= \\# \\{ \\} \\: \\\\ ok");
  CHECK(one_line("a\nb\r\tc") == "a b \tc");
  CHECK(utf8_length("十五五规划") == 5);
  CHECK(number_text(4) == "4");
  CHECK(number_text(0.5) == "0.5");
  CHECK(number_text(0.1 + 0.2) == "0.30000000000000004");
  CHECK(number_text(1500000) == "1500000");
  CHECK(value_with_unit(7, "%") == "7%");
  CHECK(value_with_unit(4, "days") == "4 days");
  CHECK(value_with_unit(2.5, "billion yuan") == "2.5 billion yuan");
}

TEST_CASE("answer keys in words") {
  const Quiz quiz = small_quiz();
  CHECK(exp::key_on_paper(quiz.questions[0]) == "C) 2021");
  CHECK(exp::key_on_paper(quiz.questions[2]) == "True");
  CHECK(exp::key_on_paper(quiz.questions[3]) == "Beta (also accepted: B)");
  CHECK(exp::key_on_paper(quiz.questions[4]) == "B, A, C");
  CHECK(exp::key_on_paper(quiz.questions[5]) == "1-b, 2-c, 3-a");
  CHECK(exp::key_on_paper(quiz.questions[6]) == "4 days (\xC2\xB1" "0.5)");
  CHECK(exp::key_as_text(quiz.questions[4]) == "First; Second; Third");
  CHECK(exp::key_as_text(quiz.questions[5]) == "L1: R1; L2: R2; L3: R3");
}

TEST_CASE("anki: SHA-1, field checksums, GUIDs") {
  const auto d = exp::sha1("abc");
  char hex[41];
  for (int i = 0; i < 20; ++i) std::snprintf(hex + 2 * i, 3, "%02x", d[static_cast<std::size_t>(i)]);
  CHECK(std::string(hex) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(exp::sha1(std::string(1000, 'a')) != exp::sha1(std::string(1001, 'a')));
  // int("aaf4c61d", 16): sha1("hello") starts aaf4c61ddcc5e8a2...
  CHECK(exp::anki::field_checksum("hello") == 0xaaf4c61dLL);
  CHECK(exp::anki::field_checksum("<b>hello</b>") == 0xaaf4c61dLL);
  CHECK(exp::anki::strip_html("a &lt;script&gt; &amp; b<br>c&nbsp;d &#123;&#x7d;") == "a <script> & bc d {}");
  CHECK(exp::anki::strip_html("no entities\xC2\xA0here") == "no entities\xC2\xA0here");
  const std::string g = exp::anki::guid_for("factdeck/art/name/mcq");
  CHECK(g == exp::anki::guid_for("factdeck/art/name/mcq"));
  CHECK(g != exp::anki::guid_for("factdeck/art/name/tf"));
  CHECK(g.size() >= 8);
  CHECK(g.size() <= 10);
  const auto id = exp::anki::id_for("Factdeck::Deck");
  CHECK(id > 0);
  CHECK(id < (std::int64_t{1} << 53));
}

TEST_CASE("html: self-contained, escaped, a sheet per version and one key") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  quiz.questions[1].options[0] = "<script>alert(1)</script>";
  const std::string h = export_bytes(quiz, content, "html", nullptr, 2);
  CHECK(h.find("<script") == std::string::npos);
  CHECK(h.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(h.find("An &lt;b&gt;article&lt;/b&gt; &amp; its &quot;facts&quot;") != std::string::npos);
  CHECK(h.find("id=\"version-A\"") != std::string::npos);
  CHECK(h.find("id=\"version-B\"") != std::string::npos);
  CHECK(h.find("Answer key") != std::string::npos);
  // Nothing to fetch or run.
  CHECK(h.find("src=") == std::string::npos);
  CHECK(h.find("href=") == std::string::npos);
  CHECK(h.find("url(") == std::string::npos);
  CHECK(h.find("break-before: page") != std::string::npos);
}

TEST_CASE("gift: Moodle's escaping, a category per article, every type") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  quiz.questions[1].options[3] = "a ~ b = c # d { e } f : g \\ h";
  const std::string g = export_bytes(quiz, content, "gift");
  CHECK(g.find("$CATEGORY: $course$/top/Factdeck/art\n") != std::string::npos);
  CHECK(g.find("~a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h") != std::string::npos);
  CHECK(g.find("::art/name/tf::[html]True or false\\: Beta is the name. {T") != std::string::npos);
  CHECK(g.find("=Beta") != std::string::npos);
  CHECK(g.find("{#4\\:0.5") == std::string::npos);
  CHECK(g.find("{#4:0.5") != std::string::npos);
  CHECK(g.find("=L1 -> R1") != std::string::npos);
  CHECK(g.find("=First -> 1") != std::string::npos);
}

TEST_CASE("gift: answers Moodle would misread are reported, not written") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  quiz.questions[3].accept = {"a -> b"};
  ExportResult r;
  export_bytes(quiz, content, "gift", &r);
  CHECK(r.exported == static_cast<int>(quiz.questions.size()) - 1);
  REQUIRE(r.skipped.size() == 1);
  CHECK(r.skipped[0].find("art/name/cloze") == 0);
}

TEST_CASE("moodle xml: names, fractions from the grade list, HTML escaped twice") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  quiz.questions[1].options[0] = "<i>x</i> & y";
  const std::string x = export_bytes(quiz, content, "moodle-xml");
  CHECK(x.find("<?xml version=\"1.0\" encoding=\"UTF-8\"?>") == 0);
  CHECK(x.find("&amp;lt;i&amp;gt;x&amp;lt;/i&amp;gt; &amp;amp; y") != std::string::npos);
  CHECK(x.find("<name><text>art/name/tf</text></name>") != std::string::npos);
  CHECK(x.find("fraction=\"100\"") != std::string::npos);
  CHECK(x.find("<tolerance>0.5</tolerance>") != std::string::npos);
  CHECK(x.find("<penalty>0.3333333</penalty>") != std::string::npos);
  // Years keep their ascending order in Moodle too.
  const auto year = x.find("<name><text>art/year/mcq</text></name>");
  REQUIRE(year != std::string::npos);
  CHECK(x.find("<shuffleanswers>false</shuffleanswers>", year) < x.find("</question>", year));
}

TEST_CASE("kahoot: only what fits, too long is reported, never cut") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  quiz.questions[1].prompt = std::string(121, 'x');
  ExportResult r;
  const std::string bytes = export_bytes(quiz, content, "kahoot", &r);
  CHECK(bytes.compare(0, 2, "PK") == 0);
  CHECK(r.exported == 2);  // the year mcq and the true/false
  bool too_long = false;
  for (const auto& s : r.skipped) too_long = too_long || s.find("art/name/mcq: the question is 121 characters") == 0;
  CHECK(too_long);
  CHECK(r.skipped.size() == quiz.questions.size() - 2);
}

TEST_CASE("quizlet: separators that no field contains, or a refusal") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  ExportResult r;
  std::string q = export_bytes(quiz, content, "quizlet", &r);
  CHECK(q.find("Question about year?\t2021\n") == 0);
  quiz.questions[0].prompt = "tab\there";
  q = export_bytes(quiz, content, "quizlet", &r);
  CHECK(q.find("tab\there | 2021") == 0);
  CHECK(r.notes.back() == "quizlet separators: term \" | \" card \"\\n\"");
  quiz.questions[0].prompt = "a\tb | c || d ::: e #=# f";
  ExportResult refused;
  ExportOptions options;
  const Status st = export_quiz(quiz, content, "quizlet", options, refused);
  CHECK_MESSAGE(!st.ok(), refused.bytes);
  CHECK(refused.bytes.empty());
}

TEST_CASE("anki: a schema-11 collection with checksums, graves and two note types") {
  const Content content = small_content();
  const Quiz quiz = small_quiz();
  const std::string bytes = export_bytes(quiz, content, "anki");
  CHECK(bytes.compare(0, 2, "PK") == 0);
  // The collection itself, written where the test can open it.
  std::vector<exp::anki::Note> notes(2);
  notes[0].guid = "g1";
  notes[0].fields = {"&lt;script&gt; 十五五", "", "a", "", ""};
  notes[1].guid = "g2";
  notes[1].model = exp::anki::kClozeModel;
  notes[1].fields = {"The {{c1::name}} is.", "", ""};
  exp::TempFile file(".anki2");
  REQUIRE(exp::anki::write_collection(file.path(), {{42, "Factdeck::T", ""}}, notes, 1767225600).ok());
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(file.path().c_str(), &db) == SQLITE_OK);
  auto one = [&](const char* sql) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    std::string v = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)
                        ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0))
                        : "";
    sqlite3_finalize(s);
    return v;
  };
  CHECK(one("select ver from col") == "11");
  CHECK(one("select count(*) from graves") == "0");
  CHECK(one("select count(*) from notes") == "2");
  CHECK(one("select count(*) from cards") == "2");
  CHECK(one("select sfld from notes where guid = 'g1'") == "<script> 十五五");
  CHECK(one("select csum from notes where guid = 'g1'") ==
        std::to_string(exp::anki::field_checksum("&lt;script&gt; 十五五")));
  CHECK(one("select json_extract(models, '$.1736000000102.type') from col") == "1");
  CHECK(one("select json_extract(decks, '$.42.name') from col") == "Factdeck::T");
  sqlite3_close(db);
}

TEST_CASE("dispatch: every format listed, unknown ones and empty quizzes refused") {
  const Content content = small_content();
  const Quiz quiz = small_quiz();
  for (const auto& f : export_formats()) {
    ExportResult r;
    ExportOptions o;
    o.now = 1767225600;
    const Status s = export_quiz(quiz, content, f.name, o, r);
    CHECK_MESSAGE(s.ok(), f.name, ": ", s.message());
    CHECK(!r.bytes.empty());
    CHECK(find_export_format(f.name) == &f);
    // Text formats are a function of the quiz: the same quiz, the same bytes.
    if (!f.binary) {
      ExportResult again;
      REQUIRE(export_quiz(quiz, content, f.name, o, again).ok());
      CHECK_MESSAGE(again.bytes == r.bytes, f.name);
    }
  }
  ExportResult r;
  CHECK_FALSE(export_quiz(quiz, content, "docx", ExportOptions{}, r).ok());
  CHECK_FALSE(export_quiz(Quiz{}, content, "html", ExportOptions{}, r).ok());
  ExportOptions many;
  many.versions = 27;
  CHECK_FALSE(export_quiz(quiz, content, "html", many, r).ok());
  ExportOptions two;
  two.versions = 2;
  REQUIRE(export_quiz(quiz, content, "gift", two, r).ok());
  CHECK_FALSE(r.notes.empty());
}

TEST_CASE("markdown versions: escaped, labelled, one key") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  quiz.questions[1].options[0] = "<script>x</script>";
  const std::string m = export_bytes(quiz, content, "md", nullptr, 2);
  CHECK(m.find("<script") == std::string::npos);
  CHECK(m.find("(version A)") != std::string::npos);
  CHECK(m.find("(version B)") != std::string::npos);
  CHECK(m.find("## Answer key (versions A-B)") != std::string::npos);
}

// The printed key gives a typed figure's accepted range as a reader writes figures (blind reading 22: "4807 to 5313").
TEST_CASE("markdown key: a typed figure's accepted range has its thousands grouped") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  Question& n = quiz.questions.back();
  n.value = 5060;
  n.unit = "people";
  n.answer_text = "5,060 people";
  n.tolerance = 253;
  const std::string m = export_bytes(quiz, content, "md", nullptr, 1);
  CHECK(m.find("(accepted: 4,807 to 5,313 people)") != std::string::npos);
  n.value = 52.4;
  n.unit = "%";
  n.answer_text = "52.4%";
  n.tolerance = 2.6;
  CHECK(export_bytes(quiz, content, "md", nullptr, 1).find("(accepted: 49.8 to 55%)") != std::string::npos);
}

TEST_CASE("markdown key: a figure asked 'about how much' is the article's round figure, not an exact one") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  Question& n = quiz.questions.back();
  n.prompt = "About how much mass was turned into energy? Answer in solar masses; give the article's round figure.";
  n.value = 3;
  n.unit = "solar masses";
  n.answer_text = "3 solar masses";
  n.tolerance = 0.5;
  const std::string m = export_bytes(quiz, content, "md", nullptr, 1);
  CHECK(m.find("3 solar masses (the article's round figure)") != std::string::npos);
  CHECK(m.find("exact") == std::string::npos);
}

// Blind reading 31's teacher asked whether "Pinera" and "1983 - 2005" would be marked right: the printed key says how
// fill-ins are marked, once, and only when the quiz has one.
TEST_CASE("paper keys say how fill-ins are marked, when the quiz has a fill-in") {
  const Content content = small_content();
  Quiz quiz = small_quiz();
  for (const char* format : {"md", "html"})
    for (int versions : {1, 2}) {
      CAPTURE(format);
      CAPTURE(versions);
      const std::string with = export_bytes(quiz, content, format, nullptr, versions);
      const auto at = with.find("Fill-ins are marked as students write them");
      CHECK(at != std::string::npos);
      CHECK(with.find("Fill-ins are marked", at + 1) == std::string::npos);
      CHECK(with.find("Answer key") < at);
    }
  quiz.questions.erase(std::remove_if(quiz.questions.begin(), quiz.questions.end(),
                                      [](const Question& q) { return q.type == QuestionType::Cloze; }),
                       quiz.questions.end());
  CHECK(export_bytes(quiz, content, "md", nullptr, 1).find("Fill-ins are marked") == std::string::npos);
  CHECK(export_bytes(quiz, content, "html", nullptr, 1).find("Fill-ins are marked") == std::string::npos);
}
