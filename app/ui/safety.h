// Keeping the learner's work safe: a database that cannot be used is shown and left as it is, drafts are
// kept as they are typed and brought back at the next start, and quitting with unsaved work asks first.
#pragma once

#include <string>

#include "ui/app_state.h"

namespace factdeck::ui {

// The database cannot be used: store_error says why, the panel shows it with the latest backup, and the
// store is closed without writing (no checkpoint) so the file stays byte for byte as it was.
void note_unusable_database(AppState& s, const std::string& problem);
// Puts the latest backup back (the damaged file is kept as a safety copy) and, when that worked, closes the panel.
void restore_after_damage(AppState& s);

// At start, once the collection is loaded: the drafts left last time come back (Add article, the builder).
void restore_drafts(AppState& s);
// After each frame: writes a draft that changed, once `debounce_s` seconds passed without a change (or
// at the latest after a few seconds of steady typing). Returns the seconds until a write is due, or a
// negative number when none is; the loop wakes up for it.
double keep_drafts(AppState& s, double now_s);
// Writes the drafts now (quitting and keeping them); removes them (quitting without them).
void write_drafts_now(AppState& s);
void drop_drafts(AppState& s);
// The Add-article screen's work was saved for real (an article written) or started afresh.
void mark_editor_clean(AppState& s);
// Typed work not saved as an article (Add article, its import).
bool unsaved_work(AppState& s);
// Quitting was asked (Ctrl+Q, the window's close button): true when it may go ahead now; otherwise the
// question is put up and the app stays.
bool may_quit(AppState& s);

}  // namespace factdeck::ui
