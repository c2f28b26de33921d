// Taking an assignment and looking after it, for any front end: the assignments a class database holds, an
// assignment file opened and kept, the questions a student has left, one answer committed as an event when given,
// the repair of a question's weakest distractor into the next revision's file, and text made safe to show.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/class.h"
#include "factdeck/class_report.h"

namespace factdeck {

// One line of a list of assignments.
struct AssignmentSummary {
  std::string id;
  std::string class_name;
  std::string title;
  int revision = 1;
  UnixSeconds created = 0;
  int questions = 0;
  int answers = 0;   // events, every student's
  int students = 0;  // distinct names among them
};
// Every assignment in `db`, newest first (by creation, then revision).
std::vector<AssignmentSummary> assignment_summaries(ClassDb& db);

// Reads the assignment file at `path` (up to 64 MiB), checks it and keeps it in `db`, so answers to it can be
// recorded; the messages name the file (and the line and column, or the field, of what is wrong).
Status open_assignment_file(ClassDb& db, const std::string& path, Assignment& out);

// The questions of `a` that `student` has not answered in `db` yet (indices into a.questions, in order): taking an
// assignment again asks only these.
std::vector<std::size_t> questions_left(ClassDb& db, const Assignment& a, const std::string& student);

// Grades `response` to `q` (nullopt: "I don't know") with the engine's grading, makes the event and commits it at
// once; `out` gets the event as recorded.
Status record_answer(ClassDb& db, const Assignment& a, const Question& q, const std::string& student,
                     const std::optional<Response>& response, UnixSeconds time, int duration_ms, std::string id,
                     AnswerEvent& out);

// The flagged non-functioning distractor of `question_id` chosen least in `r` (its option index); none when the
// question has no such flag.
std::optional<int> weakest_distractor(const ClassReport& r, const std::string& question_id);

// Repairs the weakest flagged distractor of `question_id` (repair_distractor), writes the next revision's file to
// `path` (atomically; its folder is made) and keeps it in `db`. `next` and `replaced` say what was made.
Status repair_weakest(ClassDb& db, const ContentIndex& index, const Assignment& a, const ClassReport& r,
                      const std::string& question_id, const std::string& new_id, UnixSeconds now,
                      const std::string& path, Assignment& next, std::string& replaced);

// Where the next revision of `a` goes by default: FOLDER/CLASS-TITLE-rN.json (N = a.revision + 1), the name made of
// letters, digits and dashes only.
std::string next_revision_path(const std::string& folder, const Assignment& a);

// Where a new assignment's file goes by default: FOLDER/CLASS-TITLE.json, the name as next_revision_path makes it.
std::string assignment_file_path(const std::string& folder, const Assignment& a);

// Text from a student or a file made harmless to show: control characters (C0, DEL, C1), the bidirectional
// controls (LRM, RLM, ALM, LRE..RLO, LRI..PDI) and bytes that are not UTF-8 become '?'; more than `max_chars`
// characters are cut, ending with "...". Right-to-left letters stay (they show in logical order).
std::string display_text(std::string_view text, std::size_t max_chars = 200);

}  // namespace factdeck
