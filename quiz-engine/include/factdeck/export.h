// Exports of a quiz to paper and to classroom tools (Moodle, Kahoot, Quizlet, Anki), paper versions, one dispatch call.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/status.h"

namespace factdeck {

// One paper version of a quiz: the same questions in another order, options shuffled.
struct QuizVersion {
  std::string label;                // "A", "B", ...
  std::vector<Question> questions;  // in this version's order, options as this version shows them
  std::vector<int> source;          // source[i]: index in quiz.questions of questions[i]
};

constexpr int kMaxVersions = 26;  // labelled A..Z

// K versions of a quiz (1 <= k <= kMaxVersions, clamped). Version A is the quiz as generated; each
// other version orders the questions differently and shuffles the options, except where order carries
// meaning: numbers, dates and periods stay ascending, fact-or-opinion keeps its fixed pair. The same
// quiz (and so the same seed) always gives the same versions; `content` tells each fact's kind.
std::vector<QuizVersion> make_versions(const Quiz& quiz, const Content& content, int k);

// A format `factdeck quiz --format NAME` and the desktop quiz builder can write.
struct ExportFormat {
  std::string_view name;       // "json", "md", "html", "gift", "moodle-xml", "kahoot", "quizlet", "anki"
  std::string_view extension;  // ".json", ".md", ".html", ".gift.txt", ".xml", ".xlsx", ".txt", ".apkg"
  bool binary;                 // a zip-based file: needs a file name, never the terminal
  bool paper;                  // prints versions; the others hold the question set once
  std::string_view summary;    // one line for --help and the export menu
};
// The formats this dispatcher writes, in menu order.
const std::vector<ExportFormat>& export_formats();
const ExportFormat* find_export_format(std::string_view name);

struct ExportOptions {
  int versions = 1;         // paper formats only: how many versions (A, B, ...) to print
  std::string title;        // the sheet's or deck's title; "" takes the articles' titles
  std::int64_t now = 0;     // Unix seconds: Anki's modification time, which must grow between
                            // exports for Anki to update notes it already has
};

struct ExportResult {
  std::string bytes;                 // the file's contents
  int exported = 0;                  // questions written (once each, whatever the versions)
  std::vector<std::string> skipped;  // ids of questions the format cannot hold, with the reason
  std::vector<std::string> notes;    // other things the user must know (separators chosen, ...)
};

// Writes `quiz` in `format`. Questions a format cannot hold are listed in out.skipped, never cut
// silently; an error means nothing usable was written (unknown format, nothing fits, no safe separator).
Status export_quiz(const Quiz& quiz, const Content& content, std::string_view format,
                   const ExportOptions& options, ExportResult& out);

}  // namespace factdeck
