// Markdown with paper versions: each version's questions in its own order, then one answer key for all versions.
#include "export/export_internal.h"
#include "factdeck/quiz_format.h"

namespace factdeck::exp {
namespace {

// Content as Markdown text: HTML escaped (Markdown passes it through), the characters that make emphasis,
// code, links, tables or strikethrough backslash-escaped, and no bare "://" or "www." for autolinks.
// A run of three or more underscores is a blank to fill in and stays as it is.
std::string md(std::string_view s) {
  const std::string t = one_line(s);
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '_') {
      std::size_t run = t.find_first_not_of('_', i);
      run = (run == std::string::npos ? t.size() : run) - i;
      if (run >= 3) {
        out += t.substr(i, run);
        i += run - 1;
      } else {
        out += "\\_";
      }
    } else if (c == '\\' || c == '`' || c == '*' || c == '[' || c == ']' || c == '#' || c == '~' || c == '|' ||
               c == '!' || ((c == '-' || c == '+' || c == '=') && out.empty()))
      out += std::string("\\") + c;
    else if (c == ':' && t.compare(i, 3, "://") == 0)
      out += "\\:";
    else if (c == '.' && i >= 3 && t.compare(i - 3, 3, "www") == 0)
      out += "\\.";
    else out += c;
  }
  return out;
}

void write_question(std::string& out, std::size_t n, const Question& q) {
  const std::string indent(std::to_string(n).size() + 2, ' ');
  out += std::to_string(n) + ". " + md(q.prompt) + "\n\n";
  auto lettered = [&](const std::vector<std::string>& v) {
    for (std::size_t i = 0; i < v.size(); ++i) out += indent + option_letter(static_cast<int>(i)) + ". " + md(v[i]) + "  \n";
  };
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion: lettered(q.options); break;
    case QuestionType::TrueFalse: out += indent + "True / False\n"; break;
    case QuestionType::Cloze: out += indent + "Answer: ______________\n"; break;
    case QuestionType::Numeric: out += indent + "Answer: ______________ " + md(q.unit) + "\n"; break;
    case QuestionType::Order:
      lettered(q.items);
      out += "\n" + indent + "Order, earliest first: ______________\n";
      break;
    case QuestionType::Match:
      for (std::size_t i = 0; i < q.left.size(); ++i) out += indent + std::to_string(i + 1) + ". " + md(q.left[i]) + "  \n";
      out += "\n";
      for (std::size_t i = 0; i < q.right.size(); ++i)
        out += indent + std::string(1, static_cast<char>('a' + i % 26)) + ". " + md(q.right[i]) + "  \n";
      break;
  }
  out += "\n";
}

}  // namespace

Status write_markdown(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  out.exported = static_cast<int>(quiz.questions.size());
  if (options.versions <= 1) {
    out.bytes = quiz_to_markdown(quiz, content);
    return Status::Ok();
  }
  const auto versions = make_versions(quiz, content, options.versions);
  const std::string title = md(quiz_title(quiz, content, options));
  std::string s;
  for (const QuizVersion& v : versions) {
    s += "# " + title + " (version " + v.label + ")\n\nName: ______________  Class: ________  Date: ________\n\n" +
         question_count(v.questions.size()) + " · difficulty " +
         std::string(difficulty_name(quiz.selection.difficulty)) + " · seed " + std::to_string(quiz.selection.seed) +
         " · version " + v.label + "\n\n";
    for (std::size_t i = 0; i < v.questions.size(); ++i) write_question(s, i + 1, v.questions[i]);
    s += "---\n\n";
  }
  s += "## Answer key (versions A-" + versions.back().label + ")\n\n";
  if (const std::string note = typed_marking_note(versions.front().questions); !note.empty()) s += md(note) + "\n\n";
  for (const QuizVersion& v : versions) {
    s += "### Version " + v.label + "\n\n";
    for (std::size_t i = 0; i < v.questions.size(); ++i)
      s += std::to_string(i + 1) + ". " + md(key_on_paper(v.questions[i])) + "\n";
    s += "\n";
  }
  out.bytes = std::move(s);
  return Status::Ok();
}

}  // namespace factdeck::exp
