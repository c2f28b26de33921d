// Imports: RFC 4180 parsing, separator detection, Quizlet and Anki exports, and the report of skipped rows.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "factdeck/import.h"
#include "factdeck/suggest.h"

using namespace factdeck;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(FACTDECK_SOURCE_DIR "/tests/fixtures/import/") + name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ImportResult import_ok(const std::string& text, char sep = 0) {
  ImportOptions o;
  o.article_id = "imported";
  o.title = "Imported";
  o.separator = sep;
  ImportResult r;
  const Status st = import_terms(text, o, r);
  INFO(st.message());
  REQUIRE(st.ok());
  return r;
}

std::vector<std::vector<std::string>> fields_of(const std::vector<CsvRecord>& records) {
  std::vector<std::vector<std::string>> out;
  for (const CsvRecord& r : records) out.push_back(r.fields);
  return out;
}

// The imported article loads as content with no error and no warning.
void check_loads(const ImportResult& r) {
  const std::string toml = article_toml(r.article);
  const LoadResult loaded = check_article_toml(toml, nullptr, "imported.toml");
  INFO(toml);
  for (const Diagnostic& d : loaded.diagnostics) MESSAGE(d.to_string());
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.content.articles.size() == 1);
  CHECK(loaded.content.articles[0].facts.size() == r.article.facts.size());
}

}  // namespace

TEST_CASE("RFC 4180: quotes, doubled quotes, separators and line breaks inside quoted fields, CRLF, CR, BOM") {
  struct Case {
    const char* name;
    std::string text;
    char sep;
    std::vector<std::vector<std::string>> fields;
  };
  const Case cases[] = {
      {"plain", "a,b\nc,d\n", ',', {{"a", "b"}, {"c", "d"}}},
      {"no final newline", "a,b\nc,d", ',', {{"a", "b"}, {"c", "d"}}},
      {"CRLF", "a,b\r\nc,d\r\n", ',', {{"a", "b"}, {"c", "d"}}},
      {"CR only", "a,b\rc,d\r", ',', {{"a", "b"}, {"c", "d"}}},
      {"BOM", "\xEF\xBB\xBF" "a,b\n", ',', {{"a", "b"}}},
      {"quoted comma", "\"a, b\",c\n", ',', {{"a, b", "c"}}},
      {"doubled quote", "\"say \"\"hi\"\"\",x\n", ',', {{"say \"hi\"", "x"}}},
      {"newline in quotes", "\"one\ntwo\",x\ny,z\n", ',', {{"one\ntwo", "x"}, {"y", "z"}}},
      {"CRLF in quotes", "\"one\r\ntwo\",x\r\n", ',', {{"one\ntwo", "x"}}},
      {"tab in quotes", "\"a\tb\",c\n", ',', {{"a\tb", "c"}}},
      {"empty fields", "a,,c\n,\n", ',', {{"a", "", "c"}, {"", ""}}},
      {"blank lines skipped", "a,b\n\n\nc,d\n", ',', {{"a", "b"}, {"c", "d"}}},
      {"quote inside unquoted", "He said \"hi\",x\n", ',', {{"He said \"hi\"", "x"}}},
      {"space before quote", "a, \"b, c\"\n", ',', {{"a", "b, c"}}},
      {"tabs", "a\tb, c\n", '\t', {{"a", "b, c"}}},
      {"Chinese", "新质生产力;new-quality productive forces\n", ';', {{"新质生产力", "new-quality productive forces"}}},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.name));
    const std::vector<CsvRecord> got = parse_delimited(c.text, c.sep);
    CHECK(fields_of(got) == c.fields);
    for (const CsvRecord& r : got) CHECK(r.error.empty());
  }
  const std::vector<CsvRecord> lines = parse_delimited("a,b\n\"x\ny\",z\nlast,row\n", ',');
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].line == 2);
  CHECK(lines[2].line == 4);
  const std::vector<CsvRecord> open = parse_delimited("a,b\n\"never closed,x\n", ',');
  REQUIRE(open.size() == 2);
  CHECK(!open[1].error.empty());
}

TEST_CASE("the separator is detected: tab first, then comma, semicolon, pipe") {
  CHECK(detect_separator("a\tb, with comma\nc\td\n") == '\t');
  CHECK(detect_separator("a,b\nc,d\n") == ',');
  CHECK(detect_separator("\"a,1\";b\n\"c,2\";d\n") == ';');
  CHECK(detect_separator("a|b\nc|d\n") == '|');
  CHECK(detect_separator("just words\nno separators\n") == 0);
  CHECK(separator_name('\t') == "tab");
  CHECK(separator_name(';') == "semicolon");
}

TEST_CASE("a CSV with quotes, commas, tabs, line breaks and Chinese text imports, and skipped rows are reported") {
  const ImportResult r = import_ok(fixture("terms.csv"));
  CHECK(r.separator == ',');
  CHECK(r.header);
  REQUIRE(r.article.facts.size() == 7);

  const Fact& big = r.article.facts[0];
  CHECK(big.id == "big-fund");
  CHECK(big.kind == Kind::Term);
  CHECK(big.text == "Big Fund");
  CHECK(big.definition == "China's National Integrated Circuit Industry Development Investment Fund, set up in 2014");
  CHECK(big.statement.find("{answer}") != std::string::npos);

  const Fact& nqpf = r.article.facts[1];
  CHECK(nqpf.text == "新质生产力");
  CHECK(nqpf.id == "term-3");  // no ASCII letters to make a slug of: the row number
  CHECK(nqpf.definition == "new-quality productive forces: productivity driven by innovation, not by traditional growth");

  CHECK(r.article.facts[2].definition ==
        "a strategy that relies on the domestic market (\"internal circulation\"), backed by foreign trade");
  CHECK(r.article.facts[3].text == "tab inside");  // a tab inside a term is white space
  CHECK(r.article.facts[4].definition == "first line\nsecond line, still the same definition");
  CHECK(r.article.facts[5].text == "高质量发展");
  CHECK(r.article.facts[6].definition == "a 2015 plan to upgrade ten manufacturing sectors, including chips");

  const std::vector<const ImportRow*> skipped = r.skipped_rows();
  REQUIRE(skipped.size() == 5);
  CHECK(skipped[0]->row == 1);
  CHECK(skipped[0]->skipped == "header row (column names)");
  CHECK(skipped[1]->row == 7);
  CHECK(skipped[1]->line == 8);  // the multi-line record before it spans two lines
  CHECK(skipped[1]->skipped == "empty term");
  CHECK(skipped[2]->skipped == "missing definition (no comma on this row)");
  CHECK(skipped[3]->skipped == "empty definition");
  CHECK(skipped[4]->skipped == "duplicate of row 2 ('Big Fund')");
  CHECK(r.rows.back().note == "1 extra column ignored");

  const std::string report = import_report(r);
  CHECK(report.find("row 8 (line 9): skipped: missing definition (no comma on this row)\n") != std::string::npos);
  CHECK(report.find("row 10 (line 11): skipped: duplicate of row 2 ('Big Fund')\n") != std::string::npos);
  check_loads(r);
}

TEST_CASE("Quizlet's export: tab-separated, unquoted, quotes and commas in definitions") {
  const ImportResult r = import_ok(fixture("quizlet.tsv"));
  CHECK(r.separator == '\t');
  CHECK(!r.header);
  REQUIRE(r.article.facts.size() == 3);
  CHECK(r.article.facts[0].text == "CCTV");
  CHECK(r.article.facts[1].definition == "China's state news agency, \"New China\"");
  CHECK(r.article.facts[2].text == "十五五");
  CHECK(r.skipped_rows().empty());
  check_loads(r);
}

TEST_CASE("Anki's export: #separator and #html header lines, a tags column, HTML and entities") {
  const ImportResult r = import_ok(fixture("anki.txt"));
  CHECK(r.separator == '\t');
  CHECK(r.html);
  REQUIRE(r.article.facts.size() == 2);
  CHECK(r.article.facts[0].definition == "China's chip investment fund\nthird phase: 2024");
  CHECK(r.article.facts[1].text == "R&D, \"intensity\"");
  CHECK(r.rows[0].line == 4);  // after three header lines
  CHECK(r.rows[0].note.empty());  // the tags column is not an extra column
  check_loads(r);
}

TEST_CASE("header rows name the columns, and may swap them") {
  const ImportResult r = import_ok("Definition,Term\nthe state broadcaster,CCTV\n");
  CHECK(r.header);
  REQUIRE(r.article.facts.size() == 1);
  CHECK(r.article.facts[0].text == "CCTV");
  CHECK(r.article.facts[0].definition == "the state broadcaster");
}

TEST_CASE("ids are unique slugs; terms that slug alike get a suffix") {
  const ImportResult r = import_ok("R&D,research and development\nR-D,a different spelling\n中文,Chinese\n");
  REQUIRE(r.article.facts.size() == 2);  // "R&D" and "R-D" normalise alike: the second is a duplicate
  CHECK(r.article.facts[0].id == "r-d");
  CHECK(r.rows[1].skipped == "duplicate of row 1 ('R&D')");
  CHECK(r.article.facts[1].id == "term-3");
  const ImportResult s = import_ok("Big Fund,one\nbig fund 2,two\nBig-Fund!,three\n");
  CHECK(s.article.facts.size() == 2);
}

TEST_CASE("files that cannot be read as rows are refused with a reason") {
  ImportOptions o;
  o.article_id = "x";
  o.title = "X";
  ImportResult r;
  CHECK(!import_terms("", o, r).ok());
  CHECK(!import_terms("\n\n", o, r).ok());
  const Status none = import_terms("one\ntwo\n", o, r);
  CHECK(!none.ok());
  CHECK(none.message().find("no separator") != std::string::npos);
  o.article_id = "Bad Id";
  CHECK(!import_terms("a,b\n", o, r).ok());
  o.article_id = "x";
  o.title = "";
  CHECK(!import_terms("a,b\n", o, r).ok());
  // A forced separator wins over detection.
  o.title = "X";
  REQUIRE(import_terms("a;b\n", o, r).ok());
  CHECK(r.separator == ';');
  o.separator = ',';
  REQUIRE(import_terms("a;b,c\n", o, r).ok());
  REQUIRE(r.article.facts.size() == 1);
  CHECK(r.article.facts[0].text == "a;b");
}

TEST_CASE("odd input never crashes: lone quotes, separators only, broken UTF-8, huge fields") {
  const std::string inputs[] = {"\"", "\"\"\"", ",,,,\n,,,\n", "\t\t\n\t", "a,\"b\nc", "\xFF\xFE,\xC3\n",
                                "#separator:tab\n#html:true\n<b\t&amp\n", "#tags column:999999999999\na\tb\n",
                                std::string(100000, ',') + "\n", "x," + std::string(1000, '"'),
                                "#separator:\n#html:true\n", "a;b\r\r\r\nc;d"};
  for (const std::string& in : inputs) {
    ImportOptions o;
    o.article_id = "odd";
    o.title = "Odd";
    ImportResult r;
    const Status st = import_terms(in, o, r);
    if (!st.ok()) continue;
    const LoadResult loaded = check_article_toml(article_toml(r.article), nullptr);
    CHECK(!loaded.has_errors());
  }
}
