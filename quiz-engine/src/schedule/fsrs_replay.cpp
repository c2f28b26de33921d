// Reading and replaying review histories for `factdeck fsrs replay` (moved out of the command so it can be fuzzed).
#include "factdeck/fsrs_replay.h"

#include <charconv>
#include <cmath>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "factdeck/rng.h"

namespace factdeck {
namespace {

using nlohmann::json;

// A whole number that fits an int, whether JSON wrote it as 3 or 3.0.
std::optional<int> as_int(const json& j) {
  if (!j.is_number()) return std::nullopt;
  const double d = j.get<double>();
  if (!std::isfinite(d) || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0) return std::nullopt;
  return static_cast<int>(d);
}

// One step as minutes: 10 (minutes) or "10m", "2h", "1d" (ts-fsrs' notation).
std::optional<int> step_minutes(const json& j) {
  if (j.is_number()) return as_int(j);
  if (!j.is_string()) return std::nullopt;
  const std::string s = j.get<std::string>();
  if (s.size() < 2 || s.size() > 9) return std::nullopt;
  long value = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    value = value * 10 + (s[i] - '0');
  }
  const char unit = s.back();
  const long factor = unit == 'm' ? 1 : unit == 'h' ? 60 : unit == 'd' ? 1440 : 0;
  if (factor == 0 || value * factor > 2147483647L) return std::nullopt;
  return static_cast<int>(value * factor);
}

bool read_steps(const json& doc, const char* key, std::vector<int>& out, std::string& err) {
  if (!doc.contains(key)) return true;
  const json& j = doc.at(key);
  if (!j.is_array()) {
    err = std::string("\"") + key + "\" must be an array of steps such as [\"1m\", \"10m\"] or [1, 10]";
    return false;
  }
  out.clear();
  for (std::size_t i = 0; i < j.size(); ++i) {
    const auto m = step_minutes(j[i]);
    if (!m || *m < 0) {
      err = std::string(key) + "[" + std::to_string(i) + "]: " + j[i].dump() +
            " is not a step (minutes, or \"Nm\", \"Nh\", \"Nd\")";
      return false;
    }
    out.push_back(*m);
  }
  return true;
}

// Reads and checks one history; on failure `err` names the field.
std::optional<ReplayInput> read_input(const json& doc, std::string& err) {
  if (!doc.is_object()) {
    err = "the input must be a JSON object with a \"reviews\" array";
    return std::nullopt;
  }
  ReplayInput in;
  FsrsConfig& c = in.config;
  if (doc.contains("retention")) {
    const json& r = doc.at("retention");
    if (!r.is_number() || !(r.get<double>() > 0 && r.get<double>() <= 1)) {
      err = "\"retention\" must be a number in (0, 1], got " + r.dump();
      return std::nullopt;
    }
    c.desired_retention = r.get<double>();
  }
  if (doc.contains("short_term")) {
    if (!doc.at("short_term").is_boolean()) {
      err = "\"short_term\" must be true or false";
      return std::nullopt;
    }
    c.enable_short_term = doc.at("short_term").get<bool>();
  }
  if (doc.contains("enable_fuzz")) {
    if (!doc.at("enable_fuzz").is_boolean()) {
      err = "\"enable_fuzz\" must be true or false";
      return std::nullopt;
    }
    c.enable_fuzz = doc.at("enable_fuzz").get<bool>();
  }
  if (doc.contains("maximum_interval")) {
    const auto m = as_int(doc.at("maximum_interval"));
    if (!m || *m < 1) {
      err = "\"maximum_interval\" must be a whole number of days, at least 1";
      return std::nullopt;
    }
    c.maximum_interval = *m;
  }
  if (!read_steps(doc, "learning_steps", c.learning_steps_minutes, err) ||
      !read_steps(doc, "relearning_steps", c.relearning_steps_minutes, err))
    return std::nullopt;
  if (doc.contains("w")) {
    const json& w = doc.at("w");
    if (!w.is_array() || w.size() != c.w.size()) {
      err = "\"w\" must be an array of 21 weights";
      return std::nullopt;
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (!w[i].is_number() || !std::isfinite(w[i].get<double>())) {
        err = "w[" + std::to_string(i) + "] must be a finite number";
        return std::nullopt;
      }
      c.w[i] = w[i].get<double>();
    }
  }
  if (doc.contains("card")) {
    if (!doc.at("card").is_string()) {
      err = "\"card\" must be a string";
      return std::nullopt;
    }
    in.card_key = doc.at("card").get<std::string>();
  }
  if (!doc.contains("reviews") || !doc.at("reviews").is_array()) {
    err = "\"reviews\" must be an array of {\"t\": ISO time, \"rating\": 1-4}";
    return std::nullopt;
  }
  const json& reviews = doc.at("reviews");
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    const json& r = reviews[i];
    const std::string where = "reviews[" + std::to_string(i) + "]";
    if (!r.is_object()) {
      err = where + " must be an object {\"t\": ISO time, \"rating\": 1-4}";
      return std::nullopt;
    }
    ReplayReview rev;
    const auto t = r.contains("t") && r.at("t").is_string() ? parse_iso8601(r.at("t").get<std::string>())
                                                             : std::nullopt;
    if (!t) {
      err = where + ".t must be an ISO 8601 time such as \"2024-01-01T10:00:00Z\"";
      return std::nullopt;
    }
    rev.t = *t;
    const auto g = r.contains("rating") ? as_int(r.at("rating")) : std::nullopt;
    if (!g || *g < 1 || *g > 4) {
      err = where + ".rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)";
      return std::nullopt;
    }
    rev.rating = static_cast<Rating>(*g);
    if (r.contains("fuzz")) {
      const json& f = r.at("fuzz");
      if (!f.is_number() || !(f.get<double>() >= 0 && f.get<double>() < 1)) {
        err = where + ".fuzz must be a number in [0, 1)";
        return std::nullopt;
      }
      rev.fuzz = f.get<double>();
    }
    if (r.contains("options")) {
      const auto k = as_int(r.at("options"));
      if (!k || *k < 0 || *k > 1000) {
        err = where + ".options must be a whole number of options, 0 for a typed answer";
        return std::nullopt;
      }
      rev.options = *k;
    }
    if (r.contains("type")) {
      if (!r.at("type").is_string()) {
        err = where + ".type must be a string such as \"mcq\"";
        return std::nullopt;
      }
      rev.type = r.at("type").get<std::string>();
    }
    // The reference refuses a review on an earlier day than the one before; so does replay.
    if (!in.reviews.empty() && elapsed_days_utc(in.reviews.back().t, rev.t) < 0) {
      err = where + ".t is on an earlier day than the review before it";
      return std::nullopt;
    }
    in.reviews.push_back(rev);
  }
  return in;
}

}  // namespace

// The card after each review, in order.
std::vector<SchedulingResult> replay(const ReplayInput& in) {
  std::vector<SchedulingResult> out;
  out.reserve(in.reviews.size());
  const std::uint64_t card_hash = stable_hash(in.card_key);
  const FsrsScheduler scheduler(in.config);
  CardMemory card;
  for (const ReplayReview& r : in.reviews) {
    const int t = card.last_review ? elapsed_days_utc(*card.last_review, r.t) : 0;
    const double fuzz = r.fuzz ? *r.fuzz : fuzz_number(card_hash, card.reps);
    out.push_back(scheduler.next(card, r.rating, r.t, t, fuzz));
    card = out.back().card;
  }
  return out;
}

namespace {

// The shortest text that reads back as the same double (what JavaScript prints, too).
void append_number(std::string& out, double x) {
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, x);
  out.append(buf, res.ptr);
}

// One review as a JSON object, written by hand: the batch mode prints hundreds of thousands and a
// JSON library's object building is most of the time under the sanitizers.
void append_review(std::string& out, const SchedulingResult& r) {
  const CardMemory& c = r.card;
  out += "{\"state\":\"";
  out += card_state_name(c.state);
  out += "\",\"stability\":";
  append_number(out, c.stability);
  out += ",\"difficulty\":";
  append_number(out, c.difficulty);
  out += ",\"elapsed_days\":" + std::to_string(r.elapsed_days);
  out += ",\"scheduled_days\":" + std::to_string(c.scheduled_days);
  out += ",\"due\":\"" + format_iso8601(c.due) + "\"";
  out += ",\"retrievability\":";
  if (r.retrievability)
    append_number(out, *r.retrievability);
  else
    out += "null";
  out += ",\"step\":" + std::to_string(c.step);
  out += ",\"reps\":" + std::to_string(c.reps);
  out += ",\"lapses\":" + std::to_string(c.lapses) + "}";
}

// Parses one document; false with a message that says where the JSON went wrong.
bool parse_json(const std::string& text, json& doc, std::string& err) {
  try {
    doc = json::parse(text);
    return true;
  } catch (const json::parse_error& e) {
    err = "invalid JSON at byte " + std::to_string(e.byte) + ": " + e.what();
  } catch (const std::exception& e) {
    err = std::string("invalid JSON: ") + e.what();
  }
  return false;
}

}  // namespace

std::optional<ReplayInput> parse_replay_input(std::string_view json_text, std::string& error) {
  json doc;
  if (!parse_json(std::string(json_text), doc, error)) return std::nullopt;
  try {
    return read_input(doc, error);
  } catch (const std::exception& e) {  // the checks above make this unreachable; never let it escape
    error = std::string("invalid input: ") + e.what();
    return std::nullopt;
  }
}

std::string render_replay(const std::vector<SchedulingResult>& results, bool batch) {
  std::string text;
  if (batch) text += "[";
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (batch && i > 0) text += ",";
    append_review(text, results[i]);
    if (!batch) text += "\n";
  }
  if (batch) text += "]\n";
  return text;
}

}  // namespace factdeck
