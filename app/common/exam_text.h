// The exam's forecast in words, said alike by `factdeck study --exam` and the desktop's Today.
#pragma once

#include <string>

#include "factdeck/exam.h"

namespace factdeck::common {

// "93.4%".
std::string percent_text(double x);
// "21 study days left, 40 cards (1 article, 3 not yet learned), at most 2 minutes a day, target 90.0%".
std::string exam_outline(const ExamSettings& exam, const ExamPlan& plan);
// "The target 90.0% cannot be reached by 2026-03-22 with 2 minutes a day: the best the plan reaches is 84.1%."
std::string exam_unreachable(const ExamSettings& exam, const ExamPlan& plan);
// "3 more cards would help today but do not fit in 2 minutes; they wait for the next days." (empty: none held back)
std::string exam_held_back(const ExamSettings& exam, const ExamPlan& plan);

}  // namespace factdeck::common
