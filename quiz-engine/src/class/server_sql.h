// The class server's pure parts, testable without a server: its schema and migrations, the decision a schema
// version leads to, event columns as PostgreSQL array parameters, and a connection string's password kept out
// of every message.
#pragma once

#include <string>
#include <vector>

#include "factdeck/class.h"

namespace factdeck::server_detail {

// Migration i takes the schema from version i to i + 1: statements run one by one (each through PQexecParams,
// which takes one statement), all in server-init's one transaction. Never edit a released entry: append one.
const std::vector<std::vector<const char*>>& server_migrations();

// What a server whose class schema is at `server_version` (0: none) needs from a program that knows `known`.
enum class SchemaStep { Create, Migrate, Current, TooNew };
SchemaStep schema_step(int server_version, int known);
// The message a command other than server-init gives when the schema is not `Current`; "" when it is.
std::string schema_problem(int server_version, int known, const std::string& where);

// A PostgreSQL array literal: {"a","b\"c"}, each element quoted, '"' and '\' escaped. Text cannot hold a NUL byte
// in PostgreSQL: false (and `out` untouched) when an item has one.
bool text_array(const std::vector<std::string>& items, std::string& out);
std::string int_array(const std::vector<long long>& items);
std::string bool_array(const std::vector<bool>& items);

// The nine parameters of an event insert ($1 ids ... $9 durations), each an array literal; an error naming the event
// when one of its texts holds a NUL byte.
Status event_arrays(const std::vector<AnswerEvent>& events, std::vector<std::string>& out);

// The connection string (key=value words or a postgresql:// URI) with its password, if any, replaced by "***".
std::string redact_url(const std::string& url);
// `message` (from libpq or the server) with the URL's password replaced wherever it appears, raw or decoded.
std::string scrub(const std::string& message, const std::string& url);

}  // namespace factdeck::server_detail
