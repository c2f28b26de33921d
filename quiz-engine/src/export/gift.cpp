// Moodle GIFT: one $CATEGORY per article, each question type in its GIFT form, text escaped the way Moodle reads it.
#include <regex>

#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

// Question text, options and subquestions are HTML ([html] format): escape for HTML, then for GIFT.
std::string rich(std::string_view s) { return gift_escape(html_escape(one_line(s))); }

// Short answers are compared with what the student types: GIFT escaping only.
std::string plain(std::string_view s) { return gift_escape(one_line(s)); }

// A multiple-choice answer: Moodle reads a leading "%50%" as a weight, so a leading % becomes an entity.
std::string option_text(std::string_view s) {
  std::string h = html_escape(one_line(s));
  if (!h.empty() && h[0] == '%') h = "&#37;" + h.substr(1);
  return gift_escape(h);
}

bool looks_like_weight(const std::string& s) {
  static const std::regex weight(R"(^\s*%-?[0-9]+(\.[0-9]+)?%)");
  return std::regex_search(s, weight);
}

std::string feedback(const Question& q) {
  const std::string why = explanation(q);
  return why.empty() ? "" : "\t####" + rich(why) + "\n";
}

// The answer block of one question, or "" with `reason` set when GIFT cannot hold it as Moodle would read it.
std::string answers(const Question& q, std::string& reason) {
  std::string b;
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      if (q.options.size() < 2 || q.answer < 0 || static_cast<std::size_t>(q.answer) >= q.options.size()) {
        reason = "no options or no key";
        return "";
      }
      for (std::size_t i = 0; i < q.options.size(); ++i)
        b += std::string("\t") + (static_cast<int>(i) == q.answer ? "=" : "~") + option_text(q.options[i]) + "\n";
      return b;
    case QuestionType::TrueFalse: return q.truth ? "T" : "F";
    case QuestionType::Cloze: {
      if (q.accept.empty()) {
        reason = "no accepted answer";
        return "";
      }
      for (const auto& a : q.accept) {
        // Moodle would read "->" as a matching question and a leading %n% as a weight; neither can be escaped.
        if (a.find("->") != std::string::npos || looks_like_weight(a)) {
          reason = "the answer '" + one_line(a) + "' cannot be written as a GIFT short answer";
          return "";
        }
        b += "\t=" + plain(a) + "\n";
      }
      // A lone T, TRUE, F or FALSE would turn the question into true/false.
      if (q.accept.size() == 1) {
        const std::string a = one_line(q.accept[0]);
        if (a == "T" || a == "TRUE" || a == "F" || a == "FALSE") b += "\t=" + plain(a + " ") + "\n";
      }
      return b;
    }
    case QuestionType::Numeric: return "#" + number_text(q.value) + ":" + number_text(q.tolerance);
    case QuestionType::Match:
      if (q.left.size() < 2 || q.pairs.size() != q.left.size()) {
        reason = "too few pairs";
        return "";
      }
      for (std::size_t i = 0; i < q.left.size(); ++i) {
        const int r = q.pairs[i];
        if (r < 0 || static_cast<std::size_t>(r) >= q.right.size()) {
          reason = "a pair points outside the right column";
          return "";
        }
        // Both sides are HTML-escaped (Moodle shows match answers as formatted text and compares them by
        // position), so the left holds no ">" and the first "->" is the separator.
        b += "\t=" + rich(q.left[i]) + " -> " + rich(q.right[static_cast<std::size_t>(r)]) + "\n";
      }
      return b;
    case QuestionType::Order:
      if (q.order.size() < 2 || q.order.size() != q.items.size()) {
        reason = "too few items";
        return "";
      }
      // GIFT has no ordering type: each item is matched to its place, 1 being the earliest.
      for (std::size_t place = 0; place < q.order.size(); ++place) {
        const int item = q.order[place];
        if (item < 0 || static_cast<std::size_t>(item) >= q.items.size()) {
          reason = "the order points outside the items";
          return "";
        }
        b += "\t=" + rich(q.items[static_cast<std::size_t>(item)]) + " -> " + std::to_string(place + 1) + "\n";
      }
      return b;
  }
  reason = "unknown type";
  return "";
}

std::string stem(const Question& q) {
  if (q.type == QuestionType::Order) return q.prompt + " Match each item to its place: 1 is the earliest.";
  if (q.type == QuestionType::Match) return q.prompt.empty() ? "Match each item on the left to one on the right." : q.prompt;
  return q.prompt;
}

}  // namespace

Status write_gift(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  std::string g = "// " + one_line(quiz_title(quiz, content, options)) + "\n// Factdeck quiz, seed " +
                  std::to_string(quiz.selection.seed) + ", " + std::string(difficulty_name(quiz.selection.difficulty)) +
                  ". Import in Moodle: Question bank > Import > GIFT format.\n\n";
  for (const auto& group : group_by_article(quiz, content)) {
    g += "$CATEGORY: " + moodle_category(group.article) + "\n\n";
    for (const Question* q : group.questions) {
      std::string reason;
      const std::string a = answers(*q, reason);
      if (a.empty()) {
        out.skipped.push_back(q->id + ": " + reason);
        continue;
      }
      g += "::" + plain(q->id) + "::[html]" + rich(stem(*q));
      const bool block = a.back() == '\n';
      if (block)
        g += " {\n" + a + feedback(*q) + "}\n\n";
      else
        g += " {" + a + (explanation(*q).empty() ? "" : "####" + rich(explanation(*q))) + "}\n\n";
      ++out.exported;
    }
  }
  if (out.exported == 0) return Status::Error("no question of this quiz can be written as GIFT");
  out.bytes = std::move(g);
  return Status::Ok();
}

}  // namespace factdeck::exp
