// Printable HTML: one self-contained page per version with a name/class/date header, and an answer key on its own page.
#include <string>

#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

// Print-first styles: A4 pages, each version and the key start a page, a question never splits.
// Fonts: DejaVu for Latin text, WenQuanYi/Droid/Noto CJK for Chinese, whichever the machine has.
constexpr const char* kStyle = R"(
@page { size: A4; margin: 15mm 16mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font: 10.5pt/1.4 "DejaVu Sans", "Noto Sans", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Noto Sans CJK SC", Arial, sans-serif; }
.sheet { break-after: page; }
.key { break-before: page; }
header { border-bottom: 2pt solid #1d3557; padding-bottom: 6pt; margin-bottom: 10pt; }
.title-row { display: flex; justify-content: space-between; align-items: baseline; gap: 12pt; }
h1 { font-size: 15pt; margin: 0; color: #1d3557; }
.version { font-size: 13pt; font-weight: bold; border: 1.5pt solid #1d3557; border-radius: 4pt; padding: 1pt 8pt; white-space: nowrap; }
.fields { display: flex; gap: 14pt; margin: 10pt 0 4pt; }
.field { flex: 1; display: flex; gap: 5pt; align-items: flex-end; }
.field.wide { flex: 2; }
.field b { font-weight: 600; }
.line { flex: 1; border-bottom: 0.8pt solid #333; height: 13pt; }
.instructions { margin: 4pt 0 0; font-size: 9pt; color: #444; }
.question { display: flex; gap: 6pt; margin: 0 0 9pt; break-inside: avoid; }
.num { font-weight: bold; min-width: 18pt; }
.body { flex: 1; }
.prompt { margin: 0 0 3pt; }
.options { margin: 0; padding: 0; list-style: none; display: grid; grid-template-columns: 1fr 1fr; gap: 1pt 14pt; }
.options li { padding-left: 0; }
.letter { display: inline-block; min-width: 16pt; font-weight: 600; }
.answer-line { margin: 3pt 0 0; color: #333; }
.answer-line .blank { display: inline-block; min-width: 150pt; border-bottom: 0.8pt solid #333; height: 11pt; }
.choices { margin: 2pt 0 0; font-weight: 600; letter-spacing: 0.5pt; }
table.match { border-collapse: collapse; width: 100%; margin-top: 2pt; }
table.match td { vertical-align: top; padding: 1pt 8pt 1pt 0; width: 50%; }
.footer { margin-top: 12pt; font-size: 8pt; color: #666; }
.key h2 { font-size: 14pt; margin: 0 0 4pt; color: #1d3557; }
.key h3 { font-size: 11.5pt; margin: 10pt 0 3pt; border-bottom: 0.8pt solid #999; }
.key ol { margin: 0; padding: 0; list-style: none; }
.key li { margin: 0 0 2pt; break-inside: avoid; }
.key .why { display: block; margin-left: 18pt; font-size: 8.5pt; color: #555; }
@media screen { body { max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; } .sheet, .key { border-bottom: 1px dashed #999; padding-bottom: 1.5rem; margin-bottom: 1.5rem; } }
)";

std::string e(std::string_view s) { return html_escape(s); }

std::string lower(int i) { return std::string(1, static_cast<char>('a' + (i >= 0 && i < 26 ? i : 0))); }

std::string option_list(const std::vector<std::string>& options) {
  std::string h = "<ul class=\"options\">";
  for (std::size_t i = 0; i < options.size(); ++i)
    h += "<li><span class=\"letter\">" + option_letter(static_cast<int>(i)) + ")</span> " + e(options[i]) + "</li>";
  return h + "</ul>";
}

std::string answer_line(const std::string& label, const std::string& after = "") {
  return "<p class=\"answer-line\">" + e(label) + " <span class=\"blank\"></span>" + (after.empty() ? "" : " " + e(after)) +
         "</p>";
}

// What a student sees under the prompt for each type.
std::string question_body(const Question& q) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion: return option_list(q.options);
    case QuestionType::TrueFalse: return "<p class=\"choices\">True &nbsp;/&nbsp; False</p>";
    case QuestionType::Cloze: return answer_line("Answer:");
    case QuestionType::Numeric: return answer_line("Answer:", q.unit);
    case QuestionType::Order: return option_list(q.items) + answer_line("Order, earliest first (letters):");
    case QuestionType::Match: {
      std::string h = "<table class=\"match\">";
      const std::size_t rows = std::max(q.left.size(), q.right.size());
      for (std::size_t i = 0; i < rows; ++i) {
        h += "<tr><td>";
        if (i < q.left.size()) h += std::to_string(i + 1) + ". " + e(q.left[i]) + " ____";
        h += "</td><td>";
        if (i < q.right.size()) h += "<span class=\"letter\">" + lower(static_cast<int>(i)) + ")</span> " + e(q.right[i]);
        h += "</td></tr>";
      }
      return h + "</table>";
    }
  }
  return "";
}

std::string instructions(const Question& q) {
  switch (q.type) {
    case QuestionType::Match: return "Write the letter of the matching item on each line.";
    default: return "";
  }
}

std::string sheet(const QuizVersion& v, const Quiz& quiz, const std::string& title, bool several) {
  std::string h = "<section class=\"sheet\" id=\"version-" + v.label + "\">\n<header>\n<div class=\"title-row\"><h1>" +
                  e(title) + "</h1>";
  if (several) h += "<span class=\"version\">Version " + v.label + "</span>";
  h += "</div>\n<div class=\"fields\"><div class=\"field wide\"><b>Name</b><span class=\"line\"></span></div>"
       "<div class=\"field\"><b>Class</b><span class=\"line\"></span></div>"
       "<div class=\"field\"><b>Date</b><span class=\"line\"></span></div></div>\n";
  h += "<p class=\"instructions\">" + std::to_string(v.questions.size()) +
       " questions. Circle one letter for each multiple-choice question; write other answers on the lines.</p>\n"
       "</header>\n<div class=\"questions\">\n";
  for (std::size_t i = 0; i < v.questions.size(); ++i) {
    const Question& q = v.questions[i];
    h += "<div class=\"question\" data-id=\"" + e(q.id) + "\"><span class=\"num\">" + std::to_string(i + 1) +
         ".</span><div class=\"body\"><p class=\"prompt\">" + e(q.prompt) + "</p>";
    if (const std::string note = instructions(q); !note.empty()) h += "<p class=\"instructions\">" + e(note) + "</p>";
    h += question_body(q) + "</div></div>\n";
  }
  h += "</div>\n<p class=\"footer\">Factdeck quiz &middot; seed " + std::to_string(quiz.selection.seed) + " &middot; " +
       std::string(difficulty_name(quiz.selection.difficulty)) + (several ? " &middot; version " + v.label : "") +
       "</p>\n</section>\n";
  return h;
}

std::string answer_key(const std::vector<QuizVersion>& versions, const std::string& title) {
  const bool several = versions.size() > 1;
  std::string h = "<section class=\"key\">\n<h2>Answer key</h2>\n<p class=\"instructions\">" + e(title) +
                  (several ? " &middot; one key for versions A-" + versions.back().label : "") + "</p>\n";
  for (const QuizVersion& v : versions) {
    if (several) h += "<h3>Version " + v.label + "</h3>\n";
    h += "<ol>\n";
    for (std::size_t i = 0; i < v.questions.size(); ++i) {
      const Question& q = v.questions[i];
      h += "<li data-id=\"" + e(q.id) + "\">" + std::to_string(i + 1) + ". " + e(key_on_paper(q));
      // The explanation once, under version A: the later versions hold the same questions.
      if (&v == &versions.front())
        if (const std::string why = explanation(q); !why.empty()) h += "<span class=\"why\">" + e(why) + "</span>";
      h += "</li>\n";
    }
    h += "</ol>\n";
  }
  return h + "</section>\n";
}

}  // namespace

Status write_html(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  const std::string title = quiz_title(quiz, content, options);
  const auto versions = make_versions(quiz, content, options.versions);
  const bool several = versions.size() > 1;
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing in the page may run or load: styles inline, no scripts, no requests.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"generator\" content=\"Factdeck\">\n<title>" +
      e(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  for (const QuizVersion& v : versions) h += sheet(v, quiz, title, several);
  h += answer_key(versions, title);
  h += "</body>\n</html>\n";
  out.bytes = std::move(h);
  out.exported = static_cast<int>(quiz.questions.size());
  return Status::Ok();
}

}  // namespace factdeck::exp
