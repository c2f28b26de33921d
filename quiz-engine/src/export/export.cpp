// The export registry and dispatcher: which formats exist, and export_quiz() that routes to each writer.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "export/export_internal.h"
#include "factdeck/quiz_format.h"

namespace factdeck {

const std::vector<ExportFormat>& export_formats() {
  static const std::vector<ExportFormat> formats = {
      {"json", ".json", false, false, "the quiz as data: settings and every question with its key"},
      {"md", ".md", false, true, "Markdown for printing: numbered questions, then the answer key"},
      {"html", ".html", false, true, "printable quiz sheets (one per version) and an answer key, for paper"},
      {"gift", ".gift.txt", false, false, "Moodle GIFT text: multiple choice, true/false, short answer, matching, numerical"},
      {"moodle-xml", ".xml", false, false, "Moodle XML question bank"},
      {"kahoot", ".xlsx", true, false, "Kahoot's quiz spreadsheet template (multiple choice and true/false only)"},
      {"quizlet", ".txt", false, false, "Quizlet import text: one term and definition per card"},
      {"anki", ".apkg", true, false, "Anki deck package; re-importing updates the same notes"},
  };
  return formats;
}

const ExportFormat* find_export_format(std::string_view name) {
  for (const auto& f : export_formats())
    if (f.name == name) return &f;
  return nullptr;
}

Status export_quiz(const Quiz& quiz, const Content& content, std::string_view format, const ExportOptions& options,
                   ExportResult& out) {
  out = ExportResult{};
  const ExportFormat* f = find_export_format(format);
  if (!f) {
    std::string names;
    for (const auto& e : export_formats()) names += (names.empty() ? "" : ", ") + std::string(e.name);
    return Status::Error("unknown export format '" + std::string(format) + "' (known: " + names + ")");
  }
  if (quiz.questions.empty()) return Status::Error("the quiz has no questions to export");
  if (options.versions < 1 || options.versions > kMaxVersions)
    return Status::Error("versions must be between 1 and " + std::to_string(kMaxVersions));
  if (!f->paper && options.versions > 1)
    out.notes.push_back(std::string(f->name) +
                        " holds the question set once (the tool shuffles it); versions are for paper formats");
  Status s;
  if (format == "json") {
    out.bytes = quiz_to_json(quiz);
    out.exported = static_cast<int>(quiz.questions.size());
  } else if (format == "md") s = exp::write_markdown(quiz, content, options, out);
  else if (format == "html") s = exp::write_html(quiz, content, options, out);
  else if (format == "gift") s = exp::write_gift(quiz, content, options, out);
  else if (format == "moodle-xml") s = exp::write_moodle_xml(quiz, content, options, out);
  else if (format == "kahoot") s = exp::write_kahoot(quiz, content, options, out);
  else if (format == "quizlet") s = exp::write_quizlet(quiz, content, options, out);
  else if (format == "anki") s = exp::write_anki(quiz, content, options, out);
  if (!s.ok()) {
    out.bytes.clear();
    return s;
  }
  return Status::Ok();
}

namespace exp {

std::vector<ArticleGroup> group_by_article(const Quiz& quiz, const Content& content) {
  std::vector<ArticleGroup> groups;
  for (const Question& q : quiz.questions) {
    ArticleGroup* g = nullptr;
    for (auto& e : groups)
      if (e.article == q.article) g = &e;
    if (!g) {
      groups.push_back({q.article, q.article, {}});
      g = &groups.back();
      if (const Article* a = content.find_article(q.article)) g->title = a->title;
    }
    g->questions.push_back(&q);
  }
  return groups;
}

std::string quiz_title(const Quiz& quiz, const Content& content, const ExportOptions& options) {
  if (!options.title.empty()) return options.title;
  if (!quiz.title.empty()) return quiz.title;  // the teacher's own (quiz_edit.h)
  // The news articles' headlines; a background deck's title is no headline, but a class told to read the article
  // is told the quiz asks more than it (a quiz of background decks alone names them all).
  std::string news, all;
  bool background = false;
  for (const auto& g : group_by_article(quiz, content)) {
    all += (all.empty() ? "" : "; ") + g.title;
    const Article* a = content.find_article(g.article);
    if (!a || !a->background()) news += (news.empty() ? "" : "; ") + g.title;
    else background = true;
  }
  if (!news.empty()) return background ? news + " (with background questions)" : news;
  return !all.empty() ? all : "Factdeck quiz";
}

std::string moodle_category(const std::string& article) {
  std::string safe;
  for (char c : article)
    safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '-';
  return "$course$/top/Factdeck/" + safe;
}

TempFile::TempFile(const char* suffix) {
  const char* dir = std::getenv("TMPDIR");
  std::string tmpl = std::string(dir && *dir ? dir : "/tmp") + "/factdeck-export-XXXXXX" + suffix;
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  const int fd = mkstemps(buf.data(), static_cast<int>(std::char_traits<char>::length(suffix)));
  if (fd < 0) return;
  close(fd);
  path_ = buf.data();
}

TempFile::~TempFile() {
  if (!path_.empty()) std::remove(path_.c_str());
}

bool TempFile::read(std::string& out) const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace exp
}  // namespace factdeck
