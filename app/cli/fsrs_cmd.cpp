// `factdeck fsrs replay`: FSRS-6 states for a review history, JSON in and JSON lines out, comparable with ts-fsrs.
//
// Input (stdin), one history:
//   {"reviews":[{"t":"2024-01-01T10:00:00Z","rating":3},...], "retention":0.9,
//    optional: "short_term":true, "maximum_interval":36500, "learning_steps":["1m","10m"],
//              "relearning_steps":["10m"] (minutes as numbers, or "Nm"/"Nh"/"Nd" as ts-fsrs writes them),
//              "w":[21 weights], "enable_fuzz":false, "card":"key for the fuzz seed",
//              per review "fuzz": a number in [0,1) to use instead of the seeded one}
// Output: one JSON line per review, with "state" as ts-fsrs names it ("New", "Learning", "Review",
// "Relearning"), "stability", "difficulty", "elapsed_days", "scheduled_days", "due" (ISO, UTC),
// "retrievability" (R at that review, null for a new card), "step", "reps" and "lapses".
// With --batch, stdin holds one history per line and each output line is the JSON array of that
// history's reviews; the differential test feeds thousands of histories through one process.
// Elapsed days are differences of UTC calendar dates, as the reference computes them.
// Bad input gives a message on stderr (with the byte position for malformed JSON) and exit code 2.
#include <charconv>
#include <cmath>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "factdeck/fsrs.h"
#include "factdeck/rng.h"

namespace factdeck::cli {
namespace {

using nlohmann::json;

struct ReplayReview {
  UnixSeconds t = 0;
  Rating rating = Rating::Good;
  std::optional<double> fuzz;
};

struct ReplayInput {
  FsrsConfig config;
  std::string card_key;
  std::vector<ReplayReview> reviews;
};

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
    // The reference refuses a review on an earlier day than the one before; so does replay.
    if (!in.reviews.empty() && elapsed_days_utc(in.reviews.back().t, rev.t) < 0) {
      err = where + ".t is on an earlier day than the review before it";
      return std::nullopt;
    }
    in.reviews.push_back(rev);
  }
  return in;
}

// The card after each review, in order.
std::vector<SchedulingResult> replay(const ReplayInput& in) {
  std::vector<SchedulingResult> out;
  out.reserve(in.reviews.size());
  const std::uint64_t card_hash = stable_hash(in.card_key);
  CardMemory card;
  for (const ReplayReview& r : in.reviews) {
    const int t = card.last_review ? elapsed_days_utc(*card.last_review, r.t) : 0;
    const double fuzz = r.fuzz ? *r.fuzz : fuzz_number(card_hash, card.reps);
    out.push_back(next_state(card, r.rating, in.config, r.t, t, fuzz));
    card = out.back().card;
  }
  return out;
}

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

std::string render(const std::vector<SchedulingResult>& results, bool batch) {
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

int run_replay(bool batch) {
  const char* who = "factdeck fsrs replay: ";
  if (!batch) {
    const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    json doc;
    std::string err;
    std::optional<ReplayInput> in;
    if (!parse_json(text, doc, err) || !(in = read_input(doc, err))) {
      std::cerr << who << err << "\n";
      return 2;
    }
    std::cout << render(replay(*in), false);
    return 0;
  }
  std::string line;
  for (long n = 1; std::getline(std::cin, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json doc;
    std::string err;
    std::optional<ReplayInput> in;
    if (!parse_json(line, doc, err) || !(in = read_input(doc, err))) {
      std::cout.flush();
      std::cerr << who << "line " << n << ": " << err << "\n";
      return 2;
    }
    std::cout << render(replay(*in), true);
  }
  std::cout.flush();
  return 0;
}

int run_fsrs(const CommonOptions&, const std::vector<std::string>& args) {
  std::vector<std::string> rest = args;
  const bool batch = take_flag(rest, "--batch");
  if (rest.size() != 1 || rest[0] != "replay") {
    std::cerr << "usage: factdeck fsrs replay [--batch] < history.json\n"
                 "  reads {\"reviews\":[{\"t\":\"ISO time\",\"rating\":1-4},...],\"retention\":0.9} and prints\n"
                 "  one JSON line per review (state, stability, difficulty, elapsed_days, scheduled_days,\n"
                 "  due, retrievability); --batch reads one history per line and prints one array per line\n";
    return 2;
  }
  try {
    return run_replay(batch);
  } catch (const std::exception& e) {  // nothing should throw here; if it does, say so and fail cleanly
    std::cerr << "factdeck fsrs replay: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

FACTDECK_COMMAND({"fsrs", "fsrs replay [--batch]", "FSRS-6 states for a review history (JSON in, JSON lines out)",
                  run_fsrs});

}  // namespace factdeck::cli
