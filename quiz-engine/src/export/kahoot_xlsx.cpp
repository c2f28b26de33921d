// Kahoot's quiz spreadsheet (.xlsx via libxlsxwriter): header on row 8, one question a row from row 9, text cells only.
#include <xlsxwriter.h>

#include <array>

#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

// Kahoot's import template: limits in characters, the time limits it offers.
constexpr std::size_t kMaxQuestion = 120;
constexpr std::size_t kMaxAnswer = 75;
constexpr std::size_t kMaxAnswers = 4;
constexpr std::array<int, 8> kTimeLimits = {5, 10, 20, 30, 60, 90, 120, 240};
constexpr lxw_row_t kHeaderRow = 7;  // row 8 counted from 1
constexpr const char* kHeaders[] = {"",
                                    "Question - max 120 characters",
                                    "Answer 1 - max 75 characters",
                                    "Answer 2 - max 75 characters",
                                    "Answer 3 - max 75 characters",
                                    "Answer 4 - max 75 characters",
                                    "Time limit (sec) \xE2\x80\x93 5, 10, 20, 30, 60, 90, 120, or 240 secs",
                                    "Correct answer(s) - choose at least one"};

struct Row {
  std::string question;
  std::vector<std::string> answers;
  int correct = 0;  // 1-based
  int seconds = 20;
};

// Enough time to read the question and the answers (about 12 characters a second) and decide, on Kahoot's steps.
int time_limit(const Row& r) {
  std::size_t chars = utf8_length(r.question);
  for (const auto& a : r.answers) chars += utf8_length(a);
  const int wanted = 8 + static_cast<int>(chars / 12);
  for (int t : kTimeLimits)
    if (t >= wanted) return t;
  return kTimeLimits.back();
}

// The row for a question, or a reason it does not fit Kahoot's template (never cut to fit).
std::optional<Row> to_row(const Question& q, std::string& reason) {
  Row r;
  r.question = one_line(q.prompt);
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      if (q.options.size() < 2 || q.options.size() > kMaxAnswers) {
        reason = std::to_string(q.options.size()) + " options (Kahoot takes 2 to 4)";
        return std::nullopt;
      }
      for (const auto& o : q.options) r.answers.push_back(one_line(o));
      r.correct = q.answer + 1;
      break;
    case QuestionType::TrueFalse:
      r.answers = {"True", "False"};
      r.correct = q.truth ? 1 : 2;
      break;
    default:
      reason = std::string(type_name(q.type)) + " questions do not fit Kahoot's multiple-choice template";
      return std::nullopt;
  }
  if (r.question.empty()) {
    reason = "the question is empty";
    return std::nullopt;
  }
  if (const std::size_t n = utf8_length(r.question); n > kMaxQuestion) {
    reason = "the question is " + std::to_string(n) + " characters (Kahoot allows " + std::to_string(kMaxQuestion) + ")";
    return std::nullopt;
  }
  for (std::size_t i = 0; i < r.answers.size(); ++i)
    if (const std::size_t n = utf8_length(r.answers[i]); n > kMaxAnswer || n == 0) {
      reason = "answer " + std::to_string(i + 1) + " is " + std::to_string(n) + " characters (Kahoot allows 1 to " +
               std::to_string(kMaxAnswer) + ")";
      return std::nullopt;
    }
  r.seconds = time_limit(r);
  return r;
}

Status check(lxw_error e, const char* what) {
  if (e == LXW_NO_ERROR) return Status::Ok();
  return Status::Error(std::string("kahoot: ") + what + ": " + lxw_strerror(e));
}

}  // namespace

Status write_kahoot(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  std::vector<Row> rows;
  for (const Question& q : quiz.questions) {
    std::string reason;
    if (auto r = to_row(q, reason))
      rows.push_back(std::move(*r));
    else
      out.skipped.push_back(q.id + ": " + reason);
  }
  if (rows.empty()) return Status::Error("no question of this quiz fits Kahoot's template (multiple choice, 2-4 answers)");

  TempFile file(".xlsx");
  if (!file.ok()) return Status::Error("kahoot: cannot create a temporary file");
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) return Status::Error("kahoot: cannot start the workbook");
  const std::string title = one_line(quiz_title(quiz, content, options));
  lxw_doc_properties props = {};
  props.title = const_cast<char*>(title.c_str());
  props.author = const_cast<char*>("Factdeck");
  props.created = static_cast<time_t>(options.now);
  Status s = check(workbook_set_properties(wb, &props), "document properties");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_text_wrap(head);
  format_set_bg_color(head, 0xD9E2F3);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  worksheet_set_column(ws, 0, 0, 4, nullptr);
  worksheet_set_column(ws, 1, 1, 60, wrap);
  worksheet_set_column(ws, 2, 5, 28, wrap);
  worksheet_set_column(ws, 6, 7, 16, wrap);

  // Every text goes in as a string cell: "2026" stays text and "=SUM(...)" is never a formula.
  auto text = [&](lxw_row_t r, lxw_col_t c, const std::string& v, lxw_format* f) {
    if (s.ok()) s = check(worksheet_write_string(ws, r, c, v.c_str(), f), "a text cell");
  };
  auto number = [&](lxw_row_t r, lxw_col_t c, double v) {
    if (s.ok()) s = check(worksheet_write_number(ws, r, c, v, nullptr), "a number cell");
  };
  text(1, 1, title, bold);
  text(2, 1,
       "Import in Kahoot: Create > Add question > Import spreadsheet. Made by Factdeck (seed " +
           std::to_string(quiz.selection.seed) + ").",
       nullptr);
  text(3, 1,
       "Questions up to 120 characters, answers up to 75; " + std::to_string(rows.size()) + " of " +
           std::to_string(quiz.questions.size()) + " questions fit and are below.",
       nullptr);
  for (lxw_col_t c = 1; c < 8; ++c) text(kHeaderRow, c, kHeaders[c], head);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto r = static_cast<lxw_row_t>(kHeaderRow + 1 + i);
    number(r, 0, static_cast<double>(i + 1));
    text(r, 1, rows[i].question, nullptr);
    for (std::size_t a = 0; a < rows[i].answers.size(); ++a)
      text(r, static_cast<lxw_col_t>(2 + a), rows[i].answers[a], nullptr);
    number(r, 6, rows[i].seconds);
    number(r, 7, rows[i].correct);
  }
  const lxw_error closed = workbook_close(wb);  // frees the workbook whatever happened
  if (!s.ok()) return s;
  if (Status c = check(closed, "writing the file"); !c.ok()) return c;
  if (!file.read(out.bytes)) return Status::Error("kahoot: cannot read back the written file");
  out.exported = static_cast<int>(rows.size());
  return Status::Ok();
}

}  // namespace factdeck::exp
