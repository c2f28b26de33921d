// `factdeck study --terminal`: a review session in the terminal, one answer a line (scriptable, piped).
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "factdeck/backup.h"
#include "factdeck/content.h"
#include "factdeck/exam.h"
#include "factdeck/session.h"
#include "factdeck/store.h"
#include "cli/study_exam.h"
#include "cli/study_text.h"

namespace factdeck::cli {
namespace {

constexpr const char* kUsage =
    "study --terminal [--new N] [--limit N] [--focus ID,..] [--article ID] [--more-new N] [--ahead DAYS] "
    "[--exam YYYY-MM-DD|none [--minutes M] [--articles ID,..] [--retention R]]";
constexpr const char* kSummary =
    "a review session in the terminal: one answer a line, pipe-friendly. A line may end with =1..=4 to set the "
    "rating (Again, Hard, Good, Easy), e.g. '2 =4'; :u undoes, :s suspends, :b buries until tomorrow, :q stops. "
    "--focus takes new cards from those articles first (this session); --article studies one article now, --more-new adds new cards today, --ahead reviews cards due within DAYS; --exam sets (and saves) an exam on that day "
    "and studies its plan: the cards due, new ones and reviews brought forward, within --minutes a day (default 20), "
    "aiming at --retention (default 0.9) of the --articles (default all) on the day; --exam none clears it";

using namespace study_text;

void print_question(const Prompt& p, int number, int width) {
  const Question& q = p.question;
  std::cout << "\n[" << number << "] " << (p.flip ? std::string("flip") : std::string(type_name(q.type))) << " · "
            << card_state_name(static_cast<CardState>(p.card.state)) << " · "
            << (p.article ? p.article->title : p.card.article) << (p.card.direction == 1 ? " (reverse)" : "") << "\n"
            << wrap(q.prompt, width) << "\n";
  if (p.flip) return;
  for (std::size_t i = 0; i < q.options.size(); ++i) std::cout << wrap("  " + std::to_string(i + 1) + ") " + q.options[i], width, 5) << "\n";
  for (std::size_t i = 0; i < q.items.size(); ++i) std::cout << wrap("  " + std::to_string(i + 1) + ") " + q.items[i], width, 5) << "\n";
  for (std::size_t i = 0; i < q.left.size(); ++i) std::cout << wrap("  " + std::to_string(i + 1) + ") " + q.left[i], width, 5) << "\n";
  for (std::size_t i = 0; i < q.right.size(); ++i)
    std::cout << wrap(std::string("  ") + static_cast<char>('a' + i) + ") " + q.right[i], width, 5) << "\n";
}

void print_learn(const Prompt& p, int width) {
  const LearnView v = learn_view(p);
  std::cout << "\n" << wrap("New fact: " + v.statement, width, 2) << "\n";
  if (!v.sentence.empty()) std::cout << wrap("  From the article: \"" + v.sentence + "\"", width, 4) << "\n";
  if (!v.note.empty()) std::cout << wrap("  Note: " + v.note, width, 4) << "\n";
}

void print_feedback(const Prompt& p, const Outcome& o, const Response& r, int width) {
  const Question& q = p.question;
  std::cout << "\n";
  if (p.flip) std::cout << wrap((o.correct ? "Recalled: " : "Not recalled: ") + q.answer_text, width, 2) << "\n";
  else if (o.correct) std::cout << wrap((o.typo ? "Right (with a typo): " : "Right: ") + q.answer_text, width, 2) << "\n";
  else {
    // What the learner picked beside the right answer.
    const std::string given = response_text(q, r);
    std::cout << wrap("Wrong. You answered: " + (given.empty() ? std::string("? (not known)") : given) +
                          (q.type == QuestionType::TrueFalse ? std::string(" (the statement is ") + (q.truth ? "true" : "false") + ")" : std::string()),
                      width, 2)
              << "\n"
              << wrap("The answer: " + q.answer_text, width, 2) << "\n";
  }
  if (!q.sentence.empty()) std::cout << wrap("  \"" + q.sentence + "\"", width, 3) << "\n";
  if (!q.note.empty()) std::cout << wrap("  Note: " + q.note, width, 4) << "\n";
  if (!q.original.empty()) std::cout << "  Original name: " << q.original << "\n";
}

void print_rating(const Outcome& o, bool overridden, int offset) {
  const SchedulingResult& r = o.options[static_cast<std::size_t>(o.rating) - 1];
  std::cout << "Rated " << rating_label(o.rating) << (overridden ? " (override)" : "") << ": "
            << card_state_name(r.card.state) << ", next in " << interval_text(r.interval_minutes) << " (due "
            << local_time(r.card.due, offset) << ")\n";
}

class TerminalStudy {
 public:
  TerminalStudy(StudySession& session, Store& store, const CommonOptions& common, int limit, ExamStudy* exam)
      : session_(session), store_(store), common_(common), limit_(limit), interactive_(isatty(0) != 0),
        width_(output_width()), exam_(exam) {}

  int run() {
    while (limit_ < 0 || kept_answers() < limit_) {
      const std::optional<Prompt> prompt = exam_ ? exam_->next(common_.clock()) : session_.next(common_.clock());
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

  int offset() const { return session_.settings().utc_offset_minutes; }

  // A command line (:u, :s, :b) acts on the card on show; nullopt when the line is not a command.
  std::optional<Step> command(const Prompt& p, const std::string& line) {
    if (line == ":u") return undo() ? Step::Next : Step::Error;
    if (line == ":s" || line == ":b") {
      Status st = line == ":s" ? session_.suspend(p.card.id, true) : session_.bury(p.card.id, common_.clock());
      if (!st.ok()) std::cout << st.message() << "\n";
      else if (line == ":s") std::cout << "Suspended; it will not come up until unsuspended (:u undoes).\n";
      else std::cout << "Buried until tomorrow (:u undoes).\n";
      return Step::Next;
    }
    return std::nullopt;
  }

  Step ask(const Prompt& p) {
    if (p.learn) print_learn(p, width_);
    print_question(p, ++shown_, width_);
    const auto started = std::chrono::steady_clock::now();
    std::optional<Response> response;
    std::optional<int> rating;
    if (p.flip) {
      // Interactive: Enter shows the answer, then the learner rates. Piped: one line, the rating.
      if (interactive_) {
        std::string line;
        if (!read_line("think of the answer; Enter shows it", line) || line == ":q") return Step::Quit;
        if (auto c = command(p, line)) return *c;
      }
      std::cout << wrap("Answer: " + p.question.answer_text, width_, 2) << "\n";
    }
    const std::string hint = p.flip ? "how well did you recall it? 1 Again, 2 Hard, 3 Good, 4 Easy"
                                    : answer_hint(p.question);
    while (!response) {
      std::string line;
      if (!read_line(hint, line) || line == ":q") return Step::Quit;
      if (auto c = command(p, line)) return *c;
      if (p.flip) {
        if (const std::optional<int> r = parse_self_rating(line)) {
          response = Response{};
          response->self_rating = *r;
        }
      } else {
        const AnswerLine a = split_rating(line);
        response = parse_response(p.question, a.answer);
        rating = a.rating;
      }
      if (!response) std::cout << "Please answer with " << hint << " (? if you don't know, :q to stop).\n";
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
    answers_.push_back(outcome.review_id);
    print_feedback(p, outcome, *response, width_);
    print_rating(outcome, false, offset());
    if (rating && !override(p, outcome, *rating)) return Step::Error;
    // At a terminal the learner may change the rating after the feedback; piped input gives one line an
    // answer, so its override rides on the answer line.
    if (!interactive_ || p.flip) return Step::Next;
    std::string line;
    if (!read_line("1-4 changes the rating (Again, Hard, Good, Easy), Enter goes on", line)) return Step::Quit;
    if (line == ":u") return undo() ? Step::Next : Step::Error;
    if (const std::optional<int> r = parse_int(line); r && *r >= 1 && *r <= 4 && !override(p, outcome, *r))
      return Step::Error;
    return line == ":q" ? Step::Quit : Step::Next;
  }

  bool override(const Prompt& p, Outcome& outcome, int r) {
    if (static_cast<Rating>(r) == outcome.rating) return true;
    Status st = session_.override_rating(p, outcome, static_cast<Rating>(r), common_.clock());
    if (!st.ok()) {
      std::cerr << "factdeck study: " << st.message() << "\n";
      return false;
    }
    print_rating(outcome, true, offset());
    return true;
  }

  bool undo() {
    std::string what;
    Status st = session_.undo(common_.clock(), &what);
    std::cout << (st.ok() ? what : st.message()) << "\n";
    return true;  // nothing to undo is not a failure of the session
  }

  // The answers of this session still on record (an undone one is gone from the database).
  int kept_answers() {
    int n = 0;
    for (std::int64_t id : answers_) n += store_.review(id).has_value();
    return n;
  }

  void print_summary() {
    // Read back from the database, so undos and rating changes count as they stand.
    int answers = 0, right = 0, fresh = 0, again = 0;
    for (std::int64_t id : answers_) {
      const std::optional<ReviewRow> r = store_.review(id);
      if (!r) continue;
      ++answers;
      right += r->correct ? 1 : 0;
      again += r->rating == 1 ? 1 : 0;
      fresh += r->before.state == static_cast<int>(CardState::New) ? 1 : 0;
    }
    const TodayCounts c = session_.counts(common_.clock());
    std::cout << "\nSession over: " << answers << " answers";
    if (answers > 0) std::cout << ", " << right << " right (" << right * 100 / answers << "%), " << again << " Again";
    std::cout << ", " << fresh << " new cards.\n"
              << "Left today: " << c.due << " due, " << c.learning << " learning, " << c.fresh << " new.";
    if (c.learning > 0 && c.next_learning) std::cout << " Next step due " << local_time(*c.next_learning, offset()) << ".";
    std::cout << "\nStreak: " << c.streak << (c.streak == 1 ? " day" : " days") << ".\n";
    if (exam_) {
      const UnixSeconds now = common_.clock();
      if (const int waiting = exam_->left_for_lack_of_time())
        std::cout << "Today's " << exam_->exam().minutes << " exam minutes are used: " << waiting
                  << (waiting == 1 ? " planned card waits" : " planned cards wait") << " for tomorrow.\n";
      const ExamPlan plan = exam_->plan(now);
      std::cout << exam_end_text(exam_->exam(), plan, exam_->spent_today(now), width_);
    }
  }

  StudySession& session_;
  Store& store_;
  const CommonOptions& common_;
  int limit_;
  bool interactive_;
  int width_;
  ExamStudy* exam_;  // exam study: its plan replaces the daily queue; null otherwise
  int shown_ = 0;
  std::vector<std::int64_t> answers_;  // review ids given in this session
};

int run_study(const CommonOptions& common, const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  std::string error;
  const bool terminal = take_flag(args, "--terminal");
  const auto new_opt = take_option(args, "--new", error);
  const auto limit_opt = take_option(args, "--limit", error);
  const auto article_opt = take_option(args, "--article", error);
  const auto focus_opt = take_option(args, "--focus", error);
  const auto more_opt = take_option(args, "--more-new", error);
  const auto ahead_opt = take_option(args, "--ahead", error);
  ExamArgs exam_args;
  if (error.empty()) error = take_exam_args(args, exam_args);
  std::optional<int> new_per_day, limit, more_new, ahead;
  if (new_opt && !(new_per_day = parse_int(*new_opt))) error = "--new needs a number of cards";
  if (limit_opt && !(limit = parse_int(*limit_opt))) error = "--limit needs a number of answers";
  if (more_opt && !(more_new = parse_int(*more_opt))) error = "--more-new needs a number of cards";
  if (ahead_opt && !(ahead = parse_int(*ahead_opt))) error = "--ahead needs a number of days";
  if (error.empty() && (article_opt.has_value() + more_new.has_value() + ahead.has_value()) > 1)
    error = "choose one custom study: --article, --more-new or --ahead";
  if (error.empty() && exam_args.date && (article_opt || more_new || ahead))
    error = "--exam studies the exam's plan; it does not go with --article, --more-new or --ahead";
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
  if (focus_opt) {  // this session only; not saved
    settings.focus.clear();
    std::string ids = *focus_opt + ",";
    for (std::size_t b = 0, e; (e = ids.find(',', b)) != std::string::npos; b = e + 1) {
      const std::string id = trim(ids.substr(b, e - b));
      if (id.empty()) continue;
      if (!loaded.content.find_article(id)) {
        std::cerr << "factdeck study: --focus: there is no article '" << id << "'\n";
        return 2;
      }
      settings.focus.push_back(id);
    }
  }

  // The exam: given here (and saved, so the desktop shows it too), or as saved before.
  ExamOptions exam_opts;
  std::optional<ExamSettings> exam = load_exam(*store);
  if (const std::string e = resolve_exam_args(exam_args, loaded.content, exam, exam_opts); !e.empty()) {
    std::cerr << "factdeck study: " << e << "\nusage: factdeck " << kUsage << "\n";
    return 2;
  }
  if (exam_opts.clear || exam_opts.exam) {
    st = exam_opts.clear ? clear_exam(*store) : save_exam(*store, *exam_opts.exam);
    if (!st.ok()) {
      std::cerr << "factdeck study: " << st.message() << "\n";
      return 2;
    }
    exam = exam_opts.exam;
    if (exam_opts.clear) std::cout << "The exam is cleared.\n";
  }

  StudySession session(loaded.content, *store, settings);
  st = session.sync_cards(start);
  if (!st.ok()) {
    std::cerr << "factdeck study: " << st.message() << "\n";
    return 1;
  }
  // While an exam is ahead, its cards' intervals end no later than the exam day, in every session.
  if (exam) session.set_exam_cap(StudySession::ExamCap{exam_study_day(exam->date), exam->articles});
  std::optional<ExamStudy> exam_study;
  if (exam && exam_opts.exam) {
    exam_study.emplace(session, *store, *exam);
    const ExamPlan plan = exam_study->plan(start);
    std::cout << exam_start_text(*exam, plan, exam_study->spent_today(start), output_width());
  }
  CustomStudy custom;
  if (article_opt) custom = {CustomStudy::Kind::Article, *article_opt, 0};
  if (more_new) custom = {CustomStudy::Kind::MoreNew, "", *more_new};
  if (ahead) custom = {CustomStudy::Kind::Ahead, "", *ahead};
  if (custom.kind != CustomStudy::Kind::None) {
    st = session.start_custom(custom, start);
    if (!st.ok()) {
      std::cerr << "factdeck study: " << st.message() << "\n";
      return 2;
    }
    const Article* a = article_opt ? loaded.content.find_article(*article_opt) : nullptr;
    if (a) std::cout << "Custom study: " << a->title << ", its due and new cards now.\n";
    if (more_new) std::cout << "Custom study: " << *more_new << " more new cards today.\n";
    if (ahead) std::cout << "Custom study: reviews due in the next " << *ahead << " days, after today's.\n";
  }
  const TodayCounts c = session.counts(start);
  std::cout << wrap("Today: " + std::to_string(c.due) + " due, " + std::to_string(c.learning) + " learning, " +
                        std::to_string(c.fresh) + " new (" + std::to_string(c.total_cards) +
                        " cards). Answer each question on one line (end it with =1..=4 to set the rating); :u undoes, "
                        ":s suspends, :b buries, :q stops.",
                    output_width())
            << "\n";
  TerminalStudy study(session, *store, common, limit ? *limit : -1, exam_study ? &*exam_study : nullptr);
  const int rc = study.run();
  // Quitting after changes backs up the day's work (it replaces today's earlier backup).
  if (Status b = make_backup_if_due(*store, common.data_dir, common.clock(), true); !b.ok())
    std::cerr << "factdeck study: " << b.message() << "\n";
  return rc;
}

}  // namespace

FACTDECK_COMMAND({"study", kUsage, kSummary, run_study});

}  // namespace factdeck::cli
