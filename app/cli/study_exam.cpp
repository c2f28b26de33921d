// `factdeck study --exam`: reading the exam options and saying the exam's forecast in words.
#include "cli/study_exam.h"

#include <cstdio>
#include <cstdlib>

#include "cli/command.h"
#include "common/exam_text.h"
#include "cli/study_text.h"

namespace factdeck::cli {
namespace {

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
  using common::percent_text;
  using study_text::wrap;
  const std::string day = iso_date(exam.date);
  std::string out = wrap("Exam on " + day + ": " + common::exam_outline(exam, plan) + ".", width) + "\n";
  out += "Predicted retention on " + day + ": " + percent_text(plan.predicted_now) + " now; " +
         percent_text(plan.predicted) + " if you follow the plan.\n";
  if (plan.passed) {
    out += "The exam day has passed: set the next one with --exam DATE, or clear it with --exam none.\n";
  } else if (plan.days_left == 0) {
    out += "The exam is today: no more cards are brought forward.\n";
  } else {
    out += wrap("Exam plan today: " + plural(plan.due_today, "card due", "cards due") + ", " +
                    plural(plan.new_today, "new card", "new cards") + ", " +
                    plural(plan.advanced_today, "review brought forward", "reviews brought forward") + "; " +
                    minutes(spent) + " of " + plural(exam.minutes, "minute", "minutes") + " studied so far today.",
                width) + "\n";
    if (plan.held_back_today > 0) out += wrap(common::exam_held_back(exam, plan), width) + "\n";
  }
  if (!plan.reachable && !plan.passed) out += wrap(common::exam_unreachable(exam, plan), width) + "\n";
  return out;
}

std::string exam_end_text(const ExamSettings& exam, const ExamPlan& plan, double spent, int width) {
  using common::percent_text;
  std::string out = study_text::wrap("Exam on " + iso_date(exam.date) + ": predicted retention " +
                                         percent_text(plan.predicted_now) + " now, " + percent_text(plan.predicted) +
                                         " with the plan (target " + percent_text(exam.retention) +
                                         "). Studied today: " + minutes(spent) + " of " +
                                         plural(exam.minutes, "minute", "minutes") + ".",
                                     width) + "\n";
  if (!plan.reachable && !plan.passed) out += study_text::wrap(common::exam_unreachable(exam, plan), width) + "\n";
  return out;
}

}  // namespace factdeck::cli
