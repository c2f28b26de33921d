// Moodle XML: a category per article, every question named, fractions from Moodle's grade list, HTML text escaped twice.
#include <cmath>

#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

// Moodle accepts only these answer grades (percent); anything else fails the import.
constexpr double kMoodleGrades[] = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                                    16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0};

std::string fraction(double percent) {
  for (double g : kMoodleGrades)
    if (std::fabs(g - percent) < 1e-4) return number_text(g);
  return "0";  // unreachable for the grades used here: 100 for a key, 0 for a wrong option
}

// HTML text inside an XML element: escaped for HTML, then for XML.
std::string html_text(std::string_view s) { return xml_escape(html_escape(s)); }

std::string text_el(const std::string& tag, const std::string& format, const std::string& escaped) {
  return "<" + tag + (format.empty() ? "" : " format=\"" + format + "\"") + "><text>" + escaped + "</text></" + tag + ">";
}

std::string empty_feedback() { return "<feedback format=\"html\"><text></text></feedback>"; }

std::string header(const Question& q, const std::string& type, const std::string& prompt) {
  std::string x = "  <question type=\"" + type + "\">\n";
  x += "    <name><text>" + xml_escape(one_line(q.id)) + "</text></name>\n";
  x += "    " + text_el("questiontext", "html", html_text(prompt)) + "\n";
  x += "    " + text_el("generalfeedback", "html", html_text(explanation(q))) + "\n";
  // A wrong try costs a third of the mark (33.33333 on the grade list).
  x += "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n";
  return x;
}

std::string answer(double percent, const std::string& format, const std::string& escaped, const std::string& extra = "") {
  return "    <answer fraction=\"" + fraction(percent) + "\" format=\"" + format + "\"><text>" + escaped + "</text>" + extra +
         empty_feedback() + "</answer>\n";
}

// A matching question from (left, right) pairs; Moodle formats both as HTML and compares them by position.
std::string matching(const Question& q, const std::string& prompt,
                     const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string x = header(q, "matching", prompt) + "    <shuffleanswers>true</shuffleanswers>\n";
  for (const auto& [left, right] : pairs)
    x += "    <subquestion format=\"html\"><text>" + html_text(left) + "</text><answer><text>" + html_text(one_line(right)) +
         "</text></answer></subquestion>\n";
  return x;
}

std::string question_xml(const Question& q, const Content& content, std::string& reason) {
  std::string x;
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      if (q.options.size() < 2 || q.answer < 0 || static_cast<std::size_t>(q.answer) >= q.options.size()) {
        reason = "no options or no key";
        return "";
      }
      x = header(q, "multichoice", q.prompt);
      x += "    <single>true</single>\n    <shuffleanswers>" +
           std::string(options_keep_order(q, content) ? "false" : "true") +
           "</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n";
      for (std::size_t i = 0; i < q.options.size(); ++i)
        x += answer(static_cast<int>(i) == q.answer ? 100 : 0, "html", html_text(q.options[i]));
      break;
    case QuestionType::TrueFalse:
      x = header(q, "truefalse", q.prompt);
      x += answer(q.truth ? 100 : 0, "moodle_auto_format", "true");
      x += answer(q.truth ? 0 : 100, "moodle_auto_format", "false");
      break;
    case QuestionType::Cloze:
      if (q.accept.empty()) {
        reason = "no accepted answer";
        return "";
      }
      x = header(q, "shortanswer", q.prompt) + "    <usecase>0</usecase>\n";
      for (const auto& a : q.accept) x += answer(100, "moodle_auto_format", xml_escape(one_line(a)));
      break;
    case QuestionType::Numeric:
      x = header(q, "numerical", q.prompt);
      x += answer(100, "moodle_auto_format", number_text(q.value),
                  "<tolerance>" + number_text(q.tolerance) + "</tolerance>");
      x += "    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1</unitpenalty>\n"
           "    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n";
      break;
    case QuestionType::Match: {
      std::vector<std::pair<std::string, std::string>> pairs;
      for (std::size_t i = 0; i < q.left.size() && i < q.pairs.size(); ++i) {
        const int r = q.pairs[i];
        if (r < 0 || static_cast<std::size_t>(r) >= q.right.size()) {
          reason = "a pair points outside the right column";
          return "";
        }
        pairs.emplace_back(q.left[i], q.right[static_cast<std::size_t>(r)]);
      }
      if (pairs.size() < 2) {
        reason = "too few pairs";
        return "";
      }
      x = matching(q, q.prompt, pairs);
      break;
    }
    case QuestionType::Order: {
      // Matching each item to its place works in every Moodle; the ordering type is a plugin before 4.4.
      std::vector<std::pair<std::string, std::string>> pairs;
      for (std::size_t place = 0; place < q.order.size(); ++place) {
        const int item = q.order[place];
        if (item < 0 || static_cast<std::size_t>(item) >= q.items.size()) {
          reason = "the order points outside the items";
          return "";
        }
        pairs.emplace_back(q.items[static_cast<std::size_t>(item)], std::to_string(place + 1));
      }
      if (pairs.size() < 2) {
        reason = "too few items";
        return "";
      }
      x = matching(q, q.prompt + " Match each item to its place: 1 is the earliest.", pairs);
      break;
    }
  }
  return x + "  </question>\n";
}

}  // namespace

Status write_moodle_xml(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  (void)options;
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  for (const auto& group : group_by_article(quiz, content)) {
    x += "  <question type=\"category\">\n    <category><text>" + xml_escape(moodle_category(group.article)) +
         "</text></category>\n    " + text_el("info", "html", html_text(group.title)) + "\n  </question>\n";
    for (const Question* q : group.questions) {
      std::string reason;
      const std::string qx = question_xml(*q, content, reason);
      if (qx.empty()) {
        out.skipped.push_back(q->id + ": " + reason);
        continue;
      }
      x += qx;
      ++out.exported;
    }
  }
  x += "</quiz>\n";
  if (out.exported == 0) return Status::Error("no question of this quiz can be written as Moodle XML");
  out.bytes = std::move(x);
  return Status::Ok();
}

}  // namespace factdeck::exp
