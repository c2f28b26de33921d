// Field readers over toml++ that turn every wrong type, missing field or unknown key into a Diagnostic.
#include "content/toml_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace factdeck::content_detail {
namespace {

const char* type_name(toml::node_type t) {
  switch (t) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true or false";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    default: return "nothing";
  }
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Digits after the decimal point in the shortest form of x (138.7 -> 1, 7 -> 0).
int decimals_of(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", x);
  const char* dot = std::strchr(buf, '.');
  if (!dot || std::strchr(buf, 'e')) return 0;
  return static_cast<int>(std::strlen(dot + 1));
}

}  // namespace

std::string did_you_mean(const std::string& key, std::initializer_list<const char*> allowed) {
  std::string best;
  std::size_t best_d = 3;  // suggest only close names: at most two edits
  for (const char* a : allowed) {
    const std::size_t d = edit_distance(key, a);
    if (d < best_d) {
      best_d = d;
      best = a;
    }
  }
  return best;
}

void Reader::error(const toml::source_region& where, std::string message) {
  error_at(static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), std::move(message));
}

void Reader::error_at(int line, int column, std::string message) {
  diags_.push_back(Diagnostic{Severity::Error, path_, line, column, std::move(message)});
  ++errors_;
}

void Reader::warning(const toml::source_region& where, std::string message) {
  diags_.push_back(Diagnostic{Severity::Warning, path_, static_cast<int>(where.begin.line),
                              static_cast<int>(where.begin.column), std::move(message)});
}

void Reader::check_keys(const toml::table& t, std::initializer_list<const char*> allowed, const char* what) {
  for (auto&& [key, value] : t) {
    const std::string k(key.str());
    const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; });
    if (known) continue;
    std::string msg = "unknown key '" + k + "' in " + what;
    const std::string close = did_you_mean(k, allowed);
    if (!close.empty()) msg += "; did you mean '" + close + "'?";
    error(key.source(), msg);
  }
}

std::optional<std::string> Reader::string(const toml::table& t, const char* key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) error(t.source(), std::string("missing required field '") + key + "'");
    return std::nullopt;
  }
  if (auto v = n->value<std::string>(); v && n->is_string()) {
    if (required && v->find_first_not_of(" \t\r\n") == std::string::npos) {
      error(n->source(), std::string("'") + key + "' must not be empty");
      return std::nullopt;
    }
    return v;
  }
  error(n->source(), std::string("'") + key + "' must be a string, not " + type_name(n->type()));
  return std::nullopt;
}

std::optional<std::int64_t> Reader::integer(const toml::table& t, const char* key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) error(t.source(), std::string("missing required field '") + key + "'");
    return std::nullopt;
  }
  if (n->is_integer()) return n->value<std::int64_t>();
  error(n->source(), std::string("'") + key + "' must be an integer, not " + type_name(n->type()));
  return std::nullopt;
}

std::optional<double> Reader::number(const toml::table& t, const char* key, bool required, int* decimals) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) error(t.source(), std::string("missing required field '") + key + "'");
    return std::nullopt;
  }
  if (n->is_integer() || n->is_floating_point()) {
    const double v = *n->value<double>();
    if (!std::isfinite(v)) {
      error(n->source(), std::string("'") + key + "' must be a finite number");
      return std::nullopt;
    }
    if (decimals) *decimals = n->is_integer() ? 0 : decimals_of(v);
    return v;
  }
  error(n->source(), std::string("'") + key + "' must be a number, not " + type_name(n->type()));
  return std::nullopt;
}

std::optional<toml::date> Reader::date(const toml::table& t, const char* key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) error(t.source(), std::string("missing required field '") + key + "'");
    return std::nullopt;
  }
  if (n->is_date()) return n->value<toml::date>();
  error(n->source(), std::string("'") + key + "' must be a date such as 2024-05-24, not " + type_name(n->type()));
  return std::nullopt;
}

const toml::table* Reader::table(const toml::table& t, const char* key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) error(t.source(), std::string("missing required field '") + key + "'");
    return nullptr;
  }
  if (n->is_table()) return n->as_table();
  error(n->source(), std::string("'") + key + "' must be a table, not " + type_name(n->type()));
  return nullptr;
}

std::optional<std::vector<std::string>> Reader::strings(const toml::table& t, const char* key, bool required,
                                                        bool id_like) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) error(t.source(), std::string("missing required field '") + key + "'");
    return std::nullopt;
  }
  const toml::array* arr = n->as_array();
  if (!arr) {
    error(n->source(), std::string("'") + key + "' must be an array of strings, not " + type_name(n->type()));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (const toml::node& item : *arr) {
    if (!item.is_string()) {
      error(item.source(), std::string("'") + key + "' must hold only strings, not " + type_name(item.type()));
      ok = false;
      continue;
    }
    std::string s = *item.value<std::string>();
    if (id_like && !valid_id(s)) {
      error(item.source(), std::string("'") + s + "' in '" + key + "' must be lower-case letters, digits and '-'");
      ok = false;
      continue;
    }
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
      error(item.source(), std::string("'") + key + "' holds an empty string");
      ok = false;
      continue;
    }
    out.push_back(std::move(s));
  }
  if (!ok) return std::nullopt;
  return out;
}

bool Reader::valid_id(const std::string& id) const {
  if (id.empty() || id.size() > 100) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace factdeck::content_detail
