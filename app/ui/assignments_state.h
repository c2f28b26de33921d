// The Assignments screen's state: the class database it reads and writes, the list, a student's take, the report.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/class.h"
#include "factdeck/class_report.h"
#include "factdeck/class_take.h"
#include "factdeck/rng.h"

namespace factdeck::ui {

// What a push of this machine's answers made on a worker came to: the line the screen shows.
struct PushDone {
  bool ok = false;
  std::string message;
};

struct AssignmentsState {
  enum class Phase { List, Name, Taking, Done, Report } phase = Phase::List;
  std::unique_ptr<ClassDb> db;       // DATA_DIR/class.sqlite3, opened when the screen is first drawn
  std::string db_error;              // why it could not be opened (the screen says so and offers nothing)
  std::unique_ptr<Rng> ids;          // the random bits of new event and assignment ids, seeded from the system once
  int drawn_frame = -10;             // ImGui's frame count when the screen was last drawn: a gap means it was entered
  std::vector<AssignmentSummary> list;  // read again when the screen is entered and after every change
  int cursor = 0;                    // the row of `list` the keyboard is on
  std::string path;                  // the "Open assignment file" field, as typed or pasted
  bool focus_path = false;           // give the path field the keyboard on the next frame
  std::string message;               // the last thing done or refused, under the list
  // Sending this machine's answers to a class server (P): its URL as typed, in memory only and cleared once it has
  // served (it may hold a password); the push runs on a worker with a connection of its own.
  std::string push_url;
  bool focus_push = false;           // give the URL field the keyboard on the next frame
  bool select_push = false;          // the field given the keyboard starts all selected: typing replaces a refused URL
  std::future<PushDone> push_job;

  // Taking: the student's name once, then each question left, with Practice's widgets and feedback.
  std::optional<Assignment> current;  // the assignment being taken or reported on
  std::string student;               // as typed; stored verbatim
  bool focus_name = false;
  std::vector<std::size_t> left;     // the questions this student had not answered when the take started
  std::size_t at = 0;                // index into `left` of the question on show
  Response response;
  char typed[256] = {};
  bool focus_input = false;
  std::optional<bool> last_correct;  // set while the feedback of the question on show is on show
  std::string last_given;            // what was answered, for the feedback
  double shown_at_s = 0;             // glfwGetTime() when the question appeared: the answer's duration
  int given = 0, right = 0;          // this take's answers
  std::size_t answered_before = 0;   // questions answered in an earlier take under the same name

  // The report of `current`, made when it is opened and after a repair; the question the keyboard is on.
  std::optional<ClassReport> report;
  int question = 0;
  bool scroll_to_question = false;
  std::string repair_path;           // where R writes the next revision's file
};

}  // namespace factdeck::ui
