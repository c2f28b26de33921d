// `factdeck study --exam`: reading the exam options and saying the exam's forecast in words.
#include "cli/study_exam.h"

#include <cstdio>
#include <cstdlib>

#include "cli/command.h"
#include "cli/study_text.h"

namespace factdeck::cli {
namespace {

std::string percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", x * 100);
  return buf;
}

std::string minutes(double seconds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", seconds / 60);
  return buf;
}

std::string plural(long n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

std::string take_exam_args(std::vector<std::string>& args, ExamArgs& out) {
  std::string error;
  out.date = take_option(args, "--exam", error);
  out.minutes = take_option(args, "--minutes", error);
  out.articles = take_option(args, "--articles", error);
  out.retention = take_option(args, "--retention", error);
  return error;
}

std::string resolve_exam_args(const ExamArgs& args, const Content& content, const std::optional<ExamSettings>& saved,
                              ExamOptions& out) {
  const auto& [date, mins, articles, retention] = args;
  if (!date) return mins || articles || retention ? "--minutes, --articles and --retention go with --exam DATE" : "";
  if (*date == "none") {
    out.clear = true;
    return "";
  }
  const std::optional<Date> d = parse_exam_date(*date);
  if (!d) return "--exam needs a date as YYYY-MM-DD (or none to clear the exam)";
  ExamSettings e = saved && saved->date == *d ? *saved : ExamSettings{};
  e.date = *d;
  if (mins) {
    const std::optional<int> m = study_text::parse_int(*mins);
    if (!m || *m < 1 || *m > 600) return "--minutes needs a whole number of minutes from 1 to 600";
    e.minutes = *m;
  }
  if (retention) {
    char* end = nullptr;
    const double r = std::strtod(retention->c_str(), &end);
    if (retention->empty() || *end != '\0' || !(r >= 0.5 && r <= 0.99)) return "--retention needs a number from 0.5 to 0.99";
    e.retention = r;
  }
  if (articles) {
    e.articles.clear();
    std::string ids = *articles + ",";
    for (std::size_t b = 0, end; (end = ids.find(',', b)) != std::string::npos; b = end + 1) {
      const std::string id = study_text::trim(ids.substr(b, end - b));
      if (id.empty()) continue;
      if (!content.find_article(id)) return "--articles: there is no article '" + id + "'";
      e.articles.push_back(id);
    }
  }
  out.exam = e;
  return "";
}

std::string exam_start_text(const ExamSettings& exam, const ExamPlan& plan, double spent, int width) {
  using study_text::wrap;
  const std::string day = iso_date(exam.date);
  std::string articles = exam.articles.empty() ? std::string("every article") : plural(static_cast<long>(exam.articles.size()), "article", "articles");
  std::string out = wrap("Exam on " + day + ": " + plural(plan.days_left, "study day", "study days") + " left, " +
                             plural(plan.cards, "card", "cards") + " (" + articles + ", " +
                             std::to_string(plan.new_cards) + " not yet learned), at most " +
                             plural(exam.minutes, "minute", "minutes") + " a day, target " + percent(exam.retention) + ".",
                         width) + "\n";
  out += "Predicted retention on " + day + ": " + percent(plan.predicted_now) + " now; " + percent(plan.predicted) +
         " if you follow the plan.\n";
  if (plan.days_left == 0) {
    out += "The exam is today: no more cards are brought forward.\n";
  } else {
    out += wrap("Exam plan today: " + plural(plan.due_today, "card due", "cards due") + ", " +
                    plural(plan.new_today, "new card", "new cards") + ", " +
                    plural(plan.advanced_today, "review brought forward", "reviews brought forward") + "; " +
                    minutes(spent) + " of " + plural(exam.minutes, "minute", "minutes") + " studied so far today.",
                width) + "\n";
    if (plan.held_back_today > 0)
      out += wrap(plural(plan.held_back_today, "more card", "more cards") + " would help today but do not fit in " +
                      plural(exam.minutes, "minute", "minutes") + "; " + (plan.held_back_today == 1 ? "it waits" : "they wait") +
                      " for the next days.",
                  width) + "\n";
  }
  if (!plan.reachable)
    out += wrap("The target " + percent(exam.retention) + " cannot be reached by " + day + " with " +
                    plural(exam.minutes, "minute", "minutes") + " a day: the best the plan reaches is " +
                    percent(plan.predicted) + ".",
                width) + "\n";
  return out;
}

std::string exam_end_text(const ExamSettings& exam, const ExamPlan& plan, double spent, int width) {
  const std::string day = iso_date(exam.date);
  std::string out = study_text::wrap("Exam on " + day + ": predicted retention " + percent(plan.predicted_now) +
                                         " now, " + percent(plan.predicted) + " with the plan (target " +
                                         percent(exam.retention) + "). Studied today: " + minutes(spent) + " of " +
                                         plural(exam.minutes, "minute", "minutes") + ".",
                                     width) + "\n";
  if (!plan.reachable)
    out += study_text::wrap("The target cannot be reached by " + day + " with " + plural(exam.minutes, "minute", "minutes") +
                                " a day: the best the plan reaches is " + percent(plan.predicted) + ".",
                            width) + "\n";
  return out;
}

}  // namespace factdeck::cli
