// Everything the desktop app holds: the engine's objects and the UI-only state of each screen.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "factdeck/content.h"
#include "factdeck/session.h"
#include "factdeck/store.h"

namespace factdeck::ui {

enum class Screen { Today, Review, Practice, Library, Timeline, Stats, Settings };
const char* screen_name(Screen s);                            // "today", "review", ...
std::optional<Screen> screen_from_name(const std::string& s);

// The review screen's state for the card on show.
struct ReviewState {
  std::optional<Prompt> prompt;    // the card being asked; none when today's work is done
  std::optional<Outcome> outcome;  // set once answered: feedback is on show
  Response response;               // what the learner is composing (typed text, order, pairs)
  char typed[256] = {};            // the text field of recall types
  double shown_at_s = 0;           // glfwGetTime() when the question appeared, for response time
  bool started = false;            // the first card was fetched
  bool focus_input = false;        // give the text field the keyboard on the next frame
  int answered = 0;                // answers given in this session
  int correct = 0;
};

struct AppState {
  cli::CommonOptions options;

  // Engine objects. The store is null when the database could not be opened (see store_error).
  LoadResult content;
  std::unique_ptr<Store> store;
  std::unique_ptr<StudySession> session;
  std::string store_error;

  Screen screen = Screen::Review;
  ReviewState review;
  bool quit = false;
  std::string status;  // one line shown at the bottom: the last error or confirmation

  // Changes asked for while drawing, applied after the frame (ImGui's habit: views ask, the loop acts).
  std::vector<std::function<void(AppState&)>> pending;
  void later(std::function<void(AppState&)> f) { pending.push_back(std::move(f)); }

  UnixSeconds now() const { return options.clock(); }
};

}  // namespace factdeck::ui
