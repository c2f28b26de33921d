// Shared by the exporters (private): escaping for each target, the key in words, and one writer per format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/export.h"

namespace factdeck::exp {

// Text as HTML element content or attribute value: & < > " ' escaped, control characters dropped.
std::string html_escape(std::string_view s);
// Text as XML 1.0 character data: & < > " ' escaped, characters XML 1.0 forbids dropped.
std::string xml_escape(std::string_view s);
// Moodle's GIFT escaping: a backslash before ~ = # { } : and before a backslash.
std::string gift_escape(std::string_view s);
// Line breaks and carriage returns as single spaces (tabs kept), control characters dropped.
std::string one_line(std::string_view s);
// Control characters other than tab and newline dropped (what every format can carry).
std::string drop_controls(std::string_view s);
// Unicode code points in UTF-8 text (what Kahoot's limits count).
std::size_t utf8_length(std::string_view s);

// "4", "0.25", "1500": the shortest decimal that reads back as the same double.
std::string number_text(double v);
// A numeric key with its unit as the content format writes it: "4 days", "7%".
std::string value_with_unit(double v, const std::string& unit);
// 'A', 'B', ... for options; 'a', 'b', ... for the right column of a match.
std::string option_letter(int i);
// "1 question", "12 questions".
std::string question_count(std::size_t n);

// The right answer as a grader reads it on paper: "B) 2026-2030", "True", "7% (±0.5)",
// "B, A, C" (order: item letters, earliest first), "1-c, 2-a, 3-b" (match).
std::string key_on_paper(const Question& q);
// How typed answers are marked, said once above a paper key whose quiz has a fill-in (the key lists the answer and
// its other forms, not every way a student may write them); empty otherwise.
std::string typed_marking_note(const std::vector<Question>& questions);
// The right answer as text, the same for every tool: options[answer], "True"/"False", the first
// accepted cloze answer, the value with its unit, the items in order, "left: right" pairs.
std::string key_as_text(const Question& q);
// What is shown after answering: the article's sentence, then the note.
std::string explanation(const Question& q);

// Options that carry their own order (numbers, dates, periods ascending; fact-or-opinion's fixed pair).
bool options_keep_order(const Question& q, const Content& content);

// The sheet's or deck's title: options.title, else the articles' titles.
std::string quiz_title(const Quiz& quiz, const Content& content, const ExportOptions& options);

// The article ids of a quiz in first-use order, and the questions of each.
struct ArticleGroup {
  std::string article;
  std::string title;
  std::vector<const Question*> questions;
};
std::vector<ArticleGroup> group_by_article(const Quiz& quiz, const Content& content);
// Moodle's question-bank category for an article: "$course$/top/Factdeck/<article id>".
std::string moodle_category(const std::string& article);

// A private temporary file for libraries that only write to paths; removed with the object.
class TempFile {
 public:
  explicit TempFile(const char* suffix);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  bool ok() const { return !path_.empty(); }
  // The file's bytes; false when it cannot be read.
  bool read(std::string& out) const;

 private:
  std::string path_;
};

// One writer per format (one file each); JSON and single-version Markdown are quiz_format.h's.
Status write_markdown(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);
Status write_html(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);
Status write_gift(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);
Status write_moodle_xml(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);
Status write_kahoot(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);
Status write_quizlet(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);
Status write_anki(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out);

}  // namespace factdeck::exp
