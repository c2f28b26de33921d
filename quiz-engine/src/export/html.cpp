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
.version-row { text-align: right; margin-bottom: 2pt; }
h1 { font-size: 15pt; margin: 0; color: #1d3557; }
.version { font-size: 13pt; font-weight: bold; border: 1.5pt solid #1d3557; border-radius: 4pt; padding: 1pt 8pt; white-space: nowrap; }
.fields { display: flex; gap: 14pt; margin: 10pt 0 4pt; }
.field { flex: 1; display: flex; gap: 5pt; align-items: flex-end; }
.field.wide { flex: 2; }
.field b { font-weight: 600; }
.line { flex: 1; border-bottom: 0.8pt solid #333; height: 13pt; }
.instructions { margin: 4pt 0 0; font-size: 9pt; color: #444; }
.question { margin: 0 0 9pt; break-inside: avoid; }
.num { font-weight: bold; }
.body { margin-left: 16pt; }
.prompt { margin: 0 0 3pt; padding-left: 16pt; text-indent: -16pt; }
.options { margin: 0; padding: 0 0 0 4pt; list-style: none; }
.options li { padding-left: 0; }
.letter { display: inline-block; min-width: 16pt; font-weight: 600; }
.answer-line { margin: 3pt 0 0; color: #333; }
.choices { margin: 2pt 0 0; font-weight: 600; letter-spacing: 0.5pt; }
.options.right { margin-top: 3pt; }
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

// Blanks are underscores, not boxes: they print anywhere and keep the page's text in reading order.
std::string answer_line(const std::string& label, const std::string& after = "") {
  return "<p class=\"answer-line\">" + e(label) + " ______________________" + (after.empty() ? "" : " " + e(after)) + "</p>";
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
      // Two lists one under the other: they read (and extract from the PDF) in order, however long.
      std::string h = "<ul class=\"options\">";
      for (std::size_t i = 0; i < q.left.size(); ++i)
        h += "<li>" + std::to_string(i + 1) + ") " + e(q.left[i]) + " ______</li>";
      h += "</ul><ul class=\"options right\">";
      for (std::size_t i = 0; i < q.right.size(); ++i)
        h += "<li><span class=\"letter\">" + lower(static_cast<int>(i)) + ")</span> " + e(q.right[i]) + "</li>";
      return h + "</ul>";
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
  std::string h = "<section class=\"sheet\" id=\"version-" + v.label + "\">\n<header>\n";
  // The badge comes first in the page's text, so a reader of the printed page meets it before the title.
  if (several) h += "<div class=\"version-row\"><span class=\"version\">Version " + v.label + "</span></div>\n";
  h += "<h1>" + e(title) + "</h1>\n<div class=\"fields\"><div class=\"field wide\"><b>Name</b><span class=\"line\"></span></div>"
       "<div class=\"field\"><b>Class</b><span class=\"line\"></span></div>"
       "<div class=\"field\"><b>Date</b><span class=\"line\"></span></div></div>\n";
  h += "<p class=\"instructions\">" + question_count(v.questions.size()) +
       ". Circle one letter for each multiple-choice question; write other answers on the lines.</p>\n"
       "</header>\n<div class=\"questions\">\n";
  for (std::size_t i = 0; i < v.questions.size(); ++i) {
    const Question& q = v.questions[i];
    h += "<div class=\"question\" data-id=\"" + e(q.id) + "\"><p class=\"prompt\"><span class=\"num\">" +
         std::to_string(i + 1) + ".</span> " + e(q.prompt) + "</p><div class=\"body\">";
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
  if (const std::string note = typed_marking_note(versions.front().questions); !note.empty())
    h += "<p class=\"instructions\">" + e(note) + "</p>\n";
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
