// `factdeck study --terminal`: a review session in the terminal, one answer a line (scriptable, piped).
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <sstream>
#include <string>

#include "cli/command.h"
#include "factdeck/backup.h"
#include "factdeck/content.h"
#include "factdeck/session.h"
#include "factdeck/store.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage = "study --terminal [--new N] [--limit N]";

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

// "10 min", "3 h", "1 day", "11 days".
std::string interval_text(std::int64_t minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  if (minutes < 1440) return std::to_string(minutes / 60) + " h";
  const std::int64_t days = (minutes + 720) / 1440;
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

const char* rating_name(Rating r) {
  switch (r) {
    case Rating::Again: return "Again";
    case Rating::Hard: return "Hard";
    case Rating::Good: return "Good";
    case Rating::Easy: return "Easy";
  }
  return "Good";
}

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

void print_question(const Prompt& p, int number) {
  const Question& q = p.question;
  std::cout << "\n[" << number << "] " << type_name(q.type) << " · "
            << card_state_name(static_cast<CardState>(p.card.state)) << " · " << p.card.article << "/" << p.card.fact
            << (p.card.direction == 1 ? " (reverse)" : "") << "\n"
            << q.prompt << "\n";
  for (std::size_t i = 0; i < q.options.size(); ++i) std::cout << "  " << i + 1 << ") " << q.options[i] << "\n";
  for (std::size_t i = 0; i < q.items.size(); ++i) std::cout << "  " << i + 1 << ") " << q.items[i] << "\n";
  for (std::size_t i = 0; i < q.left.size(); ++i) std::cout << "  " << i + 1 << ") " << q.left[i] << "\n";
  for (std::size_t i = 0; i < q.right.size(); ++i)
    std::cout << "  " << static_cast<char>('a' + i) << ") " << q.right[i] << "\n";
}

std::string answer_hint(const Question& q) {
  switch (q.type) {
    case QuestionType::TrueFalse: return "t/f";
    case QuestionType::Cloze: return "type the answer";
    case QuestionType::Numeric: return q.unit.empty() ? "type the number" : "type the number (" + q.unit + ")";
    case QuestionType::Order: return "item numbers, earliest first";
    case QuestionType::Match: return "a letter for each of 1-" + std::to_string(q.left.size()) + " in order";
    default: return "1-" + std::to_string(q.options.size());
  }
}

// Reads the response to `q` from `line`; nullopt when the line does not answer this type.
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
      const std::string l = lower(line);
      if (l == "t" || l == "true") r.truth = true;
      else if (l == "f" || l == "false") r.truth = false;
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

void print_feedback(const Prompt& p, const Outcome& o) {
  const Question& q = p.question;
  std::cout << "\n";
  if (o.correct) std::cout << (o.typo ? "Right (with a typo): " : "Right: ") << q.answer_text << "\n";
  else std::cout << "Wrong. The answer: " << q.answer_text << "\n";
  if (!q.sentence.empty()) std::cout << "  \"" << q.sentence << "\"\n";
  if (!q.note.empty()) std::cout << "  Note: " << q.note << "\n";
  if (!q.original.empty()) std::cout << "  Original name: " << q.original << "\n";
}

void print_rating(const Outcome& o, bool overridden) {
  const SchedulingResult& r = o.options[static_cast<std::size_t>(o.rating) - 1];
  std::cout << "Rated " << rating_name(o.rating) << (overridden ? " (override)" : "") << ": "
            << card_state_name(r.card.state) << ", next in " << interval_text(r.interval_minutes) << " (due "
            << format_iso8601(r.card.due) << ")\n";
}

struct Summary {
  int answers = 0;
  int right = 0;
  int fresh = 0;
};

class TerminalStudy {
 public:
  TerminalStudy(StudySession& session, Store& store, const CommonOptions& common, int limit)
      : session_(session), store_(store), common_(common), limit_(limit), interactive_(isatty(0) != 0) {}

  int run() {
    while (limit_ < 0 || summary_.answers < limit_) {
      const std::optional<Prompt> prompt = session_.next(common_.clock());
      if (!prompt) break;
      const Step step = ask(*prompt);
      if (step == Step::Error) return 1;
      if (step == Step::Quit) break;
    }
    print_summary();
    return 0;
  }

 private:
  enum class Step { Next, Quit, Error };

  // Reads one line; false at end of input, which ends the session (earlier answers are saved).
  bool read_line(const std::string& hint, std::string& line) {
    std::cout << hint << "> " << std::flush;
    if (!std::getline(std::cin, line)) {
      std::cout << "\n";
      return false;
    }
    line = trim(line);
    // Piped input is not echoed by a terminal: echo it so a transcript reads like a session.
    if (!interactive_) std::cout << line << "\n";
    return true;
  }

  Step ask(const Prompt& p) {
    print_question(p, ++shown_);
    const auto started = std::chrono::steady_clock::now();
    std::optional<Response> response;
    while (!response) {
      std::string line;
      if (!read_line(answer_hint(p.question), line) || line == ":q") return Step::Quit;
      if (line == ":u") return undo() ? Step::Next : Step::Error;
      if (line == ":s") {
        Status st = session_.suspend(p.card.id, true);
        std::cout << (st.ok() ? "Suspended; it will not come up until unsuspended.\n" : st.message() + "\n");
        return Step::Next;
      }
      response = parse_response(p.question, line);
      if (!response) std::cout << "Please answer with " << answer_hint(p.question) << " (? if you don't know, :q to stop).\n";
    }
    // Only a person at a terminal has a response time; piped answers count as normal speed.
    if (interactive_)
      response->response_ms = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                   std::chrono::steady_clock::now() - started)
                                                   .count());
    Outcome outcome;
    Status st = session_.answer(p, *response, common_.clock(), outcome);
    if (!st.ok() && store_.answered_since(p.card)) {
      // A second Factdeck on this folder answered the card first; its answer stands, this one is not kept.
      std::cout << "This card was just answered in another Factdeck (window or terminal); this answer was not "
                   "saved. On to the next.\n";
      return Step::Next;
    }
    if (!st.ok()) {
      std::cerr << "factdeck study: " << st.message() << "\n";
      return Step::Error;
    }
    ++summary_.answers;
    summary_.right += outcome.correct ? 1 : 0;
    summary_.fresh += p.card.state == static_cast<int>(CardState::New) ? 1 : 0;
    print_feedback(p, outcome);
    print_rating(outcome, false);
    std::string line;
    if (!read_line("1-4 overrides (Again, Hard, Good, Easy), Enter keeps " + std::string(rating_name(outcome.rating)), line))
      return Step::Quit;
    if (line == ":u") return undo() ? Step::Next : Step::Error;
    const std::optional<int> r = parse_int(line);
    if (r && *r >= 1 && *r <= 4 && static_cast<Rating>(*r) != outcome.rating) {
      st = session_.override_rating(p, outcome, static_cast<Rating>(*r), common_.clock());
      if (!st.ok()) {
        std::cerr << "factdeck study: " << st.message() << "\n";
        return Step::Error;
      }
      print_rating(outcome, true);
    }
    return line == ":q" ? Step::Quit : Step::Next;
  }

  bool undo() {
    Status st = session_.undo(common_.clock());
    if (!st.ok()) {
      std::cout << st.message() << "\n";
      return true;  // nothing to undo is not a failure of the session
    }
    // The summary counts what stays on record.
    --summary_.answers;
    std::cout << "Undone; that card comes back now.\n";
    return true;
  }

  void print_summary() {
    const TodayCounts c = session_.counts(common_.clock());
    std::cout << "\nSession over: " << summary_.answers << " answers";
    if (summary_.answers > 0) std::cout << ", " << summary_.right << " right (" << summary_.right * 100 / summary_.answers << "%)";
    std::cout << ", " << summary_.fresh << " new cards.\n"
              << "Left today: " << c.due << " due, " << c.learning << " learning, " << c.fresh << " new.";
    if (c.learning > 0 && c.next_learning) std::cout << " Next step due " << format_iso8601(*c.next_learning) << ".";
    std::cout << "\nStreak: " << c.streak << (c.streak == 1 ? " day" : " days") << ".\n";
  }

  StudySession& session_;
  Store& store_;
  const CommonOptions& common_;
  int limit_;
  bool interactive_;
  int shown_ = 0;
  Summary summary_;
};

int run_study(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  const bool terminal = take_flag(args, "--terminal");
  const auto new_opt = take_option(args, "--new", error);
  const auto limit_opt = take_option(args, "--limit", error);
  std::optional<int> new_per_day, limit;
  if (new_opt && !(new_per_day = parse_int(*new_opt))) error = "--new needs a number of cards";
  if (limit_opt && !(limit = parse_int(*limit_opt))) error = "--limit needs a number of answers";
  if (error.empty() && !args.empty()) error = "unexpected argument '" + args[0] + "'";
  if (error.empty() && !terminal) error = "the review screen is in the desktop app (factdeck); add --terminal to study here";
  if (!error.empty()) {
    std::cerr << "factdeck study: " << error << "\nusage: factdeck " << kUsage << "\n";
    return 2;
  }

  const LoadResult loaded = load_common_content(common);
  if (loaded.has_errors())
    std::cerr << "factdeck study: " << loaded.error_count()
              << " content errors; studying the files that loaded (see factdeck check)\n";
  std::unique_ptr<Store> store;
  Status st = Store::open(Store::default_path(common.data_dir), store);
  if (!st.ok()) {
    std::cerr << "factdeck study: " << st.message() << "\n";
    return 1;
  }
  const UnixSeconds start = common.clock();
  // The daily backup; a failed one is reported but does not stop the session.
  if (Status b = make_backup_if_due(*store, common.data_dir, start, false); !b.ok())
    std::cerr << "factdeck study: " << b.message() << "\n";
  StudySettings settings = load_study_settings(*store);
  settings.utc_offset_minutes = local_utc_offset_minutes(start);
  if (new_per_day) settings.new_per_day = *new_per_day;  // this session only; not saved

  StudySession session(loaded.content, *store, settings);
  st = session.sync_cards(start);
  if (!st.ok()) {
    std::cerr << "factdeck study: " << st.message() << "\n";
    return 1;
  }
  const TodayCounts c = session.counts(start);
  std::cout << "Today: " << c.due << " due, " << c.learning << " learning, " << c.fresh << " new ("
            << c.total_cards << " cards). Answer each question on one line; :u undoes, :s suspends, :q stops.\n";
  TerminalStudy study(session, *store, common, limit ? *limit : -1);
  const int rc = study.run();
  // Quitting after changes backs up the day's work (it replaces today's earlier backup).
  if (Status b = make_backup_if_due(*store, common.data_dir, common.clock(), true); !b.ok())
    std::cerr << "factdeck study: " << b.message() << "\n";
  return rc;
}

}  // namespace

FACTDECK_COMMAND({"study", kUsage, "a review session in the terminal (answers one a line; pipe-friendly)", run_study});

}  // namespace factdeck::cli
