// The class server's schema, version decisions, array parameters and password redaction (no libpq here).
#include "class/server_sql.h"

#include <cctype>
#include <cstdint>

#include "factdeck/class_server.h"

namespace factdeck::server_detail {

const std::vector<std::vector<const char*>>& server_migrations() {
  static const std::vector<std::vector<const char*>> m = {
      // 1: the schema, its tables, and the two group roles with least privilege. Answers and assignments are
      // immutable (a trigger refuses UPDATE and DELETE, even to the owner). `pushed_by` and `added_by` default to the
      // session's role and are not among the columns a role may insert: a student cannot write in another's name.
      {
          "CREATE SCHEMA factdeck",
          "CREATE TABLE factdeck.schema_version (one boolean PRIMARY KEY DEFAULT true CHECK (one), version integer NOT NULL)",
          R"sql(CREATE TABLE factdeck.assignments (
  id       text PRIMARY KEY,
  class    text NOT NULL,
  title    text NOT NULL,
  created  bigint NOT NULL,
  revision integer NOT NULL,
  previous text NOT NULL,
  json     text NOT NULL,
  added_by name NOT NULL DEFAULT session_user,
  added_at timestamptz NOT NULL DEFAULT now()))sql",
          R"sql(CREATE TABLE factdeck.events (
  id          text PRIMARY KEY,
  assignment  text NOT NULL REFERENCES factdeck.assignments (id),
  student     text NOT NULL,
  question    text NOT NULL,
  choice      integer NOT NULL,
  answer      text NOT NULL,
  correct     boolean NOT NULL,
  time        bigint NOT NULL,
  duration_ms integer NOT NULL,
  pushed_by   name NOT NULL DEFAULT session_user,
  received    timestamptz NOT NULL DEFAULT now()))sql",
          "CREATE INDEX events_assignment ON factdeck.events (assignment)",
          R"sql(CREATE FUNCTION factdeck.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'factdeck: % on %.% refused: answers and assignments are never changed', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME;
END $$)sql",
          "CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON factdeck.events FOR EACH ROW "
          "EXECUTE FUNCTION factdeck.refuse_change()",
          "CREATE TRIGGER assignments_immutable BEFORE UPDATE OR DELETE ON factdeck.assignments FOR EACH ROW "
          "EXECUTE FUNCTION factdeck.refuse_change()",
          // Roles belong to the whole cluster: another database's server-init may have made them already, or be
          // making them now (the advisory lock is per database: its CREATE ROLE then ends in a unique violation).
          R"sql(DO $$ BEGIN
  BEGIN CREATE ROLE factdeck_teacher NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
  BEGIN CREATE ROLE factdeck_student NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
END $$)sql",
          "REVOKE ALL ON SCHEMA factdeck FROM PUBLIC",
          "REVOKE ALL ON ALL TABLES IN SCHEMA factdeck FROM PUBLIC",
          "GRANT USAGE ON SCHEMA factdeck TO factdeck_teacher, factdeck_student",
          "GRANT SELECT ON factdeck.schema_version TO factdeck_teacher, factdeck_student",
          // A student reads the assignments and adds events; it cannot read anyone's answers, change or delete.
          "GRANT SELECT ON factdeck.assignments TO factdeck_student",
          "GRANT INSERT (id, assignment, student, question, choice, answer, correct, time, duration_ms) "
          "ON factdeck.events TO factdeck_student",
          // A teacher also adds assignments and reads the class's answers.
          "GRANT SELECT ON factdeck.assignments, factdeck.events TO factdeck_teacher",
          "GRANT INSERT (id, class, title, created, revision, previous, json) ON factdeck.assignments TO factdeck_teacher",
          "GRANT INSERT (id, assignment, student, question, choice, answer, correct, time, duration_ms) "
          "ON factdeck.events TO factdeck_teacher",
      },
      // 2: rows per class. A teacher enrols student logins in a class (`class enrol`); a class with enrolled logins
      // is read by those logins only, and only they add answers to its assignments. A class with none stays open to
      // every student login, as in version 1 (a login per classroom machine). Row-level security does it, with the
      // membership read by a SECURITY DEFINER function, so a student never reads the list itself.
      {
          R"sql(CREATE TABLE factdeck.class_members (
  class    text NOT NULL,
  login    name NOT NULL,
  added_by name NOT NULL DEFAULT session_user,
  PRIMARY KEY (class, login)))sql",
          "CREATE TRIGGER class_members_immutable BEFORE UPDATE OR DELETE ON factdeck.class_members FOR EACH ROW "
          "EXECUTE FUNCTION factdeck.refuse_change()",
          "REVOKE ALL ON factdeck.class_members FROM PUBLIC",
          "GRANT SELECT, INSERT (class, login) ON factdeck.class_members TO factdeck_teacher",
          R"sql(CREATE FUNCTION factdeck.may_read_class(c text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM factdeck.class_members m WHERE m.class = c)
      OR EXISTS (SELECT 1 FROM factdeck.class_members m WHERE m.class = c AND m.login = session_user)
$$)sql",
          // An answer to an assignment the server lacks passes here, for the foreign key to name what is missing.
          R"sql(CREATE FUNCTION factdeck.may_answer(a text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT factdeck.may_read_class(x.class) FROM factdeck.assignments x WHERE x.id = a), true)
$$)sql",
          "REVOKE ALL ON FUNCTION factdeck.may_read_class(text), factdeck.may_answer(text) FROM PUBLIC",
          "GRANT EXECUTE ON FUNCTION factdeck.may_read_class(text), factdeck.may_answer(text) TO factdeck_teacher, "
          "factdeck_student",
          "ALTER TABLE factdeck.assignments ENABLE ROW LEVEL SECURITY",
          "CREATE POLICY teacher_assignments ON factdeck.assignments TO factdeck_teacher USING (true) WITH CHECK (true)",
          "CREATE POLICY student_assignments ON factdeck.assignments FOR SELECT TO factdeck_student "
          "USING (factdeck.may_read_class(class))",
          "ALTER TABLE factdeck.events ENABLE ROW LEVEL SECURITY",
          "CREATE POLICY teacher_events ON factdeck.events TO factdeck_teacher USING (true) WITH CHECK (true)",
          "CREATE POLICY student_events ON factdeck.events FOR INSERT TO factdeck_student "
          "WITH CHECK (factdeck.may_answer(assignment))",
      },
  };
  return m;
}

SchemaStep schema_step(int server_version, int known) {
  if (server_version == 0) return SchemaStep::Create;
  if (server_version < known) return SchemaStep::Migrate;
  if (server_version == known) return SchemaStep::Current;
  return SchemaStep::TooNew;
}

std::string schema_problem(int server_version, int known, const std::string& where) {
  const std::string v = std::to_string(server_version), k = std::to_string(known);
  switch (schema_step(server_version, known)) {
    case SchemaStep::Create:
      return "the class server " + where + " has no Factdeck class schema yet; its admin runs `factdeck class server-init --db URL`";
    case SchemaStep::Migrate:
      return "the class server " + where + " has class schema " + v + ", older than this program's " + k +
             "; its admin runs `factdeck class server-init --db URL` to migrate it";
    case SchemaStep::TooNew:
      return "the class server " + where + " has class schema " + v + ", newer than this program knows (" + k +
             "); update Factdeck. Nothing was written";
    case SchemaStep::Current:
      break;
  }
  return "";
}

bool text_array(const std::vector<std::string>& items, std::string& out) {
  std::string s = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) s += ',';
    s += '"';
    for (char c : items[i]) {
      if (c == '\0') return false;
      if (c == '"' || c == '\\') s += '\\';
      s += c;
    }
    s += '"';
  }
  out = s + "}";
  return true;
}

std::string int_array(const std::vector<long long>& items) {
  std::string s = "{";
  for (std::size_t i = 0; i < items.size(); ++i) s += (i ? "," : "") + std::to_string(items[i]);
  return s + "}";
}

std::string bool_array(const std::vector<bool>& items) {
  std::string s = "{";
  for (std::size_t i = 0; i < items.size(); ++i) s += std::string(i ? "," : "") + (items[i] ? "t" : "f");
  return s + "}";
}

namespace {

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
bool is_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 9;
    if (n == 9 || i + n >= s.size()) return false;  // a byte that starts nothing, or a sequence cut short
    std::uint32_t cp = n == 0 ? c : n == 1 ? c & 0x1F : n == 2 ? c & 0x0F : c & 0x07;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b >> 6) != 0x2) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    const std::uint32_t least[] = {0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

}  // namespace

}  // namespace factdeck::server_detail

namespace factdeck {

std::string server_refusal(const AnswerEvent& e) {
  for (const std::string* t : {&e.id, &e.assignment, &e.student, &e.question, &e.answer}) {
    if (t->find('\0') != std::string::npos) return "it holds a NUL byte, which PostgreSQL text cannot";
    if (!server_detail::is_utf8(*t)) return "it holds bytes that are not UTF-8, which the server's text cannot";
  }
  return "";
}

}  // namespace factdeck

namespace factdeck::server_detail {

Status event_arrays(const std::vector<AnswerEvent>& events, std::vector<std::string>& out) {
  std::vector<std::vector<std::string>> texts(5);  // id, assignment, student, question, answer
  std::vector<long long> choice, time, duration;
  std::vector<bool> correct;
  for (const AnswerEvent& e : events) {
    texts[0].push_back(e.id);
    texts[1].push_back(e.assignment);
    texts[2].push_back(e.student);
    texts[3].push_back(e.question);
    texts[4].push_back(e.answer);
    choice.push_back(e.choice);
    correct.push_back(e.correct);
    time.push_back(e.time);
    duration.push_back(e.duration_ms);
  }
  for (const AnswerEvent& e : events)
    if (std::string why = server_refusal(e); !why.empty())
      return Status::Error("answer " + e.id + " cannot go to the server: " + why + "; carry it in a bundle instead");
  std::vector<std::string> arrays(5);
  for (std::size_t i = 0; i < 5; ++i) text_array(texts[i], arrays[i]);
  out = {arrays[0], arrays[1], arrays[2], arrays[3], int_array(choice), arrays[4], bool_array(correct), int_array(time),
         int_array(duration)};
  return Status::Ok();
}

namespace {

// A span [begin, end) of the connection string that holds a password, and its value as libpq reads it.
struct Secret {
  std::size_t begin = 0, end = 0;
  std::string value;
};

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// postgresql://user:PASSWORD@host/db?password=PASSWORD&...: the user's part ends at the first '@' before any '/'.
std::vector<Secret> uri_secrets(const std::string& url, std::size_t after_scheme) {
  std::vector<Secret> out;
  const std::size_t stop = url.find_first_of("@/?", after_scheme);
  if (stop != std::string::npos && url[stop] == '@') {
    const std::size_t colon = url.find(':', after_scheme);
    if (colon != std::string::npos && colon < stop) out.push_back({colon + 1, stop, percent_decode(url.substr(colon + 1, stop - colon - 1))});
  }
  std::size_t q = url.find('?', after_scheme);
  while (q != std::string::npos) {
    const std::size_t key = q + 1, amp = url.find('&', key);
    const std::size_t end = amp == std::string::npos ? url.size() : amp;
    const std::size_t eq = url.find('=', key);
    if (eq != std::string::npos && eq < end && percent_decode(url.substr(key, eq - key)) == "password")
      out.push_back({eq + 1, end, percent_decode(url.substr(eq + 1, end - eq - 1))});
    q = amp;
  }
  return out;
}

// key = value words; a value is bare (to the next space) or in single quotes with \' and \\ escaped.
std::vector<Secret> keyword_secrets(const std::string& s) {
  std::vector<Secret> out;
  std::size_t i = 0;
  auto space = [&] { while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i; };
  while (true) {
    space();
    const std::size_t key = i;
    while (i < s.size() && s[i] != '=' && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const std::string name = s.substr(key, i - key);
    space();
    if (i >= s.size() || s[i] != '=') return out;
    ++i;
    space();
    Secret v;
    v.begin = i;
    if (i < s.size() && s[i] == '\'') {
      for (++i; i < s.size() && s[i] != '\''; ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        v.value += s[i];
      }
      if (i < s.size()) ++i;
    } else {
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        v.value += s[i++];
      }
    }
    v.end = i;
    if (name == "password") out.push_back(v);
    if (v.begin == v.end && i >= s.size()) return out;
  }
}

std::vector<Secret> secrets(const std::string& url) {
  for (const char* scheme : {"postgresql://", "postgres://"})
    if (url.rfind(scheme, 0) == 0) return uri_secrets(url, std::string(scheme).size());
  return keyword_secrets(url);
}

void replace_all(std::string& s, const std::string& what, const std::string& with) {
  if (what.empty()) return;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size())) s.replace(at, what.size(), with);
}

}  // namespace

std::string redact_url(const std::string& url) {
  std::string out = url;
  const std::vector<Secret> found = secrets(url);
  for (auto it = found.rbegin(); it != found.rend(); ++it) out.replace(it->begin, it->end - it->begin, "***");
  return out;
}

std::string scrub(const std::string& message, const std::string& url) {
  std::string out = message;
  replace_all(out, url, redact_url(url));
  for (const Secret& s : secrets(url)) {
    replace_all(out, url.substr(s.begin, s.end - s.begin), "***");
    replace_all(out, s.value, "***");
  }
  return out;
}

}  // namespace factdeck::server_detail
