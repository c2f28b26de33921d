// The content model (articles, facts, lexicon classes) and its loader from TOML folders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/compact_string.h"
#include "factdeck/status.h"

namespace factdeck {

constexpr int kContentFormat = 1;  // the newest content format this engine reads

enum class Kind { Year, Date, Period, Number, Name, Alias, List, Term, Opinion };

std::string_view kind_name(Kind k);                     // "year", "date", ...
std::optional<Kind> kind_from_name(std::string_view s);  // inverse of kind_name
const std::vector<Kind>& all_kinds();

struct Date {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};
std::string format_date(const Date& d);  // "24 May 2024"
std::string iso_date(const Date& d);     // "2024-05-24"
// Days since 1970-01-01 (proleptic Gregorian), and back.
long days_from_civil(const Date& d);
Date civil_from_days(long days);

struct Period {
  int from = 0, to = 0;
};
std::string format_period(const Period& p);  // "2026-2030"

struct Number {
  double value = 0;
  CompactString unit;       // "%", "billion yuan"; may be empty
  CompactString qualifier;  // "more than"; may be empty
  int decimals = 0;         // digits after the point as written in the file
};
// The value with its unit, without the qualifier: "7%", "344 billion yuan".
std::string format_number(double value, int decimals, std::string_view unit);

struct SourcePos {
  int line = 0, column = 0;
};

// One fact of an article. Only the answer fields of its kind are meaningful.
// The text fields are CompactStrings (8 bytes each, empty ones allocate nothing) and the lists
// CompactStrings lists, since a collection keeps up to 100,000 facts in memory for its whole life.
struct Fact {
  CompactString id;
  Kind kind = Kind::Name;
  int year = 0;             // the answer of a Year fact (kept here: it packs with `kind`)
  CompactString question;
  CompactString statement;  // contains "{answer}" exactly once
  CompactString sentence;   // the article's own words; may be empty
  CompactString note;
  CompactString class_id;   // lexicon class; may be empty
  CompactStrings distractors;
  CompactString reverse;    // the reverse question; may be empty
  CompactString original;   // name in the original language; may be empty
  CompactStrings tags;

  // Answer, by kind (year: above).
  Date date;                 // Date
  Period period;             // Period
  SourcePos pos;             // where [[fact]] starts (here: it fills the gap before `number`)
  Number number;             // Number
  CompactString text;        // Name, Alias, Term, Opinion
  CompactStrings items;      // List

  CompactString subject;     // Alias: the full name
  CompactString definition;  // Term
  CompactString speaker;     // Opinion

  // The answer as shown to a learner: "2026-2030", "more than 7%", "Big Fund", "A, B and C".
  std::string answer_text() const;
  // The statement with {answer} replaced by the given text.
  std::string statement_with(std::string_view answer) const;
};

struct Article {
  std::string id;
  std::string title;
  std::optional<Date> published;
  std::string source;
  std::vector<std::string> tags;
  std::string summary;
  std::vector<Fact> facts;
  std::string file;  // the file it was loaded from

  const Fact* find_fact(std::string_view fact_id) const;
  // A background deck (tagged "background"): context around the news, with no headline of its own.
  bool background() const;
};

struct LexClass {
  std::string id;
  std::string label;
  std::vector<std::string> members;
  std::string file;
  SourcePos pos;
};

struct Content {
  std::vector<Article> articles;  // sorted by id
  std::vector<LexClass> classes;  // sorted by id
  const Article* find_article(std::string_view id) const;
  const LexClass* find_class(std::string_view id) const;
  std::size_t fact_count() const;
};

struct LoadResult {
  Content content;                       // everything that loaded cleanly
  std::vector<Diagnostic> diagnostics;   // errors and warnings, in file order
  std::size_t cached_files = 0;          // article files taken from the parse cache (LoadOptions::cache_dir)

  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
};

constexpr std::size_t kCacheFilesKept = 8;

// How load_content may go faster. The result (content and diagnostics) is the same with any options.
struct LoadOptions {
  // A folder for the parse cache, e.g. $XDG_CACHE_HOME/factdeck (the caller decides; the engine reads no
  // environment); created when missing. Empty: no cache. The cache keeps the articles of files that loaded
  // without any diagnostic, keyed by each file's content hash; a file whose text changed is parsed again,
  // and a damaged or foreign cache file is ignored and rewritten. There is one cache file per list of
  // folders; writing one keeps only the kCacheFilesKept most recently written in the folder.
  std::string cache_dir;
  int threads = 0;  // files parsed at once; 0: one per core, at most 4
};

// Loads every articles/*.toml and lexicon/*.toml under each folder, in order.
// Never throws: a bad file is reported and skipped, the good ones load.
LoadResult load_content(const std::vector<std::string>& folders, const LoadOptions& options);
LoadResult load_content(const std::vector<std::string>& folders);
LoadResult load_content(const std::string& folder);

// Parses one file's text as if read from `path` (for tests and the editor).
// kind: "article" or "lexicon". Lexicon classes of `known` are used to check `class`.
struct FileText {
  std::string path;
  std::string text;
};
LoadResult load_content_texts(const std::vector<FileText>& lexicon_files,
                              const std::vector<FileText>& article_files);

// Case-, punctuation- and space-insensitive form used to compare names and answers.
std::string normalize_text(std::string_view s);

}  // namespace factdeck
