// The class server over libpq: connecting (the schema's version checked), server-init's migrations, assignments
// and events in and out. Every statement goes through PQexecParams, its values as parameters.
#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>

#include "class/server_sql.h"
#include "factdeck/class_server.h"

namespace factdeck {

using namespace server_detail;

namespace {

constexpr long long kInitLock = 0x46444b43;  // pg_advisory_xact_lock key: "FDKC", one server-init at a time
constexpr std::size_t kImportBatch = 5000;   // events per statement when a bundle goes in
constexpr const char* kConnectTimeout = "10";  // seconds to reach the server, unless the URL says otherwise

// A result cleared when it goes out of scope.
struct PgResult {
  PGresult* r = nullptr;
  PgResult() = default;
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  ~PgResult() { PQclear(r); }
};

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// Runs one statement with text parameters; on failure the message says what was being done, where, and the server's
// words (primary, detail), with the password scrubbed out.
Status run(PGconn* c, const std::string& url, const std::string& where, const char* sql,
           const std::vector<std::string>& params, PgResult& res, const std::string& doing) {
  std::vector<const char*> values;
  for (const std::string& p : params) values.push_back(p.c_str());
  PQclear(res.r);
  res.r = PQexecParams(c, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
  const ExecStatusType st = PQresultStatus(res.r);
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return Status::Ok();
  std::string why;
  if (PQstatus(c) == CONNECTION_BAD) {
    why = "the connection was lost (the server stopped or went away): " + trimmed(PQerrorMessage(c));
  } else {
    const char* primary = PQresultErrorField(res.r, PG_DIAG_MESSAGE_PRIMARY);
    const char* detail = PQresultErrorField(res.r, PG_DIAG_MESSAGE_DETAIL);
    const char* code = PQresultErrorField(res.r, PG_DIAG_SQLSTATE);
    why = primary ? primary : trimmed(PQerrorMessage(c));
    if (detail) why += std::string(" (") + detail + ")";
    if (code && std::string(code) == "42501" && why.find("row-level security") != std::string::npos)
      why += "; this login is not enrolled in the class of an assignment it answers (the teacher enrols it: factdeck "
             "class enrol --class NAME LOGIN --db URL)";
    else if (code && std::string(code) == "42501")
      why += "; is this login a member of " + std::string(kTeacherRole) + " (or, to push, " + kStudentRole + ")?";
    if (code && std::string(code) == "23503")  // an answer to an assignment taken from a file, not from this server
      why += "; the teacher puts the assignment on the server first: factdeck class import ASSIGNMENT-FILE --db URL";
  }
  return Status::Error("the class server " + where + ": cannot " + doing + ": " + scrub(why, url));
}

// Opens a connection; `where` gets the URL without its password. A host that does not answer (a school server
// off the network, a laptop at home) fails after kConnectTimeout seconds, not the system's TCP timeout of minutes:
// libpq takes the keys in order, so the URL's own connect_timeout, expanded from dbname after it, wins, and
// PGCONNECT_TIMEOUT stands in for the default when set.
Status open_conn(const std::string& url, PGconn*& out, std::string& where) {
  where = redact_url(url);
  const char* env_timeout = std::getenv("PGCONNECT_TIMEOUT");
  const char* keys[] = {"connect_timeout", "dbname", "fallback_application_name", "client_encoding", nullptr};
  const char* values[] = {env_timeout && *env_timeout ? env_timeout : kConnectTimeout, url.c_str(), "factdeck", "UTF8", nullptr};
  PGconn* c = PQconnectdbParams(keys, values, 1);
  if (!c) return Status::Error("cannot reach the class server " + where + ": out of memory");
  if (PQstatus(c) != CONNECTION_OK) {
    std::string why = scrub(trimmed(PQerrorMessage(c)), url);
    if (why.find("timeout expired") != std::string::npos)
      why += std::string(" (no answer within ") + kConnectTimeout +
             " seconds, or the URL's connect_timeout: is the address right, and the server on this network?)";
    PQfinish(c);
    return Status::Error("cannot reach the class server " + where + ": " + why);
  }
  out = c;
  return Status::Ok();
}

// The class schema's version on the server: 0 when there is none.
Status read_version(PGconn* c, const std::string& url, const std::string& where, int& out) {
  PgResult r;
  if (Status st = run(c, url, where, "SELECT to_regclass('factdeck.schema_version') IS NOT NULL", {}, r, "read the class schema's version");
      !st.ok())
    return st;
  out = 0;
  if (std::string(PQgetvalue(r.r, 0, 0)) != "t") return Status::Ok();
  if (Status st = run(c, url, where, "SELECT version FROM factdeck.schema_version", {}, r, "read the class schema's version"); !st.ok())
    return st;
  if (PQntuples(r.r) == 1) out = std::atoi(PQgetvalue(r.r, 0, 0));
  return Status::Ok();
}

std::string value(const PgResult& r, int row, int col) {
  return std::string(PQgetvalue(r.r, row, col), static_cast<std::size_t>(PQgetlength(r.r, row, col)));
}

constexpr const char* kInsertEvents =
    "INSERT INTO factdeck.events (id, assignment, student, question, choice, answer, correct, time, duration_ms) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], $7::boolean[], "
    "$8::bigint[], $9::integer[]) ON CONFLICT DO NOTHING";

}  // namespace

ClassServer::~ClassServer() {
  if (conn_) PQfinish(conn_);
}

bool ClassServer::lost() const { return !conn_ || PQstatus(conn_) == CONNECTION_BAD; }

Status ClassServer::connect(const std::string& url, std::unique_ptr<ClassServer>& out) {
  std::unique_ptr<ClassServer> s(new ClassServer());
  s->url_ = url;
  if (Status st = open_conn(url, s->conn_, s->where_); !st.ok()) return st;
  int version = 0;
  if (Status st = read_version(s->conn_, url, s->where_, version); !st.ok()) return st;
  if (std::string problem = schema_problem(version, kServerSchemaVersion, s->where_); !problem.empty())
    return Status::Error(problem);
  out = std::move(s);
  return Status::Ok();
}

Status ClassServer::init(const std::string& url, ServerInit& out, int to_version) {
  std::unique_ptr<ClassServer> s(new ClassServer());
  s->url_ = url;
  if (Status st = open_conn(url, s->conn_, s->where_); !st.ok()) return st;
  PGconn* c = s->conn_;
  const std::string& where = s->where_;
  PgResult r;
  auto step = [&](const char* sql, const std::vector<std::string>& params, const std::string& doing) {
    return run(c, url, where, sql, params, r, doing);
  };
  if (Status st = step("BEGIN", {}, "start server-init's transaction"); !st.ok()) return st;
  auto rollback = [&](const Status& st) {
    PgResult ignored;
    run(c, url, where, "ROLLBACK", {}, ignored, "roll back");
    return st;
  };
  // The version is read under the lock: two server-inits at once migrate once.
  if (Status st = step("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(kInitLock)}, "take server-init's lock"); !st.ok())
    return rollback(st);
  int version = 0;
  if (Status st = read_version(c, url, where, version); !st.ok()) return rollback(st);
  out.from = version;
  if (schema_step(version, kServerSchemaVersion) == SchemaStep::TooNew)
    return rollback(Status::Error(schema_problem(version, kServerSchemaVersion, where)));
  if (to_version < 1 || to_version > kServerSchemaVersion)
    return rollback(Status::Error("this build migrates the class schema to versions 1 to " + std::to_string(kServerSchemaVersion) +
                                  ", not " + std::to_string(to_version)));
  const int to = std::max(version, to_version);  // never back down
  const auto& migrations = server_migrations();
  for (int v = version; v < to; ++v)
    for (const char* sql : migrations[static_cast<std::size_t>(v)])
      if (Status st = step(sql, {}, "migrate the class schema to version " + std::to_string(v + 1)); !st.ok())
        return rollback(st);
  if (Status st = step("INSERT INTO factdeck.schema_version (version) VALUES ($1::integer) "
                       "ON CONFLICT (one) DO UPDATE SET version = EXCLUDED.version",
                       {std::to_string(to)}, "note the class schema's version");
      !st.ok())
    return rollback(st);
  if (Status st = step("COMMIT", {}, "commit server-init"); !st.ok()) return st;
  out.to = to;
  return Status::Ok();
}

Status ClassServer::add_assignment(const Assignment& a) {
  PgResult r;
  const std::string json = assignment_to_json(a);
  if (Status st = run(conn_, url_, where_,
                      "INSERT INTO factdeck.assignments (id, class, title, created, revision, previous, json) "
                      "VALUES ($1, $2, $3, $4::bigint, $5::integer, $6, $7) ON CONFLICT DO NOTHING",
                      {a.id, a.class_name, a.title, std::to_string(a.created), std::to_string(a.revision), a.previous, json},
                      r, "add the assignment");
      !st.ok())
    return st;
  if (std::string(PQcmdTuples(r.r)) == "1") return Status::Ok();
  std::optional<Assignment> old;
  if (Status st = assignment(a.id, old); !st.ok()) return st;
  if (old && assignment_to_json(*old) == json) return Status::Ok();
  return Status::Error("another assignment with the id " + a.id + " is already on the class server " + where_ + "; it was kept");
}

Status ClassServer::assignment(const std::string& id, std::optional<Assignment>& out) {
  out.reset();
  PgResult r;
  if (Status st = run(conn_, url_, where_, "SELECT json FROM factdeck.assignments WHERE id = $1", {id}, r, "read the assignment");
      !st.ok())
    return st;
  if (PQntuples(r.r) == 0) return Status::Ok();
  Assignment a;
  if (Status st = assignment_from_json(value(r, 0, 0), where_ + " (assignment " + id + ")", a); !st.ok()) return st;
  out = std::move(a);
  return Status::Ok();
}

Status ClassServer::all_assignments(std::vector<Assignment>& out) {
  out.clear();
  PgResult r;
  // The local database's order (created, then id byte by byte), so the figures across come out the same.
  if (Status st = run(conn_, url_, where_, "SELECT id, json FROM factdeck.assignments ORDER BY created, id COLLATE \"C\"", {}, r,
                      "read the assignments");
      !st.ok())
    return st;
  for (int i = 0; i < PQntuples(r.r); ++i) {
    Assignment a;
    if (Status st = assignment_from_json(value(r, i, 1), where_ + " (assignment " + value(r, i, 0) + ")", a); !st.ok()) return st;
    out.push_back(std::move(a));
  }
  return Status::Ok();
}

Status ClassServer::read_all_events(std::vector<AnswerEvent>& out) {
  out.clear();
  PgResult r;
  // No ORDER BY: the report orders each assignment's events itself (by time, then id), and sorting 36,000 rows on
  // the server doubled the report's time.
  if (Status st = run(conn_, url_, where_,
                      "SELECT id, assignment, student, question, choice, answer, correct, time, duration_ms FROM factdeck.events",
                      {}, r, "read the answers");
      !st.ok())
    return st;
  const int n = PQntuples(r.r);
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    AnswerEvent e;
    e.id = value(r, i, 0);
    e.assignment = value(r, i, 1);
    e.student = value(r, i, 2);
    e.question = value(r, i, 3);
    e.choice = std::atoi(PQgetvalue(r.r, i, 4));
    e.answer = value(r, i, 5);
    e.correct = PQgetvalue(r.r, i, 6)[0] == 't';
    e.time = std::atoll(PQgetvalue(r.r, i, 7));
    e.duration_ms = std::atoi(PQgetvalue(r.r, i, 8));
    out.push_back(std::move(e));
  }
  return Status::Ok();
}

Status ClassServer::push(const std::vector<AnswerEvent>& events, ImportCounts& out) {
  out = {};
  if (events.empty()) return Status::Ok();
  std::vector<std::string> params;
  if (Status st = event_arrays(events, params); !st.ok()) return st;
  PgResult r;
  // One statement: committed as a whole when it returns, or not at all.
  if (Status st = run(conn_, url_, where_, kInsertEvents, params, r, "add the answers"); !st.ok()) return st;
  out.added = std::atoi(PQcmdTuples(r.r));
  out.already = static_cast<int>(events.size()) - out.added;
  return Status::Ok();
}

Status ClassServer::enrol(const std::string& class_name, const std::vector<std::string>& logins, ImportCounts& out) {
  out = {};
  std::string array;
  if (!text_array(logins, array)) return Status::Error("a login name holds a NUL byte");
  PgResult r;
  if (Status st = run(conn_, url_, where_,
                      "INSERT INTO factdeck.class_members (class, login) SELECT $1, l::name FROM unnest($2::text[]) AS l "
                      "ON CONFLICT DO NOTHING",
                      {class_name, array}, r, "enrol the logins");
      !st.ok())
    return st;
  out.added = std::atoi(PQcmdTuples(r.r));
  out.already = static_cast<int>(logins.size()) - out.added;
  return Status::Ok();
}

Status ClassServer::import_events(const std::vector<AnswerEvent>& events, const std::string& where, ImportCounts& out) {
  out = {};
  if (Status st = check_events(*this, events, where); !st.ok()) return st;
  PgResult r;
  if (Status st = run(conn_, url_, where_, "BEGIN", {}, r, "start the import"); !st.ok()) return st;
  ImportCounts total;
  for (std::size_t i = 0; i < events.size(); i += kImportBatch) {
    const std::vector<AnswerEvent> batch(events.begin() + static_cast<std::ptrdiff_t>(i),
                                         events.begin() + static_cast<std::ptrdiff_t>(std::min(events.size(), i + kImportBatch)));
    ImportCounts c;
    if (Status st = push(batch, c); !st.ok()) {
      run(conn_, url_, where_, "ROLLBACK", {}, r, "roll back");
      return Status::Error(st.message() + "; nothing was imported");
    }
    total.added += c.added;
    total.already += c.already;
  }
  if (Status st = run(conn_, url_, where_, "COMMIT", {}, r, "commit the import"); !st.ok())
    return Status::Error(st.message() + "; nothing was imported");
  out = total;
  return Status::Ok();
}

}  // namespace factdeck
