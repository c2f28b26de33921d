// A class past one machine: assignments (a frozen copy of their questions), answer events, bundle files and the
// local class database (DATA_DIR/class.sqlite3, a file and schema of its own beside the learner's store).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/rng.h"
#include "factdeck/session.h"
#include "factdeck/status.h"

struct sqlite3;

namespace factdeck {

constexpr int kAssignmentFormatVersion = 1;  // "version" of a factdeck-assignment file this build writes and reads
constexpr int kBundleFormatVersion = 1;      // "version" of a factdeck-class-bundle file
constexpr int kClassSchemaVersion = 2;       // PRAGMA user_version of class.sqlite3

// A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 bits from `rng`; lower-case 8-4-4-4-12 hex.
// Ids made later sort later; two machines never make the same one.
std::string make_uuid_v7(std::int64_t unix_ms, Rng& rng);

// A quiz given to a class. Its questions are a snapshot: editing the content later never changes what
// was asked, so past results keep their meaning. A repair makes a new assignment (revision + 1).
struct Assignment {
  std::string id;          // UUIDv7
  std::string class_name;  // as the teacher typed it
  std::string title;
  UnixSeconds created = 0;
  int revision = 1;        // 1, then one more for each repair
  std::string previous;    // the id of the revision this one replaces; empty for the first
  QuizSelection selection;
  std::vector<Question> questions;
  const Question* find(const std::string& question_id) const;
};

// The assignment of `quiz` for `class_name`: a snapshot of its questions as they stand (a teacher's edits and all),
// its selection, titled `title`, else the quiz's own title (Quiz::title), else "Quiz for CLASS".
Assignment make_assignment(const Quiz& quiz, const std::string& class_name, const std::string& title, UnixSeconds created,
                           std::string id);

// The assignment file: {"format": "factdeck-assignment", "version": 1, "id", "class", "title", "created",
// "revision", "previous", "selection", "questions": [the questions as `factdeck quiz` writes them]}.
std::string assignment_to_json(const Assignment& a);
// Reads an assignment file; `where` (a file name) starts every message, with the line and column of a syntax
// error or the field that is wrong ("questions[2].options: ...").
Status assignment_from_json(const std::string& text, const std::string& where, Assignment& out);

// One answer of one student to one question: immutable once written, identified by a UUIDv7.
struct AnswerEvent {
  std::string id;
  std::string assignment;
  std::string student;     // verbatim, whatever was typed
  std::string question;    // the question's id in the assignment
  int choice = -1;         // option picked (mcq, reverse, fact-or-opinion; tf: 0 true, 1 false); -1 none
  std::string answer;      // what was given as text (the option, the typed words); "" for "I don't know"
  bool correct = false;
  UnixSeconds time = 0;
  int duration_ms = 0;     // 0: not measured (piped input)
};

// The event of `response` to `q` (nullopt: "I don't know"), graded with the engine's grading (grade in session.h).
AnswerEvent answer_event(const Assignment& a, const Question& q, const std::string& student,
                         const std::optional<Response>& response, UnixSeconds time, int duration_ms, std::string id);

// A bundle file: events carried on a USB stick. {"format": "factdeck-class-bundle", "version": 1, "created",
// "events": [{"id", "assignment", "student", "question", "choice", "answer", "correct", "time", "duration_ms"}]}.
struct Bundle {
  UnixSeconds created = 0;
  std::vector<AnswerEvent> events;
};
std::string bundle_to_json(const Bundle& b);
Status bundle_from_json(const std::string& text, const std::string& where, Bundle& out);

struct ImportCounts {
  int added = 0;
  int already = 0;  // events that were there before (a bundle imported twice)
};

// What the report and an import read, from the local class database or the class server alike.
class ClassSource {
 public:
  virtual ~ClassSource() = default;
  // The assignment `id`; `out` stays empty (and the status ok) when there is none.
  virtual Status assignment(const std::string& id, std::optional<Assignment>& out) = 0;
  // Every assignment (oldest first) and every event, for the statistics carried across assignments.
  virtual Status all_assignments(std::vector<Assignment>& out) = 0;
  virtual Status read_all_events(std::vector<AnswerEvent>& out) = 0;
  // Where it is, for messages: a file's path, or the server's address without its password.
  virtual std::string where() const = 0;
};

// Checks events before anything of them is written: each belongs to an assignment `db` holds, and to one of its
// questions. The first problem is the message, with `where` (the bundle's name) and the event's index.
Status check_events(ClassSource& db, const std::vector<AnswerEvent>& events, const std::string& where);

// The class database: assignments and events, in DATA_DIR/class.sqlite3. One connection, one thread.
class ClassDb : public ClassSource {
 public:
  ~ClassDb();
  ClassDb(const ClassDb&) = delete;
  ClassDb& operator=(const ClassDb&) = delete;

  // Opens or creates it, migrating to kClassSchemaVersion; a newer or foreign file is refused, untouched.
  static Status open(const std::string& path, std::unique_ptr<ClassDb>& out);
  static std::string default_path(const std::string& data_dir);  // data_dir + "/class.sqlite3"

  // Keeps an assignment; the same id again is a no-op when its questions are the same, an error otherwise.
  Status add_assignment(const Assignment& a);
  Status assignment(const std::string& id, std::optional<Assignment>& out) override;
  std::vector<std::string> assignment_ids();
  Status all_assignments(std::vector<Assignment>& out) override;
  Status read_all_events(std::vector<AnswerEvent>& out) override;
  std::string where() const override { return path_; }

  // Commits one event made on this machine at once (a kill after it loses nothing).
  Status record(const AnswerEvent& e);
  // Events of one assignment, oldest first; every event, in the order they were written here.
  std::vector<AnswerEvent> events(const std::string& assignment);
  std::vector<AnswerEvent> all_events();
  // Events made on this machine: not yet put in a bundle, or all of them.
  std::vector<AnswerEvent> local_events(bool only_unbundled);
  Status mark_bundled(const std::vector<std::string>& ids);
  // Events made on this machine that no push has delivered to the class server; marked once the server committed.
  std::vector<AnswerEvent> unpushed_events();
  Status mark_pushed(const std::vector<std::string>& ids);
  // Adds the events of a bundle in one transaction: each must belong to a known assignment and one of its
  // questions, or nothing is written; an event already here (same id) is skipped.
  Status import_events(const std::vector<AnswerEvent>& events, const std::string& where, ImportCounts& out);

 private:
  ClassDb() = default;
  Status exec(const char* sql);
  Status error(const std::string& what) const;
  std::vector<AnswerEvent> query_events(const char* sql, const std::string& arg);
  Status mark(const char* sql, const std::vector<std::string>& ids, const char* what);
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace factdeck
