// The quiz as Markdown for printing: numbered questions with lettered options, then the answer key.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "export/export_internal.h"
#include "factdeck/quiz_format.h"

namespace factdeck {
namespace {

std::string letter(std::size_t i) { return std::string(1, static_cast<char>('A' + i)); }

// A bound as a reader reads it: whole, or to a tenth (the bounds' step), thousands grouped ("4,807 to 5,313", not
// "4807 to 5313": blind reading 22).
std::string short_number(double v) {
  std::ostringstream s;
  s << std::fixed;
  s.precision(std::fabs(v - std::round(v)) < 1e-9 ? 0 : 1);
  s << v;
  std::string t = s.str();
  const std::size_t digits_from = t[0] == '-' ? 1 : 0;
  const std::size_t point = std::min(t.find('.'), t.size());
  if (point - digits_from > 3)
    for (std::size_t i = point; i > digits_from + 3; i -= 3) t.insert(i - 3, ",");
  return t;
}

void write_question(std::ostringstream& out, std::size_t n, const Question& q) {
  const std::string indent = std::string(std::to_string(n).size() + 2, ' ');
  out << n << ". " << q.prompt << "\n";
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      out << "\n";
      for (std::size_t i = 0; i < q.options.size(); ++i) out << indent << letter(i) << ". " << q.options[i] << "  \n";
      break;
    case QuestionType::TrueFalse:
      out << "\n" << indent << "True / False\n";
      break;
    case QuestionType::Cloze:
    case QuestionType::Numeric:
      out << "\n" << indent << "Answer: ______________\n";
      break;
    case QuestionType::Order:
      out << "\n";
      for (std::size_t i = 0; i < q.items.size(); ++i) out << indent << letter(i) << ". " << q.items[i] << "  \n";
      out << "\n" << indent << "Order:";
      for (std::size_t i = 0; i < q.items.size(); ++i) out << (i ? ", ___" : " ___");
      out << "\n";
      break;
    case QuestionType::Match:
      out << "\n";
      for (std::size_t i = 0; i < q.left.size(); ++i) out << indent << i + 1 << ". " << q.left[i] << "  \n";
      out << "\n";
      for (std::size_t i = 0; i < q.right.size(); ++i) out << indent << letter(i) << ". " << q.right[i] << "  \n";
      break;
  }
  out << "\n";
}

std::string key_line(const Question& q) {
  std::string s;
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      if (q.answer < 0 || static_cast<std::size_t>(q.answer) >= q.options.size()) {
        s = q.answer_text;
        break;
      }
      s = letter(static_cast<std::size_t>(q.answer)) + ". " + q.options[static_cast<std::size_t>(q.answer)];
      if (q.answer_text != q.options[static_cast<std::size_t>(q.answer)]) s += " (" + q.answer_text + ")";
      break;
    case QuestionType::TrueFalse:
      s = q.answer_text;
      break;
    case QuestionType::Cloze:
      s = q.accept.empty() ? q.answer_text : q.accept.front();
      if (q.accept.size() > 1) {
        s += " (also accepted: ";
        for (std::size_t i = 1; i < q.accept.size(); ++i) s += (i > 1 ? ", " : "") + q.accept[i];
        s += ")";
      }
      break;
    case QuestionType::Numeric: {
      // The bounds at the figure's own precision, rounded inwards ("50.1 to 55.3", not "50.065 to 55.335").
      const bool whole = std::fabs(q.value - std::round(q.value)) < 1e-9;
      const double step = whole ? 1.0 : 0.1;
      double lo = std::ceil((q.value - q.tolerance) / step - 1e-9) * step, hi = std::floor((q.value + q.tolerance) / step + 1e-9) * step;
      if (lo > q.value) lo = q.value;
      if (hi < q.value) hi = q.value;
      // Compared as printed: 78 * 0.1 is a hair above 7.8, and "7.8 to 7.8" is the exact figure.
      // "About how much...?" asks for the article's round figure (blind reading 23): the key says so, not "exact".
      const std::string only = q.prompt.find("the article's round figure") != std::string::npos ? " (the article's round figure)"
                               : q.prompt.find("the article's figure") != std::string::npos ? " (the article's figure)"
                                                                                            : " (the exact figure)";
      s = q.answer_text + (short_number(lo) == short_number(hi) ? only
                                     : " (accepted: " + short_number(lo) + " to " + short_number(hi) +
                                           (q.unit.empty() ? "" : q.unit == "%" ? "%" : " " + q.unit) + ")");
      break;
    }
    case QuestionType::Order:
      for (std::size_t i = 0; i < q.order.size(); ++i) s += (i ? ", " : "") + letter(static_cast<std::size_t>(q.order[i]));
      s += ": " + q.answer_text;
      break;
    case QuestionType::Match:
      for (std::size_t i = 0; i < q.pairs.size(); ++i)
        s += (i ? ", " : "") + std::to_string(i + 1) + "-" + letter(static_cast<std::size_t>(q.pairs[i]));
      break;
  }
  return s;
}

}  // namespace

std::string quiz_to_markdown(const Quiz& quiz, const Content& content) {
  std::ostringstream out;
  // The news articles' headlines, as every export titles the quiz.
  out << "# Quiz";
  if (!quiz.questions.empty()) out << ": " << exp::quiz_title(quiz, content, ExportOptions{});
  out << "\n\n"
      << quiz.questions.size() << (quiz.questions.size() == 1 ? " question" : " questions") << " · difficulty " << difficulty_name(quiz.selection.difficulty) << " · seed "
      << quiz.selection.seed << "\n\n";
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) write_question(out, i + 1, quiz.questions[i]);
  out << "---\n\n## Answer key\n\n";
  if (const std::string note = exp::typed_marking_note(quiz.questions); !note.empty()) out << note << "\n\n";
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
    const Question& q = quiz.questions[i];
    const std::string indent = std::string(std::to_string(i + 1).size() + 2, ' ');
    out << i + 1 << ". " << key_line(q) << "\n";
    // An opinion's source sentence is the statement itself: no need to print it twice.
    const bool quote = !q.sentence.empty() && q.sentence != q.statement;
    if (quote) out << indent << "> " << q.sentence << "\n";
    if (!q.note.empty()) out << (quote ? "\n" : "") << indent << q.note << "\n";
    if (!q.original.empty()) out << indent << "Original: " << q.original << "\n";
    out << "\n";
  }
  return out.str();
}

}  // namespace factdeck
