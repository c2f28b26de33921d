// Typed, position-aware reading of toml++ tables that records every problem as a Diagnostic.
#pragma once

// Header-only with exceptions off: errors come back as toml::parse_result values.
#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/status.h"

namespace factdeck::content_detail {

// Collects diagnostics for one file and reads fields with the checks every field needs.
class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  const std::string& path() const { return path_; }
  std::vector<Diagnostic>& diagnostics() { return diags_; }
  bool failed() const { return errors_ > 0; }

  void error(const toml::source_region& where, std::string message);
  void error_at(int line, int column, std::string message);
  void warning(const toml::source_region& where, std::string message);

  // Reports keys of `t` that are not in `allowed`, with a "did you mean" when one is close.
  void check_keys(const toml::table& t, std::initializer_list<const char*> allowed, const char* what);

  // Each getter reports a wrong type; a missing required field is reported at the table.
  std::optional<std::string> string(const toml::table& t, const char* key, bool required);
  std::optional<std::int64_t> integer(const toml::table& t, const char* key, bool required);
  std::optional<double> number(const toml::table& t, const char* key, bool required, int* decimals);
  std::optional<toml::date> date(const toml::table& t, const char* key, bool required);
  const toml::table* table(const toml::table& t, const char* key, bool required);
  // An array of strings ([a-z0-9-]+ each when `id_like`).
  std::optional<std::vector<std::string>> strings(const toml::table& t, const char* key, bool required,
                                                  bool id_like = false);

  // [a-z0-9-]+, not empty.
  bool valid_id(const std::string& id) const;

 private:
  std::string path_;
  std::vector<Diagnostic> diags_;
  int errors_ = 0;
};

std::string did_you_mean(const std::string& key, std::initializer_list<const char*> allowed);

}  // namespace factdeck::content_detail
