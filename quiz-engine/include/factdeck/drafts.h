// Drafts of unsaved work (an article being written, a quiz being built), kept in DATA_DIR/drafts as JSON
// so that nothing typed is lost to a quit, a crash or a power cut.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/generate.h"
#include "factdeck/status.h"

namespace factdeck {

// One suggestion of an article draft, by its place in the list (the list is made again from the text).
struct DraftFact {
  int index = 0;
  bool accepted = false;
  bool edited = false;  // the fields below hold the learner's words; otherwise the suggestion's own stand
  std::string question, statement, klass, distractors;  // distractors comma-separated, as typed
};

// The Add-article screen: the article, its suggestions' state, and the import of terms.
struct ArticleDraft {
  std::string id, title, text;
  std::string existing_id;  // an article being edited (Library, E); empty for a new one
  bool suggested = false;   // suggestions had been made from the text
  int cursor = 0;           // the suggestion the keyboard was on
  std::vector<DraftFact> facts;
  bool import_open = false;
  std::string import_path, import_text, import_id, import_title;
  // Nothing typed: no file is kept for it.
  bool empty() const;
};

// The quiz builder: its choices and the questions replaced in its preview.
struct BuilderDraft {
  QuizSelection selection;
  int versions = 2;
  int format = 0;              // index into export_formats()
  bool built = false;          // a preview was on show
  std::vector<int> attempts;   // replacements made per question of the preview
  std::vector<std::string> wordings;  // per question, the teacher's wording ("": the generator's)
  std::string title;           // the teacher's title ("": the articles' headlines)
};

std::string to_json(const ArticleDraft& d);
std::string to_json(const BuilderDraft& d);
Status from_json(const std::string& json, ArticleDraft& out);
Status from_json(const std::string& json, BuilderDraft& out);

// DATA_DIR/drafts/NAME.json ("article", "builder").
std::string draft_path(const std::string& data_dir, const std::string& name);
// Writes the draft atomically (whole or not at all); an empty article draft removes the file instead.
Status save_draft(const std::string& data_dir, const ArticleDraft& d);
Status save_draft(const std::string& data_dir, const BuilderDraft& d);
// Reads a draft: nullopt when there is none; a file that cannot be read is an error (and is left alone).
Status load_draft(const std::string& data_dir, std::optional<ArticleDraft>& out);
Status load_draft(const std::string& data_dir, std::optional<BuilderDraft>& out);
// Removes a draft (after its work was saved, or the learner chose to drop it).
Status remove_draft(const std::string& data_dir, const std::string& name);

}  // namespace factdeck
