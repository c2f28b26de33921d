// The exam's forecast in words, said alike by `factdeck study --exam` and the desktop's Today.
#include "common/exam_text.h"

#include <cstdio>

namespace factdeck::common {
namespace {

std::string count(long n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

std::string percent_text(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", x * 100);
  return buf;
}

std::string exam_outline(const ExamSettings& exam, const ExamPlan& plan) {
  const std::string articles = exam.articles.empty() ? std::string("every article")
                                                     : count(static_cast<long>(exam.articles.size()), "article", "articles");
  return count(plan.days_left, "study day", "study days") + " left, " + count(plan.cards, "card", "cards") + " (" +
         articles + ", " + std::to_string(plan.new_cards) + " not yet learned), at most " +
         count(exam.minutes, "minute", "minutes") + " a day, target " + percent_text(exam.retention);
}

std::string exam_unreachable(const ExamSettings& exam, const ExamPlan& plan) {
  return "The target " + percent_text(exam.retention) + " cannot be reached by " + iso_date(exam.date) + " with " +
         count(exam.minutes, "minute", "minutes") + " a day: the best the plan reaches is " + percent_text(plan.predicted) +
         ".";
}

std::string exam_held_back(const ExamSettings& exam, const ExamPlan& plan) {
  if (plan.held_back_today <= 0) return "";
  return count(plan.held_back_today, "more card", "more cards") + " would help today but do not fit in " +
         count(exam.minutes, "minute", "minutes") + "; " + (plan.held_back_today == 1 ? "it waits" : "they wait") +
         " for the next days.";
}

}  // namespace factdeck::common
