// Reading the class files' JSON with a message that says where (see json_fields.h).
#include "class/json_fields.h"

#include <cmath>

namespace factdeck::class_detail {

Status parse_json(const std::string& text, const std::string& where, Json& out) {
  try {
    out = Json::parse(text);
  } catch (const Json::parse_error& e) {
    // The byte offset as line and column, the form editors jump to.
    std::size_t line = 1, col = 1;
    const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string what = e.what();
    if (const auto p = what.find("syntax error"); p != std::string::npos) what = what.substr(p);
    return Status::Error(where + ":" + std::to_string(line) + ":" + std::to_string(col) + ": not valid JSON (" + what + ")");
  }
  if (!out.is_object()) return Status::Error(where + ": a JSON object was expected");
  return Status::Ok();
}

FieldReader::FieldReader(const Json& object, std::string path, std::string* error)
    : object_(object), path_(std::move(path)), error_(error) {}

std::string FieldReader::path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

void FieldReader::fail(const std::string& key_path, const std::string& what) {
  if (error_->empty()) *error_ = key_path + ": " + what;
}

const Json* FieldReader::get(const char* key) {
  if (!ok()) return nullptr;
  const auto it = object_.find(key);
  if (it == object_.end()) {
    fail(path(key), "missing");
    return nullptr;
  }
  return &*it;
}

const Json* FieldReader::child(const char* key, bool optional) {
  if (optional && !object_.contains(key)) return nullptr;
  return get(key);
}

std::string FieldReader::text(const char* key) {
  const Json* v = get(key);
  if (!v) return "";
  if (!v->is_string()) {
    fail(path(key), "a string was expected");
    return "";
  }
  return v->get<std::string>();
}

std::int64_t FieldReader::integer(const char* key, std::int64_t lo, std::int64_t hi) {
  const Json* v = get(key);
  if (!v) return lo;
  if (!v->is_number_integer()) {
    fail(path(key), "a whole number was expected");
    return lo;
  }
  // A number past int64 is stored unsigned (and would not fit): out of range as well.
  const bool too_big = v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(hi);
  const std::int64_t n = too_big ? hi : v->get<std::int64_t>();
  if (too_big || n < lo || n > hi) {
    fail(path(key), "out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
    return lo;
  }
  return n;
}

double FieldReader::number(const char* key) {
  const Json* v = get(key);
  if (!v) return 0;
  if (!v->is_number() || !std::isfinite(v->get<double>())) {
    fail(path(key), "a number was expected");
    return 0;
  }
  return v->get<double>();
}

bool FieldReader::boolean(const char* key) {
  const Json* v = get(key);
  if (!v) return false;
  if (!v->is_boolean()) {
    fail(path(key), "true or false was expected");
    return false;
  }
  return v->get<bool>();
}

// A list whose every element `fits`, read with `read`; `what` names the element for the message.
template <class T, class Fits, class Read>
std::vector<T> FieldReader::list(const char* key, const char* what, Fits fits, Read read) {
  std::vector<T> out;
  const Json* v = get(key);
  if (!v) return out;
  if (!v->is_array()) {
    fail(path(key), std::string("a list of ") + what + "s was expected");
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    if (!fits((*v)[i])) {
      fail(path(key) + "[" + std::to_string(i) + "]", std::string("a ") + what + " was expected");
      return {};
    }
    out.push_back(read((*v)[i]));
  }
  return out;
}

std::vector<std::string> FieldReader::texts(const char* key) {
  return list<std::string>(key, "string", [](const Json& e) { return e.is_string(); },
                           [](const Json& e) { return e.get<std::string>(); });
}

std::vector<int> FieldReader::integers(const char* key) {
  return list<int>(key, "whole number from -1 to 1000",
                   [](const Json& e) { return e.is_number_integer() && e.get<std::int64_t>() >= -1 && e.get<std::int64_t>() <= 1000; },
                   [](const Json& e) { return e.get<int>(); });
}

Status read_header(const std::string& text, const std::string& where, const char* format, const char* name, int newest,
                   Json& out) {
  if (Status st = parse_json(text, where, out); !st.ok()) return st;
  std::string error;
  FieldReader r(out, "", &error);
  const std::string got = r.text("format");
  if (error.empty() && got != format)
    return Status::Error(where + ": format: '" + got + "' is not " + name + " (" + format + ")");
  const auto version = r.integer("version", 1, 1000000);
  if (error.empty() && version > newest)
    return Status::Error(where + ": version " + std::to_string(version) + " was written by a newer Factdeck (this one reads " +
                         std::to_string(newest) + "); update Factdeck");
  if (!error.empty()) return Status::Error(where + ": " + error);
  return Status::Ok();
}

}  // namespace factdeck::class_detail
