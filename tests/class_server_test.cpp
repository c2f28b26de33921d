// The class server's parts that need no server: its schema's version logic and migrations, events as array
// parameters, passwords kept out of messages; and the local database's migration 2 (the `pushed` mark).
#include <doctest/doctest.h>

#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>

#include "class/server_sql.h"
#include "factdeck/class.h"
#include "factdeck/class_server.h"

using namespace factdeck;
using namespace factdeck::server_detail;
namespace fs = std::filesystem;

TEST_CASE("server schema: one migration per version; what each server version leads to") {
  CHECK(server_migrations().size() == static_cast<std::size_t>(kServerSchemaVersion));
  struct Case {
    int server, known;
    SchemaStep step;
    const char* says;  // part of schema_problem's message; "" when there is none
  };
  const Case cases[] = {
      {0, 1, SchemaStep::Create, "has no Factdeck class schema yet"},
      {1, 2, SchemaStep::Migrate, "older than this program's 2"},
      {1, 1, SchemaStep::Current, ""},
      {3, 1, SchemaStep::TooNew, "newer than this program knows (1); update Factdeck. Nothing was written"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.server);
    CHECK(schema_step(c.server, c.known) == c.step);
    const std::string m = schema_problem(c.server, c.known, "host=/tmp/x dbname=f");
    if (*c.says) CHECK(m.find(c.says) != std::string::npos);
    else CHECK(m.empty());
  }
}

TEST_CASE("server schema: a student's role may insert events and read assignments, nothing else") {
  std::string all;
  for (const char* s : server_migrations()[0]) all += std::string(s) + ";\n";
  CHECK(all.find("GRANT SELECT ON factdeck.assignments TO factdeck_student") != std::string::npos);
  CHECK(all.find("ON factdeck.events TO factdeck_student") != std::string::npos);
  // No other grant names the student's role, and none grants UPDATE, DELETE or TRUNCATE.
  std::size_t grants = 0;
  for (std::size_t at = all.find("factdeck_student"); at != std::string::npos; at = all.find("factdeck_student", at + 1)) ++grants;
  CHECK(grants == 5);  // CREATE ROLE, USAGE, schema_version, assignments, events
  for (const char* verb : {"GRANT UPDATE", "GRANT DELETE", "GRANT TRUNCATE", "GRANT ALL"}) CHECK(all.find(verb) == std::string::npos);
  // The columns a role may insert leave out who pushed it: the server stamps the session's role.
  CHECK(all.find("pushed_by   name NOT NULL DEFAULT session_user") != std::string::npos);
  CHECK(all.find("INSERT (id, assignment, student, question, choice, answer, correct, time, duration_ms)") != std::string::npos);
}

TEST_CASE("server schema 2: rows per class by row-level security; the class list is the teacher's") {
  REQUIRE(server_migrations().size() >= 2);
  std::string all;
  for (const char* s : server_migrations()[1]) all += std::string(s) + ";\n";
  for (const char* table : {"factdeck.assignments", "factdeck.events"})
    CHECK(all.find(std::string("ALTER TABLE ") + table + " ENABLE ROW LEVEL SECURITY") != std::string::npos);
  // A student reads a class's assignments only where the membership function allows, and adds answers only there.
  CHECK(all.find("ON factdeck.assignments FOR SELECT TO factdeck_student USING (factdeck.may_read_class(class))") != std::string::npos);
  CHECK(all.find("ON factdeck.events FOR INSERT TO factdeck_student WITH CHECK (factdeck.may_answer(assignment))") != std::string::npos);
  // The membership is read by SECURITY DEFINER functions with a fixed search path; the student gets no grant on it.
  std::size_t definers = 0;
  for (std::size_t at = all.find("SECURITY DEFINER"); at != std::string::npos; at = all.find("SECURITY DEFINER", at + 1)) {
    ++definers;
    CHECK(all.substr(all.find('\n', at) + 1).rfind("SET search_path = pg_catalog, pg_temp", 0) == 0);
  }
  CHECK(definers == 2);
  CHECK(all.find("class_members TO factdeck_student") == std::string::npos);  // no grant on the list itself
  CHECK(all.find("GRANT SELECT, INSERT (class, login) ON factdeck.class_members TO factdeck_teacher") != std::string::npos);
  for (const char* verb : {"GRANT UPDATE", "GRANT DELETE", "GRANT TRUNCATE", "GRANT ALL"}) CHECK(all.find(verb) == std::string::npos);
}

TEST_CASE("array parameters: quoted, escaped, NUL refused") {
  struct Case {
    std::vector<std::string> in;
    const char* out;
  };
  const Case cases[] = {
      {{}, "{}"},
      {{"a"}, "{\"a\"}"},
      {{"", "NULL"}, "{\"\",\"NULL\"}"},  // quoted, so NULL is the word, not a null
      {{"a,b", "{c}", "\"q\"", "back\\slash"}, "{\"a,b\",\"{c}\",\"\\\"q\\\"\",\"back\\\\slash\"}"},
      {{"Robert'); DROP TABLE events;--", "Zoë 李", "tab\tnew\nline"},
       "{\"Robert'); DROP TABLE events;--\",\"Zoë 李\",\"tab\tnew\nline\"}"},
  };
  for (const Case& c : cases) {
    std::string out;
    REQUIRE(text_array(c.in, out));
    CHECK(out == c.out);
  }
  std::string out = "kept";
  CHECK_FALSE(text_array({std::string("nul\0byte", 8)}, out));
  CHECK(out == "kept");
  CHECK(int_array({}) == "{}");
  CHECK(int_array({-1, 0, 1767225600123}) == "{-1,0,1767225600123}");
  CHECK(bool_array({true, false}) == "{t,f}");

  AnswerEvent e;
  e.id = "e1";
  e.assignment = "a1";
  e.student = "Ana";
  e.question = "q1";
  e.choice = 2;
  e.answer = "Shenzhen";
  e.correct = true;
  e.time = 1767225600;
  e.duration_ms = 1500;
  std::vector<std::string> params;
  REQUIRE(event_arrays({e, e}, params).ok());
  REQUIRE(params.size() == 9);
  CHECK(params[0] == "{\"e1\",\"e1\"}");
  CHECK(params[4] == "{2,2}");
  CHECK(params[5] == "{\"Shenzhen\",\"Shenzhen\"}");
  CHECK(params[6] == "{t,t}");
  CHECK(params[8] == "{1500,1500}");
  e.student = std::string("Ana\0x", 5);
  const Status st = event_arrays({e}, params);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("answer e1 cannot go to the server: it holds a NUL byte") != std::string::npos);
}

TEST_CASE("what the server's text cannot hold: NUL bytes, bytes that are not UTF-8") {
  struct Case {
    std::string student;
    const char* refusal;  // part of server_refusal's reason; "" when the server can hold it
  };
  const Case cases[] = {
      {"Ana", ""},
      {"Zoë 李 \xF0\x9F\x98\x80", ""},                   // two-, three- and four-byte forms
      {std::string("a\0b", 3), "NUL byte"},
      {"\xFF", "not UTF-8"},                                  // a byte that starts nothing
      {"caf\xC3", "not UTF-8"},                               // cut short
      {"\xC0\xAF", "not UTF-8"},                              // overlong '/'
      {"\xED\xA0\x80", "not UTF-8"},                          // a surrogate
      {"\xF4\x90\x80\x80", "not UTF-8"},                      // past U+10FFFF
  };
  for (const Case& c : cases) {
    CAPTURE(c.student);
    AnswerEvent e;
    e.student = c.student;
    const std::string why = server_refusal(e);
    if (*c.refusal) CHECK(why.find(c.refusal) != std::string::npos);
    else CHECK(why.empty());
  }
}

TEST_CASE("a connection string's password never reaches a message") {
  struct Case {
    const char* url;
    const char* redacted;
    const char* password;  // as libpq reads it
  };
  const Case cases[] = {
      {"host=/tmp/pg dbname=factdeck user=ana password=s3cret", "host=/tmp/pg dbname=factdeck user=ana password=***", "s3cret"},
      {"password = 'it\\'s' user=ana", "password = *** user=ana", "it's"},
      {"password='a b\\'c' user=ana", "password=*** user=ana", "a b'c"},
      {"host=/tmp/pg user=ana", "host=/tmp/pg user=ana", ""},
      {"postgresql://ana:s%40cret@localhost:5432/factdeck", "postgresql://ana:***@localhost:5432/factdeck", "s@cret"},
      {"postgres://ana@localhost/factdeck?password=pw9&sslmode=disable", "postgres://ana@localhost/factdeck?password=***&sslmode=disable",
       "pw9"},
      {"postgresql:///factdeck?host=/tmp/pg", "postgresql:///factdeck?host=/tmp/pg", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(redact_url(c.url) == c.redacted);
    if (*c.password) {
      const std::string message = std::string("connection to ") + c.url + " failed; missing \"=\" after \"" + c.password + "\"";
      const std::string s = scrub(message, c.url);
      CHECK(s.find(c.password) == std::string::npos);
      CHECK(s.find(c.redacted) != std::string::npos);
    }
  }
}

TEST_CASE("a server that is not there: a clear message, no password") {
  // A socket folder with no server in it: libpq fails at once, without a network.
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "class_server_test" / "no-server";
  fs::create_directories(dir);
  std::unique_ptr<ClassServer> server;
  const Status st = ClassServer::connect("host=" + dir.string() + " dbname=factdeck user=ana password=hunter22", server);
  REQUIRE_FALSE(st.ok());
  CHECK(server == nullptr);
  CHECK(st.message().find("cannot reach the class server host=" + dir.string()) == 0);
  CHECK(st.message().find("password=***") != std::string::npos);
  CHECK(st.message().find("hunter22") == std::string::npos);
}

// A TCP port on this machine that takes connections and never answers, as a server behind a dead link does: the
// kernel completes the handshake, nobody replies. Closed when it goes out of scope.
struct SilentPort {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  int port = 0;
  SilentPort() {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t n = sizeof a;
    if (bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && listen(fd, 4) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&a), &n) == 0)
      port = ntohs(a.sin_port);
  }
  ~SilentPort() { close(fd); }
};

TEST_CASE("a server that never answers or a closed port: a clear error, not a wait without end") {
  SilentPort silent;
  REQUIRE(silent.port > 0);
  const std::string host = "host=127.0.0.1 port=" + std::to_string(silent.port) + " dbname=factdeck user=ana password=hunter22";
  std::unique_ptr<ClassServer> server;
  // The URL's own connect_timeout is kept (libpq waits at least 2 seconds).
  Status st = ClassServer::connect(host + " connect_timeout=1", server);
  REQUIRE_FALSE(st.ok());
  CHECK(server == nullptr);
  CHECK(st.message().find("timeout expired") != std::string::npos);
  CHECK(st.message().find("is the address right") != std::string::npos);
  CHECK(st.message().find("hunter22") == std::string::npos);
  // Without one the default holds (10 seconds; without it libpq would wait for ever on this port).
  st = ClassServer::connect(host, server);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("timeout expired") != std::string::npos);
  // The same as a URI; and a closed port says so at once.
  ServerInit init;
  st = ClassServer::init("postgresql://ana:hunter22@127.0.0.1:" + std::to_string(silent.port) + "/factdeck?connect_timeout=1", init);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("timeout expired") != std::string::npos);
  SilentPort closed;  // bound and listening, then closed: nothing takes connections on its port
  const int port = closed.port;
  close(closed.fd);
  closed.fd = -1;
  st = ClassServer::connect("host=127.0.0.1 port=" + std::to_string(port) + " dbname=factdeck user=ana connect_timeout=1", server);
  REQUIRE_FALSE(st.ok());
  CHECK(st.message().find("Connection refused") != std::string::npos);
}

TEST_CASE("local class database: migration 2 adds the pushed mark to a version-1 file, answers kept") {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "class_server_test" / "migration";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "class.sqlite3").string();
  {
    // A file as version 1 wrote it (the released schema, copied here on purpose: it must not change).
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const char* v1 = R"sql(
CREATE TABLE assignments (id TEXT PRIMARY KEY, class TEXT NOT NULL, title TEXT NOT NULL, created INTEGER NOT NULL,
  revision INTEGER NOT NULL, previous TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE events (id TEXT PRIMARY KEY, assignment TEXT NOT NULL REFERENCES assignments (id), student TEXT NOT NULL,
  question TEXT NOT NULL, choice INTEGER NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, time INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL, local INTEGER NOT NULL, bundled INTEGER NOT NULL DEFAULT 0);
CREATE INDEX events_assignment ON events (assignment, time, id);
CREATE INDEX events_unbundled ON events (local, bundled);
CREATE TRIGGER events_immutable BEFORE UPDATE OF id, assignment, student, question, choice, answer, correct, time,
  duration_ms, local ON events BEGIN SELECT RAISE(ABORT, 'answer events are immutable'); END;
CREATE TRIGGER events_kept BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'answer events are never deleted'); END;
INSERT INTO assignments VALUES ('a1', '7B', 'Week 1', 1767225600, 1, '', '{}');
INSERT INTO events VALUES ('e1', 'a1', 'Ana', 'q1', 0, 'x', 1, 1767225601, 0, 1, 1);
INSERT INTO events VALUES ('e2', 'a1', 'Ben', 'q1', 1, 'y', 0, 1767225602, 0, 1, 0);
INSERT INTO events VALUES ('e3', 'a1', 'Cy', 'q1', 1, 'y', 0, 1767225603, 0, 0, 0);
PRAGMA application_id = 1178880835;
PRAGMA user_version = 1;
)sql";
    REQUIRE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<ClassDb> db;
  REQUIRE(ClassDb::open(path, db).ok());
  // Every answer made here waits for a push, bundled or not; an imported one (e3) is never pushed from here.
  std::vector<AnswerEvent> waiting = db->unpushed_events();
  REQUIRE(waiting.size() == 2);
  CHECK(waiting[0].id == "e1");
  CHECK(waiting[1].id == "e2");
  REQUIRE(db->mark_pushed({"e1"}).ok());
  waiting = db->unpushed_events();
  REQUIRE(waiting.size() == 1);
  CHECK(waiting[0].id == "e2");
  CHECK(db->all_events().size() == 3);
  db.reset();
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(raw, "SELECT (SELECT user_version FROM pragma_user_version), "
                                  "(SELECT group_concat(id) FROM events WHERE pushed = 1)", -1, &s, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(s) == SQLITE_ROW);
  CHECK(sqlite3_column_int(s, 0) == 2);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 1))) == "e1");
  sqlite3_finalize(s);
  // The answers stay immutable after the migration.
  CHECK(sqlite3_exec(raw, "UPDATE events SET student = 'Eve' WHERE id = 'e1'", nullptr, nullptr, nullptr) != SQLITE_OK);
  sqlite3_close(raw);
}
