// Errors as values: Status for operations, Diagnostic for problems found in content files.
#pragma once

#include <string>
#include <utility>

namespace factdeck {

// The outcome of an operation that can fail. Cheap to copy; ok() means no message.
class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

// Note: information that is no problem (a user's copy of an article replacing the bundled one).
enum class Severity { Error, Warning, Note };

// One problem in a content file, with the place an author must look.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;  // path as given to the loader
  int line = 0;      // 1-based; 0 when the problem is about the whole file
  int column = 0;    // 1-based; 0 when unknown
  std::string message;

  // "file:line:col: error: message", the form compilers use, so editors can jump to it.
  std::string to_string() const;
};

}  // namespace factdeck
