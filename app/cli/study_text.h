// The terminal study's text: reading an answer line (with its rating override), wrapping, local times.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/session.h"

namespace factdeck::cli::study_text {

std::string trim(const std::string& s);
std::string lower(std::string s);
std::optional<int> parse_int(const std::string& s);

// An answer line: the answer, then optionally " =N" (N 1-4) to store that rating instead of the automatic one.
struct AnswerLine {
  std::string answer;
  std::optional<int> rating;
};
AnswerLine split_rating(const std::string& line);

// The hint shown at the prompt ("1-4", "t/f or 1/2", ...).
std::string answer_hint(const Question& q);
// Reads the response to `q` from `line`; nullopt when the line does not answer this type. "?" is "I don't know".
std::optional<Response> parse_response(const Question& q, const std::string& line);
// A flip card's line: 1-4 (or again/hard/good/easy) as the learner's own rating.
std::optional<int> parse_self_rating(const std::string& line);

// "10 min", "3 h", "1 day", "11 days".
std::string interval_text(std::int64_t minutes);
// "2026-01-05 09:10" in local time (the offset in minutes east of UTC).
std::string local_time(UnixSeconds t, int utc_offset_minutes);

// The width to wrap to: the terminal's when stdout is one, else $COLUMNS, else 0 (no wrapping).
int output_width();
// `text` wrapped to `width` columns (0: as is), continuation lines indented by `indent` spaces.
std::string wrap(const std::string& text, int width, int indent = 0);

}  // namespace factdeck::cli::study_text
