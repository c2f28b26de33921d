// The class report: each student's score, Moodle's item statistics per question, distractor analysis and flags,
// as text, JSON or spreadsheet-safe CSV; and the repair of a weak distractor for the assignment's next revision.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/class.h"
#include "factdeck/generate.h"

namespace factdeck {

// Moodle's per-question statistics (shared/design/references.md B1), every question marked out of 1. `marks[i]` is
// attempt i's mark on the question, `rest[i]` its rest score (the attempt's total less this question's mark).
// var and cov divide by s - 1. Percentages, as Moodle shows them.
struct ItemStats {
  int n = 0;                             // attempts
  double facility = 0;                   // F = 100 mean(x)
  double sd = 0;                         // 100 sqrt(var(x)); 0 below 2 attempts
  std::optional<double> discrimination;  // DI = 100 cov(x,R) / sqrt(var(x) var(R)); none when a variance is 0
  std::optional<double> efficiency;      // DE = 100 cov(x,R) / cov_max; none when cov_max is 0
};
ItemStats item_statistics(const std::vector<double>& marks, const std::vector<double>& rest);

// Factdeck's own thresholds (B2 fixes none but the 5% rule); docs/class.md explains them.
struct ReportRules {
  double nfd_share = 0.05;  // a distractor chosen by fewer than this share of the attempts does not function...
  int nfd_min_attempts = 20;  // ...once there are this many attempts
  double too_easy = 90;     // facility above this (%) is too easy
  double too_hard = 30;     // facility below this (%) is too hard (a four-option guess scores 25%)
  int min_attempts = 10;    // the other flags need this many attempts
  double group = 0.27;      // Kelley's upper and lower groups, by total score
};

struct OptionStat {
  std::string text;
  bool key = false;
  int chosen = 0;
  int upper = 0;  // chosen in the upper group
  int lower = 0;  // chosen in the lower group
  bool non_functioning = false;
};

struct QuestionStat {
  std::string id;
  std::string type;
  std::string prompt;
  std::string fact_key;      // "article/fact[+fact..]/type": the same fact asked the same way in any assignment
  ItemStats stats;
  int answered = 0;          // attempts that answered it (the rest count as 0, as in Moodle)
  int dont_know = 0;         // "?" answers
  double upper_right = 0;    // share right in the upper group (Kelley), 0..1
  double lower_right = 0;    // share right in the lower group
  std::vector<OptionStat> options;  // choice questions: each option; typed ones: each answer given (canonical)
  std::vector<std::string> flags;   // "non-functioning-distractor", "possible-miskey", "too-easy", "too-hard", "negative-discrimination"
  std::vector<std::string> notes;   // one sentence per flag, for people
  int across_assignments = 0;       // assignments of this database asking the same fact the same way (this one too)
  ItemStats across;                 // pooled over them (rest scores as a share of each attempt's other questions)
};

struct StudentScore {
  std::string student;
  int answered = 0;
  int correct = 0;
  double score = 0;  // correct out of the assignment's questions, %
};

struct ClassReport {
  std::string assignment;
  std::string class_name;
  std::string title;
  int revision = 1;
  ReportRules rules;
  std::vector<StudentScore> students;
  std::vector<QuestionStat> questions;
};

// An assignment and its events, for the statistics carried across assignments.
struct AssignmentEvents {
  const Assignment* assignment = nullptr;
  const std::vector<AnswerEvent>* events = nullptr;
};

// The report of `a` from its events. An attempt is a student's first answer to each question (earliest by time,
// then id); a student who answered twice keeps the first. `history` (may include `a`) carries each question's
// statistics across the assignments that ask the same fact in the same type.
ClassReport class_report(const Assignment& a, const std::vector<AnswerEvent>& events,
                         const std::vector<AssignmentEvents>& history, const ReportRules& rules = {});

// The report of assignment `id` from a class database (local or the server), with every assignment there for the
// figures across.
// `assignment` is left empty (and the status ok) when the database has no such assignment.
Status report_from_db(ClassSource& db, const std::string& id, const ReportRules& rules, std::optional<Assignment>& assignment,
                      ClassReport& out);

std::string report_to_json(const ClassReport& r);
std::string report_to_text(const ClassReport& r);
// Two tables (students, then questions) separated by an empty line; every text cell through csv_cell.
std::string report_to_csv(const ClassReport& r);
// One CSV cell (RFC 4180), safe to open in a spreadsheet: text starting with = + - @ tab or CR gets a leading
// apostrophe so it is never a formula; a cell with a comma, quote, CR or LF is quoted, quotes doubled.
std::string csv_cell(std::string_view text);

// The next revision of `a` with option `option` of question `question_id` (a distractor) replaced by another wrong
// answer from the engine that passes every quality rule (check_question). `out` gets id `new_id`, revision + 1,
// previous = a.id, created `now`; `replaced` says what changed. Fails when no candidate passes.
Status repair_distractor(const ContentIndex& index, const Assignment& a, const std::string& question_id, int option,
                         const std::string& new_id, UnixSeconds now, Assignment& out, std::string& replaced);

}  // namespace factdeck
