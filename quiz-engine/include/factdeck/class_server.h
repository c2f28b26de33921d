// The class server: a PostgreSQL database (libpq) holding a class's assignments and answer events, with a
// versioned schema of its own (schema factdeck) and least-privilege group roles for teachers and students.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/class.h"

struct pg_conn;  // libpq's PGconn; the header stays free of libpq's

namespace factdeck {

constexpr int kServerSchemaVersion = 2;  // factdeck.schema_version.version this build creates and reads

// The group roles server-init creates (NOLOGIN): a login role is made a member of one of them by the server's admin.
constexpr const char* kTeacherRole = "factdeck_teacher";
constexpr const char* kStudentRole = "factdeck_student";

// What server-init did: the schema's version before (0: none) and after.
struct ServerInit {
  int from = 0;
  int to = 0;
};

// Why the server cannot hold `e` verbatim ("" when it can): PostgreSQL text holds no NUL byte and, in a UTF8
// database, only UTF-8. `push` leaves such an answer on its machine, to travel by bundle.
std::string server_refusal(const AnswerEvent& e);

class ClassServer : public ClassSource {
 public:
  ~ClassServer() override;
  ClassServer(const ClassServer&) = delete;
  ClassServer& operator=(const ClassServer&) = delete;

  // Connects to `url` (a libpq connection string or URI) and checks the server's class schema is this build's:
  // an older one asks for server-init, a newer one for a newer Factdeck. No message holds the password.
  static Status connect(const std::string& url, std::unique_ptr<ClassServer>& out);
  // Creates or migrates the class schema and the roles in one transaction (serialized by an advisory lock, so two
  // at once are safe); a schema newer than this build is refused and nothing is written. `to_version` stops at an
  // older version (1 up to kServerSchemaVersion), as a server made by an older build is: to test its migration.
  static Status init(const std::string& url, ServerInit& out, int to_version = kServerSchemaVersion);

  // Keeps an assignment (its snapshot); the same id again is a no-op when it is the same, an error otherwise.
  Status add_assignment(const Assignment& a);
  Status assignment(const std::string& id, std::optional<Assignment>& out) override;
  Status all_assignments(std::vector<Assignment>& out) override;
  Status read_all_events(std::vector<AnswerEvent>& out) override;
  std::string where() const override { return where_; }

  // Sends events in one statement (INSERT ... ON CONFLICT DO NOTHING on the event id), committed when it returns
  // ok: `out.added` arrived now, `out.already` were there before. Needs the student's or the teacher's role.
  Status push(const std::vector<AnswerEvent>& events, ImportCounts& out);
  // A bundle: every event checked first (check_events), then all in one transaction; nothing written on error.
  Status import_events(const std::vector<AnswerEvent>& events, const std::string& where, ImportCounts& out);

  // Enrols student logins in a class (the teacher's role): from then on only enrolled logins read the class's
  // assignments and add answers to them. `out.added` were enrolled now, `out.already` were before.
  Status enrol(const std::string& class_name, const std::vector<std::string>& logins, ImportCounts& out);
  // True once the connection is lost (the server stopped): the caller says so instead of a bare SQL error.
  bool lost() const;

 private:
  ClassServer() = default;
  pg_conn* conn_ = nullptr;
  std::string url_;
  std::string where_;  // the URL without its password
};

// Gives an assignment out, as `factdeck class assign` and the Quiz builder's "Assign to class" both do: the file the
// students take, written whole (its folder made) when `file` is not empty; then the class server, when `server` is
// given; then this machine's class database (`local`), so its report and bundles find it here. Stops at the first
// failure, whose message says what was done before it.
Status give_assignment(const Assignment& a, const std::string& file, ClassServer* server, ClassDb& local);

// What a push of this machine's unsent answers came to.
struct PushOutcome {
  ImportCounts sent;              // added: arrived now; already: were on the server before
  std::size_t waiting = 0;        // answers still unsent (all of them when the server was not reached)
  std::vector<std::string> held;  // answers the server's text cannot hold, kept here for a bundle: one line each
  bool reached = false;           // the server was reached
  bool lost = false;              // the connection was lost on the way (the server stopped)
  // "6 answers sent, 0 already on the server"; after a failure, what waits and when to push again.
  std::string counts(bool failed) const;
};

// Sends the answers made on this machine that no push has delivered (ClassDb::unpushed_events) to the class server at
// `url`, `batch` a statement, each batch marked sent here only once the server has committed it, so a push cut
// anywhere sends nothing twice and loses nothing. An answer the server cannot hold stays here (`out.held`). Fails
// at the first refusal or loss, with what was done in `out`. `factdeck class push` and the desktop both push so.
Status push_unsent(ClassDb& db, const std::string& url, std::size_t batch, PushOutcome& out);

}  // namespace factdeck
