// The local class database (class.sqlite3): assignments and immutable answer events, its own versioned schema.
#include <sqlite3.h>

#include <filesystem>

#include "factdeck/class.h"
#include "store/sql.h"

namespace factdeck {

using store_detail::bind_text;

namespace {

// A text column whole, by its length: a name holding a NUL byte comes back verbatim.
std::string column_text(sqlite3_stmt* s, int i) {
  const auto* t = static_cast<const char*>(sqlite3_column_blob(s, i));
  return t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

constexpr int kClassApplicationId = 0x46444b43;  // "FDKC": a Factdeck class database

// Migration i takes user_version i to i + 1. Never edit a released entry: append one.
const char* const kClassMigrations[] = {
    // 1: assignments (their JSON file as written) and answer events, which no statement may change or delete
    // except to note that one went into a bundle.
    R"sql(
CREATE TABLE assignments (
  id       TEXT PRIMARY KEY,
  class    TEXT NOT NULL,
  title    TEXT NOT NULL,
  created  INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  previous TEXT NOT NULL,
  json     TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE events (
  id          TEXT PRIMARY KEY,
  assignment  TEXT NOT NULL REFERENCES assignments (id),
  student     TEXT NOT NULL,
  question    TEXT NOT NULL,
  choice      INTEGER NOT NULL,
  answer      TEXT NOT NULL,
  correct     INTEGER NOT NULL,
  time        INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  local       INTEGER NOT NULL,
  bundled     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_assignment ON events (assignment, time, id);
CREATE INDEX events_unbundled ON events (local, bundled);
CREATE TRIGGER events_immutable BEFORE UPDATE OF id, assignment, student, question, choice, answer, correct, time,
  duration_ms, local ON events BEGIN SELECT RAISE(ABORT, 'answer events are immutable'); END;
CREATE TRIGGER events_kept BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'answer events are never deleted'); END;
)sql",
    // 2: a mark for the events a push has delivered to the class server (the trigger above leaves it changeable,
    // as `bundled`: it lists the columns that may not change). Never the server's address: it may hold a password.
    R"sql(
ALTER TABLE events ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_unpushed ON events (local, pushed);
)sql",
};
constexpr int kMigrationCount = sizeof kClassMigrations / sizeof kClassMigrations[0];
static_assert(kMigrationCount == kClassSchemaVersion, "one migration per schema version");

constexpr const char* kEventColumns =
    "SELECT id, assignment, student, question, choice, answer, correct, time, duration_ms FROM events ";

// A prepared statement finalized when it goes out of scope.
struct Stmt {
  sqlite3_stmt* s = nullptr;
  Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
  ~Stmt() { sqlite3_finalize(s); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
};

void bind_event(sqlite3_stmt* s, const AnswerEvent& e, bool local) {
  bind_text(s, 1, e.id);
  bind_text(s, 2, e.assignment);
  bind_text(s, 3, e.student);
  bind_text(s, 4, e.question);
  sqlite3_bind_int(s, 5, e.choice);
  bind_text(s, 6, e.answer);
  sqlite3_bind_int(s, 7, e.correct ? 1 : 0);
  sqlite3_bind_int64(s, 8, e.time);
  sqlite3_bind_int(s, 9, e.duration_ms);
  sqlite3_bind_int(s, 10, local ? 1 : 0);
}

constexpr const char* kInsertEvent =
    "INSERT INTO events (id, assignment, student, question, choice, answer, correct, time, duration_ms, local) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

}  // namespace

ClassDb::~ClassDb() {
  if (db_) sqlite3_close(db_);
}

std::string ClassDb::default_path(const std::string& data_dir) { return data_dir + "/class.sqlite3"; }

Status ClassDb::error(const std::string& what) const {
  return Status::Error(what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database") + " (" + path_ + ")");
}

Status ClassDb::exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) == SQLITE_OK) return Status::Ok();
  const std::string m = msg ? msg : "unknown error";
  sqlite3_free(msg);
  return Status::Error(m + " (" + path_ + ")");
}

Status ClassDb::open(const std::string& path, std::unique_ptr<ClassDb>& out) {
  std::unique_ptr<ClassDb> d(new ClassDb());
  d->path_ = path;
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return Status::Error("cannot create the folder " + parent.string() + ": " + ec.message());
  if (sqlite3_open_v2(path.c_str(), &d->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK)
    return d->error("cannot open the class database");
  sqlite3_extended_result_codes(d->db_, 1);
  sqlite3_busy_timeout(d->db_, 5000);
  int app_id = 0, version = 0, tables = 0;
  {
    Stmt q(d->db_, "SELECT (SELECT application_id FROM pragma_application_id), "
                   "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)");
    if (!q.s || sqlite3_step(q.s) != SQLITE_ROW) return d->error("cannot read the class database; is it a database?");
    app_id = sqlite3_column_int(q.s, 0);
    version = sqlite3_column_int(q.s, 1);
    tables = sqlite3_column_int(q.s, 2);
  }
  if (tables > 0 && app_id != kClassApplicationId)
    return Status::Error(path + " is not a Factdeck class database; it was left untouched.");
  if (version > kClassSchemaVersion)
    return Status::Error(path + " was written by a newer Factdeck (class schema " + std::to_string(version) +
                         ", this program reads up to " + std::to_string(kClassSchemaVersion) + "); update Factdeck. The file was left untouched.");
  if (Status st = d->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"); !st.ok())
    return st;
  if (version < kClassSchemaVersion) {
    // All the steps in one transaction, the version read again under the write lock.
    if (Status st = d->exec("BEGIN IMMEDIATE"); !st.ok()) return st;
    Status st;
    int from = 0;
    {
      Stmt q(d->db_, "PRAGMA user_version");
      from = q.s && sqlite3_step(q.s) == SQLITE_ROW ? sqlite3_column_int(q.s, 0) : 0;
    }
    for (int v = from; st.ok() && v < kMigrationCount; ++v) st = d->exec(kClassMigrations[v]);
    const std::string pragmas = "PRAGMA application_id = " + std::to_string(kClassApplicationId) +
                                "; PRAGMA user_version = " + std::to_string(kClassSchemaVersion) + ";";
    if (st.ok()) st = d->exec(pragmas.c_str());
    if (st.ok()) st = d->exec("COMMIT");
    if (!st.ok()) {
      d->exec("ROLLBACK");
      return Status::Error("the class database's migration failed: " + st.message());
    }
  }
  out = std::move(d);
  return Status::Ok();
}

Status ClassDb::add_assignment(const Assignment& a) {
  std::optional<Assignment> old;
  if (Status st = assignment(a.id, old); !st.ok()) return st;
  if (old) {
    if (assignment_to_json(*old) == assignment_to_json(a)) return Status::Ok();
    return Status::Error("another assignment with the id " + a.id + " is already in " + path_ + "; it was kept");
  }
  Stmt s(db_, "INSERT INTO assignments (id, class, title, created, revision, previous, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!s.s) return error("cannot add the assignment");
  bind_text(s.s, 1, a.id);
  bind_text(s.s, 2, a.class_name);
  bind_text(s.s, 3, a.title);
  sqlite3_bind_int64(s.s, 4, a.created);
  sqlite3_bind_int(s.s, 5, a.revision);
  bind_text(s.s, 6, a.previous);
  bind_text(s.s, 7, assignment_to_json(a));
  if (sqlite3_step(s.s) != SQLITE_DONE) return error("cannot add the assignment");
  return Status::Ok();
}

Status ClassDb::assignment(const std::string& id, std::optional<Assignment>& out) {
  out.reset();
  Stmt s(db_, "SELECT json FROM assignments WHERE id = ?1");
  if (!s.s) return error("cannot read the assignments");
  bind_text(s.s, 1, id);
  const int rc = sqlite3_step(s.s);
  if (rc == SQLITE_DONE) return Status::Ok();
  if (rc != SQLITE_ROW) return error("cannot read the assignments");
  Assignment a;
  if (Status st = assignment_from_json(column_text(s.s, 0), path_ + " (assignment " + id + ")", a); !st.ok()) return st;
  out = std::move(a);
  return Status::Ok();
}

std::vector<std::string> ClassDb::assignment_ids() {
  std::vector<std::string> out;
  Stmt s(db_, "SELECT id FROM assignments ORDER BY created, id");
  while (s.s && sqlite3_step(s.s) == SQLITE_ROW) out.push_back(column_text(s.s, 0));
  return out;
}

Status ClassDb::record(const AnswerEvent& e) {
  Stmt s(db_, kInsertEvent);
  if (!s.s) return error("cannot save the answer");
  bind_event(s.s, e, true);
  if (sqlite3_step(s.s) != SQLITE_DONE) return error("cannot save the answer");
  return Status::Ok();
}

std::vector<AnswerEvent> ClassDb::query_events(const char* where, const std::string& arg) {
  std::vector<AnswerEvent> out;
  const std::string sql = std::string(kEventColumns) + where;
  Stmt s(db_, sql.c_str());
  if (!s.s) return out;
  if (!arg.empty()) bind_text(s.s, 1, arg);
  while (sqlite3_step(s.s) == SQLITE_ROW) {
    AnswerEvent e;
    e.id = column_text(s.s, 0);
    e.assignment = column_text(s.s, 1);
    e.student = column_text(s.s, 2);
    e.question = column_text(s.s, 3);
    e.choice = sqlite3_column_int(s.s, 4);
    e.answer = column_text(s.s, 5);
    e.correct = sqlite3_column_int(s.s, 6) != 0;
    e.time = sqlite3_column_int64(s.s, 7);
    e.duration_ms = sqlite3_column_int(s.s, 8);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<AnswerEvent> ClassDb::events(const std::string& assignment) {
  return query_events("WHERE assignment = ?1 ORDER BY time, id", assignment);
}

std::vector<AnswerEvent> ClassDb::all_events() { return query_events("ORDER BY rowid", ""); }

std::vector<AnswerEvent> ClassDb::local_events(bool only_unbundled) {
  return query_events(only_unbundled ? "WHERE local = 1 AND bundled = 0 ORDER BY time, id" : "WHERE local = 1 ORDER BY time, id", "");
}

Status ClassDb::mark(const char* sql, const std::vector<std::string>& ids, const char* what) {
  if (Status st = exec("BEGIN IMMEDIATE"); !st.ok()) return st;
  Stmt s(db_, sql);
  for (const std::string& id : ids) {
    bind_text(s.s, 1, id);
    if (!s.s || sqlite3_step(s.s) != SQLITE_DONE) {
      const Status err = error(what);
      exec("ROLLBACK");
      return err;
    }
    sqlite3_reset(s.s);
  }
  return exec("COMMIT");
}

Status ClassDb::mark_bundled(const std::vector<std::string>& ids) {
  return mark("UPDATE events SET bundled = 1 WHERE id = ?1", ids, "cannot note the bundled answers");
}

std::vector<AnswerEvent> ClassDb::unpushed_events() { return query_events("WHERE local = 1 AND pushed = 0 ORDER BY time, id", ""); }

Status ClassDb::mark_pushed(const std::vector<std::string>& ids) {
  return mark("UPDATE events SET pushed = 1 WHERE id = ?1", ids, "cannot note the pushed answers");
}

Status ClassDb::all_assignments(std::vector<Assignment>& out) {
  out.clear();
  for (const std::string& id : assignment_ids()) {
    std::optional<Assignment> a;
    if (Status st = assignment(id, a); !st.ok()) return st;
    if (a) out.push_back(std::move(*a));
  }
  return Status::Ok();
}

Status ClassDb::read_all_events(std::vector<AnswerEvent>& out) {
  out = all_events();
  return Status::Ok();
}

Status ClassDb::import_events(const std::vector<AnswerEvent>& events, const std::string& where, ImportCounts& out) {
  out = {};
  if (Status st = check_events(*this, events, where); !st.ok()) return st;
  if (Status st = exec("BEGIN IMMEDIATE"); !st.ok()) return st;
  const std::string sql = std::string(kInsertEvent) + " ON CONFLICT (id) DO NOTHING";
  Stmt s(db_, sql.c_str());
  for (const AnswerEvent& e : events) {
    if (s.s) bind_event(s.s, e, false);
    if (!s.s || sqlite3_step(s.s) != SQLITE_DONE) {
      const Status err = error("cannot import " + where);
      exec("ROLLBACK");
      out = {};
      return err;
    }
    (sqlite3_changes(db_) > 0 ? out.added : out.already) += 1;
    sqlite3_reset(s.s);
  }
  if (Status st = exec("COMMIT"); !st.ok()) {
    exec("ROLLBACK");
    out = {};
    return st;
  }
  return Status::Ok();
}

}  // namespace factdeck
