// Reading the class files' JSON with a message that says where: "FILE:LINE:COL" for syntax, "FILE: a.b[2].c" for a field.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "factdeck/status.h"

namespace factdeck::class_detail {

using Json = nlohmann::ordered_json;

// Parses `text`; a syntax error is reported as "WHERE:LINE:COL: not valid JSON (...)".
Status parse_json(const std::string& text, const std::string& where, Json& out);

// Parses a class file and checks its "format" is `format` and its "version" at most `newest`; `name` says what the
// file should be ("a Factdeck class bundle") in the message.
Status read_header(const std::string& text, const std::string& where, const char* format, const char* name, int newest,
                   Json& out);

// Reads the fields of one JSON object; the first problem is kept, with the path of the field, and later reads
// do nothing. `path` names the object ("events[3]"); "" for the root.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string path, std::string* error);
  bool ok() const { return error_->empty(); }
  std::string text(const char* key);
  std::int64_t integer(const char* key, std::int64_t lo, std::int64_t hi);
  double number(const char* key);
  bool boolean(const char* key);
  std::vector<std::string> texts(const char* key);
  std::vector<int> integers(const char* key);
  const Json* child(const char* key, bool optional = false);  // any value; missing is an error unless optional
  std::string path(const char* key) const;
  void fail(const std::string& key_path, const std::string& what);

 private:
  const Json* get(const char* key);
  template <class T, class Fits, class Read>
  std::vector<T> list(const char* key, const char* what, Fits fits, Read read);
  const Json& object_;
  std::string path_;
  std::string* error_;
};

}  // namespace factdeck::class_detail
