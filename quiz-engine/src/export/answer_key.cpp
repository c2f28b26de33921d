// The right answer in words, for paper answer keys and for tools, and the explanation shown after answering.
#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

std::string at(const std::vector<std::string>& v, int i) {
  return i >= 0 && static_cast<std::size_t>(i) < v.size() ? v[static_cast<std::size_t>(i)] : std::string();
}

std::string lower_letter(int i) {
  if (i < 0 || i >= 26) return "?";
  return std::string(1, static_cast<char>('a' + i));
}

}  // namespace

std::string key_on_paper(const Question& q) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion: return option_letter(q.answer) + ") " + at(q.options, q.answer);
    case QuestionType::TrueFalse: return q.truth ? "True" : "False";
    case QuestionType::Cloze: {
      std::string s = at(q.accept, 0);
      if (q.accept.size() > 1) {
        s += " (also accepted: ";
        for (std::size_t i = 1; i < q.accept.size(); ++i) s += (i > 1 ? "; " : "") + q.accept[i];
        s += ")";
      }
      return s;
    }
    case QuestionType::Numeric:
      return value_with_unit(q.value, q.unit) + " (\xC2\xB1" + number_text(q.tolerance) + ")";
    case QuestionType::Order: {
      std::string s;
      for (std::size_t i = 0; i < q.order.size(); ++i) s += (i ? ", " : "") + option_letter(q.order[i]);
      return s;
    }
    case QuestionType::Match: {
      std::string s;
      for (std::size_t i = 0; i < q.pairs.size(); ++i)
        s += (i ? ", " : "") + std::to_string(i + 1) + "-" + lower_letter(q.pairs[i]);
      return s;
    }
  }
  return "";
}

std::string typed_marking_note(const std::vector<Question>& questions) {
  // What check_answer forgives (answer.cpp): blind reading 31's teacher, reading the key, asked whether "Pinera",
  // "Copiapo" and "1983 - 2005" would be marked right. They are.
  for (const Question& q : questions)
    if (q.type == QuestionType::Cloze)
      return "Fill-ins are marked as students write them: capitals, accents, a leading \"the\", a title before a name "
             "and British or American spelling do not count against an answer, nor does one slip in a long word; "
             "dates and periods may be written in any common form.";
  return "";
}

std::string key_as_text(const Question& q) {
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion: return at(q.options, q.answer);
    case QuestionType::TrueFalse: return q.truth ? "True" : "False";
    case QuestionType::Cloze: return at(q.accept, 0);
    case QuestionType::Numeric: return value_with_unit(q.value, q.unit);
    case QuestionType::Order: {
      std::string s;
      for (std::size_t i = 0; i < q.order.size(); ++i) s += (i ? "; " : "") + at(q.items, q.order[i]);
      return s;
    }
    case QuestionType::Match: {
      std::string s;
      for (std::size_t i = 0; i < q.pairs.size(); ++i)
        s += (i ? "; " : "") + at(q.left, static_cast<int>(i)) + ": " + at(q.right, q.pairs[i]);
      return s;
    }
  }
  return "";
}

std::string explanation(const Question& q) {
  std::string s = q.sentence;
  if (!q.note.empty()) s += (s.empty() ? "" : " ") + q.note;
  return s;
}

bool options_keep_order(const Question& q, const Content& content) {
  if (q.type == QuestionType::FactOrOpinion) return true;
  if (q.type != QuestionType::Mcq) return false;
  const Article* a = content.find_article(q.article);
  const Fact* f = a ? a->find_fact(q.fact) : nullptr;
  if (!f) return false;
  return f->kind == Kind::Year || f->kind == Kind::Date || f->kind == Kind::Period || f->kind == Kind::Number;
}

}  // namespace factdeck::exp
