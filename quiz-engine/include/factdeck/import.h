// Imports from other flashcard tools: CSV or TSV of term and definition (Quizlet, Anki) into `term` facts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/status.h"

namespace factdeck {

// One record of a delimited file: RFC 4180 quoting ("a ""b"", c"), quoted fields may hold the
// separator and line breaks; CRLF, LF or CR line ends; a UTF-8 BOM is dropped.
struct CsvRecord {
  int line = 0;                     // 1-based line where the record starts
  std::vector<std::string> fields;
  std::string error;                // e.g. an unterminated quote; empty when the record parsed
};

// Tab, comma, semicolon or '|': the one most lines (outside quotes) contain; 0 when none.
char detect_separator(std::string_view text);
std::string separator_name(char sep);  // "tab", "comma", "semicolon", "'|'"
std::vector<CsvRecord> parse_delimited(std::string_view text, char sep);

struct ImportOptions {
  std::string article_id;  // the new article's id and title
  std::string title;
  char separator = 0;      // 0: Anki's "#separator:" line, else detected
};

// Every record of the file as the preview shows it.
struct ImportRow {
  int row = 0;   // 1-based record number (a record may span lines)
  int line = 0;  // 1-based line where it starts
  std::string term, definition;
  std::string fact_id;  // the fact it became; empty when skipped
  std::string skipped;  // why it was skipped ("empty term", "duplicate of row 3"...); empty when imported
  std::string note;     // a warning on an imported row ("1 extra column ignored")
};

struct ImportResult {
  Article article;  // the new article: its id and title, one `term` fact per imported row
  char separator = 0;
  bool header = false;           // the first row named the columns and was skipped
  bool html = false;             // Anki's "#html:true": tags were removed from fields
  std::vector<ImportRow> rows;   // every record in file order: the preview

  std::size_t imported() const;
  std::vector<const ImportRow*> skipped_rows() const;
};

// Reads term/definition rows into `out`. Rows that cannot become a fact are kept in `out.rows`
// with the reason; the Status fails only when nothing in the file can be read as rows (no
// separator, empty file, no article id).
Status import_terms(std::string_view text, const ImportOptions& options, ImportResult& out);

// "row 4 (line 5): empty term", one line per skipped row, for a terminal or a log.
std::string import_report(const ImportResult& result);

}  // namespace factdeck
