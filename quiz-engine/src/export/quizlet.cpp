// Quizlet import text: a term and a definition per card, with separators that no field contains (or a refusal).
#include <utility>

#include "export/export_internal.h"

namespace factdeck::exp {
namespace {

// Quizlet's import box offers Tab / Comma / Custom between term and definition and New line / Semicolon /
// Custom between cards; the custom ones take any text. Tried in this order, the first that works wins.
struct Separator {
  const char* text;
  const char* label;  // what to choose in Quizlet's import box
};
constexpr Separator kTermSeparators[] = {
    {"\t", "Tab"}, {" | ", "Custom: \" | \""}, {" || ", "Custom: \" || \""}, {" ::: ", "Custom: \" ::: \""}, {" #=# ", "Custom: \" #=# \""}};
constexpr Separator kCardSeparators[] = {
    {"\n", "New line"}, {"\n\n", "Custom: two new lines"}, {" ;;; ", "Custom: \" ;;; \""}, {" @@@ ", "Custom: \" @@@ \""}};

std::string trim(std::string s) {
  const char* ws = " \t\n\r";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// The card front: the question as asked, with the items an order or match question is about.
std::string term(const Question& q) {
  std::string t = q.prompt;
  auto list = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : " / ") + x;
    return s;
  };
  if (q.type == QuestionType::Order) t += " (" + list(q.items) + ")";
  if (q.type == QuestionType::Match) t += " (" + list(q.left) + ")";
  return trim(drop_controls(t));
}

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> parts;
  std::size_t from = 0;
  for (std::size_t at; (at = s.find(sep, from)) != std::string::npos; from = at + sep.size())
    parts.push_back(s.substr(from, at - from));
  parts.push_back(s.substr(from));
  return parts;
}

using Card = std::pair<std::string, std::string>;

std::string join(const std::vector<Card>& cards, const std::string& term_sep, const std::string& card_sep) {
  std::string s;
  for (std::size_t i = 0; i < cards.size(); ++i)
    s += (i ? card_sep : "") + cards[i].first + term_sep + cards[i].second;
  return s;
}

// Whether Quizlet, splitting at every separator, would get exactly these cards back.
bool reads_back(const std::vector<Card>& cards, const std::string& text, const std::string& term_sep,
                const std::string& card_sep) {
  const auto rows = split(text, card_sep);
  if (rows.size() != cards.size()) return false;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto fields = split(rows[i], term_sep);
    if (fields.size() != 2 || fields[0] != cards[i].first || fields[1] != cards[i].second) return false;
  }
  return true;
}

// JSON-style quoting of a separator for the machine-readable note.
std::string quoted(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '\t') q += "\\t";
    else if (c == '\n') q += "\\n";
    else if (c == '"' || c == '\\') q += std::string("\\") + c;
    else q += c;
  }
  return q + "\"";
}

}  // namespace

Status write_quizlet(const Quiz& quiz, const Content& content, const ExportOptions& options, ExportResult& out) {
  (void)content;
  (void)options;
  std::vector<Card> cards;
  for (const Question& q : quiz.questions) {
    Card c{term(q), trim(drop_controls(key_as_text(q)))};
    if (c.first.empty() || c.second.empty()) {
      out.skipped.push_back(q.id + ": empty term or definition");
      continue;
    }
    cards.push_back(std::move(c));
  }
  if (cards.empty()) return Status::Error("no question of this quiz makes a Quizlet card");
  for (const auto& ts : kTermSeparators)
    for (const auto& cs : kCardSeparators) {
      const std::string text = join(cards, ts.text, cs.text);
      if (!reads_back(cards, text, ts.text, cs.text)) continue;
      out.bytes = text + (std::string(cs.text) == "\n" ? "\n" : "");
      out.exported = static_cast<int>(cards.size());
      out.notes.push_back(std::string("quizlet: in Quizlet's import box choose \"") + ts.label +
                          "\" between term and definition and \"" + cs.label + "\" between cards");
      out.notes.push_back("quizlet separators: term " + quoted(ts.text) + " card " + quoted(cs.text));
      return Status::Ok();
    }
  return Status::Error(
      "quizlet: every separator Factdeck knows appears inside a question or answer, so Quizlet could not tell the "
      "cards apart; nothing was written");
}

}  // namespace factdeck::exp
