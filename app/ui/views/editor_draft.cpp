// The Add-article screen as a draft: what is kept of it while typing, and how it comes back at the next start.
#include <algorithm>

#include "factdeck/drafts.h"
#include "ui/views/views.h"

namespace factdeck::ui {

ArticleDraft article_draft(const EditorState& e) {
  ArticleDraft d;
  d.id = e.existing_id.empty() ? e.id : e.existing_id;
  d.title = e.title;
  d.text = e.text;
  d.existing_id = e.existing_id;
  d.suggested = !e.result.sentences.empty() || e.result.suggestions.size() > e.existing_facts;
  d.cursor = e.cursor;
  for (std::size_t i = 0; i < e.result.suggestions.size(); ++i) {
    const Fact& f = e.result.suggestions[i].fact;
    DraftFact df;
    df.index = static_cast<int>(i);
    df.accepted = i < e.accepted.size() && e.accepted[i];
    df.edited = true;
    // The suggestion on show has its words in the edit buffers until the cursor moves on.
    const bool live = static_cast<int>(i) == e.editing;
    df.question = live ? e.question : f.question;
    df.statement = live ? e.statement : f.statement;
    df.klass = live ? e.klass : f.class_id;
    df.distractors = live ? e.distractors : join_commas(f.distractors);
    d.facts.push_back(std::move(df));
  }
  d.import_open = e.import.open;
  d.import_path = e.import.path;
  d.import_text = e.import.text;
  d.import_id = e.import.id;
  d.import_title = e.import.title;
  return d;
}

void restore_article_draft(AppState& s, const ArticleDraft& d) {
  if (!d.existing_id.empty()) {
    if (!s.content.content.find_article(d.existing_id)) {
      s.safety.draft_problem = "Your draft edits the article '" + d.existing_id +
                               "', which is no longer loaded; its text is back in Add article as a new article.";
    } else {
      open_article_in_editor(s, d.existing_id);
    }
  }
  EditorState& e = s.editor;
  e.id = d.id;
  e.title = d.title;
  e.text = d.text;
  if (d.suggested && !d.text.empty()) suggest_from_text(s);
  const std::size_t n = e.result.suggestions.size();
  e.accepted.resize(n, false);
  for (const DraftFact& df : d.facts) {
    const auto i = static_cast<std::size_t>(df.index);
    if (i >= n) continue;
    e.accepted[i] = df.accepted;
    if (!df.edited) continue;
    Fact& f = e.result.suggestions[i].fact;
    f.question = df.question;
    f.statement = df.statement;
    f.class_id = df.klass;
    f.distractors = split_commas(df.distractors);
  }
  e.editing = -1;  // the edit buffers are loaded from the suggestion on show
  e.cursor = n ? std::min(static_cast<int>(n) - 1, std::max(d.cursor, 0)) : 0;
  e.import.open = d.import_open;
  e.import.path = d.import_path;
  e.import.text = d.import_text;
  e.import.id = d.import_id;
  e.import.title = d.import_title;
  e.message = "Your draft is back as you left it (Ctrl+N starts afresh).";
}

}  // namespace factdeck::ui
