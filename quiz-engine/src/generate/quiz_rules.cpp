// Quiz-level balance: statement templates, keys that are the only longest option, key positions across a quiz.
#include "generate/quiz_rules.h"

#include <algorithm>
#include <map>

#include "generate/facts.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

bool is_ordinal_word(const std::string& w) {
  static const char* const kWords[] = {"first",   "second",  "third",     "fourth",   "fifth",    "sixth",   "seventh",
                                       "eighth",  "ninth",   "tenth",     "eleventh", "twelfth",  "thirteenth",
                                       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                       "nineteenth", "twentieth"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

bool is_sorted_mcq(const Question& q, const ContentIndex& ix) {
  if (q.type != QuestionType::Mcq) return false;
  const auto ref = find_fact(ix.content(), q.article, q.fact);
  return ref && is_sorted_kind(ref.fact->kind);
}

}  // namespace

std::string statement_template(const Fact& f) {
  if (f.kind == Kind::Opinion) return "";
  // Statements that lead into the answer with the same words ("In Chinese policy language, '{answer}' ...") are one
  // template however they go on; others are their whole text, numbers masked.
  const auto at = f.statement.find("{answer}");
  const std::string lead = at == std::string::npos ? "" : strip_attribution(f.statement.substr(0, at));
  const std::string text = words(lead).size() >= 3 ? lead + "{answer}" : f.statement.str();
  std::string out;
  for (const auto& w : words(text)) {
    const bool number = !w.empty() && w[0] >= '0' && w[0] <= '9';
    out += number || is_ordinal_word(w) ? "#" : w;
    out += ' ';
  }
  return out;
}

void trim_templates(std::vector<Question>& questions, const ContentIndex& ix) {
  for (;;) {
    std::map<std::string, std::size_t> uses;
    std::size_t drop = questions.size();
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (questions[i].facts.size() != 1) continue;
      const auto ref = find_fact(ix.content(), questions[i].article, questions[i].fact);
      const std::string t = ref ? statement_template(*ref.fact) : "";
      if (!t.empty() && ++uses[t] > template_cap(*ref.fact, questions.size())) drop = i;
    }
    if (drop == questions.size()) return;
    questions.erase(questions.begin() + static_cast<std::ptrdiff_t>(drop));
  }
}

std::size_t template_cap(const Fact& f, std::size_t size) {
  if (f.kind == Kind::Year || f.kind == Kind::Date || f.kind == Kind::Period) return 1;
  return std::max<std::size_t>(1, (size + 4) / 5);
}

bool has_text_options(const Question& q) {
  if (q.type != QuestionType::Mcq && q.type != QuestionType::Reverse) return false;
  if (q.options.size() < 3) return false;
  // Values (years, dates, periods, figures) are listed in order and carry digits; text options do not all.
  return !std::all_of(q.options.begin(), q.options.end(),
                      [](const std::string& o) { return o.find_first_of("0123456789") != std::string::npos; });
}

bool key_is_unique_longest(const Question& q) {
  if (q.answer < 0 || q.answer >= static_cast<int>(q.options.size())) return false;
  const std::size_t key = display_length(q.options[static_cast<std::size_t>(q.answer)]);
  for (std::size_t i = 0; i < q.options.size(); ++i)
    if (static_cast<int>(i) != q.answer && display_length(q.options[i]) >= key) return false;
  return true;
}

void LongestKeys::add(const Question& q) {
  if (!has_text_options(q)) return;
  ++questions_;
  if (key_is_unique_longest(q)) ++longest_;
}

bool LongestKeys::would_exceed(const Question& q) const {
  return has_text_options(q) && key_is_unique_longest(q) && 4 * (longest_ + 1) > questions_ + 2;
}

void balance_key_positions(std::vector<Question>& questions, const ContentIndex& ix, Rng& rng) {
  // Sorted values put their keys where the values fall; names are shuffled, so their keys fill the positions
  // the values left short.
  std::map<int, std::vector<int>> counts;
  for (const auto& q : questions)
    if (is_sorted_mcq(q, ix) && q.answer >= 0) {
      auto& row = counts[static_cast<int>(q.options.size())];
      row.resize(q.options.size(), 0);
      ++row[static_cast<std::size_t>(q.answer)];
    }
  for (auto& q : questions) {
    if ((q.type != QuestionType::Mcq && q.type != QuestionType::Reverse) || is_sorted_mcq(q, ix) || q.answer < 0)
      continue;
    auto& row = counts[static_cast<int>(q.options.size())];
    row.resize(q.options.size(), 0);
    const int least = *std::min_element(row.begin(), row.end());
    std::vector<int> at;
    for (std::size_t i = 0; i < row.size(); ++i)
      if (row[i] == least) at.push_back(static_cast<int>(i));
    const int target = at[static_cast<std::size_t>(rng.below(at.size()))];
    std::swap(q.options[static_cast<std::size_t>(target)], q.options[static_cast<std::size_t>(q.answer)]);
    q.answer = target;
    ++row[static_cast<std::size_t>(target)];
  }
}

}  // namespace factdeck::gen
