// Fact suggestions from an article's text, and writing accepted facts back out as a content file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/status.h"

namespace factdeck {

// ---------------------------------------------------------------------------
// Text: markup stripped, split into sentences
// ---------------------------------------------------------------------------

enum class TextFormat { Auto, Plain, Markdown };  // Auto: Markdown when the text looks like it

// The text the suggester reads: UTF-8 BOM dropped, line ends made "\n", Markdown markup
// removed (when Markdown), hard-wrapped lines joined. Offsets in Sentence and Suggestion
// point into this text, so an editor can show it and highlight them.
std::string prepare_text(std::string_view raw, TextFormat format = TextFormat::Auto);
bool looks_like_markdown(std::string_view raw);

struct Sentence {
  std::size_t begin = 0, end = 0;  // byte range in the prepared text; text == prepared.substr(begin, end - begin)
  std::string text;
  int paragraph = 0;     // 0-based; headings count as paragraphs
  bool heading = false;  // a title, section heading or dateline (no sentence punctuation): never a source of facts
};

// Splits prepared text into sentences, keeping "U.S.", "Mr.", "3.5", "e.g." and quoted
// sentences whole. Chinese full stops (。！？) end sentences too.
std::vector<Sentence> split_sentences(std::string_view prepared);

// ---------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------

enum class Confidence { Low, Medium, High };
std::string_view confidence_name(Confidence c);  // "low", "medium", "high"

struct Suggestion {
  // The drafted fact: id, kind, answer, question, statement (with {answer} once), sentence,
  // and class or distractors when the suggester found them.
  Fact fact;
  int sentence = -1;                     // index into SuggestResult::sentences
  std::size_t begin = 0, end = 0;        // the answer's words in the prepared text, to highlight
  Confidence confidence = Confidence::Medium;
  std::string rule;    // which pattern matched: "year-in", "period-parenthesised", "alias-referred-to-as"...
  std::string reason;  // one line for a person: why this looks like a fact
  // What the fact still lacks before it loads ("a 'class' or 3 'distractors'"); empty when ready.
  // The TOML renderer writes facts that are not ready as a commented-out block.
  std::string missing;
  bool ready() const { return missing.empty(); }
};

struct SuggestOptions {
  TextFormat format = TextFormat::Auto;
  // Lexicon classes to name as `class` (a class holding the answer, or most list members).
  // Optional; without it, wrong answers come from the article's own sibling terms.
  const Content* lexicon = nullptr;
  // Fact ids the new suggestions must not reuse (an existing article's, when adding to it).
  std::vector<std::string> taken_ids;
};

struct SuggestResult {
  std::string text;                      // the prepared text every offset points into
  std::string title;                     // the first heading, when the text starts with one
  std::optional<Date> published;         // the date of a dateline ("Brussels, 8 February 2022 - ...")
  std::vector<Sentence> sentences;
  std::vector<Suggestion> suggestions;   // in text order; ids unique; same input, same output
};

// Never fails: text with nothing to suggest gives no suggestions.
SuggestResult suggest_facts(std::string_view raw_text, const SuggestOptions& options = {});

// A lower-case [a-z0-9-]+ id from free text ("Big Fund 3.0" -> "big-fund-3-0"); at most
// `max_len` characters, cut at a word; empty when the text has no ASCII letter or digit.
std::string slug_id(std::string_view text, std::size_t max_len = 40);

// ---------------------------------------------------------------------------
// Content files: rendering, checking, merging, saving
// ---------------------------------------------------------------------------

// One fact as written to a file: an optional comment above it, and whether it is written
// commented out (a suggestion that is not ready yet).
struct FactBlock {
  Fact fact;
  std::string comment;    // may hold several lines; each is written as "# ..."
  bool disabled = false;
};

// A TOML string literal with every character TOML requires escaped ("a\"b\\c\n").
std::string toml_quote(std::string_view s);

// A complete article file (format = 1, [article], then [[fact]] blocks) from the article's
// fields and the given facts. `header` is written as comment lines at the top.
std::string article_toml(const Article& fields, const std::vector<FactBlock>& facts,
                         const std::string& header = "");
std::string article_toml(const Article& article);  // article.facts, no comments

// Blocks for accepted suggestions: the confidence and reason as the comment; not-ready
// suggestions disabled.
std::vector<FactBlock> suggestion_blocks(const std::vector<Suggestion>& accepted);

// Loads `toml` back as an article file beside the classes of `lexicon` (may be null), the
// way the app will load it. Errors and warnings come back as diagnostics against `path`.
LoadResult check_article_toml(const std::string& toml, const Content* lexicon,
                              const std::string& path = "article.toml");

// Renders accepted suggestions with the article's fields and checks the result loads.
// On success `out` holds the file and `warnings` any warnings; an error Status quotes the
// first error (then `out` still holds the text, for a person to fix).
Status render_suggestions(const Article& fields, const std::vector<Suggestion>& accepted,
                          const Content* lexicon, std::string& out,
                          std::vector<Diagnostic>* warnings = nullptr);

// How merging an edited article into the one on disk treated each fact.
struct MergeReport {
  std::vector<std::string> kept;     // same id, nothing changed
  std::vector<std::string> updated;  // same id (or matched by answer), wording changed
  std::vector<std::string> added;    // new facts, with ids no old fact ever had
  std::vector<std::string> removed;  // old facts not in the edit (their reviews stay in the store)
  std::vector<std::pair<std::string, std::string>> renamed;  // (id proposed by the edit, old id kept)
};

enum class MergeMode {
  Replace,  // the edit is the whole new article: old facts missing from it are removed
  Add,      // the edit adds and updates facts: old facts missing from it are kept
};

// Merges `edited` into `existing`, keeping learners' history: the article id stays, a fact
// with an old id keeps it, an edited fact with a new id but the same kind and answer as an
// unmatched old fact takes the old id, and new facts get ids no old fact used.
Article merge_article(const Article& existing, const Article& edited, MergeMode mode,
                      MergeReport* report = nullptr);

// Where an edited article is written so that it is the one loaded next time: its own file when that
// file is in the user's content folder (USER/articles/, rewritten in place); otherwise (a bundled,
// read-only article) USER/articles/ID.toml, a copy that replaces the bundled article when content
// loads, because the user's folder comes after the bundled one.
std::string edited_article_path(const std::string& user_content_dir, const Article& existing);

// Writes `toml` to DIR/articles/ID.toml through a temporary file and a rename, so a crash
// never leaves half a file. `path_out` gets the path written.
Status save_article_file(const std::string& content_dir, const std::string& article_id,
                         const std::string& toml, std::string* path_out = nullptr);

}  // namespace factdeck
