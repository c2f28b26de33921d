// `factdeck study --exam`: reading the exam options and saying the exam's forecast in words.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/exam.h"

namespace factdeck::cli {

// The exam options of `study` as typed: --exam DATE|none, --minutes M, --articles ID,.., --retention R.
struct ExamArgs {
  std::optional<std::string> date, minutes, articles, retention;
};
// Takes them out of `args`; an error message, or empty.
std::string take_exam_args(std::vector<std::string>& args, ExamArgs& out);

// What they ask for: `exam` when --exam DATE was given (minutes, articles and retention default to the saved
// exam's when it has the same date, else 20, every article, 0.9); `clear` for --exam none.
struct ExamOptions {
  std::optional<ExamSettings> exam;
  bool clear = false;
};
// An error message, or empty.
std::string resolve_exam_args(const ExamArgs& args, const Content& content, const std::optional<ExamSettings>& saved,
                              ExamOptions& out);

// The lines said at the start of a session: the exam, the predicted retention on the day, today's plan,
// and plainly whether the target can be reached.
std::string exam_start_text(const ExamSettings& exam, const ExamPlan& plan, double spent_seconds, int width);
// The lines said at the end: the predicted retention now and with the plan, and today's minutes.
std::string exam_end_text(const ExamSettings& exam, const ExamPlan& plan, double spent_seconds, int width);

}  // namespace factdeck::cli
