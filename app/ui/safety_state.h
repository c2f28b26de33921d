// The UI state that keeps the learner's work safe: the damaged-database panel, drafts, the question before quitting.
#pragma once

#include <optional>
#include <string>

#include "factdeck/db_health.h"

namespace factdeck::ui {

struct SafetyState {
  // The database cannot be used (damaged, truncated, another program's...): what happened and what a restore
  // of the latest backup brings back. Until it is restored nothing is written to the file.
  std::optional<DamageReport> damage;
  bool damage_panel = false;  // the full-window panel is on show (Esc hides it to look around, read-only)

  // "Keep the draft and quit / quit without it / cancel", asked when quitting with unsaved work.
  bool quit_question = false;
  int quit_choice = 0;         // the choice the keyboard is on
  bool quit_confirmed = false; // answered: the next quit goes through

  // Drafts (DATA_DIR/drafts/*.json), written a moment after the typing stops. Per draft: the JSON on disk,
  // the JSON last seen and since when (seconds of glfwGetTime), and the JSON when the work was last saved
  // for real (the editor's article written, or opened): unsaved work is what differs from it.
  struct Draft {
    std::string written, seen, clean;
    double seen_since_s = 0;
    double pending_since_s = -1;  // the first moment `seen` differed from `written`; -1 when they agree
  };
  Draft article, builder;
  bool drafts_restored = false;  // read back at this start (once the collection is loaded)
  std::string draft_problem;     // a draft that could not be read or written, for the status line
};

}  // namespace factdeck::ui
