// The terminal study's text: reading an answer line (with its rating override), wrapping, local times.
#include "cli/study_text.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>

namespace factdeck::cli::study_text {
namespace {

// Numbers separated by spaces or commas ("2 1 3", "2,1,3"), each 1..n, as 0-based indices.
std::optional<std::vector<int>> parse_sequence(const std::string& line, std::size_t n) {
  std::string s = line;
  for (char& c : s)
    if (c == ',') c = ' ';
  std::istringstream in(s);
  std::vector<int> out;
  std::string tok;
  while (in >> tok) {
    auto v = parse_int(tok);
    if (!v || *v < 1 || static_cast<std::size_t>(*v) > n) return std::nullopt;
    out.push_back(*v - 1);
  }
  if (out.size() != n) return std::nullopt;
  return out;
}

// Match answers: a letter per left item in order ("b a c" or "bac"), or numbered pairs ("1b 2a 3c").
std::optional<std::vector<int>> parse_pairs(const std::string& line, std::size_t left, std::size_t right) {
  std::vector<int> out(left, -1);
  std::string s = lower(line);
  for (char& c : s)
    if (c == ',') c = ' ';
  std::istringstream in(s);
  std::string tok;
  std::size_t next = 0;
  while (in >> tok) {
    std::size_t i = 0;
    int index = -1;
    while (i < tok.size() && tok[i] >= '0' && tok[i] <= '9') index = (index < 0 ? 0 : index * 10) + (tok[i++] - '0');
    for (; i < tok.size(); ++i) {
      const int letter = tok[i] - 'a';
      if (letter < 0 || static_cast<std::size_t>(letter) >= right) return std::nullopt;
      const std::size_t slot = index > 0 ? static_cast<std::size_t>(index - 1) : next++;
      if (slot >= left) return std::nullopt;
      out[slot] = letter;
      index = -1;
    }
  }
  for (int v : out)
    if (v < 0) return std::nullopt;
  return out;
}

std::size_t columns(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // one column a UTF-8 character
  return n;
}

}  // namespace

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::optional<int> parse_int(const std::string& s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

AnswerLine split_rating(const std::string& line) {
  AnswerLine out{line, std::nullopt};
  const std::size_t eq = line.rfind('=');
  if (eq == std::string::npos) return out;
  const std::string tail = trim(line.substr(eq + 1));
  const std::optional<int> r = parse_int(tail);
  if (!r || *r < 1 || *r > 4) return out;
  if (eq > 0 && line[eq - 1] != ' ') return out;  // "a=1" is an answer, not an override
  out.answer = trim(line.substr(0, eq));
  out.rating = *r;
  return out;
}

std::string answer_hint(const Question& q) {
  switch (q.type) {
    case QuestionType::TrueFalse: return "t/f (or 1 true, 2 false)";
    case QuestionType::Cloze: return "type the answer";
    case QuestionType::Numeric: return q.unit.empty() ? "type the number" : "type the number (" + q.unit + ")";
    case QuestionType::Order: return "item numbers, earliest first";
    case QuestionType::Match: return "a letter for each of 1-" + std::to_string(q.left.size()) + " in order";
    default: return "1-" + std::to_string(q.options.size());
  }
}

std::optional<Response> parse_response(const Question& q, const std::string& line) {
  Response r;
  if (line == "?") {  // "I don't know": an answer that is wrong for every type
    r.choice = -1;
    r.truth = !q.truth;
    r.text = "";
    r.order = {-1};
    r.pairs = {-1};
    return r;
  }
  switch (q.type) {
    case QuestionType::TrueFalse: {
      // As the desktop: t/1 true, f/2 false.
      const std::string l = lower(line);
      if (l == "t" || l == "true" || l == "1") r.truth = true;
      else if (l == "f" || l == "false" || l == "2") r.truth = false;
      else return std::nullopt;
      return r;
    }
    case QuestionType::Cloze:
    case QuestionType::Numeric:
      if (line.empty()) return std::nullopt;
      r.text = line;
      return r;
    case QuestionType::Order: {
      auto v = parse_sequence(line, q.items.size());
      if (!v) return std::nullopt;
      r.order = *v;
      return r;
    }
    case QuestionType::Match: {
      auto v = parse_pairs(line, q.left.size(), q.right.size());
      if (!v) return std::nullopt;
      r.pairs = *v;
      return r;
    }
    default: {
      auto v = parse_int(line);
      if (!v || *v < 1 || static_cast<std::size_t>(*v) > q.options.size()) return std::nullopt;
      r.choice = *v - 1;
      return r;
    }
  }
}

std::optional<int> parse_self_rating(const std::string& line) {
  const std::string l = lower(line);
  if (auto v = parse_int(l); v && *v >= 1 && *v <= 4) return *v;
  const char* names[] = {"again", "hard", "good", "easy"};
  for (int i = 0; i < 4; ++i)
    if (l == names[i]) return i + 1;
  return std::nullopt;
}

std::string interval_text(std::int64_t minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  if (minutes < 1440) return std::to_string(minutes / 60) + " h";
  const std::int64_t days = (minutes + 720) / 1440;
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string local_time(UnixSeconds t, int utc_offset_minutes) {
  const std::string iso = format_iso8601(t + static_cast<UnixSeconds>(utc_offset_minutes) * 60);  // YYYY-MM-DDTHH:MM:SSZ
  if (iso.size() < 16) return iso;
  return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

int output_width() {
  winsize ws{};
  if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    const std::optional<int> v = parse_int(c);
    if (v && *v >= 20) return *v;
  }
  return 0;
}

std::string wrap(const std::string& text, int width, int indent) {
  if (width <= indent + 10) return text;
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {  // each input line on its own
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    const std::string line = text.substr(start, nl - start);
    std::size_t col = 0;
    std::istringstream words(line);
    std::string w;
    const std::size_t lead = line.find_first_not_of(' ');
    std::string cur = lead == std::string::npos ? line : line.substr(0, lead);
    col = columns(cur);
    bool first_word = true;
    while (words >> w) {
      const std::size_t wc = columns(w);
      if (!first_word && col + 1 + wc > static_cast<std::size_t>(width)) {
        out += cur + "\n";
        cur = std::string(static_cast<std::size_t>(indent), ' ') + w;
        col = static_cast<std::size_t>(indent) + wc;
      } else {
        cur += (first_word ? "" : " ") + w;
        col += (first_word ? 0 : 1) + wc;
      }
      first_word = false;
    }
    out += cur;
    if (nl < text.size()) out += "\n";
    start = nl + 1;
  }
  return out;
}

}  // namespace factdeck::cli::study_text
