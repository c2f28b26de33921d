// The rules for saving the Add-article screen's work: which suggestions are written, where, and when
// saving is refused. The desktop asks; the engine decides, and the desktop writes what it was given.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/status.h"
#include "factdeck/suggest.h"

namespace factdeck {

struct ArticleSaveRequest {
  const std::vector<Suggestion>* suggestions = nullptr;  // with the learner's edits applied
  const std::vector<bool>* accepted = nullptr;           // per suggestion
  std::string id, title;                                 // as typed (the id is made a slug)
  std::string existing_id;                               // the loaded article being edited; empty: a new one
  std::optional<Date> published;                         // the dateline's date; kept where the article has none
};

struct ArticleSavePlan {
  std::string path;   // the file to write
  std::string toml;   // its text, checked to load
  Article article;    // the article as saved (merged with the loaded one when editing)
  bool editing = false;  // an article that was already loaded
  bool copy = false;     // written as the user's copy of a bundled article
  MergeReport report;    // when editing: how each fact was treated
  // The accepted, ready suggestions in the order of article.facts (their ids may change in the merge).
  std::vector<std::size_t> saved_suggestions;
  std::size_t waiting = 0;  // accepted but not ready: written commented out
  // What to tell the learner once the file is written.
  std::string message() const;
};

// Decides what saving writes. Refused (an error naming why and what to do) when nothing accepted is
// ready, the id is empty or taken by another article, the edited article is no longer loaded, the
// file would overwrite something that is not this article, or the file would not load. Reads the
// file system (does the path exist?) but writes nothing.
Status plan_article_save(const ArticleSaveRequest& request, const Content& content,
                         const std::string& user_content_dir, ArticleSavePlan& out);

}  // namespace factdeck
